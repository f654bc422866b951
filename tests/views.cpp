#include <ineq/views.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <vector>

using namespace std::chrono;

namespace {
ineq::province p(std::size_t i) { return ineq::province::from_index(i); }

ineq::patent_record rec(std::string publication, int y, std::vector<std::pair<std::string, std::size_t>> who) {
    ineq::patent_record r;
    r.publication_number = std::move(publication);
    r.type = ineq::patent_type_from_kind_code(r.publication_number);
    r.filing_date = year{y} / March / 3;
    for (auto& [name, province_index] : who) {
        ineq::applicant a;
        a.name = name;  // kinds are left unknown: the pipeline classifies them
        a.province_of = p(province_index);
        r.applicants.push_back(std::move(a));
    }
    return r;
}
}  // namespace

TEST_CASE("the study's pipeline as one expression") {
    const std::vector<ineq::patent_record> records{
        rec("CN1A", 2015, {{"清华大学", 0}, {"北京百度网讯科技有限公司", 0}}),
        rec("CN1B", 2015, {{"清华大学", 0}, {"北京百度网讯科技有限公司", 0}}),  // same application
        rec("CN2A", 2016, {{"南京大学", 9}, {"中国科学院自动化研究所", 0}}),
        rec("CN3U", 2016, {{"南京大学", 9}, {"华为技术有限公司", 18}}),          // utility model
        rec("CN4A", 2017, {{"张伟", 18}, {"华为技术有限公司", 18}}),             // individual
        rec("CN5A", 2019, {{"华为技术有限公司", 18}}),                           // one applicant
    };
    const auto panel = records | ineq::views::classify_applicants | ineq::views::unique_applications() |
                       ineq::views::select(ineq::study_rules()) | ineq::to_panel(2012, 2021);
    // Counted by hand: CN1 once (Beijing 2015), CN2 (Jiangsu and Beijing 2016).
    CHECK(panel(p(0), 2015) == 1);
    CHECK(panel(p(0), 2016) == 1);
    CHECK(panel(p(9), 2016) == 1);
    CHECK(panel.values().sum() == 3);

    const auto panels = records | ineq::views::classify_applicants | ineq::views::unique_applications() |
                        ineq::to_cooperation_panels();
    CHECK(panels.cooperative == panel);
    // all inventions 2012-2021: CN1 (Beijing), CN2 (Jiangsu, Beijing), CN4 (Guangdong),
    // CN5 (Guangdong).
    CHECK(panels.all.values().sum() == 5);
    CHECK(panels.all(p(18), 2017) == 1);
    CHECK(panels.all(p(18), 2019) == 1);

    const auto frac = records | ineq::views::classify_applicants | ineq::views::unique_applications() |
                      ineq::views::select(ineq::study_rules()) | ineq::to_fractional_panel(2012, 2021);
    CHECK(frac(p(0), 2015) == 1.0);
    CHECK(frac(p(9), 2016) == 0.5);
}

TEST_CASE("classify_applicants keeps known kinds and leaves the source alone") {
    std::vector<ineq::patent_record> records{rec("CN9A", 2020, {{"某某", 1}})};
    records[0].applicants[0].kind = ineq::applicant_kind::government;
    for (const auto& r : records | ineq::views::classify_applicants) {
        CHECK(r.applicants[0].kind == ineq::applicant_kind::government);
    }
    std::vector<ineq::patent_record> unknown{rec("CN9A", 2020, {{"浙江大学", 10}})};
    for (const auto& r : unknown | ineq::views::classify_applicants) {
        CHECK(r.applicants[0].kind == ineq::applicant_kind::university);
    }
    CHECK(unknown[0].applicants[0].kind == ineq::applicant_kind::unknown);
}

TEST_CASE("views and sinks: empty input, empty keys, bad names and bad years") {
    const std::vector<ineq::patent_record> none;
    CHECK((none | ineq::to_panel(2012, 2021)) == ineq::count_panel(2012, 2021));
    CHECK((none | ineq::to_fractional_panel(2012, 2021)) == ineq::fractional_panel(2012, 2021));
    const auto empty_panels = none | ineq::to_cooperation_panels();
    CHECK(empty_panels.all == ineq::count_panel(2012, 2021));

    // Records without an application or publication number cannot be matched: all kept.
    std::vector<ineq::patent_record> unnumbered{rec("", 2015, {{"清华大学", 0}}), rec("", 2015, {{"清华大学", 0}})};
    std::size_t kept = 0;
    for (const auto& r : unnumbered | ineq::views::unique_applications()) {
        kept += r.publication_number.empty() ? 1U : 0U;
    }
    CHECK(kept == 2);

    // Names that cannot be classified (empty, invalid UTF-8, NUL) stay unknown.
    std::vector<ineq::patent_record> bad{rec("CN7A", 2015, {{"", 0}, {"\xFF\xFE", 1}, {std::string("清华\0大学", 13), 2}})};
    for (const auto& r : bad | ineq::views::classify_applicants) {
        for (const auto& a : r.applicants) {
            CHECK(a.kind == ineq::applicant_kind::unknown);
        }
    }

    // The sinks throw as the panels and aggregate functions do, when the range is consumed.
    CHECK_THROWS_AS((void)(none | ineq::to_panel(2021, 2012)), ineq::domain_error);
    CHECK_THROWS_AS((void)(none | ineq::to_fractional_panel(2021, 2012)), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)(unnumbered | ineq::to_panel(2012, 2021, ineq::counting::fractional)),
                         "ineq::to_panel: fractional counting needs a fractional_panel", ineq::domain_error);
    // ... also when no record lands in the panel.
    CHECK_THROWS_AS((void)(none | ineq::to_panel(2012, 2021, ineq::counting::fractional)), ineq::domain_error);
    CHECK_THROWS_AS((void)(none | ineq::to_cooperation_panels(ineq::selection_rules{})), ineq::domain_error);
}

TEST_CASE("the umbrella <ineq/views.hpp> still offers adaptors and sinks together") {
    // Whole pipeline with fractional panels through the generic sink: CN1 (Beijing twice)
    // and CN2 (Jiangsu + Beijing) are IUR inventions; counted by hand, 1/k per applicant.
    const std::vector<ineq::patent_record> records{
        rec("CN1A", 2015, {{"清华大学", 0}, {"北京百度网讯科技有限公司", 0}}),
        rec("CN2A", 2016, {{"南京大学", 9}, {"中国科学院自动化研究所", 0}}),
    };
    const auto frac = records | ineq::views::classify_applicants |
                      ineq::to_cooperation_panels<double>(ineq::study_rules(), ineq::study_inventions(),
                                                          ineq::counting::fractional);
    CHECK(frac.cooperative(p(0), 2015) == 1.0);
    CHECK(frac.cooperative(p(0), 2016) == 0.5);
    CHECK(frac.cooperative(p(9), 2016) == 0.5);
    CHECK(frac.all.values().sum() == 2.0);
}
