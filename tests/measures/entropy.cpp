#include <ineq/measures/entropy.hpp>

#include "study_data.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <list>
#include <random>
#include <vector>

// Reference values for the Table 1 column come from numpy, with the preamble
//   PRE='import numpy as np; x=np.array([7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,107,1364,598,194,18,2,26,125,797,31,127,11,24,418],float); m=x.mean(); r=x/m'

namespace {

std::vector<double> random_values(std::mt19937_64& rng, bool allow_zero) {
    const auto n = 1 + static_cast<std::size_t>(rng() % 40);
    std::vector<double> v(n);
    for (auto& x : v) {
        x = static_cast<double>(rng() % 1000) + (allow_zero ? 0.0 : 1.0);
        if (rng() % 3 == 0) {
            x += static_cast<double>(rng() % 1000) / 997.0;
        }
    }
    if (std::all_of(v.begin(), v.end(), [](double a) { return a == 0.0; })) {
        v[0] = 1.0;
    }
    return v;
}

// Relative 1e-12, also for indices near zero (the terms are summed without cancellation).
bool close(double a, double b) { return std::abs(a - b) <= 1e-12 * std::abs(b) + 1e-300; }

}  // namespace

TEST_CASE("theil_t: closed forms and the zero convention") {
    // 0 ln 0 = 0: one unit holding all of N gives ln N (R ineq::Theil drops zeros and says 0).
    CHECK(ineq::theil_t(std::vector{0, 0, 0, 10}) == doctest::Approx(std::log(4.0)).epsilon(1e-15));
    CHECK(ineq::theil_t(std::vector{0, 5}) == doctest::Approx(std::log(2.0)).epsilon(1e-15));
    // {1, 3}: mu = 2, T = (0.5 ln 0.5 + 1.5 ln 1.5) / 2 = (3 ln 3 - 4 ln 2) / 4.
    CHECK(ineq::theil_t(std::vector{1, 3}) ==
          doctest::Approx((3 * std::log(3.0) - 4 * std::log(2.0)) / 4).epsilon(1e-14));
    CHECK(ineq::theil_t(std::vector{7, 7, 7}) == 0.0);
    CHECK(ineq::theil_t(std::vector{42}) == 0.0);
    // Table 1 co-invention column (PRE as at the top of this file):
    //   /usr/bin/python3 -c "$PRE; print(np.mean(r*np.log(r)))"  -> 0.8012075677114162
    CHECK(ineq::theil_t(ineq_test::table1_cooperative) == doctest::Approx(0.8012075677114162).epsilon(1e-12));
}

TEST_CASE("mean_log_deviation and generalized_entropy: closed forms") {
    // {1, 3}: L = ((ln 2 - ln 1) + (ln 2 - ln 3)) / 2.
    CHECK(ineq::mean_log_deviation(std::vector{1, 3}) ==
          doctest::Approx(std::log(2.0) - std::log(3.0) / 2).epsilon(1e-14));
    CHECK(ineq::mean_log_deviation(std::vector{5}) == 0.0);
    // GE(2) is half the squared population CV: {2,4,4,4,5,5,7,9} has population CV 0.4.
    CHECK(ineq::generalized_entropy(std::vector{2, 4, 4, 4, 5, 5, 7, 9}, 2.0) ==
          doctest::Approx(0.08).epsilon(1e-14));
    const std::vector<double> v{1, 2, 6, 11};
    CHECK(ineq::generalized_entropy(v, 1.0) == ineq::theil_t(v));
    CHECK(ineq::generalized_entropy(v, 0.0) == ineq::mean_log_deviation(v));
    // GE is continuous in alpha at 0 and 1.
    CHECK(ineq::generalized_entropy(v, 1e-7) == doctest::Approx(ineq::mean_log_deviation(v)).epsilon(1e-6));
    CHECK(ineq::generalized_entropy(v, 1.0 + 1e-7) == doctest::Approx(ineq::theil_t(v)).epsilon(1e-6));
    // Zeros are fine for alpha > 0: {0, 2}: GE(0.5) = ((0 - 1) + (sqrt 2 - 1)) / (2 * -0.25).
    CHECK(ineq::generalized_entropy(std::vector{0, 2}, 0.5) ==
          doctest::Approx((2.0 - std::sqrt(2.0)) / 0.5).epsilon(1e-14));
    // Table 1 column: /usr/bin/python3 -c "$PRE; print(...)" with ... =
    //   np.mean(np.log(x.mean()/x)) -> 0.9370181526644831
    //   np.mean(r**a-1)/(a*(a-1)) for a = 2, 0.5, -1 -> 1.2628359378458995, 0.7902472098094988,
    //   3.1552193667902095
    const auto& t = ineq_test::table1_cooperative;
    CHECK(ineq::mean_log_deviation(t) == doctest::Approx(0.9370181526644831).epsilon(1e-12));
    CHECK(ineq::generalized_entropy(t, 2.0) == doctest::Approx(1.2628359378458995).epsilon(1e-12));
    CHECK(ineq::generalized_entropy(t, 0.5) == doctest::Approx(0.7902472098094988).epsilon(1e-12));
    CHECK(ineq::generalized_entropy(t, -1.0) == doctest::Approx(3.1552193667902095).epsilon(1e-12));
}

TEST_CASE("entropy family: nearly equal values keep their relative accuracy") {
    // {m - 1, m + 1}, m = 1e6: r = 1 -+ d with d = 1e-6, so
    //   T = ((1+d)ln(1+d) + (1-d)ln(1-d)) / 2 = d^2/2 + d^4/12 + ...,  L = d^2/2 + d^4/4 + ...,
    //   GE(2) = d^2 / 2 exactly.
    const std::vector<double> v{1e6 - 1, 1e6 + 1};
    const double d = 1e-6;
    CHECK(ineq::theil_t(v) == doctest::Approx(d * d / 2 + d * d * d * d / 12).epsilon(1e-9));
    CHECK(ineq::mean_log_deviation(v) == doctest::Approx(d * d / 2 + d * d * d * d / 4).epsilon(1e-9));
    CHECK(ineq::generalized_entropy(v, 2.0) == doctest::Approx(d * d / 2).epsilon(1e-9));
    CHECK(ineq::generalized_entropy(v, 0.5) == doctest::Approx(d * d / 2).epsilon(1e-6));
}

TEST_CASE("entropy family: bad input throws ineq::domain_error naming the function") {
    const std::vector<double> empty;
    CHECK_THROWS_WITH_AS((void)ineq::theil_t(empty), doctest::Contains("ineq::theil_t: needs at least one value"),
                         ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::mean_log_deviation(empty), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::generalized_entropy(empty, 2.0), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::theil_t(std::vector{0, 0}), doctest::Contains("total must be positive"),
                         ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::theil_t(std::vector{1, -2}), doctest::Contains("(index 1, value -2)"),
                         ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::theil_t(std::vector{1.0, std::nan("")}), doctest::Contains("finite"),
                         ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::theil_t(std::vector{1.0, std::numeric_limits<double>::infinity()}), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::mean_log_deviation(std::vector{3, 0, 1}),
                         doctest::Contains("undefined for a zero value"), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::mean_log_deviation(std::vector{3, 0, 1}), doctest::Contains("(index 1, value 0)"),
                         ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::generalized_entropy(std::vector{3, 0, 1}, 0.0), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::generalized_entropy(std::vector{3, 0, 1}, -0.5), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::generalized_entropy(std::vector{3, 1}, std::nan("")), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::generalized_entropy(std::vector{3, 1}, HUGE_VAL), ineq::domain_error);
    // Overflow of (x/mu)^alpha is reported, not returned as infinity.
    CHECK_THROWS_WITH_AS((void)ineq::generalized_entropy(std::vector{0, 0, 0, 1}, 600.0),
                         doctest::Contains("overflows"), ineq::domain_error);
}

TEST_CASE("entropy family: accepts any numeric range and leaves it unchanged") {
    const std::list<int> l{1, 3};
    CHECK(ineq::theil_t(l) == doctest::Approx((3 * std::log(3.0) - 4 * std::log(2.0)) / 4));
    const int arr[] = {1, 3};
    CHECK(ineq::mean_log_deviation(arr) == doctest::Approx(std::log(2.0) - std::log(3.0) / 2));
    std::vector<float> f{3.0f, 1.0f};
    CHECK(ineq::generalized_entropy(f, 2.0) == doctest::Approx(0.125));
    CHECK(f == std::vector<float>{3.0f, 1.0f});
}

TEST_CASE("entropy family: properties on seeded random inputs") {
    std::mt19937_64 rng(12345);
    for (int trial = 0; trial < 3000; ++trial) {
        auto v = random_values(rng, trial % 2 == 0);
        const bool has_zero = std::any_of(v.begin(), v.end(), [](double a) { return a == 0.0; });
        const double n = static_cast<double>(v.size());
        const double t = ineq::theil_t(v);
        // Bounds: 0 <= T <= ln N.
        CHECK(t >= 0.0);
        CHECK(t <= std::log(n) + 1e-12);
        // Permutation invariance.
        auto p = v;
        std::shuffle(p.begin(), p.end(), rng);
        CHECK(close(ineq::theil_t(p), t));
        // Scale invariance.
        auto s = v;
        for (auto& a : s) a *= 3.5;
        CHECK(close(ineq::theil_t(s), t));
        // Replication invariance: the data repeated twice.
        auto r = v;
        r.insert(r.end(), v.begin(), v.end());
        CHECK(close(ineq::theil_t(r), t));
        CHECK(close(ineq::generalized_entropy(r, 2.0), ineq::generalized_entropy(v, 2.0)));
        // Pigou-Dalton: a transfer from a richer to a poorer unit that keeps their order
        // strictly lowers every GE (when the two differ).
        if (v.size() >= 2) {
            auto q = v;
            std::sort(q.begin(), q.end());
            const double gap = q.back() - q.front();
            if (gap > 1e-6) {
                auto moved = q;
                moved.front() += gap / 4;
                moved.back() -= gap / 4;
                CHECK(ineq::theil_t(moved) < ineq::theil_t(q));
                CHECK(ineq::generalized_entropy(moved, 2.0) < ineq::generalized_entropy(q, 2.0));
                CHECK(ineq::generalized_entropy(moved, 0.5) < ineq::generalized_entropy(q, 0.5));
                if (!has_zero) {
                    CHECK(ineq::mean_log_deviation(moved) < ineq::mean_log_deviation(q));
                }
            }
        }
        if (!has_zero) {
            CHECK(ineq::mean_log_deviation(v) >= 0.0);
        } else {
            CHECK_THROWS_AS((void)ineq::mean_log_deviation(v), ineq::domain_error);
        }
    }
}

TEST_CASE("entropy family: subnormal totals are rescaled, not divided into zero") {
    // One unit of two holds everything: Theil T = ln 2 whatever the scale. The mean of
    // {5e-324, 0} rounds to 0 in double; the measures rescale by a power of two first.
    const std::vector tiny{std::numeric_limits<double>::denorm_min(), 0.0};
    CHECK(ineq::theil_t(tiny) == doctest::Approx(std::log(2.0)).epsilon(1e-15));
    CHECK(ineq::generalized_entropy(tiny, 2.0) == doctest::Approx(0.5).epsilon(1e-15));  // cv^2 / 2, population cv 1
    // Near DBL_MAX the total overflows: {max, max} is equal, {max, 0} is ln 2.
    const double big = std::numeric_limits<double>::max();
    CHECK(ineq::theil_t(std::vector{big, big}) == 0.0);
    CHECK(ineq::theil_t(std::vector{big, 0.0}) == doctest::Approx(std::log(2.0)).epsilon(1e-15));
}
