#include <ineq/measures/dispersion.hpp>

#include "error_message.hpp"
#include "std_views.hpp"
#include "study_data.hpp"

#include <doctest/doctest.h>

#include <range/v3/range/concepts.hpp>
#include <range/v3/view/istream.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <list>
#include <ranges>
#include <sstream>
#include <string>
#include <vector>

using doctest::Approx;
using ineq_test::message_of;

namespace {
constexpr double qnan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();
}  // namespace

TEST_CASE("closed forms") {
    // x = 2,4,4,4,5,5,7,9: mean 5, sum of squared deviations 32.
    const std::vector<int> x{2, 4, 4, 4, 5, 5, 7, 9};
    CHECK(ineq::mean(x) == 5.0);
    CHECK(ineq::range(x) == 7.0);
    CHECK(ineq::sample_variance(x) == Approx(32.0 / 7.0).epsilon(1e-15));
    CHECK(ineq::sample_sd(x) == Approx(std::sqrt(32.0 / 7.0)).epsilon(1e-15));
    CHECK(ineq::population_variance(x) == 4.0);
    CHECK(ineq::population_sd(x) == 2.0);
    CHECK(ineq::cv(x) == Approx(std::sqrt(32.0 / 7.0) / 5.0).epsilon(1e-15));
    CHECK(ineq::population_cv(x) == Approx(0.4).epsilon(1e-15));
}

TEST_CASE("the study's Table 1 column (eq. 1 and eq. 2)") {
    const auto& x = ineq_test::table1_cooperative;
    CHECK(ineq::mean(x) == Approx(ineq_test::table1_mean).epsilon(1e-15));
    CHECK(ineq::sample_sd(x) == Approx(ineq_test::table1_sample_sd).epsilon(1e-11));
    CHECK(ineq::cv(x) == Approx(ineq_test::table1_cv).epsilon(1e-11));
    CHECK(ineq::population_variance(x) ==
          Approx(ineq_test::table1_population_variance).epsilon(1e-13));
    CHECK(ineq::range(x) == 1362.0);  // 1364 - 2
}

TEST_CASE("1e9 + k keeps every digit") {
    // Values 1e9 + k, k = 1..1000: the variance is that of 1..1000, n(n+1)/12 (sample)
    // and (n^2 - 1)/12 (population), exactly.
    std::vector<double> x;
    for (int k = 1; k <= 1000; ++k) {
        x.push_back(1e9 + k);
    }
    CHECK(ineq::sample_sd(x) == Approx(std::sqrt(1000.0 * 1001.0 / 12.0)).epsilon(1e-12));
    CHECK(ineq::population_variance(x) == Approx((1e6 - 1.0) / 12.0).epsilon(1e-12));
    CHECK(ineq::mean(x) == 1e9 + 500.5);
    // The same through 64-bit integers.
    std::vector<std::int64_t> xi;
    for (int k = 1; k <= 1000; ++k) {
        xi.push_back(1'000'000'000 + k);
    }
    CHECK(ineq::sample_sd(xi) == Approx(std::sqrt(1000.0 * 1001.0 / 12.0)).epsilon(1e-12));
}

TEST_CASE("extreme magnitudes rescale instead of overflowing") {
    // sd of {a, 2a, 3a} is a for any a; squares of 1e200 overflow a double.
    const std::vector<double> big{1e200, 2e200, 3e200};
    CHECK(ineq::sample_sd(big) == Approx(1e200).epsilon(1e-14));
    CHECK(ineq::mean(big) == Approx(2e200).epsilon(1e-15));
    const double m = std::numeric_limits<double>::max();
    const std::vector<double> huge{m, m, m};  // the sum overflows, the mean does not
    CHECK(ineq::mean(huge) == m);
    CHECK(ineq::population_sd(huge) == 0.0);
    const std::vector<double> tiny{1e-300, 2e-300, 3e-300};
    CHECK(ineq::sample_sd(tiny) == Approx(1e-300).epsilon(1e-14));
    // A variance that is genuinely beyond DBL_MAX is reported, not returned as inf.
    const std::vector<double> spread{-m, m};
    CHECK(message_of([&] { (void)ineq::sample_variance(spread); }) ==
          "ineq::sample_variance: the result overflows the range of double");
    CHECK_THROWS_AS((void)ineq::range(spread), ineq::domain_error);
}

TEST_CASE("integer sums are exact while they fit in 64 bits, and compensated beyond") {
    // 2^62 + 2^62 overflows int64; the mean is still 2^62 (a compensated double sum
    // takes over at the overflow).
    const std::vector<std::int64_t> big{std::int64_t{1} << 62, std::int64_t{1} << 62};
    CHECK(ineq::mean(big) == std::ldexp(1.0, 62));
    CHECK(ineq::sample_sd(big) == 0.0);
    const std::vector<std::uint64_t> u{std::uint64_t{1} << 63, 2};
    CHECK(ineq::mean(u) == Approx(4611686018427387905.0));
    // 2^53 + 1 is not a double, but the integer sum is exact.
    const std::vector<std::int64_t> odd{(std::int64_t{1} << 53) + 1, -(std::int64_t{1} << 53)};
    CHECK(ineq::mean(odd) == 0.5);
}

TEST_CASE("edge cases") {
    const std::vector<double> empty;
    const std::vector<double> one{3.0};
    const std::vector<double> zeros{0.0, 0.0, 0.0};
    const std::vector<double> negative_mean{-1.0, -3.0};
    const std::vector<double> with_nan{1.0, qnan, 2.0};
    const std::vector<double> with_inf{1.0, 2.0, -inf};

    // empty
    CHECK(message_of([&] { (void)ineq::mean(empty); }) ==
          "ineq::mean: needs at least one value, got an empty range");
    CHECK_THROWS_AS((void)ineq::range(empty), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::sample_variance(empty), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::sample_sd(empty), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::population_variance(empty), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::population_sd(empty), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::cv(empty), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::population_cv(empty), ineq::domain_error);

    // one value
    CHECK(ineq::mean(one) == 3.0);
    CHECK(ineq::range(one) == 0.0);
    CHECK(message_of([&] { (void)ineq::sample_variance(one); }) ==
          "ineq::sample_variance: needs at least two values (the divisor is N - 1)");
    CHECK_THROWS_AS((void)ineq::sample_sd(one), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::cv(one), ineq::domain_error);
    CHECK(ineq::population_variance(one) == 0.0);
    CHECK(ineq::population_sd(one) == 0.0);
    CHECK(ineq::population_cv(one) == 0.0);

    // all zero: dispersion 0, CV undefined
    CHECK(ineq::mean(zeros) == 0.0);
    CHECK(ineq::range(zeros) == 0.0);
    CHECK(ineq::sample_sd(zeros) == 0.0);
    CHECK(message_of([&] { (void)ineq::cv(zeros); }) == "ineq::cv: the mean must be positive (got 0)");
    CHECK_THROWS_AS((void)ineq::population_cv(zeros), ineq::domain_error);

    // negative values: fine for dispersion, CV needs a positive mean
    CHECK(ineq::mean(negative_mean) == -2.0);
    CHECK(ineq::sample_variance(negative_mean) == 2.0);
    CHECK(message_of([&] { (void)ineq::cv(negative_mean); }) ==
          "ineq::cv: the mean must be positive (got -2)");
    const std::vector<double> mixed{-1.0, 5.0};
    CHECK(ineq::cv(mixed) == Approx(std::sqrt(18.0) / 2.0));

    // NaN and infinity name their index
    CHECK(message_of([&] { (void)ineq::mean(with_nan); }) ==
          "ineq::mean: values must be finite (index 1, value nan)");
    CHECK(message_of([&] { (void)ineq::sample_sd(with_inf); }) ==
          "ineq::sample_sd: values must be finite (index 2, value -inf)");
    CHECK(message_of([&] { (void)ineq::range(with_nan); }) ==
          "ineq::range: values must be finite (index 1, value nan)");
    for (const auto* bad : {&with_nan, &with_inf}) {
        CHECK_THROWS_AS((void)ineq::population_variance(*bad), ineq::domain_error);
        CHECK_THROWS_AS((void)ineq::population_sd(*bad), ineq::domain_error);
        CHECK_THROWS_AS((void)ineq::sample_variance(*bad), ineq::domain_error);
        CHECK_THROWS_AS((void)ineq::cv(*bad), ineq::domain_error);
        CHECK_THROWS_AS((void)ineq::population_cv(*bad), ineq::domain_error);
    }
}

TEST_CASE("single-pass ranges are read once") {
    // A std::list is not random access; an input-only view exercises the buffering path.
    const std::list<double> l{2, 4, 4, 4, 5, 5, 7, 9};
    CHECK(ineq::population_sd(l) == 2.0);
#if INEQ_TEST_STD_VIEWS
    std::istringstream text("2 4 4 4 5 5 7 9");
    auto input_only = std::views::istream<int>(text);
    static_assert(!std::ranges::forward_range<decltype(input_only)>);
    CHECK(ineq::population_sd(input_only) == 2.0);
#endif
    std::istringstream text3("2 4 4 4 5 5 7 9");
    auto input_only3 = ranges::istream_view<int>(text3);
    static_assert(!std::ranges::forward_range<decltype(input_only3)>);
    CHECK(ineq::population_sd(input_only3) == 2.0);
}

TEST_CASE("tiny and huge data keep every digit of the spread") {
    // Squared deviations of 1e-200 underflow; the data is rescaled by a power of two.
    // {a, 2a}: sample sd a / sqrt(2), population sd a / 2.
    const double a = 1e-200;
    CHECK(ineq::sample_sd(std::vector{a, 2 * a}) == doctest::Approx(a / std::sqrt(2.0)).epsilon(1e-14));
    CHECK(ineq::population_sd(std::vector{a, 2 * a}) == doctest::Approx(a / 2).epsilon(1e-14));
    // {b, b + d, b} near DBL_MAX (the sum overflows): sample sd d / sqrt(3), where d =
    // (b + d) - b is exact (Sterbenz). Dividing by max|x| instead of a power of two lost
    // about 8 of the 16 digits here.
    const double b = 1e308;
    const double c = 1.0000000066969288e308;
    const double d = c - b;
    CHECK(ineq::sample_sd(std::vector{b, c, b}) == doctest::Approx(d / std::sqrt(3.0)).epsilon(1e-12));
    // The mean of 64-bit integers is the exact sum divided once: 309 / 35.
    std::vector<std::int64_t> v(29, 0);
    for (const std::int64_t k : {1, 46, 2, 3, 250, 7}) v.push_back(k);
    CHECK(ineq::mean(v) == 309.0 / 35.0);
}
