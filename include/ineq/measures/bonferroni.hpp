#ifndef INEQ_MEASURES_BONFERRONI_HPP
#define INEQ_MEASURES_BONFERRONI_HPP

/// \file
/// The Bonferroni (1930) index: one minus the average, over the poorest groups, of their mean
/// relative to the overall mean. With the values sorted ascending and L_i the mean of the i
/// smallest,
///
///     B = 1 - (1 / (N - 1)) sum_{i=1}^{N-1} L_i / mu
///
/// B is 0 for equal values and 1 when one unit holds everything, for every N; it weighs
/// transfers among the poorest most. This is the normalised discrete form of genieclust's
/// `bonferroni_index` (equal to sum_i (N - sum_{j<=i} N/(N-j+1)) x_[i] / ((N-1) sum x), x_[i]
/// the i-th largest). The form that divides by N, 1 - (1/N) sum_{i=1}^{N} L_i / mu, is
/// (N - 1)/N times this.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/detail/shares.hpp>
#include <ineq/error.hpp>

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace ineq {

/// Bonferroni index B = 1 - (1/(N-1)) sum_{i<N} L_i / mu (file comment).
/// \throws domain_error if `x` has fewer than two values, holds a negative value or
/// NaN/infinity (naming its index), or sums to zero.
/// Example: `ineq::bonferroni(std::vector{1, 2, 3, 4})` is 1 - (1 + 1.5 + 2) / (3 * 2.5) = 0.4.
template <numeric_range R>
[[nodiscard]] double bonferroni(R&& x) {
    constexpr std::string_view fn = "bonferroni";
    const auto s = detail::sorted_copy_for_shares(x, fn);
    const std::size_t n = s.values.size();
    if (n < 2) {
        detail::fail_got(fn, "needs at least two values; got", static_cast<double>(n));
    }
    const double mu = s.total / static_cast<double>(n);
    detail::neumaier_sum low;
    detail::neumaier_sum ratios;
    for (std::size_t i = 1; i < n; ++i) {
        low.add(s.values[i - 1]);
        ratios.add(low.value() / (static_cast<double>(i) * mu));
    }
    return std::clamp(1.0 - ratios.value() / static_cast<double>(n - 1), 0.0, 1.0);
}

}  // namespace ineq

#endif
