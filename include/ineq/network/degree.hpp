#ifndef INEQ_NETWORK_DEGREE_HPP
#define INEQ_NETWORK_DEGREE_HPP

/// \file
/// Whole-graph size and cohesion (density, connected components) and the degree family
/// (degree, strength, degree centrality, Freeman degree centralization). Every function
/// takes an `adjacency_list`, so a `graph`, an `Eigen::MatrixXd` or an
/// `Eigen::SparseMatrix<double>` may be passed directly. Self-loops never count: internal
/// weight is a node attribute of `graph`, not an edge.
///
/// Per-node results are indexed by node; an empty graph gives an empty vector.
/// Conventions match networkx 2.8 (`nx.density`, `nx.degree_centrality`,
/// `nx.connected_components`) and igraph 0.10 (`Graph.strength`,
/// `igraph_centralization_degree` with `loops = false`).

#include <ineq/error.hpp>
#include <ineq/network/graph.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace ineq::network {

/// Density, 2m / (n (n - 1)): the share of the n (n - 1) / 2 possible pairs that are
/// linked; edge weights are ignored.
/// \throws domain_error if the graph has fewer than two nodes (networkx returns 0 there;
/// the ratio is 0 / 0).
/// Example: a triangle with a pendant (4 nodes, 4 edges) has density 8 / 12 = 2/3.
[[nodiscard]] inline double density(const adjacency_list& g) {
    const auto n = static_cast<double>(g.node_count());
    if (g.node_count() < 2) {
        ineq::detail::fail_got("density", "needs at least two nodes", n);
    }
    return 2.0 * static_cast<double>(g.edge_count()) / (n * (n - 1.0));
}

/// Number of neighbours of every node (edge weights ignored).
/// Example: the centre of a star with 4 leaves has degree 4.
[[nodiscard]] inline std::vector<double> degree(const adjacency_list& g) {
    std::vector<double> out(g.node_count());
    for (std::size_t i = 0; i < g.node_count(); ++i) {
        out[i] = static_cast<double>(g.degree(i));
    }
    return out;
}

/// Strength (weighted degree): the sum of the weights of every node's edges; the
/// internal weight is not included.
/// Example: a node with edges of weight 2 and 3 has strength 5.
[[nodiscard]] inline std::vector<double> strength(const adjacency_list& g) {
    std::vector<double> out(g.node_count());
    for (std::size_t i = 0; i < g.node_count(); ++i) {
        double s = 0.0;
        for (const double w : g.weights(i)) {
            s += w;
        }
        if (!std::isfinite(s)) {
            ineq::detail::fail("strength", "the edge weights of a node sum beyond the range of double", i, s);
        }
        out[i] = s;
    }
    return out;
}

/// Degree centrality, degree / (n - 1), as networkx's `degree_centrality`.
/// \throws domain_error if the graph has fewer than two nodes (networkx returns 1 for
/// one node; the ratio is 0 / 0).
/// Example: in a star with 4 leaves the centre has 1, each leaf 1/4.
[[nodiscard]] inline std::vector<double> degree_centrality(const adjacency_list& g) {
    if (g.node_count() < 2) {
        ineq::detail::fail_got("degree_centrality", "needs at least two nodes",
                               static_cast<double>(g.node_count()));
    }
    auto out = degree(g);
    const auto scale = 1.0 / static_cast<double>(g.node_count() - 1);
    for (double& v : out) {
        v *= scale;
    }
    return out;
}

/// Freeman's degree centralization, sum_i (d_max - d_i) / ((n - 1)(n - 2)): 1 for a
/// star, 0 for a regular graph. The denominator is the value of the numerator in the
/// star on n nodes, the most centralized simple graph (igraph's
/// `centralization_degree(normalized = true, loops = false)`).
/// \throws domain_error if the graph has fewer than three nodes (the denominator is 0).
/// Example: a path on 4 nodes has degrees 1, 2, 2, 1, so (1 + 0 + 0 + 1) / 6 = 1/3.
[[nodiscard]] inline double degree_centralization(const adjacency_list& g) {
    const std::size_t n = g.node_count();
    if (n < 3) {
        ineq::detail::fail_got("degree_centralization", "needs at least three nodes",
                               static_cast<double>(n));
    }
    std::size_t max_d = 0;
    for (std::size_t i = 0; i < n; ++i) {
        max_d = std::max(max_d, g.degree(i));
    }
    std::size_t sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sum += max_d - g.degree(i);
    }
    return static_cast<double>(sum) / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
}

/// Connected components: `component[i]` is the component of node i, numbered 0, 1, ...
/// in order of each component's smallest node index; an isolate is a component of its
/// own. `count` is the number of components (0 for an empty graph).
struct components_result {
    std::vector<std::size_t> component;
    std::size_t count = 0;
};

/// Connected components by breadth-first search, in O(n + m).
/// Example: two triangles and an isolate give count 3.
[[nodiscard]] inline components_result connected_components(const adjacency_list& g) {
    constexpr auto unset = static_cast<std::size_t>(-1);
    components_result r;
    r.component.assign(g.node_count(), unset);
    std::vector<std::size_t> queue;
    queue.reserve(g.node_count());
    for (std::size_t s = 0; s < g.node_count(); ++s) {
        if (r.component[s] != unset) {
            continue;
        }
        queue.clear();
        queue.push_back(s);
        r.component[s] = r.count;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            for (const std::size_t v : g.neighbors(queue[head])) {
                if (r.component[v] == unset) {
                    r.component[v] = r.count;
                    queue.push_back(v);
                }
            }
        }
        ++r.count;
    }
    return r;
}

}  // namespace ineq::network

#endif
