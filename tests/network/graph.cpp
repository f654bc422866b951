#include <ineq/network/graph.hpp>

#include "network/helpers.hpp"

#include <doctest/doctest.h>

#include <Eigen/Core>
#include <Eigen/SparseCore>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

using ineq::network::adjacency_list;
using ineq::network::edge;
using ineq::network::graph;
using nettest::message_of;

TEST_CASE("graph: nodes, labels and lookup") {
    graph g({"Beijing", "Tianjin"});
    CHECK(g.node_count() == 2);
    CHECK(g.edge_count() == 0);
    CHECK(g.add_node("Hebei") == 2);
    CHECK(g.add_node("Beijing") == 0);  // existing label, same index
    CHECK(g.find("Tianjin") == 1);
    CHECK(!g.find("Shanxi").has_value());
    CHECK(!g.find("").has_value());
    CHECK(g.label(2) == "Hebei");
    CHECK(message_of([&] { (void)g.label(3); }) == "ineq::graph::label: no such node (index 3, value 3)");
    CHECK(message_of([] { graph bad({"a", "b", "a"}); }).find("unique") != std::string::npos);
}

TEST_CASE("graph: adding an edge twice sums; zero adds nothing; self-loops are internal weight") {
    graph g({"a", "b", "c"});
    g.add_edge(0, 1);
    g.add_edge(1, 0, 2.0);
    CHECK(g.weight(0, 1) == 3.0);
    CHECK(g.weight(1, 0) == 3.0);
    CHECK(g.weight(0, 2) == 0.0);
    CHECK(g.weight(0, 0) == 0.0);
    g.add_edge(0, 2, 0.0);
    CHECK(g.edge_count() == 1);
    g.add_edge("c", "d", 0.5);  // adds node d
    CHECK(g.node_count() == 4);
    CHECK(g.edge_count() == 2);
    CHECK(message_of([&] { g.add_edge(1, 1, 1.0); }).find("self-loops are not edges") != std::string::npos);
    CHECK(message_of([&] { g.add_edge("x", "x"); }).find("self-loops") != std::string::npos);
    CHECK(g.node_count() == 4);  // "x" was not added
    g.add_internal(1, 4.0);
    g.add_internal(1, 1.0);
    CHECK(g.internal(1) == 5.0);
    CHECK(g.edge_count() == 2);
    const std::vector<edge> want{{0, 1, 3.0}, {2, 3, 0.5}};
    CHECK(g.edges() == want);
}

TEST_CASE("graph: bad weights and indices throw") {
    graph g({"a", "b"});
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    CHECK(message_of([&] { g.add_edge(0, 1, -1.0); }) ==
          "ineq::graph::add_edge: weights must be finite and non-negative (got -1)");
    CHECK(message_of([&] { g.add_edge(0, 1, nan); }).find("finite") != std::string::npos);
    CHECK(message_of([&] { g.add_edge(0, 1, inf); }).find("finite") != std::string::npos);
    CHECK(message_of([&] { g.add_edge("a", "z", -2.0); }).find("non-negative") != std::string::npos);
    CHECK(!g.find("z").has_value());
    CHECK(message_of([&] { g.add_edge(0, 2); }).find("no such node") != std::string::npos);
    CHECK(message_of([&] { g.add_internal(0, nan); }).find("finite") != std::string::npos);
    CHECK(message_of([&] { g.add_internal(5, 1.0); }).find("no such node") != std::string::npos);
    g.add_edge(0, 1, std::numeric_limits<double>::max());
    CHECK(message_of([&] { g.add_edge(0, 1, std::numeric_limits<double>::max()); }).find("overflows") !=
          std::string::npos);
}

TEST_CASE("graph: dense and sparse adjacency round trip, diagonal = internal weight") {
    graph g({"a", "b", "c"});
    g.add_edge(0, 1, 2.0);
    g.add_edge(1, 2, 0.5);
    g.add_internal(2, 7.0);
    Eigen::MatrixXd want(3, 3);
    want << 0, 2, 0, 2, 0, 0.5, 0, 0.5, 7;
    CHECK(g.dense_adjacency() == want);
    const Eigen::SparseMatrix<double> s = g.sparse_adjacency();
    CHECK(s.nonZeros() == 5);
    CHECK(Eigen::MatrixXd(s) == want);

    const graph back = graph::from_adjacency(want, {"x", "y", "z"});
    CHECK(back.weight(0, 1) == 2.0);
    CHECK(back.weight(1, 2) == 0.5);
    CHECK(back.internal(2) == 7.0);
    CHECK(back.edge_count() == 2);
    CHECK(back.label(2) == "z");
    const graph back2 = graph::from_adjacency(s);
    CHECK(back2.label(0) == "0");
    CHECK(back2.edges() == g.edges());
    CHECK(back2.internal(2) == 7.0);
}

TEST_CASE("graph::from_adjacency rejects bad matrices") {
    Eigen::MatrixXd asym(2, 2);
    asym << 0, 1, 2, 0;
    CHECK(message_of([&] { (void)graph::from_adjacency(asym); }).find("symmetric") != std::string::npos);
    CHECK(message_of([&] { (void)graph::from_adjacency(Eigen::MatrixXd(2, 3)); }).find("square") !=
          std::string::npos);
    Eigen::MatrixXd neg = Eigen::MatrixXd::Zero(2, 2);
    neg(0, 1) = neg(1, 0) = -1.0;
    CHECK(message_of([&] { (void)graph::from_adjacency(neg); }).find("non-negative") != std::string::npos);
    Eigen::MatrixXd nan = Eigen::MatrixXd::Zero(2, 2);
    nan(1, 1) = std::numeric_limits<double>::quiet_NaN();
    CHECK(message_of([&] { (void)graph::from_adjacency(nan); }).find("finite") != std::string::npos);
    CHECK(message_of([&] { (void)graph::from_adjacency(Eigen::MatrixXd::Zero(2, 2), {"a"}); })
              .find("one label per row") != std::string::npos);
    Eigen::SparseMatrix<double> sp(2, 2);
    sp.insert(0, 1) = 1.0;
    CHECK(message_of([&] { (void)graph::from_adjacency(sp); }).find("symmetric") != std::string::npos);
    CHECK(graph::from_adjacency(Eigen::MatrixXd(0, 0)).node_count() == 0);
}

TEST_CASE("adjacency_list: the same view from graph, dense and sparse") {
    const graph g = nettest::triangle_pendant();
    const adjacency_list a(g);
    const adjacency_list d(g.dense_adjacency());
    const adjacency_list s(g.sparse_adjacency());
    for (const adjacency_list* v : {&a, &d, &s}) {
        CHECK(v->node_count() == 4);
        CHECK(v->edge_count() == 4);
        const auto nb = v->neighbors(2);
        CHECK(std::vector<std::size_t>(nb.begin(), nb.end()) == std::vector<std::size_t>{0, 1, 3});
        CHECK(v->degree(3) == 1);
    }
    CHECK(message_of([&] { (void)a.neighbors(4); }).find("no such node") != std::string::npos);
    const adjacency_list empty;
    CHECK(empty.node_count() == 0);
    CHECK(empty.edge_count() == 0);
}

TEST_CASE("graph: labels are stored as given, empty, NUL and invalid UTF-8 included") {
    graph g;
    const std::string with_nul("a\0b", 3);
    CHECK(g.add_node("") == 0);
    CHECK(g.add_node("bad\xFF") == 1);
    CHECK(g.add_node(with_nul) == 2);
    CHECK(g.add_node("a") == 3);  // "a\0b" is not "a"
    CHECK(g.find("") == 0);
    CHECK(g.find(with_nul) == 2);
    CHECK(g.label(1) == "bad\xFF");
    CHECK(g.node_count() == 4);
    CHECK(message_of([] { graph bad({"", ""}); }) == "ineq::graph: node labels must be unique, duplicate \"\"");
    g.add_edge("", with_nul, 2.0);
    CHECK(g.weight(0, 2) == 2.0);
    CHECK(g.node_count() == 4);
    // Accessors throw for an index that is no node.
    CHECK(message_of([&] { (void)g.internal(4); }) == "ineq::graph::internal: no such node (index 4, value 4)");
    CHECK(message_of([&] { (void)g.weight(0, 4); }) == "ineq::graph::weight: no such node (index 4, value 4)");
    const adjacency_list a(g);
    CHECK(message_of([&] { (void)a.weights(4); }).find("no such node") != std::string::npos);
    CHECK(message_of([&] { (void)a.degree(4); }).find("no such node") != std::string::npos);
}
