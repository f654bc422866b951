#include <ineq/patent/selection.hpp>

#include "std_views.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <ranges>
#include <string>
#include <type_traits>
#include <vector>

#include <range/v3/view/filter.hpp>
#include <range/v3/range/conversion.hpp>

using namespace std::chrono;
using ineq::applicant;
using ineq::applicant_kind;
using ineq::patent_record;
using ineq::patent_type;
using ineq::rejection_reason;
using ineq::selection_rules;

namespace {

applicant org(applicant_kind k, std::string country = "CN") {
    return applicant{.name = "x", .kind = k, .country = std::move(country)};
}

// A record every study rule accepts: an invention filed in 2016 by a university and an
// enterprise, both mainland.
patent_record good() {
    return patent_record{.application_number = "CN201610000001.1",
                         .publication_number = "CN106000001A",
                         .filing_date = year{2016} / March / 1,
                         .type = patent_type::invention,
                         .applicants = {org(applicant_kind::university), org(applicant_kind::enterprise)}};
}

}  // namespace

TEST_CASE("selection_rules: the default selects everything") {
    const selection_rules all;
    CHECK(all(good()));
    CHECK(all(patent_record{}));  // no date, no type, no applicants
    CHECK(ineq::why_rejected(all, patent_record{}) == rejection_reason::selected);
    static_assert(std::is_trivially_copyable_v<selection_rules>);
}

TEST_CASE("selection_rules: each study rule on and off") {
    const auto study = ineq::study_rules();
    REQUIRE(ineq::selects(study, good()));

    SUBCASE("patent type") {
        auto r = good();
        r.type = patent_type::utility_model;
        CHECK(ineq::why_rejected(study, r) == rejection_reason::patent_type);
        r.type = patent_type::unknown;
        CHECK(ineq::why_rejected(study, r) == rejection_reason::patent_type);
        auto rules = study;
        rules.types = ineq::patent_type_set::all();
        CHECK(rules(r));
        rules.types = ineq::patent_type_set{patent_type::utility_model, patent_type::design};
        CHECK_FALSE(rules(good()));
    }
    SUBCASE("filing date, closed interval") {
        auto r = good();
        r.filing_date = year{2012} / January / 1;
        CHECK(study(r));
        r.filing_date = year{2021} / December / 31;
        CHECK(study(r));
        r.filing_date = year{2011} / December / 31;
        CHECK(ineq::why_rejected(study, r) == rejection_reason::filing_date);
        r.filing_date = year{2022} / January / 1;
        CHECK(ineq::why_rejected(study, r) == rejection_reason::filing_date);
        r.filing_date = year_month_day{};  // unknown date
        CHECK(ineq::why_rejected(study, r) == rejection_reason::filing_date);
        r.filing_date = year{2019} / February / 30;  // not a date
        CHECK(ineq::why_rejected(study, r) == rejection_reason::filing_date);
        auto rules = study;
        rules.filed_from = year_month_day{};  // open lower bound
        r.filing_date = year{1990} / May / 5;
        CHECK(rules(r));
        rules.filed_to = year_month_day{};
        r.filing_date = year_month_day{};
        CHECK(rules(r));  // no date rule at all
        rules.filed_from = year{2020} / January / 1;
        rules.filed_to = year{2019} / January / 1;  // empty interval
        r.filing_date = year{2019} / June / 1;
        CHECK_FALSE(rules(r));
    }
    SUBCASE("individual applicant") {
        auto r = good();
        r.applicants.push_back(org(applicant_kind::individual));
        CHECK(ineq::why_rejected(study, r) == rejection_reason::individual_applicant);
        auto rules = study;
        rules.exclude_individuals = false;
        CHECK(rules(r));  // still a university-enterprise pair
    }
    SUBCASE("overseas applicant") {
        auto r = good();
        r.applicants.push_back(org(applicant_kind::enterprise, "US"));
        CHECK(ineq::why_rejected(study, r) == rejection_reason::overseas_applicant);
        r.applicants.back() = applicant{.name = "香港大学", .kind = applicant_kind::university, .country = ""};
        CHECK(ineq::why_rejected(study, r) == rejection_reason::overseas_applicant);
        auto rules = study;
        rules.exclude_overseas = false;
        CHECK(rules(r));
    }
    SUBCASE("at least N applicants") {
        auto r = good();
        r.applicants.pop_back();
        CHECK(ineq::why_rejected(study, r) == rejection_reason::too_few_applicants);
        auto rules = study;
        rules.min_applicants = 0;
        CHECK(ineq::why_rejected(rules, r) == rejection_reason::no_iur_pair);
        rules.require_iur_pair = false;
        CHECK(rules(r));
        rules.min_applicants = 3;
        CHECK_FALSE(rules(good()));
        CHECK(ineq::why_rejected(rules, good()) == rejection_reason::too_few_applicants);
    }
    SUBCASE("IUR pair") {
        auto r = good();
        r.applicants = {org(applicant_kind::university), org(applicant_kind::university)};
        CHECK(ineq::why_rejected(study, r) == rejection_reason::no_iur_pair);
        r.applicants = {org(applicant_kind::enterprise), org(applicant_kind::government)};
        CHECK(ineq::why_rejected(study, r) == rejection_reason::no_iur_pair);
        r.applicants = {org(applicant_kind::institute), org(applicant_kind::enterprise)};
        CHECK(study(r));
        r.applicants = {org(applicant_kind::institute), org(applicant_kind::university)};
        CHECK(study(r));
        r.applicants = {org(applicant_kind::institute), org(applicant_kind::university),
                        org(applicant_kind::enterprise)};
        CHECK(study(r));
        r.applicants = {org(applicant_kind::university), org(applicant_kind::university)};
        auto rules = study;
        rules.require_iur_pair = false;
        CHECK(rules(r));
    }
}

TEST_CASE("selection_rules: the IUR role of hospitals") {
    // Default: a hospital counts with the research institutes (hospital + enterprise and
    // hospital + university are IUR pairs; hospital + institute is not: two of a kind).
    const auto study = ineq::study_rules();
    CHECK(study.hospitals == ineq::hospital_role::institute);
    auto r = good();
    r.applicants = {org(applicant_kind::hospital), org(applicant_kind::enterprise)};
    CHECK(study(r));
    CHECK(study.cooperation(r) == ineq::cooperation_kind::enterprise_institute);
    r.applicants = {org(applicant_kind::hospital), org(applicant_kind::university)};
    CHECK(study(r));
    CHECK(study.cooperation(r) == ineq::cooperation_kind::university_institute);
    r.applicants = {org(applicant_kind::hospital), org(applicant_kind::institute)};
    CHECK(ineq::why_rejected(study, r) == rejection_reason::no_iur_pair);
    CHECK(ineq::cooperation_of(r) == ineq::cooperation_kind::other);

    // Other: a hospital is outside the triangle; it neither makes nor prevents a pair.
    auto apart = study;
    apart.hospitals = ineq::hospital_role::other;
    r.applicants = {org(applicant_kind::hospital), org(applicant_kind::enterprise)};
    CHECK(ineq::why_rejected(apart, r) == rejection_reason::no_iur_pair);
    CHECK(apart.cooperation(r) == ineq::cooperation_kind::other);
    r.applicants = {org(applicant_kind::hospital), org(applicant_kind::university)};
    CHECK(ineq::why_rejected(apart, r) == rejection_reason::no_iur_pair);
    r.applicants = {org(applicant_kind::hospital), org(applicant_kind::university), org(applicant_kind::enterprise)};
    CHECK(apart(r));
    CHECK(apart.cooperation(r) == ineq::cooperation_kind::university_enterprise);
    CHECK(study.cooperation(r) == ineq::cooperation_kind::all_three);
    r.applicants = {org(applicant_kind::hospital)};
    CHECK(apart.cooperation(r) == ineq::cooperation_kind::none);
    // Documents without hospitals are judged alike by both settings.
    CHECK(apart(good()));
    CHECK(apart.cooperation(good()) == study.cooperation(good()));
}

TEST_CASE("why_rejected reports the first failing rule in member order") {
    patent_record r;  // fails every study rule
    r.applicants = {org(applicant_kind::individual, "JP")};
    auto rules = ineq::study_rules();
    CHECK(ineq::why_rejected(rules, r) == rejection_reason::patent_type);
    r.type = patent_type::invention;
    CHECK(ineq::why_rejected(rules, r) == rejection_reason::filing_date);
    r.filing_date = year{2015} / July / 7;
    CHECK(ineq::why_rejected(rules, r) == rejection_reason::individual_applicant);
    r.applicants[0].kind = applicant_kind::enterprise;
    CHECK(ineq::why_rejected(rules, r) == rejection_reason::overseas_applicant);
    r.applicants[0].country = "CN";
    CHECK(ineq::why_rejected(rules, r) == rejection_reason::too_few_applicants);
    r.applicants.push_back(org(applicant_kind::enterprise));
    CHECK(ineq::why_rejected(rules, r) == rejection_reason::no_iur_pair);
    r.applicants.push_back(org(applicant_kind::institute));
    CHECK(ineq::why_rejected(rules, r) == rejection_reason::selected);
    CHECK(ineq::to_string(rejection_reason::no_iur_pair) == "no IUR pair");
    CHECK(ineq::to_string(rejection_reason::selected) == "selected");
    CHECK(ineq::to_string(static_cast<rejection_reason>(99)).empty());
}

TEST_CASE("study_inventions keeps the type and date rules only") {
    const auto inv = ineq::study_inventions();
    auto r = good();
    r.applicants = {org(applicant_kind::individual, "US")};
    CHECK(inv(r));
    r.type = patent_type::utility_model;
    CHECK_FALSE(inv(r));
}

TEST_CASE("selection_rules composes with std::views::filter and ranges::views::filter") {
    std::vector<patent_record> records;
    records.push_back(good());                    // kept
    records.push_back(good());
    records.back().type = patent_type::design;     // dropped
    records.push_back(good());
    records.back().applicants.pop_back();          // dropped
    records.push_back(good());
    records.back().publication_number = "CN106000004A";  // kept

#if INEQ_TEST_STD_VIEWS
    std::vector<std::string> std_kept;
    for (const auto& r : records | std::views::filter(ineq::study_rules())) {
        std_kept.push_back(r.publication_number);
    }
    CHECK(std_kept == std::vector<std::string>{"CN106000001A", "CN106000004A"});
#endif

    auto rv3 = records | ranges::views::filter(ineq::study_rules()) | ranges::to<std::vector>();
    REQUIRE(rv3.size() == 2);
    CHECK(rv3[1].publication_number == "CN106000004A");
    CHECK(std::ranges::count_if(records, ineq::study_rules()) == 2);
}

TEST_CASE("patent_type_set: the empty set, all(), values outside the enumeration") {
    const ineq::patent_type_set none;
    for (const patent_type t : {patent_type::invention, patent_type::utility_model, patent_type::design,
                                patent_type::unknown}) {
        CHECK_FALSE(none.contains(t));
        CHECK(ineq::patent_type_set::all().contains(t));
    }
    CHECK_FALSE(ineq::patent_type_set::all().contains(static_cast<patent_type>(9)));
    CHECK_FALSE(ineq::patent_type_set::all().contains(static_cast<patent_type>(200)));
    ineq::patent_type_set s;
    s.insert(static_cast<patent_type>(200));  // a bit the set cannot hold: nothing is added
    CHECK(s == none);
    // Rules with an empty type set select nothing.
    selection_rules rules;
    rules.types = none;
    CHECK(ineq::why_rejected(rules, good()) == rejection_reason::patent_type);
    CHECK_FALSE(ineq::selects(rules, patent_record{}));
}
