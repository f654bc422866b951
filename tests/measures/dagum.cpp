#include <ineq/measures/dagum.hpp>
#include <ineq/measures/gini.hpp>

#include "error_message.hpp"
#include "study_data.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {
bool close(double a, double b, double tol = 1e-12) { return std::abs(a - b) <= tol * std::abs(b) + 1e-15; }
}  // namespace

TEST_CASE("dagum_decomposition: a hand-worked example, every term") {
    // A = {1, 3}: n = 2, mu = 2.  B = {2, 4, 6}: n = 3, mu = 4.  N = 5, total 16, mu = 3.2.
    // G_AA = (|1-3| + |3-1|) / (2 * 2^2 * 2) = 4/16 = 1/4.
    // G_BB = 2 (2 + 4 + 2) / (2 * 3^2 * 4) = 16/72 = 2/9.
    // B - A over the 6 pairs: 1, 3, 5, -1, 1, 3.  sum |.| = 14, G_BA = 14 / (6 (2 + 4)) = 7/18.
    // d_BA = (1 + 3 + 5 + 1 + 3) / 6 = 13/6, p_BA = 1/6, D_BA = 12/14 = 6/7 (d - p = 2 = mu_B - mu_A).
    // p_A = 2/5, p_B = 3/5, s_A = 4/16 = 1/4, s_B = 12/16 = 3/4.
    // G_w = (1/4)(2/5)(1/4) + (2/9)(3/5)(3/4) = 1/40 + 1/10 = 1/8.
    // p_B s_A + p_A s_B = 3/20 + 6/20 = 9/20.
    // G_nb = (7/18)(9/20)(6/7) = 3/20,  G_t = (7/18)(9/20)(1/7) = 1/40.
    // G = 1/8 + 3/20 + 1/40 = 3/10; directly: sorted {1, 2, 3, 4, 6}, sum_{i<j} |diff| = 24,
    // G = 2 * 24 / (2 * 25 * 3.2) = 0.3.
    const std::vector<int> x{2, 1, 4, 3, 6};
    const std::vector<std::string> g{"B", "A", "B", "A", "B"};
    const auto d = ineq::dagum_decomposition(x, g);
    CHECK(close(d.total, 0.3));
    CHECK(close(d.within, 1.0 / 8));
    CHECK(close(d.net_between, 3.0 / 20));
    CHECK(close(d.transvariation, 1.0 / 40));
    REQUIRE(d.groups.size() == 2);
    CHECK(d.groups[0].label == "A");  // ascending mean, although "B" appears first
    CHECK(d.groups[1].label == "B");
    CHECK(d.groups[0].count == 2);
    CHECK(d.groups[0].mean == 2.0);
    CHECK(d.groups[1].mean == 4.0);
    CHECK(close(d.groups[0].population_share, 0.4));
    CHECK(close(d.groups[1].value_share, 0.75));
    CHECK(close(d.groups[0].gini, 0.25));
    CHECK(close(d.groups[1].gini, 2.0 / 9));
    CHECK(close(d.groups[0].within_contribution, 1.0 / 40));
    CHECK(close(d.groups[1].within_contribution, 1.0 / 10));
    REQUIRE(d.pairs.size() == 1);
    const auto& p = d.pairs[0];
    CHECK(p.high == 1);
    CHECK(p.low == 0);
    CHECK(close(p.gini, 7.0 / 18));
    CHECK(close(p.economic_affluence, 13.0 / 6));
    CHECK(close(p.transvariation, 1.0 / 6));
    CHECK(close(p.relative_affluence, 6.0 / 7));
    CHECK(close(p.net_between_contribution, 3.0 / 20));
    CHECK(close(p.transvariation_contribution, 1.0 / 40));
    CHECK(close(d.between_gini(0, 1), 7.0 / 18));
    CHECK(close(d.between_gini(1, 0), 7.0 / 18));
    CHECK(close(d.between_gini(1, 1), 2.0 / 9));
    CHECK(&d.pair(0, 1) == &d.pairs[0]);
    // The caller's data is untouched.
    CHECK(x == std::vector<int>{2, 1, 4, 3, 6});
}

TEST_CASE("dagum_decomposition: Table 1 cooperative patents in four groups (i mod 4), against numpy") {
    // Direct O(n^2) definitions, groups sorted by mean (script kept in full):
    // /usr/bin/python3 - <<'P'
    // import numpy as np
    // x=np.array([7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,107,1364,598,194,18,2,26,125,797,31,127,11,24,418],float)
    // g=np.arange(31)%4
    // ks=sorted(set(g),key=lambda k:x[g==k].mean()); n=len(x); mu=x.mean()
    // G=np.abs(x[:,None]-x[None,:]).sum()/(2*n*n*mu)
    // Gw=Gnb=Gt=0.0
    // for j in ks:
    //   y=x[g==j]; p=len(y)/n; s=y.sum()/x.sum(); Gjj=np.abs(y[:,None]-y[None,:]).sum()/(2*len(y)**2*y.mean()); Gw+=Gjj*p*s
    //   print('group',j,len(y),y.mean(),Gjj)
    // for a in range(len(ks)):
    //   for b in range(a):
    //     yj=x[g==ks[a]]; yh=x[g==ks[b]]; dif=yj[:,None]-yh[None,:]
    //     Gjh=np.abs(dif).sum()/(len(yj)*len(yh)*(yj.mean()+yh.mean()))
    //     d=np.maximum(dif,0).mean(); pp=np.maximum(-dif,0).mean(); D=(d-pp)/(d+pp)
    //     w=len(yj)/n*yh.sum()/x.sum()+len(yh)/n*yj.sum()/x.sum()
    //     Gnb+=Gjh*w*D; Gt+=Gjh*w*(1-D); print('pair',ks[a],ks[b],Gjh,d,pp,D)
    // print(G,Gw,Gnb,Gt,Gw+Gnb+Gt-G)
    // P
    // -> group 0 8 120.25 0.4342515592515592
    //    group 1 8 135.625 0.6860599078341014
    //    group 3 7 186.28571428571428 0.5243207712532866
    //    group 2 8 267.0 0.6996722846441947
    //    pair 1 0 0.6617000488519785 92.34375 76.96875 0.09080841638981174
    //    pair 3 0 0.5212629616684143 112.91071428571429 46.875 0.4132767098793027
    //    pair 3 1 0.6684972541188218 132.92857142857142 82.26785714285714 0.23541614803750724
    //    pair 2 0 0.6873789541639768 206.46875 59.71875 0.551303122798779
    //    pair 2 1 0.746119217634275 215.890625 84.515625 0.43732445646520335
    //    pair 2 3 0.6667191931925622 191.46428571428572 110.75 0.2670763412904751
    //    0.6529215682816275 0.15308324073910767 0.17542343486363665 0.32441489267888324 1.1e-16
    std::vector<int> labels;
    for (int i = 0; i < 31; ++i) labels.push_back(i % 4);
    const auto d = ineq::dagum_decomposition(ineq_test::table1_cooperative, labels);
    CHECK(close(d.total, 0.6529215682816275));
    CHECK(close(d.within, 0.15308324073910767));
    CHECK(close(d.net_between, 0.17542343486363665));
    CHECK(close(d.transvariation, 0.32441489267888324));
    REQUIRE(d.groups.size() == 4);
    const int order[] = {0, 1, 3, 2};
    const double gini[] = {0.4342515592515592, 0.6860599078341014, 0.5243207712532866, 0.6996722846441947};
    const double mean[] = {120.25, 135.625, 186.28571428571428, 267.0};
    for (std::size_t j = 0; j < 4; ++j) {
        CHECK(d.groups[j].label == order[j]);
        CHECK(close(d.groups[j].gini, gini[j]));
        CHECK(close(d.groups[j].mean, mean[j]));
    }
    REQUIRE(d.pairs.size() == 6);
    const double gjh[] = {0.6617000488519785, 0.5212629616684143, 0.6684972541188218,
                          0.6873789541639768, 0.746119217634275, 0.6667191931925622};
    const double djh[] = {92.34375, 112.91071428571429, 132.92857142857142, 206.46875, 215.890625, 191.46428571428572};
    const double pjh[] = {76.96875, 46.875, 82.26785714285714, 59.71875, 84.515625, 110.75};
    const double big_d[] = {0.09080841638981174, 0.4132767098793027, 0.23541614803750724,
                            0.551303122798779, 0.43732445646520335, 0.2670763412904751};
    for (std::size_t k = 0; k < 6; ++k) {
        CHECK(close(d.pairs[k].gini, gjh[k]));
        CHECK(close(d.pairs[k].economic_affluence, djh[k]));
        CHECK(close(d.pairs[k].transvariation, pjh[k]));
        CHECK(close(d.pairs[k].relative_affluence, big_d[k]));
    }
    CHECK(d.pairs[2].high == 2);
    CHECK(d.pairs[2].low == 1);
    CHECK(d.total == ineq::gini(ineq_test::table1_cooperative));
}

TEST_CASE("dagum_decomposition: the identity on random data, groups of any size") {
    std::mt19937_64 rng(17);
    std::lognormal_distribution<double> income(3.0, 1.2);
    std::uniform_int_distribution<int> pick(0, 6);
    for (int rep = 0; rep < 50; ++rep) {
        const std::size_t n = 2 + static_cast<std::size_t>(rep) * 7;
        std::vector<double> x(n);
        std::vector<int> g(n);
        for (std::size_t i = 0; i < n; ++i) {
            x[i] = rep % 5 == 0 ? std::floor(income(rng) / 10.0) : income(rng);  // ties and zeros too
            g[i] = pick(rng);
        }
        if (rep % 5 == 0) x[0] = 1.0;  // a positive total
        const auto d = ineq::dagum_decomposition(x, g);
        CHECK(std::abs(d.within + d.net_between + d.transvariation - d.total) <= 1e-12);
        CHECK(d.total == ineq::gini(x));
        // G_nb = sum_{j>h} p_j p_h (mu_j - mu_h) / mu: the Gini of the group means, one per unit.
        std::vector<double> means(n);
        for (std::size_t i = 0; i < n; ++i) {
            for (const auto& grp : d.groups) {
                if (grp.label == g[i]) means[i] = grp.mean;
            }
        }
        CHECK(std::abs(d.net_between - ineq::gini(means)) <= 1e-12);
        for (std::size_t j = 1; j < d.groups.size(); ++j) {
            CHECK(d.groups[j - 1].mean <= d.groups[j].mean);
        }
        for (const auto& p : d.pairs) {
            CHECK(p.relative_affluence >= 0.0);
            CHECK(p.relative_affluence <= 1.0);
        }
    }
}

TEST_CASE("dagum_decomposition: ties between group means keep the given order; vector of groups") {
    // Groups 0 and 1 have the same mean 2: they stay in the order given, and D = 0 between them.
    const std::vector<std::vector<double>> groups{{5, 7}, {1, 3}, {2, 2}};
    const auto d = ineq::dagum_decomposition(groups);
    REQUIRE(d.groups.size() == 3);
    CHECK(d.groups[0].label == 1);
    CHECK(d.groups[1].label == 2);
    CHECK(d.groups[2].label == 0);
    CHECK(d.pair(0, 1).relative_affluence == 0.0);
    // {1, 3} against {2, 2}: |diffs| 1, 1, 1, 1 -> G = 4 / (4 * 4) = 1/4, d = p = 1/2.
    CHECK(close(d.pair(0, 1).gini, 0.25));
    CHECK(close(d.pair(0, 1).economic_affluence, 0.5));
    CHECK(close(d.pair(0, 1).transvariation, 0.5));
    CHECK(std::abs(d.within + d.net_between + d.transvariation - d.total) <= 1e-15);
    // The same data as values and labels gives the same numbers.
    const auto e = ineq::dagum_decomposition(std::vector<double>{5, 7, 1, 3, 2, 2}, std::vector{0, 0, 1, 1, 2, 2});
    CHECK(e.total == d.total);
    CHECK(e.net_between == d.net_between);
    CHECK(e.transvariation == d.transvariation);
    // One group: everything is within.
    const auto one = ineq::dagum_decomposition(std::vector{1, 3}, std::vector<std::string_view>{"x", "x"});
    CHECK(one.pairs.empty());
    CHECK(close(one.within, one.total));
    // A group of zeros and two groups holding the same constant.
    const auto z = ineq::dagum_decomposition(std::vector<std::vector<int>>{{0, 0}, {4, 4}, {4}});
    CHECK(z.groups[0].gini == 0.0);
    CHECK(z.pair(1, 2).relative_affluence == 0.0);
    CHECK(z.pair(1, 2).gini == 0.0);
    CHECK(close(z.total, z.within + z.net_between + z.transvariation));
    // Huge values are rescaled internally; means and affluence come back in the caller's units.
    const auto h = ineq::dagum_decomposition(std::vector<std::vector<double>>{{1e300, 3e300}, {2e300, 4e300, 6e300}});
    CHECK(close(h.total, 0.3));
    CHECK(close(h.pairs[0].economic_affluence, 13e300 / 6));
}

TEST_CASE("dagum_decomposition: errors") {
    using ineq_test::message_of;
    CHECK(message_of([] { (void)ineq::dagum_decomposition(std::vector<double>{}, std::vector<int>{}); }) ==
          "ineq::dagum_decomposition: needs at least one value, got an empty range");
    CHECK(message_of([] { (void)ineq::dagum_decomposition(std::vector{1.0, -2.0}, std::vector{0, 1}); }) ==
          "ineq::dagum_decomposition: values must be non-negative (index 1, value -2)");
    CHECK(message_of([] { (void)ineq::dagum_decomposition(std::vector{1.0, 2.0}, std::vector{0}); }) ==
          "ineq::dagum_decomposition: values and labels must have the same length; number of labels (got 1)");
    CHECK(message_of([] { (void)ineq::dagum_decomposition(std::vector{0, 0}, std::vector{0, 1}); }) ==
          "ineq::dagum_decomposition: the total must be positive (all values are zero)");
    CHECK(message_of([] { (void)ineq::dagum_decomposition(std::vector<std::vector<double>>{{1}, {}}); }) ==
          "ineq::dagum_decomposition: groups must not be empty (index 1, value 0)");
    CHECK(message_of([] { (void)ineq::dagum_decomposition(std::vector<std::vector<double>>{{1}, {2, NAN}}); }) ==
          "ineq::dagum_decomposition: values must be finite (index 2, value nan)");
    CHECK(message_of([] { (void)ineq::dagum_decomposition(std::vector<std::vector<double>>{}); }) ==
          "ineq::dagum_decomposition: needs at least one group, got none");
    const auto d = ineq::dagum_decomposition(std::vector{1, 2}, std::vector{0, 1});
    CHECK(message_of([&] { (void)d.between_gini(0, 2); }) ==
          "ineq::dagum_decomposition_result::between_gini: group index out of range (index 2, value 2)");
}
