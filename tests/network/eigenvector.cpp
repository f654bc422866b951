#include <ineq/network/eigenvector.hpp>
#include <ineq/network/matrix.hpp>

#include "network/helpers.hpp"
#include "network/reference_values.hpp"

#include <doctest/doctest.h>

#include <Eigen/Core>
#include <Eigen/SparseCore>

#include <cmath>
#include <numbers>
#include <string>
#include <vector>

namespace net = ineq::network;
using doctest::Approx;
using nettest::check_close;
using nettest::message_of;

TEST_CASE("path a-b-c-d, by hand") {
    // The path P_n has largest eigenvalue 2 cos(pi / (n + 1)) with eigenvector
    // x_k = sin(k pi / (n + 1)), k = 1..n, whose squared length is (n + 1) / 2 = 2.5.
    const double pi = std::numbers::pi;
    const double s = std::sqrt(2.5);
    check_close(net::eigenvector_centrality(nettest::path4()),
                {std::sin(pi / 5) / s, std::sin(2 * pi / 5) / s, std::sin(3 * pi / 5) / s,
                 std::sin(4 * pi / 5) / s},
                1e-12);
}

TEST_CASE("star with 4 leaves, by hand") {
    // lambda = sqrt(4) = 2; leaves y = x / 2; x^2 + 4 y^2 = 1 gives x = 1/sqrt(2).
    const double x = 1.0 / std::sqrt(2.0);
    check_close(net::eigenvector_centrality(nettest::star5()), {x, x / 2, x / 2, x / 2, x / 2});
}

TEST_CASE("triangle with a pendant, by hand") {
    // a = b by symmetry; equations: lambda a = a + c, lambda c = 2a + d, lambda d = c.
    // Substituting a = c / (lambda - 1), d = c / lambda: lambda = 2 / (lambda - 1) + 1 / lambda,
    // i.e. lambda^3 - lambda^2 - 3 lambda + 1 = 0, largest root ~ 2.17009.
    double lambda = 2.2;
    for (int i = 0; i < 60; ++i) {  // Newton on the cubic
        lambda -= (lambda * lambda * lambda - lambda * lambda - 3 * lambda + 1) /
                  (3 * lambda * lambda - 2 * lambda - 3);
    }
    const double c = 1.0;
    const double a = c / (lambda - 1);
    const double d = c / lambda;
    const double len = std::sqrt(2 * a * a + c * c + d * d);
    check_close(net::eigenvector_centrality(nettest::triangle_pendant()),
                {a / len, a / len, c / len, d / len}, 1e-12);
}

TEST_CASE("two components and an isolate: unit length per component, isolate 0") {
    // Triangle: uniform, 1/sqrt(3) each; the edge d-e: 1/sqrt(2) each; the isolate f: 0.
    const double t = 1.0 / std::sqrt(3.0);
    const double e = 1.0 / std::sqrt(2.0);
    check_close(net::eigenvector_centrality(nettest::two_components_isolate()), {t, t, t, e, e, 0.0});
}

TEST_CASE("weights scale the matrix entries") {
    // a-b 1, b-c 3: eigenvalue sqrt(1 + 9) = sqrt(10), eigenvector (1, sqrt(10), 3) / sqrt(20).
    const auto g = nettest::make(3, {{0, 1, 1}, {1, 2, 3}});
    const double len = std::sqrt(20.0);
    check_close(net::eigenvector_centrality(g), {1 / len, std::sqrt(10.0) / len, 3 / len});
    // Unweighted it is the path a-b-c: (1/2, 1/sqrt(2), 1/2).
    check_close(net::eigenvector_centrality(g, net::edge_weights::ignore),
                {0.5, 1 / std::sqrt(2.0), 0.5});
}

TEST_CASE("reference graph against networkx 2.8 / igraph 0.10, one component at a time") {
    // reference.py runs nx.eigenvector_centrality (tol 1e-12) and igraph's
    // eigenvector_centrality(scale=False) on each component's subgraph. On the whole graph
    // networkx stops with component {g, h, i} at ~2e-5 instead of its own unit vector (see
    // the comment in reference_values.hpp), which ineq does not reproduce.
    const auto g = nettest::reference_graph();
    check_close(net::eigenvector_centrality(g), ref::eigenvector_weighted, 1e-9);
    check_close(net::eigenvector_centrality(g), ref::ig_eigenvector_weighted, 1e-9);
    check_close(net::eigenvector_centrality(g, net::edge_weights::ignore), ref::eigenvector_unweighted,
                1e-9);
    check_close(net::eigenvector_centrality(g, net::edge_weights::ignore),
                ref::ig_eigenvector_unweighted, 1e-9);
}

TEST_CASE("a component above 400 nodes goes through power iteration") {
    // Star with 449 leaves: lambda = sqrt(449), centre 1/sqrt(2), leaves 1/sqrt(2 * 449).
    net::graph g;
    const std::size_t centre = g.add_node("hub");
    for (int i = 0; i < 449; ++i) {
        g.add_edge(centre, g.add_node("leaf" + std::to_string(i)));
    }
    g.add_node("alone");
    const auto ev = net::eigenvector_centrality(g);
    CHECK(ev[0] == Approx(1 / std::sqrt(2.0)).epsilon(1e-10));
    CHECK(ev[1] == Approx(1 / std::sqrt(2.0 * 449)).epsilon(1e-10));
    CHECK(ev[449] == Approx(1 / std::sqrt(2.0 * 449)).epsilon(1e-10));
    CHECK(ev[450] == 0.0);
}

TEST_CASE("empty and edgeless graphs") {
    CHECK(net::eigenvector_centrality(net::graph{}).empty());
    check_close(net::eigenvector_centrality(net::graph({"a", "b"})), {0.0, 0.0});
}

TEST_CASE("eigenvector_centrality: the scale of the weights does not matter") {
    // A cycle of 500 nodes (above the dense-solver limit, so power iteration runs): every
    // node has centrality 1/sqrt(500) whatever the common weight, 1 or 1e200.
    for (const double w : {1.0, 1e200, 1e-200}) {
        net::graph g;
        for (int i = 0; i < 500; ++i) {
            g.add_edge(std::to_string(i), std::to_string((i + 1) % 500), w);
        }
        const auto c = net::eigenvector_centrality(g);
        for (const double v : c) {
            CHECK(v == Approx(1.0 / std::sqrt(500.0)).epsilon(1e-9));
        }
    }
}

TEST_CASE("eigenvector_centrality takes a graph, an adjacency_list or an Eigen matrix") {
    // Path a - b - c: largest eigenvalue sqrt(2), eigenvector (1, sqrt(2), 1) / 2.
    const double h = 1.0 / std::sqrt(2.0);
    const std::vector<double> expected{0.5, h, 0.5};
    Eigen::MatrixXd dense = Eigen::MatrixXd::Zero(3, 3);
    dense(0, 1) = dense(1, 0) = dense(1, 2) = dense(2, 1) = 1.0;
    const Eigen::SparseMatrix<double> sparse = dense.sparseView();
    const net::graph g = net::graph_from_adjacency(dense);
    const net::adjacency_list list(g);
    check_close(net::eigenvector_centrality(g), expected, 1e-12);
    check_close(net::eigenvector_centrality(list), expected, 1e-12);
    check_close(net::eigenvector_centrality(dense), expected, 1e-12);
    check_close(net::eigenvector_centrality(sparse), expected, 1e-12);
    // A matrix that is not a valid adjacency matrix is reported (as adjacency_list reports it).
    Eigen::MatrixXd asymmetric = dense;
    asymmetric(0, 1) = 2.0;
    CHECK_THROWS_AS((void)net::eigenvector_centrality(asymmetric), ineq::domain_error);
}

TEST_CASE("eigenvector_centrality: max_one scaling, igraph's default scale=TRUE") {
    // Path a - b - c: (1, sqrt(2), 1) / sqrt(2) has largest entry 1.
    const auto g = nettest::make(3, {{0, 1, 1}, {1, 2, 1}});
    check_close(net::eigenvector_centrality(g, net::edge_weights::strength, net::eigenvector_scaling::max_one),
                {1 / std::sqrt(2.0), 1.0, 1 / std::sqrt(2.0)});
    // reference.py: igraph eigenvector_centrality(scale=True) on each component's subgraph.
    const auto r = nettest::reference_graph();
    check_close(net::eigenvector_centrality(r, net::edge_weights::strength, net::eigenvector_scaling::max_one),
                ref::ig_eigenvector_weighted_max_one, 1e-9);
    check_close(net::eigenvector_centrality(r, net::edge_weights::ignore, net::eigenvector_scaling::max_one),
                ref::ig_eigenvector_unweighted_max_one, 1e-9);
    // Power iteration (a component above 400 nodes): star with 449 leaves, centre 1,
    // leaves 1 / sqrt(449).
    net::graph star;
    const std::size_t centre = star.add_node("hub");
    for (int i = 0; i < 449; ++i) {
        star.add_edge(centre, star.add_node("leaf" + std::to_string(i)));
    }
    const auto ev = net::eigenvector_centrality(star, net::edge_weights::ignore, net::eigenvector_scaling::max_one);
    CHECK(ev[0] == Approx(1.0).epsilon(1e-10));
    CHECK(ev[7] == Approx(1 / std::sqrt(449.0)).epsilon(1e-10));
}

TEST_CASE("leading_eigenvector: the leading eigenvalue, per component and overall") {
    // Path a - b - c: eigenvalue sqrt(2).
    const auto p = nettest::make(3, {{0, 1, 1}, {1, 2, 1}});
    const auto lp = net::leading_eigenvector(p);
    CHECK(lp.eigenvalue == Approx(std::sqrt(2.0)).epsilon(1e-12));
    check_close(lp.centrality, net::eigenvector_centrality(p));
    // reference.py: igraph return_eigenvalue=True on each component's subgraph, and the
    // largest eigenvalue of the whole matrix from numpy.linalg.eigvalsh.
    const auto r = nettest::reference_graph();
    const auto w = net::leading_eigenvector(r);
    check_close(w.component_eigenvalues, ref::ig_eigenvalue_components_weighted, 1e-9);
    CHECK(w.eigenvalue == Approx(ref::eigenvalue_weighted).epsilon(1e-12));
    const auto u = net::leading_eigenvector(r, net::edge_weights::ignore);
    check_close(u.component_eigenvalues, ref::ig_eigenvalue_components_unweighted, 1e-9);
    CHECK(u.eigenvalue == Approx(ref::eigenvalue_unweighted).epsilon(1e-12));
    // Weights are rescaled inside; the eigenvalue is not: a - b of weight 1e200 has 1e200.
    const auto big = nettest::make(2, {{0, 1, 1e200}});
    CHECK(net::leading_eigenvector(big).eigenvalue == Approx(1e200).epsilon(1e-12));
    // Power iteration: star with 449 leaves has eigenvalue sqrt(449); weight 3 triples it.
    net::graph star;
    const std::size_t centre = star.add_node("hub");
    for (int i = 0; i < 449; ++i) {
        star.add_edge(centre, star.add_node("leaf" + std::to_string(i)), 3.0);
    }
    CHECK(net::leading_eigenvector(star).eigenvalue == Approx(3 * std::sqrt(449.0)).epsilon(1e-10));
    CHECK(net::leading_eigenvector(star, net::edge_weights::ignore).eigenvalue ==
          Approx(std::sqrt(449.0)).epsilon(1e-10));
    // Empty and edgeless graphs: eigenvalue 0.
    CHECK(net::leading_eigenvector(net::graph{}).eigenvalue == 0.0);
    const auto edgeless = net::leading_eigenvector(net::graph(3));
    CHECK(edgeless.eigenvalue == 0.0);
    CHECK(edgeless.component_eigenvalues == std::vector<double>{0.0, 0.0, 0.0});
}

TEST_CASE("eigenvector_centrality: weights read as distances are rejected") {
    const auto g = nettest::path4();
    CHECK(message_of([&] { (void)net::eigenvector_centrality(g, net::edge_weights::distance); }) ==
          "ineq::eigenvector_centrality: edge_weights::distance is not accepted: this measure reads weights as "
          "tie strengths (use edge_weights::strength or edge_weights::ignore)");
    CHECK(message_of([&] { (void)net::leading_eigenvector(g, static_cast<net::edge_weights>(9)); }) ==
          "ineq::leading_eigenvector: unknown edge_weights value (got 9)");
    CHECK(message_of([&] {
              (void)net::eigenvector_centrality(g, net::edge_weights::ignore, static_cast<net::eigenvector_scaling>(5));
          }) == "ineq::eigenvector_centrality: unknown eigenvector_scaling value (got 5)");
}
