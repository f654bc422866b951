// The one-pass shifted moments behind sample_sd, cv and mean (include/ineq/detail/numeric.hpp),
// on data chosen to take each branch, against closed forms.
#include <ineq/detail/numeric.hpp>
#include <ineq/measures/dispersion.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

TEST_CASE("shifted moments: the shift is near the mean (one pass)") {
    // 1, 2, ..., 1000 in a shuffled-enough order (k * 7919 mod 1000 + 1): the first 64
    // values average close to the mean. Variance of 1..N with divisor N - 1: N (N + 1) / 12.
    std::vector<double> x;
    std::vector<std::int32_t> xi;
    for (int k = 0; k < 1000; ++k) {
        const int v = (k * 7919) % 1000 + 1;
        x.push_back(1e9 + v);
        xi.push_back(1'000'000'000 + v);
    }
    ineq::detail::moments m;
    REQUIRE(ineq::detail::shifted_moments(x, m));
    CHECK(m.n == 1000);
    CHECK(m.mean == 1e9 + 500.5);
    CHECK(m.variance(999.0) == doctest::Approx(1000.0 * 1001.0 / 12.0).epsilon(1e-12));
    REQUIRE(ineq::detail::shifted_moments(xi, m));
    CHECK(m.mean == 1e9 + 500.5);
    CHECK(m.variance(999.0) == doctest::Approx(1000.0 * 1001.0 / 12.0).epsilon(1e-12));
}

TEST_CASE("shifted moments: sorted data, the shift is far from the mean (second pass)") {
    // 1e9 + k, k = 1..100000 ascending: the first 64 values average 1e9 + 32.5, far below
    // the mean 1e9 + 50000.5, so the second pass runs.
    const int n = 100'000;
    std::vector<double> x;
    std::vector<std::int32_t> xi;
    for (int k = 1; k <= n; ++k) {
        x.push_back(1e9 + k);
        xi.push_back(1'000'000'000 + k);
    }
    const double expected_sd = std::sqrt(double{n} * (n + 1.0) / 12.0);
    CHECK(ineq::mean(x) == 1e9 + 50'000.5);
    CHECK(ineq::sample_sd(x) == doctest::Approx(expected_sd).epsilon(1e-12));
    CHECK(ineq::mean(xi) == 1e9 + 50'000.5);
    CHECK(ineq::sample_sd(xi) == doctest::Approx(expected_sd).epsilon(1e-12));
}

TEST_CASE("shifted moments leave NaN, infinity and overflow to the careful path") {
    std::vector<double> x(1000, 2.0);
    x[0] = 1.0;
    x[700] = std::numeric_limits<double>::quiet_NaN();
    ineq::detail::moments m;
    CHECK_FALSE(ineq::detail::shifted_moments(x, m));
    CHECK_THROWS_WITH_AS((void)ineq::sample_sd(x), doctest::Contains("index 700"),
                         ineq::domain_error);
    x[700] = std::numeric_limits<double>::infinity();
    CHECK_THROWS_WITH_AS((void)ineq::cv(x), doctest::Contains("index 700"), ineq::domain_error);
    // Squares overflow: +-1e200 alternating has sd 1e200 * sqrt(n / (n - 1)).
    std::vector<double> big;
    for (int k = 0; k < 1000; ++k) {
        big.push_back(k % 2 == 0 ? 1e200 : -1e200);
    }
    CHECK_FALSE(ineq::detail::shifted_moments(big, m));
    CHECK(ineq::sample_sd(big) ==
          doctest::Approx(1e200 * std::sqrt(1000.0 / 999.0)).epsilon(1e-14));
}

TEST_CASE("64-bit integers keep the checked sum until it overflows") {
    CHECK_FALSE(ineq::detail::integer_sum_cannot_overflow<std::int64_t>(10));
    CHECK(ineq::detail::integer_sum_cannot_overflow<std::int32_t>(10));
    CHECK_FALSE(ineq::detail::integer_sum_cannot_overflow<std::uint32_t>(std::size_t{1} << 31));
    const std::vector<std::int64_t> x = {std::numeric_limits<std::int64_t>::max(), 1, 2};
    // Exact values with fractions.Fraction (/usr/bin/python3): x = [2**63-1, 1, 2];
    // m = F(sum(x), 3); sd = sqrt(sum((a - m)**2 for a in x) / 2).
    CHECK(ineq::mean(x) == doctest::Approx(3.0744573456182584e+18).epsilon(1e-15));
    CHECK(ineq::sample_sd(x) == doctest::Approx(5.325116328314171e+18).epsilon(1e-15));
}
