#ifndef INEQ_MEASURES_ZENGA_HPP
#define INEQ_MEASURES_ZENGA_HPP

/// \file
/// Zenga's (2007) inequality index, built on the ratios of lower to upper means. With the
/// values sorted ascending, for each split i = 1..N-1 of the units into the i smallest and
/// the N - i largest,
///
///     L_i = (x_(1) + ... + x_(i)) / i          the mean of the i smallest
///     U_i = (x_(i+1) + ... + x_(N)) / (N - i)  the mean of the N - i largest
///     Z_i = 1 - L_i / U_i                      the Zenga curve at i/N
///     Z   = (1 / (N - 1)) sum_{i=1}^{N-1} Z_i
///
/// Z is 0 for equal values and 1 when one unit holds everything (every lower mean is 0),
/// for every N. This is the mean of the finite Zenga curve over the N - 1 splits; forms that
/// divide by N instead (or weight the splits by 1/N and add a last point) differ by a factor
/// (N - 1)/N and do not reach 0 for equal values. Unlike the Gini, Z weighs every part of the
/// distribution alike: it is the average of relative gaps between the lower and upper groups.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/detail/shares.hpp>
#include <ineq/error.hpp>

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

namespace ineq {

/// The Zenga curve Z_i = 1 - L_i / U_i at i/N, i = 1..N-1 (file comment).
/// \throws domain_error if `x` has fewer than two values, holds a negative value or
/// NaN/infinity (naming its index), or sums to zero.
/// Example: `ineq::zenga_curve(std::vector{1, 2, 3, 4})` is {2/3, 4/7, 1/2}.
template <numeric_range R>
[[nodiscard]] std::vector<double> zenga_curve(R&& x) {
    constexpr std::string_view fn = "zenga_curve";
    const auto s = detail::sorted_copy_for_shares(x, fn);
    const std::size_t n = s.values.size();
    if (n < 2) {
        detail::fail_got(fn, "needs at least two values; got", static_cast<double>(n));
    }
    // Upper sums from the top down, so that no upper sum is a difference of two large sums.
    std::vector<double> upper(n + 1, 0.0);
    detail::neumaier_sum top;
    for (std::size_t i = n; i-- > 0;) {
        top.add(s.values[i]);
        upper[i] = top.value();
    }
    std::vector<double> out;
    out.reserve(n - 1);
    detail::neumaier_sum low;
    for (std::size_t i = 1; i < n; ++i) {
        low.add(s.values[i - 1]);
        // L_i / U_i = (low / i) / (upper[i] / (n - i)); upper[i] > 0 since the largest value is.
        const double ratio = (low.value() * static_cast<double>(n - i)) / (upper[i] * static_cast<double>(i));
        out.push_back(std::clamp(1.0 - ratio, 0.0, 1.0));
    }
    return out;
}

/// Zenga's (2007) index Z, the mean of the Zenga curve (file comment).
/// \throws domain_error as `zenga_curve` does.
/// Example: `ineq::zenga(std::vector{1, 2, 3, 4})` is (2/3 + 4/7 + 1/2) / 3 = 73/126;
/// `ineq::zenga(std::vector{0, 0, 5})` is 1.
template <numeric_range R>
[[nodiscard]] double zenga(R&& x) {
    const auto c = zenga_curve(x);
    detail::neumaier_sum s;
    for (const double v : c) {
        s.add(v);
    }
    return std::clamp(s.value() / static_cast<double>(c.size()), 0.0, 1.0);
}

}  // namespace ineq

#endif
