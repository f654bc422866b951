"""Networks against networkx on the same graphs; the spatial layer against closed forms, numpy
and the C++ tests."""
import networkx as nx
import numpy as np
import pytest

import ineq


def random_graph(seed=3):
    g = nx.gnm_random_graph(60, 150, seed=seed)
    rng = np.random.default_rng(seed)
    for u, v in g.edges:
        g[u][v]["weight"] = float(rng.integers(1, 5))
    return g


def to_ineq(g):
    e = np.array(list(g.edges), dtype=np.int64)
    w = np.array([g[u][v]["weight"] for u, v in g.edges])
    return ineq.Graph.from_edges(e[:, 0], e[:, 1], w, n=g.number_of_nodes())


def as_array(d, n):
    return np.array([d[i] for i in range(n)])


def test_centralities_against_networkx():
    g = random_graph()
    G = to_ineq(g)
    n = g.number_of_nodes()
    assert G.node_count == n and G.edge_count == g.number_of_edges()
    assert ineq.density(G) == pytest.approx(nx.density(g), rel=1e-14)
    assert ineq.degree(G) == pytest.approx(as_array(dict(g.degree), n))
    assert ineq.strength(G) == pytest.approx(as_array(dict(g.degree(weight="weight")), n))
    assert ineq.degree_centrality(G) == pytest.approx(as_array(nx.degree_centrality(g), n), rel=1e-12)
    assert ineq.betweenness(G) == pytest.approx(as_array(nx.betweenness_centrality(g, normalized=False), n), rel=1e-10, abs=1e-12)
    assert ineq.betweenness(G, normalized=True) == pytest.approx(as_array(nx.betweenness_centrality(g), n), rel=1e-10, abs=1e-12)
    assert ineq.betweenness(G, weights="distance") == pytest.approx(
        as_array(nx.betweenness_centrality(g, normalized=False, weight="weight"), n), rel=1e-10, abs=1e-12)
    assert ineq.closeness(G) == pytest.approx(as_array(nx.closeness_centrality(g), n), rel=1e-12)
    big = g.subgraph(max(nx.connected_components(g), key=len)).copy()
    big = nx.convert_node_labels_to_integers(big)
    B = to_ineq(big)
    ev = nx.eigenvector_centrality_numpy(big, weight="weight")
    assert ineq.eigenvector_centrality(B) == pytest.approx(np.abs(as_array(ev, big.number_of_nodes())), rel=1e-8)
    c = nx.constraint(big, weight="weight")
    assert ineq.constraint(B) == pytest.approx(as_array(c, big.number_of_nodes()), rel=1e-10)
    es = nx.effective_size(big, weight="weight")
    assert ineq.effective_size(B) == pytest.approx(as_array(es, big.number_of_nodes()), rel=1e-10)


def test_labelled_graph_and_golden_values():
    # path a - b - c: betweenness of b is 1, closeness(b) = 1, closeness(a) = 2/3 (C++ docs)
    G = ineq.Graph.from_edges(["a", "b"], ["b", "c"])
    assert G.labels == ["a", "b", "c"]
    assert list(ineq.betweenness(G)) == [0.0, 1.0, 0.0]
    assert ineq.closeness(G) == pytest.approx([2 / 3, 1.0, 2 / 3])
    assert ineq.closeness(G, scaling="inverse_total") == pytest.approx([1 / 3, 1 / 2, 1 / 3])
    assert np.isnan(ineq.constraint(ineq.Graph(2))).all()
    assert list(ineq.connected_components(ineq.Graph.from_edges([0, 2], [1, 3], n=5))) == [0, 0, 1, 1, 2]
    with pytest.raises(ValueError, match=r"^ineq::graph::add_edge: "):
        ineq.Graph.from_edges([0], [1], [-1.0])
    with pytest.raises(ValueError, match=r"^ineq::betweenness: "):
        ineq.betweenness(ineq.Graph(2), normalized=True)


def test_moran_closed_forms_and_numpy():
    # path of four, binary weights: I(1,2,3,4) = 1/3, I(0,1,0,1) = -1 (C++ tests, worked by hand)
    w = ineq.Weights.from_pairs(4, [(0, 1), (1, 2), (2, 3)], style="B")
    assert ineq.moran([1, 2, 3, 4], w) == pytest.approx(1 / 3, rel=1e-15)
    assert ineq.moran([0, 1, 0, 1], w) == pytest.approx(-1.0, rel=1e-15)
    # provinces: I = (n / S0) z'Wz / z'z with the dense matrix in numpy
    W = ineq.province_contiguity(style="W", islands="keep")
    assert W.n == 31 and W.islands() == [20]
    x = np.random.default_rng(5).random(31) * 100
    D = W.dense()
    z = x - x.mean()
    n1 = 30  # Hainan is an island: n counts the 30 units with a neighbour (spdep adjust.n)
    assert ineq.moran(x, W) == pytest.approx(n1 / D.sum() * z @ D @ z / (z @ z), rel=1e-12)
    t = ineq.moran_test(x, W)
    assert t["expectation"] == pytest.approx(-1 / 29, rel=1e-14)  # C++ tests: -1/(n-1), n = 30
    p1 = ineq.moran_permutation(x, W, resamples=199, seed=11)
    p2 = ineq.moran_permutation(x, W, resamples=199, seed=11, threads=2)
    assert p1 == p2 and 1 / 200 <= p1["p_value"] <= 1
    with pytest.raises(ValueError, match=r"^ineq::moran: .*constant"):
        ineq.moran(np.ones(31), W)
    with pytest.raises(ValueError, match="Hainan|island|20"):
        ineq.province_contiguity(islands="error")


def test_lisa_statistic_and_seeds():
    W = ineq.province_contiguity(style="W", islands="nearest")
    x = np.random.default_rng(9).random(31)
    r = ineq.local_moran_permutation(x, W, resamples=99, seed=4)
    z = x - x.mean()
    m2 = np.sum(z ** 2) / len(x)
    assert r["statistic"] == pytest.approx(z / m2 * (W.dense() @ z), rel=1e-12)
    again = ineq.local_moran_permutation(x, W, resamples=99, seed=4, threads=2)
    assert np.array_equal(r["p_value"], again["p_value"])
    assert ((r["p_value"] >= 0.01) & (r["p_value"] <= 1)).all()


# Eight units: a ring with two chords, and positive values (the R script below gives the references).
EIGHT_PAIRS = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 0), (0, 4), (1, 5)]
EIGHT_X = [3.2, 1.5, 4.8, 2.2, 6.1, 0.7, 3.9, 5.5]
# Rscript, spdep 1.2.x:
#   library(spdep); n <- 8
#   pairs <- rbind(c(1,2),c(2,3),c(3,4),c(4,5),c(5,6),c(6,7),c(7,8),c(8,1),c(1,5),c(2,6))
#   nbl <- lapply(1:n, function(i) as.integer(sort(c(pairs[pairs[,1]==i,2], pairs[pairs[,2]==i,1]))))
#   class(nbl) <- "nb"; attr(nbl, "region.id") <- as.character(1:n); attr(nbl, "sym") <- TRUE
#   lw <- nb2listw(nbl, style="W"); lwB <- nb2listw(nbl, style="B"); x <- c(3.2,1.5,4.8,2.2,6.1,0.7,3.9,5.5)
#   geary.test(x, lw); geary.test(x, lwB, randomisation=FALSE); globalG.test(x, lwB, B1correct=TRUE)
#   attr(localG(x, lw, return_internals=TRUE), "internals")
#   attr(localG(x, nb2listw(include.self(nbl), style="W"), return_internals=TRUE), "internals")


def test_geary_against_numpy_and_spdep():
    W = ineq.Weights.from_pairs(8, EIGHT_PAIRS, style="W")
    x = np.array(EIGHT_X)
    D = W.dense()
    z = x - x.mean()
    diff2 = (x[:, None] - x[None, :]) ** 2
    closed = (len(x) - 1) * (D * diff2).sum() / (2 * D.sum() * (z @ z))
    assert ineq.geary(x, W) == pytest.approx(closed, rel=1e-13)
    t = ineq.geary_test(x, W)  # geary.test(x, lw): randomisation, greater
    assert t["statistic"] == pytest.approx(1.1911587157857946, rel=1e-13)
    assert t["expectation"] == 1.0
    assert t["variance"] == pytest.approx(0.061145535710616719, rel=1e-12)
    assert t["z"] == pytest.approx(-0.77305737389926243, rel=1e-12)
    assert t["p_value"] == pytest.approx(0.78025578676129548, rel=1e-12)
    B = ineq.Weights.from_pairs(8, EIGHT_PAIRS, style="B")
    t = ineq.geary_test(x, B, null="normality")  # geary.test(x, lwB, randomisation=FALSE)
    assert t["statistic"] == pytest.approx(1.2283276938474001, rel=1e-13)
    assert t["variance"] == pytest.approx(0.057777777777777775, rel=1e-12)
    assert t["p_value"] == pytest.approx(0.82891862521742632, rel=1e-12)
    p1 = ineq.geary_permutation(x, W, resamples=99, seed=3)
    assert p1 == ineq.geary_permutation(x, W, resamples=99, seed=3, threads=2)
    assert p1["statistic"] == ineq.geary(x, W) and 1 / 100 <= p1["p_value"] <= 1
    with pytest.raises(ValueError, match=r"^ineq.geary_test: null must be"):
        ineq.geary_test(x, W, null="normal")
    with pytest.raises(ValueError, match=r"^ineq::geary: .*constant"):
        ineq.geary(np.ones(8), W)


def test_general_g_against_numpy_and_spdep():
    B = ineq.Weights.from_pairs(8, EIGHT_PAIRS, style="B")
    x = np.array(EIGHT_X)
    D = B.dense()
    outer = np.outer(x, x)
    off = ~np.eye(8, dtype=bool)
    assert ineq.general_g(x, B) == pytest.approx((D * outer)[off].sum() / outer[off].sum(), rel=1e-13)
    t = ineq.general_g_test(x, B)  # globalG.test(x, lwB, B1correct=TRUE)
    assert t["statistic"] == pytest.approx(0.31333984852186669, rel=1e-13)
    assert t["expectation"] == pytest.approx(0.35714285714285715, rel=1e-14)
    assert t["variance"] == pytest.approx(0.0015916313641879398, rel=1e-11)
    assert t["z"] == pytest.approx(-1.0979503382498539, rel=1e-11)
    assert t["p_value"] == pytest.approx(0.86388691234190507, rel=1e-11)
    p1 = ineq.general_g_permutation(x, B, resamples=99, seed=5)
    assert p1 == ineq.general_g_permutation(x, B, resamples=99, seed=5, threads=2)
    with pytest.raises(ValueError, match=r"^ineq::general_g: .*non-negative"):
        ineq.general_g(-x, B)


def test_local_g_against_spdep():
    W = ineq.Weights.from_pairs(8, EIGHT_PAIRS, style="W")
    x = np.array(EIGHT_X)
    g = ineq.local_g(x, W)
    assert g["statistic"] == pytest.approx([0.17678812415654518, 0.10984848484848485, 0.080086580086580095,
                                            0.21206225680933849, 0.093272171253822631, 0.14093137254901961,
                                            0.12916666666666668, 0.15848214285714285], rel=1e-13)
    assert g["z"] == pytest.approx([0.92011758865603266, -1.0495769824578201, -1.2066386852473134,
                                    1.4778033640068466, -1.4132402704478459, -0.070582462821660349,
                                    -0.2639438842108135, 0.30867098629086892], rel=1e-11)
    s = ineq.local_g(x, W, star=True)
    assert s["statistic"] == pytest.approx([0.14605734767025091, 0.091397849462365593, 0.1015531660692951,
                                            0.15651135005973715, 0.10931899641577061, 0.10931899641577061,
                                            0.12066905615292711, 0.15053763440860213], rel=1e-13)
    assert s["z"] == pytest.approx([0.85844621009693811, -1.3698609735589431, -0.74040484599331813,
                                    0.99506638537955439, -0.63926845432750679, -0.63926845432750679,
                                    -0.13676267855927557, 0.8064282080564158], rel=1e-11)
    r = ineq.local_g_permutation(x, W, star=True, resamples=99, seed=8)
    again = ineq.local_g_permutation(x, W, star=True, resamples=99, seed=8, threads=2)
    assert np.array_equal(r["p_value"], again["p_value"]) and np.array_equal(r["statistic"], s["statistic"])
    # an island has no G_i: NaN in every column
    K = ineq.Weights.from_pairs(4, [(0, 1), (1, 2)], style="W", islands="keep")
    assert np.isnan(ineq.local_g([1.0, 2.0, 3.0, 4.0], K)["z"][3])


def test_spatial_gini_against_numpy():
    W = ineq.province_contiguity(style="W", islands="keep")
    x = np.random.default_rng(13).lognormal(size=31)
    diff = np.abs(x[:, None] - x[None, :])
    den = 2 * len(x) ** 2 * x.mean()
    neighbour = W.dense() != 0
    r = ineq.spatial_gini(x, W)
    assert r["gini"] == pytest.approx(diff.sum() / den, rel=1e-13)
    assert r["gini"] == pytest.approx(ineq.gini(x), rel=1e-13)
    assert r["neighbours"] == pytest.approx(diff[neighbour].sum() / den, rel=1e-13)
    assert r["non_neighbours"] == pytest.approx(diff[~neighbour].sum() / den, rel=1e-13)
    t = ineq.spatial_gini_permutation(x, W, resamples=99, seed=2)
    assert t == ineq.spatial_gini_permutation(x, W, resamples=99, seed=2, threads=2)
    assert t["statistic"] == pytest.approx(r["neighbours"], rel=1e-13) and 1 / 100 <= t["p_value"] <= 1
    with pytest.raises(ValueError, match="non-negative"):
        ineq.spatial_gini(-x, W)
