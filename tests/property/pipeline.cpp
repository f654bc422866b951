// Property tests of the record pipeline: seeded random records (random applicants,
// provinces, kinds, countries, dates inside and outside the study's years, A/B
// publications of shared applications), thousands of cases per property.
//  - aggregating shards and merging the panels equals one pass over all records
//    (count panels exactly, fractional panels within rounding);
//  - the counting rules conserve what they count;
//  - selecting twice equals selecting once; deduplicate is idempotent and keeps one
//    document per non-empty key; the range-v3 pipeline equals the eager functions.
#include <ineq/panel/aggregate.hpp>
#include <ineq/panel/panel.hpp>
#include <ineq/patent/dedup.hpp>
#include <ineq/patent/record.hpp>
#include <ineq/patent/selection.hpp>
#include <ineq/views.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace std::chrono;

namespace {

constexpr int cases = 500;

class record_generator {
public:
    explicit record_generator(std::uint64_t seed) : rng_(seed) {}

    ineq::patent_record record() {
        ineq::patent_record r;
        const std::size_t application = pick(60);  // few applications: many A/B twins
        r.publication_number = "CN" + std::to_string(110000000 + application) + (pick(2) == 0 ? "A" : "B");
        if (pick(4) == 0) r.publication_number.clear();
        if (pick(5) == 0) r.application_number = "CN2019" + std::to_string(application) + ".7";
        r.type = static_cast<ineq::patent_type>(pick(4));
        if (pick(20) != 0) {
            const int y = 2009 + static_cast<int>(pick(16));  // 2009..2024
            r.filing_date = year{y} / month{static_cast<unsigned>(1 + pick(12))} /
                            day{static_cast<unsigned>(1 + pick(28))};
        }
        const std::size_t applicants = pick(5);
        for (std::size_t i = 0; i < applicants; ++i) {
            ineq::applicant a;
            a.name = "applicant " + std::to_string(pick(100));
            a.kind = static_cast<ineq::applicant_kind>(pick(7));  // every kind, unknown included
            if (pick(6) != 0) a.province_of = ineq::province::from_index(pick(ineq::province::count));
            a.country = pick(10) == 0 ? "US" : (pick(10) == 0 ? "" : "CN");
            r.applicants.push_back(std::move(a));
        }
        return r;
    }

    std::vector<ineq::patent_record> records() {
        std::vector<ineq::patent_record> out(pick(80));
        for (auto& r : out) r = record();
        return out;
    }

    ineq::selection_rules rules() {
        ineq::selection_rules s;
        switch (pick(4)) {
            case 0: s = ineq::study_rules(); break;
            case 1: s = ineq::study_inventions(); break;
            case 2: break;  // everything
            default:
                s.exclude_individuals = pick(2) == 0;
                s.exclude_overseas = pick(2) == 0;
                s.min_applicants = pick(4);
                s.require_iur_pair = pick(2) == 0;
                s.hospitals = pick(2) == 0 ? ineq::hospital_role::institute : ineq::hospital_role::other;
                if (pick(2) == 0) {
                    s.filed_from = year{2011 + static_cast<int>(pick(6))} / January / 1;
                    s.filed_to = year{2015 + static_cast<int>(pick(8))} / December / 31;
                }
                break;
        }
        return s;
    }

    std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

private:
    std::mt19937_64 rng_;
};

bool same_document(const ineq::patent_record& a, const ineq::patent_record& b) {
    return a.publication_number == b.publication_number && a.application_number == b.application_number &&
           a.filing_date == b.filing_date && a.type == b.type && a.applicants.size() == b.applicants.size();
}

bool same_documents(const std::vector<ineq::patent_record>& a, const std::vector<ineq::patent_record>& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), same_document);
}

std::vector<ineq::patent_record> filtered(const std::vector<ineq::patent_record>& rs, const ineq::selection_rules& s) {
    std::vector<ineq::patent_record> out;
    std::copy_if(rs.begin(), rs.end(), std::back_inserter(out), [&](const auto& r) { return ineq::selects(s, r); });
    return out;
}

const auto keep_all = [](const ineq::patent_record&) { return true; };

}  // namespace

TEST_CASE("merging shard panels equals one pass over all records") {
    record_generator g(11);
    for (int c = 0; c < cases; ++c) {
        const auto records = g.records();
        const auto rules = g.rules();
        const std::size_t shards = 1 + g.pick(5);
        std::vector<std::vector<ineq::patent_record>> parts(shards);
        for (const auto& r : records) parts[g.pick(shards)].push_back(r);

        for (const auto mode : {ineq::counting::whole, ineq::counting::first_applicant}) {
            const auto whole = ineq::aggregate<ineq::count_panel>(records, 2012, 2021, mode, rules);
            ineq::count_panel merged(2012, 2021);
            for (const auto& part : parts) merged += ineq::aggregate<ineq::count_panel>(part, 2012, 2021, mode, rules);
            CHECK(merged == whole);
        }
        const auto whole = ineq::aggregate<ineq::fractional_panel>(records, 2012, 2021, ineq::counting::fractional, rules);
        ineq::fractional_panel merged(2012, 2021);
        for (const auto& part : parts) {
            merged += ineq::aggregate<ineq::fractional_panel>(part, 2012, 2021, ineq::counting::fractional, rules);
        }
        CHECK((merged.values() - whole.values()).cwiseAbs().maxCoeff() <= 1e-12);

        const auto panels = ineq::cooperation_panels_of(records);
        ineq::cooperation_panels merged_panels{ineq::count_panel(2012, 2021), ineq::count_panel(2012, 2021)};
        for (const auto& part : parts) merged_panels += ineq::cooperation_panels_of(part);
        CHECK(merged_panels == panels);
    }
}

TEST_CASE("the counting rules conserve what they count") {
    record_generator g(12);
    for (int c = 0; c < cases; ++c) {
        const auto records = g.records();
        std::int64_t provinces_involved = 0;  // whole: distinct located provinces per record
        std::int64_t first_located = 0;       // first applicant: records whose first applicant is located
        std::int64_t located_records = 0;     // fractional: records with a located applicant
        for (const auto& r : records) {
            if (!r.filing_date.ok()) continue;
            const int y = static_cast<int>(r.filing_date.year());
            if (y < 2012 || y > 2021) continue;
            std::set<std::size_t> seen;
            for (const auto& a : r.applicants) {
                if (a.province_of) seen.insert(a.province_of->index());
            }
            provinces_involved += static_cast<std::int64_t>(seen.size());
            located_records += seen.empty() ? 0 : 1;
            first_located += !r.applicants.empty() && r.applicants.front().province_of ? 1 : 0;
        }
        const auto whole = ineq::aggregate<ineq::count_panel>(records, 2012, 2021, ineq::counting::whole, keep_all);
        const auto first =
            ineq::aggregate<ineq::count_panel>(records, 2012, 2021, ineq::counting::first_applicant, keep_all);
        const auto frac =
            ineq::aggregate<ineq::fractional_panel>(records, 2012, 2021, ineq::counting::fractional, keep_all);
        CHECK(whole.values().sum() == provinces_involved);
        CHECK(first.values().sum() == first_located);
        CHECK(std::abs(frac.values().sum() - static_cast<double>(located_records)) <= 1e-9);
        CHECK(whole.totals_by_year().sum() == whole.totals_by_province().sum());
        CHECK((frac.values().array() >= 0.0).all());
    }
}

TEST_CASE("selection is idempotent and agrees with the view") {
    record_generator g(13);
    for (int c = 0; c < cases; ++c) {
        const auto records = g.records();
        const auto rules = g.rules();
        const auto once = filtered(records, rules);
        CHECK(same_documents(filtered(once, rules), once));
        // Every kept record passes, every dropped one says why.
        for (const auto& r : records) {
            CHECK(ineq::selects(rules, r) == (ineq::why_rejected(rules, r) == ineq::rejection_reason::selected));
        }
        std::vector<ineq::patent_record> via_view;
        for (const auto& r : records | ineq::views::select(rules)) via_view.push_back(r);
        CHECK(same_documents(via_view, once));
        // Applying the study's rules after the base rules is the same as the study's rules.
        CHECK(same_documents(filtered(filtered(records, ineq::study_inventions()), ineq::study_rules()),
                             filtered(records, ineq::study_rules())));
    }
}

TEST_CASE("deduplicate is idempotent, keeps the first document of each key and every empty key") {
    record_generator g(14);
    for (int c = 0; c < cases; ++c) {
        const auto records = g.records();
        const auto once = ineq::deduplicate(records);
        const auto twice = ineq::deduplicate(once);
        CHECK(same_documents(twice, once));

        std::set<std::string> keys_in;
        std::size_t empty_in = 0;
        for (const auto& r : records) {
            const auto k = ineq::application_key(r);
            if (k.empty()) ++empty_in; else keys_in.emplace(k);
        }
        std::set<std::string> keys_out;
        std::size_t empty_out = 0;
        for (const auto& r : once) {
            const auto k = ineq::application_key(r);
            if (k.empty()) {
                ++empty_out;
            } else {
                CHECK(keys_out.emplace(k).second);  // one document per key
            }
        }
        CHECK(keys_out == keys_in);
        CHECK(empty_out == empty_in);
        CHECK(once.size() == keys_in.size() + empty_in);

        // The lazy view keeps the same documents.
        std::vector<ineq::patent_record> via_view;
        for (const auto& r : records | ineq::views::unique_applications()) via_view.push_back(r);
        CHECK(same_documents(via_view, once));

        // Deduplicating then selecting equals selecting then deduplicating only when the
        // rule cannot tell twins apart; selection of a deduplicated set is still a subset.
        const auto rules = g.rules();
        const auto selected = filtered(once, rules);
        CHECK(selected.size() <= once.size());
        CHECK(same_documents(ineq::deduplicate(selected), selected));
    }
}

TEST_CASE("the range-v3 pipeline equals the eager functions") {
    record_generator g(15);
    for (int c = 0; c < cases; ++c) {
        const auto records = g.records();
        const auto rules = g.rules();
        const auto eager = ineq::aggregate<ineq::count_panel>(ineq::deduplicate(records), 2012, 2021,
                                                              ineq::counting::whole, rules);
        const auto lazy = records | ineq::views::unique_applications() | ineq::views::select(rules) |
                          ineq::to_panel(2012, 2021);
        CHECK(lazy == eager);
        const auto frac_eager = ineq::aggregate<ineq::fractional_panel>(ineq::deduplicate(records), 2012, 2021,
                                                                        ineq::counting::fractional, rules);
        const auto frac_lazy = records | ineq::views::unique_applications() | ineq::views::select(rules) |
                               ineq::to_fractional_panel(2012, 2021);
        CHECK(frac_lazy == frac_eager);  // same records in the same order: identical sums
    }
}
