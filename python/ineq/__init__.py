"""ineq: inequality measures and regional-innovation analysis from patent records.

Python bindings of the header-only C++20 library ineq. Everything below comes from the
compiled module ``ineq._ineq``; the docstrings repeat the C++ ``///`` documentation.

Numbers: every measure takes a one-dimensional sequence of numbers. A C-contiguous
float64 numpy array is read in place, without a copy; any other input (an int or float32
array, a strided view, a list, a pandas Series) is converted once into a new float64
array, which is the only copy. Arrays of 4096 values or more are computed with the GIL
released.

Errors: input a function cannot give a meaningful answer for (empty, NaN/infinity,
negative values where shares are taken, a zero total) raises ``ineq.DomainError``, a
subclass of ``ValueError`` whose message is the library's:
``ineq::gini: values must be non-negative (index 3, value -2)``.

Panels (``CountPanel``, ``FractionalPanel``) add with ``+=`` and pickle, so shards of an
export can be aggregated on separate processes or machines (Dask, multiprocessing) and
merged: see ``python/examples/dask_panels.py`` and docs/python.md.
"""
from ._ineq import *  # noqa: F401,F403
from ._ineq import DomainError, CountPanel, FractionalPanel, provinces as _provinces

__all__ = [name for name in dir() if not name.startswith("_")] + ["panel_frame", "records_from_frame"]


def panel_frame(panel, labels="english"):
    """The panel as a pandas DataFrame: one row per unit, one column per year.

    ``labels`` names the rows of a province panel: 'english', 'chinese', 'code'
    (GB/T 2260), or 'pinyin'; other region sets use their unit labels.
    """
    import pandas as pd

    if panel.regions == "province":
        rows = [p[labels] for p in _provinces()]
    else:
        rows = panel.unit_labels
    return pd.DataFrame(panel.values, index=pd.Index(rows, name="unit"),
                        columns=pd.Index(panel.years, name="year"))


def records_from_frame(frame, columns=None):
    """``records_from_columns`` over the columns of a pandas DataFrame.

    ``columns`` maps the keyword arguments of ``records_from_columns`` to column names
    (default: ``export_columns(frame.columns)``, the incoPat, Patsnap and generic names that
    ineq::io recognises, as ``read_export`` does); a name missing from the frame leaves that
    argument out.
    """
    columns = export_columns([str(c) for c in frame.columns]) if columns is None else columns  # noqa: F405
    columns = {key: name for key, name in columns.items() if key != "source"}
    kwargs = {key: frame[name] for key, name in columns.items() if name in frame.columns}
    if "applicants" not in kwargs:
        raise ValueError("ineq.records_from_frame: the frame has no applicants column "
                         f"({columns.get('applicants')!r})")
    return records_from_columns(**kwargs)  # noqa: F405
