#include <ineq/panel/convergence.hpp>
#include <ineq/measures/dispersion.hpp>
#include <ineq/measures/gini.hpp>

#include "study_data.hpp"

#include <doctest/doctest.h>

#include <Eigen/Core>

#include <cmath>
#include <new>
#include <random>
#include <stdexcept>
#include <vector>

namespace {
// 31 entities x 3 periods: y0 = x + 1, y1 = 1.1 y0, y2 = x + 50 (i mod 4) + 30 with x the
// Table 1 column.
Eigen::MatrixXd study_panel() {
    Eigen::MatrixXd p(31, 3);
    for (Eigen::Index i = 0; i < 31; ++i) {
        const double x = ineq_test::table1_cooperative[static_cast<std::size_t>(i)];
        p(i, 0) = x + 1;
        p(i, 1) = 1.1 * (x + 1);
        p(i, 2) = x + 50.0 * static_cast<double>(i % 4) + 30;
    }
    return p;
}
}  // namespace

TEST_CASE("sigma_convergence: a measure per period") {
    const Eigen::MatrixXd p = study_panel();
    // /usr/bin/python3 -c "import numpy as np; x=np.array([7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,107,1364,598,194,18,2,26,125,797,31,127,11,24,418],float);
    //   i=np.arange(31); y0=x+1; yT=x+50*(i%4)+30; print(np.std(y0,ddof=1)/y0.mean(), np.std(yT,ddof=1)/yT.mean())"
    //   -> 1.6064305243563464 1.0685600159467639
    const Eigen::VectorXd s = ineq::sigma_convergence(p, [](auto const& v) { return ineq::cv(v); });
    REQUIRE(s.size() == 3);
    CHECK(s(0) == doctest::Approx(1.6064305243563464).epsilon(1e-12));
    CHECK(s(1) == doctest::Approx(1.6064305243563464).epsilon(1e-12));  // scale invariance of the CV
    CHECK(s(2) == doctest::Approx(1.0685600159467639).epsilon(1e-12));
    // A measure named directly, and a block of a larger matrix.
    const Eigen::VectorXd g = ineq::sigma_convergence(p, ineq::gini);
    CHECK(g(2) == doctest::Approx(ineq::gini(std::vector<double>(p.col(2).begin(), p.col(2).end()))).epsilon(1e-15));
    const Eigen::VectorXd b = ineq::sigma_convergence(p.leftCols(2), ineq::gini);
    CHECK(b.size() == 2);
    CHECK(b(0) == g(0));
    // Integer panels work too.
    Eigen::MatrixXi pi(3, 2);
    pi << 1, 2, 3, 4, 5, 6;
    CHECK(ineq::sigma_convergence(pi, ineq::mean)(1) == doctest::Approx(4.0));
}

TEST_CASE("sigma_convergence: bad input") {
    Eigen::MatrixXd empty(0, 3);
    CHECK_THROWS_WITH_AS((void)ineq::sigma_convergence(empty, ineq::gini), doctest::Contains("ineq::sigma_convergence: the panel has no entities"),
                         ineq::domain_error);
    Eigen::MatrixXd nocols(3, 0);
    CHECK_THROWS_AS((void)ineq::sigma_convergence(nocols, ineq::gini), ineq::domain_error);
    Eigen::MatrixXd p(2, 2);
    p << 1, 2, std::nan(""), 4;
    CHECK_THROWS_WITH_AS((void)ineq::sigma_convergence(p, ineq::gini), doctest::Contains("finite (index = entity + rows * period) (index 1"),
                         ineq::domain_error);
    Eigen::MatrixXd z(2, 2);
    z << 1, 0, 2, 0;
    CHECK_THROWS_WITH_AS((void)ineq::sigma_convergence(z, ineq::gini),
                         doctest::Contains("the measure failed for period 1: ineq::gini: the total must be positive"),
                         ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::sigma_convergence(study_panel(), [](auto const&) { return HUGE_VAL; }),
                         doctest::Contains("not finite"), ineq::domain_error);
}

TEST_CASE("sigma_convergence: only ineq::domain_error is caught; other exceptions pass through unchanged") {
    // The measure throws on period 1 (its second call).
    const auto throwing = [](auto make) {
        return [make, calls = 0](const std::vector<double>&) mutable {
            if (calls++ == 1) {
                make();
            }
            return 0.5;
        };
    };
    CHECK_THROWS_WITH_AS((void)ineq::sigma_convergence(study_panel(), throwing([] { throw std::runtime_error("measure's own"); })),
                         "measure's own", std::runtime_error);
    CHECK_THROWS_AS((void)ineq::sigma_convergence(study_panel(), throwing([] { throw std::bad_alloc(); })), std::bad_alloc);
    CHECK_THROWS_WITH_AS((void)ineq::sigma_convergence(study_panel(), throwing([] { throw std::domain_error("plain std"); })),
                         "plain std", std::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::sigma_convergence(study_panel(), throwing([] { throw ineq::domain_error("ineq::test: undefined"); })),
                         "ineq::sigma_convergence: the measure failed for period 1: ineq::test: undefined", ineq::domain_error);
}

TEST_CASE("beta_convergence: OLS against scipy") {
    // /usr/bin/python3 -c "import numpy as np; from scipy import stats; x=np.array([7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,107,1364,598,194,18,2,26,125,797,31,127,11,24,418],float);
    //   i=np.arange(31); y0=x+1; yT=x+50*(i%4)+30; g=np.log(yT/y0)/2; r=stats.linregress(np.log(y0), g);
    //   print(r.slope, r.intercept, r.stderr, r.intercept_stderr, r.rvalue**2); lam=-np.log(1+2*r.slope)/2; print(lam, np.log(2)/lam)"
    //   -> -0.25697617616546736 1.6017070645207163 0.028476548912578063 0.12798790094748225 0.7374020527914925
    //      0.36072430970798425 1.9215427458190053
    const auto r = ineq::beta_convergence(study_panel());
    CHECK(r.beta == doctest::Approx(-0.25697617616546736).epsilon(1e-12));
    CHECK(r.intercept == doctest::Approx(1.6017070645207163).epsilon(1e-12));
    CHECK(r.beta_standard_error == doctest::Approx(0.028476548912578063).epsilon(1e-10));
    CHECK(r.intercept_standard_error == doctest::Approx(0.12798790094748225).epsilon(1e-10));
    CHECK(r.r_squared == doctest::Approx(0.7374020527914925).epsilon(1e-12));
    CHECK(r.t_statistic == doctest::Approx(-0.25697617616546736 / 0.028476548912578063).epsilon(1e-10));
    CHECK(r.years == 2.0);
    CHECK(r.entities == 31);
    REQUIRE(r.speed.has_value());
    CHECK(*r.speed == doctest::Approx(0.36072430970798425).epsilon(1e-12));
    REQUIRE(r.half_life.has_value());
    CHECK(*r.half_life == doctest::Approx(1.9215427458190053).epsilon(1e-12));
    // Stating the years explicitly (e.g. two columns ten years apart) rescales g and b.
    const auto r10 = ineq::beta_convergence(study_panel(), 10.0);
    CHECK(r10.beta == doctest::Approx(-0.25697617616546736 * 2 / 10).epsilon(1e-12));
    CHECK(r10.r_squared == doctest::Approx(r.r_squared).epsilon(1e-12));
    // Exact closed form over T = 1: y_T = sqrt(y0) e gives g = ln(y_T / y0) = 1 - 0.5 ln y0: b = -0.5, a = 1, R^2 = 1.
    Eigen::MatrixXd exact(4, 2);
    for (Eigen::Index i = 0; i < 4; ++i) {
        const double y0 = 1.0 + 3.0 * static_cast<double>(i);
        exact(i, 0) = y0;
        exact(i, 1) = std::pow(y0, 0.5) * std::exp(1.0);
    }
    const auto e = ineq::beta_convergence(exact);
    CHECK(e.beta == doctest::Approx(-0.5).epsilon(1e-12));
    CHECK(e.intercept == doctest::Approx(1.0).epsilon(1e-12));
    CHECK(e.r_squared == doctest::Approx(1.0).epsilon(1e-12));
    CHECK(e.beta_standard_error < 1e-12);
    // b T <= -1: no speed.
    Eigen::MatrixXd over(3, 2);
    over << 1, 100, 10, 10, 100, 1;  // g = ln 100 - 2 ln y0: b = -2, 1 + b T < 0
    const auto o = ineq::beta_convergence(over);
    CHECK(o.beta == doctest::Approx(-2.0).epsilon(1e-12));
    CHECK_FALSE(o.speed.has_value());
    CHECK_FALSE(o.half_life.has_value());
}

TEST_CASE("beta_convergence: bad input") {
    Eigen::MatrixXd two(2, 2);
    two << 1, 2, 3, 4;
    CHECK_THROWS_WITH_AS((void)ineq::beta_convergence(two), doctest::Contains("ineq::beta_convergence: needs at least three"),
                         ineq::domain_error);
    Eigen::MatrixXd onecol(3, 1);
    onecol << 1, 2, 3;
    CHECK_THROWS_WITH_AS((void)ineq::beta_convergence(onecol), doctest::Contains("too few periods"), ineq::domain_error);
    Eigen::MatrixXd zero(3, 2);
    zero << 1, 2, 0, 4, 5, 6;
    CHECK_THROWS_WITH_AS((void)ineq::beta_convergence(zero), doctest::Contains("initial levels must be positive (index = entity) (index 1, value 0)"),
                         ineq::domain_error);
    Eigen::MatrixXd neg(3, 2);
    neg << 1, 2, 3, -4, 5, 6;
    CHECK_THROWS_WITH_AS((void)ineq::beta_convergence(neg), doctest::Contains("final levels must be positive"), ineq::domain_error);
    Eigen::MatrixXd same(3, 2);
    same << 2, 1, 2, 3, 2, 5;
    CHECK_THROWS_WITH_AS((void)ineq::beta_convergence(same), doctest::Contains("not identified"), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::beta_convergence(study_panel(), 0.0), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::beta_convergence(study_panel(), std::nan("")), ineq::domain_error);
    Eigen::MatrixXd inf(3, 2);
    inf << 1, 2, 3, HUGE_VAL, 5, 6;
    CHECK_THROWS_AS((void)ineq::beta_convergence(inf), ineq::domain_error);
}

TEST_CASE("beta_convergence: invariances on seeded random panels") {
    std::mt19937_64 rng(606);
    for (int trial = 0; trial < 500; ++trial) {
        const auto n = 3 + static_cast<Eigen::Index>(rng() % 30);
        Eigen::MatrixXd p(n, 4);
        for (Eigen::Index i = 0; i < n; ++i) {
            for (Eigen::Index j = 0; j < 4; ++j) {
                p(i, j) = 1.0 + static_cast<double>(rng() % 1000);
            }
        }
        if (p.col(0).maxCoeff() == p.col(0).minCoeff()) p(0, 0) += 1.0;
        const auto r = ineq::beta_convergence(p);
        // Reordering the entities changes nothing; scaling every value by c keeps b and R^2 (a
        // absorbs -b ln c).
        Eigen::MatrixXd q = p.colwise().reverse();
        Eigen::MatrixXd s = 5.0 * p;
        const auto rq = ineq::beta_convergence(q);
        const auto rs = ineq::beta_convergence(s);
        CHECK(rq.beta == doctest::Approx(r.beta).epsilon(1e-9));
        CHECK(rs.beta == doctest::Approx(r.beta).epsilon(1e-9));
        CHECK(rs.intercept == doctest::Approx(r.intercept - r.beta * std::log(5.0)).epsilon(1e-9));
        CHECK(rq.beta_standard_error == doctest::Approx(r.beta_standard_error).epsilon(1e-9));
        CHECK(r.r_squared >= -1e-12);
        CHECK(r.r_squared <= 1.0 + 1e-12);
    }
}
