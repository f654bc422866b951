#include <ineq/spatial/gravity.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <Eigen/Core>

#include <cmath>
#include <limits>
#include <vector>

namespace sp = ineq::spatial;
using doctest::Approx;
using ineq_test::message_of;

namespace {

// Fixed data sets; the same numbers are in tests/spatial/gravity_reference.R, which gives
// the reference values below (Rscript tests/spatial/gravity_reference.R: lm on the logs of
// the positive flows, glm(family = quasipoisson, control = glm.control(epsilon = 1e-14)),
// sandwich::vcovHC(type = "HC0" / "HC1"); p from pt (lm) and pnorm (glm)).

// 8 units, undirected (symmetric) counts: 28 pairs, 5 of them zero.
Eigen::VectorXd masses8() { return (Eigen::VectorXd(8) << 120, 45, 300, 80, 15, 60, 200, 35).finished(); }
Eigen::MatrixXd distances8() {
    Eigen::MatrixXd d(8, 8);
    d << 0, 1465.5, 954.7, 831.2, 1697.5, 498.9, 1238.3, 642.5,  //
        1465.5, 0, 2208.9, 1211.3, 1514.0, 1185.8, 565.0, 1949.6,  //
        954.7, 2208.9, 0, 1782.7, 1692.2, 1023.6, 1784.8, 312.3,   //
        831.2, 1211.3, 1782.7, 0, 2160.0, 1063.8, 1340.9, 1470.7,  //
        1697.5, 1514.0, 1692.2, 2160.0, 0, 1208.4, 975.5, 1641.1,  //
        498.9, 1185.8, 1023.6, 1063.8, 1208.4, 0, 814.7, 769.7,    //
        1238.3, 565.0, 1784.8, 1340.9, 975.5, 814.7, 0, 1568.8,    //
        642.5, 1949.6, 312.3, 1470.7, 1641.1, 769.7, 1568.8, 0;
    return d;
}
Eigen::MatrixXd flows8() {
    Eigen::MatrixXd f(8, 8);
    f << 0, 2, 7, 13, 0, 11, 2, 13,  //
        2, 0, 8, 6, 0, 8, 7, 0,      //
        7, 8, 0, 9, 3, 0, 14, 24,    //
        13, 6, 9, 0, 0, 5, 3, 5,     //
        0, 0, 3, 0, 0, 5, 1, 2,      //
        11, 8, 0, 5, 5, 0, 6, 6,     //
        2, 7, 14, 3, 1, 6, 0, 3,     //
        13, 0, 24, 5, 2, 6, 3, 0;
    return f;
}

// 6 units, directed flows: 30 ordered pairs, 6 of them zero.
Eigen::VectorXd masses6() { return (Eigen::VectorXd(6) << 50, 210, 35, 90, 140, 20).finished(); }
Eigen::MatrixXd distances6() {
    Eigen::MatrixXd d(6, 6);
    d << 0, 1996.0, 596.7, 2000.5, 807.2, 1837.7,  //
        1996.0, 0, 1424.8, 855.7, 1194.3, 967.8,   //
        596.7, 1424.8, 0, 1583.2, 236.7, 1462.0,   //
        2000.5, 855.7, 1583.2, 0, 1364.3, 212.8,   //
        807.2, 1194.3, 236.7, 1364.3, 0, 1256.4,   //
        1837.7, 967.8, 1462.0, 212.8, 1256.4, 0;
    return d;
}
Eigen::MatrixXd flows6() {
    Eigen::MatrixXd f(6, 6);
    f << 0, 4, 8, 0, 5, 1,  //
        0, 0, 8, 8, 17, 9,  //
        6, 9, 0, 2, 7, 2,   //
        3, 9, 0, 0, 4, 12,  //
        6, 7, 31, 2, 0, 6,  //
        0, 0, 0, 2, 3, 0;
    return f;
}

void check_term(const sp::gravity_term& t, double estimate, double se, double p, double eps = 1e-8) {
    CHECK(t.estimate == Approx(estimate).epsilon(eps));
    CHECK(t.standard_error == Approx(se).epsilon(eps));
    CHECK(t.statistic == Approx(estimate / se).epsilon(eps));
    CHECK(t.p_value == Approx(p).epsilon(1e-6));
}

}  // namespace

TEST_CASE("gravity_ols, undirected pairs: R lm and sandwich") {
    const auto f = flows8();
    const auto m = masses8();
    const auto d = distances8();
    // undirected OLS coef 4.79182187427 0.234305259053 0.73721323211
    //   classical se 2.32660764514 0.124119904402 0.295169806649
    //   classical p 0.052695246603 0.073658661915 0.0213430643368
    //   r2 0.32689606289 rss 8.59677020923 n 23
    //   HC0 se 2.10379036585 0.112930114198 0.217926749124
    //   HC0 p 0.0338741412733 0.0511265812901 0.00295594483595
    //   HC1 se 2.25606382643 0.121104055658 0.233700402612
    //   HC1 p 0.0463360831473 0.0672930859982 0.00498724689675
    const auto hc1 = sp::gravity_ols(f, m, d);
    CHECK(hc1.pairs == sp::flow_pairs::undirected);
    CHECK(hc1.errors == sp::standard_errors::hc1);
    CHECK(hc1.observations == 23);
    CHECK(hc1.zero_flows == 5);
    CHECK(hc1.parameters == 3);
    CHECK(hc1.iterations == 0);
    CHECK(hc1.r_squared == Approx(0.32689606289).epsilon(1e-9));
    CHECK(hc1.deviance == Approx(8.59677020923).epsilon(1e-9));
    check_term(hc1.constant, 4.79182187427, 2.25606382643, 0.0463360831473);
    check_term(hc1.mass_i, 0.234305259053, 0.121104055658, 0.0672930859982);
    check_term(hc1.mass_j, 0.234305259053, 0.121104055658, 0.0672930859982);
    check_term(hc1.decay, 0.73721323211, 0.233700402612, 0.00498724689675);
    CHECK(hc1.covariance.rows() == 3);

    const auto classical = sp::gravity_ols(f, m, d, {sp::flow_pairs::undirected, sp::standard_errors::classical});
    check_term(classical.constant, 4.79182187427, 2.32660764514, 0.052695246603);
    check_term(classical.mass_i, 0.234305259053, 0.124119904402, 0.073658661915);
    check_term(classical.decay, 0.73721323211, 0.295169806649, 0.0213430643368);

    const auto hc0 = sp::gravity_ols(f, m, d, {sp::flow_pairs::undirected, sp::standard_errors::hc0});
    check_term(hc0.constant, 4.79182187427, 2.10379036585, 0.0338741412733);
    check_term(hc0.decay, 0.73721323211, 0.217926749124, 0.00295594483595);
}

TEST_CASE("gravity_ols, directed pairs: R lm and sandwich") {
    // directed OLS coef 2.02538901533 0.650264553429 0.222009662928 0.602828951369
    //   classical se 1.33873774378 0.156692071072 0.13839922952 0.166171689744
    //   classical p 0.145944979978 0.000495432797281 0.124362161008 0.00167667255408
    //   r2 0.566248703349 rss 6.10947850138 n 24
    //   HC1 se 1.64604668642 0.166647047798 0.116140837946 0.188291381702
    //   HC1 p 0.232802522018 0.000884530856404 0.070369463901 0.00448008318565
    const auto fit = sp::gravity_ols(flows6(), masses6(), distances6(), {sp::flow_pairs::directed});
    CHECK(fit.observations == 24);
    CHECK(fit.zero_flows == 6);
    CHECK(fit.parameters == 4);
    CHECK(fit.r_squared == Approx(0.566248703349).epsilon(1e-9));
    check_term(fit.constant, 2.02538901533, 1.64604668642, 0.232802522018);
    check_term(fit.mass_i, 0.650264553429, 0.166647047798, 0.000884530856404);
    check_term(fit.mass_j, 0.222009662928, 0.116140837946, 0.070369463901);
    check_term(fit.decay, 0.602828951369, 0.188291381702, 0.00448008318565);
    const auto classical =
        sp::gravity_ols(flows6(), masses6(), distances6(), {sp::flow_pairs::directed, sp::standard_errors::classical});
    check_term(classical.mass_j, 0.222009662928, 0.13839922952, 0.124362161008);
    check_term(classical.decay, 0.602828951369, 0.166171689744, 0.00167667255408);
}

TEST_CASE("gravity_ppml: R glm(quasipoisson) and sandwich") {
    // undirected PPML coef 5.31206389663 0.332761819457 0.937088669293
    //   classical se 1.9015408937 0.123570431629 0.22140859993
    //   dispersion 2.46100414161 deviance 74.2582032671 null 139.764278057 pseudoR2 0.468689680228 iter 6
    //   HC0 se 2.03698184125 0.133258193499 0.188305504125
    //   HC0 p 0.00911232199633 0.01252062625 6.47685545075e-07
    //   HC1 se 2.15573895084 0.141027216064 0.199283813768
    //   HC1 p 0.0137338664785 0.0182967471871 2.57269973172e-06
    const auto u = sp::gravity_ppml(flows8(), masses8(), distances8());
    CHECK(u.errors == sp::standard_errors::hc0);
    CHECK(u.observations == 28);
    CHECK(u.zero_flows == 5);
    CHECK(u.deviance == Approx(74.2582032671).epsilon(1e-9));
    CHECK(u.r_squared == Approx(0.468689680228).epsilon(1e-9));
    CHECK(u.iterations >= 3);
    CHECK(u.iterations <= 10);
    check_term(u.constant, 5.31206389663, 2.03698184125, 0.00911232199633);
    check_term(u.mass_i, 0.332761819457, 0.133258193499, 0.01252062625);
    check_term(u.decay, 0.937088669293, 0.188305504125, 6.47685545075e-07);
    const auto u1 = sp::gravity_ppml(flows8(), masses8(), distances8(),
                                     {sp::flow_pairs::undirected, sp::standard_errors::hc1});
    check_term(u1.decay, 0.937088669293, 0.199283813768, 2.57269973172e-06);
    const auto uc = sp::gravity_ppml(flows8(), masses8(), distances8(),
                                     {sp::flow_pairs::undirected, sp::standard_errors::classical});
    CHECK(uc.constant.standard_error == Approx(1.9015408937).epsilon(1e-8));
    CHECK(uc.mass_i.standard_error == Approx(0.123570431629).epsilon(1e-8));
    CHECK(uc.decay.standard_error == Approx(0.22140859993).epsilon(1e-8));

    // directed PPML coef 2.93304707235 0.846512536771 0.268598378225 0.903176346969
    //   classical se 1.22530751901 0.179998690877 0.162630037429 0.166006693449
    //   dispersion 2.33614818984 deviance 65.4069295191 null 173.635725673 pseudoR2 0.623309493104 iter 6
    //   HC0 se 1.10049578272 0.181134253712 0.113517267614 0.149494056752
    //   HC0 p 0.00769413603813 2.96256249849e-06 0.0179743761479 1.52637344788e-09
    const auto dfit = sp::gravity_ppml(flows6(), masses6(), distances6(), {sp::flow_pairs::directed});
    CHECK(dfit.observations == 30);
    CHECK(dfit.zero_flows == 6);
    CHECK(dfit.r_squared == Approx(0.623309493104).epsilon(1e-9));
    check_term(dfit.constant, 2.93304707235, 1.10049578272, 0.00769413603813);
    check_term(dfit.mass_i, 0.846512536771, 0.181134253712, 2.96256249849e-06);
    check_term(dfit.mass_j, 0.268598378225, 0.113517267614, 0.0179743761479);
    check_term(dfit.decay, 0.903176346969, 0.149494056752, 1.52637344788e-09);
}

TEST_CASE("gravity: the estimates recover a noiseless model") {
    // flow = exp(1) · (m_i m_j)^0.5 · d^-1.2 exactly: PPML returns the parameters (its
    // score is zero there); OLS has no residual and refuses to make up standard errors.
    const auto m = masses8();
    const auto d = distances8();
    Eigen::MatrixXd f = Eigen::MatrixXd::Zero(8, 8);
    for (int i = 0; i < 8; ++i) {
        for (int j = 0; j < 8; ++j) {
            if (i != j) {
                f(i, j) = std::exp(1.0) * std::pow(m(i) * m(j), 0.5) * std::pow(d(i, j), -1.2);
            }
        }
    }
    const auto fit = sp::gravity_ppml(f, m, d);
    CHECK(fit.constant.estimate == Approx(1.0).epsilon(1e-8));
    CHECK(fit.mass_i.estimate == Approx(0.5).epsilon(1e-8));
    CHECK(fit.decay.estimate == Approx(1.2).epsilon(1e-8));
    CHECK(message_of([&] { (void)sp::gravity_ols(f, m, d); }).starts_with("ineq::gravity_ols: the fit is exact"));
}

TEST_CASE("gravity: bad input, separation, non-convergence") {
    const auto f = flows8();
    const auto m = masses8();
    const auto d = distances8();
    CHECK(message_of([&] { (void)sp::gravity_ols(f.topLeftCorner(8, 7), m, d); }) ==
          "ineq::gravity_ols: flows must be a square matrix of at least 2 units (got 8 x 7)");
    CHECK(message_of([&] { (void)sp::gravity_ols(f, m.head(7), d); }) ==
          "ineq::gravity_ols: needs one mass per unit (8), got 7");
    Eigen::VectorXd bad_m = m;
    bad_m(3) = 0.0;
    CHECK(message_of([&] { (void)sp::gravity_ppml(f, bad_m, d); }) ==
          "ineq::gravity_ppml: masses must be finite and positive (index 3, value 0)");
    Eigen::MatrixXd asym = f;
    asym(1, 2) = 9;
    CHECK(message_of([&] { (void)sp::gravity_ols(asym, m, d); }) ==
          "ineq::gravity_ols: undirected flows must be symmetric (flows(i, j) == flows(j, i)) (row 1, column 2, "
          "value 9)");
    CHECK(sp::gravity_ols(asym, m, d, {sp::flow_pairs::directed}).observations == 46);
    Eigen::MatrixXd neg = f;
    neg(5, 0) = -1;
    CHECK(message_of([&] { (void)sp::gravity_ols(neg, m, d, {sp::flow_pairs::directed}); }) ==
          "ineq::gravity_ols: flows must be finite and non-negative (row 5, column 0, value -1)");
    Eigen::MatrixXd bad_d = d;
    bad_d(2, 6) = std::numeric_limits<double>::quiet_NaN();
    CHECK(message_of([&] { (void)sp::gravity_ppml(f, m, bad_d); }) ==
          "ineq::gravity_ppml: distances between distinct units must be finite and positive (row 2, column 6, "
          "value nan)");
    CHECK(message_of([&] { (void)sp::gravity_ppml(Eigen::MatrixXd::Zero(8, 8), m, d); }) ==
          "ineq::gravity_ppml: every flow is 0: nothing to fit");
    CHECK(message_of([&] { (void)sp::gravity_ols(f, Eigen::VectorXd::Constant(8, 10.0), d); }).starts_with(
        "ineq::gravity_ols: the regressors are collinear"));
    Eigen::MatrixXd few = Eigen::MatrixXd::Zero(8, 8);
    few(0, 1) = few(1, 0) = 3;
    few(2, 3) = few(3, 2) = 5;
    few(4, 5) = few(5, 4) = 1;
    CHECK(message_of([&] { (void)sp::gravity_ols(few, m, d); }) ==
          "ineq::gravity_ols: needs more usable pairs than parameters (3 pairs, 3 parameters)");

    // Separation: the positive flows all run over 500 km (a ring 0-1-2-3-4-0), the zero
    // flows over 1000 km, so −log d plus log 500 is 0 on the positives and negative on the
    // zeros: pushing β to infinity fits ever better and no estimate exists.
    Eigen::MatrixXd ring_d = Eigen::MatrixXd::Constant(5, 5, 1000.0);
    Eigen::MatrixXd ring_f = Eigen::MatrixXd::Zero(5, 5);
    const double ring_flows[5] = {4, 7, 2, 9, 5};
    for (int i = 0; i < 5; ++i) {
        const int j = (i + 1) % 5;
        ring_d(i, j) = ring_d(j, i) = 500.0;
        ring_f(i, j) = ring_f(j, i) = ring_flows[i];
    }
    const Eigen::VectorXd ring_m = (Eigen::VectorXd(5) << 10, 20, 30, 40, 50).finished();
    CHECK(message_of([&] { (void)sp::gravity_ppml(ring_f, ring_m, ring_d); }).starts_with(
        "ineq::gravity_ppml: the zero flows are separated from the positive ones"));
    // One zero pair at 300 km (the other side of the positives) removes the separation.
    ring_d(0, 2) = ring_d(2, 0) = 300.0;
    CHECK(std::isfinite(sp::gravity_ppml(ring_f, ring_m, ring_d).decay.estimate));

    CHECK(message_of([&] {
              (void)sp::gravity_ppml(f, m, d, {sp::flow_pairs::undirected, sp::standard_errors::hc0, 2});
          }) == "ineq::gravity_ppml: IRLS did not converge in 2 iterations (separated zero flows, or raise "
                "max_iterations)");
    CHECK(message_of([&] {
              (void)sp::gravity_ppml(f, m, d, {sp::flow_pairs::undirected, sp::standard_errors::hc0, 100, 0.0});
          }) == "ineq::gravity_ppml: the tolerance must be in (0, 1) (got 0)");
}
