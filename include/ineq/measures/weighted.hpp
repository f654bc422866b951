#ifndef INEQ_MEASURES_WEIGHTED_HPP
#define INEQ_MEASURES_WEIGHTED_HPP

/// \file
/// Weighted forms of the Gini coefficient, the coefficient of variation, Theil T, the
/// mean log deviation, generalized entropy and the Atkinson index, with frequency weights
/// w_i >= 0 (integer or real): value x_i stands for w_i units. With W = sum w_i and
/// mu = sum w_i x_i / W,
///
///     weighted_gini   G = sum_i sum_j w_i w_j |x_i - x_j| / (2 W^2 mu)
///                       = sum_(i) w_i x_i (F_{i-1} + F_i - W) / (W sum w x)   (sorted, F_i the cumulative weight)
///     weighted_cv     sqrt( sum w_i (x_i - mu)^2 / (W - 1) ) / mu
///     weighted_theil_t, weighted_mean_log_deviation, weighted_generalized_entropy,
///     weighted_atkinson:  the unweighted formulas with (1/N) sum_i replaced by (1/W) sum_i w_i.
///
/// Weights of 1 give the unweighted measures; integer weights give exactly the measure of
/// the data with each x_i repeated w_i times (so `weighted_gini` is eq. 3 of the expanded
/// data and `weighted_cv` its sample CV). Every measure except `weighted_cv` depends only
/// on the relative weights; `weighted_cv`, like the sample CV of the expanded data,
/// needs W > 1 and uses the weights as counts. Units of weight zero are ignored (but
/// their values are still checked).
///
/// `weighted_corrected_gini` divides by the largest Gini the given weights allow,
/// 1 - w_min / W (w_min the smallest positive weight), so it never exceeds 1. The
/// expanded-data correction W / (W - 1), which DescTools applies, exceeds 1 once a weight
/// is below 1; with unit weights both are N / (N - 1), i.e. `corrected_gini`.

#include <ineq/concepts.hpp>
#include <ineq/detail/family.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <string_view>
#include <utility>
#include <vector>

namespace ineq {

namespace detail {
[[nodiscard]] inline double weighted_gini_of(const weighted_values& d, std::string_view fn) {
    require_positive_mean(d, fn);
    std::vector<std::pair<double, double>> xw;
    xw.reserve(d.x.size());
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        if (d.weight(i) > 0.0) {
            xw.emplace_back(d.x[i], d.weight(i));
        }
    }
    std::ranges::sort(xw);
    neumaier_sum f;
    neumaier_sum acc;
    const double W = d.total_weight;
    for (const auto& [x, w] : xw) {
        const double before = f.value();
        f.add(w);
        acc.add(w * x * (before + f.value() - W));
    }
    return std::clamp(require_finite_result(acc.value() / (W * W * d.mean), fn), 0.0, 1.0);
}
}  // namespace detail

/// Gini coefficient with frequency weights; `weighted_gini(x, ones)` is `gini(x)` and
/// integer weights give the Gini of the expanded data. Equals R
/// `laeken::gini(x, weights = w)$value / 100`.
/// \throws domain_error if `x` is empty, the lengths differ, a value or weight is
/// negative or NaN/infinity (naming its index), the total weight is zero, or the
/// weighted total of the values is zero.
/// Example: `ineq::weighted_gini(std::vector{1, 2}, std::vector{2, 1})` is the Gini of
/// {1, 1, 2}, 1/6.
template <numeric_range R, numeric_range W>
[[nodiscard]] double weighted_gini(R&& x, W&& w) {
    constexpr std::string_view fn = "weighted_gini";
    return detail::weighted_gini_of(detail::load_weighted(x, w, fn), fn);
}

/// Weighted Gini divided by the largest value it can take for these weights,
/// 1 - w_min / W, so the result lies in [0, 1] for any weights (unit weights give
/// `corrected_gini`).
/// \throws domain_error as `weighted_gini` does, and if fewer than two values have a
/// positive weight.
/// Example: `ineq::weighted_corrected_gini(std::vector{0, 10}, std::vector{0.5, 0.5})` is 1.
template <numeric_range R, numeric_range W>
[[nodiscard]] double weighted_corrected_gini(R&& x, W&& w) {
    constexpr std::string_view fn = "weighted_corrected_gini";
    const auto d = detail::load_weighted(x, w, fn);
    double w_min = std::numeric_limits<double>::infinity();
    std::size_t positive = 0;
    for (const double v : d.w) {
        if (v > 0.0) {
            w_min = std::min(w_min, v);
            ++positive;
        }
    }
    if (positive < 2) {
        detail::fail(fn, "needs at least two values with a positive weight");
    }
    const double g = detail::weighted_gini_of(d, fn);
    return std::clamp(g / (1.0 - w_min / d.total_weight), 0.0, 1.0);
}

/// Sample coefficient of variation with frequency weights,
/// sqrt(sum w (x - mu)^2 / (W - 1)) / mu: `cv` of the expanded data for integer weights.
/// Negative values are allowed as long as the weighted mean is positive.
/// \throws domain_error if `x` is empty, the lengths differ, a value is NaN/infinity, a
/// weight is negative or NaN/infinity, the total weight is not above 1, or the weighted
/// mean is zero or negative.
/// Example: `ineq::weighted_cv(std::vector{2, 4, 5, 7, 9}, std::vector{1, 3, 2, 1, 1})` is
/// `ineq::cv(std::vector{2, 4, 4, 4, 5, 5, 7, 9})` = sqrt(32/7) / 5.
template <numeric_range R, numeric_range W>
[[nodiscard]] double weighted_cv(R&& x, W&& w) {
    constexpr std::string_view fn = "weighted_cv";
    const auto d = detail::load_weighted(x, w, fn, /*non_negative=*/false);
    // The caller's total weight is total_weight * weight_scale (weights far from 1 are
    // held divided by a power of two); the divisor W - 1 is taken in those units.
    const double total = d.total_weight * d.weight_scale;
    if (!(total > 1.0)) {
        detail::fail_got(fn, "the total weight must exceed 1 (the divisor is W - 1)", total);
    }
    if (!(d.mean > 0.0)) {
        detail::fail_got(fn, "the weighted mean must be positive", d.mean);
    }
    detail::neumaier_sum s;
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        const double dev = d.x[i] - d.mean;
        s.add(d.w[i] * dev * dev);
    }
    return detail::require_finite_result(
        std::sqrt(std::max(0.0, s.value()) / (d.total_weight - 1.0 / d.weight_scale)) / d.mean, fn);
}

/// Theil T with frequency weights, (1/W) sum w_i (x_i/mu) ln(x_i/mu), 0 ln 0 = 0.
/// \throws domain_error as `weighted_gini` does.
/// Example: `ineq::weighted_theil_t(std::vector{0, 10}, std::vector{3, 1})` is ln 4.
template <numeric_range R, numeric_range W>
[[nodiscard]] double weighted_theil_t(R&& x, W&& w) {
    constexpr std::string_view fn = "weighted_theil_t";
    return detail::generalized_entropy_of(detail::load_weighted(x, w, fn), 1.0, fn);
}

/// Mean log deviation with frequency weights, (1/W) sum w_i ln(mu / x_i).
/// \throws domain_error as `weighted_gini` does, and if a value with positive weight is
/// zero (the measure is infinite).
/// Example: `ineq::weighted_mean_log_deviation(std::vector{1, 4}, std::vector{1, 1})` is
/// ln 2.5 - ln 2.
template <numeric_range R, numeric_range W>
[[nodiscard]] double weighted_mean_log_deviation(R&& x, W&& w) {
    constexpr std::string_view fn = "weighted_mean_log_deviation";
    return detail::generalized_entropy_of(detail::load_weighted(x, w, fn), 0.0, fn);
}

/// Generalized entropy GE(alpha) with frequency weights.
/// \throws domain_error as `weighted_gini` does, if `alpha` is not finite, and if
/// `alpha` <= 0 and a value with positive weight is zero.
/// Example: `ineq::weighted_generalized_entropy(x, w, 1.0)` is `weighted_theil_t(x, w)`.
template <numeric_range R, numeric_range W>
[[nodiscard]] double weighted_generalized_entropy(R&& x, W&& w, double alpha) {
    constexpr std::string_view fn = "weighted_generalized_entropy";
    if (!std::isfinite(alpha)) {
        detail::fail_got(fn, "alpha must be finite", alpha);
    }
    return detail::generalized_entropy_of(detail::load_weighted(x, w, fn), alpha, fn);
}

/// Atkinson index with frequency weights and inequality aversion `epsilon` >= 0.
/// \throws domain_error as `weighted_gini` does, and if `epsilon` is negative or not finite.
/// Example: `ineq::weighted_atkinson(std::vector{1, 4}, std::vector{1, 1}, 1.0)` is 0.2.
template <numeric_range R, numeric_range W>
[[nodiscard]] double weighted_atkinson(R&& x, W&& w, double epsilon) {
    constexpr std::string_view fn = "weighted_atkinson";
    return detail::atkinson_of(detail::load_weighted(x, w, fn), epsilon, fn);
}

}  // namespace ineq

#endif
