#include <ineq/network/graph.hpp>

#include "network/helpers.hpp"
#include "network/reference_values.hpp"

#include <doctest/doctest.h>

// graph.hpp is standard library only: the Eigen conversions live in matrix.hpp.
#if defined(EIGEN_CORE_H) || defined(EIGEN_CORE_MODULE_H)
#error "ineq/network/graph.hpp must not include Eigen"
#endif

#include <array>
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

TEST_CASE("graph(n): an unlabelled graph stores no labels and reads node i as \"i\"") {
    graph g(3);
    CHECK(g.node_count() == 3);
    CHECK(!g.labelled());
    CHECK(g.labels().empty());
    CHECK(g.label(2) == "2");
    CHECK(g.find("1") == 1);
    CHECK(!g.find("3").has_value());   // no node 3
    CHECK(!g.find("01").has_value());  // not the canonical text of an index
    CHECK(!g.find("x").has_value());
    g.add_edge(0, 2, 1.5);
    CHECK(g.weight(2, 0) == 1.5);
    CHECK(message_of([&] { (void)g.label(3); }) == "ineq::graph::label: no such node (index 3, value 3)");
    // A labelled node names the others by their indices first.
    CHECK(g.add_node("Jiangsu") == 3);
    CHECK(g.labelled());
    CHECK(g.labels() == std::vector<std::string>{"0", "1", "2", "Jiangsu"});
    CHECK(g.find("2") == 2);
    CHECK(g.add_node("1") == 1);
    CHECK(graph(0).labelled());
}

TEST_CASE("graph and adjacency_list: total weight, each edge once, internal weight excluded") {
    // reference.py: G.size(weight='weight') and igraph's sum(g.es['weight']).
    const graph g = nettest::reference_graph();
    CHECK(g.total_weight() == ref::total_weight);
    CHECK(g.total_weight() == ref::ig_total_weight);
    CHECK(adjacency_list(g).total_weight() == ref::total_weight);
    graph h({"a", "b", "c"});
    CHECK(h.total_weight() == 0.0);
    h.add_edge(0, 1, 2.0);
    h.add_edge(1, 2, 3.0);
    h.add_internal(0, 100.0);
    CHECK(h.total_weight() == 5.0);  // by hand: 2 + 3
    CHECK(adjacency_list(h).total_weight() == 5.0);
    CHECK(adjacency_list{}.total_weight() == 0.0);
    graph big({"a", "b", "c"});
    big.add_edge(0, 1, 1e308);
    big.add_edge(1, 2, 1e308);
    CHECK(message_of([&] { (void)big.total_weight(); }) ==
          "ineq::graph::total_weight: the edge weights sum beyond the range of double (got inf)");
}

TEST_CASE("graph::subgraph: induced on the listed nodes, in the listed order") {
    const graph g = nettest::reference_graph();
    const std::array<std::size_t, 4> nodes{3, 1, 2, 4};
    const graph h = g.subgraph(nodes);
    // reference.py: G.subgraph([3, 1, 2, 4]) has 4 edges of total weight 7.5
    // (b-c 4, b-d 0.5, c-d 1, d-e 2).
    CHECK(h.node_count() == 4);
    CHECK(h.edge_count() == ref::subgraph_3124_edges);
    CHECK(h.total_weight() == ref::subgraph_3124_total_weight);
    CHECK(h.labels() == std::vector<std::string>{"d", "b", "c", "e"});
    CHECK(h.weight(1, 2) == 4.0);  // b - c
    CHECK(h.weight(0, 3) == 2.0);  // d - e
    CHECK(h.weight(1, 3) == 0.0);  // b, e not adjacent
    graph with_internal({"a", "b"});
    with_internal.add_internal(1, 3.0);
    CHECK(with_internal.subgraph(std::vector<std::size_t>{1}).internal(0) == 3.0);
    CHECK(g.subgraph(std::vector<std::size_t>{}).node_count() == 0);
    // Unlabelled stays unlabelled.
    graph u(4);
    u.add_edge(0, 3, 2.0);
    const graph us = u.subgraph(std::vector<std::size_t>{3, 0});
    CHECK(!us.labelled());
    CHECK(us.weight(0, 1) == 2.0);
    CHECK(message_of([&] { (void)g.subgraph(std::vector<std::size_t>{1, 10}); }) ==
          "ineq::graph::subgraph: no such node (index 10, value 10)");
    CHECK(message_of([&] { (void)g.subgraph(std::vector<std::size_t>{1, 2, 1}); }) ==
          "ineq::graph::subgraph: a node is listed twice (index 2, value 1)");
}

TEST_CASE("adjacency_list: rows ascend without sorting, whatever order edges were added in") {
    // Edges added from the largest pair down; every row must still list neighbours in
    // ascending order (checked against the sorted list of each node's neighbours).
    graph g(6);
    g.add_edge(5, 4);
    g.add_edge(5, 0);
    g.add_edge(3, 1);
    g.add_edge(2, 5);
    g.add_edge(0, 3);
    g.add_edge(1, 5);
    const adjacency_list a(g);
    const std::vector<std::vector<std::size_t>> want{{3, 5}, {3, 5}, {5}, {0, 1}, {5}, {0, 1, 2, 4}};
    for (std::size_t i = 0; i < 6; ++i) {
        CAPTURE(i);
        const auto nb = a.neighbors(i);
        CHECK(std::vector<std::size_t>(nb.begin(), nb.end()) == want[i]);
    }
    CHECK(message_of([&] { (void)a.neighbors(6); }) == "ineq::adjacency_list::neighbors: no such node (index 6, value 6)");
}

TEST_CASE("adjacency_input: graphs and adjacency lists, not numbers or strings") {
    static_assert(ineq::network::adjacency_input<graph>);
    static_assert(ineq::network::adjacency_input<adjacency_list>);
    static_assert(!ineq::network::adjacency_input<int>);
    static_assert(!ineq::network::adjacency_input<std::string>);
    static_assert(!ineq::network::adjacency_input<std::vector<double>>);
}
