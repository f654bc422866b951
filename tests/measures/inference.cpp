#include <ineq/measures/inference.hpp>
#include <ineq/measures/gini.hpp>
#include <ineq/measures/weighted.hpp>

#include "error_message.hpp"
#include "study_data.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <random>
#include <vector>

namespace {

bool close(double a, double b, double tol) { return std::abs(a - b) <= tol * std::abs(b); }

std::vector<double> table1() { return {ineq_test::table1_cooperative.begin(), ineq_test::table1_cooperative.end()}; }

// The jackknife standard error by its definition: the Gini recomputed without each record by
// the library's plain (weighted_)gini, then sqrt((m - 1)/m * sum (G_(k) - mean)^2).
double direct_jackknife(const std::vector<double>& x, const std::vector<double>& w) {
    std::vector<double> loo;
    for (std::size_t k = 0; k < x.size(); ++k) {
        if (w[k] == 0.0) continue;
        std::vector<double> xs;
        std::vector<double> ws;
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (i != k) {
                xs.push_back(x[i]);
                ws.push_back(w[i]);
            }
        }
        loo.push_back(ineq::weighted_gini(xs, ws));
    }
    double mean = 0.0;
    for (const double g : loo) mean += g;
    mean /= static_cast<double>(loo.size());
    double ss = 0.0;
    for (const double g : loo) ss += (g - mean) * (g - mean);
    const auto m = static_cast<double>(loo.size());
    return std::sqrt((m - 1.0) / m * ss);
}

// x_i = ((7919 i) mod 1009 + 1)^2 / 1000, w_i = 1 + i mod 5, i = 1..1000 (the R script below).
void deterministic_sample(std::vector<double>& x, std::vector<double>& w) {
    for (int i = 1; i <= 1000; ++i) {
        const double v = (i * 7919) % 1009 + 1;
        x.push_back(v * v / 1000.0);
        w.push_back(1.0 + i % 5);
    }
}

}  // namespace

TEST_CASE("gini_jackknife: against a direct leave-one-out loop") {
    const auto x = table1();
    const std::vector<double> ones(x.size(), 1.0);
    const auto j = ineq::gini_jackknife(x);
    CHECK(j.records == 31);
    CHECK(close(j.estimate, ineq::gini(x), 1e-14));
    CHECK(close(j.standard_error, direct_jackknife(x, ones), 1e-9));
    // By hand for {1, 2, 3, 4}: leave-one-out Ginis of {2,3,4}, {1,3,4}, {1,2,4}, {1,2,3} are
    // (sum over ordered pairs of |diffs|) / (2 n^2 mu) = 8/54, 12/48, 12/42, 8/36 = 4/27, 1/4, 2/7, 2/9.
    const double g[] = {4.0 / 27, 1.0 / 4, 2.0 / 7, 2.0 / 9};
    const double m = (g[0] + g[1] + g[2] + g[3]) / 4;
    double ss = 0.0;
    for (const double v : g) ss += (v - m) * (v - m);
    CHECK(close(ineq::gini_jackknife(std::vector{1, 2, 3, 4}).standard_error, std::sqrt(0.75 * ss), 1e-12));
    // Weighted, with ties and a zero weight, on random data.
    std::mt19937_64 rng(9);
    std::poisson_distribution<int> count(3.0);
    std::uniform_real_distribution<double> weight(0.2, 5.0);
    for (int rep = 0; rep < 20; ++rep) {
        const std::size_t n = 3 + static_cast<std::size_t>(rep) * 13;
        std::vector<double> xs(n);
        std::vector<double> ws(n);
        for (std::size_t i = 0; i < n; ++i) {
            xs[i] = count(rng);
            ws[i] = i % 7 == 3 ? 0.0 : weight(rng);
        }
        xs[0] = xs[1] = 5.0;
        const auto e = ineq::weighted_gini_jackknife(xs, ws);
        CHECK(close(e.estimate, ineq::weighted_gini(xs, ws), 1e-14));
        CHECK(close(e.standard_error, direct_jackknife(xs, ws), 1e-8));
    }
}

TEST_CASE("gini_linearised: against a direct O(n^2) numpy implementation of Langel and Tille") {
    // z_k = (sum_l w_l |x_k - x_l| - G (Y + W x_k)) / (W Y),  se = sqrt(m/(m-1) sum (w z - mean)^2):
    // /usr/bin/python3 - <<'P'
    // import numpy as np
    // x=np.array([7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,107,1364,598,194,18,2,26,125,797,31,127,11,24,418],float)
    // def lt(x,w):
    //   W=w.sum(); Y=(w*x).sum(); A=np.abs(x[:,None]-x[None,:])
    //   G=(w[:,None]*w[None,:]*A).sum()/(2*W*Y)
    //   z=((A*w[None,:]).sum(1)-G*(Y+W*x))/(W*Y); u=w*z; m=len(x)
    //   return G,np.sqrt(m/(m-1)*((u-u.mean())**2).sum())
    // print(lt(x,np.ones(31))); print(lt(x,np.array([1+(i%3) for i in range(31)],float)))
    // n=1000; i=np.arange(1,n+1); print(lt(((i*7919)%1009+1)**2/1000, 1.0+i%5))
    // P
    // -> (0.6529215682816275, 0.05037093984310172)
    //    (0.6301716161245832, 0.051436911527870846)
    //    (0.49895340776627906, 0.010240808340691047)
    const auto x = table1();
    const auto l = ineq::gini_linearised(x);
    CHECK(close(l.estimate, 0.6529215682816275, 1e-14));
    CHECK(close(l.standard_error, 0.05037093984310172, 1e-12));
    std::vector<double> w;
    for (int i = 0; i < 31; ++i) w.push_back(1 + i % 3);
    const auto lw = ineq::weighted_gini_linearised(x, w);
    CHECK(close(lw.estimate, 0.6301716161245832, 1e-14));
    CHECK(close(lw.standard_error, 0.051436911527870846, 1e-12));
    std::vector<double> big;
    std::vector<double> bw;
    deterministic_sample(big, bw);
    const auto lb = ineq::weighted_gini_linearised(big, bw);
    CHECK(close(lb.standard_error, 0.010240808340691047, 1e-11));
    // R laeken 0.5.2, naive bootstrap of the same weighted Gini (2000 replicates):
    //   Rscript -e 'library(laeken); n <- 1000; i <- 1:n; df <- data.frame(x = ((i * 7919) %% 1009 + 1)^2 / 1000, w = 1 + i %% 5);
    //     g <- gini("x", weights = "w", data = df); v <- variance("x", weights = "w", data = df, indicator = g,
    //     R = 2000, bootType = "naive", seed = 1); print(g$value, digits = 15); print(sqrt(v$var) / 100, digits = 10)'
    //   -> 49.8953407766279  0.01053863689
    // (laeken offers only bootstrap variances; its Monte Carlo error at 2000 replicates is about 1.6 %.)
    CHECK(close(lb.estimate, 0.498953407766279, 1e-13));
    CHECK(close(lb.standard_error, 0.01053863689, 0.05));
}

TEST_CASE("gini_linearised: close to Davidson (2009) and to the jackknife") {
    // Davidson's estimator, Z_i = -(G+1) y_(i) + (2i-1)/n y_(i) - (2/n) sum_{j<=i} y_(j),
    // var = sum (Z - mean Z)^2 / (n mu)^2, differs by O(1/n):
    // /usr/bin/python3 -c "import numpy as np; n=1000; i=np.arange(1,n+1); y=np.sort(((i*7919)%1009+1)**2/1000); mu=y.mean();
    //   G=2/(n*n*mu)*(y*(i-0.5)).sum()-1; Z=-(G+1)*y+(2*i-1)/n*y-2/n*np.cumsum(y); print(G, np.sqrt(((Z-Z.mean())**2).sum())/(n*mu))"
    //   -> 0.4987013250602428 0.009264640475102053
    std::vector<double> x;
    std::vector<double> w;
    deterministic_sample(x, w);
    const auto l = ineq::gini_linearised(x);
    CHECK(close(l.estimate, 0.4987013250602428, 1e-13));
    CHECK(close(l.standard_error, 0.009264640475102053, 0.005));
    CHECK(close(ineq::gini_jackknife(x).standard_error, l.standard_error, 0.01));
    CHECK(close(ineq::weighted_gini_jackknife(x, w).standard_error,
                ineq::weighted_gini_linearised(x, w).standard_error, 0.01));
    // Heavy tails: lognormal(0, 1.5), n = 5000.
    std::mt19937_64 rng(2009);
    std::lognormal_distribution<double> ln(0.0, 1.5);
    std::vector<double> y(5000);
    for (double& v : y) v = ln(rng);
    CHECK(close(ineq::gini_jackknife(y).standard_error, ineq::gini_linearised(y).standard_error, 0.03));
}

TEST_CASE("gini_change: independent samples") {
    std::vector<double> x;
    std::vector<double> w;
    deterministic_sample(x, w);
    const auto t = table1();
    const auto c = ineq::gini_change(x, t);
    const auto a = ineq::gini_linearised(x);
    const auto b = ineq::gini_linearised(t);
    CHECK(c.change == b.estimate - a.estimate);
    CHECK(close(c.standard_error, std::sqrt(a.standard_error * a.standard_error + b.standard_error * b.standard_error), 1e-14));
    CHECK(close(c.z, c.change / c.standard_error, 1e-14));
    // p = erfc(|z|/sqrt 2): for z = 1.959963984540054, p = 0.05 (the normal 97.5 % point).
    CHECK(close(c.p_value, std::erfc(std::abs(c.z) / std::sqrt(2.0)), 1e-14));
    const auto j = ineq::gini_change(x, t, ineq::gini_variance::jackknife);
    CHECK(close(j.before.standard_error, ineq::gini_jackknife(x).standard_error, 1e-14));
    const auto wc = ineq::weighted_gini_change(x, w, x, w);
    CHECK(wc.change == 0.0);
    CHECK(wc.z == 0.0);
    CHECK(wc.p_value == 1.0);
    // Equal values in both periods: zero change, zero error, z = 0.
    const auto flat = ineq::gini_change(std::vector{2, 2, 2}, std::vector{5, 5});
    CHECK(flat.standard_error == 0.0);
    CHECK(flat.p_value == 1.0);
}

TEST_CASE("inference: errors") {
    using ineq_test::message_of;
    CHECK(message_of([] { (void)ineq::gini_jackknife(std::vector{1.0}); }) ==
          "ineq::gini_jackknife: needs at least two values with a positive weight; got (got 1)");
    CHECK(message_of([] { (void)ineq::gini_jackknife(std::vector{0.0, 3.0}); }) ==
          "ineq::gini_jackknife: deleting one record leaves only zeros, so the jackknife is undefined; value of that record (got 3)");
    CHECK(message_of([] { (void)ineq::gini_linearised(std::vector{1.0, -1.0}); }) ==
          "ineq::gini_linearised: values must be non-negative (index 1, value -1)");
    CHECK(message_of([] { (void)ineq::weighted_gini_linearised(std::vector{1.0, 2.0}, std::vector{1.0, 0.0}); }) ==
          "ineq::weighted_gini_linearised: needs at least two values with a positive weight; got (got 1)");
    CHECK(message_of([] { (void)ineq::gini_change(std::vector{1.0, 2.0}, std::vector<double>{}); }) ==
          "ineq::gini_change: needs at least one value, got an empty range");
}
