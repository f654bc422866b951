"""The measures against closed forms, numpy and the C++ tests' golden values.

Expected values are computed independently: numpy (np.std, np.mean), the sorted-shares
formula of the study's eq. 3 written out here, or closed forms worked by hand beside them.
"""
import math

import numpy as np
import pytest

import ineq


def gini_by_sorted_shares(x):
    # eq. 3: G = 1 - (1/N)(2 sum_{i=1}^{N-1} W_i + 1), W_i the cumulative share of the i smallest
    s = np.sort(np.asarray(x, dtype=float))
    w = np.cumsum(s) / s.sum()
    return 1.0 - (2.0 * w[:-1].sum() + 1.0) / len(s)


def gini_by_mean_difference(x):
    x = np.asarray(x, dtype=float)
    return np.abs(x[:, None] - x[None, :]).sum() / (2 * len(x) ** 2 * x.mean())


rng = np.random.default_rng(7)
SAMPLES = [rng.lognormal(size=200), rng.integers(0, 50, size=31).astype(float) + 1, np.array([0, 0, 0, 10.0])]


@pytest.mark.parametrize("x", SAMPLES)
def test_gini_against_two_formulas(x):
    assert ineq.gini(x) == pytest.approx(gini_by_sorted_shares(x), rel=1e-12, abs=1e-15)
    assert ineq.gini(x) == pytest.approx(gini_by_mean_difference(x), rel=1e-10)
    assert ineq.corrected_gini(x) == pytest.approx(gini_by_sorted_shares(x) * len(x) / (len(x) - 1), rel=1e-12)
    assert ineq.gini_sorted(np.sort(x)) == pytest.approx(ineq.gini(x), rel=1e-14)


def test_gini_golden_values():
    # C++ docs and tests: gini({1,2,3,4,5}) = 4/15, gini({0,0,0,10}) = 3/4, max_gini(31) = 30/31
    assert ineq.gini([1, 2, 3, 4, 5]) == pytest.approx(4 / 15, rel=1e-15)
    assert ineq.gini([0, 0, 0, 10]) == 0.75
    assert ineq.max_gini(31) == pytest.approx(30 / 31, rel=1e-15)
    assert ineq.gini([5]) == 0.0


@pytest.mark.parametrize("x", SAMPLES[:2])
def test_dispersion_against_numpy(x):
    assert ineq.mean(x) == pytest.approx(np.mean(x), rel=1e-13)
    assert ineq.sample_sd(x) == pytest.approx(np.std(x, ddof=1), rel=1e-12)
    assert ineq.population_sd(x) == pytest.approx(np.std(x), rel=1e-12)
    assert ineq.sample_variance(x) == pytest.approx(np.var(x, ddof=1), rel=1e-12)
    assert ineq.population_variance(x) == pytest.approx(np.var(x), rel=1e-12)
    assert ineq.range(x) == np.ptp(x)
    assert ineq.cv(x) == pytest.approx(np.std(x, ddof=1) / np.mean(x), rel=1e-12)
    assert ineq.population_cv(x) == pytest.approx(np.std(x) / np.mean(x), rel=1e-12)


@pytest.mark.parametrize("x", SAMPLES[:2])
def test_entropy_and_concentration_against_numpy(x):
    mu, s = x.mean(), x / x.sum()
    assert ineq.theil_t(x) == pytest.approx(np.mean(x / mu * np.log(x / mu)), rel=1e-11)
    assert ineq.mean_log_deviation(x) == pytest.approx(np.mean(np.log(mu / x)), rel=1e-11)
    for a in (0.5, 2.0, 3.0):
        ge = np.sum((x / mu) ** a - 1) / (len(x) * a * (a - 1))
        assert ineq.generalized_entropy(x, a) == pytest.approx(ge, rel=1e-11)
    assert ineq.atkinson(x, 1.0) == pytest.approx(1 - np.exp(np.mean(np.log(x))) / mu, rel=1e-11)
    assert ineq.atkinson(x, 2.0) == pytest.approx(1 - 1 / np.mean(1 / x) / mu, rel=1e-11)
    assert ineq.kolm(x, 0.5) == pytest.approx(np.log(np.mean(np.exp(0.5 * (mu - x)))) / 0.5, rel=1e-10)
    assert ineq.hoover(x) == pytest.approx(0.5 * np.abs(s - 1 / len(x)).sum(), rel=1e-12)
    assert ineq.herfindahl(x) == pytest.approx(np.sum(s ** 2), rel=1e-12)
    h = np.sum(s ** 2)
    assert ineq.normalized_herfindahl(x) == pytest.approx((h - 1 / len(x)) / (1 - 1 / len(x)), rel=1e-11)
    assert ineq.concentration_ratio(x, 3) == pytest.approx(np.sort(s)[-3:].sum(), rel=1e-12)
    assert ineq.cumulative_shares(x) == pytest.approx(np.cumsum(np.sort(x)) / x.sum(), rel=1e-12)


def test_closed_forms_from_the_cpp_docs():
    # theil_t({1, 3}) = (3 ln 3 - 4 ln 2) / 4; normalized_herfindahl({1, 3}) = 0.25;
    # zenga({1, 2, 3, 4}) = 73/126; palma of equal values 0.25; lorenz_curve({1, 3})
    assert ineq.theil_t([1, 3]) == pytest.approx((3 * math.log(3) - 4 * math.log(2)) / 4, rel=1e-14)
    assert ineq.normalized_herfindahl([1, 3]) == pytest.approx(0.25, rel=1e-14)
    assert ineq.zenga([1, 2, 3, 4]) == pytest.approx(73 / 126, rel=1e-14)
    assert ineq.palma_ratio([2.0] * 10) == pytest.approx(0.25, rel=1e-14)
    p, l = ineq.lorenz_curve([1, 3])
    assert list(p) == [0.0, 0.5, 1.0] and list(l) == [0.0, 0.25, 1.0]
    assert ineq.bottom_share([1, 3], 0.5) == pytest.approx(0.25)
    assert ineq.top_share([1, 3], 0.5) == pytest.approx(0.75)
    # Bonferroni of {1, 3}: B = 1 - (1/(N-1)) sum_{i<N} L_i / mu with L_1 = 1 (mean of the
    # poorest one), mu = 2: 1 - 1/2 = 0.5
    assert ineq.bonferroni([1, 3]) == pytest.approx(0.5, rel=1e-14)


def test_weighted_forms_equal_expanded_data():
    x = np.array([3.0, 1.0, 7.0, 2.0])
    w = np.array([2, 1, 3, 1])
    expanded = np.repeat(x, w)
    assert ineq.weighted_gini(x, w) == pytest.approx(gini_by_sorted_shares(expanded), rel=1e-12)
    assert ineq.weighted_cv(x, w) == pytest.approx(np.std(expanded, ddof=1) / expanded.mean(), rel=1e-12)
    assert ineq.weighted_theil_t(x, w) == pytest.approx(ineq.theil_t(expanded), rel=1e-12)
    assert ineq.weighted_mean_log_deviation(x, w) == pytest.approx(ineq.mean_log_deviation(expanded), rel=1e-12)
    assert ineq.weighted_generalized_entropy(x, w, 2.0) == pytest.approx(ineq.generalized_entropy(expanded, 2.0), rel=1e-12)
    assert ineq.weighted_atkinson(x, w, 0.5) == pytest.approx(ineq.atkinson(expanded, 0.5), rel=1e-12)
    assert ineq.weighted_gini(x, np.ones(4)) == pytest.approx(ineq.gini(x), rel=1e-14)
    # Williamson: sqrt(sum p_i/P (y_i - ybar)^2) / ybar with ybar the population-weighted mean
    y, pop = np.array([1.0, 2.0, 4.0]), np.array([10.0, 20.0, 30.0])
    ybar = np.sum(pop * y) / pop.sum()
    assert ineq.williamson_index(y, pop) == pytest.approx(np.sqrt(np.sum(pop / pop.sum() * (y - ybar) ** 2)) / ybar, rel=1e-12)


def test_summary_and_breaks():
    s = ineq.summarize([0, 0, 0, 10])
    assert s["n"] == 4 and s["range"] == 10 and s["mean"] == 2.5 and s["gini"] == 0.75
    x = np.arange(11.0)
    assert ineq.quantile_breaks(x, 4) == pytest.approx(np.quantile(x, [0, 0.25, 0.5, 0.75, 1.0]))
    assert ineq.equal_interval_breaks(x, 5) == pytest.approx(np.linspace(0, 10, 6))
    assert len(ineq.jenks_breaks(np.array([1, 1, 2, 10, 11, 12.0]), 2)) == 3


def test_decompositions_add_up_and_match_closed_forms():
    # MLD of {1, 1, 4, 4} by {0, 0, 1, 1}: between = ln 2.5 - ln 2, within = 0 (C++ docs)
    d = ineq.mean_log_deviation_decomposition([1, 1, 4, 4], [0, 0, 1, 1])
    assert d["between"] == pytest.approx(math.log(2.5) - math.log(2), rel=1e-14)
    assert d["within"] == pytest.approx(0.0, abs=1e-15)
    x, g = [1, 3, 2, 6], ["a", "a", "b", "b"]
    t = ineq.theil_t_decomposition(x, g)
    assert t["between"] + t["within"] == pytest.approx(t["total"], rel=1e-14)
    assert t["total"] == pytest.approx(ineq.theil_t(x), rel=1e-14)
    assert [gr["label"] for gr in t["groups"]] == ["a", "b"]
    dg = ineq.dagum_decomposition([1, 2, 4, 8], np.array(["w", "w", "e", "e"]))
    assert dg["within"] + dg["net_between"] + dg["transvariation"] == pytest.approx(dg["total"], rel=1e-14)
    assert dg["total"] == pytest.approx(ineq.gini([1, 2, 4, 8]), rel=1e-14)
    assert [gr["label"] for gr in dg["groups"]] == ["w", "e"]  # ascending mean


def test_standard_errors_and_bootstrap():
    x = SAMPLES[1]
    j = ineq.gini_jackknife(x)
    # delete-one jackknife written out: se^2 = (n-1)/n sum (G_(i) - mean G_(.))^2
    g = np.array([gini_by_sorted_shares(np.delete(x, i)) for i in range(len(x))])
    assert j["estimate"] == pytest.approx(gini_by_sorted_shares(x), rel=1e-12)
    assert j["standard_error"] == pytest.approx(math.sqrt((len(x) - 1) / len(x) * np.sum((g - g.mean()) ** 2)), rel=1e-9)
    assert ineq.gini_linearised(x)["standard_error"] > 0
    c = ineq.gini_change(SAMPLES[0], x)
    assert c["change"] == pytest.approx(ineq.gini(x) - ineq.gini(SAMPLES[0]), rel=1e-12)
    b1 = ineq.bootstrap_ci(x, "gini", replicates=500, seed=3)
    b2 = ineq.bootstrap_ci(x, "gini", replicates=500, seed=3)
    assert b1 == b2 and b1["lower"] < b1["estimate"] < b1["upper"] and b1["replicates"] == 500
    # A Python callable resampled the same way gives the same interval as the named measure.
    b3 = ineq.bootstrap_ci(x, lambda v: ineq.gini(v), replicates=500, seed=3)
    assert b3 == b1
    bca = ineq.bootstrap_ci(x, "cv", replicates=300, method="bca")
    assert bca["lower"] < bca["upper"]


def test_dtypes_and_views_are_accepted():
    x = np.array([1, 2, 3, 4, 5])
    for dtype in (np.int8, np.int32, np.int64, np.uint16, np.float32, np.float64):
        assert ineq.gini(x.astype(dtype)) == pytest.approx(4 / 15, rel=1e-7)
    assert ineq.gini(np.arange(20.0)[::2]) == pytest.approx(gini_by_sorted_shares(np.arange(20.0)[::2]), rel=1e-13)
    assert ineq.gini([1, 2, 3, 4, 5]) == pytest.approx(4 / 15)
    import pandas as pd
    assert ineq.gini(pd.Series([1, 2, 3, 4, 5])) == pytest.approx(4 / 15)
    big = np.random.default_rng(1).random(100_000)  # the GIL-free path
    assert ineq.gini(big) == pytest.approx(gini_by_sorted_shares(big), rel=1e-11)


def test_errors_carry_the_library_message():
    with pytest.raises(ValueError, match=r"^ineq::gini: values must be non-negative \(index 3, value -2\)$"):
        ineq.gini([1, 2, 3, -2])
    with pytest.raises(ineq.DomainError, match=r"^ineq::gini: .*empty"):
        ineq.gini(np.array([], dtype=float))
    with pytest.raises(ValueError, match=r"^ineq::sample_sd: .*\(index 1, value nan\)"):
        ineq.sample_sd([1.0, float("nan"), 2.0])
    with pytest.raises(ValueError, match=r"^ineq::gini: .*zero"):
        ineq.gini([0, 0, 0])
    assert issubclass(ineq.DomainError, ValueError)
    with pytest.raises(ValueError, match="one-dimensional"):
        ineq.gini(np.ones((2, 2)))
    with pytest.raises(ValueError, match="bootstrap_ci"):
        ineq.bootstrap_ci([1, 2, 3], "no such measure")
