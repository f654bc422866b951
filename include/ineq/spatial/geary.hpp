#ifndef INEQ_SPATIAL_GEARY_HPP
#define INEQ_SPATIAL_GEARY_HPP

/// \file
/// Geary's contiguity ratio C: how different are neighbouring values?
///
///     C = ((n − 1) / (2 S0)) · Σ_i Σ_j w_ij (x_i − x_j)² / Σ_i z_i²,   z = x − mean(x)
///
/// E[C] = 1; C < 1 means neighbours are more alike than at random (clustering), C > 1
/// that they differ more. Geary's C weighs squared differences, Moran's I cross-products,
/// so C is the more sensitive to local differences. The moments follow Cliff and Ord
/// (1981) as R spdep's `geary.test` computes them; the permutation test follows `geary.mc`.
///
/// Signs: small C means clustering, so z = (1 − C) / √Var (spdep's standard deviate) and
/// `alternative::greater` tests for clustering (C below 1), as for Moran's I.
///
/// Islands: n as `island_count` says (see moran.hpp); by default the units with
/// neighbours (spdep's `adjust.n = TRUE`). Where spdep 1.2.7's `geary.test` uses the full
/// number of units N rather than the adjusted n — the normality denominator 2 (N + 1) S0²,
/// the terms −3N, +3N and −N + 2 and the leading N of the randomisation variance — ineq
/// does the same, so that results agree with it; without islands N = n.

#include <ineq/concepts.hpp>
#include <ineq/spatial/detail/global.hpp>
#include <ineq/spatial/inference.hpp>
#include <ineq/spatial/weights.hpp>

#include <Eigen/Core>

#include <cstddef>
#include <utility>

namespace ineq::spatial {

namespace detail {

/// Σ_i Σ_j w_ij (x_i − x_j)².
[[nodiscard]] inline double squared_differences(const weights& w, const Eigen::VectorXd& x) noexcept {
    const auto& m = w.matrix();
    const int* outer = m.outerIndexPtr();
    const int* inner = m.innerIndexPtr();
    const double* v = m.valuePtr();
    double total = 0.0;
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        const double xi = x[i];
        for (int k = outer[i]; k < outer[i + 1]; ++k) {
            const double d = xi - x[inner[k]];
            total += v[k] * d * d;
        }
    }
    return total;
}

struct geary_parts {
    Eigen::VectorXd x;
    Eigen::VectorXd z;
    double zz = 0.0;
    double factor = 0.0;  // (n − 1) / (2 S0 Σ z²)
};

template <class R>
[[nodiscard]] geary_parts geary_prepare(const char* fn, R&& values, const weights& w, island_count count,
                                        std::size_t minimum_units) {
    geary_parts p;
    p.x = unit_values(fn, std::forward<R>(values), w.size());
    check_weights(fn, w, minimum_units);
    check_not_constant(fn, p.x);
    p.z = centred(p.x);
    p.zz = p.z.squaredNorm();
    p.factor = (counted_n(w, count) - 1.0) / (2.0 * w.s0() * p.zz);
    return p;
}

}  // namespace detail

/// Geary's C of `values` (one per unit of `w`).
///
/// C = ((n − 1) / (2 S0)) · Σ_ij w_ij (x_i − x_j)² / Σ_i (x_i − x̄)²; n as `count` says.
/// \throws domain_error if `values` does not have one finite value per unit, the weights
/// have no links, or the values are constant ("values are constant: the statistic is
/// undefined").
/// Example: `auto w = province_contiguity(weights_style::binary, island_policy::keep());`
/// `double c = ineq::spatial::geary(panel.year(2021), w);  // < 1: clustered`
template <numeric_range R>
[[nodiscard]] double geary(R&& values, const weights& w, island_count count = island_count::excluded) {
    const auto p = detail::geary_prepare("geary", std::forward<R>(values), w, count, 1);
    return p.factor * detail::squared_differences(w, p.x);
}

/// Geary's C with E[C] = 1, its variance, z = (1 − C) / √Var and p under normality or
/// randomisation (spdep's `geary.test`).
///
/// With n as `count` says, N the number of units, S0, S1, S2 the weights' constants:
///   normality:     Var = ((2 S1 + S2)(n − 1) − 4 S0²) / (2 (N + 1) S0²)
///   randomisation: Var = [(n − 1) S1 (n² − 3N + 3 − K (n − 1))
///                         − ¼ (n − 1) S2 (n² + 3N − 6 − K (n² − N + 2))
///                         + S0² (n² − 3 − K (n − 1)²)] / (N (n − 2)(n − 3) S0²)
///   with K = n Σ z⁴ / (Σ z²)² (spdep's Geary kurtosis uses the adjusted n).
/// `greater` tests for clustering (C < 1).
/// \throws domain_error as `geary`, if fewer than 4 units have neighbours, or if the
/// variance is not positive.
/// Example: `auto t = ineq::spatial::geary_test(values, w, null_model::normality);`
/// `bool clustered = t.p_value < 0.05;`
template <numeric_range R>
[[nodiscard]] analytic_test geary_test(R&& values, const weights& w, const global_options& o = {}) {
    constexpr const char* fn = "geary_test";
    const auto p = detail::geary_prepare(fn, std::forward<R>(values), w, o.islands, 4);
    const double c = p.factor * detail::squared_differences(w, p.x);
    const double n = detail::counted_n(w, o.islands);
    const auto big_n = static_cast<double>(w.size());
    const double n1 = n - 1.0;
    const double nn = n * n;
    const double s0 = w.s0();
    const double s1 = w.s1();
    const double s2 = w.s2();
    const double s02 = s0 * s0;
    double v = 0.0;
    if (o.null_model == null_model::normality) {
        v = ((2.0 * s1 + s2) * n1 - 4.0 * s02) / (2.0 * (big_n + 1.0) * s02);
    } else {
        const double z4 = p.z.array().square().square().sum();
        const double k = n * z4 / (p.zz * p.zz);
        v = n1 * s1 * (nn - 3.0 * big_n + 3.0 - k * n1);
        v -= 0.25 * (n1 * s2 * (nn + 3.0 * big_n - 6.0 - k * (nn - big_n + 2.0)));
        v += s02 * (nn - 3.0 - k * n1 * n1);
        v /= big_n * (n - 2.0) * (n - 3.0) * s02;
    }
    return detail::make_test(fn, c, 1.0, v, o.alternative, stats::greater_means::smaller);
}

/// Geary's C with a permutation test (spdep's `geary.mc`): the values are assigned to the
/// units at random R times, permutation r with the random stream (seed, r), so the result
/// depends on the seed only. For `greater` (clustering), p = (1 + #{simulated C ≤ C}) /
/// (R + 1); z = (mean − C) / sd.
/// \throws domain_error as `geary`, or if `o.resamples` is 0.
/// Example: `auto t = ineq::spatial::geary_permutation(values, w, {.resamples = 999});`
/// `double p = t.p_value;`
template <numeric_range R>
[[nodiscard]] permutation_test geary_permutation(R&& values, const weights& w, const global_options& o = {}) {
    constexpr const char* fn = "geary_permutation";
    const auto p = detail::geary_prepare(fn, std::forward<R>(values), w, o.islands, 1);
    const double c = p.factor * detail::squared_differences(w, p.x);
    return detail::run_permutations(
        fn, p.x, c, o, stats::greater_means::smaller,
        [&](const Eigen::VectorXd& x) { return p.factor * detail::squared_differences(w, x); });
}

}  // namespace ineq::spatial

#endif  // INEQ_SPATIAL_GEARY_HPP
