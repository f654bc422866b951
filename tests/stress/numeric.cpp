// Numeric stress tests: large offsets, large integers, extreme and subnormal magnitudes,
// and overflowing counts. Expected values are closed forms (given beside each check).
#include <ineq/measures/dispersion.hpp>
#include <ineq/measures/gini.hpp>
#include <ineq/measures/lorenz.hpp>
#include <ineq/measures/summary.hpp>
#include <ineq/panel/aggregate.hpp>
#include <ineq/panel/panel.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

using doctest::Approx;
using ineq_test::message_of;

TEST_CASE("1e9 + k, k = 0..n-1: the offset does not cost precision") {
    // Closed forms for 0..n-1 shifted by c: mean c + (n-1)/2, sample variance
    // n (n+1) / 12, population variance (n^2 - 1) / 12.
    constexpr std::size_t n = 1'000'000;
    std::vector<double> x(n);
    for (std::size_t k = 0; k < n; ++k) x[k] = 1e9 + static_cast<double>(k);
    const double dn = static_cast<double>(n);
    CHECK(ineq::mean(x) == 1e9 + (dn - 1.0) / 2.0);
    // The moments sum a million squares with plain (four-way) sums: 2.3e-12 relative
    // error today; a compensated second pass would reach 1e-16.
    CHECK(ineq::sample_variance(x) == Approx(dn * (dn + 1.0) / 12.0).epsilon(5e-12));
    CHECK(ineq::sample_sd(x) == Approx(std::sqrt(dn * (dn + 1.0) / 12.0)).epsilon(3e-12));
    CHECK(ineq::population_variance(x) == Approx((dn * dn - 1.0) / 12.0).epsilon(5e-12));
    // Gini of c + k: sum |xi - xj| / (2 n^2 mean) = (n^2 - 1) / (3 n) / (2 mean)
    //   = (n^2 - 1) / (6 n (c + (n-1)/2)).
    CHECK(ineq::gini(x) == Approx((dn * dn - 1.0) / (6.0 * dn * (1e9 + (dn - 1.0) / 2.0))).epsilon(1e-9).scale(0.0));

    // Small n, huge offset: 1e15 + {0, 1, 2}: sd exactly 1.
    const std::vector<double> y{1e15, 1e15 + 1, 1e15 + 2};
    CHECK(ineq::sample_sd(y) == 1.0);
    CHECK(ineq::range(y) == 2.0);
}

TEST_CASE("1e6 values of 1e15 as int64: mean, sd and gini exact") {
    // The int64 sum, 1e21, overflows 64 bits; a compensated double sum takes over, and
    // mean 1e15 and sd 0 are representable exactly.
    const std::vector<std::int64_t> x(1'000'000, 1'000'000'000'000'000);
    CHECK(ineq::mean(x) == 1e15);
    CHECK(ineq::sample_sd(x) == 0.0);
    CHECK(ineq::population_variance(x) == 0.0);
    CHECK(ineq::gini(x) == 0.0);
}

TEST_CASE("large int64 values whose sum fits: exact") {
    // 1e3 values of 1e15 + k: sum < 2^63, mean 1e15 + 499.5, sample variance n(n+1)/12.
    constexpr std::size_t n = 1000;
    std::vector<std::int64_t> x(n);
    for (std::size_t k = 0; k < n; ++k) x[k] = 1'000'000'000'000'000 + static_cast<std::int64_t>(k);
    const double dn = static_cast<double>(n);
    CHECK(ineq::mean(x) == 1e15 + 499.5);
    CHECK(ineq::sample_variance(x) == Approx(dn * (dn + 1.0) / 12.0).epsilon(1e-12));
    // Gini of 1e6 values of 1e15: sorted-shares path (doubles), exact 0.
    const std::vector<std::int64_t> equal(1'000'000, 1'000'000'000'000'000);
    CHECK(ineq::gini(equal) == 0.0);
    const auto s = ineq::cumulative_shares(equal);
    CHECK(s.back() == 1.0);
    CHECK(s[499'999] == Approx(0.5).epsilon(1e-12));
    // An integer sum past 64 bits is not wrapped: (2^63 - 1 + 1) / 2 = 2^62.
    const std::vector<std::int64_t> big{std::numeric_limits<std::int64_t>::max(), 1};
    CHECK(ineq::mean(big) == std::ldexp(1.0, 62));
}

TEST_CASE("mixed magnitudes 1e-300 .. 1e300") {
    const std::vector<double> x{1e-300, 1e300};
    CHECK(ineq::gini(x) == 0.5);               // one unit holds (almost) all: 1 - 1/2
    CHECK(ineq::corrected_gini(x) == 1.0);
    CHECK(ineq::mean(x) == 5e299);
    CHECK(ineq::sample_sd(x) == Approx(1e300 / std::sqrt(2.0)).epsilon(1e-15));
    CHECK(ineq::population_sd(x) == Approx(0.5e300).epsilon(1e-15));
    CHECK(ineq::range(x) == 1e300);
    const auto w = ineq::cumulative_shares(x);
    CHECK(w[0] == 0.0);  // the share 1e-600 underflows to 0
    CHECK(w[1] == 1.0);

    // Totals that overflow double: 4 values near the maximum.
    const double m = std::numeric_limits<double>::max();
    const std::vector<double> huge{m, m, m, m};
    CHECK(ineq::gini(huge) == 0.0);
    CHECK(ineq::mean(huge) == m);
    CHECK(ineq::population_sd(huge) == 0.0);
    CHECK(ineq::lorenz_curve(huge)[2].value_share == 0.5);
    // Defects found by fuzzing and fixed in gini.hpp / summary.hpp: an overflowing total
    // or rank-weighted sum gave NaN (gini of 1000 x 1e305) or a wrong "all values are
    // zero" error (gini_sorted, gini_in_place).
    const std::vector<double> thousand(1000, 1e305);
    CHECK(ineq::gini(thousand) == 0.0);
    CHECK(ineq::gini_sorted(thousand) == 0.0);
    auto copy = huge;
    CHECK(ineq::gini_in_place(copy) == 0.0);
    CHECK(ineq::gini_sorted(huge) == 0.0);
    const std::vector<double> spread{1e-310, 1e308, 1.7e308};
    const auto s = ineq::summarize(spread);
    CHECK(s.min == 1e-310);  // was 0: the minimum was read back from the scaled copy
    CHECK(s.max == 1.7e308);
    // gini of {a, b, c} sorted = (2 (1a + 2b + 3c) - 4 (a + b + c)) / (3 (a + b + c))
    //   = (2c - 2a) / (3 (a + b + c)); with a negligible: 2c / (3 (b + c)) = 3.4 / 8.1.
    CHECK(s.gini == Approx(3.4 / 8.1).epsilon(1e-12));

    // Squared deviations above DBL_MAX: summarize scales by a power of two first (fixed;
    // it lost digits like sample_sd below). a - b is exact (Sterbenz), sd = (a - b) / sqrt 2.
    const double a = 1.9035985662504238e185;
    const double b = 1.9035985661761474e185;
    CHECK(ineq::summarize(std::vector<double>{a, b}).sample_sd ==
          Approx((a - b) / std::sqrt(2.0)).epsilon(1e-14).scale(0.0));

    // Range overflowing double is an error, not infinity.
    const std::vector<double> wide{-m, m};
    CHECK(message_of([&] { (void)ineq::range(wide); }).find("overflows") != std::string::npos);
}

TEST_CASE("subnormals") {
    const double tiny = std::numeric_limits<double>::denorm_min();  // 2^-1074
    const std::vector<double> x{tiny, 2 * tiny, 3 * tiny, 4 * tiny, 5 * tiny};
    // Gini of 1..5 is 4/15, scale-free.
    CHECK(ineq::gini(x) == Approx(4.0 / 15.0).epsilon(1e-15));
    CHECK(ineq::cumulative_shares(x)[0] == Approx(1.0 / 15.0).epsilon(1e-15));
    CHECK(ineq::mean(x) == 3 * tiny);
    CHECK(ineq::range(x) == 4 * tiny);
    // summarize scales tiny data up (fixed: cv was NaN for {denorm_min, 0}).
    const auto s = ineq::summarize(x);
    CHECK(s.cv == Approx(std::sqrt(2.5) / 3.0).epsilon(1e-15));  // sd of 1..5 is sqrt(2.5)
    CHECK(s.mean == 3 * tiny);
    const auto z = ineq::summarize(std::vector<double>{tiny, 0.0});
    CHECK(std::isfinite(z.cv));
    CHECK(z.cv == Approx(std::sqrt(2.0)).epsilon(1e-15));  // {1, 0}: sd 1/sqrt(2), mean 1/2
    // Values around 1e-200 whose squares underflow: summarize's sd is right.
    const auto t = ineq::summarize(std::vector<double>{1e-200, 2e-200});
    CHECK(t.sample_sd == Approx(1e-200 / std::sqrt(2.0)).epsilon(1e-14).scale(0.0));  // relative
}

TEST_CASE("sd of values whose squared deviations underflow") {
    // Data around 1e-200 (squares 1e-400) is rescaled by a power of two before squaring.
    // Closed form: the sample sd of {a, 2a} is a / sqrt(2).
    const std::vector<double> x{1e-200, 2e-200};
    CHECK(ineq::sample_sd(x) == Approx(1e-200 / std::sqrt(2.0)).epsilon(1e-14).scale(0.0));
    CHECK(ineq::population_sd(x) == Approx(0.5e-200).epsilon(1e-14).scale(0.0));
    CHECK(ineq::cv(x) == Approx(std::sqrt(2.0) / 3.0).epsilon(1e-14));
}

TEST_CASE("sd of data whose sum or squared deviations overflow") {
    // The rescaled path divides by a power of two (exact), so small spreads of huge
    // values keep their digits. a - b is exact (Sterbenz);
    // sd = |a - b| / sqrt 2. Exact values by /usr/bin/python3 with fractions.Fraction:
    // sd{1e308, 1.0000000066969288e308, 1e308} = 3.866473642487453e299 (got
    // 3.8664736651372716e299), sd{9.999999999897813e307, 1e308, 1e308} =
    // 5.8997705726432075e296 (dividing by max|x| instead gave 5.8997777193371994e296).
    const double a = 1.9035985662504238e185;
    const double b = 1.9035985661761474e185;
    CHECK(ineq::sample_sd(std::vector<double>{a, b}) == Approx((a - b) / std::sqrt(2.0)).epsilon(1e-14).scale(0.0));
    CHECK(ineq::sample_sd(std::vector<double>{1e308, 1.0000000066969288e308, 1e308}) ==
          Approx(3.866473642487453e299).epsilon(1e-14).scale(0.0));
    CHECK(ineq::sample_sd(std::vector<double>{9.999999999897813e307, 1e308, 1e308}) ==
          Approx(5.8997705726432075e296).epsilon(1e-14).scale(0.0));
}

TEST_CASE("panel counts that would overflow 64 bits are reported, never wrapped") {
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    const auto beijing = ineq::province::from_index(0);
    const auto tianjin = ineq::province::from_index(1);

    ineq::count_panel p(2012, 2021);
    p.add(beijing, 2015, max);
    CHECK(message_of([&] { p.add(beijing, 2015, 1); }).find("overflows 64 bits") != std::string::npos);
    CHECK(p(beijing, 2015) == max);  // unchanged

    // Cells that fit but whose totals do not.
    p.add(tianjin, 2015, 1);
    CHECK(message_of([&] { (void)p.totals_by_year(); }).find("overflows") != std::string::npos);
    p.add(beijing, 2016, 0);
    ineq::count_panel q(2012, 2021);
    q.add(beijing, 2020, max);
    q.add(beijing, 2021, 1);
    CHECK(message_of([&] { (void)q.totals_by_province(); }).find("overflows") != std::string::npos);

    // Merging shards that together overflow.
    ineq::count_panel a(2012, 2021);
    ineq::count_panel b(2012, 2021);
    a.add(beijing, 2012, max - 5);
    b.add(beijing, 2012, 6);
    CHECK(message_of([&] { a += b; }).find("overflows") != std::string::npos);
    CHECK(message_of([&] { (void)(a + b); }).find("overflows") != std::string::npos);
    b.add(beijing, 2012, -1);  // now it just fits
    a += b;
    CHECK(a(beijing, 2012) == max);

    // Negative overflow.
    ineq::count_panel n(2012, 2012);
    n.add(beijing, 2012, std::numeric_limits<std::int64_t>::min());
    CHECK(message_of([&] { n.add(beijing, 2012, -1); }).find("overflows") != std::string::npos);

    // add_record on a full cell.
    ineq::patent_record r;
    r.filing_date = std::chrono::year{2015} / 3 / 3;
    ineq::applicant who;
    who.province_of = beijing;
    r.applicants.push_back(who);
    ineq::count_panel full(2012, 2021);
    full.add(beijing, 2015, max);
    CHECK(message_of([&] { (void)ineq::add_record(full, r, ineq::counting::whole); }).find("overflows") !=
          std::string::npos);
}

TEST_CASE("panel year spans at the limits of int") {
    // The number of years is computed without int overflow (was UB for spans > INT_MAX).
    CHECK(ineq::count_panel(std::numeric_limits<int>::max(), std::numeric_limits<int>::max()).year_count() == 1);
    CHECK(ineq::count_panel(std::numeric_limits<int>::min(), std::numeric_limits<int>::min()).year_count() == 1);
    const ineq::count_panel p(std::numeric_limits<int>::max() - 2, std::numeric_limits<int>::max());
    CHECK(p.year_count() == 3);
    CHECK(p.last_year() == std::numeric_limits<int>::max());
    CHECK(p.contains_year(std::numeric_limits<int>::max()));
    CHECK_FALSE(p.contains_year(std::numeric_limits<int>::min()));
    CHECK(message_of([] { ineq::count_panel bad(1, 0); }).find("must not precede") != std::string::npos);
}
