#include <ineq/panel/markov.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace {
// giddy's docstring example (giddy/markov.py, class Markov): US per capita income, 48
// states, 1929-2009, quintiles per year; transitions as published there.
Eigen::MatrixXd usjoin_transitions() {
    Eigen::MatrixXd t(5, 5);
    t << 729, 71, 1, 0, 0,  //
        72, 567, 80, 3, 0,  //
        0, 81, 631, 86, 2,  //
        0, 3, 86, 573, 56,  //
        0, 0, 1, 57, 741;
    return t;
}

// Kemeny and Snell's Land of Oz (Finite Markov Chains): rain, nice, snow.
Eigen::MatrixXd oz() {
    Eigen::MatrixXd p(3, 3);
    p << 0.5, 0.25, 0.25, 0.5, 0.0, 0.5, 0.25, 0.25, 0.5;
    return p;
}
}  // namespace

TEST_CASE("markov_classify: quantile cut points, boundaries to the lower class, ties together") {
    // /usr/bin/python3 -c "import numpy as np; x=np.array([1,2,2,3,4,5,6,7.]); b=np.percentile(x,[25,50,75]);
    //   print(b.tolist(), np.searchsorted(b,x,side='left').tolist())"
    //   -> [2.0, 3.5, 5.25] [0, 0, 0, 1, 2, 2, 3, 3]   (mapclassify's rule: class = #{cut < v})
    Eigen::MatrixXd p(8, 2);
    p.col(0) << 1, 2, 2, 3, 4, 5, 6, 7;
    p.col(1) << 7, 6, 5, 4, 3, 2, 2, 1;  // the same values reversed: the same cut points
    const auto c = ineq::markov_classify(p, ineq::markov_classes::quantiles(4));
    REQUIRE(c.cut_points.rows() == 3);
    CHECK(c.cut_points(0, 0) == 2.0);
    CHECK(c.cut_points(1, 0) == 3.5);
    CHECK(c.cut_points(2, 0) == 5.25);
    const int expected[] = {0, 0, 0, 1, 2, 2, 3, 3};
    for (Eigen::Index i = 0; i < 8; ++i) {
        CHECK(c.classes(i, 0) == expected[i]);
        CHECK(c.classes(7 - i, 1) == expected[i]);
    }
    // Pooled quantiles of the 16 values: by hand, sorted 1 1 2 2 2 2 3 3 4 4 5 5 6 6 7 7;
    // Q(.5) at h = 7.5 -> 3.5, Q(.25) at h = 3.75 -> 2, Q(.75) at 11.25 -> 5.25.
    const auto pooled = ineq::markov_classify(p, ineq::markov_classes::pooled_quantiles(4));
    CHECK(pooled.cut_points(0, 1) == 2.0);
    CHECK(pooled.cut_points(1, 1) == 3.5);
    CHECK(pooled.cut_points(2, 1) == 5.25);
    // Given breaks; 1.0 sits on a cut point and goes to the lower class.
    Eigen::MatrixXd r(4, 1);
    r << 0.5, 0.8, 0.85, 1.3;
    const auto b = ineq::markov_classify(r, ineq::markov_classes::breaks({0.8, 0.9, 1.0, 1.2}));
    CHECK(b.classes(0, 0) == 0);
    CHECK(b.classes(1, 0) == 0);
    CHECK(b.classes(2, 0) == 1);
    CHECK(b.classes(3, 0) == 4);
    // All equal: every cut point equal, every value in class 0 (k kept, the rest empty).
    Eigen::MatrixXd flat = Eigen::MatrixXd::Constant(5, 1, 3.0);
    CHECK((ineq::markov_classify(flat, ineq::markov_classes::quantiles(3)).classes.array() == 0).all());
}

TEST_CASE("transition_counts, probabilities and the steady state: giddy's Markov example") {
    // giddy docstring: c = [['b','a','c'],['c','c','a'],['c','b','c'],['a','a','b'],['a','b','c']]
    //   m.p -> [[0.25, 0.5, 0.25], [0.33333333, 0, 0.66666667], [0.33333333, 0.33333333, 0.33333333]]
    //   m.steady_state -> [0.30769231, 0.28846154, 0.40384615]   (exactly 16/52, 15/52, 21/52)
    Eigen::MatrixXi c(5, 3);
    c << 1, 0, 2,  //
        2, 2, 0,   //
        2, 1, 2,   //
        0, 0, 1,   //
        0, 1, 2;
    const Eigen::MatrixXd n = ineq::transition_counts(c, 3);
    Eigen::MatrixXd expected_n(3, 3);
    expected_n << 1, 2, 1, 1, 0, 2, 1, 1, 1;  // by hand from the rows above
    CHECK(n == expected_n);
    const Eigen::MatrixXd p = ineq::transition_probabilities(n);
    CHECK(p(0, 1) == 0.5);
    CHECK(p(1, 2) == doctest::Approx(2.0 / 3.0).epsilon(1e-15));
    const auto s = ineq::steady_state(p);
    REQUIRE(s.has_value());
    CHECK((*s)(0) == doctest::Approx(16.0 / 52.0).epsilon(1e-14));
    CHECK((*s)(1) == doctest::Approx(15.0 / 52.0).epsilon(1e-14));
    CHECK((*s)(2) == doctest::Approx(21.0 / 52.0).epsilon(1e-14));
    // The one-call form on values: classes by given breaks reproduce the same chain.
    const auto m = ineq::markov_chain(c.cast<double>(), ineq::markov_classes::breaks({0.5, 1.5}));
    CHECK(m.counts == expected_n);
    CHECK(m.classes == c);
}

TEST_CASE("steady state, passage and sojourn times against published values and numpy") {
    const Eigen::MatrixXd p = ineq::transition_probabilities(usjoin_transitions());
    // giddy docstring m.p row 0: 0.91011236 0.0886392 0.00124844 0 0
    CHECK(p(0, 0) == doctest::Approx(0.91011236).epsilon(1e-8));
    CHECK(p(0, 1) == doctest::Approx(0.0886392).epsilon(1e-7));
    // giddy docstring m.steady_state -> [0.20774716, 0.18725774, 0.20740537, 0.18821787, 0.20937187];
    // full digits from numpy's eigenvectors:
    // /usr/bin/python3 -c "import numpy as np; T=np.array([[729,71,1,0,0],[72,567,80,3,0],[0,81,631,86,2],[0,3,86,573,56],[0,0,1,57,741.]]);
    //   P=T/T.sum(1,keepdims=True); v,d=np.linalg.eig(P.T); s=np.abs(d[:,np.argmax(v.real)].real); print((s/s.sum()).tolist())"
    const double ss[] = {0.20774715891655093, 0.18725773874875118, 0.20740536573229812, 0.18821786797367943,
                         0.2093718686287204};
    const auto s = ineq::steady_state(p);
    REQUIRE(s.has_value());
    for (Eigen::Index i = 0; i < 5; ++i) {
        CHECK((*s)(i) == doctest::Approx(ss[i]).epsilon(1e-12));
    }
    // Mean first passage times by another method: for each target j, solve
    // (I - P_{-j,-j}) m = 1, and m_jj = 1 + P_{j,-j} m.
    // /usr/bin/python3 tests/panel/reference/markov.py (mfpt there) -> "mfpt row 0 ... row 4 ..."
    const double row0[] = {4.813543565241646, 11.502927117804711, 29.609212306255436, 53.38594953812268, 103.59816743277885};
    const double row4[] = {98.4129554280972, 56.36521038258854, 30.660467347358342, 14.211583555850742, 4.776190834754923};
    const Eigen::MatrixXd f = ineq::mean_first_passage_times(p);
    for (Eigen::Index j = 0; j < 5; ++j) {
        CHECK(f(0, j) == doctest::Approx(row0[j]).epsilon(1e-10));
        CHECK(f(4, j) == doctest::Approx(row4[j]).epsilon(1e-10));
        CHECK(f(j, j) == doctest::Approx(1.0 / ss[j]).epsilon(1e-10));  // recurrence time 1 / pi_j
    }
    // Land of Oz (Kemeny and Snell; the values as giddy's steady_state and mfpt docstrings print them):
    //   steady state 0.4 0.2 0.4; M = [[2.5, 4, 10/3], [8/3, 5, 8/3], [10/3, 4, 2.5]]
    const auto so = ineq::steady_state(oz());
    REQUIRE(so.has_value());
    CHECK((*so)(0) == doctest::Approx(0.4).epsilon(1e-14));
    CHECK((*so)(1) == doctest::Approx(0.2).epsilon(1e-14));
    const Eigen::MatrixXd fo = ineq::mean_first_passage_times(oz());
    CHECK(fo(0, 0) == doctest::Approx(2.5).epsilon(1e-13));
    CHECK(fo(0, 1) == doctest::Approx(4.0).epsilon(1e-13));
    CHECK(fo(0, 2) == doctest::Approx(10.0 / 3.0).epsilon(1e-13));
    CHECK(fo(1, 0) == doctest::Approx(8.0 / 3.0).epsilon(1e-13));
    CHECK(fo(1, 1) == doctest::Approx(5.0).epsilon(1e-13));
    CHECK(fo(2, 1) == doctest::Approx(4.0).epsilon(1e-13));
    // giddy's sojourn_time docstring: Oz -> [2, 1, 2]
    const Eigen::VectorXd st = ineq::sojourn_times(oz());
    CHECK(st(0) == 2.0);
    CHECK(st(1) == 1.0);
    CHECK(st(2) == 2.0);
}

TEST_CASE("mobility: Shorrocks and Prais") {
    const Eigen::MatrixXd p = ineq::transition_probabilities(usjoin_transitions());
    // giddy docstring prais(m.p) -> [0.08988764, 0.21468144, 0.21125, 0.20194986, 0.07259074]
    const Eigen::VectorXd pr = ineq::prais_mobility(p);
    const double published[] = {0.08988764, 0.21468144, 0.21125, 0.20194986, 0.07259074};
    for (Eigen::Index i = 0; i < 5; ++i) {
        CHECK(pr(i) == doctest::Approx(published[i]).epsilon(1e-7));
    }
    CHECK(pr(2) == doctest::Approx(169.0 / 800.0).epsilon(1e-15));  // 1 - 631/800 exactly
    // /usr/bin/python3 tests/panel/reference/markov.py -> "shorrocks 0.19758992000997866"
    CHECK(ineq::shorrocks_mobility(p) == doctest::Approx(0.19758992000997866).epsilon(1e-14));
    // Closed forms: no mobility and full mobility.
    CHECK(ineq::shorrocks_mobility(Eigen::MatrixXd::Identity(4, 4)) == 0.0);
    CHECK(ineq::shorrocks_mobility(Eigen::MatrixXd::Constant(4, 4, 0.25)) == doctest::Approx(1.0).epsilon(1e-15));
    Eigen::MatrixXd two(2, 2);
    two << 0.9, 0.1, 0.2, 0.8;
    CHECK(ineq::shorrocks_mobility(two) == doctest::Approx(0.3).epsilon(1e-14));
    CHECK(ineq::prais_mobility(two)(1) == doctest::Approx(0.2).epsilon(1e-14));
}

TEST_CASE("reducible chains: several recurrent classes, transient states, absorbing states") {
    // giddy docstring, reducible: c = [['b','a','a'],['c','c','a'],['c','b','c']]: a absorbing,
    // b and c transient; the steady state is (1, 0, 0).
    Eigen::MatrixXi c(3, 3);
    c << 1, 0, 0, 2, 2, 0, 2, 1, 2;
    const Eigen::MatrixXd p = ineq::transition_probabilities(ineq::transition_counts(c, 3));
    const auto rc = ineq::recurrent_classes(p);
    REQUIRE(rc.size() == 1);
    CHECK(rc.front() == std::vector<std::size_t>{0});
    const auto s = ineq::steady_state(p);
    REQUIRE(s.has_value());
    CHECK((*s)(0) == 1.0);
    CHECK((*s)(1) == 0.0);
    CHECK((*s)(2) == 0.0);
    CHECK(std::isinf(ineq::sojourn_times(p)(0)));
    CHECK(ineq_test::message_of([&] { (void)ineq::mean_first_passage_times(p); }) ==
          "ineq::mean_first_passage_times: the chain must be irreducible (every state reachable from every other)");
    // Two closed classes {0, 1} and {2}: no unique steady state.
    Eigen::MatrixXd two(3, 3);
    two << 0.5, 0.5, 0, 0.5, 0.5, 0, 0, 0, 1;
    CHECK(ineq::recurrent_classes(two).size() == 2);
    CHECK_FALSE(ineq::steady_state(two).has_value());
}

TEST_CASE("transition_probabilities: empty rows are an error, zero or absorbing, as chosen") {
    Eigen::MatrixXd n(3, 3);
    n << 3, 1, 0, 0, 0, 0, 1, 1, 2;
    CHECK(ineq_test::message_of([&] { (void)ineq::transition_probabilities(n); }) ==
          "ineq::transition_probabilities: a class never starts a transition; choose empty_row_rule::zero or stay "
          "(index = class) (index 1, value 0)");
    const Eigen::MatrixXd z = ineq::transition_probabilities(n, ineq::empty_row_rule::zero);
    CHECK(z.row(1).sum() == 0.0);
    CHECK(z(0, 0) == 0.75);
    CHECK(ineq_test::message_of([&] { (void)ineq::steady_state(z); }) ==
          "ineq::steady_state: every row must sum to 1 (empty rows: see empty_row_rule::stay) (index = row) "
          "(index 1, value 0)");
    const Eigen::MatrixXd a = ineq::transition_probabilities(n, ineq::empty_row_rule::stay);
    CHECK(a(1, 1) == 1.0);
    CHECK(ineq::steady_state(a).has_value());  // class 1 absorbs everything: (0, 1, 0)
    CHECK((*ineq::steady_state(a))(1) == 1.0);
}

TEST_CASE("markov_homogeneity: Bickenbach and Bode's Q and LR as giddy computes them") {
    // A numpy re-implementation of giddy's Homogeneity_Results._homogeneity, kept beside:
    // /usr/bin/python3 tests/panel/reference/markov.py -> "homogeneity ..." for
    //   R1=[[10,5,0],[3,12,5],[0,4,6]]; R2=[[4,6,1],[6,8,2],[0,0,0]]
    //   -> 5.7951042896497444 6.223803780749705 4 0.21498146928945763 0.18304628733785613
    Eigen::MatrixXd r1(3, 3), r2(3, 3);
    r1 << 10, 5, 0, 3, 12, 5, 0, 4, 6;
    r2 << 4, 6, 1, 6, 8, 2, 0, 0, 0;
    const auto h = ineq::markov_homogeneity({r1, r2});
    CHECK(h.dof == 4);  // rows 0 and 1: (2 - 1)(3 - 1) each; row 2 only in one regime
    CHECK(h.regimes == 2);
    CHECK(h.chi2 == doctest::Approx(5.7951042896497444).epsilon(1e-13));
    CHECK(h.lr == doctest::Approx(6.223803780749705).epsilon(1e-13));
    CHECK(h.chi2_p_value == doctest::Approx(0.21498146928945763).epsilon(1e-12));
    CHECK(h.lr_p_value == doctest::Approx(0.18304628733785613).epsilon(1e-12));
    CHECK(h.pooled_probabilities(0, 1) == doctest::Approx(11.0 / 26.0).epsilon(1e-15));
    // A class without transitions in any regime: giddy's formula counts (0-1)(0-1) = 1 degree
    // of freedom for it (6 below); ineq counts none (5), same statistics.
    //   R3=[[2,1,0,0],[1,3,1,0],[0,1,2,0],[0,0,0,0]]; R4=[[1,2,0,0],[0,2,2,0],[1,0,3,0],[0,0,0,0]]
    //   -> "empty pooled row": 4.206666666666667 5.326299641786006 6; with 5 dof p 0.5200609552902642 0.3773687425559235
    Eigen::MatrixXd r3(4, 4), r4(4, 4);
    r3 << 2, 1, 0, 0, 1, 3, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0;
    r4 << 1, 2, 0, 0, 0, 2, 2, 0, 1, 0, 3, 0, 0, 0, 0, 0;
    const auto e = ineq::markov_homogeneity({r3, r4});
    CHECK(e.dof == 5);
    CHECK(e.chi2 == doctest::Approx(4.206666666666667).epsilon(1e-13));
    CHECK(e.lr == doctest::Approx(5.326299641786006).epsilon(1e-13));
    CHECK(e.chi2_p_value == doctest::Approx(0.5200609552902642).epsilon(1e-12));
    CHECK(e.lr_p_value == doctest::Approx(0.3773687425559235).epsilon(1e-12));
    // Identical regimes: Q = LR = 0, p = 1.
    const auto same = ineq::markov_homogeneity({r1, r1, r1});
    CHECK(same.chi2 == doctest::Approx(0.0).epsilon(1e-15));
    CHECK(same.lr == doctest::Approx(0.0).epsilon(1e-15));
    CHECK(same.chi2_p_value == doctest::Approx(1.0).epsilon(1e-12));
    // Sub-periods of one classes matrix.
    Eigen::MatrixXi cls(4, 5);
    cls << 0, 0, 1, 1, 2,  //
        1, 1, 1, 0, 0,     //
        2, 2, 2, 2, 1,     //
        0, 1, 0, 1, 2;
    const auto split = ineq::markov_homogeneity(
        {ineq::transition_counts(cls.leftCols(3), 3), ineq::transition_counts(cls.rightCols(3), 3)});
    CHECK(split.regimes == 2);
    CHECK(ineq::transition_counts(cls.leftCols(3), 3).sum() + ineq::transition_counts(cls.rightCols(3), 3).sum() ==
          ineq::transition_counts(cls, 3).sum());
    CHECK(ineq_test::message_of([&] { (void)ineq::markov_homogeneity({r1}); }) ==
          "ineq::markov_homogeneity: needs at least two regimes (got 1)");
    CHECK(ineq_test::message_of([&] { (void)ineq::markov_homogeneity({r1, r3}); }) ==
          "ineq::markov_homogeneity: every regime needs a count matrix of the same shape (regime 1)");
}

TEST_CASE("chi_squared_survival against scipy.stats.chi2.sf") {
    // /usr/bin/python3 -c "from scipy import stats; [print(x,k,repr(stats.chi2.sf(x,k))) for x,k in
    //   [(3.84145882069412,1),(200.624,60),(0.5,3),(30.0,10),(1e-3,2),(150.0,4),(5000.0,4900),(2.0,2),(60.0,60),(1e-8,7)]]"
    struct row {
        double x;
        std::size_t dof;
        double p;
    };
    const row rows[] = {{3.84145882069412, 1, 0.05000000000000028},  {200.624, 60, 4.7158341526635217e-17},
                        {0.5, 3, 0.9188914116546758},               {30.0, 10, 0.000856641210775301},
                        {1e-3, 2, 0.9995001249791693},              {150.0, 4, 2.035764090974152e-31},
                        {5000.0, 4900, 0.1562274137489366},         {2.0, 2, 0.36787944117144245},
                        {60.0, 60, 0.4757169861063199},             {1e-8, 7, 1.0}};
    for (const auto& r : rows) {
        CAPTURE(r.x);
        CAPTURE(r.dof);
        CHECK(ineq::chi_squared_survival(r.x, r.dof) == doctest::Approx(r.p).epsilon(1e-12));
    }
    CHECK(ineq::chi_squared_survival(0.0, 3) == 1.0);
    CHECK(ineq::chi_squared_survival(std::numeric_limits<double>::infinity(), 3) == 0.0);
    CHECK(ineq::chi_squared_survival(2.0, 2) == doctest::Approx(std::exp(-1.0)).epsilon(1e-15));  // closed form e^(-x/2)
    CHECK(ineq_test::message_of([] { (void)ineq::chi_squared_survival(std::nan(""), 3); }) ==
          "ineq::chi_squared_survival: x must not be NaN (got nan)");
}

TEST_CASE("kendall_tau: tau-b against scipy.stats.kendalltau") {
    // /usr/bin/python3 -c "from scipy import stats; x=[3,1,4,1,5,9,2,6,5,3,5,8,9,7,9]; y=[2,7,1,8,2,8,1,8,2,8,4,5,9,0,4];
    //   print(repr(stats.kendalltau(x,y).statistic)); print(repr(stats.kendalltau([1,2,3,4,5,6,7,8],[1,3,2,4,6,5,8,7]).statistic))"
    //   -> 0.1570874410539306  0.7857142857142856
    const std::vector<int> x{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9};
    const std::vector<int> y{2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5, 9, 0, 4};
    CHECK(ineq::kendall_tau(x, y) == doctest::Approx(0.1570874410539306).epsilon(1e-14));
    CHECK(ineq::kendall_tau(y, x) == doctest::Approx(0.1570874410539306).epsilon(1e-14));
    CHECK(ineq::kendall_tau(std::vector{1, 2, 3, 4, 5, 6, 7, 8}, std::vector{1, 3, 2, 4, 6, 5, 8, 7}) ==
          doctest::Approx(0.7857142857142856).epsilon(1e-14));  // no ties: (28 - 2*3) / 28
    CHECK(ineq::kendall_tau(std::vector{1, 2, 3}, std::vector{1, 3, 2}) == doctest::Approx(1.0 / 3.0).epsilon(1e-15));
    CHECK(ineq::kendall_tau(std::vector{1, 2, 3}, std::vector{3, 2, 1}) == -1.0);
    // Two periods of a panel: columns are ranges.
    Eigen::MatrixXd p(4, 2);
    p << 1, 10, 2, 30, 3, 20, 4, 40;
    CHECK(ineq::kendall_tau(p.col(0), p.col(1)) == doctest::Approx(4.0 / 6.0).epsilon(1e-15));
    CHECK(ineq_test::message_of([] { (void)ineq::kendall_tau(std::vector{1, 1, 1}, std::vector{1, 2, 3}); }) ==
          "ineq::kendall_tau: all x or all y are equal, so tau-b is undefined");
    CHECK(ineq_test::message_of([] { (void)ineq::kendall_tau(std::vector{1, 2}, std::vector{1, 2, 3}); }) ==
          "ineq::kendall_tau: x and y must have the same length (2 and 3)");
    CHECK(ineq_test::message_of([] { (void)ineq::kendall_tau(std::vector{1.0, std::nan("")}, std::vector{1.0, 2.0}); }) ==
          "ineq::kendall_tau: values must be finite (index 1, value nan)");
}

TEST_CASE("kendall_tau: Knight's algorithm equals direct pair counting, ties included") {
    // The direct O(n^2) definition: signs of (x_i - x_j)(y_i - y_j) over all pairs.
    const auto direct = [](const std::vector<int>& x, const std::vector<int>& y) {
        long long s = 0, tx = 0, ty = 0;
        const std::size_t n = x.size();
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = i + 1; j < n; ++j) {
                const int dx = (x[i] > x[j]) - (x[i] < x[j]);
                const int dy = (y[i] > y[j]) - (y[i] < y[j]);
                s += dx * dy;
                tx += dx == 0;
                ty += dy == 0;
            }
        }
        const auto n0 = static_cast<double>(n * (n - 1) / 2);
        return static_cast<double>(s) / std::sqrt((n0 - static_cast<double>(tx)) * (n0 - static_cast<double>(ty)));
    };
    std::mt19937 gen(2024);
    for (int round = 0; round < 200; ++round) {
        const std::size_t n = 2 + static_cast<std::size_t>(gen() % 60);
        const int range = 1 + static_cast<int>(gen() % 8);  // few distinct values: many ties
        std::vector<int> x(n), y(n);
        for (std::size_t i = 0; i < n; ++i) {
            x[i] = static_cast<int>(gen() % static_cast<unsigned>(range + 1));
            y[i] = static_cast<int>(gen() % static_cast<unsigned>(range + 1)) + (i % 3 == 0 ? x[i] : 0);
        }
        const bool x_constant = std::all_of(x.begin(), x.end(), [&](int v) { return v == x[0]; });
        const bool y_constant = std::all_of(y.begin(), y.end(), [&](int v) { return v == y[0]; });
        if (x_constant || y_constant) {
            continue;
        }
        CAPTURE(round);
        CHECK(ineq::kendall_tau(x, y) == doctest::Approx(direct(x, y)).epsilon(1e-14));
    }
}

TEST_CASE("relative_positions and bad input") {
    Eigen::MatrixXd p(2, 2);
    p << 1, 4, 3, 0;
    const Eigen::MatrixXd r = ineq::relative_positions(p);
    CHECK(r(0, 0) == 0.5);
    CHECK(r(1, 0) == 1.5);
    CHECK(r(0, 1) == 2.0);
    Eigen::MatrixXd z(2, 1);
    z << 1, -1;
    CHECK(ineq_test::message_of([&] { (void)ineq::relative_positions(z); }) ==
          "ineq::relative_positions: every period's mean must be positive (index = period) (index 0, value 0)");
    CHECK(ineq_test::message_of([] { (void)ineq::markov_classes::quantiles(1); }) ==
          "ineq::markov_classes::quantiles: needs at least two classes (got 1)");
    CHECK(ineq_test::message_of([] { (void)ineq::markov_classes::breaks({1.0, 0.5}); }) ==
          "ineq::markov_classes::breaks: cut points must be ascending (index 1, value 0.5)");
    CHECK(ineq_test::message_of([] { (void)ineq::markov_classes::breaks({}); }) ==
          "ineq::markov_classes::breaks: needs at least one cut point");
    Eigen::MatrixXi c(2, 2);
    c << 0, 1, 2, 0;
    CHECK(ineq_test::message_of([&] { (void)ineq::transition_counts(c, 2); }) ==
          "ineq::transition_counts: classes must be integers in 0..k-1 (index = entity + rows * period) (index 1, value 2)");
    CHECK(ineq_test::message_of([&] { (void)ineq::transition_counts(c.leftCols(1), 3); }) ==
          "ineq::transition_counts: needs at least two periods (columns) for a transition (got 1)");
    Eigen::MatrixXd one(3, 1);
    one << 1, 2, 3;
    CHECK(ineq_test::message_of([&] { (void)ineq::markov_chain(one, ineq::markov_classes::quantiles(2)); }) ==
          "ineq::markov_chain: the panel has too few periods (columns) (got 1)");
    Eigen::MatrixXd bad(2, 2);
    bad << 0.5, 0.75, 0.5, 0.5;
    CHECK(ineq_test::message_of([&] { (void)ineq::steady_state(bad); }) ==
          "ineq::steady_state: every row must sum to 1 (empty rows: see empty_row_rule::stay) (index = row) "
          "(index 0, value 1.25)");
    Eigen::MatrixXd neg(2, 2);
    neg << 1.5, -0.5, 0.5, 0.5;
    CHECK(ineq_test::message_of([&] { (void)ineq::sojourn_times(neg); }) ==
          "ineq::sojourn_times: probabilities must lie in [0, 1] (index = row + k * column) (index 0, value 1.5)");
    Eigen::MatrixXd rect(2, 3);
    rect.setConstant(0.5);
    CHECK(ineq_test::message_of([&] { (void)ineq::shorrocks_mobility(rect); }) ==
          "ineq::shorrocks_mobility: needs a non-empty square transition matrix, got 2 x 3");
    // The chain of a panel where a quantile class stays empty (ties) reports it: {1, 1, 1, 2}
    // has tertile cut points Q(1/3) = Q(2/3) = 1, so class 1 is empty.
    Eigen::MatrixXd ties(4, 2);
    ties << 1, 1, 1, 1, 1, 1, 2, 2;
    CHECK(ineq_test::message_of([&] { (void)ineq::markov_chain(ties, ineq::markov_classes::quantiles(3)); }) ==
          "ineq::markov_chain: a class never starts a transition; choose empty_row_rule::zero or stay (index = class) "
          "(index 1, value 0)");
}
