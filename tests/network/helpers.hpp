#pragma once
// Shared by the tests in tests/network: small graphs and comparison helpers.

#include <ineq/error.hpp>
#include <ineq/network/graph.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nettest {

using ineq_test::message_of;

inline ineq::network::graph make(std::size_t n,
                                 std::initializer_list<ineq::network::edge> edges) {
    std::vector<std::string> labels;
    for (std::size_t i = 0; i < n; ++i) {
        labels.push_back(std::string(1, static_cast<char>('a' + i)));
    }
    ineq::network::graph g(labels);
    for (const auto& e : edges) {
        g.add_edge(e.source, e.target, e.weight);
    }
    return g;
}

/// a - b - c - d
inline ineq::network::graph path4() { return make(4, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}}); }
/// centre a, leaves b..e
inline ineq::network::graph star5() {
    return make(5, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {0, 4, 1}});
}
/// triangle a b c, pendant d on c
inline ineq::network::graph triangle_pendant() {
    return make(4, {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {2, 3, 1}});
}
/// triangle a b c, edge d - e, isolate f
inline ineq::network::graph two_components_isolate() {
    return make(6, {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {3, 4, 1}});
}
/// The graph of reference.py: two components and an isolate, weighted.
inline ineq::network::graph reference_graph() {
    return make(10, {{0, 1, 2.0}, {0, 2, 1.0}, {1, 2, 4.0}, {1, 3, 0.5}, {2, 3, 1.0}, {3, 4, 2.0},
                     {4, 5, 1.0}, {6, 7, 4.0}, {7, 8, 1.0}});
}

inline void check_close(const std::vector<double>& got, const std::vector<double>& want,
                        double eps = 1e-12) {
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        CAPTURE(i);
        CHECK(got[i] == doctest::Approx(want[i]).epsilon(eps));
    }
}

/// NaN in `want` (networkx's "undefined") must be std::nullopt in `got`.
inline void check_close(const std::vector<std::optional<double>>& got,
                        const std::vector<double>& want, double eps = 1e-12) {
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        CAPTURE(i);
        if (std::isnan(want[i])) {
            CHECK(!got[i].has_value());
        } else {
            REQUIRE(got[i].has_value());
            CHECK(*got[i] == doctest::Approx(want[i]).epsilon(eps));
        }
    }
}

}  // namespace nettest

namespace nettest {

/// splitmix64: a fixed, portable generator (std distributions differ between libraries).
struct splitmix64 {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31U);
    }
};

/// reference.py's 300-node graph: 1200 edges drawn with splitmix64(2026), weights from
/// {1, 2, 4, 8}.
inline ineq::network::graph random300() {
    ineq::network::graph g;
    for (int i = 0; i < 300; ++i) {
        g.add_node(std::to_string(i));
    }
    splitmix64 rng{2026};
    constexpr double weights[] = {1.0, 2.0, 4.0, 8.0};
    while (g.edge_count() < 1200) {
        const auto a = static_cast<std::size_t>(rng.next() % 300);
        const auto b = static_cast<std::size_t>(rng.next() % 300);
        const double w = weights[rng.next() % 4];
        if (a != b && g.weight(a, b) == 0.0) {
            g.add_edge(a, b, w);
        }
    }
    return g;
}

}  // namespace nettest
