#include <ineq/measures/weighted.hpp>
#include <ineq/measures/atkinson.hpp>
#include <ineq/measures/dispersion.hpp>
#include <ineq/measures/entropy.hpp>
#include <ineq/measures/gini.hpp>

#include "study_data.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace {
bool close(double a, double b, double rel = 1e-12) { return std::abs(a - b) <= rel * std::abs(b) + 1e-14; }

std::vector<double> table1() { return {ineq_test::table1_cooperative.begin(), ineq_test::table1_cooperative.end()}; }
std::vector<double> weights_int() {  // (i mod 5) + 1, i = 0..30
    std::vector<double> w;
    for (int i = 0; i < 31; ++i) w.push_back(static_cast<double>(i % 5 + 1));
    return w;
}
std::vector<double> weights_real() {  // 0.1 * (i mod 7) + 0.25
    std::vector<double> w;
    for (int i = 0; i < 31; ++i) w.push_back(0.1 * static_cast<double>(i % 7) + 0.25);
    return w;
}
}  // namespace

TEST_CASE("weighted_gini against R laeken") {
    // Rscript -e 'library(laeken); x<-c(7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,107,1364,598,194,18,2,26,125,797,31,127,11,24,418);
    //   w<-(0:30 %% 5)+1; print(gini(x, weights=w)$value, digits=17); w2<-0.1*(0:30 %% 7)+0.25;
    //   print(gini(x,weights=w2)$value, digits=17); print(gini(x)$value, digits=17)'
    //   -> 66.207125799312422, 63.243545205399407, 65.29215682816276   (percent)
    CHECK(ineq::weighted_gini(table1(), weights_int()) == doctest::Approx(0.66207125799312422).epsilon(1e-12));
    CHECK(ineq::weighted_gini(table1(), weights_real()) == doctest::Approx(0.63243545205399407).epsilon(1e-12));
    CHECK(ineq::weighted_gini(table1(), std::vector<int>(31, 1)) == doctest::Approx(0.6529215682816276).epsilon(1e-12));
    // {1, 2} with weights {2, 1} is {1, 1, 2}: sum |xi - xj| = 4, / (2 * 9 * 4/3) = 1/6.
    CHECK(ineq::weighted_gini(std::vector{1, 2}, std::vector{2, 1}) == doctest::Approx(1.0 / 6).epsilon(1e-15));
}

TEST_CASE("weighted cv, Theil, MLD, Atkinson: expanded-data references") {
    // /usr/bin/python3 -c "import numpy as np; x=np.array([7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,107,1364,598,194,18,2,26,125,797,31,127,11,24,418],float);
    //   w=(np.arange(31)%5)+1; e=np.repeat(x,w); m=e.mean(); r=e/m;
    //   print(e.std(ddof=1)/m, np.mean(r*np.log(r)), np.mean(np.log(m/e)), 1-np.mean(r**-1)**-1)"
    //   -> 1.680865614604885 0.8464069576660935 0.9512669942940192 0.8615168952225297
    CHECK(ineq::weighted_cv(table1(), weights_int()) == doctest::Approx(1.680865614604885).epsilon(1e-12));
    CHECK(ineq::weighted_theil_t(table1(), weights_int()) == doctest::Approx(0.8464069576660935).epsilon(1e-12));
    CHECK(ineq::weighted_mean_log_deviation(table1(), weights_int()) == doctest::Approx(0.9512669942940192).epsilon(1e-12));
    CHECK(ineq::weighted_atkinson(table1(), weights_int(), 2.0) == doctest::Approx(0.8615168952225297).epsilon(1e-12));
    // Real weights: /usr/bin/python3 -c "import numpy as np; x=...(as above); w2=0.1*(np.arange(31)%7)+0.25;
    //   m2=(w2*x).sum()/w2.sum(); r2=x/m2; print((w2*r2*np.log(r2)).sum()/w2.sum(), 1-((w2*r2**0.5).sum()/w2.sum())**2)"
    //   -> 0.732894925315057 0.3315534762736184
    CHECK(ineq::weighted_theil_t(table1(), weights_real()) == doctest::Approx(0.732894925315057).epsilon(1e-12));
    CHECK(ineq::weighted_atkinson(table1(), weights_real(), 0.5) == doctest::Approx(0.3315534762736184).epsilon(1e-12));
    CHECK(ineq::weighted_theil_t(std::vector{0, 10}, std::vector{3, 1}) == doctest::Approx(std::log(4.0)).epsilon(1e-15));
    CHECK(ineq::weighted_cv(std::vector{2, 4, 5, 7, 9}, std::vector{1, 3, 2, 1, 1}) ==
          doctest::Approx(std::sqrt(32.0 / 7) / 5).epsilon(1e-14));
    CHECK(ineq::weighted_generalized_entropy(table1(), weights_int(), 1.0) == ineq::weighted_theil_t(table1(), weights_int()));
}

TEST_CASE("weighted_corrected_gini stays in [0, 1]") {
    // One unit holds everything. x = {10, 0}, w = {0.5, 2.5}: W = 3, G = 1 - 0.5/3 = 5/6
    // (closed form); the expanded-data factor W / (W - 1) = 1.5 would give 1.25 > 1.
    CHECK(ineq::weighted_gini(std::vector{10, 0}, std::vector{0.5, 2.5}) == doctest::Approx(5.0 / 6).epsilon(1e-15));
    CHECK(ineq::weighted_corrected_gini(std::vector{10, 0}, std::vector{0.5, 2.5}) == doctest::Approx(1.0).epsilon(1e-15));
    // W = 1: W / (W - 1) is a division by zero; the attainable maximum is 1 - 0.5 = 0.5.
    CHECK(ineq::weighted_corrected_gini(std::vector{0, 10}, std::vector{0.5, 0.5}) == 1.0);
    CHECK(ineq::weighted_corrected_gini(std::vector{0, 0, 10}, std::vector{0.2, 0.3, 0.1}) == doctest::Approx(1.0));
    // Unit weights: corrected_gini.
    CHECK(ineq::weighted_corrected_gini(table1(), std::vector<int>(31, 1)) ==
          doctest::Approx(ineq::corrected_gini(table1())).epsilon(1e-12));
    std::mt19937_64 rng(5);
    for (int trial = 0; trial < 2000; ++trial) {
        const auto n = 2 + static_cast<std::size_t>(rng() % 20);
        std::vector<double> x(n);
        std::vector<double> w(n);
        for (std::size_t i = 0; i < n; ++i) {
            x[i] = (rng() % 4 == 0) ? 0.0 : static_cast<double>(rng() % 100);
            w[i] = 0.01 + static_cast<double>(rng() % 100) / 100.0;  // many below 1
        }
        if (std::all_of(x.begin(), x.end(), [](double a) { return a == 0.0; })) x[0] = 1.0;
        const double c = ineq::weighted_corrected_gini(x, w);
        CHECK(c >= 0.0);
        CHECK(c <= 1.0);
        CHECK(c >= ineq::weighted_gini(x, w));
    }
}

TEST_CASE("weighted measures: bad input") {
    const std::vector<double> empty;
    CHECK_THROWS_WITH_AS((void)ineq::weighted_gini(empty, empty), doctest::Contains("ineq::weighted_gini: needs at least one"),
                         ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::weighted_gini(std::vector{1, 2}, std::vector{1}), doctest::Contains("same length"),
                         ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::weighted_gini(std::vector{1, 2}, std::vector{0, 0}),
                         doctest::Contains("total weight must be positive"), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::weighted_gini(std::vector{1, 2}, std::vector{1, -1}),
                         doctest::Contains("weights must be non-negative (index 1, value -1)"), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::weighted_gini(std::vector{1.0, 2.0}, std::vector{1.0, std::nan("")}),
                         doctest::Contains("weights must be finite"), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::weighted_gini(std::vector{0, 0}, std::vector{1, 1}),
                         doctest::Contains("total must be positive"), ineq::domain_error);
    // A positive value with zero weight does not make the total positive.
    CHECK_THROWS_AS((void)ineq::weighted_theil_t(std::vector{0, 5}, std::vector{1, 0}), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::weighted_gini(std::vector{-1, 2}, std::vector{1, 1}), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::weighted_theil_t(std::vector{1.0, HUGE_VAL}, std::vector{1, 1}), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::weighted_mean_log_deviation(std::vector{0, 5}, std::vector{1, 1}),
                         doctest::Contains("undefined for a zero value"), ineq::domain_error);
    // ... but a zero of weight zero is ignored.
    CHECK(ineq::weighted_mean_log_deviation(std::vector{0, 1, 4}, std::vector{0, 1, 1}) ==
          doctest::Approx(std::log(2.5) - std::log(2.0)));
    CHECK_THROWS_WITH_AS((void)ineq::weighted_cv(std::vector{1, 2}, std::vector{0.5, 0.5}),
                         doctest::Contains("total weight must exceed 1"), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::weighted_cv(std::vector{-3, 1}, std::vector{1, 1}),
                         doctest::Contains("weighted mean must be positive"), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::weighted_atkinson(std::vector{1, 2}, std::vector{1, 1}, -1.0), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::weighted_generalized_entropy(std::vector{1, 2}, std::vector{1, 1}, std::nan("")),
                    ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::weighted_corrected_gini(std::vector{1, 2}, std::vector{1, 0}),
                         doctest::Contains("at least two values with a positive weight"), ineq::domain_error);
}

TEST_CASE("weighted measures: unit weights and integer weights on seeded random inputs") {
    std::mt19937_64 rng(31337);
    for (int trial = 0; trial < 2000; ++trial) {
        const auto n = 2 + static_cast<std::size_t>(rng() % 25);
        std::vector<double> x(n);
        std::vector<int> w(n);
        std::vector<double> expanded;
        for (std::size_t i = 0; i < n; ++i) {
            x[i] = 1.0 + static_cast<double>(rng() % 500) + static_cast<double>(rng() % 3) / 3.0;
            w[i] = static_cast<int>(rng() % 5);  // zeros included
            expanded.insert(expanded.end(), static_cast<std::size_t>(w[i]), x[i]);
        }
        if (expanded.size() < 2) {
            w[0] += 1;
            w[1] += 1;
            expanded.push_back(x[0]);
            expanded.push_back(x[1]);
        }
        const std::vector<int> ones(n, 1);
        // Unit weights reproduce the unweighted measures.
        CHECK(close(ineq::weighted_gini(x, ones), ineq::gini(x)));
        CHECK(close(ineq::weighted_cv(x, ones), ineq::cv(x)));
        CHECK(close(ineq::weighted_theil_t(x, ones), ineq::theil_t(x)));
        CHECK(close(ineq::weighted_mean_log_deviation(x, ones), ineq::mean_log_deviation(x)));
        CHECK(close(ineq::weighted_atkinson(x, ones, 1.5), ineq::atkinson(x, 1.5)));
        // Integer weights reproduce the expanded data.
        CHECK(close(ineq::weighted_gini(x, w), ineq::gini(expanded), 1e-11));
        CHECK(close(ineq::weighted_cv(x, w), ineq::cv(expanded), 1e-11));
        CHECK(close(ineq::weighted_theil_t(x, w), ineq::theil_t(expanded), 1e-11));
        CHECK(close(ineq::weighted_mean_log_deviation(x, w), ineq::mean_log_deviation(expanded), 1e-11));
        CHECK(close(ineq::weighted_atkinson(x, w, 0.5), ineq::atkinson(expanded, 0.5), 1e-11));
        CHECK(close(ineq::weighted_atkinson(x, w, 1.0), ineq::atkinson(expanded, 1.0), 1e-11));
        CHECK(close(ineq::weighted_generalized_entropy(x, w, 2.0), ineq::generalized_entropy(expanded, 2.0), 1e-11));
        // Relative weights only (except cv): scaling the weights changes nothing.
        std::vector<double> ws(w.begin(), w.end());
        for (auto& a : ws) a *= 0.3;
        CHECK(close(ineq::weighted_gini(x, ws), ineq::weighted_gini(x, w), 1e-11));
        CHECK(close(ineq::weighted_theil_t(x, ws), ineq::weighted_theil_t(x, w), 1e-11));
        // Bounds.
        const double g = ineq::weighted_gini(x, ws);
        CHECK(g >= 0.0);
        CHECK(g < 1.0);
    }
}

TEST_CASE("weighted measures: weights and values far from 1 are rescaled exactly") {
    // Unit weights reproduce gini; {DBL_MAX, 2^517} has Gini (a - b) / (2 (a + b)) = 0.5
    // to rounding, where the unscaled W^2 * mean overflowed to give 0.
    const std::vector big{std::numeric_limits<double>::max(), std::ldexp(1.0, 517)};
    CHECK(ineq::weighted_gini(big, std::vector{1, 1}) == doctest::Approx(ineq::gini(big)).epsilon(1e-15));
    CHECK(ineq::weighted_gini(big, std::vector{1, 1}) == doctest::Approx(0.5).epsilon(1e-15));
    // Only relative weights matter: subnormal and huge weights give the same as {2, 1}
    // (the Gini of {1, 1, 2}: 1/6).
    const std::vector x{1.0, 2.0};
    const double sixth = 1.0 / 6.0;
    CHECK(ineq::weighted_gini(x, std::vector{2e-310, 1e-310}) == doctest::Approx(sixth).epsilon(1e-14));
    CHECK(ineq::weighted_gini(x, std::vector{2e300, 1e300}) == doctest::Approx(sixth).epsilon(1e-14));
    CHECK(ineq::weighted_theil_t(x, std::vector{2e-310, 1e-310}) ==
          doctest::Approx(ineq::theil_t(std::vector{1.0, 1.0, 2.0})).epsilon(1e-14));
    // weighted_cv counts the weights: huge weights are many units, the sample CV tends
    // to the population CV of {1, 1, 2} (sd sqrt(2)/3, mean 4/3); tiny ones are too few.
    CHECK(ineq::weighted_cv(x, std::vector{2e300, 1e300}) ==
          doctest::Approx(std::sqrt(2.0) / 4.0).epsilon(1e-14));
    CHECK_THROWS_AS((void)ineq::weighted_cv(x, std::vector{2e-310, 1e-310}), ineq::domain_error);
}
