#include <ineq/measures/williamson.hpp>
#include <ineq/measures/dispersion.hpp>

#include "study_data.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <random>
#include <vector>

TEST_CASE("williamson_index: closed forms") {
    // y = (1, 3), p = (3, 1): ybar = 1.5, variance = (3 * 0.25 + 1 * 2.25) / 4 = 0.75.
    CHECK(ineq::williamson_index(std::vector{1.0, 3.0}, std::vector{3, 1}) ==
          doctest::Approx(std::sqrt(0.75) / 1.5).epsilon(1e-15));
    // Equal populations: the population CV.
    const std::vector<double> y{2, 4, 4, 4, 5, 5, 7, 9};
    CHECK(ineq::williamson_index(y, std::vector<int>(8, 7)) == doctest::Approx(0.4).epsilon(1e-14));
    CHECK(ineq::williamson_index(y, std::vector<int>(8, 7)) == doctest::Approx(ineq::population_cv(y)).epsilon(1e-14));
    // Zero-population regions do not count.
    CHECK(ineq::williamson_index(std::vector{1.0, 3.0, 100.0}, std::vector{3, 1, 0}) ==
          doctest::Approx(std::sqrt(0.75) / 1.5).epsilon(1e-15));
    CHECK(ineq::williamson_index(std::vector{5.0}, std::vector{9}) == 0.0);
    // Negative values are fine with a positive weighted mean: y = (-1, 3), p = (1, 1): mean 1, var 4.
    CHECK(ineq::williamson_index(std::vector{-1.0, 3.0}, std::vector{1, 1}) == doctest::Approx(2.0).epsilon(1e-15));
    // Table 1 per capita over pop = 1000 + 3700 * (i mod 11):
    //   /usr/bin/python3 -c "import numpy as np; x=np.array([7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,107,1364,598,194,18,2,26,125,797,31,127,11,24,418],float);
    //     pop=1000.0+3700*(np.arange(31)%11); y=x/pop; yb=(pop*y).sum()/pop.sum();
    //     print(np.sqrt((pop*(y-yb)**2).sum()/pop.sum())/yb)"  -> 2.0761357887475507
    std::vector<double> pc;
    std::vector<double> pop;
    for (std::size_t i = 0; i < 31; ++i) {
        pop.push_back(1000.0 + 3700.0 * static_cast<double>(i % 11));
        pc.push_back(ineq_test::table1_cooperative[i] / pop.back());
    }
    CHECK(ineq::williamson_index(pc, pop) == doctest::Approx(2.0761357887475507).epsilon(1e-12));
}

TEST_CASE("williamson_index: bad input") {
    const std::vector<double> empty;
    CHECK_THROWS_WITH_AS((void)ineq::williamson_index(empty, empty), doctest::Contains("ineq::williamson_index: needs at least one"),
                         ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::williamson_index(std::vector{1, 2}, std::vector{1}), doctest::Contains("same length"),
                         ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::williamson_index(std::vector{1, 2}, std::vector{0, 0}),
                         doctest::Contains("total population must be positive"), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::williamson_index(std::vector{1, 2}, std::vector{1, -1}),
                         doctest::Contains("(index 1, value -1)"), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::williamson_index(std::vector{0, 0}, std::vector{1, 1}),
                         doctest::Contains("weighted mean must be positive"), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::williamson_index(std::vector{-3, 1}, std::vector{1, 1}), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::williamson_index(std::vector{1.0, std::nan("")}, std::vector{1, 1}), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::williamson_index(std::vector{1.0, 2.0}, std::vector{1.0, HUGE_VAL}), ineq::domain_error);
}

TEST_CASE("williamson_index: properties on seeded random inputs") {
    std::mt19937_64 rng(2024);
    for (int trial = 0; trial < 3000; ++trial) {
        const auto n = 1 + static_cast<std::size_t>(rng() % 31);
        std::vector<double> y(n);
        std::vector<int> p(n);
        std::vector<double> expanded;
        for (std::size_t i = 0; i < n; ++i) {
            y[i] = 1.0 + static_cast<double>(rng() % 1000) / 10.0;
            p[i] = 1 + static_cast<int>(rng() % 5);
            expanded.insert(expanded.end(), static_cast<std::size_t>(p[i]), y[i]);
        }
        const double v = ineq::williamson_index(y, p);
        CHECK(v >= 0.0);
        // Integer populations: the population CV of the data with each region repeated p_i times.
        CHECK(v == doctest::Approx(ineq::population_cv(expanded)).epsilon(1e-10).scale(1e-12));
        // Scaling the values or the populations changes nothing.
        auto ys = y;
        for (auto& a : ys) a *= 7.0;
        std::vector<double> ps(p.begin(), p.end());
        for (auto& a : ps) a *= 0.25;
        CHECK(ineq::williamson_index(ys, ps) == doctest::Approx(v).epsilon(1e-12).scale(1e-12));
    }
}
