#ifndef INEQ_SPATIAL_GETIS_ORD_HPP
#define INEQ_SPATIAL_GETIS_ORD_HPP

/// \file
/// Getis and Ord's General G: are high values concentrated among neighbours?
///
///     G = Σ_i Σ_j w_ij x_i x_j / Σ_i Σ_{j ≠ i} x_i x_j,   x ≥ 0
///
/// G is the share of all cross-products x_i x_j (i ≠ j) that falls on neighbouring pairs.
/// E[G] = S0 / (n (n − 1)); G above it means high values cluster ("hot spots"), below it
/// that low values do. Unlike Moran's I it tells high-value from low-value clustering,
/// and it needs non-negative values. Binary weights are the usual choice (the weights
/// should not depend on the values' neighbourhood size); other styles are accepted.
/// Getis and Ord (1992); the moments as R spdep's `globalG.test` computes them
/// (`B1correct = TRUE`).
///
/// Islands: with `island_count::excluded` (the default; spdep's `adjust.n = TRUE`,
/// `adjust.x = TRUE`) n counts the units with neighbours and the denominator and the
/// moments use only their values; with `island_count::included` (`adjust.n = FALSE`,
/// `adjust.x = FALSE`) every unit counts.

#include <ineq/concepts.hpp>
#include <ineq/spatial/detail/global.hpp>
#include <ineq/spatial/inference.hpp>
#include <ineq/spatial/weights.hpp>

#include <Eigen/Core>

#include <cstddef>
#include <utility>
#include <vector>

namespace ineq::spatial {

namespace detail {

struct general_g_parts {
    Eigen::VectorXd x;
    std::vector<char> counted;  // units whose values enter the denominator
};

template <class R>
[[nodiscard]] general_g_parts general_g_prepare(const char* fn, R&& values, const weights& w, island_count count,
                                                std::size_t minimum_units) {
    general_g_parts p;
    p.x = unit_values(fn, std::forward<R>(values), w.size());
    check_non_negative(fn, p.x);
    check_weights(fn, w, minimum_units);
    check_not_constant(fn, p.x);
    p.counted.assign(w.size(), 1);
    if (count == island_count::excluded) {
        const int* outer = w.matrix().outerIndexPtr();
        for (std::size_t i = 0; i < w.size(); ++i) {
            p.counted[i] = outer[i] != outer[i + 1] ? 1 : 0;
        }
    }
    return p;
}

/// (Σ x)² − Σ x² over the counted units: Σ_i Σ_{j ≠ i} x_i x_j.
[[nodiscard]] inline double general_g_denominator(const Eigen::VectorXd& x, const std::vector<char>& counted) noexcept {
    double s = 0.0;
    double s2 = 0.0;
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        if (counted[static_cast<std::size_t>(i)] != 0) {
            s += x[i];
            s2 += x[i] * x[i];
        }
    }
    return s * s - s2;
}

inline void check_g_denominator(const char* fn, double denominator) {
    if (!(denominator > 0.0)) {
        ineq::detail::fail(fn, "needs at least two positive values among the units with neighbours");
    }
}

}  // namespace detail

/// Getis and Ord's General G of non-negative `values` (one per unit of `w`).
///
/// G = Σ_ij w_ij x_i x_j / ((Σ x)² − Σ x²), the sums of the denominator over the units
/// `count` counts (see the file comment).
/// \throws domain_error if `values` does not have one finite value per unit, a value is
/// negative ("values must be non-negative (index i, value v)"), the weights have no links,
/// the values are constant, or fewer than two counted values are positive.
/// Example: `auto w = province_contiguity(weights_style::binary, island_policy::keep());`
/// `double g = ineq::spatial::general_g(panel.year(2021), w);`
template <numeric_range R>
[[nodiscard]] double general_g(R&& values, const weights& w, island_count count = island_count::excluded) {
    constexpr const char* fn = "general_g";
    const auto p = detail::general_g_prepare(fn, std::forward<R>(values), w, count, 1);
    const double d = detail::general_g_denominator(p.x, p.counted);
    detail::check_g_denominator(fn, d);
    return detail::cross_sum(w, p.x, p.x) / d;
}

/// General G with E[G] = S0 / (n (n − 1)), its variance, z and p under randomisation
/// (spdep's `globalG.test`, `B1correct = TRUE`).
///
/// With n as `count` says, S0, S1, S2 the weights' constants and s_k = Σ x^k over the
/// counted units:
///   B0 = (n² − 3n + 3) S1 − n S2 + 3 S0²        B1 = −((n² − n) S1 − 2n S2 + 6 S0²)
///   B2 = −(2n S1 − (n + 3) S2 + 6 S0²)           B3 = 4 (n − 1) S1 − 2 (n + 1) S2 + 8 S0²
///   B4 = S1 − S2 + S0²
///   Var = (B0 s2² + B1 s4 + B2 s1² s2 + B3 s1 s3 + B4 s1⁴)
///         / ((s1² − s2)² n (n − 1)(n − 2)(n − 3)) − E²
/// z = (G − E) / √Var; `greater` tests for clustering of high values.
/// \throws domain_error as `general_g`, if fewer than 4 units have neighbours, or if the
/// variance is not positive.
/// Example: `auto t = ineq::spatial::general_g_test(values, w);`
/// `bool hot = t.p_value < 0.05;`
template <numeric_range R>
[[nodiscard]] analytic_test general_g_test(R&& values, const weights& w, const global_options& o = {}) {
    constexpr const char* fn = "general_g_test";
    const auto p = detail::general_g_prepare(fn, std::forward<R>(values), w, o.islands, 4);
    const double d = detail::general_g_denominator(p.x, p.counted);
    detail::check_g_denominator(fn, d);
    const double g = detail::cross_sum(w, p.x, p.x) / d;
    const double n = detail::counted_n(w, o.islands);
    const double nn = n * n;
    const double s0 = w.s0();
    const double s1 = w.s1();
    const double s2 = w.s2();
    const double s02 = s0 * s0;
    double m1 = 0.0, m2 = 0.0, m3 = 0.0, m4 = 0.0;
    for (Eigen::Index i = 0; i < p.x.size(); ++i) {
        if (p.counted[static_cast<std::size_t>(i)] != 0) {
            const double v = p.x[i];
            m1 += v;
            m2 += v * v;
            m3 += v * v * v;
            m4 += v * v * v * v;
        }
    }
    const double e = s0 / (n * (n - 1.0));
    const double b0 = (nn - 3.0 * n + 3.0) * s1 - n * s2 + 3.0 * s02;
    const double b1 = -((nn - n) * s1 - 2.0 * n * s2 + 6.0 * s02);
    const double b2 = -(2.0 * n * s1 - (n + 3.0) * s2 + 6.0 * s02);
    const double b3 = 4.0 * (n - 1.0) * s1 - 2.0 * (n + 1.0) * s2 + 8.0 * s02;
    const double b4 = s1 - s2 + s02;
    const double num = b0 * m2 * m2 + b1 * m4 + b2 * m1 * m1 * m2 + b3 * m1 * m3 + b4 * m1 * m1 * m1 * m1;
    const double den = (m1 * m1 - m2) * (m1 * m1 - m2) * n * (n - 1.0) * (n - 2.0) * (n - 3.0);
    return detail::make_test(fn, g, e, num / den - e * e, o.alternative, stats::greater_means::larger);
}

/// General G with a permutation test: the values are assigned to the units at random R
/// times (permutation r with the random stream (seed, r); the result depends on the seed
/// only). For `greater`, p = (1 + #{simulated G ≥ G}) / (R + 1). With islands excluded,
/// the denominator is recomputed for each permutation from the values that land on units
/// with neighbours (a permutation that leaves fewer than two positive values there counts
/// as G = 0).
/// \throws domain_error as `general_g`, or if `o.resamples` is 0.
/// Example: `auto t = ineq::spatial::general_g_permutation(values, w, {.resamples = 999});`
/// `double p = t.p_value;`
template <numeric_range R>
[[nodiscard]] permutation_test general_g_permutation(R&& values, const weights& w, const global_options& o = {}) {
    constexpr const char* fn = "general_g_permutation";
    const auto p = detail::general_g_prepare(fn, std::forward<R>(values), w, o.islands, 1);
    const double d = detail::general_g_denominator(p.x, p.counted);
    detail::check_g_denominator(fn, d);
    const double g = detail::cross_sum(w, p.x, p.x) / d;
    return detail::run_permutations(fn, p.x, g, o, stats::greater_means::larger, [&](const Eigen::VectorXd& x) {
        const double dp = detail::general_g_denominator(x, p.counted);
        return dp > 0.0 ? detail::cross_sum(w, x, x) / dp : 0.0;
    });
}

}  // namespace ineq::spatial

#endif  // INEQ_SPATIAL_GETIS_ORD_HPP
