#ifndef INEQ_NETWORK_GRAPH_HPP
#define INEQ_NETWORK_GRAPH_HPP

/// \file
/// The weighted undirected cooperation graph and the read-only adjacency-list view every
/// network measure runs on.
///
/// - `graph` holds node labels (UTF-8 strings, unique), a per-node *internal* weight
///   (cooperation inside one node, e.g. between two applicants of one province) and the
///   weighted edges between distinct nodes. Self-loops are not edges: `add_edge(i, i, w)`
///   throws and internal cooperation goes to `add_internal`. Adding an edge twice sums
///   the weights. An edge exists while its total weight is positive, so weight 0 adds
///   nothing (a zero entry of an adjacency matrix means "no edge" too).
/// - `graph` converts to and from Eigen: a dense `Eigen::MatrixXd` suits the 31-province
///   network, an `Eigen::SparseMatrix<double>` the institution network with thousands of
///   applicants. The matrix diagonal is the internal weight.
/// - `adjacency_list` is a compressed (CSR) neighbour list built once from a `graph`, a
///   dense or a sparse matrix; it converts implicitly, so every measure takes
///   `const adjacency_list&` and accepts all three. Build it once yourself when you
///   compute several measures on a large graph.
///
/// Node indices are positions in insertion order (`graph`) or matrix rows.

#include <ineq/error.hpp>

#include <Eigen/Core>
#include <Eigen/SparseCore>

#include <algorithm>
#include <cmath>
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

namespace detail {

/// Throws unless `w` is finite and non-negative.
inline void require_weight(double w, std::string_view fn) {
    if (!std::isfinite(w) || w < 0.0) {
        ineq::detail::fail_got(fn, "weights must be finite and non-negative", w);
    }
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

}  // namespace detail

/// Whether a measure uses edge weights or treats every edge as weight 1.
enum class weighting : std::uint8_t { weighted, unweighted };

/// One undirected edge, `source < target`.
struct edge {
    std::size_t source;
    std::size_t target;
    double weight;
    friend bool operator==(const edge&, const edge&) = default;
};

/// Weighted undirected graph with labelled nodes and a per-node internal weight.
class graph {
public:
    /// Largest node count (indices are packed into 32 bits in the edge table).
    static constexpr std::size_t max_nodes = std::size_t{1} << 32U;

    graph() = default;

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

    /// The index of the node labelled `label`, adding the node if it is new.
    /// Example: `g.add_node("Jiangsu")` returns the same index every time.
    std::size_t add_node(std::string_view label) {
        if (auto found = find(label)) {
            return *found;
        }
        if (labels_.size() + 1 >= max_nodes) {
            ineq::detail::fail("graph::add_node", "too many nodes");
        }
        labels_.emplace_back(label);
        internal_.push_back(0.0);
        index_.emplace(labels_.back(), labels_.size() - 1);
        return labels_.size() - 1;
    }

    /// The index of the node labelled `label`; empty if there is none.
    [[nodiscard]] std::optional<std::size_t> find(std::string_view label) const noexcept {
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

    [[nodiscard]] std::size_t node_count() const noexcept { return labels_.size(); }
    /// Number of edges (unordered pairs with positive weight); self-loops never count.
    [[nodiscard]] std::size_t edge_count() const noexcept { return edges_.size(); }
    [[nodiscard]] const std::vector<std::string>& labels() const noexcept { return labels_; }
    /// \throws domain_error if `i` is not a node.
    [[nodiscard]] const std::string& label(std::size_t i) const {
        require_node(i, "graph::label");
        return labels_[i];
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

    /// Symmetric n x n adjacency matrix; the diagonal holds the internal weights.
    /// Example: for the 31-province network, `g.dense_adjacency()` is 31 x 31.
    [[nodiscard]] Eigen::MatrixXd dense_adjacency() const {
        const auto n = static_cast<Eigen::Index>(node_count());
        Eigen::MatrixXd a = Eigen::MatrixXd::Zero(n, n);
        for (const auto& [key, w] : edges_) {
            const auto i = static_cast<Eigen::Index>(key >> 32U);
            const auto j = static_cast<Eigen::Index>(key & 0xFFFFFFFFU);
            a(i, j) = w;
            a(j, i) = w;
        }
        for (Eigen::Index i = 0; i < n; ++i) {
            a(i, i) = internal_[static_cast<std::size_t>(i)];
        }
        return a;
    }

    /// Symmetric sparse adjacency matrix (compressed); the diagonal holds the positive
    /// internal weights.
    [[nodiscard]] Eigen::SparseMatrix<double> sparse_adjacency() const {
        const auto n = static_cast<Eigen::Index>(node_count());
        std::vector<Eigen::Triplet<double>> t;
        t.reserve(2 * edges_.size() + internal_.size());
        for (const auto& [key, w] : edges_) {
            const auto i = static_cast<Eigen::Index>(key >> 32U);
            const auto j = static_cast<Eigen::Index>(key & 0xFFFFFFFFU);
            t.emplace_back(i, j, w);
            t.emplace_back(j, i, w);
        }
        for (std::size_t i = 0; i < internal_.size(); ++i) {
            if (internal_[i] > 0.0) {
                const auto ii = static_cast<Eigen::Index>(i);
                t.emplace_back(ii, ii, internal_[i]);
            }
        }
        Eigen::SparseMatrix<double> a(n, n);
        a.setFromTriplets(t.begin(), t.end());
        a.makeCompressed();
        return a;
    }

    /// The graph of a symmetric adjacency matrix: off-diagonal entries are edge weights,
    /// diagonal entries internal weights. Empty `labels` name the nodes "0", "1", ...
    /// \throws domain_error if the matrix is not square or not symmetric, holds a
    /// negative, NaN or infinite entry, or `labels` has the wrong size or duplicates.
    /// Example: `graph::from_adjacency(Eigen::MatrixXd::Ones(3, 3))` is a triangle with
    /// internal weight 1 at every node.
    [[nodiscard]] static graph from_adjacency(const Eigen::MatrixXd& a,
                                              std::vector<std::string> labels = {}) {
        constexpr std::string_view fn = "graph::from_adjacency";
        if (a.rows() != a.cols()) {
            ineq::detail::fail(fn, "the adjacency matrix must be square");
        }
        const auto n = static_cast<std::size_t>(a.rows());
        graph g(make_labels(std::move(labels), n, fn));
        for (Eigen::Index j = 0; j < a.cols(); ++j) {
            for (Eigen::Index i = 0; i <= j; ++i) {
                const double w = a(i, j);
                detail::require_weight(w, fn);
                if (a(j, i) != w) {
                    ineq::detail::fail(fn, "the adjacency matrix must be symmetric",
                                       static_cast<std::size_t>(i), w);
                }
                if (i == j) {
                    g.add_internal(static_cast<std::size_t>(i), w);
                } else {
                    g.add_edge(static_cast<std::size_t>(i), static_cast<std::size_t>(j), w);
                }
            }
        }
        return g;
    }

    /// As the dense overload, for a sparse matrix (explicit zeros are not edges).
    [[nodiscard]] static graph from_adjacency(const Eigen::SparseMatrix<double>& a,
                                              std::vector<std::string> labels = {}) {
        constexpr std::string_view fn = "graph::from_adjacency";
        if (a.rows() != a.cols()) {
            ineq::detail::fail(fn, "the adjacency matrix must be square");
        }
        const auto n = static_cast<std::size_t>(a.rows());
        graph g(make_labels(std::move(labels), n, fn));
        const Eigen::SparseMatrix<double> at = a.transpose();
        for (Eigen::Index j = 0; j < a.outerSize(); ++j) {
            for (Eigen::SparseMatrix<double>::InnerIterator it(a, j); it; ++it) {
                const double w = it.value();
                detail::require_weight(w, fn);
                const auto r = static_cast<std::size_t>(it.row());
                const auto c = static_cast<std::size_t>(it.col());
                if (at.coeff(it.row(), it.col()) != w) {
                    ineq::detail::fail(fn, "the adjacency matrix must be symmetric", r, w);
                }
                if (r == c) {
                    g.add_internal(r, w);
                } else if (r < c) {
                    g.add_edge(r, c, w);
                }
            }
        }
        return g;
    }

private:
    void require_node(std::size_t i, std::string_view fn) const {
        if (i >= labels_.size()) {
            ineq::detail::fail(fn, "no such node", i, static_cast<double>(i));
        }
    }

    static std::vector<std::string> make_labels(std::vector<std::string> labels, std::size_t n,
                                                std::string_view fn) {
        if (labels.empty()) {
            labels.reserve(n);
            for (std::size_t i = 0; i < n; ++i) {
                labels.push_back(std::to_string(i));
            }
        } else if (labels.size() != n) {
            ineq::detail::fail(fn, "need one label per row", labels.size(),
                               static_cast<double>(labels.size()));
        }
        return labels;
    }

    std::vector<std::string> labels_;
    std::vector<double> internal_;
    std::unordered_map<std::string, std::size_t, detail::string_hash, std::equal_to<>> index_;
    std::unordered_map<std::uint64_t, double> edges_;
};

/// Read-only compressed neighbour lists (CSR): for node i, `neighbors(i)` in ascending
/// order and the matching `weights(i)`. Self-loops and internal weights are left out.
/// Converts implicitly from `graph`, `Eigen::MatrixXd` and `Eigen::SparseMatrix<double>`
/// (the matrices validated as in `graph::from_adjacency`, the diagonal ignored).
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
        build(deg, [&](auto&& put) {
            for (const auto& e : es) {
                put(e.source, e.target, e.weight);
                put(e.target, e.source, e.weight);
            }
        });
    }

    // cppcheck-suppress noExplicitConstructor
    adjacency_list(const Eigen::MatrixXd& a)  // NOLINT(google-explicit-constructor)
        : adjacency_list(graph::from_adjacency(a)) {}

    // cppcheck-suppress noExplicitConstructor
    adjacency_list(const Eigen::SparseMatrix<double>& a)  // NOLINT(google-explicit-constructor)
        : adjacency_list(graph::from_adjacency(a)) {}

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
    /// Raw CSR arrays: the neighbours of i are `targets()[offsets()[i] .. offsets()[i+1])`.
    [[nodiscard]] const std::vector<std::size_t>& offsets() const noexcept { return offsets_; }
    [[nodiscard]] const std::vector<std::size_t>& targets() const noexcept { return targets_; }
    [[nodiscard]] const std::vector<double>& edge_weights() const noexcept { return weights_; }

private:
    template <class Fill>
    void build(const std::vector<std::size_t>& deg, Fill&& fill) {
        offsets_.assign(n_ + 1, 0);
        for (std::size_t i = 0; i < n_; ++i) {
            offsets_[i + 1] = offsets_[i] + deg[i];
        }
        targets_.resize(offsets_[n_]);
        weights_.resize(offsets_[n_]);
        std::vector<std::size_t> pos(offsets_.begin(), offsets_.end() - 1);
        fill([&](std::size_t from, std::size_t to, double w) {
            targets_[pos[from]] = to;
            weights_[pos[from]] = w;
            ++pos[from];
        });
        // Edges arrive sorted by (source, target), so each row is already ascending
        // except where a row receives entries as a target; sort rows to be sure.
        for (std::size_t i = 0; i < n_; ++i) {
            const std::size_t b = offsets_[i];
            const std::size_t e = offsets_[i + 1];
            bool sorted = true;
            for (std::size_t k = b + 1; k < e; ++k) {
                if (targets_[k - 1] > targets_[k]) {
                    sorted = false;
                    break;
                }
            }
            if (!sorted) {
                std::vector<std::pair<std::size_t, double>> row;
                row.reserve(e - b);
                for (std::size_t k = b; k < e; ++k) {
                    row.emplace_back(targets_[k], weights_[k]);
                }
                std::sort(row.begin(), row.end());
                for (std::size_t k = b; k < e; ++k) {
                    targets_[k] = row[k - b].first;
                    weights_[k] = row[k - b].second;
                }
            }
        }
    }

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

}  // namespace ineq::network

#endif
