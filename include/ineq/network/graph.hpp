#ifndef INEQ_NETWORK_GRAPH_HPP
#define INEQ_NETWORK_GRAPH_HPP

/// \file
/// The weighted undirected cooperation graph, the read-only adjacency-list view every
/// network measure runs on, and the one vocabulary for what edge weights mean. Standard
/// library only; the Eigen conversions live in `<ineq/network/matrix.hpp>`.
///
/// - `graph` holds a per-node *internal* weight (cooperation inside one node, e.g.
///   between two applicants of one province), the weighted edges between distinct nodes
///   and, unless it was made unlabelled (`graph(n)`, or from a matrix), node labels
///   (UTF-8 strings, unique). Self-loops are not edges: `add_edge(i, i, w)` throws and
///   internal cooperation goes to `add_internal`. Adding an edge twice sums the weights.
///   An edge exists while its total weight is positive, so weight 0 adds nothing (a zero
///   entry of an adjacency matrix means "no edge" too).
/// - `adjacency_list` is a compressed (CSR) neighbour list built once from a `graph` (or,
///   with `<ineq/network/matrix.hpp>`, from a dense or sparse Eigen matrix). Every
///   measure is a template over `adjacency_input`, the types that convert to it, so a
///   measure takes any of them. Build it once yourself when you compute several measures
///   on a large graph.
/// - `edge_weights` says what a weight means to a measure: `ignore`, `strength` (a tie
///   strength: more is closer) or `distance` (a length). Each measure lists the values it
///   accepts and throws `ineq::domain_error` for the others.
///
/// Node indices are positions in insertion order (`graph`) or matrix rows.

#include <ineq/error.hpp>

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ineq::network {

/// What an edge's weight means to a measure. One vocabulary for every measure:
/// - `ignore`: every edge counts as weight 1 (path lengths in hops; a 0/1 matrix for
///   eigenvector centrality; equal shares for Burt's measures);
/// - `strength`: the weight is a tie strength, e.g. a count of co-applications. Path
///   measures use length 1 / w (strong ties are short); eigenvector centrality uses w as
///   the matrix entry; Burt's measures use w for the shares p_ij.
/// - `distance`: the weight is a length (a cost, a travel time). Path measures use
///   length w; measures that need a strength (eigenvector, Burt) reject it.
/// networkx spells these `weight=None`, `weight="weight"` on strengths, and
/// `distance="weight"`; igraph `weights=None` and `weights=w` (igraph reads weights as
/// lengths in path measures and as strengths elsewhere).
enum class edge_weights : std::uint8_t { ignore, strength, distance };

namespace detail {

/// Throws unless `w` is finite and non-negative.
inline void require_weight(double w, std::string_view fn) {
    if (!std::isfinite(w) || w < 0.0) {
        ineq::detail::fail_got(fn, "weights must be finite and non-negative", w);
    }
}

/// Throws unless `w` is one of `edge_weights`' values and, when `distance_ok` is false,
/// not `edge_weights::distance`.
inline void require_edge_weights(edge_weights w, std::string_view fn, bool distance_ok) {
    switch (w) {
    case edge_weights::ignore:
    case edge_weights::strength:
        return;
    case edge_weights::distance:
        if (distance_ok) {
            return;
        }
        ineq::detail::fail(fn, "edge_weights::distance is not accepted: this measure reads weights as "
                               "tie strengths (use edge_weights::strength or edge_weights::ignore)");
    }
    ineq::detail::fail_got(fn, "unknown edge_weights value", static_cast<double>(static_cast<int>(w)));
}

[[nodiscard]] inline std::uint64_t edge_key(std::size_t i, std::size_t j) noexcept {
    if (i > j) {
        std::swap(i, j);
    }
    return (static_cast<std::uint64_t>(i) << 32U) | static_cast<std::uint64_t>(j);
}

/// Transparent hash so that `find(std::string_view)` needs no temporary string.
struct string_hash {
    using is_transparent = void;
    [[nodiscard]] std::size_t operator()(std::string_view s) const noexcept {
        return std::hash<std::string_view>{}(s);
    }
};

/// Sum of positive weights, throwing when it leaves the range of double.
[[nodiscard]] inline double checked_total(double total, std::string_view fn) {
    if (!std::isfinite(total)) {
        ineq::detail::fail_got(fn, "the edge weights sum beyond the range of double", total);
    }
    return total;
}

/// The canonical decimal text of `i` ("0", "17"), or empty when `label` is not one.
[[nodiscard]] inline std::optional<std::size_t> parse_index(std::string_view label) noexcept {
    if (label.empty() || label.size() > 19 || (label.size() > 1 && label.front() == '0')) {
        return std::nullopt;
    }
    std::size_t v = 0;
    for (const char c : label) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        v = v * 10 + static_cast<std::size_t>(c - '0');
    }
    return v;
}

struct adjacency_access;

}  // namespace detail

/// One undirected edge, `source < target`.
struct edge {
    std::size_t source;
    std::size_t target;
    double weight;
    friend bool operator==(const edge&, const edge&) = default;
};

/// Weighted undirected graph with a per-node internal weight and, optionally, labels.
class graph {
public:
    /// Largest node count (indices are packed into 32 bits in the edge table).
    static constexpr std::size_t max_nodes = std::size_t{1} << 32U;

    graph() = default;

    /// An unlabelled graph of `n` nodes and no edges: no label strings are stored;
    /// `label(i)` gives the decimal index. Adding a labelled node later names the existing
    /// nodes "0", "1", ... first.
    /// \throws domain_error if `n` is not below `max_nodes`.
    /// Example: `graph g(3); g.add_edge(0, 1);` is a path of two nodes and an isolate.
    explicit graph(std::size_t n) : n_(n) {
        if (n >= max_nodes) {
            ineq::detail::fail_got("graph", "too many nodes", static_cast<double>(n));
        }
        internal_.assign(n, 0.0);
    }

    /// A graph with the given nodes and no edges.
    /// \throws domain_error if two labels are equal.
    /// Example: `graph g({"Beijing", "Tianjin"});` has 2 nodes, 0 edges.
    explicit graph(const std::vector<std::string>& labels) {
        labels_.reserve(labels.size());
        for (const auto& l : labels) {
            if (index_.contains(std::string_view(l))) {
                ineq::detail::fail("graph", "node labels must be unique, duplicate \"" + l + "\"");
            }
            add_node(l);
        }
    }

    /// The index of the node labelled `label`, adding the node if it is new. On an
    /// unlabelled graph the existing nodes are first named by their indices.
    /// \throws domain_error if the graph already has `max_nodes - 1` nodes.
    /// Example: `g.add_node("Jiangsu")` returns the same index every time.
    std::size_t add_node(std::string_view label) {
        if (auto found = find(label)) {
            return *found;
        }
        if (n_ + 1 >= max_nodes) {
            ineq::detail::fail("graph::add_node", "too many nodes");
        }
        name_by_index();
        labels_.emplace_back(label);
        internal_.push_back(0.0);
        index_.emplace(labels_.back(), n_);
        return n_++;
    }

    /// The index of the node labelled `label`; empty if there is none. On an unlabelled
    /// graph the labels are the decimal indices ("0", "1", ...).
    [[nodiscard]] std::optional<std::size_t> find(std::string_view label) const noexcept {
        if (!labelled()) {
            const auto i = detail::parse_index(label);
            return i && *i < n_ ? i : std::nullopt;
        }
        const auto it = index_.find(label);
        if (it == index_.end()) {
            return std::nullopt;
        }
        return it->second;
    }

    /// Adds `w` to the weight of the edge {i, j} (creating it when its weight becomes
    /// positive). \throws domain_error if `i` or `j` is not a node, if `i == j` (use
    /// `add_internal`), if `w` is negative, NaN or infinite, or if the sum overflows.
    /// Example: `g.add_edge(0, 1); g.add_edge(1, 0, 2.0);` gives `g.weight(0, 1) == 3`.
    void add_edge(std::size_t i, std::size_t j, double w = 1.0) {
        constexpr std::string_view fn = "graph::add_edge";
        require_node(i, fn);
        require_node(j, fn);
        if (i == j) {
            ineq::detail::fail(fn, "self-loops are not edges; use add_internal", i, w);
        }
        detail::require_weight(w, fn);
        if (w == 0.0) {
            return;
        }
        double& total = edges_[detail::edge_key(i, j)];
        total += w;
        if (!std::isfinite(total)) {
            ineq::detail::fail_got(fn, "edge weight overflows", total);
        }
    }

    /// Adds `w` to the edge between the nodes labelled `a` and `b`, adding missing nodes.
    /// \throws domain_error as `add_edge(i, j, w)` (nothing is added then).
    void add_edge(std::string_view a, std::string_view b, double w = 1.0) {
        constexpr std::string_view fn = "graph::add_edge";
        detail::require_weight(w, fn);
        if (a == b) {
            ineq::detail::fail(fn, "self-loops are not edges; use add_internal");
        }
        const std::size_t i = add_node(a);
        add_edge(i, add_node(b), w);
    }

    /// Adds `w` to node `i`'s internal weight (cooperation inside the node).
    /// \throws domain_error if `i` is not a node or `w` is negative, NaN or infinite.
    void add_internal(std::size_t i, double w = 1.0) {
        constexpr std::string_view fn = "graph::add_internal";
        require_node(i, fn);
        detail::require_weight(w, fn);
        internal_[i] += w;
        if (!std::isfinite(internal_[i])) {
            ineq::detail::fail_got(fn, "internal weight overflows", internal_[i]);
        }
    }

    [[nodiscard]] std::size_t node_count() const noexcept { return n_; }
    /// Number of edges (unordered pairs with positive weight); self-loops never count.
    [[nodiscard]] std::size_t edge_count() const noexcept { return edges_.size(); }
    /// True unless the graph was made unlabelled (`graph(n)`, a matrix) and has nodes.
    [[nodiscard]] bool labelled() const noexcept { return labels_.size() == n_; }
    /// The stored labels by index; empty for an unlabelled graph (see `label`).
    [[nodiscard]] const std::vector<std::string>& labels() const noexcept { return labels_; }
    /// The label of node `i`: the stored one, or the decimal index on an unlabelled graph.
    /// Returned by value: keep it in a `std::string`, not a `std::string_view`.
    /// \throws domain_error if `i` is not a node.
    [[nodiscard]] std::string label(std::size_t i) const {
        require_node(i, "graph::label");
        return labelled() ? labels_[i] : std::to_string(i);
    }
    /// Internal weight of every node, by index.
    [[nodiscard]] const std::vector<double>& internal_weights() const noexcept { return internal_; }
    /// \throws domain_error if `i` is not a node.
    [[nodiscard]] double internal(std::size_t i) const {
        require_node(i, "graph::internal");
        return internal_[i];
    }
    /// Weight of the edge {i, j}; 0 if there is none or `i == j`.
    /// \throws domain_error if `i` or `j` is not a node.
    [[nodiscard]] double weight(std::size_t i, std::size_t j) const {
        require_node(i, "graph::weight");
        require_node(j, "graph::weight");
        const auto it = edges_.find(detail::edge_key(i, j));
        return it == edges_.end() ? 0.0 : it->second;
    }

    /// Total edge weight, each edge once (networkx's `G.size(weight="weight")`, the sum of
    /// igraph's `es["weight"]`); internal weights are not edges and not included.
    /// \throws domain_error if the sum leaves the range of double.
    /// Example: edges of weight 2 and 3 give 5.
    [[nodiscard]] double total_weight() const {
        double total = 0.0;
        for (const auto& e : edges()) {  // sorted order: the same sum on every platform
            total += e.weight;
        }
        return detail::checked_total(total, "graph::total_weight");
    }

    /// Every edge once, `source < target`, sorted by (source, target).
    [[nodiscard]] std::vector<edge> edges() const {
        std::vector<edge> out;
        out.reserve(edges_.size());
        for (const auto& [key, w] : edges_) {
            out.push_back({static_cast<std::size_t>(key >> 32U),
                           static_cast<std::size_t>(key & 0xFFFFFFFFU), w});
        }
        std::sort(out.begin(), out.end(), [](const edge& a, const edge& b) {
            return a.source != b.source ? a.source < b.source : a.target < b.target;
        });
        return out;
    }

    /// The subgraph induced by `nodes`: node k of the result is node `nodes[k]` here, with
    /// its label (when the graph is labelled) and internal weight, and every edge between
    /// two listed nodes keeps its weight (networkx's `G.subgraph(nodes)`, igraph's
    /// `induced_subgraph`, except that the order of `nodes` is kept). An unlabelled graph
    /// gives an unlabelled subgraph; `nodes` maps its indices back.
    /// \throws domain_error if a listed index is not a node or is listed twice.
    /// Example: `g.subgraph(std::vector<std::size_t>{2, 0})` has nodes c, a and the edge
    /// a - c if g has it.
    [[nodiscard]] graph subgraph(std::span<const std::size_t> nodes) const {
        constexpr std::string_view fn = "graph::subgraph";
        constexpr auto absent = static_cast<std::size_t>(-1);
        std::vector<std::size_t> local(n_, absent);
        for (std::size_t k = 0; k < nodes.size(); ++k) {
            require_node(nodes[k], fn);
            if (local[nodes[k]] != absent) {
                ineq::detail::fail(fn, "a node is listed twice", k, static_cast<double>(nodes[k]));
            }
            local[nodes[k]] = k;
        }
        graph out(nodes.size());
        if (labelled()) {
            std::vector<std::string> names;
            names.reserve(nodes.size());
            for (const std::size_t v : nodes) {
                names.push_back(labels_[v]);
            }
            out = graph(names);
        }
        for (std::size_t k = 0; k < nodes.size(); ++k) {
            out.internal_[k] = internal_[nodes[k]];
        }
        for (const auto& [key, w] : edges_) {
            const std::size_t a = local[static_cast<std::size_t>(key >> 32U)];
            const std::size_t b = local[static_cast<std::size_t>(key & 0xFFFFFFFFU)];
            if (a != absent && b != absent) {
                out.edges_.emplace(detail::edge_key(a, b), w);
            }
        }
        return out;
    }

private:
    void require_node(std::size_t i, std::string_view fn) const {
        if (i >= n_) {
            ineq::detail::fail(fn, "no such node", i, static_cast<double>(i));
        }
    }

    /// Names the nodes of an unlabelled graph by their indices (before a labelled node
    /// joins them).
    void name_by_index() {
        if (labelled()) {
            return;
        }
        labels_.reserve(n_ + 1);
        for (std::size_t i = 0; i < n_; ++i) {
            labels_.push_back(std::to_string(i));
            index_.emplace(labels_.back(), i);
        }
    }

    std::size_t n_ = 0;
    std::vector<std::string> labels_;
    std::vector<double> internal_;
    std::unordered_map<std::string, std::size_t, detail::string_hash, std::equal_to<>> index_;
    std::unordered_map<std::uint64_t, double> edges_;
};

class adjacency_list;

/// Customisation point: specialise `adjacency_traits<M>` with a static
/// `adjacency_list make(const M&)` to let every measure take an `M` directly.
/// `<ineq/network/matrix.hpp>` does so for dense and sparse Eigen matrices.
template <class M>
struct adjacency_traits {};

/// Read-only compressed neighbour lists (CSR): for node i, `neighbors(i)` in ascending
/// order and the matching `weights(i)`. Self-loops and internal weights are left out.
/// Converts implicitly from `graph` and from every type with an `adjacency_traits`
/// specialisation (dense and sparse Eigen matrices with `<ineq/network/matrix.hpp>`).
class adjacency_list {
public:
    adjacency_list() : offsets_(1, 0) {}

    // Implicit on purpose: the conversion is the point.
    // cppcheck-suppress noExplicitConstructor
    adjacency_list(const graph& g) : n_(g.node_count()) {  // NOLINT(google-explicit-constructor)
        std::vector<std::size_t> deg(n_, 0);
        const auto es = g.edges();
        for (const auto& e : es) {
            ++deg[e.source];
            ++deg[e.target];
        }
        offsets_.assign(n_ + 1, 0);
        for (std::size_t i = 0; i < n_; ++i) {
            offsets_[i + 1] = offsets_[i] + deg[i];
        }
        targets_.resize(offsets_[n_]);
        weights_.resize(offsets_[n_]);
        std::vector<std::size_t> pos(offsets_.begin(), offsets_.end() - 1);
        // Edges come sorted by (source, target), so row i receives its smaller neighbours
        // (as a target, by ascending source) before its larger ones (as the source, by
        // ascending target): every row is ascending as written.
        for (const auto& e : es) {
            targets_[pos[e.source]] = e.target;
            weights_[pos[e.source]++] = e.weight;
            targets_[pos[e.target]] = e.source;
            weights_[pos[e.target]++] = e.weight;
        }
    }

    template <class M>
        requires requires(const M& m) {
            { adjacency_traits<M>::make(m) } -> std::same_as<adjacency_list>;
        }
    // cppcheck-suppress noExplicitConstructor
    adjacency_list(const M& m)  // NOLINT(google-explicit-constructor)
        : adjacency_list(adjacency_traits<M>::make(m)) {}

    [[nodiscard]] std::size_t node_count() const noexcept { return n_; }
    [[nodiscard]] std::size_t edge_count() const noexcept { return targets_.size() / 2; }
    /// Neighbours of `i` in ascending order. \throws domain_error if `i` is not a node.
    [[nodiscard]] std::span<const std::size_t> neighbors(std::size_t i) const {
        require_node(i, "adjacency_list::neighbors");
        return {targets_.data() + offsets_[i], offsets_[i + 1] - offsets_[i]};
    }
    /// Edge weights matching `neighbors(i)`. \throws domain_error if `i` is not a node.
    [[nodiscard]] std::span<const double> weights(std::size_t i) const {
        require_node(i, "adjacency_list::weights");
        return {weights_.data() + offsets_[i], offsets_[i + 1] - offsets_[i]};
    }
    /// Number of neighbours of `i`. \throws domain_error if `i` is not a node.
    [[nodiscard]] std::size_t degree(std::size_t i) const {
        require_node(i, "adjacency_list::degree");
        return offsets_[i + 1] - offsets_[i];
    }
    /// Total edge weight, each edge once, as `graph::total_weight`.
    /// \throws domain_error if the sum leaves the range of double.
    /// Example: `adjacency_list(g).total_weight() == g.total_weight()`.
    [[nodiscard]] double total_weight() const {
        double total = 0.0;
        for (std::size_t i = 0; i < n_; ++i) {
            for (std::size_t k = offsets_[i]; k < offsets_[i + 1]; ++k) {
                if (targets_[k] > i) {
                    total += weights_[k];
                }
            }
        }
        return detail::checked_total(total, "adjacency_list::total_weight");
    }
    /// Raw CSR arrays: the neighbours of i are `targets()[offsets()[i] .. offsets()[i+1])`.
    [[nodiscard]] const std::vector<std::size_t>& offsets() const noexcept { return offsets_; }
    [[nodiscard]] const std::vector<std::size_t>& targets() const noexcept { return targets_; }
    [[nodiscard]] const std::vector<double>& edge_weights() const noexcept { return weights_; }

private:
    friend struct detail::adjacency_access;

    void require_node(std::size_t i, std::string_view fn) const {
        if (i >= n_) {
            ineq::detail::fail(fn, "no such node", i, static_cast<double>(i));
        }
    }

    std::size_t n_ = 0;
    std::vector<std::size_t> offsets_;
    std::vector<std::size_t> targets_;
    std::vector<double> weights_;
};

namespace detail {

/// Builds an `adjacency_list` from CSR arrays that the caller has validated (rows
/// ascending, symmetric, positive finite weights, no self-loops).
struct adjacency_access {
    [[nodiscard]] static adjacency_list from_csr(std::size_t n, std::vector<std::size_t> offsets,
                                                 std::vector<std::size_t> targets,
                                                 std::vector<double> weights) {
        adjacency_list a;
        a.n_ = n;
        a.offsets_ = std::move(offsets);
        a.targets_ = std::move(targets);
        a.weights_ = std::move(weights);
        return a;
    }
};

}  // namespace detail

/// What every network measure takes: a `graph`, an `adjacency_list`, or anything else that
/// converts to `adjacency_list` (dense and sparse Eigen matrices with
/// `<ineq/network/matrix.hpp>`). The measures are templates on it so that a call compiles
/// only what it uses (Eigen's eigensolver only where eigenvector centrality is called).
template <class G>
concept adjacency_input = std::convertible_to<const G&, adjacency_list>;

}  // namespace ineq::network

#endif
