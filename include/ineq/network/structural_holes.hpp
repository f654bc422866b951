#ifndef INEQ_NETWORK_STRUCTURAL_HOLES_HPP
#define INEQ_NETWORK_STRUCTURAL_HOLES_HPP

/// \file
/// Burt's structural-hole measures of an ego's network: constraint, effective size,
/// efficiency and hierarchy (Burt 1992, "Structural Holes"; Borgatti 1997, "Structural
/// holes: unpacking Burt's redundancy measures").
///
/// Notation for ego i with contacts N(i) (its neighbours, n_i = |N(i)| of them):
/// - p_ij = w_ij / sum_k w_ik, the share of i's tie strength invested in j (with
///   `edge_weights::ignore` every w is 1, so p_ij = 1 / n_i). This is networkx's
///   `normalized_mutual_weight` for an undirected graph.
/// - m_jq = w_jq / max_k w_jk, j's tie to q relative to j's strongest tie.
///
/// Undefined values are `std::nullopt`, never NaN: an isolate (n_i = 0) has no
/// constraint, effective size, efficiency or hierarchy (networkx returns NaN for the
/// first three); hierarchy also needs two contacts. A node with one contact j has
/// constraint 1 (p_ij = 1, no indirect paths), effective size 1 and efficiency 1.
/// Internal weight (self-cooperation) is not a tie and never enters.
///
/// Weights are tie strengths: every function accepts `edge_weights::strength` (the
/// default) and `edge_weights::ignore`, and throws `ineq::domain_error` for
/// `edge_weights::distance`.
///
/// Results match networkx 2.8's `constraint`, `effective_size` and the efficiency
/// `effective_size / degree` with `weight="weight"` (strength) or `weight=None`
/// (ignore), and igraph 0.10's `Graph.constraint(weights=...)`. Hierarchy is not in
/// either; it follows Burt's formula below.

#include <ineq/error.hpp>
#include <ineq/network/graph.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace ineq::network {

namespace detail {

/// Per ego: the local constraints c_ij (in `neighbors(i)` order) and their sum.
class constraint_kernel {
public:
    constraint_kernel(const adjacency_list& g, edge_weights w, std::string_view fn)
        : g_(g), w_(w), strength_(g.node_count(), 0.0), slot_(g.node_count(), none) {
        require_edge_weights(w, fn, false);
        for (std::size_t i = 0; i < g.node_count(); ++i) {
            for (const double x : g.weights(i)) {
                strength_[i] += weight(x);
            }
            // The shares p_ij divide by this sum: beyond DBL_MAX they would all be 0.
            if (!std::isfinite(strength_[i])) {
                ineq::detail::fail("structural holes (constraint, effective size, efficiency, hierarchy)",
                                   "the edge weights of a node sum beyond the range of double", i, strength_[i]);
            }
        }
    }

    /// Local constraints of ego i: (p_ij + sum_{q in N(i)} p_iq p_qj)^2 for each j.
    const std::vector<double>& local(std::size_t i) {
        const auto nb = g_.neighbors(i);
        const auto wi = g_.weights(i);
        mark(nb);
        acc_.assign(nb.size(), 0.0);
        for (std::size_t a = 0; a < nb.size(); ++a) {
            const std::size_t q = nb[a];
            const double p_iq = weight(wi[a]) / strength_[i];
            const auto nq = g_.neighbors(q);
            const auto wq = g_.weights(q);
            for (std::size_t b = 0; b < nq.size(); ++b) {
                const std::size_t s = slot_[nq[b]];
                if (s != none) {
                    acc_[s] += p_iq * weight(wq[b]) / strength_[q];
                }
            }
        }
        for (std::size_t a = 0; a < nb.size(); ++a) {
            const double v = weight(wi[a]) / strength_[i] + acc_[a];
            acc_[a] = v * v;
        }
        unmark(nb);
        return acc_;
    }

    [[nodiscard]] double weight(double x) const noexcept {
        return w_ == edge_weights::strength ? x : 1.0;
    }
    [[nodiscard]] double strength(std::size_t i) const noexcept { return strength_[i]; }

    void mark(std::span<const std::size_t> nb) {
        for (std::size_t a = 0; a < nb.size(); ++a) {
            slot_[nb[a]] = a;
        }
    }
    void unmark(std::span<const std::size_t> nb) {
        for (const std::size_t j : nb) {
            slot_[j] = none;
        }
    }
    [[nodiscard]] std::size_t slot(std::size_t j) const noexcept { return slot_[j]; }

    static constexpr auto none = static_cast<std::size_t>(-1);

private:
    const adjacency_list& g_;
    edge_weights w_;
    std::vector<double> strength_;
    std::vector<std::size_t> slot_;
    std::vector<double> acc_;
};

}  // namespace detail

/// Burt's constraint, C_i = sum_{j in N(i)} (p_ij + sum_{q in N(i), q != i, j} p_iq p_qj)^2:
/// how much i's contacts are tied to each other (high constraint, few structural holes).
/// 1 for one contact, 1/n_i for n_i equally weighted contacts not tied to each other, and
/// above 1 when contacts are tied (a corner of a triangle has 9/8).
/// Isolates give `std::nullopt`.
/// \throws domain_error for `edge_weights::distance` or a value outside the enumeration, or
/// if a node's edge weights sum beyond the range of double.
/// Example: the centre of a star with 4 leaves has 4 * (1/4)^2 = 0.25.
template <adjacency_input G>
[[nodiscard]] std::vector<std::optional<double>> constraint(const G& network,
                                                     edge_weights w = edge_weights::strength) {
    const adjacency_list& g = network;  // no copy when `network` is an adjacency_list
    std::vector<std::optional<double>> out(g.node_count());
    detail::constraint_kernel k(g, w, "constraint");
    for (std::size_t i = 0; i < g.node_count(); ++i) {
        if (g.degree(i) == 0) {
            continue;
        }
        double c = 0.0;
        for (const double x : k.local(i)) {
            c += x;
        }
        out[i] = c;
    }
    return out;
}

/// Effective size of i's network: the number of contacts minus their redundancy.
/// - `edge_weights::strength` (the default): Burt's sum_{j in N(i)} (1 - sum_{q in N(i), q != j}
///   p_iq m_jq), networkx's `effective_size(G, weight="weight")`;
/// - `edge_weights::ignore`: Borgatti's n_i - 2 t_i / n_i with t_i the ties among i's
///   contacts, networkx's `effective_size(G)`; it equals Burt's form with unit weights.
/// Isolates give `std::nullopt`; one contact gives 1.
/// \throws domain_error for `edge_weights::distance` or a value outside the enumeration, or
/// if a node's edge weights sum beyond the range of double.
/// Example: the centre of a star has effective size = its number of leaves.
template <adjacency_input G>
[[nodiscard]] std::vector<std::optional<double>> effective_size(const G& network,
                                                         edge_weights w = edge_weights::strength) {
    const adjacency_list& g = network;  // no copy when `network` is an adjacency_list
    const std::size_t n = g.node_count();
    std::vector<std::optional<double>> out(n);
    detail::constraint_kernel k(g, w, "effective_size");
    std::vector<double> max_w(n, 0.0);
    for (std::size_t j = 0; j < n; ++j) {
        for (const double x : g.weights(j)) {
            max_w[j] = std::max(max_w[j], k.weight(x));
        }
    }
    std::vector<double> redundancy;
    for (std::size_t i = 0; i < n; ++i) {
        const auto nb = g.neighbors(i);
        const auto wi = g.weights(i);
        if (nb.empty()) {
            continue;
        }
        k.mark(nb);
        redundancy.assign(nb.size(), 0.0);
        for (std::size_t a = 0; a < nb.size(); ++a) {
            const std::size_t q = nb[a];
            const double p_iq = k.weight(wi[a]) / k.strength(i);
            const auto nq = g.neighbors(q);
            const auto wq = g.weights(q);
            for (std::size_t b = 0; b < nq.size(); ++b) {
                const std::size_t s = k.slot(nq[b]);
                if (s != detail::constraint_kernel::none) {
                    // nq[b] = j is a contact of i tied to q: q makes j redundant by p_iq m_jq.
                    redundancy[s] += p_iq * k.weight(wq[b]) / max_w[nq[b]];
                }
            }
        }
        k.unmark(nb);
        double e = 0.0;
        for (const double r : redundancy) {
            e += 1.0 - r;
        }
        out[i] = e;
    }
    return out;
}

/// Burt's efficiency, effective size / n_i (the share of contacts that are
/// non-redundant), with `effective_size`'s weighting; networkx's
/// `effective_size[v] / G.degree(v)`. Isolates give `std::nullopt`; one contact gives 1.
/// \throws domain_error for `edge_weights::distance` or a value outside the enumeration, or
/// if a node's edge weights sum beyond the range of double.
/// Example: every leaf of a star has efficiency 1, and so has the centre.
template <adjacency_input G>
[[nodiscard]] std::vector<std::optional<double>> efficiency(const G& network,
                                                     edge_weights w = edge_weights::strength) {
    const adjacency_list& g = network;  // no copy when `network` is an adjacency_list
    detail::require_edge_weights(w, "efficiency", false);
    auto out = effective_size(g, w);
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i]) {
            *out[i] /= static_cast<double>(g.degree(i));
        }
    }
    return out;
}

/// Burt's hierarchy, H_i = sum_{j in N(i)} r_j ln(r_j) / (n_i ln n_i) with
/// r_j = c_ij / (C_i / n_i), c_ij the local constraint of j on i and C_i their sum:
/// 0 when every contact constrains i equally, towards 1 when one contact holds all the
/// constraint. Needs two contacts: isolates and one-contact nodes give `std::nullopt`
/// (the formula is 0 / 0 there).
/// \throws domain_error for `edge_weights::distance` or a value outside the enumeration, or
/// if a node's edge weights sum beyond the range of double.
/// Example: the centre of a star has hierarchy 0 (all leaves constrain it equally).
template <adjacency_input G>
[[nodiscard]] std::vector<std::optional<double>> hierarchy(const G& network,
                                                    edge_weights w = edge_weights::strength) {
    const adjacency_list& g = network;  // no copy when `network` is an adjacency_list
    std::vector<std::optional<double>> out(g.node_count());
    detail::constraint_kernel k(g, w, "hierarchy");
    for (std::size_t i = 0; i < g.node_count(); ++i) {
        const std::size_t deg = g.degree(i);
        if (deg < 2) {
            continue;
        }
        const auto& local = k.local(i);
        double total = 0.0;
        for (const double c : local) {
            total += c;
        }
        const auto nn = static_cast<double>(deg);
        const double mean = total / nn;
        double h = 0.0;
        for (const double c : local) {
            const double r = c / mean;
            if (r > 0.0) {  // 0 ln 0 = 0: a contact whose share underflows adds nothing
                h += r * std::log(r);
            }
        }
        out[i] = h / (nn * std::log(nn));
    }
    return out;
}

}  // namespace ineq::network

#endif
