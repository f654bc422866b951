"""The remaining bound functions: each against a closed form worked beside it, numpy,
networkx, or an identity the C++ docs state."""
import math

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import ineq


def test_polarisation_and_locational_gini():
    # Wolfson: P = 2 (mu / m) (1 - 2 L(1/2) - G). For {1, 2, 3, 4}: mu = 2.5, median m = 2.5,
    # L(1/2) = (1 + 2) / 10 = 0.3, G = 0.25 -> P = 2 (1 - 0.6 - 0.25) = 0.3
    assert ineq.wolfson([1, 2, 3, 4]) == pytest.approx(0.3, rel=1e-13)
    # Esteban-Ray, ER = sum_i sum_j pi_i^(1+alpha) pi_j |y_i - y_j| / mu: groups {1, 3} with
    # pi = 1/2 each, mu = 2, alpha = 1: 2 * (1/2)^2 * (1/2) * 2 / 2 = 0.25; alpha = 0 gives twice
    # the Gini (2 * 0.25 = 0.5)
    assert ineq.esteban_ray([1, 3], 1.0) == pytest.approx(0.25, rel=1e-14)
    assert ineq.esteban_ray([1, 1, 3, 3], 1.0) == pytest.approx(0.25, rel=1e-14)
    assert ineq.esteban_ray([1, 3], 0.0) == pytest.approx(2 * ineq.gini([1, 3]), rel=1e-14)
    # Krugman's locational Gini of a region's industry shares against the reference:
    # identical distributions give 0
    assert ineq.locational_gini([2, 4, 6], [1, 2, 3]) == pytest.approx(0.0, abs=1e-15)
    assert ineq.locational_gini([0, 0, 6], [1, 1, 1]) > 0
    x, w = np.array([3.0, 1.0, 7.0, 2.0]), np.array([2, 1, 3, 1])
    e = np.repeat(x, w)
    assert ineq.weighted_corrected_gini(x, w) == pytest.approx(ineq.corrected_gini(e), rel=1e-12)


def test_zenga_curve_and_weighted_linearised():
    # Zenga curve of {1, 2, 3, 4} at p = i/N: Z_i = 1 - (mean of the i smallest) / (mean of the rest):
    # 1 - 1/3, 1 - 1.5/3.5, 1 - 2/4
    assert ineq.zenga_curve([1, 2, 3, 4]) == pytest.approx([2 / 3, 4 / 7, 1 / 2], rel=1e-14)
    x = np.random.default_rng(2).random(50) + 0.1
    a = ineq.weighted_gini_linearised(x, np.ones(50))
    b = ineq.gini_linearised(x)
    assert a["estimate"] == pytest.approx(b["estimate"], rel=1e-14)
    assert a["standard_error"] == pytest.approx(b["standard_error"], rel=1e-10)


def test_region_tables_and_codes():
    pref = ineq.prefectures()
    assert any(p["code"] == 4403 and p["name"] == "深圳市" and p["province"] == 44 for p in pref)
    assert list(ineq.province_of_code(["44", "4403", "440305", "99", ""])) == [44, 44, 44, 0, 0]
    assert ineq.province_of_code("32") == 32


def test_records_from_frame_and_other_counting():
    df = pd.DataFrame({"申请人": ["清华大学; 华为技术有限公司", "北京大学"],
                       "申请人地址": ["北京市海淀区; 广东省深圳市南山区", "北京市海淀区"],
                       "申请日": ["2015-01-02", "2016-03-04"],
                       "专利类型": ["发明申请", "实用新型"]})
    rec = ineq.records_from_frame(df)
    assert len(rec) == 2
    first = ineq.aggregate(rec, 2015, 2016, counting="first_applicant")
    # first applicants: 清华 (Beijing, 2015), 北大 (Beijing, 2016)
    assert first.values.sum() == 2 and first.at(0, 2015) == 1 and first.at(0, 2016) == 1
    inventions = ineq.aggregate(rec, 2015, 2016, select="inventions")
    # the study's denominator keeps the 2015 invention (Beijing and Guangdong), not the 2016 utility model
    assert inventions.values.sum() == 2 and inventions.at(18, 2015) == 1
    cities = ineq.aggregate(rec, 2015, 2016, regions="prefecture")
    assert cities.regions == "prefecture" and cities.values.sum() == 3
    assert ineq.aggregate(rec, 2015, 2016, regions="macro_region").values.sum() == 2  # east, east+east, east
    with pytest.raises(ValueError, match="no applicants column"):
        ineq.records_from_frame(pd.DataFrame({"x": [1]}))
    with pytest.raises(ValueError, match="counting must be"):
        ineq.aggregate(rec, 2015, 2016, counting="nonsense")


def test_graph_building_and_other_holes():
    G = ineq.Graph(3)
    G.add_edge(0, 1)
    G.add_edge(1, 0, 2.0)
    G.add_edge(1, 2)
    assert G.weight(0, 1) == 3.0 and G.edge_count == 2
    # star with centre 0 and 3 leaves, networkx on the same graph
    g = nx.star_graph(3)
    S = ineq.Graph.from_edges([0, 0, 0], [1, 2, 3])
    assert ineq.efficiency(S)[0] == pytest.approx(nx.effective_size(g)[0] / 3, rel=1e-14)
    h = ineq.hierarchy(S)
    assert h[0] == pytest.approx(0.0, abs=1e-15)  # equal constraint from every leaf: no hierarchy
    ev = ineq.eigenvector_centrality(S, scaling="max_one")
    assert ev.max() == pytest.approx(1.0) and ev[0] == pytest.approx(1.0)
    assert ev[1] == pytest.approx(1 / math.sqrt(3), rel=1e-10)  # star: leaf / centre = 1 / sqrt(3)


def test_weights_from_links_and_tests():
    w = ineq.Weights.from_links(3, [0, 1, 1, 2], [1, 0, 2, 1])
    assert w.n == 3 and w.style == "W" and w.link_count == 4 and w.neighbours(1) == [0, 2]
    assert w.dense() == pytest.approx(np.array([[0, 1, 0], [0.5, 0, 0.5], [0, 1, 0]]))
    b = w.restyled("B")
    assert b.s0 == 4.0
    with pytest.raises(ValueError, match=r"^ineq::weights::from_links: "):
        ineq.Weights.from_links(2, [0], [0])
    path = ineq.Weights.from_pairs(5, [(0, 1), (1, 2), (2, 3), (3, 4)])
    x = np.array([1.0, 2.0, 4.0, 3.0, 7.0])
    t = ineq.moran_test(x, path, null="normality")
    assert t["expectation"] == pytest.approx(-0.25, rel=1e-14)  # -1 / (n - 1)
    assert t["z"] == pytest.approx((t["statistic"] - t["expectation"]) / math.sqrt(t["variance"]), rel=1e-12)


def test_deduplicate_by_application_and_publication_number():
    # C++ docs: {CN1A, CN2A, CN1B} gives {CN1A, CN2A}; without application numbers the key is the
    # publication number without its kind code
    rec = ineq.records_from_columns(["清华大学; 华为技术有限公司"] * 3, addresses=["北京市; 深圳市"] * 3,
                                    years=[2015, 2015, 2016], publication_numbers=["CN1A", "CN2A", "CN1B"])
    assert len(ineq.deduplicate(rec)) == 2
    assert ineq.aggregate(ineq.deduplicate(rec), 2015, 2016).values.sum() == 4  # 2 documents x 2 provinces
    by_app = ineq.records_from_columns(["北京大学"] * 3, years=[2015] * 3,
                                       application_numbers=["CN201910123456.7", "CN201910123456.7", ""])
    assert len(ineq.deduplicate(by_app)) == 2  # an empty key is kept
