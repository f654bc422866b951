#include <ineq/measures/concentration.hpp>
#include <ineq/measures/gini.hpp>

#include "study_data.hpp"

#include <doctest/doctest.h>

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <deque>
#include <random>
#include <span>
#include <vector>

// Reference values for the Table 1 column come from numpy, with the preamble
//   PRE='import numpy as np; x=np.array([7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,107,1364,598,194,18,2,26,125,797,31,127,11,24,418],float); N=len(x); s=x/x.sum(); L=lambda p: np.interp(p, np.arange(N+1)/N, np.concatenate([[0],np.cumsum(np.sort(x))])/x.sum())'
// (L is the Lorenz curve interpolated linearly between its points (i/N, W_i).)

namespace {
bool close(double a, double b) { return std::abs(a - b) <= 1e-12 * std::abs(b) + 1e-14; }
}  // namespace

TEST_CASE("hoover and herfindahl: closed forms") {
    CHECK(ineq::hoover(std::vector{0, 0, 0, 10}) == doctest::Approx(0.75).epsilon(1e-15));
    CHECK(ineq::hoover(std::vector{1, 3}) == doctest::Approx(0.25).epsilon(1e-15));
    CHECK(ineq::hoover(std::vector{5, 5, 5}) == 0.0);
    CHECK(ineq::hoover(std::vector{5}) == 0.0);
    CHECK(ineq::herfindahl(std::vector{1, 3}) == doctest::Approx(0.625).epsilon(1e-15));
    CHECK(ineq::herfindahl(std::vector{0, 0, 7}) == 1.0);
    CHECK(ineq::herfindahl(std::vector{2, 2, 2, 2}) == doctest::Approx(0.25).epsilon(1e-15));
    CHECK(ineq::herfindahl(std::vector{3}) == 1.0);
    CHECK(ineq::normalized_herfindahl(std::vector{1, 3}) == doctest::Approx(0.25).epsilon(1e-15));
    CHECK(ineq::normalized_herfindahl(std::vector{0, 0, 7}) == 1.0);
    CHECK(std::abs(ineq::normalized_herfindahl(std::vector{2, 2, 2})) < 1e-15);
    // Table 1: /usr/bin/python3 -c "$PRE; print(0.5*np.abs(s-1/N).sum(), (s**2).sum(),
    //   ((s**2).sum()-1/N)/(1-1/N))" -> 0.5079278294149809 0.11373135082876776 0.08418906252306002
    const auto& t = ineq_test::table1_cooperative;
    CHECK(ineq::hoover(t) == doctest::Approx(0.5079278294149809).epsilon(1e-12));
    CHECK(ineq::herfindahl(t) == doctest::Approx(0.11373135082876776).epsilon(1e-12));
    CHECK(ineq::normalized_herfindahl(t) == doctest::Approx(0.08418906252306002).epsilon(1e-12));
}

TEST_CASE("concentration_ratio, top_share, bottom_share, palma_ratio: closed forms") {
    const std::vector<int> v{4, 1, 3, 2};  // total 10
    CHECK(ineq::concentration_ratio(v, 1) == doctest::Approx(0.4).epsilon(1e-15));
    CHECK(ineq::concentration_ratio(v, 2) == doctest::Approx(0.7).epsilon(1e-15));
    CHECK(ineq::concentration_ratio(v, 4) == 1.0);
    CHECK(ineq::top_share(v, 0.25) == doctest::Approx(0.4).epsilon(1e-15));
    CHECK(ineq::top_share(v, 0.1) == doctest::Approx(0.16).epsilon(1e-14));   // 0.4 of the largest unit
    CHECK(ineq::top_share(v, 0.3) == doctest::Approx(0.46).epsilon(1e-14));   // 4 + 0.2 * 3
    CHECK(ineq::top_share(v, 0.0) == 0.0);
    CHECK(ineq::top_share(v, 1.0) == 1.0);
    CHECK(ineq::bottom_share(v, 0.5) == doctest::Approx(0.3).epsilon(1e-15));
    CHECK(ineq::bottom_share(v, 0.4) == doctest::Approx(0.22).epsilon(1e-14));  // 1 + 0.6 * 2
    CHECK(ineq::bottom_share(v, 0.0) == 0.0);
    CHECK(ineq::bottom_share(v, 1.0) == 1.0);
    // Equal values: shares equal the fractions, Palma = 0.1 / 0.4.
    const std::vector<double> eq(10, 3.0);
    CHECK(ineq::palma_ratio(eq) == doctest::Approx(0.25).epsilon(1e-14));
    CHECK(ineq::top_share(eq, 0.37) == doctest::Approx(0.37).epsilon(1e-14));
    CHECK(ineq::palma_ratio(std::vector{5}) == doctest::Approx(0.25).epsilon(1e-14));
    // {1..10}: top 10 % = 10/55, bottom 40 % = 10/55: Palma 1.
    CHECK(ineq::palma_ratio(std::vector{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}) == doctest::Approx(1.0).epsilon(1e-14));
    // Table 1: /usr/bin/python3 -c "$PRE; print(np.sort(x)[::-1][:4].sum()/x.sum(), 1-L(0.9), L(0.4),
    //   (1-L(0.9))/L(0.4))" -> 0.5790049207217058 0.5104428649535264 0.04742117732823037 10.764027671022287
    const auto& t = ineq_test::table1_cooperative;
    CHECK(ineq::concentration_ratio(t, 4) == doctest::Approx(0.5790049207217058).epsilon(1e-12));
    CHECK(ineq::top_share(t, 0.1) == doctest::Approx(0.5104428649535264).epsilon(1e-12));
    CHECK(ineq::bottom_share(t, 0.4) == doctest::Approx(0.04742117732823037).epsilon(1e-12));
    CHECK(ineq::palma_ratio(t) == doctest::Approx(10.764027671022287).epsilon(1e-12));
}

TEST_CASE("concentration: bad input") {
    const std::vector<double> empty;
    CHECK_THROWS_WITH_AS((void)ineq::hoover(empty), doctest::Contains("ineq::hoover: needs at least one"),
                         ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::herfindahl(empty), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::normalized_herfindahl(empty), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::concentration_ratio(empty, 1), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::top_share(empty, 0.1), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::bottom_share(empty, 0.1), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::palma_ratio(empty), ineq::domain_error);
    const std::vector<int> zeros{0, 0, 0};
    CHECK_THROWS_WITH_AS((void)ineq::hoover(zeros), doctest::Contains("total must be positive"), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::herfindahl(zeros), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::concentration_ratio(zeros, 1), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::top_share(zeros, 0.5), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::palma_ratio(zeros), ineq::domain_error);
    const std::vector<double> neg{1.0, -1.0};
    CHECK_THROWS_WITH_AS((void)ineq::herfindahl(neg), doctest::Contains("(index 1, value -1)"), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::bottom_share(neg, 0.5), ineq::domain_error);
    const std::vector<double> nan{1.0, std::nan("")};
    CHECK_THROWS_WITH_AS((void)ineq::hoover(nan), doctest::Contains("finite"), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::palma_ratio(std::vector{1.0, HUGE_VAL}), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::normalized_herfindahl(std::vector{4}), doctest::Contains("at least two"),
                         ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::concentration_ratio(std::vector{1, 2}, 0), doctest::Contains("k must lie"),
                         ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::concentration_ratio(std::vector{1, 2}, 3), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::top_share(std::vector{1, 2}, 1.5), doctest::Contains("[0, 1]"),
                         ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::top_share(std::vector{1, 2}, -0.1), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::bottom_share(std::vector{1, 2}, std::nan("")), ineq::domain_error);
    // Palma with an empty bottom 40 %: infinite ratio, reported.
    CHECK_THROWS_WITH_AS((void)ineq::palma_ratio(std::vector{0, 0, 0, 0, 0, 1, 2, 3, 4, 5}),
                         doctest::Contains("bottom 40 %"), ineq::domain_error);
}

TEST_CASE("concentration: properties on seeded random inputs") {
    std::mt19937_64 rng(4242);
    for (int trial = 0; trial < 3000; ++trial) {
        const auto n = 1 + static_cast<std::size_t>(rng() % 50);
        std::vector<double> v(n);
        for (auto& x : v) x = static_cast<double>(rng() % 300) + static_cast<double>(rng() % 7) / 7.0;
        if (std::all_of(v.begin(), v.end(), [](double a) { return a == 0.0; })) v[0] = 2.0;
        const double dn = static_cast<double>(n);
        const double h = ineq::hoover(v);
        const double hh = ineq::herfindahl(v);
        CHECK(h >= 0.0);
        CHECK(h <= 1.0 - 1.0 / dn + 1e-15);
        CHECK(hh >= 1.0 / dn);
        CHECK(hh <= 1.0);
        // Hoover is the largest gap of the Lorenz curve from the diagonal, and never above the Gini.
        CHECK(h <= ineq::gini(v) + 1e-12);
        const double p = static_cast<double>(rng() % 1001) / 1000.0;
        const double top = ineq::top_share(v, p);
        CHECK(close(top + ineq::bottom_share(v, 1.0 - p), 1.0));
        CHECK(top >= p - 1e-12);  // the richest fraction p hold at least p
        CHECK(ineq::bottom_share(v, p) <= p + 1e-12);
        auto perm = v;
        std::shuffle(perm.begin(), perm.end(), rng);
        CHECK(close(ineq::hoover(perm), h));
        CHECK(close(ineq::herfindahl(perm), hh));
        CHECK(close(ineq::top_share(perm, p), top));
        auto scaled = v;
        for (auto& x : scaled) x *= 13.0;
        CHECK(close(ineq::hoover(scaled), h));
        CHECK(close(ineq::top_share(scaled, p), top));
        // Replication: shares of fractions and Hoover are invariant; HHI halves.
        auto twice = v;
        twice.insert(twice.end(), v.begin(), v.end());
        CHECK(close(ineq::hoover(twice), h));
        CHECK(close(ineq::top_share(twice, p), top));
        CHECK(close(ineq::herfindahl(twice), hh / 2));
        const auto k = 1 + static_cast<std::size_t>(rng() % n);
        CHECK(close(ineq::concentration_ratio(v, k), ineq::top_share(v, static_cast<double>(k) / dn)));
        // Pigou-Dalton: a transfer from the largest to the smallest lowers HHI strictly and
        // never raises Hoover or the top share.
        auto q = v;
        std::sort(q.begin(), q.end());
        const double gap = q.back() - q.front();
        if (gap > 1e-6) {
            auto moved = q;
            moved.front() += gap / 4;
            moved.back() -= gap / 4;
            CHECK(ineq::herfindahl(moved) < ineq::herfindahl(q));
            CHECK(ineq::hoover(moved) <= ineq::hoover(q) + 1e-15);
            CHECK(ineq::top_share(moved, p) <= ineq::top_share(q, p) + 1e-15);
        }
    }
    // Other ranges: a deque, Eigen vectors and arrays, a span over part of a buffer; none is reordered.
    const std::deque<int> d{4, 1, 3, 2};
    CHECK(ineq::concentration_ratio(d, 2) == doctest::Approx(0.7));
    Eigen::VectorXd ev(4);
    ev << 4, 1, 3, 2;
    CHECK(ineq::top_share(ev, 0.25) == doctest::Approx(0.4));
    CHECK(ev(0) == 4.0);
    Eigen::ArrayXi ea(4);
    ea << 4, 1, 3, 2;
    CHECK(ineq::herfindahl(ea) == doctest::Approx(0.3));
    std::vector<int> big{9, 4, 1, 3, 2, 9};
    CHECK(ineq::hoover(std::span<const int>(big).subspan(1, 4)) == doctest::Approx(0.2));
}

TEST_CASE("concentration: totals among subnormals keep their shares") {
    // {5e-324, 0}: the top tenth of two units is a fifth of the top unit, 0.2 of the total,
    // at any scale; 0.2 * 5e-324 itself underflows to 0.
    const std::vector tiny{std::numeric_limits<double>::denorm_min(), 0.0};
    CHECK(ineq::top_share(tiny, 0.1) == doctest::Approx(0.2).epsilon(1e-15));
    CHECK(ineq::bottom_share(tiny, 0.5) == 0.0);
    CHECK(ineq::herfindahl(tiny) == 1.0);
    // Palma ratio of a bottom 40 % that holds almost nothing: the ratio overflows, which is
    // reported rather than returned as infinity.
    std::vector<double> skewed(10, 0.0);
    skewed[0] = std::numeric_limits<double>::denorm_min();
    skewed[9] = std::numeric_limits<double>::max();
    CHECK_THROWS_AS((void)ineq::palma_ratio(skewed), ineq::domain_error);
}
