#ifndef INEQ_DETAIL_SHARES_HPP
#define INEQ_DETAIL_SHARES_HPP

/// \file
/// Internals of the share-based measures (Lorenz curve, Gini): a validated, sorted copy
/// of the caller's values and the Gini sum over sorted data. Not part of the public API.
/// The sort is chosen by size and type (detail/sort.hpp): std::sort below 4096 values, a
/// counting sort for integer counts of small range, an LSD radix sort otherwise; all give
/// std::sort's sequence, so results do not depend on the choice.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/detail/sort.hpp>
#include <ineq/error.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <ranges>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace ineq::detail {

/// A sorted (ascending) copy of non-negative, finite values with a positive total.
/// Shares do not depend on scale, so data whose total would overflow a double (or is
/// below 2^-400) is stored divided by a power of two (`scale`, exact): the caller's value
/// i is values[i] * scale.
struct sorted_shares {
    std::vector<double> values;
    double total = 0.0;
    double scale = 1.0;
};

/// Throws unless `total` can be divided by: shares of a zero total are undefined.
inline void require_positive_total(double total, std::string_view fn) {
    if (!(total > 0.0)) {
        fail(fn, "the total must be positive (all values are zero)");
    }
}

/// Completes a sorted copy with its total (rescaled by a power of two when the total of
/// the caller's values overflows a double or is tiny). Throws for a zero total.
[[nodiscard]] inline sorted_shares with_total(sorted_shares s, std::string_view fn) {
    const auto sum = [&s] {
        neumaier_sum t;
        for (const double v : s.values) {
            t.add(v);
        }
        return t.value();
    };
    s.total = sum();
    if (!std::isfinite(s.total) || (s.total > 0.0 && s.total < 0x1p-400)) {
        // Totals that overflow, and totals so small that shares of them would be taken
        // among subnormals ({5e-324, 0}: a tenth of the top unit is 0, not 0.2 of the
        // total): the values are divided by the power of two at or below the largest,
        // so that they end up in [0, 2).
        s.scale = std::ldexp(1.0, std::ilogb(s.values.back()));
        for (double& v : s.values) {
            v /= s.scale;
        }
        s.total = sum();
    }
    require_positive_total(s.total, fn);
    return s;
}

/// The one validation rule of the share-based measures, applied as the caller's values
/// are read: each value must be finite and non-negative (an error names its index and
/// value; NaN and infinity are reported as not finite, before the sign is looked at), and
/// the range must not be empty. Each accepted value is passed on as `visit(v, i, raw)`:
/// `v` is the value as a double (-0.0 stored as +0.0), `i` its index, `raw` the element
/// as the range holds it. Returns the number of values.
template <std::ranges::input_range R, class Visit>
std::size_t for_each_share_value(R&& x, std::string_view fn, Visit&& visit) {
    using T = std::remove_cv_t<std::ranges::range_value_t<R>>;
    std::size_t i = 0;
    for (auto&& raw : x) {
        const double v = static_cast<double>(raw) + 0.0;  // -0.0 + 0.0 is +0.0
        if constexpr (std::is_integral_v<T>) {
            // Every integer converts to a finite double; only the sign can be wrong.
            if constexpr (std::is_signed_v<T>) {
                if (raw < 0) {
                    fail(fn, "values must be non-negative", i, v);
                }
            }
        } else if (!(v >= 0.0 && v <= std::numeric_limits<double>::max())) {
            // One test catches NaN (false for every comparison), negatives and infinity.
            require_finite(v, fn, i);
            fail(fn, "values must be non-negative", i, v);
        }
        visit(v, i, raw);
        ++i;
    }
    if (i == 0) {
        fail(fn, "needs at least one value, got an empty range");
    }
    return i;
}

/// For sized forward ranges of integers: one pass validates (`for_each_share_value`) and
/// finds the smallest and largest value; if the span is small enough for a counting sort
/// (`counting_sort_fits`) a second pass counts and `out` is written once, sorted.
/// Returns false (having written nothing) when the data is too short or too spread,
/// leaving the copy-then-sort path to it.
template <class R>
[[nodiscard]] bool counted_sorted_copy(R& x, std::vector<double>& out, std::string_view fn) {
    using T = std::remove_cv_t<std::ranges::range_value_t<R>>;
    const auto n = static_cast<std::size_t>(std::ranges::size(x));
    if (n < radix_sort_min_size) {
        return false;
    }
    T lo = *std::ranges::begin(x);
    T hi = lo;
    for_each_share_value(x, fn, [&lo, &hi](double, std::size_t, const auto& raw) {
        lo = raw < lo ? raw : lo;
        hi = raw > hi ? raw : hi;
    });
    // The span in the integer type: as doubles, 64-bit values above 2^53 round, and
    // 2^62 + 299 - 2^62 would count as a span of 1. Both bounds are non-negative here.
    const std::uint64_t width = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);
    if (!counting_sort_fits(n, static_cast<double>(width) + 1.0)) {
        return false;
    }
    out.reserve(n);
    counting_sort_to(x, lo, static_cast<std::size_t>(width) + 1, out);
    return true;
}

/// The validated copy (finite, non-negative; an empty range throws), sorted ascending by
/// `sort_values` (sort.hpp: std::sort for small inputs, a counting sort for integer counts
/// of small range, an LSD radix sort otherwise; all give std::sort's order). -0.0 is
/// stored as +0.0 so that every method yields bitwise the same sequence.
template <numeric_range R>
[[nodiscard]] sorted_shares sorted_copy_for_shares(R&& x, std::string_view fn) {
    using T = std::remove_cv_t<std::ranges::range_value_t<R>>;
    sorted_shares s;
    if constexpr (std::is_integral_v<T> && std::ranges::forward_range<R> &&
                  std::ranges::sized_range<R>) {
        // Integer counts of small range are counted straight from the caller's range and
        // written once, already sorted.
        if (counted_sorted_copy(x, s.values, fn)) {
            return with_total(std::move(s), fn);
        }
    }
    if constexpr (std::ranges::sized_range<R>) {
        s.values.reserve(static_cast<std::size_t>(std::ranges::size(x)));
    }
    double lo = 0.0;
    double hi = 0.0;
    for_each_share_value(x, fn, [&](double v, std::size_t i, const auto&) {
        if (i == 0) {
            lo = hi = v;
        } else {
            lo = v < lo ? v : lo;
            hi = v > hi ? v : hi;
        }
        s.values.push_back(v);
    });
    sort_values(s.values, std::is_integral_v<T>, lo, hi);
    return with_total(std::move(s), fn);
}

/// Eq. 3 over values already sorted ascending:
///     G = 1 - (1/N)(2 sum_{i<N} W_i + 1),  W_i = C_i / T,  C_i = x_(1) + ... + x_(i).
/// Since sum_{i<=N} C_i = (N + 1) T - sum_i i x_(i), this equals
///     G = (2 sum_i i x_(i) - (N + 1) T) / (N T),
/// one pass with compensated sums and no division per element. `total` is T and
/// `weighted_sum` is sum_i i x_(i).
/// Rounding can step a few ulps outside [0, 1 - 1/N]; the result is clamped to it.
[[nodiscard]] inline double gini_from_sums(double n, double total, double weighted_sum) {
    const double g = (2.0 * weighted_sum - (n + 1.0) * total) / (n * total);
    return std::clamp(g, 0.0, 1.0 - 1.0 / n);
}

template <std::ranges::input_range R>
[[nodiscard]] double gini_of_sorted(R&& sorted, double total) {
    neumaier_sum weighted;
    double rank = 0.0;
    for (auto&& v : sorted) {
        rank += 1.0;
        weighted.add(rank * static_cast<double>(v));
    }
    return gini_from_sums(rank, total, weighted.value());
}

}  // namespace ineq::detail

#endif
