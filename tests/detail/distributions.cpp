#include <ineq/detail/distributions.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <vector>

using doctest::Approx;
namespace d = ineq::detail;

TEST_CASE("normal quantile and CDF against scipy") {
    // /usr/bin/python3 -c "from scipy.stats import norm; print(norm.ppf(0.975), norm.ppf(0.001), norm.ppf(0.6))"
    //   -> 1.959963984540054 -3.090232306167813 0.2533471031357997
    CHECK(d::normal_quantile(0.975) == Approx(1.959963984540054).epsilon(1e-13));
    CHECK(d::normal_quantile(0.001) == Approx(-3.090232306167813).epsilon(1e-13));
    CHECK(d::normal_quantile(0.6) == Approx(0.2533471031357997).epsilon(1e-13));
    CHECK(d::normal_cdf(0.0) == 0.5);
    for (const double p : {1e-10, 0.01, 0.3, 0.5, 0.77, 0.999}) {
        CAPTURE(p);
        CHECK(d::normal_cdf(d::normal_quantile(p)) == Approx(p).epsilon(1e-14));
    }
}

TEST_CASE("log_gamma against scipy.special.gammaln") {
    // /usr/bin/python3 -c "from scipy import special; print([repr(float(special.gammaln(x)))
    //   for x in (0.1, 0.5, 1.0, 1.25, 2.5, 7.0, 50.5, 171.3, 1e4)])"
    CHECK(d::log_gamma(0.1) == Approx(2.252712651734206).epsilon(1e-14));
    CHECK(d::log_gamma(0.5) == Approx(0.5723649429247).epsilon(1e-14));
    CHECK(std::abs(d::log_gamma(1.0)) < 1e-14);
    CHECK(d::log_gamma(1.25) == Approx(-0.09827183642181311).epsilon(1e-13));
    CHECK(d::log_gamma(2.5) == Approx(0.2846828704729192).epsilon(1e-14));
    CHECK(d::log_gamma(7.0) == Approx(6.579251212010101).epsilon(1e-14));
    CHECK(d::log_gamma(50.5) == Approx(146.51925549072064).epsilon(1e-14));
    CHECK(d::log_gamma(171.3) == Approx(708.1149470389971).epsilon(1e-14));
    CHECK(d::log_gamma(1e4) == Approx(82099.71749644238).epsilon(1e-14));
}

TEST_CASE("chi2_survival against scipy.stats.chi2.sf") {
    // /usr/bin/python3 -c "from scipy import stats; print([repr(float(stats.chi2.sf(x,k))) for x,k in
    //   ((3.84145882069412,1),(0.5,3),(10.0,4),(100.0,10),(2500.0,2400),(1e-8,2))])"
    CHECK(d::chi2_survival(3.84145882069412, 1) == Approx(0.05000000000000028).epsilon(1e-12));
    CHECK(d::chi2_survival(0.5, 3) == Approx(0.9188914116546758).epsilon(1e-13));
    CHECK(d::chi2_survival(10.0, 4) == Approx(0.04042768199451279).epsilon(1e-13));
    CHECK(d::chi2_survival(100.0, 10) == Approx(5.4497019829205215e-17).epsilon(1e-10));
    CHECK(d::chi2_survival(2500.0, 2400) == Approx(0.07587291154280836).epsilon(1e-10));
    CHECK(d::chi2_survival(1e-8, 2) == Approx(0.999999995).epsilon(1e-14));
    CHECK(d::chi2_survival(0.0, 3) == 1.0);
    CHECK(d::chi2_survival(-1.0, 3) == 1.0);
    CHECK(d::chi2_survival(5.0, 0) == 1.0);
    CHECK(d::chi2_survival(INFINITY, 3) == 0.0);
}

TEST_CASE("incomplete_beta against scipy.special.betainc; Student t against R's pt") {
    // /usr/bin/python3 -c "from scipy import special; print([repr(float(special.betainc(a,b,x))) for a,b,x in
    //   ((0.5,0.5,0.3),(2.0,3.0,0.4),(12.5,0.5,0.9),(1.25,0.5,0.7),(50.0,50.0,0.55))])"
    CHECK(d::incomplete_beta(0.5, 0.5, 0.3) == Approx(0.3690101195655454).epsilon(1e-13));
    CHECK(d::incomplete_beta(2.0, 3.0, 0.4) == Approx(0.5248).epsilon(1e-13));  // closed form: 1 - 0.6^4 - 4(0.4)(0.6)^3
    CHECK(d::incomplete_beta(12.5, 0.5, 0.9) == Approx(0.10806237272416316).epsilon(1e-12));
    CHECK(d::incomplete_beta(1.25, 0.5, 0.7) == Approx(0.3902114903192579).epsilon(1e-13));
    CHECK(d::incomplete_beta(50.0, 50.0, 0.55) == Approx(0.8413478010629016).epsilon(1e-12));
    CHECK(d::incomplete_beta(2.0, 3.0, 0.0) == 0.0);
    CHECK(d::incomplete_beta(2.0, 3.0, 1.0) == 1.0);
    // Rscript -e 'print(c(2*pt(-2,5), 2*pt(-0.5,1), 2*pt(-10,30), 2*pt(-1.3,2.5), 2*pt(-40,100)), digits=16)'
    CHECK(d::student_t_two_sided_p(2.0, 5.0) == Approx(0.101939478829858).epsilon(1e-12));
    CHECK(d::student_t_two_sided_p(-0.5, 1.0) == Approx(7.048327646991336e-01).epsilon(1e-12));
    CHECK(d::student_t_two_sided_p(10.0, 30.0) == Approx(4.575251408229610e-11).epsilon(1e-10));
    CHECK(d::student_t_two_sided_p(1.3, 2.5) == Approx(3.004867892707079e-01).epsilon(1e-12));
    CHECK(d::student_t_two_sided_p(40.0, 100.0) == Approx(2.462107602140074e-63).epsilon(1e-9));
    CHECK(d::student_t_two_sided_p(0.0, 7.0) == Approx(1.0));
    CHECK(d::student_t_two_sided_p(-INFINITY, 7.0) == 0.0);
}

TEST_CASE("sorted_quantile is numpy's default (type 7)") {
    // /usr/bin/python3 -c "import numpy as np; x=np.sort([3.,1,4,1,5,9,2,6]);
    //   print([repr(float(np.quantile(x,p))) for p in (0,0.25,0.5,0.9,1)])"  -> 1.0 1.75 3.5 6.9 9.0
    const std::vector<double> x{1, 1, 2, 3, 4, 5, 6, 9};
    CHECK(d::sorted_quantile(x, 0.0) == 1.0);
    CHECK(d::sorted_quantile(x, 0.25) == Approx(1.75).epsilon(1e-15));
    CHECK(d::sorted_quantile(x, 0.5) == Approx(3.5).epsilon(1e-15));
    CHECK(d::sorted_quantile(x, 0.9) == Approx(6.8999999999999995).epsilon(1e-15));
    CHECK(d::sorted_quantile(x, 1.0) == 9.0);
    CHECK(d::sorted_quantile(std::vector<double>{4.0}, 0.3) == 4.0);
}
