// run_blocks (include/ineq/detail/parallel.hpp): every block runs exactly once, on a thread
// index below the thread count, and an exception thrown in any thread reaches the caller.
#include <ineq/detail/parallel.hpp>

#include <doctest/doctest.h>

#include <atomic>
#include <cstddef>
#include <stdexcept>
#include <vector>

TEST_CASE("thread_count: 0 means the hardware's count, never more threads than blocks") {
    CHECK(ineq::detail::thread_count(3, 10) == 3);
    CHECK(ineq::detail::thread_count(8, 2) == 2);
    CHECK(ineq::detail::thread_count(4, 0) == 1);
    CHECK(ineq::detail::thread_count(0, 1000) >= 1);
    CHECK(ineq::detail::thread_count(1, 1000) == 1);
}

TEST_CASE("run_blocks runs every block once, for every thread count") {
    for (const unsigned threads : {0U, 1U, 2U, 3U, 7U}) {
        for (const std::size_t blocks : {0U, 1U, 2U, 5U, 64U}) {
            std::vector<std::atomic<int>> runs(blocks);
            std::atomic<bool> thread_ok{true};
            const unsigned t = ineq::detail::thread_count(threads, blocks);
            ineq::detail::run_blocks(blocks, threads, [&](std::size_t b, unsigned thread) {
                runs[b].fetch_add(1);
                if (thread >= t) {
                    thread_ok = false;
                }
            });
            for (const auto& r : runs) {
                CHECK(r.load() == 1);
            }
            CHECK(thread_ok.load());
        }
    }
}

TEST_CASE("run_blocks on one thread runs the blocks in order on the calling thread") {
    std::vector<std::size_t> seen;
    ineq::detail::run_blocks(5, 1, [&](std::size_t b, unsigned thread) {
        CHECK(thread == 0U);
        seen.push_back(b);
    });
    CHECK(seen == std::vector<std::size_t>{0, 1, 2, 3, 4});
}

TEST_CASE("run_blocks rethrows an exception thrown in a block") {
    for (const unsigned threads : {1U, 2U, 3U}) {
        CHECK_THROWS_WITH_AS(ineq::detail::run_blocks(40, threads,
                                                      [](std::size_t b, unsigned) {
                                                          if (b == 17) {
                                                              throw std::runtime_error("block 17");
                                                          }
                                                      }),
                             "block 17", std::runtime_error);
    }
}
