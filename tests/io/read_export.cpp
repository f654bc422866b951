// Tests of ineq/io/read_export.hpp: the real Patsnap sample read whole, a crafted export
// with one row of each rejection reason (lines and reasons written by hand), the same
// records with worker threads and from GB18030, and the files that are not exports.
//
// Expected counts on the sample come from Python's csv module, another CSV reader:
//   python3 -c "import csv,re; r=list(csv.reader(open('tests/data/patsnap_export_sample.csv',
//     encoding='utf-8-sig'), strict=True))[1:]; print(len(r),
//     sum(re.search(r'([A-Z])\d?$', x[0]).group(1) in 'ABC' for x in r),
//     sum(re.search(r'([A-Z])\d?$', x[0]).group(1) == 'U' for x in r))"
//   -> 531 417 114   (414 CN…A/B and 3 WO…A1 inventions; 114 CN…U utility models)
#include <ineq/io/read_export.hpp>

#include "sample_export.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <tuple>
#include <vector>

namespace {

std::filesystem::path temp_file(const std::string& name, const std::string& bytes) {
    const auto path = std::filesystem::temp_directory_path() /
                      ("ineq_io_read_export_" + std::to_string(::getpid()) + "_" + name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

// An incoPat-style export: rows 2 and 7 good, then one row per rejection reason.
const std::string crafted =
    "\xEF\xBB\xBF序号,公开（公告）号,申请日,专利类型,申请人,申请人类型,申请人地址\n"   // line 1
    "1,CN110000001A,2020-01-02,发明申请,清华大学; 华为技术有限公司,大专院校; 企业,北京市; 广东省深圳市\n"  // 2
    "2,CN110000002A,2020-01-03,发明申请,甲公司\n"                                     // 3: 5 fields
    "3,CN110000003A,2020-02-30,发明申请,甲公司,企业,\n"                               // 4: no such date
    "4,CN110000004A,2020-01-05,发明申请, ; ,,\n"                                     // 5: no applicants
    "5,CN110000005A,2020-01-06,发明申请,\"甲\"公司,企业,\n"                           // 6: malformed CSV
    "6,CN110000006U,2020-01-07,,\"浙江大学;\n阿里巴巴(中国)有限公司\",,\n"            // 7-8: good, two lines
    "7,CN110000007A,2020-01-08,发明申请,\xC3\x28,企业,\n";                            // 9: invalid UTF-8

}  // namespace

TEST_CASE("read_export: the real Patsnap sample") {
    const auto data = ineq::io::read_export(ineq_test::sample_export_path());
    CHECK(data.header_ok);
    CHECK(data.columns.vendor() == "Patsnap-style: 当前申请(专利权)人, 法律状态/事件");
    CHECK(data.data_rows == 531);
    CHECK(data.skipped_total == 0);
    CHECK(data.records.size() == 531);
    const auto count = [&](ineq::patent_type t) {
        return std::ranges::count_if(data.records, [&](const ineq::patent_record& r) { return r.type == t; });
    };
    CHECK(count(ineq::patent_type::invention) == 417);
    CHECK(count(ineq::patent_type::utility_model) == 114);
    CHECK(data.records.front().publication_number == "CN213624990U");
}

TEST_CASE("read_export: each rejection reason, with its lines, through on_skip") {
    const auto path = temp_file("crafted.csv", crafted);
    std::vector<std::tuple<std::size_t, std::size_t, ineq::io::row_problem, std::string>> skipped;
    ineq::io::read_options options;
    options.on_skip = [&](const ineq::io::skipped_row& s) {
        skipped.emplace_back(s.where.first_line, s.where.last_line, s.problem, std::string(s.detail));
    };
    std::vector<std::size_t> lines;
    const auto summary = ineq::io::stream_export(
        path, options, [&](ineq::patent_record&, ineq::io::row_position where) { lines.push_back(where.first_line); });
    CHECK(summary.header_ok);
    CHECK(summary.columns.vendor().starts_with("incoPat-style: "));
    CHECK(summary.data_rows == 7);
    CHECK(lines == std::vector<std::size_t>{2, 7});
    using ineq::io::row_problem;
    const std::vector<std::tuple<std::size_t, std::size_t, row_problem, std::string>> expected{
        {3, 3, row_problem::field_count, "5 fields, the header has 7"},
        {4, 4, row_problem::bad_date, "\"2020-02-30\""},
        {5, 5, row_problem::no_applicants, ""},
        {6, 6, row_problem::malformed_csv, "error parsing data while strict checking enabled"},
        {9, 9, row_problem::invalid_utf8, "field 5"},
    };
    CHECK(skipped == expected);
    CHECK(summary.skipped_total == 5);
    CHECK(summary.skipped.at(row_problem::bad_date) == 1);
    CHECK(summary.skipped.size() == 5);

    // The type column, else the kind code: row 7 has an empty type and a U number.
    const auto data = ineq::io::read_export(path);
    REQUIRE(data.records.size() == 2);
    CHECK(data.records[0].type == ineq::patent_type::invention);
    CHECK(data.records[1].type == ineq::patent_type::utility_model);
    CHECK(data.records[1].applicants.size() == 2);  // the field spans two lines
    std::filesystem::remove(path);
}

TEST_CASE("read_export: worker threads and a GB18030 file give the same records") {
    const auto one = ineq::io::read_export(ineq_test::sample_export_path());
    ineq::io::read_options threaded;
    threaded.threads = 3;
    const auto three = ineq::io::read_export(ineq_test::sample_export_path(), threaded);
    REQUIRE(three.records.size() == one.records.size());
    for (std::size_t i = 0; i < one.records.size(); ++i) {
        CHECK(three.records[i].publication_number == one.records[i].publication_number);
        CHECK(three.records[i].applicants.size() == one.records[i].applicants.size());
    }

    // The crafted export in GB18030 (the invalid-UTF-8 row dropped: it has no GB18030 form),
    // converted by iconv(1), an independent converter: `iconv -f UTF-8 -t GB18030`.
    std::string utf8 = crafted.substr(0, crafted.rfind("7,CN110000007A"));
    const auto u = temp_file("u.csv", utf8.substr(3));  // without the BOM
    const auto g = temp_file("g.csv", "");
    REQUIRE(std::system(("iconv -f UTF-8 -t GB18030 " + u.string() + " > " + g.string()).c_str()) == 0);
    CHECK(ineq::io::input_problem(g).value_or("").find("GB18030") != std::string::npos);
    CHECK_THROWS_AS((void)ineq::io::read_export(g), ineq::io::io_error);
    ineq::io::read_options gb;
    gb.encoding = "GB18030";
    const auto converted = ineq::io::read_export(g, gb);
    const auto plain = ineq::io::read_export(u);
    REQUIRE(converted.records.size() == 2);
    REQUIRE(plain.records.size() == 2);
    REQUIRE(converted.records[1].applicants.size() == 2);
    CHECK(converted.records[1].applicants[1].name == plain.records[1].applicants[1].name);
    CHECK(converted.records[1].applicants[1].name == "阿里巴巴(中国)有限公司");
    CHECK(converted.skipped_total == 4);
    std::filesystem::remove(u);
    std::filesystem::remove(g);
}

TEST_CASE("read_export: files that are not exports") {
    const auto empty = temp_file("empty.csv", "");
    CHECK_THROWS_WITH_AS((void)ineq::io::read_export(empty),
                         ("ineq::io::read_export: " + empty.string() + ": the file is empty").c_str(),
                         ineq::io::io_error);
    std::filesystem::remove(empty);
    const auto dir = std::filesystem::temp_directory_path();
    CHECK_THROWS_WITH_AS((void)ineq::io::read_export(dir),
                         ("ineq::io::read_export: " + dir.string() + ": a directory, not a CSV file").c_str(),
                         ineq::io::io_error);
    // A header without the filing date or the applicants: nothing after it is read.
    const auto junk = temp_file("junk.csv", "id,name\n1,\"broken\"quote\n2,x\n");
    const auto data = ineq::io::read_export(junk);
    CHECK_FALSE(data.header_ok);
    CHECK(data.records.empty());
    CHECK(data.skipped_total == 0);
    CHECK(data.columns.width == 2);
    std::filesystem::remove(junk);
    const auto bad_header = temp_file("badheader.csv", "申请日,\"申请人\"x\n");
    CHECK_THROWS_WITH_AS((void)ineq::io::read_export(bad_header),
                         ("ineq::io::read_export: " + bad_header.filename().string() +
                          ": the header row is not valid CSV (error parsing data while strict checking enabled)")
                             .c_str(),
                         ineq::io::io_error);
    std::filesystem::remove(bad_header);
}
