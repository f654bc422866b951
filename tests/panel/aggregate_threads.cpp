// Aggregation on several threads gives exactly the one-thread panels, for every counting
// rule, also the fractional counts (whose sums depend on the order of the additions), and
// for the record-at-a-time path (add_record into cooperation panels) used when an export is
// streamed. The reference is the one-thread result and, for whole counts, a count made here
// from the records directly.

#include <ineq/panel/aggregate.hpp>
#include <ineq/region/region_set.hpp>

#include <doctest/doctest.h>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <random>
#include <utility>
#include <vector>

using namespace std::chrono;

namespace {

// 20000 random records (more than the 4096 below which one thread is used): 1 to 4
// applicants of random kind and province, some overseas, some without a province, filed
// 2008..2024 (partly outside the study's years), mostly inventions.
std::vector<ineq::patent_record> random_records(unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> year(2008, 2024);
    std::uniform_int_distribution<std::size_t> count(1, 4);
    std::uniform_int_distribution<std::size_t> province(0, ineq::province::count - 1);
    std::uniform_int_distribution<int> kind(0, 5);
    std::uniform_int_distribution<int> percent(0, 99);
    const std::array<ineq::applicant_kind, 6> kinds{
        ineq::applicant_kind::university, ineq::applicant_kind::enterprise, ineq::applicant_kind::institute,
        ineq::applicant_kind::hospital,   ineq::applicant_kind::individual, ineq::applicant_kind::government};
    std::vector<ineq::patent_record> out(20000);
    for (auto& r : out) {
        r.filing_date = std::chrono::year{year(rng)} / June / 1;
        r.type = percent(rng) < 80 ? ineq::patent_type::invention : ineq::patent_type::utility_model;
        const std::size_t n = count(rng);
        for (std::size_t i = 0; i < n; ++i) {
            ineq::applicant a;
            a.name = "applicant";
            a.kind = kinds[static_cast<std::size_t>(kind(rng))];
            const int where = percent(rng);
            if (where < 5) {
                a.country = "US";
            } else if (where < 10) {
                a.country = "";
            } else {
                a.province_of = ineq::province::from_index(province(rng));
            }
            r.applicants.push_back(std::move(a));
        }
    }
    return out;
}

}  // namespace

TEST_CASE("cooperation_panels_of: 2 and 3 threads give the one-thread panels exactly") {
    const auto records = random_records(7);
    const auto rules = ineq::study_rules();
    const auto base = ineq::study_inventions();
    for (const auto mode : {ineq::counting::whole, ineq::counting::first_applicant}) {
        const auto one = ineq::cooperation_panels_of(records, rules, base, mode, ineq::province_regions(), 1);
        CHECK(one.cooperative.values().sum() > 0);
        for (const unsigned t : {2U, 3U, 0U}) {
            CAPTURE(t);
            CHECK(ineq::cooperation_panels_of(records, rules, base, mode, ineq::province_regions(), t) == one);
        }
    }
    const auto frac = ineq::cooperation_panels_of<double>(records, rules, base, ineq::counting::fractional,
                                                          ineq::province_regions(), 1);
    CHECK(frac.cooperative.values().sum() > 0.0);
    for (const unsigned t : {2U, 3U}) {
        CAPTURE(t);
        // Bit for bit: each cell receives the same additions in the same order.
        CHECK(ineq::cooperation_panels_of<double>(records, rules, base, ineq::counting::fractional,
                                                  ineq::province_regions(), t) == frac);
    }
}

TEST_CASE("cooperation_panels_of on threads: whole counts equal a direct count of the records") {
    const auto records = random_records(11);
    const auto rules = ineq::study_rules();
    // Reference: for each selected record, its distinct provinces in its year.
    std::map<std::pair<std::size_t, int>, std::int64_t> expected;
    for (const auto& r : records) {
        if (!rules(r)) continue;
        std::array<bool, ineq::province::count> seen{};
        for (const auto& a : r.applicants) {
            if (a.province_of && !seen[a.province_of->index()]) {
                seen[a.province_of->index()] = true;
                ++expected[{a.province_of->index(), static_cast<int>(r.filing_date.year())}];
            }
        }
    }
    const auto panels = ineq::cooperation_panels_of(records, rules, ineq::study_inventions(), ineq::counting::whole,
                                                    ineq::province_regions(), 2);
    std::int64_t total = 0;
    for (const auto& [key, n] : expected) {
        CHECK(panels.cooperative(ineq::province::from_index(key.first), key.second) == n);
        total += n;
    }
    CHECK(panels.cooperative.values().sum() == total);
}

TEST_CASE("add_record into cooperation panels, one record at a time, equals cooperation_panels_of") {
    const auto records = random_records(13);
    const auto rules = ineq::study_rules();
    const auto base = ineq::study_inventions();
    ineq::fractional_cooperation_panels streamed{ineq::fractional_panel(ineq::prefecture_regions(), 2012, 2021),
                                                 ineq::fractional_panel(ineq::prefecture_regions(), 2012, 2021)};
    for (const auto& r : records) ineq::add_record(streamed, r, rules, base, ineq::counting::fractional);
    CHECK(streamed == ineq::cooperation_panels_of<double>(records, rules, base, ineq::counting::fractional,
                                                         ineq::prefecture_regions()));
}

TEST_CASE("aggregate: threads give the one-thread panel") {
    const auto records = random_records(17);
    const auto keep = ineq::study_rules();
    const auto one = ineq::aggregate<ineq::count_panel>(records, 2012, 2021, ineq::counting::whole, keep);
    const auto two = ineq::aggregate<ineq::count_panel>(records, 2012, 2021, ineq::counting::whole, keep,
                                                        ineq::province_regions(), 2);
    CHECK(one == two);
    const auto f1 = ineq::aggregate<ineq::fractional_panel>(records, 2012, 2021, ineq::counting::fractional, keep);
    const auto f3 = ineq::aggregate<ineq::fractional_panel>(records, 2012, 2021, ineq::counting::fractional, keep,
                                                            ineq::province_regions(), 3);
    CHECK(f1 == f3);
}
