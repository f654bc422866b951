#ifndef INEQ_SPATIAL_MORAN_HPP
#define INEQ_SPATIAL_MORAN_HPP

/// \file
/// Global Moran's I: do neighbouring units hold similar values?
///
///     I = (n / S0) · Σ_i Σ_j w_ij z_i z_j / Σ_i z_i²,   z = x − mean(x),   S0 = Σ_i Σ_j w_ij
///
/// I > E[I] = −1/(n − 1) means neighbours are more alike than a random assignment would
/// make them (clustering), I < E[I] that they differ more (a checkerboard). The analytic
/// moments follow Cliff and Ord (1981) as R spdep's `moran.test` computes them; the
/// permutation test follows `moran.mc` with reproducible random streams.
///
/// Islands (units without neighbours, kept by `island_policy::keep()`) add nothing to S0
/// or to the cross-products but their values stay in the mean and in Σ z². By default n
/// counts only the units with neighbours (`island_count::excluded`, spdep's
/// `adjust.n = TRUE`): n in the factor n / S0 and in every moment formula. With
/// `island_count::included` (`adjust.n = FALSE`) n counts every unit. The kurtosis K of
/// the randomisation variance is always taken over all values, as spdep does.

#include <ineq/concepts.hpp>
#include <ineq/spatial/detail/global.hpp>
#include <ineq/spatial/inference.hpp>
#include <ineq/spatial/weights.hpp>

#include <Eigen/Core>

#include <cmath>
#include <cstddef>
#include <utility>

namespace ineq::spatial {

namespace detail {

struct moran_parts {
    Eigen::VectorXd z;  // centred values
    double zz = 0.0;    // Σ z²
    double factor = 0.0;  // n / S0
};

template <class R>
[[nodiscard]] moran_parts moran_prepare(const char* fn, R&& values, const weights& w, island_count count,
                                        std::size_t minimum_units) {
    Eigen::VectorXd x = unit_values(fn, std::forward<R>(values), w.size());
    check_weights(fn, w, minimum_units);
    check_not_constant(fn, x);
    moran_parts p;
    p.z = centred(x);
    p.zz = p.z.squaredNorm();
    p.factor = counted_n(w, count) / w.s0();
    return p;
}

}  // namespace detail

/// Moran's I of `values` (one per unit of `w`, in the weights' unit order).
///
/// I = (n / S0) · Σ_ij w_ij z_i z_j / Σ_i z_i², z = x − mean(x); n as `count` says (see the
/// file comment). With row-standardised weights and no island, n / S0 = 1.
/// \throws domain_error if `values` does not have one finite value per unit, the weights
/// have no links, or the values are constant ("values are constant: the statistic is
/// undefined").
/// Example: `auto w = province_contiguity(weights_style::row_standardised, island_policy::keep());`
/// `double i = ineq::spatial::moran(panel.year(2021), w);`
template <numeric_range R>
[[nodiscard]] double moran(R&& values, const weights& w, island_count count = island_count::excluded) {
    const auto p = detail::moran_prepare("moran", std::forward<R>(values), w, count, 1);
    return p.factor * detail::cross_sum(w, p.z, p.z) / p.zz;
}

/// Moran's I with its expectation, variance, z and p-value under normality or under
/// randomisation (spdep's `moran.test`, `drop.EI2 = FALSE`).
///
/// With n as `count` says, S0, S1, S2 the weights' constants (`weights::s0()` ...) and
/// E = −1/(n − 1):
///   normality:     Var = (n² S1 − n S2 + 3 S0²) / (S0² (n² − 1)) − E²
///   randomisation: Var = [n ((n² − 3n + 3) S1 − n S2 + 3 S0²)
///                         − K ((n² − n) S1 − 2n S2 + 6 S0²)] / ((n − 1)(n − 2)(n − 3) S0²) − E²
///   with K = N Σ z⁴ / (Σ z²)², N the number of values (the sample kurtosis).
/// z = (I − E) / √Var; p from the standard normal: `greater` tests for clustering.
/// \throws domain_error as `moran`, if fewer than 4 units have neighbours, or if the
/// randomisation variance is not positive (extreme kurtosis; spdep warns and goes on).
/// Example: `auto t = ineq::spatial::moran_test(values, w);`
/// `if (t.p_value < 0.05) { /* clustered */ }`
template <numeric_range R>
[[nodiscard]] analytic_test moran_test(R&& values, const weights& w, const global_options& o = {}) {
    constexpr const char* fn = "moran_test";
    const auto p = detail::moran_prepare(fn, std::forward<R>(values), w, o.islands, 4);
    const double i = p.factor * detail::cross_sum(w, p.z, p.z) / p.zz;
    const double n = detail::counted_n(w, o.islands);
    const double s0 = w.s0();
    const double s1 = w.s1();
    const double s2 = w.s2();
    const double s02 = s0 * s0;
    const double nn = n * n;
    const double e = -1.0 / (n - 1.0);
    double v = 0.0;
    if (o.null_model == null_model::normality) {
        v = (nn * s1 - n * s2 + 3.0 * s02) / (s02 * (nn - 1.0)) - e * e;
    } else {
        const double z4 = p.z.array().square().square().sum();
        const double k = static_cast<double>(p.z.size()) * z4 / (p.zz * p.zz);
        const double a = n * (s1 * (nn - 3.0 * n + 3.0) - n * s2 + 3.0 * s02);
        const double b = k * (s1 * (nn - n) - 2.0 * n * s2 + 6.0 * s02);
        v = (a - b) / ((n - 1.0) * (n - 2.0) * (n - 3.0) * s02) - e * e;
    }
    return detail::make_test(fn, i, e, v, o.alternative, stats::greater_means::larger);
}

/// Moran's I with a permutation test (spdep's `moran.mc`, PySAL esda's `Moran.p_sim`):
/// the values are assigned to the units at random R times and I recomputed each time.
/// Permutation r uses the random stream (seed, r), so the result depends on the seed
/// only — not on the thread count. p = (1 + #{simulated I ≥ I}) / (R + 1) for `greater`
/// (see inference.hpp for the others).
/// \throws domain_error as `moran`, or if `o.resamples` is 0.
/// Example: `auto t = ineq::spatial::moran_permutation(values, w, {.resamples = 9999, .seed = 7});`
/// `double p = t.p_value;`
template <numeric_range R>
[[nodiscard]] permutation_test moran_permutation(R&& values, const weights& w, const global_options& o = {}) {
    constexpr const char* fn = "moran_permutation";
    const auto p = detail::moran_prepare(fn, std::forward<R>(values), w, o.islands, 1);
    const double scale = p.factor / p.zz;
    const double i = scale * detail::cross_sum(w, p.z, p.z);
    return detail::run_permutations(fn, p.z, i, o, stats::greater_means::larger,
                                    [&](const Eigen::VectorXd& z) { return scale * detail::cross_sum(w, z, z); });
}

namespace detail {

struct bivariate_parts {
    Eigen::VectorXd zx, zy;  // centred values
    double scale = 0.0;      // (n / S0) / √(Σ zx² Σ zy²)
};

template <class X, class Y>
[[nodiscard]] bivariate_parts bivariate_prepare(const char* fn, X&& x, Y&& y, const weights& w,
                                                island_count count) {
    Eigen::VectorXd vx = unit_values(fn, std::forward<X>(x), w.size());
    Eigen::VectorXd vy = unit_values(fn, std::forward<Y>(y), w.size());
    check_weights(fn, w, 1);
    check_not_constant(fn, vx);
    check_not_constant(fn, vy);
    bivariate_parts p;
    p.zx = centred(vx);
    p.zy = centred(vy);
    p.scale = counted_n(w, count) / w.s0() / std::sqrt(p.zx.squaredNorm() * p.zy.squaredNorm());
    return p;
}

}  // namespace detail

/// Bivariate Moran's I: do units with high x have neighbours with high y?
///
/// I_xy = (n / S0) · Σ_ij w_ij z_x,i z_y,j / Σ_i z_x,i², where z_x = (x − mean x) / s_x and
/// z_y = (y − mean y) / s_y are standardised with the sample standard deviation (n − 1),
/// as R's `scale()` and PySAL esda's `Moran_BV` do. The ratio does not depend on that
/// choice as long as both use the same one; it equals
/// (n / S0) · Σ_ij w_ij (x_i − x̄)(y_j − ȳ) / √(Σ (x − x̄)² Σ (y − ȳ)²).
/// For row-standardised weights without islands n / S0 = 1 and the value is esda's
/// `Moran_BV.I` and spdep's `moran_bv` statistic; for other styles those two omit n / S0.
/// Not symmetric: I_xy ≠ I_yx in general. n as `count` says (see the file comment).
/// \throws domain_error if x or y does not have one finite value per unit, either is
/// constant, or the weights have no links.
/// Example: `double i = ineq::spatial::moran_bivariate(all_patents, cooperative, w);`
/// `// > 0: provinces with many patents border provinces with much cooperation`
template <numeric_range X, numeric_range Y>
[[nodiscard]] double moran_bivariate(X&& x, Y&& y, const weights& w, island_count count = island_count::excluded) {
    const auto p = detail::bivariate_prepare("moran_bivariate", std::forward<X>(x), std::forward<Y>(y), w, count);
    return p.scale * detail::cross_sum(w, p.zx, p.zy);
}

/// Bivariate Moran's I with a permutation test: y is permuted over the units and x stays
/// in place (PySAL esda's `Moran_BV`), permutation r with the random stream (seed, r).
/// \throws as `moran_bivariate`, or if `o.resamples` is 0.
/// Example: `auto t = ineq::spatial::moran_bivariate_permutation(x, y, w, {.resamples = 999});`
/// `double p = t.p_value;`
template <numeric_range X, numeric_range Y>
[[nodiscard]] permutation_test moran_bivariate_permutation(X&& x, Y&& y, const weights& w,
                                                           const global_options& o = {}) {
    constexpr const char* fn = "moran_bivariate_permutation";
    const auto p = detail::bivariate_prepare(fn, std::forward<X>(x), std::forward<Y>(y), w, o.islands);
    const double i = p.scale * detail::cross_sum(w, p.zx, p.zy);
    return detail::run_permutations(fn, p.zy, i, o, stats::greater_means::larger,
                                    [&](const Eigen::VectorXd& zy) { return p.scale * detail::cross_sum(w, p.zx, zy); });
}

}  // namespace ineq::spatial

#endif  // INEQ_SPATIAL_MORAN_HPP
