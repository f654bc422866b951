#ifndef INEQ_MEASURES_BREAKS_HPP
#define INEQ_MEASURES_BREAKS_HPP

/// \file
/// Class breaks: how to cut a variable into k classes for a choropleth map or a grouped
/// table. Quantiles, equal intervals and Jenks natural breaks (Fisher's exact optimal
/// partition), and `classify` to find the class of a value.
///
/// Every break function returns the bounds b0 <= b1 <= ... <= bk as a vector of k + 1
/// doubles, with b0 = min(x) and bk = max(x). Class j (0-based) holds the values v with
/// b_j <= v < b_{j+1}; the last class also holds bk (classes are closed on the left, the
/// last one on both sides). Every value of x therefore falls in exactly one class.
///
/// When all values are equal there is one class: the result is {v, v}. Quantile breaks
/// remove duplicate bounds (ties), so they may give fewer than k classes; the other
/// methods give exactly k (Jenks requires k distinct values).
///
/// The input is any `ineq::numeric_range`; it is copied, never modified. NaN or infinity
/// anywhere, an empty range, or k < 1 throws `ineq::domain_error`.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <span>
#include <string_view>
#include <vector>

namespace ineq {

namespace detail {

/// The values of `x` as doubles, sorted ascending, after the common checks.
template <numeric_range R>
[[nodiscard]] std::vector<double> sorted_for_breaks(R&& x, std::size_t k, std::string_view fn) {
    if (k < 1) {
        fail_got(fn, "needs at least one class", static_cast<double>(k));
    }
    std::vector<double> v = to_doubles(x, fn, false);
    if (v.empty()) {
        fail(fn, "needs at least one value, got an empty range");
    }
    std::sort(v.begin(), v.end());
    return v;
}

}  // namespace detail

/// Quantile breaks: b_j = Q(j / k) for j = 0..k, where Q is the sample quantile of R's
/// default definition (Hyndman and Fan type 7): for sorted values x(0) <= ... <= x(n-1)
/// and probability p, h = (n - 1)·p and Q(p) = x(⌊h⌋) + (h − ⌊h⌋)·(x(⌊h⌋+1) − x(⌊h⌋)).
/// Each class then holds about n / k values. With ties (many equal values, such as
/// provinces with zero patents) several bounds coincide; duplicates are removed, so the
/// result may have fewer than k classes (all values equal gives {v, v}, one class).
/// \throws domain_error if `x` is empty or holds NaN/infinity, or if k < 1.
/// Example: `ineq::quantile_breaks(std::vector{1, 2, 3, 4, 5}, 4)` is {1, 2, 3, 4, 5};
/// `ineq::quantile_breaks(std::vector{0, 0, 0, 0, 1, 5}, 4)` is {0, 0.75, 5}.
template <numeric_range R>
[[nodiscard]] std::vector<double> quantile_breaks(R&& x, std::size_t k) {
    const std::vector<double> v = detail::sorted_for_breaks(x, k, "quantile_breaks");
    const std::size_t n = v.size();
    std::vector<double> out;
    out.reserve(std::min(k, n) + 1);
    out.push_back(v.front());
    for (std::size_t j = 1; j < k; ++j) {
        const double h = static_cast<double>(n - 1) * static_cast<double>(j) / static_cast<double>(k);
        const auto lo = static_cast<std::size_t>(std::floor(h));
        const double frac = h - static_cast<double>(lo);
        double q = v[lo];
        if (lo + 1 < n && frac > 0.0) {
            // x(lo) + frac·(x(lo+1) − x(lo)), written so that it stays within [x(lo), x(lo+1)].
            q = v[lo] + frac * (v[lo + 1] - v[lo]);
            q = std::clamp(q, v[lo], v[lo + 1]);
        }
        out.push_back(q);
    }
    out.push_back(v.back());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (out.size() == 1) {
        out.push_back(out.front());
    }
    return out;
}

/// Equal-interval breaks: b_j = min + j·(max − min) / k for j = 0..k (bk is max exactly).
/// Classes have equal widths, however many values each holds. All values equal gives
/// {v, v} (one class).
/// \throws domain_error if `x` is empty or holds NaN/infinity, if k < 1, or if
/// max − min overflows double.
/// Example: `ineq::equal_interval_breaks(std::vector{0, 3, 10}, 4)` is {0, 2.5, 5, 7.5, 10}.
template <numeric_range R>
[[nodiscard]] std::vector<double> equal_interval_breaks(R&& x, std::size_t k) {
    constexpr std::string_view fn = "equal_interval_breaks";
    const std::vector<double> v = detail::sorted_for_breaks(x, k, fn);
    const double lo = v.front();
    const double hi = v.back();
    if (lo == hi) {
        return {lo, hi};
    }
    const double width = detail::require_finite_result(hi - lo, fn);
    std::vector<double> out;
    out.reserve(k + 1);
    out.push_back(lo);
    for (std::size_t j = 1; j < k; ++j) {
        out.push_back(lo + width * (static_cast<double>(j) / static_cast<double>(k)));
    }
    out.push_back(hi);
    return out;
}

/// Jenks natural breaks, computed exactly as Fisher's (1958) optimal partition of ordered
/// values: the k contiguous classes of the sorted values that minimise the total
/// within-class sum of squared deviations Σ_classes Σ_{v in class} (v − class mean)².
/// Dynamic programming over the m distinct values (each weighted by its multiplicity, so
/// equal values always share a class): cost(c, i) = min_s cost(c − 1, s − 1) + SSD(s..i),
/// with each SSD accumulated by a weighted Welford update; O(k·m²) time and O(k·m)
/// memory, fine for m up to a few thousand. Among equally good partitions the one whose
/// last class starts latest is taken, so the result is deterministic.
/// Bounds: b0 = min, b_j (0 < j < k) = the smallest value of class j, bk = max. (R
/// classInt's `style = "fisher"` gives the same partition but puts each inner bound
/// half-way between neighbouring classes; `style = "jenks"` puts it at the class maximum.)
/// k = 1 with all values equal gives {v, v}.
/// \throws domain_error if `x` is empty or holds NaN/infinity, if k < 1, or if k exceeds
/// the number of distinct values (index = k, value = the number of distinct values).
/// Example: `ineq::jenks_breaks(std::vector{1, 2, 3, 10, 11, 12, 20, 21, 30}, 3)` is
/// {1, 10, 20, 30}.
template <numeric_range R>
[[nodiscard]] std::vector<double> jenks_breaks(R&& x, std::size_t k) {
    constexpr std::string_view fn = "jenks_breaks";
    const std::vector<double> v = detail::sorted_for_breaks(x, k, fn);
    // Distinct values and their multiplicities.
    std::vector<double> value;
    std::vector<double> weight;
    for (const double e : v) {
        if (value.empty() || e != value.back()) {
            value.push_back(e);
            weight.push_back(1.0);
        } else {
            weight.back() += 1.0;
        }
    }
    const std::size_t m = value.size();
    if (k > m) {
        detail::fail(fn, "the number of classes must not exceed the number of distinct values", k, static_cast<double>(m));
    }
    if (k == 1) {
        return {v.front(), v.back()};
    }
    // Values are centred on a middle value to keep the Welford updates well scaled.
    const double centre = value[m / 2];
    constexpr double inf = std::numeric_limits<double>::infinity();
    // cost[i]: best cost of the first i + 1 distinct values in c classes (c = current level).
    std::vector<double> cost(m, inf);
    {
        double w = 0.0;
        double mean = 0.0;
        double m2 = 0.0;
        for (std::size_t i = 0; i < m; ++i) {
            const double xi = value[i] - centre;
            w += weight[i];
            const double delta = xi - mean;
            mean += weight[i] * delta / w;
            m2 += weight[i] * delta * (xi - mean);
            cost[i] = m2;
        }
    }
    // start[c][i]: the first distinct value of the last class in the best partition of
    // values 0..i into c + 1 classes.
    std::vector<std::vector<std::size_t>> start(k, std::vector<std::size_t>(m, 0));
    std::vector<double> next(m, inf);
    for (std::size_t c = 1; c < k; ++c) {
        std::fill(next.begin(), next.end(), inf);
        // The last class is values s..i with s >= c (each earlier class needs a value).
        for (std::size_t i = c; i < m; ++i) {
            double w = 0.0;
            double mean = 0.0;
            double m2 = 0.0;
            double best = inf;
            std::size_t best_s = i;
            for (std::size_t s = i + 1; s-- > c;) {
                const double xs = value[s] - centre;
                w += weight[s];
                const double delta = xs - mean;
                mean += weight[s] * delta / w;
                m2 += weight[s] * delta * (xs - mean);
                const double total = cost[s - 1] + m2;
                if (total < best) {
                    best = total;
                    best_s = s;
                }
            }
            next[i] = best;
            start[c][i] = best_s;
        }
        std::swap(cost, next);
    }
    std::vector<double> out(k + 1);
    out[k] = value[m - 1];
    std::size_t i = m - 1;
    for (std::size_t c = k - 1; c > 0; --c) {
        const std::size_t s = start[c][i];
        out[c] = value[s];
        i = s - 1;
    }
    out[0] = value[0];
    return out;
}

/// The class of `value` under `breaks` (as returned by the break functions): the j with
/// b_j <= value < b_{j+1}, or k − 1 for value = bk, where k = breaks.size() − 1. With
/// repeated bounds the highest class whose lower bound is <= value is taken.
/// \throws domain_error if `breaks` has fewer than two bounds, holds NaN/infinity or is
/// not non-decreasing (index of the offending bound), or if `value` is NaN/infinite or
/// outside [b0, bk].
/// Example: `ineq::classify(5.0, std::vector<double>{1, 10, 20, 30})` is 0;
/// `ineq::classify(30.0, ...)` is 2.
[[nodiscard]] inline std::size_t classify(double value, std::span<const double> breaks) {
    constexpr std::string_view fn = "classify";
    if (breaks.size() < 2) {
        detail::fail_got(fn, "needs at least two bounds (one class)", static_cast<double>(breaks.size()));
    }
    for (std::size_t j = 0; j < breaks.size(); ++j) {
        detail::require_finite(breaks[j], fn, j);
        if (j > 0 && breaks[j] < breaks[j - 1]) {
            detail::fail(fn, "bounds must be non-decreasing", j, breaks[j]);
        }
    }
    if (!std::isfinite(value)) {
        detail::fail_got(fn, "the value must be finite", value);
    }
    if (value < breaks.front() || value > breaks.back()) {
        detail::fail_got(fn, "the value must lie within the first and last bound", value);
    }
    // Count the inner bounds b_1..b_{k-1} that are <= value.
    const auto inner = breaks.subspan(1, breaks.size() - 2);
    return static_cast<std::size_t>(std::upper_bound(inner.begin(), inner.end(), value) - inner.begin());
}

}  // namespace ineq

#endif  // INEQ_MEASURES_BREAKS_HPP
