#include <ineq/panel/aggregate.hpp>

#include "std_views.hpp"

#include <doctest/doctest.h>
#include <range/v3/view/filter.hpp>

#include <chrono>
#include <ranges>
#include <span>
#include <string>
#include <type_traits>
#include <utility>
#include <random>
#include <vector>

using namespace std::chrono;

namespace {
ineq::province p(std::size_t i) { return ineq::province::from_index(i); }

ineq::applicant org(ineq::applicant_kind kind, std::optional<ineq::province> where,
                    std::string country = "CN") {
    ineq::applicant a;
    a.name = "org";
    a.kind = kind;
    a.province_of = where;
    a.country = std::move(country);
    return a;
}

ineq::patent_record rec(int y, std::vector<ineq::applicant> applicants,
                        ineq::patent_type type = ineq::patent_type::invention) {
    ineq::patent_record r;
    r.filing_date = year{y} / June / 1;
    r.type = type;
    r.applicants = std::move(applicants);
    return r;
}

constexpr auto U = ineq::applicant_kind::university;
constexpr auto E = ineq::applicant_kind::enterprise;
constexpr auto I = ineq::applicant_kind::institute;
constexpr auto P = ineq::applicant_kind::individual;
}  // namespace

TEST_CASE("three counting rules on one record, counted by hand") {
    // Beijing university, Beijing enterprise, Jiangsu (index 9) institute, unknown province.
    const auto r = rec(2015, {org(U, p(0)), org(E, p(0)), org(I, p(9)), org(E, std::nullopt)});

    ineq::count_panel whole(2012, 2021);
    CHECK(ineq::add_record(whole, r, ineq::counting::whole));
    CHECK(whole(p(0), 2015) == 1);  // two Beijing applicants count once
    CHECK(whole(p(9), 2015) == 1);
    CHECK(whole.values().sum() == 2);

    ineq::fractional_panel frac(2012, 2021);
    CHECK(ineq::add_record(frac, r, ineq::counting::fractional));
    CHECK(frac(p(0), 2015) == doctest::Approx(2.0 / 3.0));  // 2 of 3 located applicants
    CHECK(frac(p(9), 2015) == doctest::Approx(1.0 / 3.0));
    CHECK(frac.values().sum() == doctest::Approx(1.0));

    ineq::count_panel first(2012, 2021);
    CHECK(ineq::add_record(first, r, ineq::counting::first_applicant));
    CHECK(first(p(0), 2015) == 1);
    CHECK(first.values().sum() == 1);

    CHECK_THROWS_WITH_AS(ineq::add_record(whole, r, ineq::counting::fractional),
                         "ineq::add_record: fractional counting needs a fractional_panel",
                         ineq::domain_error);
    // Also for a record that would add nothing (undated), so that a run over records none
    // of which lands in the panel still reports the wrong panel type.
    CHECK_THROWS_AS(ineq::add_record(whole, ineq::patent_record{}, ineq::counting::fractional),
                    ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::aggregate<ineq::count_panel>(std::vector<ineq::patent_record>{}, 2012, 2021,
                                                            ineq::counting::fractional, ineq::study_rules()),
                    ineq::domain_error);
}

TEST_CASE("records that add nothing") {
    ineq::count_panel panel(2012, 2021);
    CHECK_FALSE(ineq::add_record(panel, rec(2011, {org(U, p(0))}), ineq::counting::whole));
    CHECK_FALSE(ineq::add_record(panel, rec(2022, {org(U, p(0))}), ineq::counting::whole));
    CHECK_FALSE(ineq::add_record(panel, rec(2015, {org(U, std::nullopt, "US")}), ineq::counting::whole));
    CHECK_FALSE(ineq::add_record(panel, rec(2015, {}), ineq::counting::first_applicant));
    // First applicant unknown: nothing, even though the second is located.
    CHECK_FALSE(ineq::add_record(panel, rec(2015, {org(U, std::nullopt), org(E, p(1))}),
                                 ineq::counting::first_applicant));
    ineq::patent_record undated = rec(2015, {org(U, p(0))});
    undated.filing_date = {};
    CHECK_FALSE(ineq::add_record(panel, undated, ineq::counting::whole));
    CHECK(panel.values().sum() == 0);
}

TEST_CASE("the study's two panels from hand-made records") {
    const std::vector<ineq::patent_record> records{
        rec(2012, {org(U, p(0)), org(E, p(0))}),                 // Beijing: IUR, counts once
        rec(2013, {org(U, p(0)), org(E, p(9))}),                 // Beijing + Jiangsu: IUR
        rec(2013, {org(E, p(9))}),                               // Jiangsu alone: all only
        rec(2014, {org(U, p(18)), org(P, p(18))}),               // individual: all only
        rec(2014, {org(U, p(18)), org(I, p(18))}, ineq::patent_type::utility_model),  // neither
        rec(2020, {org(E, p(18)), org(I, std::nullopt, "US")}),  // overseas: all only
        rec(2021, {org(U, p(18)), org(U, p(0))}),                // two universities: all only
        rec(2022, {org(U, p(0)), org(E, p(0))}),                 // after 2021: neither
    };
    const auto panels = ineq::cooperation_panels_of(records);
    CHECK(panels.all.first_year() == 2012);
    CHECK(panels.all.last_year() == 2021);
    // all: Beijing 2012, 2013, 2021; Jiangsu 2013 (twice); Guangdong (18) 2014, 2020, 2021.
    CHECK(panels.all(p(0), 2012) == 1);
    CHECK(panels.all(p(0), 2013) == 1);
    CHECK(panels.all(p(0), 2021) == 1);
    CHECK(panels.all(p(9), 2013) == 2);
    CHECK(panels.all(p(18), 2014) == 1);
    CHECK(panels.all(p(18), 2020) == 1);
    CHECK(panels.all(p(18), 2021) == 1);
    CHECK(panels.all.values().sum() == 8);
    // cooperative: Beijing 2012 and 2013, Jiangsu 2013.
    CHECK(panels.cooperative(p(0), 2012) == 1);
    CHECK(panels.cooperative(p(0), 2013) == 1);
    CHECK(panels.cooperative(p(9), 2013) == 1);
    CHECK(panels.cooperative.values().sum() == 3);

    ineq::selection_rules open;
    CHECK_THROWS_AS((void)ineq::cooperation_panels_of(records, open), ineq::domain_error);
}

TEST_CASE("merging shards equals one pass") {
    std::mt19937_64 rng(11);
    std::vector<ineq::patent_record> records;
    const ineq::applicant_kind kinds[] = {U, E, I, P};
    for (int i = 0; i < 3000; ++i) {
        std::vector<ineq::applicant> as;
        const auto k = 1 + rng() % 4;
        for (std::size_t j = 0; j < k; ++j) {
            as.push_back(org(kinds[rng() % 4], rng() % 10 == 0 ? std::nullopt
                                                               : std::optional(p(rng() % 31))));
        }
        records.push_back(rec(2010 + static_cast<int>(rng() % 14), std::move(as)));
    }
    const auto single = ineq::cooperation_panels_of(records);
    const std::size_t cut = records.size() / 3;
    auto shard = ineq::cooperation_panels_of(std::span(records).first(cut));
    shard += ineq::cooperation_panels_of(std::span(records).subspan(cut));
    CHECK(shard == single);
    CHECK(single.cooperative.values().sum() > 0);

    const auto all = ineq::aggregate<ineq::count_panel>(records, 2012, 2021, ineq::counting::whole,
                                                        ineq::study_inventions());
    CHECK(all == single.all);
    auto frac = ineq::aggregate<ineq::fractional_panel>(records, 2012, 2021, ineq::counting::fractional,
                                                        [](const ineq::patent_record&) { return true; });
    // Every located record in the years adds exactly 1 under fractional counting.
    std::size_t located = 0;
    for (const auto& r : records) {
        const int y = static_cast<int>(r.filing_date.year());
        bool any = false;
        for (const auto& a : r.applicants) {
            any = any || a.province_of.has_value();
        }
        located += (any && y >= 2012 && y <= 2021) ? 1U : 0U;
    }
    CHECK(frac.values().sum() == doctest::Approx(static_cast<double>(located)));
}

TEST_CASE("empty input, reversed years and open date rules") {
    const std::vector<ineq::patent_record> none;
    const auto zero = ineq::aggregate<ineq::count_panel>(none, 2012, 2021, ineq::counting::whole,
                                                         ineq::study_rules());
    CHECK(zero.values().sum() == 0);
    CHECK(zero == ineq::count_panel(2012, 2021));
    const auto panels = ineq::cooperation_panels_of(none);
    CHECK(panels.all == ineq::count_panel(2012, 2021));
    CHECK(panels.cooperative == ineq::count_panel(2012, 2021));

    CHECK_THROWS_WITH_AS((void)ineq::aggregate<ineq::count_panel>(none, 2021, 2012, ineq::counting::whole,
                                                                  ineq::study_rules()),
                         doctest::Contains("ineq::basic_panel: last_year must not precede first_year"),
                         ineq::domain_error);
    auto reversed = ineq::study_rules();
    reversed.filed_from = year{2021} / January / 1;
    reversed.filed_to = year{2012} / December / 31;
    CHECK_THROWS_AS((void)ineq::cooperation_panels_of(none, reversed), ineq::domain_error);
    auto half_open = ineq::study_rules();
    half_open.filed_to = year_month_day{};
    CHECK_THROWS_WITH_AS((void)ineq::cooperation_panels_of(none, half_open),
                         doctest::Contains("ineq::cooperation_panels_of: the selection rules need a closed "
                                           "filing-date interval"),
                         ineq::domain_error);
    CHECK(ineq::to_string(ineq::counting::whole) == "whole");
    CHECK(ineq::to_string(ineq::counting::fractional) == "fractional");
    CHECK(ineq::to_string(ineq::counting::first_applicant) == "first applicant");
    CHECK(ineq::to_string(static_cast<ineq::counting>(9)).empty());
}

TEST_CASE("cooperation_panels_of<double>: fractional counting gives double panels") {
    // Counted by hand with fractional counting (1/k per located applicant):
    //  1. 2015 Beijing university + Jiangsu enterprise, IUR: all and cooperative, 1/2 each;
    //  2. 2015 Beijing university + Beijing enterprise + Jiangsu institute, IUR:
    //     Beijing 2/3, Jiangsu 1/3 in both panels;
    //  3. 2016 Guangdong enterprise alone: all only, Guangdong 1.
    const std::vector<ineq::patent_record> records{
        rec(2015, {org(U, p(0)), org(E, p(9))}),
        rec(2015, {org(U, p(0)), org(E, p(0)), org(I, p(9))}),
        rec(2016, {org(E, p(18))}),
    };
    const ineq::fractional_cooperation_panels panels = ineq::cooperation_panels_of<double>(
        records, ineq::study_rules(), ineq::study_inventions(), ineq::counting::fractional);
    static_assert(std::is_same_v<decltype(ineq::cooperation_panels_of<double>(records)), ineq::fractional_cooperation_panels>);
    CHECK(panels.all(p(0), 2015) == doctest::Approx(0.5 + 2.0 / 3));
    CHECK(panels.all(p(9), 2015) == doctest::Approx(0.5 + 1.0 / 3));
    CHECK(panels.all(p(18), 2016) == 1.0);
    CHECK(panels.all.values().sum() == doctest::Approx(3.0));
    CHECK(panels.cooperative(p(0), 2015) == doctest::Approx(0.5 + 2.0 / 3));
    CHECK(panels.cooperative(p(9), 2015) == doctest::Approx(0.5 + 1.0 / 3));
    CHECK(panels.cooperative.values().sum() == doctest::Approx(2.0));
    // Whole counting into double panels gives the integer counts as doubles.
    const auto whole = ineq::cooperation_panels_of<double>(records);
    const auto counts = ineq::cooperation_panels_of(records);
    CHECK(whole.all.values() == counts.all.values().cast<double>());
    CHECK(whole.cooperative.values() == counts.cooperative.values().cast<double>());
    // Fractional counting still needs a double panel, even for an empty range.
    const std::vector<ineq::patent_record> none;
    CHECK_THROWS_WITH_AS((void)ineq::cooperation_panels_of(none, ineq::study_rules(), ineq::study_inventions(),
                                                           ineq::counting::fractional),
                         "ineq::cooperation_panels_of: fractional counting needs a fractional_panel",
                         ineq::domain_error);
}

namespace {
template <class R>
concept aggregates = requires(R&& r) {
    ineq::aggregate<ineq::count_panel>(std::forward<R>(r), 2012, 2021, ineq::counting::whole,
                                       [](const ineq::patent_record&) { return true; });
};
template <class R>
concept makes_cooperation_panels = requires(R&& r) { ineq::cooperation_panels_of(std::forward<R>(r)); };
}  // namespace

TEST_CASE("the panel functions take ranges of records only") {
    static_assert(ineq::patent_record_range<const std::vector<ineq::patent_record>&>);
    static_assert(ineq::patent_record_range<std::span<const ineq::patent_record>>);
    static_assert(!ineq::patent_record_range<std::vector<int>>);
    static_assert(!ineq::patent_record_range<ineq::patent_record>);  // one record is not a range
    static_assert(!ineq::patent_record_range<std::vector<ineq::applicant>>);
    static_assert(aggregates<const std::vector<ineq::patent_record>&>);
    static_assert(makes_cooperation_panels<std::vector<ineq::patent_record>>);
    static_assert(!aggregates<std::vector<int>&>);
    static_assert(!makes_cooperation_panels<std::vector<double>&>);
    static_assert(!makes_cooperation_panels<std::vector<std::string>&>);
    // A lazy view over records works.
    const std::vector<ineq::patent_record> records{rec(2015, {org(U, p(0)), org(E, p(9))}),
                                                   rec(2016, {org(E, p(18))})};
    const auto several = [](const ineq::patent_record& r) { return r.applicants.size() > 1; };
    const auto panels = ineq::cooperation_panels_of(records | ranges::views::filter(several));
    CHECK(panels.all.values().sum() == 2);
    CHECK(panels.cooperative.values().sum() == 2);
#if INEQ_TEST_STD_VIEWS
    CHECK(ineq::cooperation_panels_of(records | std::views::filter(several)) == panels);
#endif
}
