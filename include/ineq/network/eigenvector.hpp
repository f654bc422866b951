#ifndef INEQ_NETWORK_EIGENVECTOR_HPP
#define INEQ_NETWORK_EIGENVECTOR_HPP

/// \file
/// Eigenvector centrality and the leading eigenvalue, computed one connected component at
/// a time.
///
/// Within a connected component C of two or more nodes, the centralities are the entries
/// of the Perron eigenvector of C's adjacency matrix (the eigenvector of its largest
/// eigenvalue, unique and positive by the Perron-Frobenius theorem), scaled over C either
/// to unit Euclidean length (`eigenvector_scaling::unit_length`, the default) or so that
/// the largest entry is 1 (`eigenvector_scaling::max_one`). An isolate gets 0.
///
/// So a graph with k non-trivial components has k scaled blocks, and a value says how
/// central a node is *within its component*; values in different components are not
/// comparable. For a connected graph `unit_length` is exactly networkx's
/// `eigenvector_centrality` and igraph's `eigenvector_centrality(scale=False)`, and
/// `max_one` is igraph's default `eigenvector_centrality()` (`scale=True`). On a
/// disconnected graph the eigenvector of the whole matrix is not unique: networkx's power
/// iteration from the uniform vector drifts towards the component with the largest
/// eigenvalue and either stops at its tolerance with every component still non-zero (a
/// mix that depends on the tolerance) or raises `PowerIterationFailedConvergence`;
/// neither tells the components apart. Running networkx or igraph on each component's
/// subgraph gives our values.
///
/// Weights are tie strengths (matrix entries): `edge_weights::strength` (the default) and
/// `edge_weights::ignore` (a 0/1 matrix) are accepted, `edge_weights::distance` throws.
///
/// Components up to 400 nodes use Eigen's dense self-adjoint eigensolver; larger ones
/// power iteration on A + I (networkx's iteration, which also converges on bipartite
/// components) to a relative change below 1e-13 per step. The functions are templates
/// on the graph type, so Eigen's eigensolver is compiled only in translation units that
/// call them.

#include <ineq/error.hpp>
#include <ineq/network/degree.hpp>
#include <ineq/network/graph.hpp>

#include <Eigen/Core>
#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ineq::network {

/// How eigenvector centralities are scaled within each connected component.
enum class eigenvector_scaling : std::uint8_t { unit_length, max_one };

/// The leading eigenvector and eigenvalues of a graph's adjacency matrix, one connected
/// component at a time; see the file comment.
struct leading_eigenvector_result {
    /// Per node: its entry of its component's Perron vector, scaled as asked; 0 for isolates.
    std::vector<double> centrality;
    /// Per component, numbered as `connected_components` numbers them: the largest
    /// eigenvalue of the component's adjacency matrix (0 for an isolate).
    std::vector<double> component_eigenvalues;
    /// The largest of `component_eigenvalues` (0 for an empty or edgeless graph): the
    /// spectral radius of the whole adjacency matrix, igraph's
    /// `eigenvector_centrality(return_eigenvalue=True)[1]`.
    double eigenvalue = 0.0;
};

namespace detail {

/// The work of `leading_eigenvector`, reporting errors as `fn`. A template like its
/// callers, so that the eigensolver is compiled only where it is called.
template <adjacency_input G>
[[nodiscard]] leading_eigenvector_result leading_eigenvector(const G& network, edge_weights w,
                                                             eigenvector_scaling scaling, std::string_view fn) {
    const adjacency_list& g = network;  // no copy when `network` is an adjacency_list
    require_edge_weights(w, fn, false);
    if (scaling != eigenvector_scaling::unit_length && scaling != eigenvector_scaling::max_one) {
        ineq::detail::fail_got(fn, "unknown eigenvector_scaling value", static_cast<double>(static_cast<int>(scaling)));
    }
    constexpr std::size_t dense_limit = 400;
    const std::size_t n = g.node_count();
    leading_eigenvector_result result;
    result.centrality.assign(n, 0.0);
    std::vector<double>& out = result.centrality;
    const auto comps = connected_components(g);
    result.component_eigenvalues.assign(comps.count, 0.0);
    std::vector<std::vector<std::size_t>> members(comps.count);
    for (std::size_t i = 0; i < n; ++i) {
        members[comps.component[i]].push_back(i);
    }
    std::vector<std::size_t> local(n, 0);
    // The centralities do not depend on the scale of the weights: dividing them by the
    // power of two at or below the largest (exact) keeps the iteration's sums and norms
    // finite for weights near DBL_MAX and out of subnormals for tiny ones. The eigenvalue
    // is scaled back at the end.
    double largest = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
        for (const double x : g.weights(v)) {
            largest = std::max(largest, x);
        }
    }
    const double unit =
        w == edge_weights::strength && largest > 0.0 ? std::ldexp(1.0, -std::ilogb(largest)) : 1.0;
    const auto weight_of = [&](std::size_t v, std::size_t k) {
        return w == edge_weights::strength ? g.weights(v)[k] * unit : 1.0;
    };
    for (std::size_t c = 0; c < comps.count; ++c) {
        const auto& m = members[c];
        if (m.size() < 2) {
            continue;
        }
        for (std::size_t k = 0; k < m.size(); ++k) {
            local[m[k]] = k;
        }
        const auto size = static_cast<Eigen::Index>(m.size());
        Eigen::VectorXd x(size);
        double lambda = 0.0;
        if (m.size() <= dense_limit) {
            Eigen::MatrixXd a = Eigen::MatrixXd::Zero(size, size);
            for (std::size_t k = 0; k < m.size(); ++k) {
                const auto nb = g.neighbors(m[k]);
                for (std::size_t e = 0; e < nb.size(); ++e) {
                    a(static_cast<Eigen::Index>(k), static_cast<Eigen::Index>(local[nb[e]])) =
                        weight_of(m[k], e);
                }
            }
            const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(a);
            if (solver.info() != Eigen::Success) {
                ineq::detail::fail(fn, "the eigensolver did not converge");
            }
            x = solver.eigenvectors().col(size - 1);  // eigenvalues ascend
            lambda = solver.eigenvalues()(size - 1);
        } else {
            x = Eigen::VectorXd::Constant(size, 1.0 / std::sqrt(static_cast<double>(size)));
            Eigen::VectorXd next(size);
            bool converged = false;
            for (int iter = 0; iter < 100000 && !converged; ++iter) {
                next = x;  // the + I term
                for (std::size_t k = 0; k < m.size(); ++k) {
                    const auto nb = g.neighbors(m[k]);
                    double s = 0.0;
                    for (std::size_t e = 0; e < nb.size(); ++e) {
                        s += weight_of(m[k], e) * x(static_cast<Eigen::Index>(local[nb[e]]));
                    }
                    next(static_cast<Eigen::Index>(k)) += s;
                }
                next /= next.norm();
                converged = (next - x).lpNorm<1>() < 1e-13 * static_cast<double>(m.size());
                x.swap(next);
            }
            if (!converged) {
                ineq::detail::fail_got(fn, "power iteration did not converge on a component of size",
                                       static_cast<double>(m.size()));
            }
            // The Rayleigh quotient x'Ax of the unit vector x.
            for (std::size_t k = 0; k < m.size(); ++k) {
                const auto nb = g.neighbors(m[k]);
                double s = 0.0;
                for (std::size_t e = 0; e < nb.size(); ++e) {
                    s += weight_of(m[k], e) * x(static_cast<Eigen::Index>(local[nb[e]]));
                }
                lambda += x(static_cast<Eigen::Index>(k)) * s;
            }
        }
        result.component_eigenvalues[c] = lambda / unit;
        if (x.sum() < 0.0) {
            x = -x;
        }
        // The Perron vector is positive; clear rounding noise of either sign near 0.
        x = x.cwiseAbs();
        x /= scaling == eigenvector_scaling::max_one ? x.maxCoeff() : x.norm();
        for (std::size_t k = 0; k < m.size(); ++k) {
            out[m[k]] = x(static_cast<Eigen::Index>(k));
        }
    }
    for (const double l : result.component_eigenvalues) {
        result.eigenvalue = std::max(result.eigenvalue, l);
    }
    return result;
}

}  // namespace detail

/// Eigenvector centrality per connected component together with the leading eigenvalues;
/// see the file comment for the conventions.
/// \throws domain_error for `edge_weights::distance`, an `edge_weights` or
/// `eigenvector_scaling` value outside the enumeration, or if power iteration on a
/// component of more than 400 nodes does not converge in 100,000 steps.
/// Example: for the path a - b - c, centrality (1/2, 1/sqrt(2), 1/2) and eigenvalue sqrt(2);
/// `leading_eigenvector(g, edge_weights::ignore, eigenvector_scaling::max_one)`.
template <adjacency_input G>
[[nodiscard]] leading_eigenvector_result leading_eigenvector(
    const G& network, edge_weights w = edge_weights::strength,
    eigenvector_scaling scaling = eigenvector_scaling::unit_length) {
    return detail::leading_eigenvector(network, w, scaling, "leading_eigenvector");
}

/// Eigenvector centrality per connected component: `leading_eigenvector(...).centrality`.
/// Unit length within each component of two or more nodes by default (networkx,
/// igraph `scale=False`); `eigenvector_scaling::max_one` gives igraph's default
/// (`scale=True`); 0 for isolates. Weights: `edge_weights::strength` (the default) or
/// `edge_weights::ignore`.
/// \throws domain_error as `leading_eigenvector`.
/// Example: in the path a - b - c, b gets 1/sqrt(2) and a, c get 1/2; with `max_one`,
/// b gets 1 and a, c get 1/sqrt(2).
template <adjacency_input G>
[[nodiscard]] std::vector<double> eigenvector_centrality(
    const G& network, edge_weights w = edge_weights::strength,
    eigenvector_scaling scaling = eigenvector_scaling::unit_length) {
    return detail::leading_eigenvector(network, w, scaling, "eigenvector_centrality").centrality;
}

}  // namespace ineq::network

#endif
