#ifndef INEQ_MEASURES_POLARISATION_HPP
#define INEQ_MEASURES_POLARISATION_HPP

/// \file
/// Polarisation: how far a distribution is split into separate, internally alike clusters,
/// which inequality indices do not see (moving mass towards two poles can lower the Gini).
///
/// Esteban and Ray (1994), with groups i of population shares pi_i (summing to 1) and
/// representative values y_i, mean mu = sum pi_i y_i:
///
///     ER(alpha) = sum_i sum_j pi_i^(1 + alpha) pi_j |y_i - y_j| / mu
///
/// The constant K of the paper is taken as 1 / mu, so the index is scale-free; alpha >= 0 is
/// the sensitivity to polarisation (Esteban and Ray's axioms need alpha in (0, 1.6]);
/// alpha = 0 gives twice the Gini of the grouped distribution. Groups can be given (means and
/// shares), formed from labels (group means and population shares), or be the distinct
/// values of the data with their frequencies.
///
/// Wolfson (1994), from the Lorenz curve:
///
///     P = 2 (mu / m) (1 - 2 L(1/2) - G)
///
/// with m the median (the mean of the two middle values for even N), L(1/2) the share of the
/// total held by the poorer half (the Lorenz curve through (i/N, W_i) interpolated linearly at
/// 1/2, so for odd N the middle value counts half) and G the Gini (eq. 3). P is 0 for equal
/// values and 1 for half the units at 0 and half at one positive value.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/detail/shares.hpp>
#include <ineq/error.hpp>
#include <ineq/measures/decomposition.hpp>
#include <ineq/measures/gini.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <ranges>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace ineq {

namespace detail {

inline void check_polarisation_alpha(double alpha, std::string_view fn) {
    if (!(alpha >= 0.0) || !std::isfinite(alpha)) {
        fail_got(fn, "alpha must be finite and non-negative", alpha);
    }
}

/// ER over (value, share) pairs sorted by value with distinct values and shares summing to
/// 1: sum_j pi_j |y_i - y_j| for each i from prefix sums, O(k).
[[nodiscard]] inline double esteban_ray_sorted(const std::vector<std::pair<double, double>>& groups, double alpha) {
    neumaier_sum mu;
    for (const auto& [y, p] : groups) {
        mu.add(p * y);
    }
    neumaier_sum share_below;
    neumaier_sum value_below;  // sum of pi_j y_j below
    const double total_value = mu.value();
    neumaier_sum out;
    for (const auto& [y, p] : groups) {
        // sum_j pi_j |y - y_j| = y S_< - V_< + (V - V_< - p y) - y (1 - S_< - p)
        const double below = y * share_below.value() - value_below.value();
        const double above = (total_value - value_below.value() - p * y) - y * (1.0 - share_below.value() - p);
        out.add(std::pow(p, 1.0 + alpha) * (below + std::max(0.0, above)));
        share_below.add(p);
        value_below.add(p * y);
    }
    return std::max(0.0, out.value()) / total_value;
}

/// Sorts (value, weight) pairs by value, merges equal values, and turns weights into shares.
[[nodiscard]] inline std::vector<std::pair<double, double>> merge_groups(std::vector<std::pair<double, double>> g) {
    std::ranges::sort(g);
    std::vector<std::pair<double, double>> out;
    neumaier_sum total;
    for (const auto& [y, w] : g) {
        total.add(w);
        if (!out.empty() && out.back().first == y) {
            out.back().second += w;
        } else {
            out.emplace_back(y, w);
        }
    }
    for (auto& [y, w] : out) {
        w /= total.value();
    }
    return out;
}

}  // namespace detail

/// Esteban–Ray polarisation of given groups: `means[i]` is the value of group i and
/// `shares[i]` its population (shares, counts or weights; divided by their sum).
/// \throws domain_error if `means` is empty, the lengths differ, a mean or share is negative
/// or NaN/infinity (naming its index), the shares sum to zero, the mean is zero, or `alpha`
/// is negative or not finite.
/// Example: `ineq::esteban_ray_groups(std::vector{0.0, 2.0}, std::vector{1, 1}, 1.0)` is
/// 2 * 0.5^2 * 0.5 * 2 / 1 = 0.5 (two equal groups: 0.5^alpha).
template <numeric_range M, numeric_range S>
[[nodiscard]] double esteban_ray_groups(M&& means, S&& shares, double alpha) {
    constexpr std::string_view fn = "esteban_ray_groups";
    detail::check_polarisation_alpha(alpha, fn);
    const auto d = detail::load_weighted(means, shares, fn);
    detail::require_positive_mean(d, fn);
    std::vector<std::pair<double, double>> g;
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        if (d.weight(i) > 0.0) {
            g.emplace_back(d.x[i], d.weight(i));
        }
    }
    return detail::esteban_ray_sorted(detail::merge_groups(std::move(g)), alpha);
}

/// Esteban–Ray polarisation with the distinct values of `x` as the groups, each with the
/// share of units holding it.
/// \throws domain_error if `x` is empty, holds a negative value or NaN/infinity (naming its
/// index), sums to zero, or if `alpha` is negative or not finite.
/// Example: `ineq::esteban_ray(std::vector{0, 0, 2, 2}, 0.0)` is 1, twice the Gini 1/2.
template <numeric_range R>
[[nodiscard]] double esteban_ray(R&& x, double alpha) {
    constexpr std::string_view fn = "esteban_ray";
    detail::check_polarisation_alpha(alpha, fn);
    const auto s = detail::sorted_copy_for_shares(x, fn);
    std::vector<std::pair<double, double>> g;
    g.reserve(s.values.size());
    for (const double v : s.values) {
        g.emplace_back(v, 1.0);
    }
    return detail::esteban_ray_sorted(detail::merge_groups(std::move(g)), alpha);
}

/// Esteban–Ray polarisation of the groups `labels` (`labels[i]` is the group of `x[i]`): each
/// group is represented by its mean, with its share of the units.
/// \throws domain_error as `esteban_ray` does, and if `labels` has a different length.
/// Example: `ineq::esteban_ray_by_group(std::vector{1, 3, 10, 14}, std::vector{0, 0, 1, 1}, 1.0)`
/// is the index of groups at 2 and 12 with shares 1/2: 2 * 0.5^2 * 0.5 * 10 / 7 = 5/14.
template <numeric_range R, std::ranges::input_range G>
    requires group_label<std::remove_cvref_t<std::ranges::range_value_t<G>>>
[[nodiscard]] double esteban_ray_by_group(R&& x, G&& labels, double alpha) {
    constexpr std::string_view fn = "esteban_ray_by_group";
    using Label = std::remove_cvref_t<std::ranges::range_value_t<G>>;
    detail::check_polarisation_alpha(alpha, fn);
    const auto d = detail::load_values(x, fn);
    detail::require_positive_mean(d, fn);
    detail::group_indexer<Label> index;
    std::vector<detail::neumaier_sum> sums;
    std::vector<double> counts;
    std::size_t i = 0;
    for (auto&& l : labels) {
        const std::size_t g = index(static_cast<const Label&>(l));
        if (g == sums.size()) {
            sums.emplace_back();
            counts.push_back(0.0);
        }
        if (i < d.x.size()) {
            sums[g].add(d.x[i]);
            counts[g] += 1.0;
        }
        ++i;
    }
    if (i != d.x.size()) {
        detail::fail_got(fn, "values and labels must have the same length; number of labels", static_cast<double>(i));
    }
    std::vector<std::pair<double, double>> g;
    for (std::size_t k = 0; k < sums.size(); ++k) {
        g.emplace_back(sums[k].value() / counts[k], counts[k]);
    }
    return detail::esteban_ray_sorted(detail::merge_groups(std::move(g)), alpha);
}

/// Wolfson's polarisation index P = 2 (mu / m) (1 - 2 L(1/2) - G) (file comment for the
/// median and L(1/2)).
/// \throws domain_error if `x` has fewer than two values, holds a negative value or
/// NaN/infinity (naming its index), sums to zero, or has a median of zero.
/// Example: `ineq::wolfson(std::vector{1, 2, 3, 4})` is 2 (2.5 / 2.5) (1 - 0.6 - 0.25) = 0.3.
template <numeric_range R>
[[nodiscard]] double wolfson(R&& x) {
    constexpr std::string_view fn = "wolfson";
    const auto s = detail::sorted_copy_for_shares(x, fn);
    const std::size_t n = s.values.size();
    if (n < 2) {
        detail::fail_got(fn, "needs at least two values; got", static_cast<double>(n));
    }
    const std::size_t h = n / 2;
    const double median = n % 2 == 0 ? (s.values[h - 1] + s.values[h]) / 2.0 : s.values[h];
    if (!(median > 0.0)) {
        detail::fail(fn, "the median must be positive (it divides the index)");
    }
    detail::neumaier_sum lower;
    for (std::size_t i = 0; i < h; ++i) {
        lower.add(s.values[i]);
    }
    if (n % 2 == 1) {
        lower.add(s.values[h] / 2.0);
    }
    const double half_share = lower.value() / s.total;
    const double g = detail::gini_of_sorted_guarded(s.values, s.total, n);
    const double mu = s.total / static_cast<double>(n);
    return std::max(0.0, 2.0 * (mu / median) * (1.0 - 2.0 * half_share - g));
}

}  // namespace ineq

#endif
