#include <ineq/measures/dispersion.hpp>
#include <ineq/measures/gini.hpp>
#include <ineq/measures/summary.hpp>

#include "study_data.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

using doctest::Approx;

TEST_CASE("the study's Table 1 column") {
    const auto s = ineq::summarize(ineq_test::table1_cooperative);
    CHECK(s.n == 31);
    CHECK(s.min == 2.0);
    CHECK(s.max == 1364.0);
    CHECK(s.range == 1362.0);
    CHECK(s.mean == Approx(ineq_test::table1_mean).epsilon(1e-15));
    CHECK(s.sample_sd == Approx(ineq_test::table1_sample_sd).epsilon(1e-11));
    CHECK(s.cv == Approx(ineq_test::table1_cv).epsilon(1e-11));
    CHECK(s.gini == Approx(ineq_test::table1_gini).epsilon(1e-11));
}

TEST_CASE("every field equals the single function") {
    std::mt19937_64 rng(7);
    std::gamma_distribution<double> dist(0.7, 3.0);
    for (int trial = 0; trial < 100; ++trial) {
        std::vector<double> x(2 + rng() % 50);
        for (auto& v : x) {
            v = dist(rng);
        }
        const auto s = ineq::summarize(x);
        CHECK(s.n == x.size());
        CHECK(s.range == ineq::range(x));
        CHECK(s.mean == Approx(ineq::mean(x)).epsilon(1e-14));
        CHECK(s.sample_sd == Approx(ineq::sample_sd(x)).epsilon(1e-13));
        CHECK(s.cv == Approx(ineq::cv(x)).epsilon(1e-13));
        CHECK(s.gini == ineq::gini(x));
    }
}

TEST_CASE("data whose total overflows a double") {
    // {M/2, M/2, M}: mean 2M/3, sample sd M/(2 sqrt 3), Gini = sum|xi-xj| / (2 n^2 mean)
    // = (4 * M/2) / (2 * 9 * 2M/3) = 1/6.
    const double m = std::numeric_limits<double>::max();
    const auto s = ineq::summarize(std::vector{m / 2, m, m / 2});
    CHECK(s.max == m);
    CHECK(s.min == m / 2);
    CHECK(s.mean == Approx(m / 3 * 2).epsilon(1e-15));
    CHECK(s.sample_sd == Approx(m / (2.0 * std::sqrt(3.0))).epsilon(1e-15));
    CHECK(s.cv == Approx(std::sqrt(3.0) / 4.0).epsilon(1e-15));
    CHECK(s.gini == Approx(1.0 / 6.0).epsilon(1e-15));
}

TEST_CASE("edge cases: it needs what both the sd and the Gini need") {
    CHECK_THROWS_AS((void)ineq::summarize(std::vector<double>{}), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::summarize(std::vector{5}),
                         "ineq::summarize: needs at least two values (the sample sd divides by N - 1)",
                         ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::summarize(std::vector{0, 0}),
                         "ineq::summarize: the total must be positive (all values are zero)",
                         ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::summarize(std::vector{3, -1}),
                         "ineq::summarize: values must be non-negative (index 1, value -1)",
                         ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::summarize(std::vector{1.0, std::numeric_limits<double>::infinity()}),
                    ineq::domain_error);
}
