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
#include <cstddef>
#include <ranges>

namespace ineq {

/// Gini coefficient, eq. 3 of the study. One value gives 0.
/// \throws domain_error if `x` is empty, holds a negative value or NaN/infinity (naming
/// its index), or sums to zero.
/// Example: `ineq::gini(std::vector{1, 2, 3, 4, 5})` is 4/15; `{0, 0, 0, 10}` gives 3/4.
template <numeric_range R>
[[nodiscard]] double gini(R&& x) {
    const auto s = detail::sorted_copy_for_shares(x, "gini");
    return detail::gini_of_sorted(s.values, s.total);
}

/// Gini for values the caller knows are sorted ascending; skips the copy and the sort.
/// The order is verified as the values are read.
/// \throws domain_error as `gini` does, and if a value is smaller than the one before it
/// (naming its index).
/// Example: `ineq::gini_sorted(std::vector{0, 0, 0, 10})` is 0.75.
template <numeric_range R>
[[nodiscard]] double gini_sorted(R&& x) {
    constexpr std::string_view fn = "gini_sorted";
    detail::neumaier_sum total;
    detail::neumaier_sum weighted;
    double previous = 0.0;
    std::size_t i = 0;
    for (auto&& raw : x) {
        const auto v = static_cast<double>(raw);
        detail::require_finite(v, fn, i);
        if (v < 0.0) {
            detail::fail(fn, "values must be non-negative", i, v);
        }
        if (i > 0 && v < previous) {
            detail::fail(fn, "values must be sorted ascending", i, v);
        }
        previous = v;
        ++i;
        total.add(v);
        weighted.add(static_cast<double>(i) * v);
    }
    if (i == 0) {
        detail::fail(fn, "needs at least one value, got an empty range");
    }
    const double t = total.value();
    detail::require_positive_total(t, fn);
    return detail::gini_from_sums(static_cast<double>(i), t, weighted.value());
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
    std::size_t i = 0;
    for (auto&& raw : x) {
        const auto v = static_cast<double>(raw);
        detail::require_finite(v, fn, i);
        if (v < 0.0) {
            detail::fail(fn, "values must be non-negative", i, v);
        }
        ++i;
    }
    if (i == 0) {
        detail::fail(fn, "needs at least one value, got an empty range");
    }
    std::ranges::sort(x);
    detail::neumaier_sum total;
    for (auto&& v : x) {
        total.add(static_cast<double>(v));
    }
    detail::require_positive_total(total.value(), fn);
    return detail::gini_of_sorted(x, total.value());
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
    return std::min(1.0, detail::gini_of_sorted(s.values, s.total) * n / (n - 1.0));
}

}  // namespace ineq

#endif
