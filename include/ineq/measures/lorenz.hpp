#ifndef INEQ_MEASURES_LORENZ_HPP
#define INEQ_MEASURES_LORENZ_HPP

/// \file
/// Cumulative shares and the Lorenz curve: the building blocks of the study's Gini
/// coefficient (eq. 3). Values are shares of a total, so they must be non-negative with a
/// positive total.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/detail/shares.hpp>

#include <cstddef>
#include <vector>

namespace ineq {

/// Cumulative shares W_1..W_N of the values sorted ascending: W_i = (x_(1) + ... + x_(i)) / T,
/// T the total, so W_N = 1 exactly. The W_i of the study's eq. 3.
/// \throws domain_error if `x` is empty, holds a negative value or NaN/infinity (naming
/// its index), or sums to zero.
/// Example: `ineq::cumulative_shares(std::vector{3, 1, 2})` is {1/6, 1/2, 1}.
template <numeric_range R>
[[nodiscard]] std::vector<double> cumulative_shares(R&& x) {
    const auto s = detail::sorted_copy_for_shares(x, "cumulative_shares");
    std::vector<double> w;
    w.reserve(s.values.size());
    detail::neumaier_sum running;
    for (const double v : s.values) {
        running.add(v);
        w.push_back(running.value() / s.total);
    }
    w.back() = 1.0;
    return w;
}

/// One point of a Lorenz curve: the poorest `population_share` of the units hold
/// `value_share` of the total.
struct lorenz_point {
    double population_share = 0.0;
    double value_share = 0.0;

    friend bool operator==(const lorenz_point&, const lorenz_point&) = default;
};

/// The Lorenz curve of `x`: N + 1 points (i/N, W_i), i = 0..N, from (0, 0) to (1, 1)
/// exactly, with W_i the cumulative shares of the values sorted ascending.
/// \throws domain_error if `x` is empty, holds a negative value or NaN/infinity (naming
/// its index), or sums to zero.
/// Example: `ineq::lorenz_curve(std::vector{1, 3})` is {(0, 0), (0.5, 0.25), (1, 1)}.
template <numeric_range R>
[[nodiscard]] std::vector<lorenz_point> lorenz_curve(R&& x) {
    const auto s = detail::sorted_copy_for_shares(x, "lorenz_curve");
    const auto n = static_cast<double>(s.values.size());
    std::vector<lorenz_point> curve;
    curve.reserve(s.values.size() + 1);
    curve.push_back({0.0, 0.0});
    detail::neumaier_sum running;
    std::size_t i = 0;
    for (const double v : s.values) {
        running.add(v);
        ++i;
        curve.push_back({static_cast<double>(i) / n, running.value() / s.total});
    }
    curve.back() = {1.0, 1.0};
    return curve;
}

}  // namespace ineq

#endif
