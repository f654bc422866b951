#ifndef INEQ_MEASURES_GINI_THREADS_HPP
#define INEQ_MEASURES_GINI_THREADS_HPP

/// \file
/// The Gini coefficient on several threads: the overloads of `gini` with a thread count.
/// A separate header so that `<ineq/measures/gini.hpp>` does not pull in `<thread>`.
///
/// From 2^18 floating-point values on, the input is split into blocks (four per thread,
/// up to 16); the threads validate and count the blocks, then scatter each into the shared
/// scratch copy at offsets that depend on the block only (the sequence is the one-thread one),
/// then the threads sort groups of buckets, and the sums run over the sorted copy in
/// order, group by group as the groups are sorted (by whichever thread is free to add
/// the next group in order). The result is bitwise the one-thread result for every thread count; smaller
/// inputs, integer values and other ranges take the one-thread path.
///
/// Scaling: the counting and scattering passes stream the input and the copy through
/// memory, so beyond a few threads they are bound by memory bandwidth, not cores (each
/// value is read twice and written once at full size); the bucket sorts run in each core's
/// cache and scale with cores; the sums are one sequential chain (they must be, to give
/// the same bits as one thread), overlapped with the sorting but a limit on many cores.

#include <ineq/detail/parallel.hpp>
#include <ineq/measures/gini.hpp>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <mutex>
#include <span>
#include <string_view>
#include <vector>

namespace ineq {

namespace detail {

/// The scratch path of `gini` on `threads` threads (see the file comment).
template <class R>
[[nodiscard]] double gini_scratch_run_threads(R& x, std::size_t n, gini_scratch& s, unsigned threads,
                                              std::string_view fn) {
    const unsigned t = thread_count(threads, n / msd_bucket_std_sort_below);
    if (t <= 1) {
        return gini_scratch_run(x, n, s, fn);
    }
    // Four blocks of the input per thread (at least one, and no more than 16 in all
    // beyond one per thread: each has a histogram of up to 2^21 counts), handed out as
    // threads become free, so that a thread slowed by other load does less.
    const std::size_t blocks = std::min<std::size_t>(4 * std::size_t{t}, std::max<std::size_t>(t, 16));
    if (s.parts.size() < blocks) {
        s.parts.resize(blocks);
    }
    const auto first = [&](std::size_t b) { return n * b / blocks; };
    const int bits = direct_msd_bits(n);
    gini_digit digit{0, 63 - bits, std::size_t{1} << bits};
    run_blocks(blocks, t, [&](std::size_t b, unsigned) { gini_count_block(x, first(b), first(b + 1), digit, s.parts[b]); });
    gini_throw_first_bad(x, std::span<const gini_part>(s.parts.data(), blocks), fn);
    double equal = 0.0;
    digit = gini_plan(s, n, blocks, digit, equal, [&](const gini_digit& d) {
        run_blocks(blocks, t, [&](std::size_t b, unsigned) { gini_recount_block(x, first(b), first(b + 1), d, s.parts[b]); });
    });
    if (digit.buckets == 0) {
        return gini_of_equal(equal, fn);
    }
    double* const out = s.values.get(n);
    run_blocks(blocks, t, [&](std::size_t b, unsigned) {
        gini_scatter_block(x, first(b), first(b + 1), digit, s.parts[b], out);
    });
    // Groups of whole buckets of about 2^16 values (512 KiB: a group is still in cache
    // when the thread that sorted it adds it to the sums), at least 8 per thread, handed
    // out as threads become free.
    std::vector<std::size_t> group{0};
    const std::size_t target = std::min(n / (8 * static_cast<std::size_t>(t)), std::size_t{1} << 16) + 1;
    for (std::size_t d = 1; d < digit.buckets; ++d) {
        if (s.start[d] - s.start[group.back()] >= target) {
            group.push_back(d);
        }
    }
    group.push_back(digit.buckets);
    // The sums must run over the sorted copy in order (the one-thread bits): a thread that
    // has sorted a group adds every group that is sorted and next in order, while it is
    // still in its cache, if no other thread is adding; whatever is left when the threads
    // join is added then.
    const std::size_t groups = group.size() - 1;
    std::vector<std::atomic<bool>> sorted(groups);
    std::mutex summing;
    std::size_t next_sum = 0;  // guarded by `summing`
    neumaier_sum total;
    neumaier_sum weighted;
    double rank = 0.0;
    const auto add_group = [&](std::size_t g) {
        for (std::size_t i = s.start[group[g]]; i < s.start[group[g + 1]]; ++i) {
            const double v = out[i];
            rank += 1.0;
            total.add(v);
            weighted.add(rank * v);
        }
    };
    run_blocks(groups, t, [&](std::size_t g, unsigned thread) {
        for (std::size_t d = group[g]; d < group[g + 1]; ++d) {
            const std::size_t from = s.start[d];
            const std::size_t to = s.start[d + 1];
            if (to - from > 1) {
                sort_bucket_in_place(out + from, to - from, s.parts[thread].bucket);
            }
        }
        sorted[g].store(true, std::memory_order_release);
        const std::unique_lock<std::mutex> lock(summing, std::try_to_lock);
        if (lock.owns_lock()) {
            while (next_sum < groups && sorted[next_sum].load(std::memory_order_acquire)) {
                add_group(next_sum++);
            }
        }
    });
    for (; next_sum < groups; ++next_sum) {
        add_group(next_sum);
    }
    return gini_finish(out, n, total.value(), weighted.value(), fn);
}

}  // namespace detail

/// `gini(x, ws)` on `threads` threads (0: std::thread::hardware_concurrency()); bitwise
/// the same result for every thread count (see the file comment).
/// \throws domain_error as `gini` does (naming the first invalid index, whichever thread
/// found it).
/// Example: `ineq::gini_workspace ws; double g = ineq::gini(values, ws, 2);`
template <numeric_range R>
[[nodiscard]] double gini(R&& x, gini_workspace& ws, unsigned threads) {
    if constexpr (std::ranges::random_access_range<R> && std::ranges::sized_range<R>) {
        const auto n = static_cast<std::size_t>(std::ranges::size(x));
        if (detail::gini_scratch_path<R>(n)) {
            return detail::gini_scratch_run_threads(x, n, ws.scratch, threads, "gini");
        }
    }
    return gini(x, ws);
}

/// `gini(x)` on `threads` threads (0: std::thread::hardware_concurrency()), sorting in
/// the calling thread's cache; bitwise the same result for every thread count.
/// \throws domain_error as `gini` does.
/// Example: `double g = ineq::gini(values, 2);`
template <numeric_range R>
[[nodiscard]] double gini(R&& x, unsigned threads) {
    if constexpr (std::ranges::random_access_range<R> && std::ranges::sized_range<R>) {
        const auto n = static_cast<std::size_t>(std::ranges::size(x));
        if (detail::gini_scratch_path<R>(n)) {
            gini_workspace& ws = detail::thread_gini_workspace();
            const detail::gini_cache_guard guard{ws};
            return detail::gini_scratch_run_threads(x, n, ws.scratch, threads, "gini");
        }
    }
    return gini(x);
}

}  // namespace ineq

#endif
