#ifndef INEQ_MEASURES_ENTROPY_HPP
#define INEQ_MEASURES_ENTROPY_HPP

/// \file
/// The generalized entropy family (Shorrocks 1980) and its two Theil members:
///
///     GE(a) = 1 / (N a (a - 1)) * sum_i ((x_i / mu)^a - 1)      a != 0, 1
///     GE(1) = T = (1/N) sum_i (x_i / mu) ln(x_i / mu)            Theil T, 0 ln 0 = 0
///     GE(0) = L = (1/N) sum_i ln(mu / x_i)                       mean log deviation (Theil L)
///
/// All are 0 for equal values and are additively decomposable by group
/// (see decomposition.hpp). Theil T keeps zeros (their term is the limit 0 ln 0 = 0):
/// {0, 0, 0, 10} gives ln 4, the maximum ln N. (R's ineq::Theil drops zeros first and
/// so reports 0 for that vector.) GE(a) for a <= 0, the mean log deviation among them,
/// is infinite when a value is zero; those calls throw instead of returning infinity.
///
/// Values must be finite and non-negative with a positive total; the caller's data is
/// read once and never modified. Each term is summed with its zero-sum linear part
/// removed (r ln r - (r - 1) for Theil T), so every term is non-negative and nearly equal
/// data keep full relative accuracy: {1e6 - 1, 1e6 + 1} gives T = 5e-13 to 9 digits.

#include <ineq/concepts.hpp>
#include <ineq/detail/family.hpp>
#include <ineq/error.hpp>

#include <cmath>

namespace ineq {

/// Theil T index (GE(1)), T = (1/N) sum (x_i/mu) ln(x_i/mu), with 0 ln 0 = 0.
/// Ranges from 0 (all equal) to ln N (one unit holds all). One value gives 0.
/// \throws domain_error if `x` is empty, holds a negative value or NaN/infinity (naming
/// its index), or sums to zero.
/// Example: `ineq::theil_t(std::vector{0, 0, 0, 10})` is ln 4;
/// `ineq::theil_t(std::vector{1, 3})` is (3 ln 3 - 4 ln 2) / 4.
template <numeric_range R>
[[nodiscard]] double theil_t(R&& x) {
    return detail::generalized_entropy_of(detail::load_values(x, "theil_t"), 1.0, "theil_t");
}

/// Mean log deviation (Theil L, GE(0)), L = (1/N) sum ln(mu / x_i). Ranges from 0
/// upwards without bound. One value gives 0.
/// \throws domain_error if `x` is empty, holds a negative value or NaN/infinity, sums to
/// zero, or holds a zero (ln(mu/0) is infinite; the message names its index).
/// Example: `ineq::mean_log_deviation(std::vector{1, 3})` is ln 2 - ln(3) / 2.
template <numeric_range R>
[[nodiscard]] double mean_log_deviation(R&& x) {
    return detail::generalized_entropy_of(detail::load_values(x, "mean_log_deviation"), 0.0,
                                          "mean_log_deviation");
}

/// Generalized entropy GE(alpha) = 1/(N alpha (alpha - 1)) sum ((x_i/mu)^alpha - 1), with
/// GE(0) the mean log deviation and GE(1) Theil T; GE(2) is half the squared population
/// coefficient of variation. Larger alpha weighs the top of the distribution more.
/// \throws domain_error if `x` is empty, holds a negative value or NaN/infinity, sums to
/// zero, if `alpha` is NaN/infinity, if `alpha` <= 0 and a value is zero (infinite), or if
/// the result overflows double.
/// Example: `ineq::generalized_entropy(std::vector{2, 4, 4, 4, 5, 5, 7, 9}, 2.0)` is
/// 0.4^2 / 2 = 0.08.
template <numeric_range R>
[[nodiscard]] double generalized_entropy(R&& x, double alpha) {
    constexpr std::string_view fn = "generalized_entropy";
    if (!std::isfinite(alpha)) {
        detail::fail_got(fn, "alpha must be finite", alpha);
    }
    return detail::generalized_entropy_of(detail::load_values(x, fn), alpha, fn);
}

}  // namespace ineq

#endif
