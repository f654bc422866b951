#include <ineq/spatial/inference.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <list>
#include <vector>

using ineq::spatial::alternative;
namespace d = ineq::spatial::detail;

TEST_CASE("normal_p: both tails and two-sided, precise far out in either tail") {
    // scipy.stats.norm.sf(1.96) = 0.024997895148220435; norm.sf(8) = 6.22096057427174e-16
    CHECK(d::normal_p(1.96, alternative::greater) == doctest::Approx(0.024997895148220435).epsilon(1e-14));
    CHECK(d::normal_p(-1.96, alternative::less) == doctest::Approx(0.024997895148220435).epsilon(1e-14));
    CHECK(d::normal_p(1.96, alternative::two_sided) == doctest::Approx(2 * 0.024997895148220435).epsilon(1e-14));
    CHECK(d::normal_p(-1.96, alternative::two_sided) == doctest::Approx(2 * 0.024997895148220435).epsilon(1e-14));
    CHECK(d::normal_p(0.0, alternative::greater) == 0.5);
    CHECK(d::normal_p(0.0, alternative::two_sided) == 1.0);
    // Far in the lower tail: 1 − P(Z ≥ z) would give 0 here.
    CHECK(d::normal_p(-8.0, alternative::less) == doctest::Approx(6.22096057427174e-16).epsilon(1e-12));
    CHECK(d::normal_p(-8.0, alternative::two_sided) == doctest::Approx(2 * 6.22096057427174e-16).epsilon(1e-12));
}

TEST_CASE("pseudo_p: (1 + count) / (R + 1), the two-sided form doubled and capped") {
    // 999 permutations, 24 at least and 975 at most the observed value.
    CHECK(d::pseudo_p(24, 975, 999, alternative::greater) == 25.0 / 1000.0);
    CHECK(d::pseudo_p(24, 975, 999, alternative::less) == 976.0 / 1000.0);
    CHECK(d::pseudo_p(24, 975, 999, alternative::two_sided) == 50.0 / 1000.0);
    CHECK(d::pseudo_p(600, 600, 999, alternative::two_sided) == 1.0);
    CHECK(d::pseudo_p(0, 9, 9, alternative::greater) == 0.1);  // the smallest p for R = 9
}

TEST_CASE("unit_values: one finite value per unit, from any numeric range") {
    const std::list<int> ints{1, 2, 3};
    const Eigen::VectorXd x = d::unit_values("f", ints, 3);
    CHECK(x(2) == 3.0);
    Eigen::MatrixXd m(3, 2);
    m << 1, 4, 2, 5, 3, 6;
    CHECK(d::unit_values("f", m.col(1), 3)(0) == 4.0);
    CHECK(ineq_test::message_of([] { (void)d::unit_values("f", std::vector<double>{1.0, NAN}, 2); }) ==
          "ineq::f: values must be finite (index 1, value nan)");
    CHECK(ineq_test::message_of([] { (void)d::unit_values("f", std::vector<double>{1.0, 2.0}, 3); }) ==
          "ineq::f: needs one value per unit of the weights (3), got 2");
    CHECK(ineq_test::message_of([] { (void)d::unit_values("f", std::array<double, 4>{}, 3); }) ==
          "ineq::f: needs one value per unit of the weights (3), got 4");
}

TEST_CASE("check_permutations: at least one") {
    ineq::spatial::permutation_options o;
    o.permutations = 0;
    CHECK(ineq_test::message_of([&] { d::check_permutations("f", o); }) == "ineq::f: needs at least one permutation");
    o.permutations = 1;
    CHECK(ineq_test::message_of([&] { d::check_permutations("f", o); }) == "no exception");
}
