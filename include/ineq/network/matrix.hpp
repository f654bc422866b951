#ifndef INEQ_NETWORK_MATRIX_HPP
#define INEQ_NETWORK_MATRIX_HPP

/// \file
/// Eigen conversions of the cooperation graph: a dense `Eigen::MatrixXd` suits the
/// 31-province network, an `Eigen::SparseMatrix<double>` the institution network with
/// thousands of applicants. The matrix diagonal is the internal weight.
///
/// Including this header also lets every network measure take a dense or sparse Eigen
/// matrix (any `Eigen::MatrixBase` or `Eigen::SparseMatrixBase` expression of arithmetic
/// scalars): it is converted straight to an `adjacency_list`, validated as
/// `graph_from_adjacency` validates it, with the diagonal ignored and no labels built.

#include <ineq/error.hpp>
#include <ineq/network/graph.hpp>

#include <Eigen/Core>
#include <Eigen/SparseCore>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace ineq::network {

namespace detail {

template <class M>
concept dense_matrix = std::derived_from<M, Eigen::MatrixBase<M>> && std::is_arithmetic_v<typename M::Scalar>;

template <class M>
concept sparse_matrix =
    std::derived_from<M, Eigen::SparseMatrixBase<M>> && std::is_arithmetic_v<typename M::Scalar>;

inline void require_square(Eigen::Index rows, Eigen::Index cols, std::string_view fn) {
    if (rows != cols) {
        ineq::detail::fail(fn, "the adjacency matrix must be square");
    }
}

/// Calls `visit(row, col, weight)` for every stored entry of a symmetric non-negative
/// matrix with row <= col (the upper triangle with the diagonal), after checking the entry
/// and its mirror. Dense: column by column; sparse: in storage order.
template <class M, class Visit>
void for_each_upper(const Eigen::MatrixBase<M>& m, std::string_view fn, Visit&& visit) {
    require_square(m.rows(), m.cols(), fn);
    const auto& a = m.derived().eval();  // a plain matrix is not copied
    for (Eigen::Index j = 0; j < a.cols(); ++j) {
        for (Eigen::Index i = 0; i <= j; ++i) {
            const auto w = static_cast<double>(a(i, j));
            require_weight(w, fn);
            if (static_cast<double>(a(j, i)) != w) {
                ineq::detail::fail(fn, "the adjacency matrix must be symmetric", static_cast<std::size_t>(i), w);
            }
            if (w != 0.0) {
                visit(static_cast<std::size_t>(i), static_cast<std::size_t>(j), w);
            }
        }
    }
}

/// Rows of a sparse matrix as (column, weight) lists in ascending column order, the
/// diagonal and explicit zeros dropped; checks square, non-negative, finite, symmetric.
template <class S, class I>
void sparse_rows_of(const Eigen::SparseMatrix<S, Eigen::ColMajor, I>& a, std::string_view fn,
                    std::vector<std::size_t>& offsets, std::vector<std::size_t>& targets,
                    std::vector<double>& weights, std::vector<double>* diagonal) {
    using plain = Eigen::SparseMatrix<S, Eigen::ColMajor, I>;
    const auto n = static_cast<std::size_t>(a.rows());
    offsets.assign(n + 1, 0);
    for (Eigen::Index j = 0; j < a.outerSize(); ++j) {
        for (typename plain::InnerIterator it(a, j); it; ++it) {
            const auto w = static_cast<double>(it.value());
            require_weight(w, fn);
            if (it.row() == it.col()) {
                if (diagonal != nullptr) {
                    (*diagonal)[static_cast<std::size_t>(j)] += w;
                }
            } else if (w != 0.0) {
                ++offsets[static_cast<std::size_t>(j) + 1];
            }
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        offsets[i + 1] += offsets[i];
    }
    targets.resize(offsets[n]);
    weights.resize(offsets[n]);
    // Column j of a symmetric matrix is row j: copy it, ascending rows give ascending targets.
    for (Eigen::Index j = 0; j < a.outerSize(); ++j) {
        std::size_t pos = offsets[static_cast<std::size_t>(j)];
        for (typename plain::InnerIterator it(a, j); it; ++it) {
            const auto w = static_cast<double>(it.value());
            if (it.row() != it.col() && w != 0.0) {
                targets[pos] = static_cast<std::size_t>(it.row());
                weights[pos++] = w;
            }
        }
    }
    // Symmetry: the entry (r, j) must be mirrored by (j, r) with the same weight.
    for (std::size_t j = 0; j < n; ++j) {
        for (std::size_t k = offsets[j]; k < offsets[j + 1]; ++k) {
            const std::size_t r = targets[k];
            const auto first = targets.begin() + static_cast<std::ptrdiff_t>(offsets[r]);
            const auto last = targets.begin() + static_cast<std::ptrdiff_t>(offsets[r + 1]);
            const auto hit = std::lower_bound(first, last, j);
            if (hit == last || *hit != j || weights[static_cast<std::size_t>(hit - targets.begin())] != weights[k]) {
                ineq::detail::fail(fn, "the adjacency matrix must be symmetric", r, weights[k]);
            }
        }
    }
}

/// As `sparse_rows_of`, for any sparse expression (a column-major `SparseMatrix` is read in
/// place; anything else is first evaluated into one, whose inner indices ascend).
template <class M>
void sparse_rows(const Eigen::SparseMatrixBase<M>& m, std::string_view fn, std::vector<std::size_t>& offsets,
                 std::vector<std::size_t>& targets, std::vector<double>& weights,
                 std::vector<double>* diagonal) {
    require_square(m.rows(), m.cols(), fn);
    using plain = Eigen::SparseMatrix<typename M::Scalar, Eigen::ColMajor, typename M::StorageIndex>;
    if constexpr (std::is_same_v<M, plain>) {
        sparse_rows_of(m.derived(), fn, offsets, targets, weights, diagonal);
    } else {
        const plain a = m.derived();
        sparse_rows_of(a, fn, offsets, targets, weights, diagonal);
    }
}

inline void require_label_count(const std::vector<std::string>& labels, std::size_t n, std::string_view fn) {
    if (!labels.empty() && labels.size() != n) {
        ineq::detail::fail(fn, "need one label per row", labels.size(), static_cast<double>(labels.size()));
    }
}

}  // namespace detail

/// Symmetric n x n adjacency matrix; the diagonal holds the internal weights.
/// Example: for the 31-province network, `dense_adjacency(g)` is 31 x 31.
[[nodiscard]] inline Eigen::MatrixXd dense_adjacency(const graph& g) {
    const auto n = static_cast<Eigen::Index>(g.node_count());
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(n, n);
    for (const auto& e : g.edges()) {
        const auto i = static_cast<Eigen::Index>(e.source);
        const auto j = static_cast<Eigen::Index>(e.target);
        a(i, j) = e.weight;
        a(j, i) = e.weight;
    }
    for (Eigen::Index i = 0; i < n; ++i) {
        a(i, i) = g.internal_weights()[static_cast<std::size_t>(i)];
    }
    return a;
}

/// Symmetric sparse adjacency matrix (compressed); the diagonal holds the positive
/// internal weights.
/// Example: `sparse_adjacency(g).nonZeros()` is 2 m plus the nodes with internal weight.
template <class = void>  // compiled only where called, as Eigen's triplet assembly is costly
[[nodiscard]] Eigen::SparseMatrix<double> sparse_adjacency(const graph& g) {
    const auto n = static_cast<Eigen::Index>(g.node_count());
    const auto es = g.edges();
    const auto& internal = g.internal_weights();
    std::vector<Eigen::Triplet<double>> t;
    t.reserve(2 * es.size() + internal.size());
    for (const auto& e : es) {
        const auto i = static_cast<Eigen::Index>(e.source);
        const auto j = static_cast<Eigen::Index>(e.target);
        t.emplace_back(i, j, e.weight);
        t.emplace_back(j, i, e.weight);
    }
    for (std::size_t i = 0; i < internal.size(); ++i) {
        if (internal[i] > 0.0) {
            const auto ii = static_cast<Eigen::Index>(i);
            t.emplace_back(ii, ii, internal[i]);
        }
    }
    Eigen::SparseMatrix<double> a(n, n);
    a.setFromTriplets(t.begin(), t.end());
    a.makeCompressed();
    return a;
}

/// The graph of a symmetric adjacency matrix (dense or sparse; explicit zeros of a sparse
/// matrix are not edges): off-diagonal entries are edge weights, diagonal entries internal
/// weights. With `labels` empty (the default) the graph is unlabelled: no strings are
/// built, and `label(i)` and `find` read node i as "i".
/// \throws domain_error if the matrix is not square or not symmetric, holds a negative,
/// NaN or infinite entry, or `labels` has the wrong size or duplicates.
/// Example: `graph_from_adjacency(Eigen::MatrixXd::Ones(3, 3))` is a triangle with
/// internal weight 1 at every node.
template <class M>
    requires detail::dense_matrix<M> || detail::sparse_matrix<M>
[[nodiscard]] graph graph_from_adjacency(const M& a, const std::vector<std::string>& labels = {}) {
    constexpr std::string_view fn = "graph_from_adjacency";
    detail::require_square(a.rows(), a.cols(), fn);
    const auto n = static_cast<std::size_t>(a.rows());
    detail::require_label_count(labels, n, fn);
    graph g = labels.empty() ? graph(n) : graph(labels);
    if constexpr (detail::dense_matrix<M>) {
        detail::for_each_upper(a, fn, [&](std::size_t i, std::size_t j, double w) {
            if (i == j) {
                g.add_internal(i, w);
            } else {
                g.add_edge(i, j, w);
            }
        });
    } else {
        std::vector<std::size_t> offsets;
        std::vector<std::size_t> targets;
        std::vector<double> weights;
        std::vector<double> diagonal(n, 0.0);
        detail::sparse_rows(a, fn, offsets, targets, weights, &diagonal);
        for (std::size_t i = 0; i < n; ++i) {
            g.add_internal(i, diagonal[i]);
            for (std::size_t k = offsets[i]; k < offsets[i + 1]; ++k) {
                if (targets[k] > i) {
                    g.add_edge(i, targets[k], weights[k]);
                }
            }
        }
    }
    return g;
}

/// Dense Eigen matrices convert to `adjacency_list` directly (the diagonal ignored).
template <class M>
    requires detail::dense_matrix<M>
struct adjacency_traits<M> {
    [[nodiscard]] static adjacency_list make(const M& m) {
        constexpr std::string_view fn = "adjacency_list";
        const auto n = static_cast<std::size_t>(m.rows());
        std::vector<std::size_t> deg(n, 0);
        detail::for_each_upper(m, fn, [&](std::size_t i, std::size_t j, double) {
            if (i != j) {
                ++deg[i];
                ++deg[j];
            }
        });
        std::vector<std::size_t> offsets(n + 1, 0);
        for (std::size_t i = 0; i < n; ++i) {
            offsets[i + 1] = offsets[i] + deg[i];
        }
        std::vector<std::size_t> targets(offsets[n]);
        std::vector<double> weights(offsets[n]);
        std::vector<std::size_t> pos(offsets.begin(), offsets.end() - 1);
        const auto& a = m.derived().eval();
        for (Eigen::Index i = 0; i < a.rows(); ++i) {  // row by row: targets ascend
            const auto r = static_cast<std::size_t>(i);
            for (Eigen::Index j = 0; j < a.cols(); ++j) {
                const auto w = static_cast<double>(a(i, j));
                if (i != j && w != 0.0) {
                    targets[pos[r]] = static_cast<std::size_t>(j);
                    weights[pos[r]++] = w;
                }
            }
        }
        return detail::adjacency_access::from_csr(n, std::move(offsets), std::move(targets), std::move(weights));
    }
};

/// Sparse Eigen matrices convert to `adjacency_list` directly (the diagonal and explicit
/// zeros ignored).
template <class M>
    requires detail::sparse_matrix<M>
struct adjacency_traits<M> {
    [[nodiscard]] static adjacency_list make(const M& m) {
        std::vector<std::size_t> offsets;
        std::vector<std::size_t> targets;
        std::vector<double> weights;
        detail::sparse_rows(m, "adjacency_list", offsets, targets, weights, nullptr);
        const std::size_t n = offsets.size() - 1;
        return detail::adjacency_access::from_csr(n, std::move(offsets), std::move(targets), std::move(weights));
    }
};

}  // namespace ineq::network

#endif
