// The snippets of docs/inference.md, compiled and checked (tests/docs.cpp checks that every C++
// line of the docs appears in a compiled test).
#include <ineq/stats/resampling.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <span>
#include <vector>

namespace {

// A statistic of values placed on units: the difference between the first and the last unit.
double my_stat_of(const std::vector<double>& x, std::span<const std::size_t> pi) {
    return x[pi.front()] - x[pi.back()];
}

double my_stat(const std::vector<double>& x) { return x.front() - x.back(); }

}  // namespace

TEST_CASE("docs/inference.md: a permutation test by composition") {
    const std::vector<double> x{9, 3, 5, 1, 7, 2, 8, 0};
    namespace st = ineq::stats;
    auto sims = st::permutation_distribution<std::vector<double>>("my_stat", x.size(), {.resamples = 999},
        [&](std::span<const std::size_t> pi, std::vector<double>&) { return my_stat_of(x, pi); });
    auto test = st::permutation_summary(my_stat(x), sims, st::alternative::greater, st::greater_means::larger, 20211231);
    // x_0 − x_7 = 9 is the largest difference of two of the values: only the permutations that
    // put 9 first and 0 last reach it, 1 in 56 of the ordered pairs, so p ≈ (1 + 999/56)/1000.
    CHECK(test.statistic == 9.0);
    CHECK(test.resamples == 999);
    CHECK(test.p_value == doctest::Approx((1.0 + 999.0 / 56.0) / 1000.0).epsilon(0.5));
    CHECK(test.p_value < 0.05);
}
