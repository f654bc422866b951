#include <ineq/network/degree.hpp>

#include "network/helpers.hpp"
#include "network/reference_values.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace net = ineq::network;
using doctest::Approx;
using nettest::check_close;
using nettest::message_of;

TEST_CASE("path a-b-c-d, by hand") {
    const auto g = nettest::path4();
    // 3 edges of 4 * 3 / 2 = 6 pairs.
    CHECK(net::density(g) == Approx(0.5));
    check_close(net::degree(g), {1, 2, 2, 1});
    check_close(net::strength(g), {1, 2, 2, 1});
    // degree / (n - 1) = degree / 3
    check_close(net::degree_centrality(g), {1.0 / 3, 2.0 / 3, 2.0 / 3, 1.0 / 3});
    // d_max = 2: (1 + 0 + 0 + 1) / ((n - 1)(n - 2)) = 2 / 6
    CHECK(net::degree_centralization(g) == Approx(1.0 / 3));
    CHECK(net::connected_components(g).count == 1);
}

TEST_CASE("star with 4 leaves, by hand") {
    const auto g = nettest::star5();
    // 4 edges of 10 pairs.
    CHECK(net::density(g) == Approx(0.4));
    check_close(net::degree_centrality(g), {1.0, 0.25, 0.25, 0.25, 0.25});
    // The star is the most centralized graph: (4 * (4 - 1)) / (4 * 3) = 1.
    CHECK(net::degree_centralization(g) == Approx(1.0));
}

TEST_CASE("triangle with a pendant, by hand") {
    const auto g = nettest::triangle_pendant();
    // 4 edges of 6 pairs.
    CHECK(net::density(g) == Approx(2.0 / 3));
    check_close(net::degree(g), {2, 2, 3, 1});
    // d_max = 3 at c: (1 + 1 + 0 + 2) / (3 * 2)
    CHECK(net::degree_centralization(g) == Approx(2.0 / 3));
}

TEST_CASE("two components and an isolate, by hand") {
    const auto g = nettest::two_components_isolate();
    // 4 edges of 15 pairs.
    CHECK(net::density(g) == Approx(4.0 / 15));
    const auto cc = net::connected_components(g);
    CHECK(cc.count == 3);
    CHECK(cc.component == std::vector<std::size_t>{0, 0, 0, 1, 1, 2});
    check_close(net::degree(g), {2, 2, 2, 1, 1, 0});
    check_close(net::degree_centrality(g), {0.4, 0.4, 0.4, 0.2, 0.2, 0.0});
    // d_max = 2: (0 + 0 + 0 + 1 + 1 + 2) / (5 * 4)
    CHECK(net::degree_centralization(g) == Approx(0.2));
}

TEST_CASE("weights: strength sums weights, degree and density ignore them") {
    net::graph g({"a", "b", "c"});
    g.add_edge(0, 1, 2.0);
    g.add_edge(0, 2, 3.0);
    g.add_edge(0, 2, 1.0);
    g.add_internal(0, 100.0);  // internal cooperation is not strength
    check_close(net::strength(g), {6.0, 2.0, 4.0});
    check_close(net::degree(g), {2.0, 1.0, 1.0});
    CHECK(net::density(g) == Approx(2.0 / 3));
}

TEST_CASE("reference graph against networkx 2.8 / igraph 0.10 (tests/network/reference.py)") {
    const auto g = nettest::reference_graph();
    CHECK(net::density(g) == Approx(ref::density));
    CHECK(net::connected_components(g).count == ref::components);
    CHECK(net::connected_components(g).component ==
          std::vector<std::size_t>{0, 0, 0, 0, 0, 0, 1, 1, 1, 2});
    check_close(net::degree(g), ref::degree);
    check_close(net::strength(g), ref::strength);
    check_close(net::strength(g), ref::ig_strength);
    check_close(net::degree_centrality(g), ref::degree_centrality);
    CHECK(net::degree_centralization(g) == Approx(ref::degree_centralization));
}

TEST_CASE("too few nodes throw; an empty graph gives empty per-node results") {
    const net::graph empty;
    const net::graph one({"a"});
    const net::graph two({"a", "b"});
    CHECK(message_of([&] { (void)net::density(empty); }) ==
          "ineq::density: needs at least two nodes (got 0)");
    CHECK(message_of([&] { (void)net::density(one); }).find("at least two") != std::string::npos);
    CHECK(net::density(two) == 0.0);
    CHECK(message_of([&] { (void)net::degree_centrality(one); }).find("at least two") != std::string::npos);
    CHECK(message_of([&] { (void)net::degree_centralization(two); }).find("at least three") !=
          std::string::npos);
    CHECK(net::degree(empty).empty());
    CHECK(net::strength(empty).empty());
    CHECK(net::connected_components(empty).count == 0);
    CHECK(net::connected_components(one).count == 1);
}

TEST_CASE("strength: a node whose weights sum beyond DBL_MAX is reported") {
    net::graph g;
    g.add_edge("a", "b", 1e308);
    g.add_edge("a", "c", 1e308);
    CHECK_THROWS_AS((void)net::strength(g), ineq::domain_error);
}

TEST_CASE("components: the nodes of a component, the largest one, and it as a graph") {
    // reference.py: sorted(max(nx.connected_components(G), key=len)) is a..f.
    const auto g = nettest::reference_graph();
    const auto cc = net::connected_components(g);
    CHECK(cc.nodes(cc.largest()) == ref::largest_component);
    CHECK(cc.nodes(1) == std::vector<std::size_t>{6, 7, 8});
    CHECK(cc.nodes(2) == std::vector<std::size_t>{9});
    CHECK(message_of([&] { (void)cc.nodes(3); }) ==
          "ineq::components_result::nodes: no such component (index 3, value 3)");
    const net::graph giant = net::largest_component(g);
    CHECK(giant.labels() == std::vector<std::string>{"a", "b", "c", "d", "e", "f"});
    CHECK(giant.edge_count() == 7);
    CHECK(giant.total_weight() == 11.5);  // by hand: 2 + 1 + 4 + 0.5 + 1 + 2 + 1
    // A tie in size goes to the component holding the smallest index.
    const auto two_pairs = nettest::make(4, {{2, 3, 1}, {0, 1, 1}});
    CHECK(net::connected_components(two_pairs).largest() == 0);
    CHECK(net::largest_component(two_pairs).labels() == std::vector<std::string>{"a", "b"});
    CHECK(net::largest_component(net::graph{}).node_count() == 0);
    CHECK(message_of([] { (void)net::connected_components(net::graph{}).largest(); }) ==
          "ineq::components_result::largest: an empty graph has no component");
}
