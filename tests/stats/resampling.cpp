#include <ineq/stats/resampling.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <span>
#include <vector>

namespace st = ineq::stats;
using st::alternative;

TEST_CASE("permutation_distribution: every draw a permutation; results depend on the seed only") {
    const std::vector<double> x{5, 1, 4, 2, 3, 9, 0, 7};
    auto first_two = [&](std::span<const std::size_t> pi, std::vector<std::size_t>& sorted) {
        sorted.assign(pi.begin(), pi.end());
        std::sort(sorted.begin(), sorted.end());
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            REQUIRE(sorted[i] == i);  // π is a permutation of 0..n−1
        }
        return x[pi[0]] - x[pi[1]];
    };
    const auto one = st::permutation_distribution<std::vector<std::size_t>>("f", x.size(), {.resamples = 300, .seed = 3, .threads = 1}, first_two);
    const auto four = st::permutation_distribution<std::vector<std::size_t>>("f", x.size(), {.resamples = 300, .seed = 3, .threads = 4}, first_two);
    const auto other = st::permutation_distribution<std::vector<std::size_t>>("f", x.size(), {.resamples = 300, .seed = 4, .threads = 1}, first_two);
    CHECK(one == four);
    CHECK(one != other);
    // E[x_π(0) − x_π(1)] = 0 under permutation; the mean of 300 draws is near it (sd of a
    // difference of two draws without replacement is sqrt(2·n/(n−1))·sd(x) ≈ 4.5, so 4 se ≈ 1.0).
    const double mean = std::accumulate(one.begin(), one.end(), 0.0) / 300.0;
    CHECK(std::abs(mean) < 1.1);
    CHECK(ineq_test::message_of([&] {
              (void)st::permutation_distribution<std::vector<std::size_t>>("f", x.size(), {.resamples = 0}, first_two);
          }) == "ineq::f: needs at least one resample");
}

TEST_CASE("bootstrap_distribution: indices with replacement, thread independent") {
    const std::vector<double> x{1, 2, 3, 4};
    auto mean_of = [&](std::span<const std::size_t> idx, int&) {
        double s = 0.0;
        for (const auto i : idx) {
            REQUIRE(i < x.size());
            s += x[i];
        }
        return s / static_cast<double>(idx.size());
    };
    const auto a = st::bootstrap_distribution<int>("b", x.size(), {.resamples = 4000, .seed = 1, .threads = 1}, mean_of);
    const auto b = st::bootstrap_distribution<int>("b", x.size(), {.resamples = 4000, .seed = 1, .threads = 3}, mean_of);
    CHECK(a == b);
    // The bootstrap mean of means is x̄ = 2.5 and its variance σ²/n = 1.25/4 (σ² with
    // divisor n): 4000 draws put the sample mean within 4·sqrt(0.3125/4000) ≈ 0.035 of 2.5.
    const double m = std::accumulate(a.begin(), a.end(), 0.0) / 4000.0;
    CHECK(std::abs(m - 2.5) < 0.036);
    double ss = 0.0;
    for (const double v : a) {
        ss += (v - m) * (v - m);
    }
    CHECK(ss / 3999.0 == doctest::Approx(0.3125).epsilon(0.08));
    CHECK(ineq_test::message_of([&] { (void)st::bootstrap_distribution<int>("b", 0, {}, mean_of); }) ==
          "ineq::b: needs at least one observation to resample");
}

TEST_CASE("permutation_summary: counts, moments and the direction of `greater`") {
    const std::vector<double> sims{1, 2, 3, 4, 5, 6, 7, 8, 9};  // mean 5, sd sqrt(7.5)
    const auto up = st::permutation_summary(8.0, sims, alternative::greater, st::greater_means::larger, 11);
    CHECK(up.p_value == 3.0 / 10.0);  // 8 and 9 are ≥ 8
    CHECK(up.expectation == 5.0);
    CHECK(up.standard_error == doctest::Approx(std::sqrt(7.5)).epsilon(1e-15));
    CHECK(up.z == doctest::Approx(3.0 / std::sqrt(7.5)).epsilon(1e-15));
    CHECK(up.resamples == 9);
    CHECK(up.seed == 11);
    const auto down = st::permutation_summary(8.0, sims, alternative::greater, st::greater_means::smaller, 11);
    CHECK(down.p_value == 9.0 / 10.0);  // 1..8 are ≤ 8
    CHECK(down.z == doctest::Approx(-3.0 / std::sqrt(7.5)).epsilon(1e-15));
    CHECK(st::permutation_summary(8.0, sims, alternative::two_sided, st::greater_means::larger, 0).p_value == 0.6);
}

TEST_CASE("conditional_permutation: a unit with one neighbour among three others, enumerated") {
    // Unit 0 keeps its value; its single neighbour slot gets one of the other three values
    // {2, 4, 6} uniformly. With statistic = lag (offset 0, scale 1) and the observed lag 6,
    // P(L ≥ 6) = 1/3, so with many draws the pseudo p tends to (1 + R/3)/(R + 1).
    const std::vector<double> v{10, 2, 4, 6};
    const std::vector<double> one{1.0};
    const auto t = st::conditional_permutation("c", v, {.resamples = 30000, .seed = 9}, alternative::greater,
                                               [&](std::size_t i) -> std::optional<st::conditional_unit> {
                                                   if (i != 0) {
                                                       return std::nullopt;
                                                   }
                                                   return st::conditional_unit{one, 6.0, 0.0, 1.0, 6.0};
                                               });
    REQUIRE(t.size() == 4);
    CHECK(!t[1].has_value());
    REQUIRE(t[0].has_value());
    CHECK(t[0]->p_value == doctest::Approx(1.0 / 3.0).epsilon(0.03));
    CHECK(t[0]->expectation == doctest::Approx(4.0).epsilon(0.01));              // mean of {2, 4, 6}
    CHECK(t[0]->standard_error == doctest::Approx(std::sqrt(8.0 / 3.0)).epsilon(0.02));  // population sd
    const auto again = st::conditional_permutation("c", v, {.resamples = 30000, .seed = 9, .threads = 2},
                                                   alternative::greater,
                                                   [&](std::size_t i) -> std::optional<st::conditional_unit> {
                                                       if (i != 0) {
                                                           return std::nullopt;
                                                       }
                                                       return st::conditional_unit{one, 6.0, 0.0, 1.0, 6.0};
                                                   });
    CHECK(again[0]->p_value == t[0]->p_value);
}
