// Betweenness on several threads: bitwise the one-thread result, and still the reference
// values. The sources are summed in fixed blocks whatever the thread count, so the
// comparisons between thread counts are exact (==), not approximate.
#include <ineq/network/paths.hpp>

#include "helpers.hpp"
#include "reference_values.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <vector>

namespace net = ineq::network;
using net::betweenness_scaling;
using net::edge_weights;

namespace {

// A seeded random graph with integer weights 1..4 (splitmix64, as the other network tests).
net::graph seeded(std::size_t n, std::size_t m, std::uint64_t seed) {
    net::graph g;
    for (std::size_t i = 0; i < n; ++i) {
        g.add_node(std::to_string(i));
    }
    nettest::splitmix64 rng{seed};
    while (g.edge_count() < m) {
        const auto a = static_cast<std::size_t>(rng.next() % n);
        const auto b = static_cast<std::size_t>(rng.next() % n);
        if (a != b) {
            g.add_edge(a, b, static_cast<double>(1 + rng.next() % 4));
        }
    }
    return g;
}

}  // namespace

TEST_CASE("betweenness on 1, 2, 3 and 0 (all) threads: bitwise identical") {
    for (const std::uint64_t seed : {1U, 2U, 3U}) {
        const net::adjacency_list g(seeded(400, 1200, seed));
        for (const auto d : {edge_weights::ignore, edge_weights::strength, edge_weights::distance}) {
            const auto one = net::betweenness(g, d, betweenness_scaling::raw, 1);
            CHECK(net::betweenness(g, d) == one);  // the default is one thread
            for (const unsigned t : {2U, 3U, 0U, 40U}) {
                CAPTURE(seed);
                CAPTURE(t);
                CHECK(net::betweenness(g, d, betweenness_scaling::raw, t) == one);
            }
            const auto norm = net::betweenness(g, d, betweenness_scaling::normalized, 1);
            CHECK(net::betweenness(g, d, betweenness_scaling::normalized, 3) == norm);
        }
    }
}

TEST_CASE("betweenness on threads: reference values of networkx 2.8 (tests/network/reference.py)") {
    const net::adjacency_list g = nettest::random300();
    for (const unsigned t : {1U, 2U, 3U}) {
        nettest::check_close(net::betweenness(g, edge_weights::strength, betweenness_scaling::raw, t),
                             ref::random300_betweenness_inv, 1e-10);
    }
}

TEST_CASE("betweenness on threads: graphs with fewer nodes than blocks, and errors") {
    const auto g = nettest::path4();
    // a - b - c - d: b and c each lie on 2 of the 6 pairs.
    CHECK(net::betweenness(g, edge_weights::ignore, betweenness_scaling::raw, 3) == std::vector<double>{0, 2, 2, 0});
    const net::graph empty;
    CHECK(net::betweenness(empty, edge_weights::ignore, betweenness_scaling::raw, 2).empty());
    // A weight whose length overflows is reported before any thread starts.
    const auto bad = nettest::make(3, {{0, 1, 1e-308}, {1, 2, 1}});
    CHECK_THROWS_AS((void)net::betweenness(bad, edge_weights::strength, betweenness_scaling::raw, 2),
                    ineq::domain_error);
}
