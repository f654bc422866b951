#include <ineq/stats/inference.hpp>

#include <doctest/doctest.h>

#include <string_view>

using ineq::stats::alternative;
namespace st = ineq::stats;

TEST_CASE("normal_p_value: both tails and two-sided, precise far out in either tail") {
    // scipy.stats.norm.sf(1.96) = 0.024997895148220435; norm.sf(8) = 6.22096057427174e-16
    CHECK(st::normal_p_value(1.96, alternative::greater) == doctest::Approx(0.024997895148220435).epsilon(1e-14));
    CHECK(st::normal_p_value(-1.96, alternative::less) == doctest::Approx(0.024997895148220435).epsilon(1e-14));
    CHECK(st::normal_p_value(1.96, alternative::two_sided) == doctest::Approx(2 * 0.024997895148220435).epsilon(1e-14));
    CHECK(st::normal_p_value(-1.96, alternative::two_sided) == doctest::Approx(2 * 0.024997895148220435).epsilon(1e-14));
    CHECK(st::normal_p_value(0.0, alternative::greater) == 0.5);
    CHECK(st::normal_p_value(0.0, alternative::two_sided) == 1.0);
    // Far in the lower tail: 1 − P(Z ≥ z) would give 0 here.
    CHECK(st::normal_p_value(-8.0, alternative::less) == doctest::Approx(6.22096057427174e-16).epsilon(1e-12));
    CHECK(st::normal_p_value(-8.0, alternative::two_sided) == doctest::Approx(2 * 6.22096057427174e-16).epsilon(1e-12));
}

TEST_CASE("pseudo_p_value: (1 + count) / (R + 1), the two-sided form doubled and capped") {
    // 999 permutations, 24 at least and 975 at most the observed value.
    CHECK(st::pseudo_p_value(24, 975, 999, alternative::greater) == 25.0 / 1000.0);
    CHECK(st::pseudo_p_value(24, 975, 999, alternative::less) == 976.0 / 1000.0);
    CHECK(st::pseudo_p_value(24, 975, 999, alternative::two_sided) == 50.0 / 1000.0);
    CHECK(st::pseudo_p_value(600, 600, 999, alternative::two_sided) == 1.0);
    CHECK(st::pseudo_p_value(0, 9, 9, alternative::greater) == 0.1);  // the smallest p for R = 9
}

TEST_CASE("normal_test: z from the moments, signed toward `greater`") {
    // z = (0.3 - 0.1) / sqrt(0.04) = 1; Rscript -e 'print(pnorm(1, lower.tail = FALSE), digits = 17)'
    //   -> 0.15865525393145707
    const auto up = st::normal_test(0.3, 0.1, 0.04, alternative::greater);
    CHECK(up.z == doctest::Approx(1.0).epsilon(1e-15));
    CHECK(up.p_value == doctest::Approx(0.15865525393145707).epsilon(1e-14));
    // A statistic whose small values are `greater` (Geary's C): z changes sign.
    const auto down = st::normal_test(0.3, 0.1, 0.04, alternative::greater, st::greater_means::smaller);
    CHECK(down.z == doctest::Approx(-1.0).epsilon(1e-15));
    CHECK(down.p_value == doctest::Approx(1.0 - 0.15865525393145707).epsilon(1e-14));
}

TEST_CASE("the vocabulary: names of the alternatives and of the result fields") {
    CHECK(st::to_string(alternative::greater) == "greater");
    CHECK(st::to_string(alternative::less) == "less");
    CHECK(st::to_string(alternative::two_sided) == "two_sided");
    constexpr auto a = st::field_names<st::analytic_test>();
    static_assert(a.size() == 5);
    CHECK(a[0] == "statistic");
    CHECK(a[4] == "p_value");
    constexpr auto p = st::field_names<st::permutation_test>();
    static_assert(p.size() == 7);
    CHECK(p[2] == "standard_error");
    CHECK(p[5] == "resamples");
    st::permutation_test t;
    t.p_value = 0.25;
    t.resamples = 3;
    double seen_p = -1.0;
    std::size_t seen_r = 0;
    std::size_t count = 0;
    st::for_each_field(t, [&](std::string_view name, const auto& v) {
        ++count;
        if (name == "p_value") {
            seen_p = static_cast<double>(v);
        }
        if (name == "resamples") {
            seen_r = static_cast<std::size_t>(v);
        }
    });
    CHECK(count == 7);
    CHECK(seen_p == 0.25);
    CHECK(seen_r == 3);
}
