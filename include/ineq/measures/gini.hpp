#ifndef INEQ_MEASURES_GINI_HPP
#define INEQ_MEASURES_GINI_HPP

/// \file
/// The Gini coefficient as the study defines it (eq. 3), from sorted cumulative shares:
///
///     G = 1 - (1/N) (2 sum_{i=1}^{N-1} W_i + 1),   W_i = share held by the i smallest values.
///
/// This is algebraically the standard Gini with divisor N (mean absolute difference over
/// twice the mean), so it ranges from 0 (all equal) to 1 - 1/N (one unit holds all);
/// `corrected_gini` rescales it to [0, 1]. It is not Krugman's locational Gini, which
/// compares an industry's regional shares with a reference distribution.
///
/// Values must be non-negative with a positive total. `gini` copies and sorts; use
/// `gini_sorted` for data known to be sorted and `gini_in_place` to let the caller's
/// buffer be sorted instead of copied.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/detail/shares.hpp>
#include <ineq/error.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <ranges>

namespace ineq {

namespace detail {

/// `gini_of_sorted` guarded against overflow and rounding: equal values give exactly 0
/// (the sums alone leave about 1e-16 for, say, 13 copies of 0.1), and since the
/// rank-weighted sum reaches N times the total, for a total above DBL_MAX / (4 N) (or an
/// infinite one) the Gini is taken of the values times 2^-600 instead. Values that
/// underflow in that product are below 2^-422 and weigh nothing beside a total that large.
template <std::ranges::random_access_range R>
[[nodiscard]] double gini_of_sorted_guarded(R&& sorted, double total, std::size_t n) {
    const auto count = static_cast<double>(n);
    const auto first = std::ranges::begin(sorted);
    if (static_cast<double>(first[0]) == static_cast<double>(first[static_cast<std::ptrdiff_t>(n - 1)])) {
        return 0.0;
    }
    if (std::isfinite(total) && total <= std::numeric_limits<double>::max() / (4.0 * count)) {
        return gini_of_sorted(sorted, total);
    }
    constexpr double k = 0x1p-600;
    neumaier_sum scaled_total;
    neumaier_sum weighted;
    double rank = 0.0;
    for (auto&& v : sorted) {
        const double scaled = static_cast<double>(v) * k;
        rank += 1.0;
        scaled_total.add(scaled);
        weighted.add(rank * scaled);
    }
    return gini_from_sums(rank, scaled_total.value(), weighted.value());
}

}  // namespace detail

/// Gini coefficient, eq. 3 of the study. One value gives 0.
/// \throws domain_error if `x` is empty, holds a negative value or NaN/infinity (naming
/// its index), or sums to zero.
/// Example: `ineq::gini(std::vector{1, 2, 3, 4, 5})` is 4/15; `{0, 0, 0, 10}` gives 3/4.
template <numeric_range R>
[[nodiscard]] double gini(R&& x) {
    const auto s = detail::sorted_copy_for_shares(x, "gini");
    return detail::gini_of_sorted_guarded(s.values, s.total, s.values.size());
}

/// Gini for values the caller knows are sorted ascending; skips the copy and the sort.
/// The order is verified as the values are read.
/// \throws domain_error as `gini` does, and if a value is smaller than the one before it
/// (naming its index).
/// Example: `ineq::gini_sorted(std::vector{0, 0, 0, 10})` is 0.75.
template <numeric_range R>
[[nodiscard]] double gini_sorted(R&& x) {
    constexpr std::string_view fn = "gini_sorted";
    // The plain sums, and the same sums of the values times 2^-600 for data whose total
    // or rank-weighted sum (up to N times the total) overflows; see gini_of_sorted_guarded.
    constexpr double k = 0x1p-600;
    detail::neumaier_sum total;
    detail::neumaier_sum weighted;
    detail::neumaier_sum total_k;
    detail::neumaier_sum weighted_k;
    double first = 0.0;
    double previous = 0.0;
    const auto visit = [&](double v, std::size_t i, const auto&) {
        if (i > 0 && v < previous) {
            detail::fail(fn, "values must be sorted ascending", i, v);
        }
        if (i == 0) {
            first = v;
        }
        previous = v;
        const auto rank = static_cast<double>(i + 1);
        total.add(v);
        weighted.add(rank * v);
        total_k.add(v * k);
        weighted_k.add(rank * (v * k));
    };
    const std::size_t count = detail::for_each_share_value(x, fn, visit);
    if (first == previous && first > 0.0) {
        return 0.0;  // all equal: exactly 0, not the 1e-16 the sums can leave
    }
    const auto n = static_cast<double>(count);
    const double t = total.value();
    if (std::isfinite(t) && t <= std::numeric_limits<double>::max() / (4.0 * n)) {
        detail::require_positive_total(t, fn);
        return detail::gini_from_sums(n, t, weighted.value());
    }
    return detail::gini_from_sums(n, total_k.value(), weighted_k.value());
}

/// Gini that sorts the caller's buffer in place instead of copying it: for large data
/// the caller no longer needs in its original order. Afterwards `x` is sorted ascending
/// (also when the function throws after validation, which it does only for a zero total).
/// \throws domain_error as `gini` does; on a negative or non-finite value `x` is left
/// unchanged.
/// Example: `std::vector v{5, 1, 4}; ineq::gini_in_place(v);` leaves v == {1, 4, 5}.
template <sortable_numeric_range R>
[[nodiscard]] double gini_in_place(R&& x) {
    constexpr std::string_view fn = "gini_in_place";
    const std::size_t n =
        detail::for_each_share_value(x, fn, [](double, std::size_t, const auto&) {});
    std::ranges::sort(x);
    detail::neumaier_sum total;
    for (auto&& v : x) {
        total.add(static_cast<double>(v));
    }
    // An infinite total (finite values whose sum overflows) is positive and handled by
    // the guarded form; only an all-zero buffer fails here.
    const double t = total.value();
    if (!std::isnan(t)) {
        detail::require_positive_total(t, fn);
    }
    return detail::gini_of_sorted_guarded(x, t, n);
}

/// The largest Gini that N non-negative values can have, 1 - 1/N (one unit holds
/// everything). The ceiling for any published eq. 3 Gini over N units.
/// \throws domain_error if `n` is zero.
/// Example: `ineq::max_gini(31)` is 30/31 = 0.9677...
[[nodiscard]] inline double max_gini(std::size_t n) {
    if (n == 0) {
        detail::fail("max_gini", "needs n >= 1, got 0");
    }
    return 1.0 - 1.0 / static_cast<double>(n);
}

/// Gini rescaled to [0, 1] by its maximum: gini(x) * N / (N - 1).
/// \throws domain_error as `gini` does, and if `x` has fewer than two values.
/// Example: `ineq::corrected_gini(std::vector{0, 0, 0, 10})` is 1.
template <numeric_range R>
[[nodiscard]] double corrected_gini(R&& x) {
    const auto s = detail::sorted_copy_for_shares(x, "corrected_gini");
    const auto n = static_cast<double>(s.values.size());
    if (s.values.size() < 2) {
        detail::fail("corrected_gini", "needs at least two values (the factor is N / (N - 1))");
    }
    return std::min(1.0, detail::gini_of_sorted_guarded(s.values, s.total, s.values.size()) * n / (n - 1.0));
}

}  // namespace ineq

#endif
