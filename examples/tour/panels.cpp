// tour/panels: from patent records to Table 1 and the yearly inequality series.
//
// What you learn here:
//   - a patent_record is a plain aggregate you fill from your data; applicants get their kind
//     and province from ineq::resolve_applicant;
//   - ineq::deduplicate keeps one document per application (A and B publications);
//   - the study's selection rules, and why_rejected naming the first rule a record fails;
//   - cooperation_panels_of: province x year panels of all and of cooperative patents, then
//     the cooperation-degree table (Table 1) and the yearly range, sd, Gini and CV.
//
// Headers: <ineq/patent/...> (standard library only) and <ineq/panel/...> (Eigen).
// Run:  build/dev/examples/tour_panels

#include <ineq/panel/aggregate.hpp>
#include <ineq/panel/tables.hpp>
#include <ineq/patent/dedup.hpp>
#include <ineq/patent/patent_type.hpp>
#include <ineq/patent/record.hpp>
#include <ineq/patent/resolve.hpp>
#include <ineq/patent/selection.hpp>

#include <fmt/format.h>

#include <chrono>
#include <map>
#include <string_view>
#include <utility>
#include <vector>

namespace {

// One record: application number, publication number (its kind code gives the type), filing
// year, and applicants as (name, address) pairs resolved by the library.
ineq::patent_record record(std::string_view application, std::string_view publication, int year,
                           std::vector<std::pair<std::string_view, std::string_view>> applicants) {
    ineq::patent_record r;
    r.application_number = application;
    r.publication_number = publication;
    r.filing_date = std::chrono::year{year} / 6 / 1;
    r.type = ineq::patent_type_from_kind_code(ineq::kind_code_of(r.publication_number));
    for (auto [name, address] : applicants)
        r.applicants.push_back(ineq::make_applicant(name, ineq::resolve_applicant(name, address)));
    return r;
}

}  // namespace

int main() {
    const std::vector<ineq::patent_record> records{
        record("CN201910000001.1", "CN110000001A", 2019, {{"清华大学", ""}, {"北京百度网讯科技有限公司", "北京市海淀区"}}),
        record("CN201910000001.1", "CN110000001B", 2019, {{"清华大学", ""}, {"北京百度网讯科技有限公司", "北京市海淀区"}}),
        record("CN202010000002.2", "CN111000002A", 2020, {{"浙江大学", ""}, {"杭州海康威视数字技术股份有限公司", "浙江省杭州市"}}),
        record("CN202010000003.3", "CN111000003A", 2020, {{"上海交通大学", ""}, {"中国科学院上海微系统与信息技术研究所", "上海市长宁区"}}),
        record("CN202010000004.4", "CN111000004A", 2020, {{"华为技术有限公司", "广东省深圳市"}, {"张伟", ""}}),
        record("CN202110000005.5", "CN112000005A", 2021, {{"清华大学", ""}, {"三星电子株式会社", ""}}),
        record("CN202120000006.6", "CN213000006U", 2021, {{"浙江大学", ""}, {"浙江大华技术股份有限公司", "浙江省杭州市"}}),
        record("CN202110000007.7", "CN112000007A", 2021, {{"华为技术有限公司", "广东省深圳市"}}),
        record("CN202110000008.8", "CN112000008A", 2021, {{"清华大学", ""}, {"北京大学", ""}}),
        record("CN202110000009.9", "CN112000009A", 2021, {{"哈尔滨工业大学(深圳)", ""}, {"腾讯科技(深圳)有限公司", ""}}),
        record("CN202210000010.0", "CN113000010A", 2022, {{"浙江大学", ""}, {"杭州海康威视数字技术股份有限公司", "浙江省杭州市"}}),
    };

    const std::vector<ineq::patent_record> unique = ineq::deduplicate(records);
    fmt::print("{} documents, {} applications after deduplication\n\n", records.size(), unique.size());

    const ineq::selection_rules rules = ineq::study_rules();
    std::map<ineq::rejection_reason, int> reasons;
    for (const ineq::patent_record& r : unique) ++reasons[rules.why_rejected(r)];
    fmt::print("selection (study rules, first failing rule per application)\n");
    for (auto [reason, n] : reasons) fmt::print("  {:<22} {}\n", ineq::to_string(reason), n);

    // Whole counting: a patent counts once for each distinct province among its applicants.
    const ineq::cooperation_panels panels = ineq::cooperation_panels_of(unique);
    const ineq::cooperation_table table = ineq::cooperation_degree_table(panels.all, panels.cooperative);
    fmt::print("\nTable 1 (provinces with patents)\nrank province      all cooperative degree\n");
    for (const auto& row : table.rows)
        if (row.all > 0)
            fmt::print("{:>4} {:<13} {:>3} {:>11} {:>5.1f} %\n", row.rank, row.label, row.all, row.cooperative,
                       100 * row.degree.value_or(0));
    fmt::print("national         {:>3} {:>11} {:>5.1f} %\n", table.total_all, table.total_cooperative,
               100 * table.national_degree);

    const ineq::yearly_series series = ineq::yearly_inequality(panels.cooperative);
    fmt::print("\ncooperative patents across the 31 provinces (years with patents)\nyear total range    sd   Gini    CV\n");
    for (const ineq::yearly_point& y : series.points)
        if (y.total > 0)
            fmt::print("{} {:>5} {:>5} {:>5.3f} {:>6.4f} {:>5.3f}\n", y.year, y.total, y.range, y.sample_sd,
                       y.gini.value_or(0), y.cv.value_or(0));
    // A year without patents has no Gini or CV: an empty optional, never NaN.
    const ineq::yearly_point& first = series.points.front();
    fmt::print("{}: total {}, Gini {}\n", first.year, first.total, first.gini ? "defined" : "empty (no patents)");
}
