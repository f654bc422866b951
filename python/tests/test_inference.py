"""The inference vocabulary from Python: result objects built from the C++ field tables, and
the defaults of each family of tests taken from the C++ options structs."""
import re

import numpy as np
import pytest

import ineq
from ineq import _ineq

GLOBAL_TESTS = ["moran_test", "moran_permutation", "geary_test", "geary_permutation", "general_g_test",
                "general_g_permutation", "spatial_gini_permutation"]
LOCAL_TESTS = ["local_moran", "local_moran_permutation", "local_g", "local_g_permutation"]


def signature_defaults(function):
    """Keyword defaults from a pybind11 function's signature line (its first docstring line)."""
    head = function.__doc__.splitlines()[0]
    out = {}
    for name, value in re.findall(r"(\w+): [\w.]+ = ([^,)]+)", head):
        out[name] = eval(value)  # literals only: 'greater', 999, False
    return out


@pytest.mark.parametrize("name", GLOBAL_TESTS)
def test_global_defaults_agree_with_cpp(name):
    got = signature_defaults(getattr(ineq, name))
    assert got == ineq.defaults["global"]
    assert got["alternative"] == "greater"


@pytest.mark.parametrize("name", LOCAL_TESTS)
def test_local_defaults_agree_with_cpp(name):
    got = signature_defaults(getattr(ineq, name))
    got.pop("star", None)  # local G's kind, not an option of the test
    assert got == ineq.defaults["local"]
    assert got["alternative"] == "two_sided"


def test_results_are_built_from_the_field_tables():
    W = ineq.Weights.from_pairs(5, [(0, 1), (1, 2), (2, 3), (3, 4)])
    x = np.array([1.0, 2.0, 4.0, 3.0, 7.0])
    t = ineq.moran_test(x, W)
    assert isinstance(t, ineq.AnalyticTest)
    assert list(t.to_dict()) == ineq.AnalyticTest.fields == _ineq.result_fields["AnalyticTest"]
    assert t.to_dict() == {name: getattr(t, name) for name in t.fields}
    assert t["p_value"] == t.p_value
    p = ineq.moran_permutation(x, W, resamples=19, seed=3)
    assert list(p.to_dict()) == ineq.PermutationTest.fields
    assert p.resamples == 19 and p.seed == 3 and 0.05 <= p.p_value <= 1
    with pytest.raises(KeyError):
        p["p"]
    lisa = ineq.local_moran_permutation(x, W, resamples=19)
    assert list(lisa) == ineq.PermutationTest.fields
    assert list(ineq.local_g(x, W)) == ineq.AnalyticTest.fields


def test_a_field_in_the_cpp_table_shows_in_python_with_no_binding_code():
    # _FieldProbe is bound only by the generic template; its table lists statistic, resamples, label.
    probe = _ineq._FieldProbe()
    fields = _ineq.result_fields["_FieldProbe"]
    assert type(probe).fields == fields
    assert set(probe.to_dict()) == set(fields) == {"statistic", "resamples", "label"}
    assert (probe.statistic, probe.resamples, probe.label) == (1.5, 7, "probe")
    with pytest.raises(AttributeError):
        probe.statistic = 2.0  # read-only
