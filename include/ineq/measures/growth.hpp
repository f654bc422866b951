#ifndef INEQ_MEASURES_GROWTH_HPP
#define INEQ_MEASURES_GROWTH_HPP

/// \file
/// Growth between two observations, as the study reports it for its yearly series
/// (first year to last year).

#include <ineq/concepts.hpp>
#include <ineq/error.hpp>

#include <cmath>

namespace ineq {

/// Growth rate (to - from) / from: 11 -> 445 gives 39.45 (the study's growth of the
/// range), 4.42 -> 90.3 gives 19.43 (of the standard deviation). A fall gives a value in
/// [-1, 0) for non-negative `to`.
/// \throws domain_error if either value is NaN/infinity or `from` is zero or negative
/// (growth from a non-positive base has no meaningful sign).
/// Example: `ineq::growth_rate(11, 445)` is 434/11.
template <arithmetic_value A, arithmetic_value B>
[[nodiscard]] double growth_rate(A from, B to) {
    constexpr std::string_view fn = "growth_rate";
    const auto f = static_cast<double>(from);
    const auto t = static_cast<double>(to);
    if (!std::isfinite(f)) {
        detail::fail_got(fn, "`from` must be finite", f);
    }
    if (!std::isfinite(t)) {
        detail::fail_got(fn, "`to` must be finite", t);
    }
    if (!(f > 0.0)) {
        detail::fail_got(fn, "`from` must be positive", f);
    }
    const double g = (t - f) / f;
    if (!std::isfinite(g)) {
        detail::fail(fn, "the result overflows the range of double");
    }
    return g;
}

}  // namespace ineq

#endif
