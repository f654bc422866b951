#ifndef INEQ_DETAIL_SHARES_HPP
#define INEQ_DETAIL_SHARES_HPP

/// \file
/// Internals of the share-based measures (Lorenz curve, Gini): a validated, sorted copy
/// of the caller's values and the Gini sum over sorted data. Not part of the public API.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <ranges>
#include <string_view>
#include <vector>

namespace ineq::detail {

/// A sorted (ascending) copy of non-negative, finite values with a positive total.
/// Shares do not depend on scale, so data whose total would overflow a double is stored
/// divided by a power of two (`scale`, exact): the caller's value i is values[i] * scale.
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

template <numeric_range R>
[[nodiscard]] sorted_shares sorted_copy_for_shares(R&& x, std::string_view fn) {
    sorted_shares s{to_doubles(x, fn, /*non_negative=*/true), 0.0};
    if (s.values.empty()) {
        fail(fn, "needs at least one value, got an empty range");
    }
    std::ranges::sort(s.values);
    const auto sum = [&s] {
        neumaier_sum t;
        for (const double v : s.values) {
            t.add(v);
        }
        return t.value();
    };
    s.total = sum();
    if (!std::isfinite(s.total)) {
        s.scale = std::ldexp(1.0, std::ilogb(s.values.back()));  // values end up below 2
        for (double& v : s.values) {
            v /= s.scale;
        }
        s.total = sum();
    }
    require_positive_total(s.total, fn);
    return s;
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
