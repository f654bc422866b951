#ifndef INEQ_MEASURES_ATKINSON_HPP
#define INEQ_MEASURES_ATKINSON_HPP

/// \file
/// The Atkinson index (Atkinson 1970): one minus the equally distributed equivalent over
/// the mean, for an inequality-aversion parameter epsilon >= 0:
///
///     A(e) = 1 - [ (1/N) sum_i (x_i / mu)^(1 - e) ]^(1 / (1 - e))     e != 1
///     A(1) = 1 - exp( (1/N) sum_i ln(x_i / mu) ) = 1 - geometric mean / mu
///
/// A(0) = 0 for any data; A lies in [0, 1]. A zero value with e >= 1 drives the
/// equally distributed equivalent to 0, so A = 1 (the limit, returned rather than
/// thrown); for 0 < e < 1 zeros enter normally.

#include <ineq/concepts.hpp>
#include <ineq/detail/family.hpp>
#include <ineq/error.hpp>

namespace ineq {

/// Atkinson index with inequality aversion `epsilon` >= 0 (epsilon = 1 via the
/// geometric mean). One value gives 0.
/// \throws domain_error if `x` is empty, holds a negative value or NaN/infinity (naming
/// its index), sums to zero, or if `epsilon` is negative or not finite.
/// Example: `ineq::atkinson(std::vector{1, 4}, 1.0)` is 1 - 2/2.5 = 0.2;
/// `ineq::atkinson(std::vector{0, 4}, 2.0)` is 1.
template <numeric_range R>
[[nodiscard]] double atkinson(R&& x, double epsilon) {
    constexpr std::string_view fn = "atkinson";
    auto d = detail::load_values(x, fn);
    return detail::atkinson_of(d, epsilon, fn);
}

}  // namespace ineq

#endif
