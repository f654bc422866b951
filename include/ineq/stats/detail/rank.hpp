#ifndef INEQ_STATS_DETAIL_RANK_HPP
#define INEQ_STATS_DETAIL_RANK_HPP

/// \file
/// Pair counting for the rank statistics (stats/rank.hpp). Not part of the public API.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace ineq::stats::detail {

/// Merge sort of `v` that returns the number of inversions (pairs i < j with v[i] > v[j]).
[[nodiscard]] inline std::int64_t sort_count_inversions(std::vector<double>& v, std::vector<double>& buf,
                                                        std::size_t lo, std::size_t hi) {
    if (hi - lo < 2) {
        return 0;
    }
    const std::size_t mid = lo + (hi - lo) / 2;
    std::int64_t inv = sort_count_inversions(v, buf, lo, mid) + sort_count_inversions(v, buf, mid, hi);
    std::size_t a = lo;
    std::size_t b = mid;
    std::size_t o = lo;
    while (a < mid && b < hi) {
        if (v[b] < v[a]) {
            inv += static_cast<std::int64_t>(mid - a);
            buf[o++] = v[b++];
        } else {
            buf[o++] = v[a++];
        }
    }
    while (a < mid) {
        buf[o++] = v[a++];
    }
    while (b < hi) {
        buf[o++] = v[b++];
    }
    std::copy(buf.begin() + static_cast<std::ptrdiff_t>(lo), buf.begin() + static_cast<std::ptrdiff_t>(hi),
              v.begin() + static_cast<std::ptrdiff_t>(lo));
    return inv;
}

/// Number of pairs tied within runs of equal values of a sorted sequence.
template <class Get>
[[nodiscard]] std::int64_t tied_pairs(std::size_t n, Get&& same_as_previous) {
    std::int64_t pairs = 0;
    std::int64_t run = 1;
    for (std::size_t i = 1; i <= n; ++i) {
        if (i < n && same_as_previous(i)) {
            ++run;
        } else {
            pairs += run * (run - 1) / 2;
            run = 1;
        }
    }
    return pairs;
}

}  // namespace ineq::stats::detail

#endif  // INEQ_STATS_DETAIL_RANK_HPP
