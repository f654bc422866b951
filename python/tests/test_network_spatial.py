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
    p1 = ineq.moran_permutation(x, W, permutations=199, seed=11)
    p2 = ineq.moran_permutation(x, W, permutations=199, seed=11, threads=2)
    assert p1 == p2 and 1 / 200 <= p1["p"] <= 1
    with pytest.raises(ValueError, match=r"^ineq::moran: .*constant"):
        ineq.moran(np.ones(31), W)
    with pytest.raises(ValueError, match="Hainan|island|20"):
        ineq.province_contiguity(islands="error")


def test_lisa_statistic_and_seeds():
    W = ineq.province_contiguity(style="W", islands="nearest")
    x = np.random.default_rng(9).random(31)
    r = ineq.local_moran_permutation(x, W, permutations=99, seed=4)
    z = x - x.mean()
    m2 = np.sum(z ** 2) / len(x)
    assert r["statistic"] == pytest.approx(z / m2 * (W.dense() @ z), rel=1e-12)
    again = ineq.local_moran_permutation(x, W, permutations=99, seed=4, threads=2)
    assert np.array_equal(r["p"], again["p"])
    assert ((r["p"] >= 0.01) & (r["p"] <= 1)).all()
