#include <ineq/measures/atkinson.hpp>
#include <ineq/measures/entropy.hpp>

#include "study_data.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

// Reference values for the Table 1 column come from numpy, with the preamble
//   PRE='import numpy as np; x=np.array([7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,107,1364,598,194,18,2,26,125,797,31,127,11,24,418],float); m=x.mean(); r=x/m'

namespace {
bool close(double a, double b) { return std::abs(a - b) <= 1e-12 * std::abs(b) + 1e-14; }
}  // namespace

TEST_CASE("atkinson: closed forms") {
    const std::vector<int> v{1, 4};  // mean 2.5
    CHECK(ineq::atkinson(v, 0.0) == 0.0);
    CHECK(ineq::atkinson(v, 0.5) == doctest::Approx(1 - 2.25 / 2.5).epsilon(1e-14));  // (mean sqrt)^2 = 2.25
    CHECK(ineq::atkinson(v, 1.0) == doctest::Approx(1 - 2.0 / 2.5).epsilon(1e-14));   // geometric mean 2
    CHECK(ineq::atkinson(v, 2.0) == doctest::Approx(1 - 1.6 / 2.5).epsilon(1e-14));   // harmonic mean 1.6
    // Limits with a zero: the equally distributed equivalent is 0 for epsilon >= 1.
    CHECK(ineq::atkinson(std::vector{0, 4}, 1.0) == 1.0);
    CHECK(ineq::atkinson(std::vector{0, 4}, 3.0) == 1.0);
    CHECK(ineq::atkinson(std::vector{0, 4}, 0.5) == doctest::Approx(0.5).epsilon(1e-14));  // (mean sqrt)^2 = 1
    // A value tiny against the mean with a large epsilon tends to 1 instead of overflowing.
    CHECK(ineq::atkinson(std::vector{1e-300, 1.0}, 5.0) == doctest::Approx(1.0));
    CHECK(ineq::atkinson(std::vector{7, 7, 7}, 2.0) == 0.0);
    CHECK(ineq::atkinson(std::vector{9}, 1.0) == 0.0);
    // A(1) = 1 - exp(-MLD).
    CHECK(ineq::atkinson(ineq_test::table1_cooperative, 1.0) ==
          doctest::Approx(1 - std::exp(-ineq::mean_log_deviation(ineq_test::table1_cooperative))).epsilon(1e-13));
    // Table 1: /usr/bin/python3 -c "$PRE; print(1-np.mean(r**(1-e))**(1/(1-e)))" for e = 0.5, 2
    //   -> 0.3560929391165184, 0.863209304332651
    //   /usr/bin/python3 -c "$PRE; print(1-np.exp(np.mean(np.log(x)))/m)" -> 0.6082056337272295
    CHECK(ineq::atkinson(ineq_test::table1_cooperative, 0.5) == doctest::Approx(0.3560929391165184).epsilon(1e-12));
    CHECK(ineq::atkinson(ineq_test::table1_cooperative, 2.0) == doctest::Approx(0.863209304332651).epsilon(1e-12));
    CHECK(ineq::atkinson(ineq_test::table1_cooperative, 1.0) == doctest::Approx(0.6082056337272295).epsilon(1e-12));
}

TEST_CASE("atkinson: bad input") {
    const std::vector<double> empty;
    CHECK_THROWS_WITH_AS((void)ineq::atkinson(empty, 1.0), doctest::Contains("ineq::atkinson: needs at least one"),
                         ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::atkinson(std::vector{0, 0}, 1.0), doctest::Contains("total must be positive"),
                         ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::atkinson(std::vector{1, -1}, 1.0), doctest::Contains("(index 1, value -1)"),
                         ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::atkinson(std::vector{1.0, std::nan("")}, 1.0), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::atkinson(std::vector{1.0, HUGE_VAL}, 1.0), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::atkinson(std::vector{1, 2}, -0.5), doctest::Contains("epsilon must be"),
                         ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::atkinson(std::vector{1, 2}, std::nan("")), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::atkinson(std::vector{1, 2}, HUGE_VAL), ineq::domain_error);
}

TEST_CASE("atkinson: properties on seeded random inputs") {
    std::mt19937_64 rng(777);
    for (int trial = 0; trial < 3000; ++trial) {
        const auto n = 1 + static_cast<std::size_t>(rng() % 30);
        std::vector<double> v(n);
        for (auto& x : v) x = static_cast<double>(rng() % 500) + (trial % 3 == 0 ? 0.0 : 0.5);
        if (std::all_of(v.begin(), v.end(), [](double a) { return a == 0.0; })) v[0] = 1.0;
        double previous = -1.0;
        for (const double e : {0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 4.0}) {
            const double a = ineq::atkinson(v, e);
            CHECK(a >= 0.0);
            CHECK(a <= 1.0);
            CHECK(a >= previous - 1e-12);  // non-decreasing in epsilon
            previous = a;
            auto p = v;
            std::shuffle(p.begin(), p.end(), rng);
            CHECK(close(ineq::atkinson(p, e), a));
            auto s = v;
            for (auto& x : s) x *= 0.37;
            CHECK(close(ineq::atkinson(s, e), a));
            auto r = v;
            r.insert(r.end(), v.begin(), v.end());
            r.insert(r.end(), v.begin(), v.end());
            CHECK(close(ineq::atkinson(r, e), a));
        }
        // Pigou-Dalton for epsilon in (0, 1) (zeros allowed) and > 1 when there are no zeros.
        auto q = v;
        std::sort(q.begin(), q.end());
        const double gap = q.back() - q.front();
        if (gap > 1e-6) {
            auto moved = q;
            moved.front() += gap / 4;
            moved.back() -= gap / 4;
            CHECK(ineq::atkinson(moved, 0.5) < ineq::atkinson(q, 0.5));
            if (q.front() > 0.0) {
                CHECK(ineq::atkinson(moved, 2.0) < ineq::atkinson(q, 2.0));
            }
        }
    }
}

TEST_CASE("atkinson: epsilon = 1 with values far below the mean stays finite") {
    // x / mean underflows to 0 for 2^-1000 against a mean near 2^998; ln x - ln mean does
    // not. Geometric mean 2^-1 (exact: the logs sum to -3 ln 2 over 3), arithmetic mean
    // (2^-1000 + 2^997 + 1) / 3, so A = 1 - 2^-1 * 3 / (2^997 + 1 + 2^-1000): 1 to rounding.
    const std::vector v{std::ldexp(1.0, -1000), std::ldexp(1.0, 997), 1.0};
    const double a = ineq::atkinson(v, 1.0);
    CHECK(std::isfinite(a));
    CHECK(a == doctest::Approx(1.0));
    // Scale invariance at ordinary magnitudes: {1, 4} gives 0.2 (geometric mean 2, mean 2.5).
    CHECK(ineq::atkinson(std::vector{std::ldexp(1.0, -1070), std::ldexp(4.0, -1070)}, 1.0) ==
          doctest::Approx(0.2).epsilon(1e-12));
}
