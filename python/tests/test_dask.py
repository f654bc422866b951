"""The Dask map-reduce of python/examples/dask_panels.py equals the single-process panels
exactly, on a LocalCluster of two worker processes."""
import functools
import importlib.util
import os

import pytest

import ineq

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

EXAMPLE = os.path.join(os.path.dirname(__file__), os.pardir, "examples", "dask_panels.py")


def load_example():
    spec = importlib.util.spec_from_file_location("dask_panels", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dask_merge_equals_single_process(synthetic_export, tmp_path):
    ex = load_example()
    import dask.dataframe as dd

    whole = ex.read_export(synthetic_export)
    ex.split_export(whole, str(tmp_path), 5)
    frame = dd.read_csv(str(tmp_path / "part-*.csv"), dtype=str, keep_default_na=False, blocksize=None)
    assert frame.npartitions == 5
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        parts = [dask.delayed(ex.panels_of)(p) for p in frame.to_delayed()]
        merged_all, merged_coop = client.compute(ex.tree_merge(parts)).result()
        assert len(client.scheduler_info()["workers"]) == 2
    single_all, single_coop = ex.panels_of(whole)
    assert merged_all == single_all and merged_coop == single_coop
    assert (merged_coop.values == single_coop.values).all()
    assert single_coop.values.sum() > 0 and single_all.values.sum() > single_coop.values.sum()


def test_partitions_keep_each_application_whole(synthetic_export, tmp_path):
    # The example's application key groups documents as ineq.deduplicate does, so deduplicating
    # each partition equals deduplicating the export; consecutive blocks would over-count.
    ex = load_example()
    whole = ex.read_export(synthetic_export)
    records = ineq.records_from_frame(whole)
    kept = whole.drop(index=[first for first, _, _, _ in records.skipped])  # rows ineq::io skips
    keys = ex.application_keys(kept)
    assert keys[keys != ""].nunique() + (keys == "").sum() == len(ineq.deduplicate(records))
    import pandas as pd
    parts = [pd.read_csv(p, dtype=str, keep_default_na=False) for p in ex.split_export(whole, str(tmp_path), 4)]
    assert sum(len(p) for p in parts) == len(whole)
    merged = functools.reduce(ex.merge, map(ex.panels_of, parts))
    assert merged == ex.panels_of(whole)
    assert (int(merged[0].values.sum()), int(merged[1].values.sum())) == (11103, 5487)
    size = -(-len(whole) // 4)
    blocks = [ex.panels_of(whole.iloc[k * size:(k + 1) * size]) for k in range(4)]
    assert functools.reduce(ex.merge, blocks)[0].values.sum() > merged[0].values.sum()
