#include <ineq/detail/random.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <numeric>
#include <vector>

using ineq::detail::stream_engine;

TEST_CASE("stream_engine: a stream is named by (seed, stream) alone") {
    stream_engine a(7, 3), b(7, 3), c(7, 4), d(8, 3);
    bool differs_c = false, differs_d = false;
    for (int k = 0; k < 100; ++k) {
        const auto x = a();
        CHECK(x == b());
        differs_c = differs_c || x != c();
        differs_d = differs_d || x != d();
    }
    CHECK(differs_c);
    CHECK(differs_d);
}

TEST_CASE("stream_engine::below: in range and uniform (chi-square)") {
    // 60,000 draws over 6 cells: the chi-square statistic with 5 degrees of freedom exceeds
    // 20.52 with probability 0.001 (scipy.stats.chi2.isf(0.001, 5) = 20.515).
    stream_engine e(20211231, 0);
    std::array<int, 6> count{};
    for (int k = 0; k < 60000; ++k) {
        const auto v = e.below(6);
        REQUIRE(v < 6);
        ++count[v];
    }
    double chi2 = 0.0;
    for (const int c : count) {
        chi2 += (c - 10000.0) * (c - 10000.0) / 10000.0;
    }
    CHECK(chi2 < 20.52);
    // n = 1 always gives 0; a huge n stays below it.
    CHECK(e.below(1) == 0);
    CHECK(e.below(~std::uint64_t{0}) < ~std::uint64_t{0});
    const double u = e.uniform();
    CHECK(u >= 0.0);
    CHECK(u < 1.0);
}

TEST_CASE("partial_shuffle: the pool stays a permutation, and every element can come first") {
    std::vector<int> pool(10);
    std::iota(pool.begin(), pool.end(), 0);
    stream_engine e(1, 1);
    std::array<int, 10> first{};
    for (int k = 0; k < 5000; ++k) {
        ineq::detail::partial_shuffle(std::span<int>(pool), 3, e);
        ++first[static_cast<std::size_t>(pool[0])];
        std::vector<int> sorted = pool;
        std::sort(sorted.begin(), sorted.end());
        for (int i = 0; i < 10; ++i) {
            REQUIRE(sorted[static_cast<std::size_t>(i)] == i);
        }
    }
    for (const int f : first) {
        CHECK(f > 350);  // expected 500 each; below 350 has probability < 1e-12 (binomial tail)
    }
}
