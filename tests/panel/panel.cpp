#include <ineq/panel/panel.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>

namespace {
const ineq::province beijing = ineq::province::from_index(0);
const ineq::province xinjiang = ineq::province::from_index(30);
}  // namespace

TEST_CASE("shape, cells and totals") {
    ineq::count_panel p(2012, 2021);
    CHECK(p.first_year() == 2012);
    CHECK(p.last_year() == 2021);
    CHECK(p.year_count() == 10);
    CHECK(p.values().rows() == 31);
    CHECK(p.values().cols() == 10);
    p.add(beijing, 2012, 3);
    p.add(beijing, 2021, 4);
    p.add(xinjiang, 2021, 5);
    CHECK(p(beijing, 2012) == 3);
    CHECK(p(xinjiang, 2021) == 5);
    CHECK(p.totals_by_province()(0) == 7);
    CHECK(p.totals_by_province()(30) == 5);
    CHECK(p.totals_by_year()(0) == 3);
    CHECK(p.totals_by_year()(9) == 9);
    CHECK(p.year(2021).sum() == 9);
    CHECK(p.province_series(beijing).sum() == 7);
}

TEST_CASE("panels add, and adding checks the years") {
    ineq::count_panel a(2012, 2013);
    ineq::count_panel b(2012, 2013);
    a.add(beijing, 2012, 1);
    b.add(beijing, 2012, 2);
    b.add(xinjiang, 2013, 1);
    a += b;
    CHECK(a(beijing, 2012) == 3);
    CHECK(a(xinjiang, 2013) == 1);
    CHECK(a + b == [&] {
        ineq::count_panel c = a;
        c += b;
        return c;
    }());
    ineq::count_panel other(2013, 2014);
    CHECK_THROWS_WITH_AS(a += other,
                         "ineq::basic_panel::operator+=: panels cover different years (2012..2013 and 2013..2014)",
                         ineq::domain_error);
}

TEST_CASE("bad input") {
    CHECK_THROWS_WITH_AS(ineq::count_panel(2021, 2012),
                         "ineq::basic_panel: last_year must not precede first_year (got 2021..2012)",
                         ineq::domain_error);
    ineq::count_panel p(2012, 2021);
    CHECK_THROWS_WITH_AS(p.add(beijing, 2011, 1),
                         "ineq::basic_panel: year 2011 is outside the panel's 2012..2021",
                         ineq::domain_error);
    CHECK_THROWS_AS((void)p(beijing, 2022), ineq::domain_error);
    CHECK_THROWS_AS((void)p.year(1999), ineq::domain_error);
    // Counts that would overflow are reported, never wrapped.
    p.add(beijing, 2012, std::numeric_limits<std::int64_t>::max());
    CHECK_THROWS_WITH_AS(p.add(beijing, 2012, 1), "ineq::basic_panel: a count overflows 64 bits",
                         ineq::domain_error);
    CHECK(p(beijing, 2012) == std::numeric_limits<std::int64_t>::max());
    ineq::count_panel q(2012, 2021);
    q.add(beijing, 2012, 1);
    CHECK_THROWS_AS(q += p, ineq::domain_error);
    p.add(beijing, 2013, 1);
    CHECK_THROWS_AS((void)p.totals_by_province(), ineq::domain_error);
}

TEST_CASE("fractional panels hold doubles") {
    ineq::fractional_panel p(2020, 2020);
    p.add(beijing, 2020, 0.5);
    p.add(beijing, 2020, 0.25);
    CHECK(p(beijing, 2020) == 0.75);
}
