#include <ineq/measures/bootstrap.hpp>
#include <ineq/measures/atkinson.hpp>
#include <ineq/measures/dispersion.hpp>
#include <ineq/measures/gini.hpp>

#include <ineq/stats/resampling.hpp>

#include "error_message.hpp"
#include "study_data.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <new>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace {
std::vector<double> table1() { return {ineq_test::table1_cooperative.begin(), ineq_test::table1_cooperative.end()}; }
}  // namespace

TEST_CASE("bootstrap_ci: the same interval for every thread count") {
    // Replicate b draws from the stream (seed, b): threads change who computes it, not what.
    ineq::bootstrap_options one;
    one.replicates = 400;
    one.seed = 5;
    auto four = one;
    four.threads = 4;
    const auto a = ineq::bootstrap_ci(table1(), ineq::gini, one);
    const auto b = ineq::bootstrap_ci(table1(), ineq::gini, four);
    CHECK(a.lower == b.lower);
    CHECK(a.upper == b.upper);
    CHECK(a.standard_error == b.standard_error);
    CHECK(a.bias == b.bias);
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

namespace {

/// R type 7 quantile of sorted values.
double type7(const std::vector<double>& s, double p) {
    const double h = p * static_cast<double>(s.size() - 1);
    const auto lo = static_cast<std::size_t>(h);
    const auto hi = std::min(lo + 1, s.size() - 1);
    return s[lo] + (h - static_cast<double>(lo)) * (s[hi] - s[lo]);
}

/// Replays the resamples of {0, 0, 0, 0, 0, 0, 1} for `seed`: per replicate the number k of
/// ones drawn. k = 0 is an all-zero resample (no Gini); otherwise the resample holds
/// 7 - k zeros and k ones, whose Gini is (7 - k) / 7 in closed form (mean absolute
/// difference 2 k (7 - k) / 49 over twice the mean k / 7).
std::vector<int> ones_per_replicate(std::uint64_t seed, std::size_t replicates) {
    std::vector<int> ones;
    for (std::size_t b = 0; b < replicates; ++b) {
        ineq::stats::random_stream stream(seed, b);  // the documented stream of replicate b
        int k = 0;
        for (int i = 0; i < 7; ++i) {
            k += stream.below(7) == 6 ? 1 : 0;  // the 1 is the seventh value
        }
        ones.push_back(k);
    }
    return ones;
}

const std::vector<double> sparse{0, 0, 0, 0, 0, 0, 1};

}  // namespace

TEST_CASE("bootstrap_ci: degenerate replicates are skipped and counted, or fail, as chosen") {
    // Seed 2029: the replay below finds 680 all-zero resamples of 2000, the first at replicate 5.
    const std::uint64_t seed = 2029;
    const std::size_t replicates = 2000;
    const auto ones = ones_per_replicate(seed, replicates);
    std::size_t all_zero = 0;
    std::vector<double> gini;
    for (const int k : ones) {
        if (k == 0) {
            ++all_zero;
        } else {
            gini.push_back((7.0 - k) / 7.0);
        }
    }
    REQUIRE(all_zero == 680);
    // The replay itself: P(all zero) = (6/7)^7 = 0.33992; 2000 draws give 680 +- 21 (1 sd).
    CHECK(std::abs(static_cast<double>(all_zero) - 2000.0 * std::pow(6.0 / 7.0, 7.0)) < 4.0 * 21.2);

    ineq::bootstrap_options opts;
    opts.replicates = replicates;
    opts.seed = seed;
    opts.degenerate = ineq::bootstrap_degenerate::skip;
    const auto ci = ineq::bootstrap_ci(sparse, ineq::gini, opts);
    CHECK(ci.skipped == all_zero);
    CHECK(ci.replicates == replicates - all_zero);
    CHECK(ci.estimate == doctest::Approx(6.0 / 7.0).epsilon(1e-15));
    std::sort(gini.begin(), gini.end());
    CHECK(ci.lower == doctest::Approx(type7(gini, 0.025)).epsilon(1e-12));
    CHECK(ci.upper == doctest::Approx(type7(gini, 0.975)).epsilon(1e-12));
    double mean = 0.0;
    for (const double g : gini) mean += g;
    mean /= static_cast<double>(gini.size());
    double ss = 0.0;
    for (const double g : gini) ss += (g - mean) * (g - mean);
    CHECK(ci.standard_error == doctest::Approx(std::sqrt(ss / static_cast<double>(gini.size() - 1))).epsilon(1e-12));
    CHECK(ci.bias == doctest::Approx(mean - 6.0 / 7.0).epsilon(1e-12));

    // The default, fail: the first all-zero resample aborts, named by its replicate number.
    const auto first = static_cast<std::size_t>(std::find(ones.begin(), ones.end(), 0) - ones.begin());
    REQUIRE(first == 5);
    opts.degenerate = ineq::bootstrap_degenerate::fail;
    CHECK(ineq_test::message_of([&] { (void)ineq::bootstrap_ci(sparse, ineq::gini, opts); }) ==
          "ineq::bootstrap_ci: the measure failed on bootstrap replicate " + std::to_string(first) +
              ": ineq::gini: the total must be positive (all values are zero)");
    CHECK(ineq::bootstrap_options{}.degenerate == ineq::bootstrap_degenerate::fail);

    // With nothing degenerate, skip changes nothing.
    ineq::bootstrap_options plain;
    plain.replicates = 300;
    auto skipping = plain;
    skipping.degenerate = ineq::bootstrap_degenerate::skip;
    const auto a = ineq::bootstrap_ci(table1(), ineq::gini, plain);
    const auto b = ineq::bootstrap_ci(table1(), ineq::gini, skipping);
    CHECK(a.lower == b.lower);
    CHECK(a.upper == b.upper);
    CHECK(b.skipped == 0);
    CHECK(a.replicates == 300);
    CHECK(b.replicates == 300);

    // BCa over the usable replicates; the jackknife sample without the 1 is all zero, and
    // jackknife samples are never skipped.
    opts.degenerate = ineq::bootstrap_degenerate::skip;
    opts.method = ineq::bootstrap_method::bca;
    CHECK(ineq_test::message_of([&] { (void)ineq::bootstrap_ci(sparse, ineq::gini, opts); }) ==
          "ineq::bootstrap_ci: the measure failed on the jackknife sample without value 6: "
          "ineq::gini: the total must be positive (all values are zero)");
}

TEST_CASE("bootstrap_ci: at least half of the replicates must be usable") {
    // A measure defined on the original data and then undefined on its first `bad` calls.
    const auto failing_first = [](int bad) {
        return [bad, calls = -1](const std::vector<double>&) mutable {
            if (++calls > 0 && calls <= bad) {
                throw ineq::domain_error("ineq::test: undefined here");
            }
            return static_cast<double>(calls);
        };
    };
    ineq::bootstrap_options opts;
    opts.replicates = 10;
    opts.degenerate = ineq::bootstrap_degenerate::skip;
    const auto half = ineq::bootstrap_ci(table1(), failing_first(5), opts);  // 5 of 10 usable
    CHECK(half.skipped == 5);
    CHECK(half.replicates == 5);
    CHECK(half.lower == doctest::Approx(6.0 + 0.025 * 4.0));  // replicates 6..10, type 7
    CHECK(ineq_test::message_of([&] { (void)ineq::bootstrap_ci(table1(), failing_first(6), opts); }) ==
          "ineq::bootstrap_ci: too many degenerate replicates: the measure is undefined on 6 of 10 "
          "resamples, and at least half of them (and at least two) must be usable; the first failed "
          "with: ineq::test: undefined here");
    CHECK(ineq_test::message_of([&] { (void)ineq::bootstrap_ci(table1(), failing_first(10), opts); }) ==
          "ineq::bootstrap_ci: too many degenerate replicates: the measure is undefined on 10 of 10 "
          "resamples, and at least half of them (and at least two) must be usable; the first failed "
          "with: ineq::test: undefined here");
    // Two replicates, one usable: fewer than two.
    opts.replicates = 2;
    CHECK(ineq_test::message_of([&] { (void)ineq::bootstrap_ci(table1(), failing_first(1), opts); }) ==
          "ineq::bootstrap_ci: too many degenerate replicates: the measure is undefined on 1 of 2 "
          "resamples, and at least half of them (and at least two) must be usable; the first failed "
          "with: ineq::test: undefined here");
}

TEST_CASE("bootstrap_ci: only ineq::domain_error is caught; other exceptions pass through unchanged") {
    // Thrown on the original data (call 0) or on a replicate (call 3), with either policy.
    for (const int at : {0, 3}) {
        for (const auto policy : {ineq::bootstrap_degenerate::fail, ineq::bootstrap_degenerate::skip}) {
            ineq::bootstrap_options opts;
            opts.replicates = 20;
            opts.degenerate = policy;
            const auto throwing = [at](auto make) {
                return [at, make, calls = 0](const std::vector<double>&) mutable {
                    if (calls++ == at) {
                        make();
                    }
                    return 0.5;
                };
            };
            CHECK_THROWS_WITH_AS(
                (void)ineq::bootstrap_ci(table1(), throwing([] { throw std::runtime_error("measure's own"); }), opts),
                "measure's own", std::runtime_error);
            CHECK_THROWS_AS(
                (void)ineq::bootstrap_ci(table1(), throwing([] { throw std::bad_alloc(); }), opts),
                std::bad_alloc);
            // std::domain_error that is not ineq's passes through too, with its own text.
            CHECK_THROWS_WITH_AS(
                (void)ineq::bootstrap_ci(table1(), throwing([] { throw std::domain_error("plain std"); }), opts),
                "plain std", std::domain_error);
        }
    }
    // The jackknife (BCa): the measure throws on its last call, the last jackknife sample.
    ineq::bootstrap_options bca;
    bca.replicates = 20;
    bca.method = ineq::bootstrap_method::bca;
    int calls = 0;
    const auto last = [&calls](const std::vector<double>& v) {
        if (++calls == 1 + 20 + 31) {
            throw std::bad_alloc();
        }
        double sum = 0.0;
        for (const double x : v) sum += x;
        return sum / static_cast<double>(v.size());
    };
    CHECK_THROWS_AS((void)ineq::bootstrap_ci(table1(), last, bca), std::bad_alloc);
    CHECK(calls == 52);
}
