// Panels, tables and series at any level of regions: cities, provinces, macro-regions,
// user-defined zones (<ineq/region/region_set.hpp> with panel.hpp, aggregate.hpp, tables.hpp).
#include <ineq/panel/aggregate.hpp>
#include <ineq/panel/tables.hpp>
#include <ineq/patent/resolve.hpp>
#include <ineq/patent/split.hpp>
#include <ineq/patent/date.hpp>
#include <ineq/patent/dedup.hpp>
#include <ineq/measures/decomposition.hpp>

#include "error_message.hpp"
#include "sample_export.hpp"

#include <doctest/doctest.h>

#include <array>
#include <chrono>
#include <random>
#include <string>
#include <vector>

using namespace std::chrono;
using ineq_test::message_of;

namespace {

ineq::applicant at(ineq::applicant_kind kind, int province_code, long prefecture_code = 0) {
    ineq::applicant a;
    a.name = "org";
    a.kind = kind;
    a.province_of = ineq::province_from_code(province_code);
    if (prefecture_code != 0) {
        a.prefecture_of = ineq::prefecture_from_code(prefecture_code);
    }
    a.country = "CN";
    return a;
}

ineq::patent_record rec(int y, std::vector<ineq::applicant> applicants) {
    ineq::patent_record r;
    r.filing_date = year{y} / June / 1;
    r.type = ineq::patent_type::invention;
    r.applicants = std::move(applicants);
    return r;
}

constexpr auto U = ineq::applicant_kind::university;
constexpr auto E = ineq::applicant_kind::enterprise;

std::size_t city(long code) { return ineq::prefecture_regions()->find_code(code).value(); }

}  // namespace

TEST_CASE("prefecture panels: three counting rules by hand, and what cannot be placed") {
    const auto pref = ineq::prefecture_regions();
    // Shenzhen university + Guangzhou firm + Shenzhen firm; a Hubei firm known only by province.
    const auto r = rec(2020, {at(U, 44, 4403), at(E, 44, 4401), at(E, 44, 4403), at(E, 42)});
    ineq::count_panel whole(pref, 2020, 2020), first(pref, 2020, 2020);
    ineq::fractional_panel frac(pref, 2020, 2020);
    CHECK(ineq::add_record(whole, r, ineq::counting::whole));
    CHECK(ineq::add_record(first, r, ineq::counting::first_applicant));
    CHECK(ineq::add_record(frac, r, ineq::counting::fractional));
    // Whole: Shenzhen 1 (two applicants, one unit), Guangzhou 1; Hubei has no city: nothing.
    CHECK(whole.at(city(4403), 2020) == 1);
    CHECK(whole.at(city(4401), 2020) == 1);
    CHECK(whole.values().sum() == 2);
    CHECK(first.at(city(4403), 2020) == 1);
    CHECK(first.values().sum() == 1);
    // Fractional: four applicants with a province, 1/4 each; Shenzhen 2/4, Guangzhou 1/4, and the
    // Hubei quarter is not placed at the city level.
    CHECK(frac.at(city(4403), 2020) == doctest::Approx(0.5));
    CHECK(frac.at(city(4401), 2020) == doctest::Approx(0.25));
    CHECK(frac.values().sum() == doctest::Approx(0.75));

    // The study's two panels at the city level report the records with unplaced applicants.
    const std::vector<ineq::patent_record> records{r, rec(2020, {at(U, 11), at(E, 31, 3101)}),
                                                   rec(2021, {at(U, 44, 4403), at(E, 44, 4419)})};
    const auto panels = ineq::cooperation_panels_of(records, ineq::study_rules(), ineq::study_inventions(),
                                                    ineq::counting::whole, pref);
    CHECK(panels.cooperative.unit_count() == 337);
    CHECK(panels.cooperative_unplaced == 1);
    CHECK(panels.all_unplaced == 1);
    CHECK(panels.cooperative.at(city(1100), 2020) == 1);  // Beijing, a municipality, whole
    CHECK(panels.cooperative.at(city(3100), 2020) == 1);
    CHECK(panels.cooperative.at(city(4419), 2021) == 1);
    // At the province level nothing is unplaced.
    const auto provinces = ineq::cooperation_panels_of(records);
    CHECK(provinces.cooperative_unplaced == 0);
}

TEST_CASE("roll-ups: prefectures into provinces into macro-regions are exact sums") {
    const auto pref = ineq::prefecture_regions();
    // Every applicant placed at the city level; one record with two Guangdong cities.
    const std::vector<ineq::patent_record> records{
        rec(2019, {at(U, 44, 4403), at(E, 44, 4401)}),   // two cities of one province
        rec(2019, {at(U, 42, 4201), at(E, 11)}),         // Wuhan and Beijing
        rec(2020, {at(U, 32, 3201), at(E, 32, 3205), at(E, 33, 3301)}),
        rec(2020, {at(U, 65, 6501), at(E, 65, 6501)}),
    };
    for (const auto mode : {ineq::counting::first_applicant, ineq::counting::fractional}) {
        CAPTURE(ineq::to_string(mode));
        const auto by_city = ineq::cooperation_panels_of<double>(records, ineq::study_rules(),
                                                                 ineq::study_inventions(), mode, pref);
        const auto by_province = ineq::cooperation_panels_of<double>(records, ineq::study_rules(),
                                                                     ineq::study_inventions(), mode);
        CHECK(by_city.cooperative_unplaced == 0);
        const auto rolled = ineq::roll_up(by_city.cooperative);
        CHECK(rolled.regions() == ineq::province_regions());
        CHECK((rolled.values() - by_province.cooperative.values()).cwiseAbs().maxCoeff() < 1e-12);
        const auto macro = ineq::roll_up(rolled);
        CHECK(macro.unit_count() == 4);
        CHECK(macro.values().sum() == doctest::Approx(by_province.cooperative.values().sum()));
    }
    // Whole counting: the Shenzhen + Guangzhou record counts once in Guangdong directly and
    // twice in the roll-up of cities.
    const auto whole_city = ineq::cooperation_panels_of(records, ineq::study_rules(), ineq::study_inventions(),
                                                        ineq::counting::whole, pref);
    const auto whole_province = ineq::cooperation_panels_of(records);
    const auto gd = ineq::province_from_code(44).value();
    CHECK(whole_province.cooperative(gd, 2019) == 1);
    CHECK(ineq::roll_up(whole_city.cooperative)(gd, 2019) == 2);
    const auto xj = ineq::province_from_code(65).value();
    CHECK(ineq::roll_up(whole_city.cooperative)(xj, 2020) == 1);  // one city, one count
}

TEST_CASE("the default region set changes nothing: province panels are the same bitwise") {
    const std::vector<ineq::patent_record> records{rec(2019, {at(U, 44, 4403), at(E, 44, 4401), at(E, 42)}),
                                                   rec(2020, {at(U, 11), at(E, 31)})};
    for (const auto mode : {ineq::counting::whole, ineq::counting::first_applicant, ineq::counting::fractional}) {
        const auto a = ineq::cooperation_panels_of<double>(records, ineq::study_rules(), ineq::study_inventions(), mode);
        const auto b = ineq::cooperation_panels_of<double>(records, ineq::study_rules(), ineq::study_inventions(),
                                                           mode, ineq::province_regions());
        CHECK(a == b);
    }
}

TEST_CASE("tables and series at the city level") {
    const auto pref = ineq::prefecture_regions();
    ineq::count_panel all(pref, 2020, 2021), coop(pref, 2020, 2021);
    all.add(city(4403), 2020, 10);
    coop.add(city(4403), 2020, 4);
    all.add(city(4401), 2021, 5);
    coop.add(city(4401), 2021, 5);
    all.add(city(3301), 2021, 5);
    const auto t = ineq::cooperation_degree_table(all, coop);
    REQUIRE(t.rows.size() == 337);
    CHECK(t.rows[0].label == "广州市");
    CHECK(t.rows[0].degree == 1.0);
    CHECK(t.rows[0].where.code() == 44);
    CHECK(t.rows[1].label == "深圳市");
    CHECK(t.rows[1].degree == doctest::Approx(0.4));
    CHECK(t.rows[2].label == "杭州市");
    CHECK(t.national_degree == doctest::Approx(9.0 / 20.0));
    CHECK(t.below_national_units == std::vector<std::size_t>{city(4403), city(3301)});
    CHECK(t.below_national.empty());  // provinces only in province tables
    CHECK(t.regions == pref);

    // Yearly series over all 337 cities, and within Guangdong's 21 prefectures.
    const auto s = ineq::yearly_inequality(all);
    CHECK(s.points[0].total == 10.0);
    const auto gd = ineq::yearly_inequality_within(all, ineq::province_from_code(44)->index());
    CHECK(gd.points[1].total == 5.0);
    // Gini of one 5 among 21 values (20 zeros): 1 - 1/21.
    CHECK(gd.points[1].gini.value() == doctest::Approx(1.0 - 1.0 / 21.0));

    // Between and within provinces along the parent mapping (Theil T): three nonzero
    // cities in two provinces, 2021: Guangzhou 5, Hangzhou 5, zeros elsewhere.
    const auto labels = ineq::parent_labels(*pref);
    const auto d = ineq::theil_t_decomposition(all.year(2021), labels);
    CHECK(d.between + d.within == doctest::Approx(d.total));

    CHECK(message_of([&] { (void)ineq::yearly_inequality(all, ineq::macro_region::east); }) ==
          "ineq::yearly_inequality: a macro-region's series needs a province panel (roll_up first)");
    CHECK(message_of([&] { (void)all.totals_by_province(); }) ==
          "ineq::basic_panel::totals_by_province: the panel's units are prefectures, not provinces: use "
          "totals_by_unit");
    CHECK(message_of([&] { (void)all(ineq::province::from_index(0), 2020); }) ==
          "ineq::basic_panel: the panel's units are prefectures, not provinces: address rows by unit index");
    ineq::count_panel provinces(2020, 2021);
    CHECK(message_of([&] { provinces += all; }) ==
          "ineq::basic_panel::operator+=: panels cover different region sets (province and prefecture)");
    CHECK(message_of([&] { (void)ineq::cooperation_degree_table(ineq::roll_up(ineq::roll_up(all)),
                                                                 ineq::roll_up(ineq::roll_up(coop))); }) ==
          "ineq::cooperation_degree_table: the units of the macro-region set are not within one province each: "
          "roll the panels up with ineq::group and compute degrees per unit from totals_by_unit()");
}

TEST_CASE("the real sample: city panels roll up to the province panels") {
    std::vector<ineq::patent_record> records;
    ineq_test::for_each_sample_row([&](const auto& f) {
        ineq::patent_record r;
        r.publication_number = std::string(f[0]);
        r.type = ineq::patent_type_from_kind_code(f[0]);
        if (const auto d = ineq::parse_date(f[2])) {
            r.filing_date = *d;
        }
        for (std::string_view name : ineq::split_applicants(f[4])) {
            r.applicants.push_back(ineq::make_applicant(name, ineq::resolve_applicant(name)));
        }
        records.push_back(std::move(r));
    });
    REQUIRE(records.size() == 531);
    const auto unique = ineq::deduplicate(records);
    auto rules = ineq::study_inventions();
    rules.filed_from = year{2000} / January / 1;
    rules.filed_to = year{2023} / December / 31;
    const auto pref = ineq::prefecture_regions();
    // Records whose applicants are all placed at the city level: their roll-up is exact.
    std::vector<ineq::patent_record> placed;
    std::size_t partly = 0;
    for (const auto& r : unique) {
        bool all_placed = true;
        for (const auto& a : r.applicants) {
            if (a.province_of && !pref->unit_of(*a.province_of, a.prefecture_of)) {
                all_placed = false;
            }
        }
        (all_placed ? placed.push_back(r) : void(++partly));
    }
    MESSAGE("real sample: " << placed.size() << " records placed at the city level, " << partly << " not");
    CHECK(placed.size() > 100);
    for (const auto mode : {ineq::counting::first_applicant, ineq::counting::fractional}) {
        const auto city_panel = ineq::aggregate<ineq::fractional_panel>(placed, 2000, 2023, mode, rules, pref);
        const auto province_panel = ineq::aggregate<ineq::fractional_panel>(placed, 2000, 2023, mode, rules);
        CHECK((ineq::roll_up(city_panel).values() - province_panel.values()).cwiseAbs().maxCoeff() < 1e-9);
        CHECK(province_panel.values().sum() > 50.0);
    }
    // Over all records, the unplaced count is what separates the two levels.
    const auto both = ineq::cooperation_panels_of(unique, rules, rules, ineq::counting::first_applicant, pref);
    const auto direct = ineq::cooperation_panels_of(unique, rules, rules, ineq::counting::first_applicant);
    CHECK(both.all.values().sum() + static_cast<std::int64_t>(both.all_unplaced) >= direct.all.values().sum());
    CHECK(both.all.values().sum() <= direct.all.values().sum());
}

TEST_CASE("synthetic records: roll-ups equal direct aggregation at every level") {
    // 3,000 seeded records, 2 to 4 applicants each, every applicant in a real prefecture
    // (placeholders excluded) or a municipality, kinds and years at random.
    std::vector<ineq::prefecture_info> places;
    for (const auto& p : ineq::prefectures()) {
        if (!p.is_placeholder()) places.push_back(p);
    }
    std::mt19937_64 rng(20211231);
    const auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    const std::array<ineq::applicant_kind, 3> kinds{U, E, ineq::applicant_kind::institute};
    const std::array<int, 4> municipalities{11, 12, 31, 50};
    std::vector<ineq::patent_record> records;
    for (int k = 0; k < 3000; ++k) {
        std::vector<ineq::applicant> who;
        const std::size_t m = 2 + pick(3);
        for (std::size_t a = 0; a < m; ++a) {
            if (pick(10) == 0) {
                who.push_back(at(kinds[pick(3)], municipalities[pick(4)]));
            } else {
                const auto& p = places[pick(places.size())];
                who.push_back(at(kinds[pick(3)], p.province_code, p.code));
            }
        }
        records.push_back(rec(2012 + static_cast<int>(pick(10)), std::move(who)));
    }
    const auto rules = ineq::study_rules();
    for (const auto mode : {ineq::counting::first_applicant, ineq::counting::fractional}) {
        CAPTURE(ineq::to_string(mode));
        const auto cities = ineq::cooperation_panels_of<double>(records, rules, ineq::study_inventions(), mode,
                                                                ineq::prefecture_regions());
        const auto provinces = ineq::cooperation_panels_of<double>(records, rules, ineq::study_inventions(), mode);
        const auto macro = ineq::cooperation_panels_of<double>(records, rules, ineq::study_inventions(), mode,
                                                               ineq::macro_regions());
        CHECK(cities.cooperative_unplaced == 0);
        CHECK(provinces.cooperative.values().sum() > 1000.0);
        CHECK((ineq::roll_up(cities.cooperative).values() - provinces.cooperative.values()).cwiseAbs().maxCoeff() < 1e-9);
        CHECK((ineq::roll_up(cities.all).values() - provinces.all.values()).cwiseAbs().maxCoeff() < 1e-9);
        CHECK((ineq::roll_up(provinces.cooperative).values() - macro.cooperative.values()).cwiseAbs().maxCoeff() < 1e-9);
    }
    // Whole counting: a roll-up counts a record once per city, so never less than directly.
    const auto cities = ineq::cooperation_panels_of(records, rules, ineq::study_inventions(), ineq::counting::whole,
                                                    ineq::prefecture_regions());
    const auto provinces = ineq::cooperation_panels_of(records);
    const auto rolled = ineq::roll_up(cities.cooperative);
    CHECK((rolled.values().array() >= provinces.cooperative.values().array()).all());
    CHECK(rolled.values().sum() > provinces.cooperative.values().sum());
}
