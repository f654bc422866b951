// The module's umbrella header compiles on its own and brings in every part.
#include <ineq/patent.hpp>

#include "sample_export.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

TEST_CASE("ineq/patent.hpp: a pipeline from export fields to the study's selection") {
    // One Patsnap row of tests/data/patsnap_export_sample.csv: CN113917562A, filed
    // 2021-09-27 by 中国科学院武汉岩土力学研究所 alone.
    ineq::patent_record r;
    r.publication_number = "CN113917562A";
    r.type = ineq::patent_type_from_kind_code(r.publication_number);
    r.filing_date = ineq::parse_date("2021-09-27").value();
    for (std::string_view name : ineq::split_applicants("中国科学院武汉岩土力学研究所 | 武汉大学")) {
        r.applicants.push_back(ineq::applicant{.name = std::string(name), .kind = ineq::classify_applicant(name)});
    }
    CHECK(r.type == ineq::patent_type::invention);
    CHECK(ineq::cooperation_of(r) == ineq::cooperation_kind::university_institute);
    CHECK(ineq::selects(ineq::study_rules(), r));
    CHECK(ineq::application_key(r) == "CN113917562");
    CHECK(ineq::deduplicate({r, r}).size() == 1);
}

TEST_CASE("ineq/patent.hpp: the whole Patsnap sample through the pipeline") {
    std::vector<ineq::patent_record> records;
    std::size_t dates_parsed = 0;
    ineq_test::for_each_sample_row([&](const auto& f) {
        ineq::patent_record r;
        r.publication_number = std::string(f[0]);
        r.type = ineq::patent_type_from_kind_code(f[0]);
        if (const auto d = ineq::parse_date(f[2])) {
            r.filing_date = *d;
            ++dates_parsed;
        }
        for (std::string_view name : ineq::split_applicants(f[4])) {
            r.applicants.push_back(ineq::applicant{.name = std::string(name), .kind = ineq::classify_applicant(name)});
        }
        records.push_back(std::move(r));
    });
    // Expected counts from Python's csv module:
    // python3 -c "import csv,re,collections; rows=list(csv.DictReader(open('tests/data/patsnap_export_sample.csv',encoding='utf-8-sig'))); print(len(rows), collections.Counter(re.search(r'([A-Z]\d?)$',r['公开(公告)号']).group(1) for r in rows), collections.Counter(r['公开(公告)号'][:2] for r in rows), len(set(re.sub(r'[A-Z]\d?$','',r['公开(公告)号']) for r in rows)))"
    // -> 531 Counter({'A': 314, 'U': 114, 'B': 100, 'A1': 3}) Counter({'CN': 528, 'WO': 3}) 433
    REQUIRE(records.size() == 531);
    CHECK(dates_parsed == 531);
    const auto count_type = [&](ineq::patent_type t) {
        return std::ranges::count_if(records, [t](const auto& r) { return r.type == t; });
    };
    CHECK(count_type(ineq::patent_type::invention) == 314 + 100);
    CHECK(count_type(ineq::patent_type::utility_model) == 114);
    CHECK(count_type(ineq::patent_type::unknown) == 3);  // the WO…A1 documents

    const auto unique = ineq::deduplicate(records);
    CHECK(unique.size() == 433);

    // python3 tests/patent/expected_selection.py
    // -> 204 433 24 {'type': 117, 'few': 234, 'nopair': 45, 'individual': 4, 'date': 9}
    std::map<ineq::rejection_reason, long> reasons;
    for (const auto& r : unique) ++reasons[ineq::why_rejected(ineq::study_rules(), r)];
    CHECK(reasons[ineq::rejection_reason::selected] == 24);
    CHECK(reasons[ineq::rejection_reason::patent_type] == 117);
    CHECK(reasons[ineq::rejection_reason::filing_date] == 9);
    CHECK(reasons[ineq::rejection_reason::individual_applicant] == 4);
    CHECK(reasons[ineq::rejection_reason::overseas_applicant] == 0);
    CHECK(reasons[ineq::rejection_reason::too_few_applicants] == 234);
    CHECK(reasons[ineq::rejection_reason::no_iur_pair] == 45);
    CHECK(std::ranges::count_if(unique, ineq::study_rules()) == 24);
}
