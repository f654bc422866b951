#ifndef INEQ_MEASURES_WILLIAMSON_HPP
#define INEQ_MEASURES_WILLIAMSON_HPP

/// \file
/// The Williamson index (Williamson 1965): the population-weighted coefficient of
/// variation of a per-capita quantity across regions,
///
///     V_w = sqrt( sum_i (p_i / P) (y_i - ybar)^2 ) / ybar,   ybar = sum_i (p_i / P) y_i
///
/// with y_i the region's per-capita value (e.g. patents per 10 000 inhabitants, not the
/// regional total), p_i its population and P the total population. ybar is then the
/// national per-capita value. Equal per-capita values give 0.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string_view>
#include <vector>

namespace ineq {

/// Williamson's population-weighted coefficient of variation of the per-capita values
/// `x` with the regions' `population` (same order). Regions with zero population do not
/// count. Negative per-capita values are allowed as long as the weighted mean is positive.
/// \throws domain_error if `x` is empty, the lengths differ, a value or population is
/// NaN/infinity, a population is negative (naming its index), the total population is
/// zero, or the weighted mean is zero or negative.
/// Example: `ineq::williamson_index(std::vector{1.0, 3.0}, std::vector{3, 1})` is
/// sqrt(0.75) / 1.5 = 0.5773...
template <numeric_range R, numeric_range P>
[[nodiscard]] double williamson_index(R&& x, P&& population) {
    constexpr std::string_view fn = "williamson_index";
    const auto y = detail::to_doubles(x, fn, /*non_negative=*/false);
    if (y.empty()) {
        detail::fail(fn, "needs at least one value, got an empty range");
    }
    std::vector<double> p;
    p.reserve(y.size());
    std::size_t i = 0;
    for (auto&& raw : population) {
        const auto v = static_cast<double>(raw);
        if (!std::isfinite(v)) {
            detail::fail(fn, "populations must be finite", i, v);
        }
        if (v < 0.0) {
            detail::fail(fn, "populations must be non-negative", i, v);
        }
        p.push_back(v);
        ++i;
    }
    if (p.size() != y.size()) {
        detail::fail_got(fn, "values and populations must have the same length; populations",
                         static_cast<double>(p.size()));
    }
    detail::neumaier_sum tp;
    for (const double v : p) {
        tp.add(v);
    }
    const double total = detail::require_finite_result(tp.value(), fn);
    if (!(total > 0.0)) {
        detail::fail(fn, "the total population must be positive (all populations are zero)");
    }
    detail::neumaier_sum m;
    for (std::size_t k = 0; k < y.size(); ++k) {
        m.add(p[k] / total * y[k]);
    }
    const double mean = m.value();
    if (!(mean > 0.0)) {
        detail::fail_got(fn, "the population-weighted mean must be positive", mean);
    }
    detail::neumaier_sum v;
    for (std::size_t k = 0; k < y.size(); ++k) {
        const double d = y[k] - mean;
        v.add(p[k] / total * d * d);
    }
    return detail::require_finite_result(std::sqrt(std::max(0.0, v.value())) / mean, fn);
}

}  // namespace ineq

#endif
