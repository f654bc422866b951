#ifndef INEQ_MEASURES_KOLM_HPP
#define INEQ_MEASURES_KOLM_HPP

/// \file
/// The Kolm (1976) index, an absolute measure: adding the same amount to every value leaves
/// it unchanged, and it is in the units of the data. With inequality aversion a > 0,
///
///     K(a) = (1/a) ln( (1/N) sum_i exp(a (mu - x_i)) )
///
/// the same definition as R `ineq::Kolm(x, parameter = a)`. K is 0 for equal values and
/// grows without bound; as a -> 0 it tends to a times half the population variance. Values may
/// be negative (the index looks only at differences from the mean). The sum is taken around
/// the mean with expm1 and log1p, so that nearly equal data keep their digits, and, when
/// a (mu - min x) exceeds 700, around the smallest value, so that it does not overflow.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string_view>

namespace ineq {

/// Kolm index K(a) = (1/a) ln((1/N) sum exp(a (mu - x_i))) (file comment).
/// \throws domain_error if `x` is empty or holds NaN/infinity (naming its index), if `a` is
/// not positive and finite, or if the result overflows.
/// Example: `ineq::kolm(std::vector{1, 2, 3, 4}, 1.0)` is ln((cosh 1.5 + cosh 0.5) / 2).
template <numeric_range R>
[[nodiscard]] double kolm(R&& x, double a) {
    constexpr std::string_view fn = "kolm";
    if (!(a > 0.0) || !std::isfinite(a)) {
        detail::fail_got(fn, "the parameter must be positive and finite", a);
    }
    const auto v = detail::to_doubles(x, fn, /*non_negative=*/false);
    if (v.empty()) {
        detail::fail(fn, "needs at least one value, got an empty range");
    }
    const auto m = detail::moments_of(v, fn);
    const double lo = *std::ranges::min_element(v);
    const double n = static_cast<double>(v.size());
    double k = 0.0;
    if (a * (m.mean - lo) <= 700.0) {
        // Around the mean: sum expm1(a (mu - x_i)) keeps the small result (about
        // a^2 sum (x - mu)^2 / 2) that ln(sum exp) - 0 would round away.
        detail::neumaier_sum s;
        for (const double xi : v) {
            s.add(std::expm1(a * (m.mean - xi)));
        }
        k = std::log1p(s.value() / n) / a;
    } else {
        // a (mu - x_i) = a (mu - lo) - a (x_i - lo): the largest exponent is taken out.
        detail::neumaier_sum s;
        for (const double xi : v) {
            s.add(std::exp(-a * (xi - lo)));
        }
        k = (m.mean - lo) + std::log(s.value() / n) / a;
    }
    return std::max(0.0, detail::require_finite_result(k, fn));
}

}  // namespace ineq

#endif
