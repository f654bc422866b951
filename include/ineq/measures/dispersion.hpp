#ifndef INEQ_MEASURES_DISPERSION_HPP
#define INEQ_MEASURES_DISPERSION_HPP

/// \file
/// Location and dispersion: mean, range, variance, standard deviation and coefficient
/// of variation, in the sample (N - 1) and population (N) forms.
///
/// Every function takes any `ineq::numeric_range` (containers, C arrays, views,
/// `std::ranges::subrange`, one-dimensional Eigen vectors and arrays), never modifies
/// it, and returns a double. Integer sums are exact; floating-point moments use the
/// corrected two-pass algorithm. NaN or infinity anywhere throws `ineq::domain_error`
/// naming its index.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <ranges>
#include <type_traits>

namespace ineq {

/// Arithmetic mean, sum(x) / N.
/// \throws domain_error if `x` is empty or holds NaN/infinity.
/// Example: `ineq::mean(std::vector{1, 2, 3, 4})` is 2.5.
template <numeric_range R>
[[nodiscard]] double mean(R&& x) {
    return detail::moments_of(x, "mean").mean;
}

/// Range, max(x) - min(x): the study's first measure of absolute disparity (Fig. 3).
/// One value gives 0.
/// \throws domain_error if `x` is empty or holds NaN/infinity, or if the difference
/// overflows double.
/// Example: `ineq::range(std::vector{11, 445, 90})` is 434.
template <numeric_range R>
[[nodiscard]] double range(R&& x) {
    constexpr std::string_view fn = "range";
    bool any = false;
    double lo = 0.0;
    double hi = 0.0;
    std::size_t i = 0;
    for (auto&& raw : x) {
        const auto v = static_cast<double>(raw);
        detail::require_finite(v, fn, i);
        if (!any) {
            lo = hi = v;
            any = true;
        } else {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        ++i;
    }
    if (!any) {
        detail::fail(fn, "needs at least one value, got an empty range");
    }
    return detail::require_finite_result(hi - lo, fn);
}

namespace detail {
template <numeric_range R>
[[nodiscard]] double variance_impl(R&& x, std::string_view fn, bool sample) {
    const moments m = moments_of(x, fn);
    if (sample && m.n < 2) {
        fail(fn, "needs at least two values (the divisor is N - 1)");
    }
    const auto divisor = static_cast<double>(sample ? m.n - 1 : m.n);
    return require_finite_result(m.variance(divisor), fn);
}

template <numeric_range R>
[[nodiscard]] double sd_impl(R&& x, std::string_view fn, bool sample) {
    const moments m = moments_of(x, fn);
    if (sample && m.n < 2) {
        fail(fn, "needs at least two values (the divisor is N - 1)");
    }
    const auto divisor = static_cast<double>(sample ? m.n - 1 : m.n);
    return require_finite_result(m.sd(divisor), fn);
}

template <numeric_range R>
[[nodiscard]] double cv_impl(R&& x, std::string_view fn, bool sample) {
    const moments m = moments_of(x, fn);
    if (sample && m.n < 2) {
        fail(fn, "needs at least two values (the divisor is N - 1)");
    }
    if (!(m.mean > 0.0)) {
        fail_got(fn, "the mean must be positive", m.mean);
    }
    const auto divisor = static_cast<double>(sample ? m.n - 1 : m.n);
    // The quotient can overflow for a tiny positive mean of widely spread values.
    return require_finite_result(m.sd(divisor) / m.mean, fn);
}
}  // namespace detail

/// Sample variance, sum((x - mean)^2) / (N - 1).
/// \throws domain_error if `x` has fewer than two values or holds NaN/infinity.
/// Example: `ineq::sample_variance(std::vector{1, 2, 3, 4})` is 5/3.
template <numeric_range R>
[[nodiscard]] double sample_variance(R&& x) {
    return detail::variance_impl(x, "sample_variance", true);
}

/// Sample standard deviation, sqrt(sum((x - mean)^2) / (N - 1)): the study's eq. 1.
/// \throws domain_error if `x` has fewer than two values or holds NaN/infinity.
/// Example: `ineq::sample_sd(std::vector{2, 4, 4, 4, 5, 5, 7, 9})` is sqrt(32/7).
template <numeric_range R>
[[nodiscard]] double sample_sd(R&& x) {
    return detail::sd_impl(x, "sample_sd", true);
}

/// Population variance, sum((x - mean)^2) / N. One value gives 0.
/// \throws domain_error if `x` is empty or holds NaN/infinity.
/// Example: `ineq::population_variance(std::vector{2, 4, 4, 4, 5, 5, 7, 9})` is 4.
template <numeric_range R>
[[nodiscard]] double population_variance(R&& x) {
    return detail::variance_impl(x, "population_variance", false);
}

/// Population standard deviation, sqrt(sum((x - mean)^2) / N). One value gives 0.
/// \throws domain_error if `x` is empty or holds NaN/infinity.
/// Example: `ineq::population_sd(std::vector{2, 4, 4, 4, 5, 5, 7, 9})` is 2.
template <numeric_range R>
[[nodiscard]] double population_sd(R&& x) {
    return detail::sd_impl(x, "population_sd", false);
}

/// Coefficient of variation, sample_sd(x) / mean(x): the study's eq. 2 (relative
/// disparity, Fig. 4). Defined for data with a positive mean; negative values are
/// allowed as long as the mean is positive.
/// \throws domain_error if `x` has fewer than two values, holds NaN/infinity, or its
/// mean is zero or negative.
/// Example: `ineq::cv(std::vector{2, 4, 4, 4, 5, 5, 7, 9})` is sqrt(32/7) / 5.
template <numeric_range R>
[[nodiscard]] double cv(R&& x) {
    return detail::cv_impl(x, "cv", true);
}

/// Population coefficient of variation, population_sd(x) / mean(x).
/// \throws domain_error if `x` is empty, holds NaN/infinity, or its mean is zero or
/// negative.
/// Example: `ineq::population_cv(std::vector{2, 4, 4, 4, 5, 5, 7, 9})` is 0.4.
template <numeric_range R>
[[nodiscard]] double population_cv(R&& x) {
    return detail::cv_impl(x, "population_cv", false);
}

}  // namespace ineq

#endif
