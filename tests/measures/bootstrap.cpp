#include <ineq/measures/bootstrap.hpp>
#include <ineq/measures/atkinson.hpp>
#include <ineq/measures/dispersion.hpp>
#include <ineq/measures/gini.hpp>

#include "study_data.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <stdexcept>
#include <vector>

namespace {
std::vector<double> table1() { return {ineq_test::table1_cooperative.begin(), ineq_test::table1_cooperative.end()}; }
}  // namespace

TEST_CASE("bootstrap: the engine and the portable index draw") {
    // The C++ standard fixes mt19937_64: the 10000th output of a default-constructed engine
    // is 9981545732273789042 ([rand.predef]).
    std::mt19937_64 e;
    e.discard(9999);
    CHECK(e() == 9981545732273789042ULL);
    // The first output for the default seed 5489 is 14514284786278117030; it is accepted for
    // n = 10 and n = 7 (it is above 2^64 mod n), so the index is that output mod n:
    //   /usr/bin/python3 -c "print(14514284786278117030 % 10, 14514284786278117030 % 7, 2**64 % 7)" -> 0 1 2
    std::mt19937_64 a;
    CHECK(ineq::detail::portable_index(a, 10) == 0);
    std::mt19937_64 b;
    CHECK(ineq::detail::portable_index(b, 7) == 1);
    // n = 1 always gives 0; the draw is uniform (chi-square with 6 degrees of freedom, 70 000
    // draws: 99.9 % quantile 22.46).
    std::mt19937_64 c(3);
    CHECK(ineq::detail::portable_index(c, 1) == 0);
    std::vector<int> counts(7, 0);
    for (int i = 0; i < 70000; ++i) counts[ineq::detail::portable_index(c, 7)]++;
    double chi2 = 0.0;
    for (int k : counts) chi2 += (k - 10000.0) * (k - 10000.0) / 10000.0;
    CHECK(chi2 < 22.46);
}

TEST_CASE("bootstrap: normal quantile") {
    // /usr/bin/python3 -c "from scipy.stats import norm; print(norm.ppf(0.975), norm.ppf(0.001), norm.ppf(0.6))"
    //   -> 1.959963984540054 -3.090232306167813 0.2533471031357997
    CHECK(ineq::detail::normal_quantile(0.975) == doctest::Approx(1.959963984540054).epsilon(1e-13));
    CHECK(ineq::detail::normal_quantile(0.001) == doctest::Approx(-3.090232306167813).epsilon(1e-13));
    CHECK(ineq::detail::normal_quantile(0.6) == doctest::Approx(0.2533471031357997).epsilon(1e-13));
}

TEST_CASE("bootstrap_ci: intervals for the Table 1 Gini against scipy") {
    // /usr/bin/python3 with scipy 1.x (own random draws, so only Monte Carlo agreement is expected):
    //   import numpy as np; from scipy import stats
    //   x=np.array([7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,107,1364,598,194,18,2,26,125,797,31,127,11,24,418],float)
    //   def gini(v, axis=-1):
    //       v=np.sort(v, axis=axis); n=v.shape[axis]; i=np.arange(1,n+1)
    //       return (2*(i*v).sum(axis=axis)-(n+1)*v.sum(axis=axis))/(n*v.sum(axis=axis))
    //   for m in ('percentile','BCa'):
    //       r=stats.bootstrap((x,), gini, n_resamples=20000, method=m, random_state=np.random.default_rng(1))
    //       print(m, r.confidence_interval.low, r.confidence_interval.high, r.standard_error)
    //   -> percentile 0.5001962148751485 0.7175746991379972 0.05576949396757315
    //      BCa 0.5720060285319852 0.7646558594166557 0.05576949396757315
    ineq::bootstrap_options opts;
    opts.replicates = 20000;
    const auto p = ineq::bootstrap_ci(ineq_test::table1_cooperative, ineq::gini, opts);
    CHECK(p.estimate == doctest::Approx(ineq_test::table1_gini).epsilon(1e-12));
    CHECK(p.replicates == 20000);
    CHECK(p.lower == doctest::Approx(0.5001962148751485).epsilon(0.02));
    CHECK(p.upper == doctest::Approx(0.7175746991379972).epsilon(0.02));
    CHECK(p.standard_error == doctest::Approx(0.05576949396757315).epsilon(0.03));
    CHECK(p.bias < 0.0);  // the resampled Gini is biased downwards
    opts.method = ineq::bootstrap_method::bca;
    const auto b = ineq::bootstrap_ci(table1(), [](auto const& v) { return ineq::gini(v); }, opts);
    CHECK(b.lower == doctest::Approx(0.5720060285319852).epsilon(0.02));
    CHECK(b.upper == doctest::Approx(0.7646558594166557).epsilon(0.02));
    CHECK(b.lower > p.lower);  // the bias correction shifts the interval up
    // The function-pointer spelling of the brief also works.
    opts.replicates = 200;
    const auto q = ineq::bootstrap_ci(table1(), &ineq::gini<const std::vector<double>&>, opts);
    const auto r = ineq::bootstrap_ci(table1(), ineq::gini, opts);
    CHECK(q.lower == r.lower);
    CHECK(q.upper == r.upper);
}

TEST_CASE("bootstrap_ci: percentile interval of the mean matches the normal theory") {
    // For the mean of n values the bootstrap distribution has sd = population_sd / sqrt(n):
    // the 95 % percentile interval is close to mean -+ 1.96 * that for large n.
    std::mt19937_64 rng(11);
    std::vector<double> x(400);
    for (auto& v : x) v = static_cast<double>(rng() % 1000);
    ineq::bootstrap_options opts;
    opts.replicates = 4000;
    opts.seed = 99;
    const auto ci = ineq::bootstrap_ci(x, ineq::mean, opts);
    const double se = ineq::population_sd(x) / std::sqrt(400.0);
    CHECK(ci.standard_error == doctest::Approx(se).epsilon(0.05));
    CHECK(ci.lower == doctest::Approx(ineq::mean(x) - 1.959963984540054 * se).epsilon(0.01));
    CHECK(ci.upper == doctest::Approx(ineq::mean(x) + 1.959963984540054 * se).epsilon(0.01));
    opts.method = ineq::bootstrap_method::bca;
    const auto bca = ineq::bootstrap_ci(x, ineq::mean, opts);
    CHECK(bca.lower == doctest::Approx(ci.lower).epsilon(0.01));
    CHECK(bca.upper == doctest::Approx(ci.upper).epsilon(0.01));
}

TEST_CASE("bootstrap_ci: reproducible from the seed") {
    ineq::bootstrap_options opts;
    opts.replicates = 500;
    opts.seed = 7;
    const auto atk = [](auto const& v) { return ineq::atkinson(v, 0.5); };
    const auto a = ineq::bootstrap_ci(table1(), atk, opts);
    const auto b = ineq::bootstrap_ci(table1(), atk, opts);
    CHECK(a.lower == b.lower);
    CHECK(a.upper == b.upper);
    CHECK(a.standard_error == b.standard_error);
    opts.seed = 8;
    const auto c = ineq::bootstrap_ci(table1(), atk, opts);
    CHECK((c.lower != a.lower || c.upper != a.upper));
    // Higher confidence, wider interval (same draws).
    opts.confidence = 0.99;
    const auto d = ineq::bootstrap_ci(table1(), atk, opts);
    CHECK(d.lower <= c.lower);
    CHECK(d.upper >= c.upper);
    CHECK(d.lower <= d.estimate);
}

TEST_CASE("bootstrap_ci: bad input") {
    const std::vector<double> one{3.0};
    CHECK_THROWS_WITH_AS((void)ineq::bootstrap_ci(one, ineq::gini), doctest::Contains("ineq::bootstrap_ci: needs at least two"),
                         ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::bootstrap_ci(std::vector<double>{}, ineq::gini), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::bootstrap_ci(std::vector{1.0, std::nan("")}, ineq::gini),
                         doctest::Contains("finite"), ineq::domain_error);
    ineq::bootstrap_options bad;
    bad.replicates = 1;
    CHECK_THROWS_WITH_AS((void)ineq::bootstrap_ci(table1(), ineq::gini, bad), doctest::Contains("two replicates"),
                         ineq::domain_error);
    bad = {};
    bad.confidence = 1.0;
    CHECK_THROWS_WITH_AS((void)ineq::bootstrap_ci(table1(), ineq::gini, bad), doctest::Contains("confidence"),
                         ineq::domain_error);
    bad.confidence = std::nan("");
    CHECK_THROWS_AS((void)ineq::bootstrap_ci(table1(), ineq::gini, bad), ineq::domain_error);
    // The measure fails on the data itself, on a replicate, or returns NaN.
    CHECK_THROWS_WITH_AS((void)ineq::bootstrap_ci(std::vector{0, 0, 0}, ineq::gini),
                         doctest::Contains("the measure failed on the original data 0: ineq::gini"), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::bootstrap_ci(std::vector{0, 0, 0, 0, 0, 0, 1}, ineq::gini),
                         doctest::Contains("bootstrap replicate"), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::bootstrap_ci(table1(), [](auto const&) { return std::nan(""); }),
                         doctest::Contains("not finite"), ineq::domain_error);
    double (*null)(const std::vector<double>&) = nullptr;
    CHECK_THROWS_WITH_AS((void)ineq::bootstrap_ci(table1(), null), doctest::Contains("null"), ineq::domain_error);
    // BCa with every replicate below the estimate: a measure that gives 1 on its first call
    // (the original data) and 0 afterwards.
    ineq::bootstrap_options bca;
    bca.method = ineq::bootstrap_method::bca;
    bca.replicates = 100;
    int calls = 0;
    CHECK_THROWS_WITH_AS((void)ineq::bootstrap_ci(std::vector{1.0, 2.0, 3.0},
                                                  [&calls](auto const&) { return calls++ == 0 ? 1.0 : 0.0; }, bca),
                         doctest::Contains("BCa is undefined"), ineq::domain_error);
    // The percentile interval of the same has lower == upper == 0.
    calls = 0;
    bca.method = ineq::bootstrap_method::percentile;
    const auto flat = ineq::bootstrap_ci(std::vector{1.0, 2.0, 3.0}, [&calls](auto const&) { return calls++ == 0 ? 1.0 : 0.0; }, bca);
    CHECK(flat.lower == 0.0);
    CHECK(flat.upper == 0.0);
}
