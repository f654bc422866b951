#ifndef INEQ_NETWORK_EIGENVECTOR_HPP
#define INEQ_NETWORK_EIGENVECTOR_HPP

/// \file
/// Eigenvector centrality, computed one connected component at a time.
///
/// Within a connected component C of two or more nodes, the centralities are the entries
/// of the Perron eigenvector of C's adjacency matrix (the eigenvector of its largest
/// eigenvalue, unique and positive by the Perron-Frobenius theorem), scaled to unit
/// Euclidean length over C. An isolate gets 0.
///
/// So a graph with k non-trivial components has k unit-length blocks, and a value says
/// how central a node is *within its component*; values in different components are not
/// comparable. For a connected graph this is exactly networkx's
/// `eigenvector_centrality` (also unit length) and igraph's
/// `eigenvector_centrality(scale=False)`. On a disconnected graph the eigenvector of the
/// whole matrix is not unique: networkx's power iteration from the uniform vector drifts
/// towards the component with the largest eigenvalue and either stops at its tolerance
/// with every component still non-zero (a mix that depends on the tolerance) or raises
/// `PowerIterationFailedConvergence`; neither tells the components apart. Running
/// networkx on each component's subgraph gives our values.
///
/// Components up to 400 nodes use Eigen's dense self-adjoint eigensolver; larger ones
/// power iteration on A + I (networkx's iteration, which also converges on bipartite
/// components) to a relative change below 1e-13 per step.

#include <ineq/error.hpp>
#include <ineq/network/degree.hpp>
#include <ineq/network/graph.hpp>

#include <Eigen/Core>
#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <string_view>
#include <vector>

namespace ineq::network {

/// Eigenvector centrality per connected component, unit length within each component of
/// two or more nodes, 0 for isolates; see the file comment. `weighting::weighted` (the
/// default) uses the edge weights as the matrix entries.
/// \throws domain_error if power iteration on a component of more than 400 nodes does not
/// converge in 100,000 steps.
/// Example: in the path a - b - c, b gets 1/sqrt(2) and a, c get 1/2.
///
/// Takes anything that converts to `adjacency_list` (a `graph`, an `adjacency_list`, an
/// `Eigen::MatrixXd` or `Eigen::SparseMatrix<double>`). It is a template so that Eigen's
/// eigensolver is compiled only in translation units that call it, not in every one that
/// includes `<ineq/network.hpp>` or `<ineq/ineq.hpp>`.
template <class Graph>
    requires std::convertible_to<const Graph&, adjacency_list>
[[nodiscard]] std::vector<double> eigenvector_centrality(const Graph& network,
                                                         weighting w = weighting::weighted) {
    constexpr std::string_view fn = "eigenvector_centrality";
    const adjacency_list& g = network;  // no copy when `network` is an adjacency_list
    constexpr std::size_t dense_limit = 400;
    const std::size_t n = g.node_count();
    std::vector<double> out(n, 0.0);
    const auto comps = connected_components(g);
    std::vector<std::vector<std::size_t>> members(comps.count);
    for (std::size_t i = 0; i < n; ++i) {
        members[comps.component[i]].push_back(i);
    }
    std::vector<std::size_t> local(n, 0);
    // The centralities do not depend on the scale of the weights: dividing them by the
    // power of two at or below the largest (exact) keeps the iteration's sums and norms
    // finite for weights near DBL_MAX and out of subnormals for tiny ones.
    double largest = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
        for (const double x : g.weights(v)) {
            largest = std::max(largest, x);
        }
    }
    const double unit = largest > 0.0 ? std::ldexp(1.0, -std::ilogb(largest)) : 1.0;
    const auto weight_of = [&](std::size_t v, std::size_t k) {
        return w == weighting::weighted ? g.weights(v)[k] * unit : 1.0;
    };
    for (const auto& m : members) {
        if (m.size() < 2) {
            continue;
        }
        for (std::size_t k = 0; k < m.size(); ++k) {
            local[m[k]] = k;
        }
        const auto size = static_cast<Eigen::Index>(m.size());
        Eigen::VectorXd x(size);
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
        }
        if (x.sum() < 0.0) {
            x = -x;
        }
        x /= x.norm();
        for (std::size_t k = 0; k < m.size(); ++k) {
            // The Perron vector is positive; clear rounding noise of either sign near 0.
            out[m[k]] = std::abs(x(static_cast<Eigen::Index>(k)));
        }
    }
    return out;
}

}  // namespace ineq::network

#endif
