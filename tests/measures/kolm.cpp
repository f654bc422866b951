#include <ineq/measures/kolm.hpp>

#include "error_message.hpp"
#include "study_data.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <vector>

TEST_CASE("kolm: closed forms") {
    // {1, 2, 3, 4}, a = 1, mu = 2.5: exponents 1.5, 0.5, -0.5, -1.5, so
    // K = ln((2 cosh 1.5 + 2 cosh 0.5) / 4).
    CHECK(ineq::kolm(std::vector{1, 2, 3, 4}, 1.0) ==
          doctest::Approx(std::log((std::cosh(1.5) + std::cosh(0.5)) / 2)).epsilon(1e-14));
    // Translation invariance: shifting by -10 (negative values allowed) changes nothing.
    CHECK(ineq::kolm(std::vector{-9, -8, -7, -6}, 1.0) ==
          doctest::Approx(std::log((std::cosh(1.5) + std::cosh(0.5)) / 2)).epsilon(1e-14));
    // Two values mu -+ d: K(a) = ln(cosh(a d)) / a; for a d = 1e-6 that is about a d^2 / 2 = 5e-13.
    CHECK(ineq::kolm(std::vector{1.0 - 1e-6, 1.0 + 1e-6}, 1.0) ==
          doctest::Approx(std::log(std::cosh(1e-6))).epsilon(1e-6));
    CHECK(ineq::kolm(std::vector{1.0 - 1e-6, 1.0 + 1e-6}, 1.0) == doctest::Approx(5e-13).epsilon(1e-6));
    CHECK(ineq::kolm(std::vector{4, 4, 4}, 2.0) == 0.0);
    // Large a (mu - min): no overflow. {0, 2000}, a = 1: ln((e^1000 + e^-1000)/2) = 1000 - ln 2 (to 1e-16).
    CHECK(ineq::kolm(std::vector{0, 2000}, 1.0) == doctest::Approx(1000.0 - std::log(2.0)).epsilon(1e-15));
}

TEST_CASE("kolm: Table 1 (hundreds of patents) against numpy, R ineq::Kolm's definition") {
    // R ineq::Kolm(x, parameter) is log(mean(exp(parameter*(mean(x)-x))))/parameter; r-cran-ineq is not in Debian,
    // so the same line in numpy:
    // /usr/bin/python3 -c "import numpy as np; x=np.array([7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,
    //   107,1364,598,194,18,2,26,125,797,31,127,11,24,418],float)/100;
    //   print([np.log(np.mean(np.exp(a*(x.mean()-x))))/a for a in (0.5,1,2)])"
    //   -> [0.806750661117246, 1.023782219531641, 1.212867806762929]
    std::vector<double> x;
    for (const int v : ineq_test::table1_cooperative) x.push_back(v / 100.0);
    CHECK(ineq::kolm(x, 0.5) == doctest::Approx(0.806750661117246).epsilon(1e-13));
    CHECK(ineq::kolm(x, 1.0) == doctest::Approx(1.023782219531641).epsilon(1e-13));
    CHECK(ineq::kolm(x, 2.0) == doctest::Approx(1.212867806762929).epsilon(1e-13));
}

TEST_CASE("kolm: errors") {
    using ineq_test::message_of;
    CHECK(message_of([] { (void)ineq::kolm(std::vector{1, 2}, 0.0); }) ==
          "ineq::kolm: the parameter must be positive and finite (got 0)");
    CHECK(message_of([] { (void)ineq::kolm(std::vector<double>{}, 1.0); }) ==
          "ineq::kolm: needs at least one value, got an empty range");
    CHECK(message_of([] { (void)ineq::kolm(std::vector{1.0, INFINITY}, 1.0); }) ==
          "ineq::kolm: values must be finite (index 1, value inf)");
}
