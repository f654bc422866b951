# Distribution dynamics: Markov chains of a panel, their long-run properties and the
# homogeneity test, against numpy / scipy computations of the same definitions and against
# Kemeny and Snell's published Land of Oz chain.
import numpy as np
import pytest
from scipy import stats

import ineq

# Kemeny and Snell (1976), Finite Markov Chains, the Land of Oz (rain, nice, snow):
# steady state (0.4, 0.2, 0.4); from rain the first nice day comes after 4 days on average.
OZ = np.array([[0.5, 0.25, 0.25], [0.5, 0.0, 0.5], [0.25, 0.25, 0.5]])


def test_land_of_oz():
    assert ineq.steady_state(OZ) == pytest.approx([0.4, 0.2, 0.4], rel=1e-14)
    m = ineq.mean_first_passage_times(OZ)
    assert m[0, 1] == pytest.approx(4.0, rel=1e-14)
    # Z = (I - P + 1 pi^T)^-1, m_ij = (delta_ij - z_ij + z_jj) / pi_j (Kemeny and Snell, ch. 4)
    pi = np.array([0.4, 0.2, 0.4])
    Z = np.linalg.inv(np.eye(3) - OZ + np.outer(np.ones(3), pi))
    expected = (np.eye(3) - Z + np.diag(Z)[None, :]) / pi[None, :]
    assert m == pytest.approx(expected, rel=1e-13)
    assert ineq.sojourn_times(OZ) == pytest.approx([2.0, 1.0, 2.0], rel=1e-15)
    assert ineq.shorrocks_mobility(OZ) == pytest.approx((3 - 1.0) / 2, rel=1e-15)
    assert ineq.prais_mobility(OZ) == pytest.approx([0.5, 1.0, 0.5], rel=1e-15)
    # two recurrent classes: no unique steady state
    assert ineq.steady_state(np.eye(2)) is None
    with pytest.raises(ValueError, match="irreducible|reach"):
        ineq.mean_first_passage_times(np.eye(2))


def classes_by(x, cuts_per_period):
    # class = #{cut points below the value}, mapclassify's x <= upper bound
    return np.stack([(x[:, t, None] > cuts_per_period[t][None, :]).sum(axis=1) for t in range(x.shape[1])], axis=1)


def counts_of(classes, k):
    c = np.zeros((k, k))
    for t in range(classes.shape[1] - 1):
        for a, b in zip(classes[:, t], classes[:, t + 1]):
            c[a, b] += 1
    return c


def test_markov_chain_against_numpy():
    rng = np.random.default_rng(12)
    panel = rng.lognormal(size=(31, 10))
    rel = ineq.relative_positions(panel)
    assert rel == pytest.approx(panel / panel.mean(axis=0), rel=1e-15)
    # pooled quartiles of all periods (giddy's fixed=True)
    r = ineq.markov_chain(rel, 4)
    cuts = np.quantile(rel.ravel(), [0.25, 0.5, 0.75])
    cls = classes_by(rel, [cuts] * rel.shape[1])
    assert np.array_equal(r["classes"], cls)
    assert r["cut_points"][:, 0] == pytest.approx(cuts, rel=1e-15)
    counts = counts_of(cls, 4)
    assert np.array_equal(r["counts"], counts)
    assert r["probabilities"] == pytest.approx(counts / counts.sum(axis=1, keepdims=True), rel=1e-15)
    assert np.array_equal(ineq.transition_counts(r["classes"], 4), counts)
    # each period's own terciles
    q = ineq.markov_chain(rel, 3, rule="quantiles")
    per = [np.quantile(rel[:, t], [1 / 3, 2 / 3]) for t in range(rel.shape[1])]
    assert np.array_equal(q["classes"], classes_by(rel, per))
    # given cut points
    b = ineq.markov_chain(rel, [0.5, 1.0, 2.0])
    assert np.array_equal(b["classes"], classes_by(rel, [np.array([0.5, 1.0, 2.0])] * rel.shape[1]))
    # the steady state solves pi P = pi
    pi = ineq.steady_state(r["probabilities"])
    assert pi @ r["probabilities"] == pytest.approx(pi, abs=1e-14) and pi.sum() == pytest.approx(1.0)


def test_markov_bad_input():
    with pytest.raises(ValueError, match="NaN|finite"):
        ineq.markov_chain(np.array([[1.0, np.nan], [2.0, 3.0]]), 2)
    with pytest.raises(ValueError, match="two classes"):
        ineq.markov_chain(np.ones((3, 3)), 1)
    with pytest.raises(ValueError, match="empty_rows must be"):
        ineq.transition_probabilities(np.eye(2), empty_rows="drop")
    # a class that starts no transition: an error by default, zeros or absorbing on request
    counts = np.array([[3.0, 1.0], [0.0, 0.0]])
    with pytest.raises(ValueError):
        ineq.transition_probabilities(counts)
    assert ineq.transition_probabilities(counts, empty_rows="zero")[1].tolist() == [0.0, 0.0]
    assert ineq.transition_probabilities(counts, empty_rows="stay")[1].tolist() == [0.0, 1.0]


def homogeneity_reference(counts):
    # Bickenbach and Bode (2003) as giddy's homogeneity, from the definitions
    n = sum(counts)
    ni = n.sum(axis=1)
    p = np.divide(n, ni[:, None], out=np.zeros_like(n), where=ni[:, None] > 0)
    q = lr = 0.0
    for c in counts:
        nir = c.sum(axis=1)
        pr = np.divide(c, nir[:, None], out=np.zeros_like(c), where=nir[:, None] > 0)
        mask = p > 0
        q += (nir[:, None] * (pr - p) ** 2 / np.where(mask, p, 1))[mask].sum()
        pos = c > 0
        lr += 2 * (c[pos] * np.log(pr[pos] / p[pos])).sum()
    k = n.shape[0]
    dof = 0
    for i in range(k):
        b = sum(1 for c in counts if c[i].sum() > 0)
        a = int((p[i] > 0).sum())
        if b > 0:
            dof += (b - 1) * (a - 1)
    return q, lr, dof


def test_homogeneity_against_definitions_and_scipy():
    rng = np.random.default_rng(4)
    panel = rng.lognormal(size=(40, 11))
    cls = ineq.markov_chain(ineq.relative_positions(panel), 4)["classes"]
    early = ineq.transition_counts(cls[:, :6], 4)
    late = ineq.transition_counts(cls[:, 5:], 4)
    h = ineq.markov_homogeneity([early, late])
    q, lr, dof = homogeneity_reference([early, late])
    assert h["regimes"] == 2 and h["dof"] == dof
    assert h["chi2"] == pytest.approx(q, rel=1e-12)
    assert h["lr"] == pytest.approx(lr, rel=1e-12)
    assert h["chi2_p_value"] == pytest.approx(stats.chi2.sf(q, dof), rel=1e-10)
    assert h["lr_p_value"] == pytest.approx(stats.chi2.sf(lr, dof), rel=1e-10)
    with pytest.raises(ValueError, match="two regimes|at least two"):
        ineq.markov_homogeneity([early])


def test_kendall_tau_against_scipy():
    rng = np.random.default_rng(7)
    x = rng.integers(0, 5, size=50).astype(float)  # many ties
    y = x + rng.integers(-2, 3, size=50)
    assert ineq.kendall_tau(x, y) == pytest.approx(stats.kendalltau(x, y)[0], rel=1e-13)
    assert ineq.kendall_tau([1, 2, 3], [1, 3, 2]) == pytest.approx(1 / 3, rel=1e-15)
    with pytest.raises(ValueError, match="same length"):
        ineq.kendall_tau([1, 2, 3], [1, 2])


def test_kernel_density_against_scipy_and_numpy():
    rng = np.random.default_rng(21)
    x = rng.lognormal(size=31)
    grid = np.linspace(-1, 8, 50)
    # scipy's gaussian_kde with its "scott" factor: h = sd (ddof 1) * n^(-1/5)
    kde = stats.gaussian_kde(x, bw_method="scott")
    d = ineq.kernel_density(x, grid, rule="scott_scipy")
    assert d["bandwidth"] == pytest.approx(np.sqrt(kde.covariance[0, 0]), rel=1e-14)
    assert d["density"] == pytest.approx(kde(grid), rel=1e-12)
    # R's bw.nrd0 and bw.nrd: 0.9 / 1.06 min(sd, IQR / 1.34) n^(-1/5)
    sd = x.std(ddof=1)
    iqr = np.subtract(*np.quantile(x, [0.75, 0.25]))
    assert ineq.density_bandwidth(x) == pytest.approx(0.9 * min(sd, iqr / 1.34) * len(x) ** -0.2, rel=1e-14)
    assert ineq.density_bandwidth(x, "scott") == pytest.approx(1.06 * min(sd, iqr / 1.34) * len(x) ** -0.2, rel=1e-14)
    # Epanechnikov with standard deviation h: 3 / (4a) (1 - (u/a)^2) on |u| < a, a = h sqrt 5
    h = 0.7
    a = h * np.sqrt(5)
    u = (grid[:, None] - x[None, :]) / a
    expected = np.where(np.abs(u) < 1, 0.75 / a * (1 - u ** 2), 0).mean(axis=1)
    e = ineq.kernel_density(x, grid, kernel="epanechnikov", bandwidth=h)
    assert e["bandwidth"] == h and e["density"] == pytest.approx(expected, rel=1e-13, abs=1e-16)
    # the default grid: 512 points over [min - 3h, max + 3h]
    g = ineq.kernel_density(x)
    assert len(g["grid"]) == 512
    assert g["grid"][0] == pytest.approx(x.min() - 3 * g["bandwidth"], rel=1e-14)
    assert g["grid"][-1] == pytest.approx(x.max() + 3 * g["bandwidth"], rel=1e-14)
    with pytest.raises(ValueError, match="kernel must be"):
        ineq.kernel_density(x, kernel="triangular")
    with pytest.raises(ValueError):
        ineq.kernel_density(np.ones(5))  # all values equal: no bandwidth rule applies


def test_kernel_density_by_period_against_scipy():
    rng = np.random.default_rng(22)
    panel = rng.lognormal(size=(31, 4))
    grid = np.linspace(0, 6, 40)
    d = ineq.kernel_density_by_period(panel, grid, rule="scott_scipy")
    assert d["density"].shape == (40, 4) and np.array_equal(d["grid"], grid)
    for t in range(4):
        assert d["density"][:, t] == pytest.approx(stats.gaussian_kde(panel[:, t])(grid), rel=1e-12)
    common = ineq.kernel_density_by_period(panel, points=100)
    assert common["density"].shape == (100, 4) and len(common["bandwidths"]) == 4
