#include <ineq/measures/source_decomposition.hpp>
#include <ineq/measures/gini.hpp>

#include "error_message.hpp"
#include "study_data.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <random>
#include <vector>

namespace {
bool close(double a, double b, double tol = 1e-12) { return std::abs(a - b) <= tol * std::abs(b) + 1e-15; }
}  // namespace

TEST_CASE("gini_source_decomposition: by hand") {
    // Sources {1, 2, 3} and {0, 4, 2}; totals {1, 6, 5}, mu = 4, ranks of the totals 1, 3, 2.
    // G = 2 cov(y, r/3) / 4 with cov(y, r) = ((-3)(-1) + 2*1 + 1*0) / 3 = 5/3 -> G = 5/18
    //   (directly: |diffs| 5, 4, 1, sum over ordered pairs 20, 20 / (2 * 9 * 4) = 5/18).
    // Source 0: mu = 2, S = 1/2, G_0 = 2/9, cov(y_0, r_y) = ((-1)(-1) + 0 + 1*0) / 3 = 1/3,
    //   cov(y_0, r_0) = 2/3, R_0 = 1/2, contribution 1/18, marginal effect (1/18)/(5/18) - 1/2 = -0.3.
    // Source 1: mu = 2, S = 1/2, G_1 = 4/9, its ranks are those of the totals, R_1 = 1,
    //   contribution 2/9, marginal effect 4/5 - 1/2 = 0.3.
    const std::vector<std::vector<int>> s{{1, 2, 3}, {0, 4, 2}};
    const auto d = ineq::gini_source_decomposition(s);
    CHECK(close(d.total, 5.0 / 18));
    REQUIRE(d.sources.size() == 2);
    CHECK(d.sources[0].mean == 2.0);
    CHECK(close(d.sources[0].share, 0.5));
    CHECK(close(d.sources[0].gini, 2.0 / 9));
    CHECK(close(d.sources[0].gini_correlation, 0.5));
    CHECK(close(d.sources[0].contribution, 1.0 / 18));
    CHECK(close(d.sources[0].contribution_share, 0.2));
    CHECK(close(d.sources[0].marginal_effect, -0.3));
    CHECK(close(d.sources[1].gini, 4.0 / 9));
    CHECK(close(d.sources[1].gini_correlation, 1.0));
    CHECK(close(d.sources[1].marginal_effect, 0.3));
}

TEST_CASE("gini_source_decomposition: three sources against numpy/scipy") {
    // /usr/bin/python3 - <<'P'
    // import numpy as np
    // from scipy.stats import rankdata          # method='average': mid-ranks
    // a=np.array([7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,107,1364,598,194,18,2,26,125,797,31,127,11,24,418],float)
    // b=np.array([(i*37)%101 for i in range(31)],float)
    // c=np.array([5.0 if i%3 else 0.0 for i in range(31)])
    // y=a+b+c; n=len(y)
    // def gini(v): return np.abs(v[:,None]-v[None,:]).sum()/(2*n*n*v.mean())
    // G=gini(y); F=rankdata(y)/n
    // print('G',G)
    // for v in (a,b,c):
    //   S=v.mean()/y.mean(); Gk=gini(v); Fk=rankdata(v)/n
    //   R=np.cov(v,F,bias=True)[0,1]/np.cov(v,Fk,bias=True)[0,1]
    //   print(S,Gk,R,S*Gk*R,S*Gk*R/G-S)
    // P
    // -> G 0.5241201010635173
    //    0.7688104245481295 0.6529215682816275 0.9890509634431839 0.49647678838583126 0.1784472505122362
    //    0.21717808603054506 0.34672216441207077 0.36980792316926775 0.02784670526606011 -0.16404769624096244
    //    0.014011489421325487 0.3548387096774194 -0.040909090909090944 -0.0002033925883740798 -0.014399554271273745
    std::vector<double> a(ineq_test::table1_cooperative.begin(), ineq_test::table1_cooperative.end());
    std::vector<double> b;
    std::vector<double> c;
    for (int i = 0; i < 31; ++i) {
        b.push_back((i * 37) % 101);
        c.push_back(i % 3 ? 5.0 : 0.0);
    }
    const auto d = ineq::gini_source_decomposition(std::array{a, b, c});
    CHECK(close(d.total, 0.5241201010635173));
    const double expect[3][5] = {
        {0.7688104245481295, 0.6529215682816275, 0.9890509634431839, 0.49647678838583126, 0.1784472505122362},
        {0.21717808603054506, 0.34672216441207077, 0.36980792316926775, 0.02784670526606011, -0.16404769624096244},
        {0.014011489421325487, 0.3548387096774194, -0.040909090909090944, -0.0002033925883740798, -0.014399554271273745}};
    for (std::size_t k = 0; k < 3; ++k) {
        CHECK(close(d.sources[k].share, expect[k][0]));
        CHECK(close(d.sources[k].gini, expect[k][1]));
        CHECK(close(d.sources[k].gini_correlation, expect[k][2], 1e-11));
        CHECK(close(d.sources[k].contribution, expect[k][3], 1e-11));
        CHECK(close(d.sources[k].marginal_effect, expect[k][4], 1e-11));
    }
    // Source Ginis are eq. 3 of the source.
    CHECK(close(d.sources[0].gini, ineq::gini(a)));
}

TEST_CASE("gini_source_decomposition: identity, ties and unit order on random data") {
    std::mt19937_64 rng(4);
    std::poisson_distribution<int> small(2.0);
    std::lognormal_distribution<double> big(2.0, 1.0);
    for (int rep = 0; rep < 30; ++rep) {
        const std::size_t n = 3 + static_cast<std::size_t>(rep) * 11;
        std::vector<std::vector<double>> s(3, std::vector<double>(n));
        for (std::size_t i = 0; i < n; ++i) {
            s[0][i] = small(rng);  // many ties
            s[1][i] = small(rng);
            s[2][i] = rep % 2 ? big(rng) : 0.0;  // a constant source every other time
        }
        s[0][0] = 1.0;
        const auto d = ineq::gini_source_decomposition(s);
        double sum = 0.0;
        double shares = 0.0;
        double effects = 0.0;
        for (const auto& c : d.sources) {
            sum += c.contribution;
            shares += c.share;
            effects += c.marginal_effect;
        }
        CHECK(std::abs(sum - d.total) <= 1e-12);
        CHECK(std::abs(shares - 1.0) <= 1e-12);
        CHECK(std::abs(effects) <= 1e-12);  // marginal effects sum to zero
        std::vector<double> y(n);
        for (std::size_t i = 0; i < n; ++i) y[i] = s[0][i] + s[1][i] + s[2][i];
        CHECK(close(d.total, ineq::gini(y), 1e-12));
        if (rep % 2 == 0) {
            CHECK(d.sources[2].gini_correlation == 0.0);
            CHECK(d.sources[2].contribution == 0.0);
        }
        // Reversing the order of the units changes nothing beyond rounding.
        auto r = s;
        for (auto& v : r) std::reverse(v.begin(), v.end());
        const auto e = ineq::gini_source_decomposition(r);
        for (std::size_t k = 0; k < 3; ++k) {
            CHECK(close(e.sources[k].gini_correlation, d.sources[k].gini_correlation, 1e-12));
        }
    }
}

TEST_CASE("gini_source_decomposition: errors") {
    using ineq_test::message_of;
    CHECK(message_of([] { (void)ineq::gini_source_decomposition(std::vector<std::vector<double>>{}); }) ==
          "ineq::gini_source_decomposition: needs at least one source, got none");
    CHECK(message_of([] { (void)ineq::gini_source_decomposition(std::vector<std::vector<double>>{{1, 2}, {1}}); }) ==
          "ineq::gini_source_decomposition: every source must have as many units as source 0; length of source (index 1, value 1)");
    CHECK(message_of([] { (void)ineq::gini_source_decomposition(std::vector<std::vector<double>>{{1, 2}, {1, -1}}); }) ==
          "ineq::gini_source_decomposition: source 1: values must be non-negative (index 1, value -1)");
    CHECK(message_of([] { (void)ineq::gini_source_decomposition(std::vector<std::vector<double>>{{}}); }) ==
          "ineq::gini_source_decomposition: sources must not be empty (index 0, value 0)");
    CHECK(message_of([] { (void)ineq::gini_source_decomposition(std::vector<std::vector<double>>{{0, 0}}); }) ==
          "ineq::gini_source_decomposition: the total must be positive (all values are zero)");
    // Equal totals: G = 0, and the relative quantities are reported as 0.
    const auto d = ineq::gini_source_decomposition(std::vector<std::vector<double>>{{1, 2}, {2, 1}});
    CHECK(d.total == 0.0);
    CHECK(d.sources[0].marginal_effect == 0.0);
}
