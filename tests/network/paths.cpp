#include <ineq/network/paths.hpp>

#include "network/helpers.hpp"
#include "network/reference_values.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

namespace net = ineq::network;
using doctest::Approx;
using net::closeness_scaling;
using net::betweenness_scaling;
using net::edge_weights;
using nettest::check_close;
using nettest::message_of;

TEST_CASE("path a-b-c-d, by hand") {
    const auto g = nettest::path4();
    // b is inside the shortest paths a-c and a-d; c inside a-d and b-d.
    check_close(net::betweenness(g), {0, 2, 2, 0});
    // 2 * 2 / ((n - 1)(n - 2)) = 4 / 6
    check_close(net::betweenness(g, edge_weights::ignore, betweenness_scaling::normalized), {0, 2.0 / 3, 2.0 / 3, 0});
    // a: distances 1 + 2 + 3 = 6, so 3 / 6; b: 1 + 1 + 2 = 4, so 3 / 4 (connected: both scalings agree).
    check_close(net::closeness(g), {0.5, 0.75, 0.75, 0.5});
    check_close(net::closeness(g, edge_weights::ignore, closeness_scaling::reachable_only), {0.5, 0.75, 0.75, 0.5});
}

TEST_CASE("star with 4 leaves, by hand") {
    const auto g = nettest::star5();
    // The centre lies on the single shortest path of all C(4, 2) = 6 leaf pairs.
    check_close(net::betweenness(g), {6, 0, 0, 0, 0});
    check_close(net::betweenness(g, edge_weights::ignore, betweenness_scaling::normalized), {1, 0, 0, 0, 0});
    // centre: 4 / 4; leaf: distances 1 + 2 + 2 + 2 = 7, so 4 / 7.
    check_close(net::closeness(g), {1.0, 4.0 / 7, 4.0 / 7, 4.0 / 7, 4.0 / 7});
}

TEST_CASE("triangle with a pendant, by hand") {
    const auto g = nettest::triangle_pendant();
    // c is on the only shortest paths a-d and b-d.
    check_close(net::betweenness(g), {0, 0, 2, 0});
    // a: 1 + 1 + 2 = 4 -> 3/4; c: 1 + 1 + 1 -> 1; d: 1 + 2 + 2 = 5 -> 3/5.
    check_close(net::closeness(g), {0.75, 0.75, 1.0, 0.6});
}

TEST_CASE("two components and an isolate, by hand") {
    const auto g = nettest::two_components_isolate();
    check_close(net::betweenness(g), {0, 0, 0, 0, 0, 0});
    // Triangle node: r = 3 reached (itself included), D = 2, so (2/2) * (2/5) = 0.4 under
    // Wasserman-Faust and 2/2 = 1 reachable-only; edge node: (1/1) * (1/5) and 1; isolate: 0.
    check_close(net::closeness(g), {0.4, 0.4, 0.4, 0.2, 0.2, 0.0});
    check_close(net::closeness(g, edge_weights::ignore, closeness_scaling::reachable_only),
                {1, 1, 1, 1, 1, 0});
}

TEST_CASE("ties: two shortest paths share the dependency equally") {
    // Square a-b-c-d-a: a and c are joined through b and through d, so each gets 1/2 of
    // the pair {a, c}; likewise {b, d}.
    const auto g = nettest::make(4, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 0, 1}});
    check_close(net::betweenness(g), {0.5, 0.5, 0.5, 0.5});
}

TEST_CASE("weighted ties are compared with a relative tolerance (igraph), not exactly (networkx)") {
    // a-b 0.1, b-d 0.2, a-d 0.3 under distance = weight: a-b-d is 0.1 + 0.2 =
    // 0.30000000000000004 in doubles, a-d is 0.3. ineq and igraph 0.10 call it a tie and
    // give b half of the pair {a, d}; networkx 2.8 compares exactly and gives b 0:
    //   /usr/bin/python3 -c "import networkx as nx; G=nx.Graph(); G.add_edge('a','b',w=0.1);
    //     G.add_edge('b','d',w=0.2); G.add_edge('a','d',w=0.3);
    //     print(nx.betweenness_centrality(G,weight='w',normalized=False))"   -> b: 0.0
    //   /usr/bin/python3 -c "import igraph as ig; I=ig.Graph(n=3,edges=[(0,1),(1,2),(0,2)]);
    //     print(I.betweenness(weights=[0.1,0.2,0.3]))"                        -> [0.0, 0.5, 0.0]
    const auto g = nettest::make(3, {{0, 1, 0.1}, {1, 2, 0.2}, {0, 2, 0.3}});
    check_close(net::betweenness(g, edge_weights::distance), {0, 0.5, 0});
}

TEST_CASE("edge_weights: strong ties are short under strength, long under distance") {
    // a-b 4 (length 1/4 or 4), b-c 4, a-c 1 (length 1 or 1): under 1/w, a-b-c (1/2) beats
    // a-c (1), so b is between a and c; under w, a-c (1) beats a-b-c (8); by hops a-c wins.
    const auto g = nettest::make(3, {{0, 1, 4}, {1, 2, 4}, {0, 2, 1}});
    check_close(net::betweenness(g, edge_weights::strength), {0, 1, 0});
    check_close(net::betweenness(g, edge_weights::distance), {0, 0, 0});
    check_close(net::betweenness(g), {0, 0, 0});
    // closeness of a under 1/w: distances 1/4 and 1/2, so 2 / 0.75.
    CHECK(net::closeness(g, edge_weights::strength)[0] == Approx(2.0 / 0.75));
}

TEST_CASE("reference graph against networkx 2.8 and igraph 0.10 (tests/network/reference.py)") {
    const net::adjacency_list g = nettest::reference_graph();
    check_close(net::betweenness(g), ref::betweenness_hops);
    check_close(net::betweenness(g), ref::ig_betweenness_hops);
    check_close(net::betweenness(g, edge_weights::ignore, betweenness_scaling::normalized), ref::betweenness_hops_normalized);
    check_close(net::betweenness(g, edge_weights::strength), ref::betweenness_inv);
    check_close(net::betweenness(g, edge_weights::strength), ref::ig_betweenness_inv);
    check_close(net::betweenness(g, edge_weights::strength, betweenness_scaling::normalized), ref::betweenness_inv_normalized);
    check_close(net::betweenness(g, edge_weights::distance), ref::betweenness_weight);
    check_close(net::betweenness(g, edge_weights::distance), ref::ig_betweenness_weight);
    check_close(net::betweenness(g, edge_weights::distance, betweenness_scaling::normalized), ref::betweenness_weight_normalized);

    check_close(net::closeness(g), ref::closeness_hops_wf);
    check_close(net::closeness(g, edge_weights::strength), ref::closeness_inv_wf);
    check_close(net::closeness(g, edge_weights::distance), ref::closeness_weight_wf);
    // igraph gives NaN for the isolate j; ineq gives 0 (documented), so compare a..i.
    const auto ig_cmp = [](std::vector<double> got, std::vector<double> want) {
        CHECK(got.back() == 0.0);
        CHECK(std::isnan(want.back()));
        got.pop_back();
        want.pop_back();
        check_close(got, want);
    };
    ig_cmp(net::closeness(g, edge_weights::ignore, closeness_scaling::reachable_only),
           ref::ig_closeness_hops_reachable);
    ig_cmp(net::closeness(g, edge_weights::strength, closeness_scaling::reachable_only),
           ref::ig_closeness_inv_reachable);
    ig_cmp(net::closeness(g, edge_weights::distance, closeness_scaling::reachable_only),
           ref::ig_closeness_weight_reachable);
}

TEST_CASE("too few nodes: normalized betweenness throws; empty and single graphs") {
    const net::graph empty;
    const net::graph one({"a"});
    const auto two = nettest::make(2, {{0, 1, 1}});
    CHECK(net::betweenness(empty).empty());
    CHECK(net::closeness(empty).empty());
    check_close(net::betweenness(one), {0});
    check_close(net::closeness(one), {0});
    check_close(net::betweenness(two), {0, 0});
    check_close(net::closeness(two), {1, 1});
    CHECK(message_of([&] { (void)net::betweenness(two, edge_weights::ignore, betweenness_scaling::normalized); }) ==
          "ineq::betweenness: normalized betweenness needs at least three nodes (got 2)");
}

TEST_CASE("300-node weighted random graph against networkx 2.8 (tests/network/reference.py)") {
    // Exercises the heap (decrease-key) and tie handling on many equal-length paths.
    const net::adjacency_list g = nettest::random300();
    check_close(net::betweenness(g, edge_weights::strength), ref::random300_betweenness_inv, 1e-10);
    check_close(net::closeness(g, edge_weights::strength), ref::random300_closeness_inv, 1e-12);
}

TEST_CASE("10,000 nodes, 50,000 edges: sum of betweenness = sum over pairs of (d - 1)") {
    // Optimised builds (NDEBUG) use the full 10,000-node, 50,000-edge graph; sanitizer
    // debug builds a 2,000-node, 10,000-edge one of the same kind (same code path, 25x
    // less work). Not timed: speed is the benchmarks' business.
    // For unweighted graphs, sum_v B(v) = sum over connected unordered pairs {s, t} of the
    // number of inner nodes of a shortest s-t path, d(s, t) - 1 (each path's inner nodes
    // share the pair's unit of dependency). The right side is computed here with a plain
    // BFS, independent of ineq's code.
#ifdef NDEBUG
    constexpr std::size_t n = 10000;
    constexpr std::size_t m = 50000;
#else
    constexpr std::size_t n = 2000;
    constexpr std::size_t m = 10000;
#endif
    net::graph g;
    for (std::size_t i = 0; i < n; ++i) {
        g.add_node(std::to_string(i));
    }
    nettest::splitmix64 rng{20261126};
    while (g.edge_count() < m) {
        const auto a = static_cast<std::size_t>(rng.next() % n);
        const auto b = static_cast<std::size_t>(rng.next() % n);
        if (a != b) {
            g.add_edge(a, b, 1.0);
        }
    }
    const net::adjacency_list view(g);
    const auto bc = net::betweenness(view);
    double total = 0.0;
    for (const double v : bc) {
        total += v;
    }

    std::vector<std::vector<std::size_t>> adj(n);
    for (const auto& e : g.edges()) {
        adj[e.source].push_back(e.target);
        adj[e.target].push_back(e.source);
    }
    std::vector<long> dist(n);
    std::vector<std::size_t> queue;
    long long inner = 0;  // sum over ordered pairs of (d - 1)
    for (std::size_t s = 0; s < n; ++s) {
        std::fill(dist.begin(), dist.end(), -1L);
        queue.assign(1, s);
        dist[s] = 0;
        for (std::size_t h = 0; h < queue.size(); ++h) {
            const std::size_t v = queue[h];
            for (const std::size_t w : adj[v]) {
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                    inner += dist[w] - 1;
                }
            }
        }
    }
    CHECK(total == Approx(static_cast<double>(inner) / 2.0).epsilon(1e-9));
    CHECK(total > static_cast<double>(n) * 10.0);  // the property is not trivially 0 = 0
}

TEST_CASE("shortest paths: lengths that could overflow are reported, not read as unreachable") {
    // b - a - c: a lies on the one shortest path between b and c.
    net::graph g;
    g.add_edge("b", "a", 1e308);
    g.add_edge("a", "c", 1e308);
    CHECK_THROWS_AS((void)net::betweenness(g, edge_weights::distance), ineq::domain_error);
    CHECK_THROWS_AS((void)net::closeness(g, edge_weights::distance), ineq::domain_error);
    // 1 / 1e-320 is infinite.
    net::graph tiny;
    tiny.add_edge("b", "a", 1e-320);
    tiny.add_edge("a", "c", 1e-320);
    CHECK_THROWS_AS((void)net::betweenness(tiny, edge_weights::strength), ineq::domain_error);
    // Hops ignore the weights: a carries the one pair, betweenness 1.
    CHECK(net::betweenness(g, edge_weights::ignore)[1] == 1.0);  // nodes b = 0, a = 1, c = 2
}

TEST_CASE("closeness: inverse_total is igraph's default 1 / D") {
    // Path a - b - c by hand: D(a) = 1 + 2 = 3, D(b) = 2.
    const auto p = nettest::make(3, {{0, 1, 1}, {1, 2, 1}});
    check_close(net::closeness(p, edge_weights::ignore, closeness_scaling::inverse_total), {1.0 / 3, 0.5, 1.0 / 3});
    // reference.py: igraph closeness(normalized=False); igraph gives NaN for the isolate j, ineq 0.
    const auto g = nettest::reference_graph();
    const std::vector<std::pair<edge_weights, const std::vector<double>*>> cases{
        {edge_weights::ignore, &ref::ig_closeness_hops_inverse_total},
        {edge_weights::strength, &ref::ig_closeness_inv_inverse_total},
        {edge_weights::distance, &ref::ig_closeness_weight_inverse_total}};
    for (const auto& [w, want] : cases) {
        auto got = net::closeness(g, w, closeness_scaling::inverse_total);
        CHECK(got.back() == 0.0);
        CHECK(std::isnan(want->back()));
        got.pop_back();
        check_close(got, std::vector<double>(want->begin(), want->end() - 1));
    }
}

TEST_CASE("paths: enumeration values outside the enumeration are rejected") {
    const auto g = nettest::path4();
    CHECK(message_of([&] { (void)net::betweenness(g, static_cast<edge_weights>(7)); }) ==
          "ineq::betweenness: unknown edge_weights value (got 7)");
    CHECK(message_of([&] { (void)net::closeness(g, static_cast<edge_weights>(3)); }) ==
          "ineq::closeness: unknown edge_weights value (got 3)");
    CHECK(message_of([&] { (void)net::betweenness(g, edge_weights::ignore, static_cast<betweenness_scaling>(2)); }) ==
          "ineq::betweenness: unknown betweenness_scaling value (got 2)");
    CHECK(message_of([&] { (void)net::closeness(g, edge_weights::ignore, static_cast<closeness_scaling>(3)); }) ==
          "ineq::closeness: unknown closeness_scaling value (got 3)");
    // raw is the default.
    CHECK(net::betweenness(g, edge_weights::ignore, betweenness_scaling::raw) == net::betweenness(g));
}
