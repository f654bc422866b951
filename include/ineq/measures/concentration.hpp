#ifndef INEQ_MEASURES_CONCENTRATION_HPP
#define INEQ_MEASURES_CONCENTRATION_HPP

/// \file
/// Concentration measures over shares s_i = x_i / T of a total T:
///
///     hoover                 H  = (1/2) sum_i |s_i - 1/N|       Robin Hood / Ricci-Schutz index
///     herfindahl             HHI = sum_i s_i^2                   in [1/N, 1]
///     normalized_herfindahl  (HHI - 1/N) / (1 - 1/N)             in [0, 1]
///     concentration_ratio    CR_k = share of the k largest values
///     top_share / bottom_share  share of the richest / poorest fraction p of the units
///     palma_ratio            top_share(0.1) / bottom_share(0.4)
///
/// Fractional units. With N units a fraction p covers p*N units, usually not a whole
/// number. The shares interpolate linearly on the Lorenz curve, i.e. the unit at the cut
/// counts with the fraction of it that falls inside: with N = 31 the top 10 % are the
/// 3 largest values plus 0.1 of the fourth largest. So top_share(p) + bottom_share(1 - p)
/// is exactly 1 and the shares are continuous in p.
///
/// Values must be finite and non-negative with a positive total.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/detail/shares.hpp>
#include <ineq/error.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace ineq {

namespace detail {
/// Share of the fraction `p` of the units taken from the front of `sorted` (ascending for
/// the bottom, descending for the top), interpolating within the unit at the cut.
[[nodiscard]] inline double fraction_share(const std::vector<double>& sorted, double total,
                                           double p) {
    const auto n = sorted.size();
    const double t = p * static_cast<double>(n);
    const auto whole = std::min(n, static_cast<std::size_t>(std::floor(t)));
    neumaier_sum s;
    for (std::size_t i = 0; i < whole; ++i) {
        s.add(sorted[i]);
    }
    if (whole < n) {
        s.add((t - static_cast<double>(whole)) * sorted[whole]);
    }
    return std::clamp(s.value() / total, 0.0, 1.0);
}

inline void require_fraction(double p, std::string_view fn) {
    if (!(p >= 0.0 && p <= 1.0)) {
        fail_got(fn, "the fraction p must lie in [0, 1]", p);
    }
}
}  // namespace detail

/// Hoover (Robin Hood, Ricci-Schutz) index, (1/2) sum |x_i/T - 1/N|: the share of the
/// total that would have to move to make all values equal. Ranges from 0 to 1 - 1/N;
/// one value gives 0.
/// \throws domain_error if `x` is empty, holds a negative value or NaN/infinity (naming
/// its index), or sums to zero.
/// Example: `ineq::hoover(std::vector{0, 0, 0, 10})` is 0.75; `{1, 3}` gives 0.25.
template <numeric_range R>
[[nodiscard]] double hoover(R&& x) {
    constexpr std::string_view fn = "hoover";
    const auto s = detail::sorted_copy_for_shares(x, fn);
    const double n = static_cast<double>(s.values.size());
    detail::neumaier_sum d;
    for (const double v : s.values) {
        d.add(std::abs(v / s.total - 1.0 / n));
    }
    return std::clamp(0.5 * d.value(), 0.0, 1.0 - 1.0 / n);
}

/// Herfindahl(-Hirschman) index, sum (x_i/T)^2, in [1/N, 1]: 1/N for equal values, 1
/// when one unit holds everything. (Multiply by 10 000 for the antitrust HHI scale.)
/// \throws domain_error if `x` is empty, holds a negative value or NaN/infinity (naming
/// its index), or sums to zero.
/// Example: `ineq::herfindahl(std::vector{1, 3})` is 0.625.
template <numeric_range R>
[[nodiscard]] double herfindahl(R&& x) {
    constexpr std::string_view fn = "herfindahl";
    const auto s = detail::sorted_copy_for_shares(x, fn);
    detail::neumaier_sum h;
    for (const double v : s.values) {
        const double share = v / s.total;
        h.add(share * share);
    }
    const double n = static_cast<double>(s.values.size());
    return std::clamp(h.value(), 1.0 / n, 1.0);
}

/// Normalized Herfindahl index, (HHI - 1/N) / (1 - 1/N), in [0, 1] whatever N.
/// \throws domain_error as `herfindahl` does, and if `x` has fewer than two values.
/// Example: `ineq::normalized_herfindahl(std::vector{1, 3})` is 0.25.
template <numeric_range R>
[[nodiscard]] double normalized_herfindahl(R&& x) {
    constexpr std::string_view fn = "normalized_herfindahl";
    const auto s = detail::sorted_copy_for_shares(x, fn);
    const double n = static_cast<double>(s.values.size());
    if (s.values.size() < 2) {
        detail::fail(fn, "needs at least two values (the divisor is 1 - 1/N)");
    }
    detail::neumaier_sum h;
    for (const double v : s.values) {
        const double share = v / s.total;
        h.add(share * share);
    }
    return std::clamp((h.value() - 1.0 / n) / (1.0 - 1.0 / n), 0.0, 1.0);
}

/// Concentration ratio CR_k: the share of the total held by the `k` largest values
/// (1 <= k <= N; k = N gives 1).
/// \throws domain_error if `x` is empty, holds a negative value or NaN/infinity, sums to
/// zero, or if `k` is 0 or larger than the number of values.
/// Example: `ineq::concentration_ratio(std::vector{1, 2, 3, 4}, 2)` is 0.7.
template <numeric_range R>
[[nodiscard]] double concentration_ratio(R&& x, std::size_t k) {
    constexpr std::string_view fn = "concentration_ratio";
    auto s = detail::sorted_copy_for_shares(x, fn);
    if (k == 0 || k > s.values.size()) {
        detail::fail_got(fn, "k must lie between 1 and the number of values", static_cast<double>(k));
    }
    std::ranges::reverse(s.values);
    return detail::fraction_share(s.values, s.total,
                                  static_cast<double>(k) / static_cast<double>(s.values.size()));
}

/// Share of the total held by the richest fraction `p` of the units, interpolated on
/// the Lorenz curve (the unit at the cut counts with the part of it inside the fraction).
/// top_share(x, 0) is 0 and top_share(x, 1) is 1.
/// \throws domain_error if `x` is empty, holds a negative value or NaN/infinity, sums to
/// zero, or if `p` is outside [0, 1] or NaN.
/// Example: `ineq::top_share(std::vector{1, 2, 3, 4}, 0.25)` is 0.4;
/// `ineq::top_share(std::vector{1, 2, 3, 4}, 0.1)` is 0.4 * 4 * 0.1 = 0.16.
template <numeric_range R>
[[nodiscard]] double top_share(R&& x, double p) {
    constexpr std::string_view fn = "top_share";
    detail::require_fraction(p, fn);
    auto s = detail::sorted_copy_for_shares(x, fn);
    std::ranges::reverse(s.values);
    return detail::fraction_share(s.values, s.total, p);
}

/// Share of the total held by the poorest fraction `p` of the units: the Lorenz curve
/// L(p), interpolated linearly between its points (i/N, W_i).
/// \throws domain_error as `top_share` does.
/// Example: `ineq::bottom_share(std::vector{1, 2, 3, 4}, 0.5)` is 0.3;
/// `ineq::bottom_share(std::vector{1, 2, 3, 4}, 0.4)` is (1 + 0.6 * 2) / 10 = 0.22.
template <numeric_range R>
[[nodiscard]] double bottom_share(R&& x, double p) {
    constexpr std::string_view fn = "bottom_share";
    detail::require_fraction(p, fn);
    const auto s = detail::sorted_copy_for_shares(x, fn);
    return detail::fraction_share(s.values, s.total, p);
}

/// Palma ratio, top_share(x, 0.1) / bottom_share(x, 0.4) (Palma 2011; Cobham & Sumner
/// 2013), with the fractional-unit rule of `top_share`. 0.25 for equal values.
/// \throws domain_error if `x` is empty, holds a negative value or NaN/infinity, sums to
/// zero, or if the bottom 40 % hold nothing or so little that the ratio overflows.
/// Example: `ineq::palma_ratio(std::vector{1, 1, 1, 1, 1, 1, 1, 1, 1, 1})` is 0.25.
template <numeric_range R>
[[nodiscard]] double palma_ratio(R&& x) {
    constexpr std::string_view fn = "palma_ratio";
    auto s = detail::sorted_copy_for_shares(x, fn);
    const double bottom = detail::fraction_share(s.values, s.total, 0.4);
    if (!(bottom > 0.0)) {
        detail::fail(fn, "the bottom 40 % of the units hold nothing; the ratio is infinite");
    }
    std::ranges::reverse(s.values);
    const double ratio = detail::fraction_share(s.values, s.total, 0.1) / bottom;
    if (!std::isfinite(ratio)) {
        detail::fail(fn, "the bottom 40 % of the units hold too little; the ratio overflows");
    }
    return ratio;
}

}  // namespace ineq

#endif
