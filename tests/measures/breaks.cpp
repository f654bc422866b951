#include <ineq/measures/breaks.hpp>

#include "error_message.hpp"
#include "study_data.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <list>
#include <random>
#include <set>
#include <vector>

using doctest::Approx;
using ineq_test::message_of;

namespace {

constexpr double qnan = std::numeric_limits<double>::quiet_NaN();

void check_bounds(const std::vector<double>& got, const std::vector<double>& expected) {
    REQUIRE(got.size() == expected.size());
    for (std::size_t j = 0; j < got.size(); ++j) {
        CAPTURE(j);
        CHECK(got[j] == Approx(expected[j]).epsilon(1e-12));
    }
}

// Total within-class sum of squared deviations of `x` under a labelling into k classes;
// +infinity if a class is empty.
double within_ssd(const std::vector<double>& x, const std::vector<std::size_t>& label, std::size_t k) {
    double total = 0.0;
    for (std::size_t c = 0; c < k; ++c) {
        double sum = 0.0;
        std::size_t n = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (label[i] == c) {
                sum += x[i];
                ++n;
            }
        }
        if (n == 0) return std::numeric_limits<double>::infinity();
        const double mean = sum / static_cast<double>(n);
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (label[i] == c) total += (x[i] - mean) * (x[i] - mean);
        }
    }
    return total;
}

// Brute force, independent of the library's dynamic programme: every assignment of the n
// values to k labelled classes (k^n of them, not only contiguous ones), the smallest
// within-class sum of squares over those whose classes are all non-empty.
double brute_force_min_ssd(const std::vector<double>& x, std::size_t k) {
    const std::size_t n = x.size();
    std::vector<std::size_t> label(n, 0);
    double best = std::numeric_limits<double>::infinity();
    while (true) {
        best = std::min(best, within_ssd(x, label, k));
        std::size_t i = 0;
        while (i < n && ++label[i] == k) {
            label[i] = 0;
            ++i;
        }
        if (i == n) break;
    }
    return best;
}

}  // namespace

TEST_CASE("quantile breaks: R type 7 closed forms") {
    // n = 5, k = 4: h = 4·j/4 = j, so the bounds are the values themselves.
    check_bounds(ineq::quantile_breaks(std::vector{5, 1, 4, 2, 3}, 4), {1, 2, 3, 4, 5});
    // n = 4, k = 3: h = 3·j/3 = j again; k = 2: h = 1.5, Q = 2 + 0.5·(3 − 2) = 2.5.
    check_bounds(ineq::quantile_breaks(std::vector{1.0, 2.0, 3.0, 4.0}, 3), {1, 2, 3, 4});
    check_bounds(ineq::quantile_breaks(std::vector{1.0, 2.0, 3.0, 4.0}, 2), {1, 2.5, 4});
    // k = 1: just min and max.
    check_bounds(ineq::quantile_breaks(std::list{3, 9, 1}, 1), {1, 9});
}

TEST_CASE("quantile breaks: ties collapse to fewer classes") {
    // R: quantile(c(0,0,0,0,1,5), probs = seq(0, 1, 1/4), type = 7) -> 0.00 0.00 0.00 0.75 5.00;
    // the duplicate zeros are removed, leaving two classes.
    check_bounds(ineq::quantile_breaks(std::vector{0, 0, 0, 0, 1, 5}, 4), {0, 0.75, 5});
    // All equal: one class {v, v}.
    check_bounds(ineq::quantile_breaks(std::vector{7, 7, 7}, 5), {7, 7});
    check_bounds(ineq::quantile_breaks(std::vector{0}, 3), {0, 0});
}

TEST_CASE("quantile breaks agree with R on the study's cooperative column") {
    // Rscript -e 'x <- c(7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,107,1364,598,194,18,2,
    //   26,125,797,31,127,11,24,418); for (k in c(4,5,7)) print(quantile(x, probs = seq(0,1,1/k),
    //   type = 7), digits = 17)'   (R 4.2.2, the script is tests/measures/breaks_reference.R)
    const auto& x = ineq_test::table1_cooperative;
    check_bounds(ineq::quantile_breaks(x, 4), {2.0, 26.5, 86.0, 149.0, 1364.0});
    check_bounds(ineq::quantile_breaks(x, 5), {2.0, 24.0, 43.0, 107.00000000000006, 194.0, 1364.0});
    check_bounds(ineq::quantile_breaks(x, 7), {2.0, 19.428571428571427, 27.571428571428569, 45.571428571428569,
                                               93.285714285714278, 127.857142857142861, 327.714285714285722,
                                               1364.0});
}

TEST_CASE("equal-interval breaks: closed forms") {
    check_bounds(ineq::equal_interval_breaks(std::vector{0, 3, 10}, 4), {0, 2.5, 5, 7.5, 10});
    check_bounds(ineq::equal_interval_breaks(std::vector{-1.0, 2.0}, 3), {-1, 0, 1, 2});
    check_bounds(ineq::equal_interval_breaks(std::vector{4, 4}, 3), {4, 4});
    const auto b = ineq::equal_interval_breaks(std::vector{0.1, 0.7}, 3);
    CHECK(b.back() == 0.7);  // the last bound is the maximum exactly, not 0.1 + 3·0.2
}

TEST_CASE("jenks breaks agree with R classInt style = \"fisher\"") {
    // classInt places an inner bound half-way between neighbouring classes; jenks_breaks
    // places it at the smallest value of the upper class. Same partition: each expected
    // inner bound below is the smallest value of x above classInt's bound.
    //   Rscript tests/measures/breaks_reference.R   (classInt 0.4-9, R 4.2.2)
    //   fisher 2 :    2  508 1364
    //   fisher 3 :    2.0  260.5 1080.5 1364.0
    //   fisher 4 :    2.0  260.5  508.0 1080.5 1364.0
    //   fisher 5 :    2.0   64.0  260.5  508.0 1080.5 1364.0
    //   fisher 6 :    2.0   64.0  260.5  508.0  697.5 1080.5 1364.0
    //   fisher 7 :    2.0   64.0  149.0  260.5  508.0  697.5 1080.5 1364.0
    //   fisher ties 2 :  0.0 17.5 26.0
    //   fisher ties 3 :  0.0  6.5 17.5 26.0
    //   fisher ties 4 :  0.0  1.5  6.5 17.5 26.0
    const auto& x = ineq_test::table1_cooperative;
    check_bounds(ineq::jenks_breaks(x, 2), {2, 598, 1364});
    check_bounds(ineq::jenks_breaks(x, 3), {2, 327, 1364, 1364});
    check_bounds(ineq::jenks_breaks(x, 4), {2, 327, 598, 1364, 1364});
    check_bounds(ineq::jenks_breaks(x, 5), {2, 82, 327, 598, 1364, 1364});
    check_bounds(ineq::jenks_breaks(x, 6), {2, 82, 327, 598, 797, 1364, 1364});
    check_bounds(ineq::jenks_breaks(x, 7), {2, 82, 169, 327, 598, 797, 1364, 1364});
    const std::vector y{0, 0, 0, 0, 0, 0, 3, 3, 4, 9, 9, 9, 10, 25, 26};
    check_bounds(ineq::jenks_breaks(y, 2), {0, 25, 26});
    check_bounds(ineq::jenks_breaks(y, 3), {0, 9, 25, 26});
    check_bounds(ineq::jenks_breaks(y, 4), {0, 3, 9, 25, 26});
    // The example in the documentation: R gives 1.0 6.5 16.0 30.0.
    check_bounds(ineq::jenks_breaks(std::vector{1, 2, 3, 10, 11, 12, 20, 21, 30}, 3), {1, 10, 20, 30});
}

TEST_CASE("jenks breaks reach the brute-force optimum over all partitions") {
    std::mt19937_64 gen(20211231);
    std::uniform_int_distribution<int> size(1, 8);
    std::uniform_int_distribution<int> small(0, 6);  // few distinct values: many ties
    std::normal_distribution<double> wide(0.0, 100.0);
    for (int trial = 0; trial < 60; ++trial) {
        const auto n = static_cast<std::size_t>(size(gen));
        std::vector<double> x(n);
        for (auto& v : x) v = trial % 2 == 0 ? static_cast<double>(small(gen)) : wide(gen);
        const std::size_t distinct = std::set<double>(x.begin(), x.end()).size();
        for (std::size_t k = 1; k <= std::min<std::size_t>(distinct, 4); ++k) {
            CAPTURE(trial);
            CAPTURE(k);
            const auto b = ineq::jenks_breaks(x, k);
            REQUIRE(b.size() == k + 1);
            std::vector<std::size_t> label(n);
            for (std::size_t i = 0; i < n; ++i) label[i] = ineq::classify(x[i], b);
            const double got = within_ssd(x, label, k);
            const double best = brute_force_min_ssd(x, k);
            CHECK(got == Approx(best).epsilon(1e-12).scale(1.0));
        }
    }
}

TEST_CASE("classify") {
    const std::vector<double> b{1, 10, 20, 30};
    CHECK(ineq::classify(1.0, b) == 0);
    CHECK(ineq::classify(9.999, b) == 0);
    CHECK(ineq::classify(10.0, b) == 1);
    CHECK(ineq::classify(29.0, b) == 2);
    CHECK(ineq::classify(30.0, b) == 2);  // the last class is closed on the right
    // One class from all-equal values.
    CHECK(ineq::classify(4.0, std::vector<double>{4, 4}) == 0);
    // Repeated inner bound (a class holding only the maximum).
    const std::vector<double> top{2, 327, 1364, 1364};
    CHECK(ineq::classify(1364.0, top) == 2);
    CHECK(ineq::classify(798.0, top) == 1);
}

TEST_CASE("bad input") {
    const std::vector<double> empty;
    CHECK(message_of([&] { (void)ineq::quantile_breaks(empty, 3); }) ==
          "ineq::quantile_breaks: needs at least one value, got an empty range");
    CHECK(message_of([&] { (void)ineq::equal_interval_breaks(std::vector{1, 2}, 0); }) ==
          "ineq::equal_interval_breaks: needs at least one class (got 0)");
    CHECK(message_of([&] { (void)ineq::jenks_breaks(std::vector{1.0, qnan}, 1); }) ==
          "ineq::jenks_breaks: values must be finite (index 1, value nan)");
    CHECK(message_of([&] { (void)ineq::jenks_breaks(std::vector{1, 1, 2}, 3); }) ==
          "ineq::jenks_breaks: the number of classes must not exceed the number of distinct values (index 3, value 2)");
    CHECK(message_of([&] { (void)ineq::classify(1.0, std::vector<double>{1}); }) ==
          "ineq::classify: needs at least two bounds (one class) (got 1)");
    CHECK(message_of([&] { (void)ineq::classify(1.0, std::vector<double>{0, 2, 1}); }) ==
          "ineq::classify: bounds must be non-decreasing (index 2, value 1)");
    CHECK(message_of([&] { (void)ineq::classify(qnan, std::vector<double>{0, 1}); }) ==
          "ineq::classify: the value must be finite (got nan)");
    CHECK(message_of([&] { (void)ineq::classify(1.5, std::vector<double>{0, 1}); }) ==
          "ineq::classify: the value must lie within the first and last bound (got 1.5)");
    CHECK(message_of([&] { (void)ineq::equal_interval_breaks(std::vector{-1e308, 1e308}, 2); }) ==
          "ineq::equal_interval_breaks: the result overflows the range of double");
}

TEST_CASE("the caller's data is not reordered") {
    std::vector x{5, 1, 4};
    (void)ineq::jenks_breaks(x, 2);
    (void)ineq::quantile_breaks(x, 2);
    CHECK(x == std::vector{5, 1, 4});
}
