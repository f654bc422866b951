#include <ineq/measures/polarisation.hpp>
#include <ineq/measures/gini.hpp>

#include "error_message.hpp"
#include "study_data.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

namespace {
bool close(double a, double b, double tol = 1e-12) { return std::abs(a - b) <= tol * std::abs(b) + 1e-15; }

// Direct definitions (the groups of esteban_ray are the distinct values with their counts):
// /usr/bin/python3 - <<'P'
// import numpy as np
// x=np.array([7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,107,1364,598,194,18,2,26,125,797,31,127,11,24,418],float)
// n=len(x); s=np.sort(x); mu=x.mean()
// def er(v,p,al):
//   p=p/p.sum(); m=(p*v).sum(); return sum(p[i]**(1+al)*p[j]*abs(v[i]-v[j]) for i in range(len(v)) for j in range(len(v)))/m
// u,c=np.unique(x,return_counts=True); print([er(u,c.astype(float),al) for al in (0,0.5,1,1.6)])
// g=np.arange(n)%4; gm=np.array([x[g==k].mean() for k in range(4)]); gc=np.array([(g==k).sum() for k in range(4)],float)
// print([er(gm,gc,al) for al in (0.5,1.6)])
// med=np.median(x); L=(s[:15].sum()+s[15]/2)/x.sum(); G=np.abs(x[:,None]-x[None,:]).sum()/(2*n*n*mu)
// print(2*(mu/med)*(1-2*L-G), med, L, G)
// P
// -> [1.3058431365632552, 0.23854089058864986, 0.043860362787305214, 0.0058161614417764655]
//    [0.176098019365007, 0.03873684059306266]
//    0.7430002661955812 86.0 0.0832877710953162 0.6529215682816275
}  // namespace

TEST_CASE("esteban_ray: closed forms") {
    // Two equal groups at 0 and 2, mu = 1: ER = 2 * 0.5^(1+a) * 0.5 * 2 / 1 = 0.5^a.
    for (const double a : {0.0, 0.25, 1.0, 1.6}) {
        CHECK(close(ineq::esteban_ray(std::vector{0, 2, 0, 2}, a), std::pow(0.5, a)));
        CHECK(close(ineq::esteban_ray_groups(std::vector{0.0, 2.0}, std::vector{3, 3}, a), std::pow(0.5, a)));
    }
    // alpha = 0 is twice the Gini.
    CHECK(close(ineq::esteban_ray(ineq_test::table1_cooperative, 0.0), 2.0 * ineq::gini(ineq_test::table1_cooperative)));
    // Groups at 2 and 12 (means of {1, 3} and {10, 14}), shares 1/2, mu = 7: 2 * 0.25 * 0.5 * 10 / 7 = 5/14.
    CHECK(close(ineq::esteban_ray_by_group(std::vector{1, 3, 10, 14}, std::vector<std::string>{"a", "a", "b", "b"}, 1.0),
                5.0 / 14));
    // Unequal shares 1/4, 3/4 at 0 and 4, mu = 3, alpha = 1:
    // (0.25^2 * 0.75 * 4 + 0.75^2 * 0.25 * 4) / 3 = (0.1875 + 0.5625) / 3 = 0.25.
    CHECK(close(ineq::esteban_ray_groups(std::vector{4.0, 0.0}, std::vector{0.75, 0.25}, 1.0), 0.25));
    // One group (all equal): 0.
    CHECK(ineq::esteban_ray(std::vector{5, 5, 5}, 1.0) == 0.0);
}

TEST_CASE("esteban_ray: Table 1 against the direct double sum") {
    const double expect[] = {1.3058431365632552, 0.23854089058864986, 0.043860362787305214, 0.0058161614417764655};
    const double alphas[] = {0.0, 0.5, 1.0, 1.6};
    for (int k = 0; k < 4; ++k) {
        CHECK(close(ineq::esteban_ray(ineq_test::table1_cooperative, alphas[k]), expect[k]));
    }
    std::vector<int> g;
    for (int i = 0; i < 31; ++i) g.push_back(i % 4);
    CHECK(close(ineq::esteban_ray_by_group(ineq_test::table1_cooperative, g, 0.5), 0.176098019365007));
    CHECK(close(ineq::esteban_ray_by_group(ineq_test::table1_cooperative, g, 1.6), 0.03873684059306266));
}

TEST_CASE("wolfson: closed forms and Table 1") {
    // {1, 2, 3, 4}: mu = m = 2.5, L(1/2) = 3/10, G = 1/4: P = 2 (1 - 0.6 - 0.25) = 0.3.
    CHECK(close(ineq::wolfson(std::vector{4, 1, 3, 2}), 0.3));
    // Half at 0, half at 1 (median 1/2, mu 1/2, L = 0, G = 1/2): P = 1.
    CHECK(close(ineq::wolfson(std::vector{0, 0, 1, 1}), 1.0));
    CHECK(ineq::wolfson(std::vector{3, 3, 3}) == 0.0);
    // Odd N: {1, 2, 6}: median 2, mu 3, L(1/2) = (1 + 2/2) / 9 = 2/9, G = (1 + 5 + 4) * 2 / (2 * 9 * 3) = 10/27:
    // P = 2 * 1.5 * (1 - 4/9 - 10/27) = 3 * 5/27 = 5/9.
    CHECK(close(ineq::wolfson(std::vector{6, 1, 2}), 5.0 / 9));
    CHECK(close(ineq::wolfson(ineq_test::table1_cooperative), 0.7430002661955812));
}

TEST_CASE("polarisation: errors") {
    using ineq_test::message_of;
    CHECK(message_of([] { (void)ineq::esteban_ray(std::vector{1, 2}, -1.0); }) ==
          "ineq::esteban_ray: alpha must be finite and non-negative (got -1)");
    CHECK(message_of([] { (void)ineq::esteban_ray(std::vector{1, -2}, 1.0); }) ==
          "ineq::esteban_ray: values must be non-negative (index 1, value -2)");
    CHECK(message_of([] { (void)ineq::esteban_ray_groups(std::vector{1.0, 2.0}, std::vector{1.0}, 1.0); }) ==
          "ineq::esteban_ray_groups: values and weights must have the same length; number of weights (got 1)");
    CHECK(message_of([] { (void)ineq::esteban_ray_by_group(std::vector{1, 2}, std::vector{0}, 1.0); }) ==
          "ineq::esteban_ray_by_group: values and labels must have the same length; number of labels (got 1)");
    CHECK(message_of([] { (void)ineq::wolfson(std::vector{0, 0, 1}); }) ==
          "ineq::wolfson: the median must be positive (it divides the index)");
    CHECK(message_of([] { (void)ineq::wolfson(std::vector{1}); }) == "ineq::wolfson: needs at least two values; got (got 1)");
}
