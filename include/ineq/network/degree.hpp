#ifndef INEQ_NETWORK_DEGREE_HPP
#define INEQ_NETWORK_DEGREE_HPP

/// \file
/// Whole-graph size and cohesion (density, connected components) and the degree family
/// (degree, strength, degree centrality, Freeman degree centralization). Every function
/// takes an `adjacency_input`: a `graph`, an `adjacency_list`, or (with
/// `<ineq/network/matrix.hpp>`) an Eigen matrix. Self-loops never count: internal weight is
/// a node attribute of `graph`, not an edge.
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
template <adjacency_input G>
[[nodiscard]] double density(const G& network) {
    const adjacency_list& g = network;  // no copy when `network` is an adjacency_list
    const auto n = static_cast<double>(g.node_count());
    if (g.node_count() < 2) {
        ineq::detail::fail_got("density", "needs at least two nodes", n);
    }
    return 2.0 * static_cast<double>(g.edge_count()) / (n * (n - 1.0));
}

/// Number of neighbours of every node (edge weights ignored).
/// Example: the centre of a star with 4 leaves has degree 4.
template <adjacency_input G>
[[nodiscard]] std::vector<double> degree(const G& network) {
    const adjacency_list& g = network;  // no copy when `network` is an adjacency_list
    std::vector<double> out(g.node_count());
    for (std::size_t i = 0; i < g.node_count(); ++i) {
        out[i] = static_cast<double>(g.degree(i));
    }
    return out;
}

/// Strength (weighted degree): the sum of the weights of every node's edges; the
/// internal weight is not included.
/// Example: a node with edges of weight 2 and 3 has strength 5.
template <adjacency_input G>
[[nodiscard]] std::vector<double> strength(const G& network) {
    const adjacency_list& g = network;  // no copy when `network` is an adjacency_list
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
template <adjacency_input G>
[[nodiscard]] std::vector<double> degree_centrality(const G& network) {
    const adjacency_list& g = network;  // no copy when `network` is an adjacency_list
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
template <adjacency_input G>
[[nodiscard]] double degree_centralization(const G& network) {
    const adjacency_list& g = network;  // no copy when `network` is an adjacency_list
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

    /// The nodes of component `c`, ascending.
    /// \throws domain_error if `c` is not below `count`.
    /// Example: for two triangles and an isolate, `nodes(2)` is the isolate alone.
    [[nodiscard]] std::vector<std::size_t> nodes(std::size_t c) const {
        if (c >= count) {
            ineq::detail::fail("components_result::nodes", "no such component", c, static_cast<double>(c));
        }
        std::vector<std::size_t> out;
        for (std::size_t i = 0; i < component.size(); ++i) {
            if (component[i] == c) {
                out.push_back(i);
            }
        }
        return out;
    }

    /// The component with the most nodes; on a tie the one with the smallest number
    /// (the one holding the smallest node index).
    /// \throws domain_error if there is no component (an empty graph).
    /// Example: for a triangle a, b, c plus the edge d - e, 0 (the triangle).
    [[nodiscard]] std::size_t largest() const {
        if (count == 0) {
            ineq::detail::fail("components_result::largest", "an empty graph has no component");
        }
        std::vector<std::size_t> size(count, 0);
        for (const std::size_t c : component) {
            ++size[c];
        }
        return static_cast<std::size_t>(std::max_element(size.begin(), size.end()) - size.begin());
    }
};

/// Connected components by breadth-first search, in O(n + m).
/// Example: two triangles and an isolate give count 3.
template <adjacency_input G>
[[nodiscard]] components_result connected_components(const G& network) {
    const adjacency_list& g = network;  // no copy when `network` is an adjacency_list
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

/// The largest connected component as a graph (the "giant component"): the subgraph
/// induced by `connected_components(g).nodes(largest())`, nodes in ascending index
/// order with their labels and internal weights. On a tie in size, the component holding
/// the smallest node index. An empty graph gives an empty graph.
/// Example: for a triangle a, b, c plus an edge d - e, the triangle with labels a, b, c.
[[nodiscard]] inline graph largest_component(const graph& g) {
    if (g.node_count() == 0) {
        return g;
    }
    const auto comps = connected_components(g);
    return g.subgraph(comps.nodes(comps.largest()));
}

}  // namespace ineq::network

#endif
