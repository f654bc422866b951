#ifndef INEQ_MEASURES_GINI_HPP
#define INEQ_MEASURES_GINI_HPP

/// \file
/// The Gini coefficient as the study defines it (eq. 3), from sorted cumulative shares:
///
///     G = 1 - (1/N) (2 sum_{i=1}^{N-1} W_i + 1),   W_i = share held by the i smallest values.
///
/// This is algebraically the standard Gini with divisor N (mean absolute difference over
/// twice the mean), so it ranges from 0 (all equal) to 1 - 1/N (one unit holds all);
/// `corrected_gini` rescales it to [0, 1]. It is not Krugman's locational Gini, which
/// compares an industry's regional shares with a reference distribution.
///
/// Values must be non-negative with a positive total. `gini` copies and sorts; use
/// `gini_sorted` for data known to be sorted and `gini_in_place` to let the caller's
/// buffer be sorted instead of copied.
///
/// Scratch memory: from 2^18 floating-point values on, `gini` sorts into scratch memory
/// that is kept between calls (touching fresh memory costs more than the sort on many
/// machines): a `gini_workspace` the caller passes, or else one cache per thread, which
/// keeps at most `gini_workspace::cache_limit_bytes` (128 MiB: the copy of 1.6e7 doubles
/// and its histograms) after a call and frees anything larger; `release_gini_cache()` frees
/// the calling thread's cache. The values are validated while the first histogram is
/// counted, scattered once into the scratch copy by their top bits (exponent and leading
/// mantissa bits), and each bucket is then sorted in cache and summed while it is there.
/// Results do not depend on the workspace, its history or the thread count: the sorted
/// sequence is std::sort's and the sums run over it in order.
/// `<ineq/measures/gini_threads.hpp>` adds the overloads with a thread count.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/detail/shares.hpp>
#include <ineq/error.hpp>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <ranges>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace ineq {

namespace detail {

/// `gini_of_sorted` guarded against overflow and rounding: equal values give exactly 0
/// (the sums alone leave about 1e-16 for, say, 13 copies of 0.1), and since the
/// rank-weighted sum reaches N times the total, for a total above DBL_MAX / (4 N) (or an
/// infinite one) the Gini is taken of the values times 2^-600 instead. Values that
/// underflow in that product are below 2^-422 and weigh nothing beside a total that large.
template <std::ranges::random_access_range R>
[[nodiscard]] double gini_of_sorted_guarded(R&& sorted, double total, std::size_t n) {
    const auto count = static_cast<double>(n);
    const auto first = std::ranges::begin(sorted);
    if (static_cast<double>(first[0]) == static_cast<double>(first[static_cast<std::ptrdiff_t>(n - 1)])) {
        return 0.0;
    }
    if (std::isfinite(total) && total <= std::numeric_limits<double>::max() / (4.0 * count)) {
        return gini_of_sorted(sorted, total);
    }
    constexpr double k = 0x1p-600;
    neumaier_sum scaled_total;
    neumaier_sum weighted;
    double rank = 0.0;
    for (auto&& v : sorted) {
        const double scaled = static_cast<double>(v) * k;
        rank += 1.0;
        scaled_total.add(scaled);
        weighted.add(rank * scaled);
    }
    return gini_from_sums(rank, scaled_total.value(), weighted.value());
}

/// The part of a large Gini that one thread does with one block of the input: the
/// histogram of its values' first digits (later turned into its scatter offsets), their
/// smallest and largest bits, the index of its first invalid value, and the scratch for
/// sorting buckets.
struct gini_part {
    std::vector<std::uint32_t> hist;
    std::uint64_t lo = 0;
    std::uint64_t hi = 0;
    std::size_t first_bad = 0;
    bool bad = false;
    bucket_scratch bucket;

    [[nodiscard]] std::size_t bytes() const noexcept {
        return hist.capacity() * sizeof(std::uint32_t) + bucket.bytes();
    }
};

/// Everything a large Gini sorts with: the sorted copy, the bucket starts and one part
/// per block of the input.
struct gini_scratch {
    scratch_buffer<double> values;
    std::vector<std::uint32_t> start;
    std::vector<gini_part> parts;
};

/// Whether `gini` takes the scratch path: sized random-access ranges of floating-point
/// values, from `msd_radix_sort_min_size` values to 2^32 - 1.
template <class R>
[[nodiscard]] constexpr bool gini_scratch_path(std::size_t n) noexcept {
    using T = std::remove_cv_t<std::ranges::range_value_t<R>>;
    if constexpr (std::is_floating_point_v<T> && std::ranges::random_access_range<R> &&
                  std::ranges::sized_range<R>) {
        return n >= msd_radix_sort_min_size && n <= std::size_t{0xFFFF'FFFF};
    } else {
        return false;
    }
}

/// The first digit of the values in the scatter: (bits - base) >> shift, with base 0 and
/// shift 63 - direct_msd_bits(n) for the direct digit, or relative to the smallest bits.
struct gini_digit {
    std::uint64_t base = 0;
    int shift = 0;
    std::size_t buckets = 0;
    [[nodiscard]] std::size_t operator()(double v) const noexcept {
        return static_cast<std::size_t>((std::bit_cast<std::uint64_t>(v) - base) >> shift);
    }
};

/// Value i of `x` as the share measures read it (a double; -0.0 as +0.0).
template <class R>
[[nodiscard]] double gini_value(R& x, std::size_t i) {
    return static_cast<double>(std::ranges::begin(x)[static_cast<std::ptrdiff_t>(i)]) + 0.0;
}

/// Pass one over block [first, last): validation fused with the histogram of the direct
/// digit and the smallest and largest bits. Stops at the first invalid value.
template <class R>
void gini_count_block(R& x, std::size_t first, std::size_t last, const gini_digit& digit, gini_part& p) {
    p.hist.assign(digit.buckets, 0);
    p.bad = false;
    std::uint32_t* const h = p.hist.data();
    std::uint64_t lo = ~std::uint64_t{0};
    std::uint64_t hi = 0;
    for (std::size_t i = first; i < last; ++i) {
        const double v = gini_value(x, i);
        if (!(v >= 0.0 && v <= std::numeric_limits<double>::max())) {
            p.bad = true;
            p.first_bad = i;
            return;
        }
        const auto u = std::bit_cast<std::uint64_t>(v);
        lo = u < lo ? u : lo;
        hi = u > hi ? u : hi;
        ++h[digit(v)];
    }
    p.lo = lo;
    p.hi = hi;
}

/// Counts block [first, last) again on a relative digit (values already validated).
template <class R>
void gini_recount_block(R& x, std::size_t first, std::size_t last, const gini_digit& digit, gini_part& p) {
    p.hist.assign(digit.buckets, 0);
    std::uint32_t* const h = p.hist.data();
    for (std::size_t i = first; i < last; ++i) {
        ++h[digit(gini_value(x, i))];
    }
}

/// Scatters block [first, last) into `out` at the offsets held in its histogram.
template <class R>
void gini_scatter_block(R& x, std::size_t first, std::size_t last, const gini_digit& digit, gini_part& p,
                        double* out) {
    std::uint32_t* const next = p.hist.data();
    for (std::size_t i = first; i < last; ++i) {
        const double v = gini_value(x, i);
        out[next[digit(v)]++] = v;
    }
}

/// Throws for the first invalid value any block found, as `for_each_share_value` would.
template <class R>
void gini_throw_first_bad(R& x, std::span<const gini_part> parts, std::string_view fn) {
    for (const gini_part& p : parts) {
        if (p.bad) {
            const double v = gini_value(x, p.first_bad);
            require_finite(v, fn, p.first_bad);
            fail(fn, "values must be non-negative", p.first_bad, v);
        }
    }
}

/// After the counting blocks: merges their histograms into the bucket starts (or, when
/// the direct digit packs too much into one bucket, counts again relative to the
/// smallest value through `recount(digit)`) and turns each block's histogram into its
/// scatter offsets. Returns the digit to scatter by, or buckets == 0 when all the values
/// are equal (then `equal` is set to that value).
template <class Recount>
[[nodiscard]] gini_digit gini_plan(gini_scratch& s, std::size_t n, std::size_t blocks, gini_digit digit,
                                   double& equal, Recount&& recount) {
    std::uint64_t lo = s.parts[0].lo;
    std::uint64_t hi = s.parts[0].hi;
    for (std::size_t b = 1; b < blocks; ++b) {
        lo = std::min(lo, s.parts[b].lo);
        hi = std::max(hi, s.parts[b].hi);
    }
    if (lo == hi) {
        equal = std::bit_cast<double>(lo);
        return gini_digit{0, 0, 0};
    }
    const auto starts = [&] {
        s.start.assign(digit.buckets + 1, 0);
        std::uint32_t largest = 0;
        std::uint32_t at = 0;
        for (std::size_t d = 0; d < digit.buckets; ++d) {
            s.start[d] = at;
            std::uint32_t here = 0;
            for (std::size_t b = 0; b < blocks; ++b) {
                std::uint32_t& h = s.parts[b].hist[d];
                const std::uint32_t c = h;
                h = at + here;  // block b's first slot in bucket d
                here += c;
            }
            at += here;
            largest = std::max(largest, here);
        }
        s.start[digit.buckets] = at;
        return largest;
    };
    if (direct_msd_buckets_fit(n, starts())) {
        return digit;
    }
    const int width = static_cast<int>(std::bit_width(hi - lo));
    const int bits = std::clamp(static_cast<int>(std::bit_width(n)) - 12, 1, std::min(radix_max_digit_bits, width));
    digit = gini_digit{lo, width - bits, std::size_t{1} << bits};
    recount(digit);
    (void)starts();
    return digit;
}

/// Eq. 3 from the sorted values and their sums, taken in order (`total` as `with_total`
/// takes it, `weighted` = sum of rank times value as `gini_of_sorted`): bitwise what the
/// sorted-copy path gives. Totals outside the plain range (overflow, below 2^-400, or too
/// large for the rank-weighted sum) go through that path itself.
[[nodiscard]] inline double gini_finish(const double* sorted, std::size_t n, double total, double weighted,
                                        std::string_view fn) {
    const double count = static_cast<double>(n);
    if (!std::isfinite(total) || (total > 0.0 && total < 0x1p-400) ||
        total > std::numeric_limits<double>::max() / (4.0 * count)) {
        sorted_shares s;
        s.values.assign(sorted, sorted + n);
        s = with_total(std::move(s), fn);
        return gini_of_sorted_guarded(s.values, s.total, n);
    }
    require_positive_total(total, fn);
    if (sorted[0] == sorted[n - 1]) {
        return 0.0;
    }
    return gini_from_sums(count, total, weighted);
}

/// The Gini of all-equal values: 0, or the zero-total error.
[[nodiscard]] inline double gini_of_equal(double v, std::string_view fn) {
    require_positive_total(v, fn);
    return 0.0;
}

/// The scratch path on one thread: count and validate, scatter into the kept copy, then
/// sort each bucket in cache and add it to the sums while it is there.
template <class R>
[[nodiscard]] double gini_scratch_run(R& x, std::size_t n, gini_scratch& s, std::string_view fn) {
    if (s.parts.empty()) {
        s.parts.resize(1);
    }
    gini_part& p = s.parts[0];
    const int bits = direct_msd_bits(n);
    gini_digit digit{0, 63 - bits, std::size_t{1} << bits};
    gini_count_block(x, 0, n, digit, p);
    gini_throw_first_bad(x, std::span<const gini_part>(s.parts.data(), 1), fn);
    double equal = 0.0;
    digit = gini_plan(s, n, 1, digit, equal, [&](const gini_digit& d) { gini_recount_block(x, 0, n, d, p); });
    if (digit.buckets == 0) {
        return gini_of_equal(equal, fn);
    }
    double* const out = s.values.get(n);
    gini_scatter_block(x, 0, n, digit, p, out);
    neumaier_sum total;
    neumaier_sum weighted;
    double rank = 0.0;
    for (std::size_t d = 0; d < digit.buckets; ++d) {
        const std::size_t from = s.start[d];
        const std::size_t to = s.start[d + 1];
        if (from == to) {
            continue;
        }
        sort_bucket_in_place(out + from, to - from, p.bucket);
        for (std::size_t i = from; i < to; ++i) {
            const double v = out[i];
            rank += 1.0;
            total.add(v);
            weighted.add(rank * v);
        }
    }
    return gini_finish(out, n, total.value(), weighted.value(), fn);
}

}  // namespace detail

/// Scratch memory for `gini`, kept between calls: pass the same workspace to many calls
/// (of any sizes) to sort large inputs without touching fresh memory each time. Holds
/// about 8 bytes per value of the largest input seen, plus histograms (a few MiB) and the
/// largest bucket sorted. Results do not depend on what the workspace held before. Not
/// for use by two threads at once.
/// Example: `ineq::gini_workspace ws; for (auto& year : years) g.push_back(ineq::gini(year, ws));`
class gini_workspace {
public:
    /// What the per-thread cache of the plain `gini(x)` keeps after a call, at most.
    static constexpr std::size_t cache_limit_bytes = std::size_t{128} << 20;

    /// Bytes of scratch memory held now.
    [[nodiscard]] std::size_t bytes() const noexcept {
        std::size_t b = scratch.values.bytes() + scratch.start.capacity() * sizeof(std::uint32_t);
        for (const auto& p : scratch.parts) {
            b += p.bytes();
        }
        return b;
    }
    /// Frees all scratch memory.
    void release() noexcept { scratch = detail::gini_scratch{}; }

    /// Internal state; not part of the API.
    detail::gini_scratch scratch;
};

namespace detail {

/// The calling thread's cache for the plain `gini(x)`.
inline gini_workspace& thread_gini_workspace() {
    thread_local gini_workspace ws;
    return ws;
}

/// Frees the thread's cache when it holds more than `cache_limit_bytes`, also when the
/// call throws.
struct gini_cache_guard {
    gini_workspace& ws;
    explicit gini_cache_guard(gini_workspace& w) noexcept : ws(w) {}
    gini_cache_guard(const gini_cache_guard&) = delete;
    gini_cache_guard& operator=(const gini_cache_guard&) = delete;
    ~gini_cache_guard() {
        if (ws.bytes() > gini_workspace::cache_limit_bytes) {
            ws.release();
        }
    }
};

}  // namespace detail

/// Frees the scratch memory the plain `gini(x)` keeps for the calling thread (at most
/// `gini_workspace::cache_limit_bytes`).
/// Example: `ineq::release_gini_cache();` after the last large Gini of a thread.
inline void release_gini_cache() noexcept { detail::thread_gini_workspace().release(); }

/// Gini coefficient, eq. 3 of the study, sorting in `ws` (see the file comment); the
/// result is bitwise that of `gini(x)`. One value gives 0.
/// \throws domain_error as `gini` does.
/// Example: `ineq::gini_workspace ws; double g = ineq::gini(values, ws);`
template <numeric_range R>
[[nodiscard]] double gini(R&& x, gini_workspace& ws) {
    if constexpr (std::ranges::random_access_range<R> && std::ranges::sized_range<R>) {
        const auto n = static_cast<std::size_t>(std::ranges::size(x));
        if (detail::gini_scratch_path<R>(n)) {
            return detail::gini_scratch_run(x, n, ws.scratch, "gini");
        }
    }
    const auto s = detail::sorted_copy_for_shares(x, "gini");
    return detail::gini_of_sorted_guarded(s.values, s.total, s.values.size());
}

/// Gini coefficient, eq. 3 of the study. One value gives 0. Large floating-point inputs
/// sort in a per-thread cache (see the file comment).
/// \throws domain_error if `x` is empty, holds a negative value or NaN/infinity (naming
/// its index), or sums to zero.
/// Example: `ineq::gini(std::vector{1, 2, 3, 4, 5})` is 4/15; `{0, 0, 0, 10}` gives 3/4.
template <numeric_range R>
[[nodiscard]] double gini(R&& x) {
    if constexpr (std::ranges::random_access_range<R> && std::ranges::sized_range<R>) {
        const auto n = static_cast<std::size_t>(std::ranges::size(x));
        if (detail::gini_scratch_path<R>(n)) {
            gini_workspace& ws = detail::thread_gini_workspace();
            const detail::gini_cache_guard guard{ws};
            return detail::gini_scratch_run(x, n, ws.scratch, "gini");
        }
    }
    const auto s = detail::sorted_copy_for_shares(x, "gini");
    return detail::gini_of_sorted_guarded(s.values, s.total, s.values.size());
}

/// Gini for values the caller knows are sorted ascending; skips the copy and the sort.
/// The order is verified as the values are read.
/// \throws domain_error as `gini` does, and if a value is smaller than the one before it
/// (naming its index).
/// Example: `ineq::gini_sorted(std::vector{0, 0, 0, 10})` is 0.75.
template <numeric_range R>
[[nodiscard]] double gini_sorted(R&& x) {
    constexpr std::string_view fn = "gini_sorted";
    // The plain sums, and the same sums of the values times 2^-600 for data whose total
    // or rank-weighted sum (up to N times the total) overflows; see gini_of_sorted_guarded.
    constexpr double k = 0x1p-600;
    detail::neumaier_sum total;
    detail::neumaier_sum weighted;
    detail::neumaier_sum total_k;
    detail::neumaier_sum weighted_k;
    double first = 0.0;
    double previous = 0.0;
    const auto visit = [&](double v, std::size_t i, const auto&) {
        if (i > 0 && v < previous) {
            detail::fail(fn, "values must be sorted ascending", i, v);
        }
        if (i == 0) {
            first = v;
        }
        previous = v;
        const auto rank = static_cast<double>(i + 1);
        total.add(v);
        weighted.add(rank * v);
        total_k.add(v * k);
        weighted_k.add(rank * (v * k));
    };
    const std::size_t count = detail::for_each_share_value(x, fn, visit);
    if (first == previous && first > 0.0) {
        return 0.0;  // all equal: exactly 0, not the 1e-16 the sums can leave
    }
    const auto n = static_cast<double>(count);
    const double t = total.value();
    if (std::isfinite(t) && t <= std::numeric_limits<double>::max() / (4.0 * n)) {
        detail::require_positive_total(t, fn);
        return detail::gini_from_sums(n, t, weighted.value());
    }
    return detail::gini_from_sums(n, total_k.value(), weighted_k.value());
}

/// Gini that sorts the caller's buffer in place instead of copying it: for large data
/// the caller no longer needs in its original order. Afterwards `x` is sorted ascending
/// (also when the function throws after validation, which it does only for a zero total).
/// \throws domain_error as `gini` does; on a negative or non-finite value `x` is left
/// unchanged.
/// Example: `std::vector v{5, 1, 4}; ineq::gini_in_place(v);` leaves v == {1, 4, 5}.
template <sortable_numeric_range R>
[[nodiscard]] double gini_in_place(R&& x) {
    constexpr std::string_view fn = "gini_in_place";
    const std::size_t n =
        detail::for_each_share_value(x, fn, [](double, std::size_t, const auto&) {});
    std::ranges::sort(x);
    detail::neumaier_sum total;
    for (auto&& v : x) {
        total.add(static_cast<double>(v));
    }
    // An infinite total (finite values whose sum overflows) is positive and handled by
    // the guarded form; only an all-zero buffer fails here.
    const double t = total.value();
    if (!std::isnan(t)) {
        detail::require_positive_total(t, fn);
    }
    return detail::gini_of_sorted_guarded(x, t, n);
}

/// The largest Gini that N non-negative values can have, 1 - 1/N (one unit holds
/// everything). The ceiling for any published eq. 3 Gini over N units.
/// \throws domain_error if `n` is zero.
/// Example: `ineq::max_gini(31)` is 30/31 = 0.9677...
[[nodiscard]] inline double max_gini(std::size_t n) {
    if (n == 0) {
        detail::fail("max_gini", "needs n >= 1, got 0");
    }
    return 1.0 - 1.0 / static_cast<double>(n);
}

/// Gini rescaled to [0, 1] by its maximum: gini(x) * N / (N - 1).
/// \throws domain_error as `gini` does, and if `x` has fewer than two values.
/// Example: `ineq::corrected_gini(std::vector{0, 0, 0, 10})` is 1.
template <numeric_range R>
[[nodiscard]] double corrected_gini(R&& x) {
    const auto s = detail::sorted_copy_for_shares(x, "corrected_gini");
    const auto n = static_cast<double>(s.values.size());
    if (s.values.size() < 2) {
        detail::fail("corrected_gini", "needs at least two values (the factor is N / (N - 1))");
    }
    return std::min(1.0, detail::gini_of_sorted_guarded(s.values, s.total, s.values.size()) * n / (n - 1.0));
}

}  // namespace ineq

#endif
