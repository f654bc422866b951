#include <ineq/panel/aggregate.hpp>
#include <ineq/panel/tables.hpp>

#include "study_data.hpp"

#include <doctest/doctest.h>

#include <vector>

using doctest::Approx;

namespace {
ineq::province p(std::size_t i) { return ineq::province::from_index(i); }

// Row i (GB/T order) gets the study's cooperative column value i, and all patents
// 2 * cooperative + (i mod 3): degrees of exactly 1/2 for i mod 3 == 0, just below for
// the rest.
ineq::cooperation_panels study_like() {
    ineq::cooperation_panels panels{ineq::count_panel(2012, 2021), ineq::count_panel(2012, 2021)};
    for (std::size_t i = 0; i < 31; ++i) {
        const auto c = ineq_test::table1_cooperative[i];
        panels.cooperative.add(p(i), 2021, c);
        panels.all.add(p(i), 2021, 2 * c + static_cast<int>(i % 3));
        panels.all.add(p(i), 2012, static_cast<int>(i % 4));  // all patents only, in 2012
    }
    return panels;
}
}  // namespace

TEST_CASE("Table 1 from a panel") {
    const auto panels = study_like();
    const auto t = ineq::cooperation_degree_table(panels.all, panels.cooperative);
    // Totals are summed over the years: the 2012 column adds i mod 4 to each province's
    // all patents. The exact order is checked by hand in the next test; here the ranking
    // must be by degree and consistent with the national level.
    REQUIRE(t.rows.size() == 31);
    CHECK(t.total_cooperative == 5487);
    std::int64_t all = 0;
    for (std::size_t i = 0; i < 31; ++i) {
        all += 2 * ineq_test::table1_cooperative[i] + static_cast<int>(i % 3) + static_cast<int>(i % 4);
    }
    CHECK(t.total_all == all);
    CHECK(t.national_degree == Approx(5487.0 / static_cast<double>(all)));
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        CHECK(t.rows[r].rank == r + 1);
        if (r > 0) {
            CHECK(*t.rows[r - 1].degree >= *t.rows[r].degree);
        }
        const auto i = t.rows[r].where.index();
        CHECK(t.rows[r].cooperative == ineq_test::table1_cooperative[i]);
        CHECK(*t.rows[r].degree == Approx(static_cast<double>(t.rows[r].cooperative) /
                                          static_cast<double>(t.rows[r].all)));
    }
    for (const auto& below : t.below_national) {
        const auto& row = *std::ranges::find(t.rows, below, &ineq::cooperation_row::where);
        CHECK(*row.degree < t.national_degree);
    }
}

TEST_CASE("Table 1 ranking, counted by hand") {
    ineq::count_panel all(2020, 2020);
    ineq::count_panel coop(2020, 2020);
    all.add(p(0), 2020, 10);   // Beijing 6/10
    coop.add(p(0), 2020, 6);
    all.add(p(9), 2020, 4);    // Jiangsu 3/4
    coop.add(p(9), 2020, 3);
    all.add(p(18), 2020, 10);  // Guangdong 1/10
    coop.add(p(18), 2020, 1);
    // national 10/24; Tibet (25) and the rest have no patents and come last.
    const auto t = ineq::cooperation_degree_table(all, coop);
    CHECK(t.rows[0].where == p(9));
    CHECK(t.rows[1].where == p(0));
    CHECK(t.rows[2].where == p(18));
    CHECK_FALSE(t.rows[3].degree.has_value());
    CHECK(t.rows[3].rank == 4);
    CHECK(t.national_degree == Approx(10.0 / 24.0));
    REQUIRE(t.below_national.size() == 1);
    CHECK(t.below_national[0] == p(18));

    ineq::count_panel bad(2020, 2020);
    bad.add(p(0), 2020, 11);  // more cooperative than all (10)
    CHECK_THROWS_AS((void)ineq::cooperation_degree_table(all, bad), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::cooperation_degree_table(ineq::count_panel(2020, 2020),
                                                              ineq::count_panel(2020, 2020)),
                         "ineq::cooperation_degree_table: there are no patents at all, so there is no national level",
                         ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::cooperation_degree_table(all, ineq::count_panel(2019, 2020)),
                    ineq::domain_error);
}

TEST_CASE("Table 1 of fractional counts") {
    // Beijing 1.5 all, 0.5 cooperative (degree 1/3); Jiangsu 2/3 all and cooperative.
    ineq::fractional_panel all(2020, 2020);
    ineq::fractional_panel coop(2020, 2020);
    all.add(p(0), 2020, 1.5);
    coop.add(p(0), 2020, 0.5);
    all.add(p(9), 2020, 2.0 / 3.0);
    coop.add(p(9), 2020, 2.0 / 3.0);
    const ineq::fractional_cooperation_table t = ineq::cooperation_degree_table(all, coop);
    CHECK(t.rows[0].where == p(9));
    CHECK(*t.rows[0].degree == 1.0);
    CHECK(t.rows[1].where == p(0));
    CHECK(t.rows[1].all == 1.5);
    CHECK(*t.rows[1].degree == Approx(1.0 / 3.0));
    CHECK(t.total_all == Approx(1.5 + 2.0 / 3.0));
    CHECK(t.national_degree == Approx((0.5 + 2.0 / 3.0) / (1.5 + 2.0 / 3.0)));
    ineq::fractional_panel more(2020, 2020);
    more.add(p(0), 2020, 1.6);
    CHECK_THROWS_AS((void)ineq::cooperation_degree_table(all, more), ineq::domain_error);
}

TEST_CASE("yearly series across provinces (Figs. 1, 3, 4)") {
    // Values from numpy for the two populated years:
    //   /usr/bin/python3 -c "import numpy as np; a=np.arange(31)%4; ..."  ->
    //   2012 (i mod 4): total 45, range 3, sd 1.1206756794428188, Gini 0.4243727598566308,
    //                   CV 0.772021023616164
    //   2021 (cooperative column): total 5487, range 1362, sd 285.94463333542967,
    //                   Gini 0.6529215682816276, CV 1.6155064030250263
    const auto panels = study_like();
    const auto s = ineq::yearly_inequality(panels.all);
    REQUIRE(s.points.size() == 10);
    CHECK(s.points[0].year == 2012);
    CHECK(s.points[0].total == 45.0);
    CHECK(s.points[0].range == 3.0);
    CHECK(s.points[0].sample_sd == Approx(1.1206756794428188).epsilon(1e-13));
    CHECK(*s.points[0].gini == Approx(0.4243727598566308).epsilon(1e-13));
    CHECK(*s.points[0].cv == Approx(0.772021023616164).epsilon(1e-13));
    // 2013..2020 are empty: zero dispersion, Gini and CV undefined.
    CHECK(s.points[3].total == 0.0);
    CHECK(s.points[3].range == 0.0);
    CHECK_FALSE(s.points[3].gini.has_value());
    CHECK_FALSE(s.points[3].cv.has_value());

    const auto c = ineq::yearly_inequality(panels.cooperative);
    CHECK(c.points[9].total == 5487.0);
    CHECK(c.points[9].range == 1362.0);
    CHECK(c.points[9].sample_sd == Approx(285.94463333542967).epsilon(1e-13));
    CHECK(*c.points[9].gini == Approx(0.6529215682816276).epsilon(1e-13));
    CHECK(*c.points[9].cv == Approx(1.6155064030250263).epsilon(1e-13));
    // Cooperative 2012 is empty, so no growth can be computed from it.
    CHECK_FALSE(c.range_growth.has_value());
    CHECK_FALSE(c.gini_growth.has_value());
}

TEST_CASE("growth from the first to the last year") {
    // Beijing and Tianjin (both East) with (1, 12) in 2012 and (5, 450) in 2021, all other
    // provinces 0: range 12 -> 450, total 13 -> 455 (growth 34).
    ineq::count_panel panel(2012, 2021);
    panel.add(p(0), 2012, 1);
    panel.add(p(1), 2012, 12);
    panel.add(p(0), 2021, 5);
    panel.add(p(1), 2021, 450);
    const auto s = ineq::yearly_inequality(panel);
    CHECK(s.points[0].range == 12.0);  // across all 31 provinces, the minimum is 0
    const auto beijing_tianjin = ineq::yearly_inequality(panel, ineq::macro_region::east);
    CHECK(*beijing_tianjin.total_growth == Approx(34.0));
    CHECK(*s.total_growth == Approx(34.0));
    CHECK(*s.range_growth == Approx((450.0 - 12.0) / 12.0));
}

TEST_CASE("per macro-region") {
    // East = codes 11 12 13 31 32 33 35 37 44 46 -> indices 0 1 2 8 9 10 12 14 18 20.
    // numpy on the cooperative values at those indices (7 46 33 129 23 91 328 169 1364 194):
    //   range 1357, sd 407.51774330832654, Gini 0.6526845637583892, CV 1.7093865071657992
    const auto panels = study_like();
    const auto east = ineq::yearly_inequality(panels.cooperative, ineq::macro_region::east);
    const auto& last = east.points.back();
    CHECK(last.total == 2384.0);
    CHECK(last.range == 1357.0);
    CHECK(last.sample_sd == Approx(407.51774330832654).epsilon(1e-13));
    CHECK(*last.gini == Approx(0.6526845637583892).epsilon(1e-13));
    CHECK(*last.cv == Approx(1.7093865071657992).epsilon(1e-13));
}
