#include <ineq/panel/growth.hpp>

#include <doctest/doctest.h>

#include <Eigen/Core>

#include <cmath>

TEST_CASE("growth_rates, total_growth, cagr: closed forms") {
    Eigen::MatrixXd p(3, 3);
    p << 10, 15, 30,      //
        11, 100, 445,     // the study's range: 11 -> 445
        100, 150, 400;
    const Eigen::MatrixXd g = ineq::growth_rates(p);
    REQUIRE(g.rows() == 3);
    REQUIRE(g.cols() == 2);
    CHECK(g(0, 0) == doctest::Approx(0.5).epsilon(1e-15));
    CHECK(g(0, 1) == doctest::Approx(1.0).epsilon(1e-15));
    CHECK(g(1, 0) == doctest::Approx(89.0 / 11).epsilon(1e-15));
    const Eigen::VectorXd t = ineq::total_growth(p);
    CHECK(t(0) == doctest::Approx(2.0).epsilon(1e-15));
    CHECK(t(1) == doctest::Approx(434.0 / 11).epsilon(1e-15));  // 39.45, the study's figure
    const Eigen::VectorXd c = ineq::cagr(p);
    CHECK(c(2) == doctest::Approx(1.0).epsilon(1e-15));         // 4^(1/2) - 1
    CHECK(c(0) == doctest::Approx(std::sqrt(3.0) - 1).epsilon(1e-15));
    // CAGR compounds to the total growth.
    for (Eigen::Index i = 0; i < 3; ++i) {
        CHECK(std::pow(1 + c(i), 2.0) == doctest::Approx(1 + t(i)).epsilon(1e-13));
        CHECK((1 + g(i, 0)) * (1 + g(i, 1)) == doctest::Approx(1 + t(i)).epsilon(1e-13));
    }
    // A fall to zero is fine for the last value; integer panels and blocks are accepted.
    Eigen::MatrixXi q(1, 2);
    q << 4, 0;
    CHECK(ineq::total_growth(q)(0) == -1.0);
    CHECK(ineq::cagr(q)(0) == -1.0);
    CHECK(ineq::growth_rates(p.rightCols(2))(2, 0) == doctest::Approx(250.0 / 150).epsilon(1e-15));
}

TEST_CASE("panel growth: bad input") {
    Eigen::MatrixXd empty(0, 2);
    CHECK_THROWS_WITH_AS((void)ineq::growth_rates(empty), doctest::Contains("ineq::growth_rates: the panel has no entities"),
                         ineq::domain_error);
    Eigen::MatrixXd one(2, 1);
    one << 1, 2;
    CHECK_THROWS_WITH_AS((void)ineq::cagr(one), doctest::Contains("too few periods"), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::total_growth(one), ineq::domain_error);
    Eigen::MatrixXd zero(2, 3);
    zero << 1, 2, 3, 4, 0, 6;
    CHECK_THROWS_WITH_AS((void)ineq::growth_rates(zero), doctest::Contains("positive base value (entity 1, period 1)"),
                         ineq::domain_error);
    CHECK_NOTHROW((void)ineq::total_growth(zero));  // only the first column is a base
    Eigen::MatrixXd neg(1, 2);
    neg << -2, 4;
    CHECK_THROWS_AS((void)ineq::total_growth(neg), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::cagr(neg), ineq::domain_error);
    Eigen::MatrixXd fall(1, 2);
    fall << 2, -4;
    CHECK_THROWS_WITH_AS((void)ineq::cagr(fall), doctest::Contains("last value must be non-negative"), ineq::domain_error);
    Eigen::MatrixXd nan(1, 2);
    nan << 2, std::nan("");
    CHECK_THROWS_WITH_AS((void)ineq::growth_rates(nan), doctest::Contains("finite"), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::cagr(nan), ineq::domain_error);
}
