#ifndef INEQ_DETAIL_PARALLEL_HPP
#define INEQ_DETAIL_PARALLEL_HPP

/// \file
/// Running independent blocks of work on a few std::threads. Not part of the public API.
/// Results must not depend on the thread count: callers give every block its own output
/// (or its own partial sums, merged afterwards in block order), so which thread runs a
/// block changes nothing.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace ineq::detail {

/// The number of threads to use for `blocks` blocks: `threads` (0 means
/// std::thread::hardware_concurrency(), at least 1), at most one per block.
[[nodiscard]] inline unsigned thread_count(unsigned threads, std::size_t blocks) noexcept {
    unsigned t = threads == 0 ? std::max(1U, std::thread::hardware_concurrency()) : threads;
    if (static_cast<std::size_t>(t) > blocks) {
        t = static_cast<unsigned>(std::max<std::size_t>(blocks, 1));
    }
    return t;
}

/// Runs body(block, thread) for every block in [0, blocks) on `threads` threads (see
/// `thread_count`); `thread` is in [0, thread_count) and lets the body use per-thread
/// scratch. The calling thread is thread 0. Blocks are handed out in increasing order as
/// threads become free (an atomic counter), so a thread slowed by other load takes fewer.
/// With one thread the blocks run in order on the calling thread. If bodies throw, every
/// thread still stops after its current block and the exception of the lowest-numbered
/// thread that threw is rethrown once all have joined.
template <class Body>
void run_blocks(std::size_t blocks, unsigned threads, Body&& body) {
    const unsigned t = thread_count(threads, blocks);
    if (t <= 1) {
        for (std::size_t b = 0; b < blocks; ++b) {
            body(b, 0U);
        }
        return;
    }
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    std::vector<std::exception_ptr> errors(t);
    auto work = [&](unsigned thread) {
        try {
            while (!stop.load(std::memory_order_relaxed)) {
                const std::size_t b = next.fetch_add(1, std::memory_order_relaxed);
                if (b >= blocks) {
                    break;
                }
                body(b, thread);
            }
        } catch (...) {
            errors[thread] = std::current_exception();
            stop.store(true, std::memory_order_relaxed);
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(t - 1);
    try {
        for (unsigned i = 1; i < t; ++i) {
            pool.emplace_back(work, i);
        }
    } catch (...) {
        // Could not start a thread: the ones running finish the blocks.
    }
    work(0U);
    for (auto& th : pool) {
        th.join();
    }
    for (const auto& e : errors) {
        if (e) {
            std::rethrow_exception(e);
        }
    }
}

}  // namespace ineq::detail

#endif
