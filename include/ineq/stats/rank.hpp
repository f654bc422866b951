#ifndef INEQ_STATS_RANK_HPP
#define INEQ_STATS_RANK_HPP

/// \file
/// Rank statistics: Kendall's tau-b (rank mobility between two periods, rank agreement of
/// two measures).

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>
#include <ineq/stats/detail/rank.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

namespace ineq::stats {

/// Kendall's tau-b between two equally long sequences (say, the entities' values in two
/// periods: rank mobility, 1 when no entity changes rank):
///
///     tau_b = (n_c - n_d) / sqrt((n_0 - n_1)(n_0 - n_2)),
///
/// n_c and n_d the concordant and discordant pairs, n_0 = n(n - 1)/2, n_1 and n_2 the pairs
/// tied in x and in y (scipy.stats.kendalltau's default). Knight's (1966) O(n log n)
/// algorithm with exact integer pair counts; ties are counted, never broken.
/// \throws domain_error if the lengths differ, there are fewer than two pairs of values, a
/// value is NaN/infinity (naming its index), or all x or all y are equal (tau-b is 0/0).
/// Example: `ineq::stats::kendall_tau(std::vector{1, 2, 3}, std::vector{1, 3, 2})` is 1/3.
template <numeric_range X, numeric_range Y>
[[nodiscard]] double kendall_tau(X&& x, Y&& y) {
    constexpr std::string_view fn = "kendall_tau";
    const std::vector<double> a = ineq::detail::to_doubles(x, fn, false);
    const std::vector<double> b = ineq::detail::to_doubles(y, fn, false);
    if (a.size() != b.size()) {
        ineq::detail::fail(fn, "x and y must have the same length (" + std::to_string(a.size()) + " and " +
                                   std::to_string(b.size()) + ")");
    }
    const std::size_t n = a.size();
    if (n < 2) {
        ineq::detail::fail_got(fn, "needs at least two pairs of values", static_cast<double>(n));
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) {
        return a[i] != a[j] ? a[i] < a[j] : b[i] < b[j];
    });
    const std::int64_t n1 = detail::tied_pairs(n, [&](std::size_t i) { return a[order[i]] == a[order[i - 1]]; });
    const std::int64_t n3 = detail::tied_pairs(
        n, [&](std::size_t i) { return a[order[i]] == a[order[i - 1]] && b[order[i]] == b[order[i - 1]]; });
    std::vector<double> ys(n);
    for (std::size_t i = 0; i < n; ++i) {
        ys[i] = b[order[i]];
    }
    std::vector<double> buf(n);
    // Sorted by (x, y), pairs tied in x are in y order already, so inversions are the
    // discordant pairs exactly.
    const std::int64_t swaps = detail::sort_count_inversions(ys, buf, 0, n);
    const std::int64_t n2 = detail::tied_pairs(n, [&](std::size_t i) { return ys[i] == ys[i - 1]; });
    const auto count = static_cast<std::int64_t>(n);
    const std::int64_t n0 = count * (count - 1) / 2;
    if (n1 == n0 || n2 == n0) {
        ineq::detail::fail(fn, "all x or all y are equal, so tau-b is undefined");
    }
    // n_c - n_d = (n0 - n1 - n2 + n3) - 2 swaps
    const std::int64_t s = n0 - n1 - n2 + n3 - 2 * swaps;
    return static_cast<double>(s) / std::sqrt(static_cast<double>(n0 - n1) * static_cast<double>(n0 - n2));
}

}  // namespace ineq::stats

#endif  // INEQ_STATS_RANK_HPP
