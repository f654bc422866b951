#include <ineq/network/structural_holes.hpp>

#include "network/helpers.hpp"
#include "network/reference_values.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace net = ineq::network;
using doctest::Approx;
using net::edge_weights;
using nettest::check_close;
using nettest::message_of;

namespace {
constexpr double none = std::numeric_limits<double>::quiet_NaN();  // expected std::nullopt
}

TEST_CASE("path a-b-c-d, by hand") {
    const auto g = nettest::path4();
    // One contact: p = 1, no indirect path, so constraint 1, effective size 1, efficiency 1.
    // b: contacts a and c with p = 1/2 each, not tied to each other: 2 * (1/2)^2 = 1/2;
    // effective size 2 - 2 * 0 / 2 = 2; efficiency 1; hierarchy 0 (equal constraints).
    check_close(net::constraint(g), {1.0, 0.5, 0.5, 1.0});
    check_close(net::effective_size(g), {1.0, 2.0, 2.0, 1.0});
    check_close(net::efficiency(g), {1.0, 1.0, 1.0, 1.0});
    check_close(net::hierarchy(g), {none, 0.0, 0.0, none});
}

TEST_CASE("star with 4 leaves, by hand") {
    const auto g = nettest::star5();
    // centre: 4 * (1/4)^2 = 1/4; effective size 4 (no ties among leaves); hierarchy 0.
    check_close(net::constraint(g), {0.25, 1, 1, 1, 1});
    check_close(net::effective_size(g, edge_weights::ignore), {4, 1, 1, 1, 1});
    check_close(net::efficiency(g), {1, 1, 1, 1, 1});
    check_close(net::hierarchy(g), {0.0, none, none, none, none});
}

TEST_CASE("triangle with a pendant, by hand") {
    const auto g = nettest::triangle_pendant();
    // a (contacts b, c; p = 1/2): c_ab = (1/2 + p_ac p_cb)^2 = (1/2 + 1/2 * 1/3)^2 = 4/9,
    //   c_ac = (1/2 + p_ab p_bc)^2 = (1/2 + 1/2 * 1/2)^2 = 9/16; C_a = 145/144.
    // c (contacts a, b, d; p = 1/3): c_ca = (1/3 + 1/3 * 1/2)^2 = 1/4 = c_cb, c_cd = 1/9;
    //   C_c = 11/18. d: one contact, 1.
    check_close(net::constraint(g), {145.0 / 144, 145.0 / 144, 11.0 / 18, 1.0});
    // Borgatti: a has n = 2 contacts with t = 1 tie: 2 - 2/2 = 1; c: n = 3, t = 1: 3 - 2/3.
    check_close(net::effective_size(g, edge_weights::ignore), {1.0, 1.0, 7.0 / 3, 1.0});
    check_close(net::effective_size(g), {1.0, 1.0, 7.0 / 3, 1.0});  // unit weights: same
    check_close(net::efficiency(g), {0.5, 0.5, 7.0 / 9, 1.0});
    // Hierarchy: r_j = c_ij / (C_i / n_i), H = sum r ln r / (n ln n).
    // a: r = (4/9) / (145/288) = 128/145 and (9/16) / (145/288) = 162/145.
    const double ra1 = 128.0 / 145;
    const double ra2 = 162.0 / 145;
    const double ha = (ra1 * std::log(ra1) + ra2 * std::log(ra2)) / (2 * std::log(2.0));
    // c: mean 11/54, r = 27/22, 27/22, 6/11.
    const double rc1 = 27.0 / 22;
    const double rc2 = 6.0 / 11;
    const double hc = (2 * rc1 * std::log(rc1) + rc2 * std::log(rc2)) / (3 * std::log(3.0));
    check_close(net::hierarchy(g), {ha, ha, hc, none});
}

TEST_CASE("two components and an isolate: isolates are std::nullopt, never NaN") {
    const auto g = nettest::two_components_isolate();
    // Triangle corner: contacts p = 1/2, each also reached through the other: (1/2 + 1/4)^2 * 2 = 9/8.
    check_close(net::constraint(g), {1.125, 1.125, 1.125, 1.0, 1.0, none});
    // Triangle corner: Borgatti 2 - 2 * 1 / 2 = 1.
    check_close(net::effective_size(g), {1.0, 1.0, 1.0, 1.0, 1.0, none});
    check_close(net::efficiency(g), {0.5, 0.5, 0.5, 1.0, 1.0, none});
    check_close(net::hierarchy(g), {0.0, 0.0, 0.0, none, none, none});
}

TEST_CASE("weighted effective size, Burt's form, by hand") {
    // Ego a with contacts b (w 3), c (w 1); b-c tied with weight 2, c-d weight 4.
    // p_ab = 3/4, p_ac = 1/4. m_bc = w_bc / max_k w_bk = 2/3 (b's strongest tie is a);
    // m_cb = 2/4 = 1/2 (c's strongest tie is d). Redundancy of b: p_ac m_bc = 1/6; of c:
    // p_ab m_cb = 3/8. Effective size (1 - 1/6) + (1 - 3/8) = 35/24.
    // networkx 2.8 agrees: /usr/bin/python3 -c "import networkx as nx; G=nx.Graph();
    //   G.add_weighted_edges_from([(0,1,3),(0,2,1),(1,2,2),(2,3,4)]);
    //   print(nx.effective_size(G,weight='weight')[0], nx.constraint(G,weight='weight')[0])"
    //   -> 1.4583333333333335 0.9772448979591837
    const auto g = nettest::make(4, {{0, 1, 3}, {0, 2, 1}, {1, 2, 2}, {2, 3, 4}});
    CHECK(*net::effective_size(g)[0] == Approx(35.0 / 24));
    CHECK(*net::efficiency(g)[0] == Approx(35.0 / 48));
    // Constraint of a: p_bc = 2/5 (b: 3 + 2), p_cb = 2/7 (c: 1 + 2 + 4).
    // (3/4 + 1/4 * 2/7)^2 + (1/4 + 3/4 * 2/5)^2 = (23/28)^2 + (11/20)^2.
    CHECK(*net::constraint(g)[0] == Approx(23.0 * 23 / 784 + 121.0 / 400));
}

TEST_CASE("reference graph against networkx 2.8 / igraph 0.10 (tests/network/reference.py)") {
    const auto g = nettest::reference_graph();
    check_close(net::constraint(g), ref::constraint_weighted);
    check_close(net::constraint(g), ref::ig_constraint_weighted);
    check_close(net::constraint(g, edge_weights::ignore), ref::constraint_unweighted);
    check_close(net::constraint(g, edge_weights::ignore), ref::ig_constraint_unweighted);
    check_close(net::effective_size(g), ref::effective_size_weighted);
    check_close(net::effective_size(g, edge_weights::ignore), ref::effective_size_unweighted);
    check_close(net::efficiency(g), ref::efficiency_weighted);
    check_close(net::efficiency(g, edge_weights::ignore), ref::efficiency_unweighted);
    check_close(net::hierarchy(g), ref::hierarchy_weighted);
    check_close(net::hierarchy(g, edge_weights::ignore), ref::hierarchy_unweighted);
}

TEST_CASE("300-node weighted random graph against networkx 2.8 (tests/network/reference.py)") {
    check_close(net::constraint(nettest::random300()), ref::random300_constraint);
}

TEST_CASE("internal weight never enters; empty graph gives empty results") {
    auto g = nettest::path4();
    g.add_internal(1, 50.0);
    check_close(net::constraint(g), {1.0, 0.5, 0.5, 1.0});
    CHECK(net::constraint(net::graph{}).empty());
    CHECK(net::effective_size(net::graph{}).empty());
    CHECK(net::efficiency(net::graph{}).empty());
    CHECK(net::hierarchy(net::graph{}).empty());
}

TEST_CASE("structural holes: extreme weights give finite answers or domain_error") {
    // Ego 0 with two unlinked contacts of weights 1 and 2^600: the small share 2^-600
    // squares to 0 (underflow), its ratio r is 0, and 0 ln 0 counts as 0. Closed form
    // with p = {e, 1 - e}, e -> 0: constraints {0, 1}, mean 1/2, r = {0, 2},
    // hierarchy = 2 ln 2 / (2 ln 2) = 1.
    net::graph g;
    g.add_edge("ego", "a", 1.0);
    g.add_edge("ego", "b", std::ldexp(1.0, 600));
    const auto h = net::hierarchy(g);
    REQUIRE(h[0].has_value());
    CHECK(std::isfinite(*h[0]));
    CHECK(*h[0] == Approx(1.0));
    // Weights whose sum at one node overflows are reported, not turned into 0 or NaN.
    net::graph big;
    big.add_edge("ego", "a", 1e308);
    big.add_edge("ego", "b", 1e308);
    CHECK_THROWS_AS((void)net::constraint(big), ineq::domain_error);
    CHECK_THROWS_AS((void)net::hierarchy(big), ineq::domain_error);
    CHECK_THROWS_AS((void)net::effective_size(big), ineq::domain_error);
}

TEST_CASE("structural holes: weights are tie strengths; distances are rejected") {
    const auto g = nettest::star5();
    const std::string rule = "edge_weights::distance is not accepted: this measure reads weights as tie strengths "
                             "(use edge_weights::strength or edge_weights::ignore)";
    CHECK(message_of([&] { (void)net::constraint(g, edge_weights::distance); }) == "ineq::constraint: " + rule);
    CHECK(message_of([&] { (void)net::effective_size(g, edge_weights::distance); }) ==
          "ineq::effective_size: " + rule);
    CHECK(message_of([&] { (void)net::efficiency(g, edge_weights::distance); }) == "ineq::efficiency: " + rule);
    CHECK(message_of([&] { (void)net::hierarchy(g, edge_weights::distance); }) == "ineq::hierarchy: " + rule);
    CHECK(message_of([&] { (void)net::constraint(g, static_cast<edge_weights>(4)); }) ==
          "ineq::constraint: unknown edge_weights value (got 4)");
    // strength is the default.
    CHECK(net::constraint(g, edge_weights::strength) == net::constraint(g));
}
