// Tests of ineq/io/export_format.hpp:
// header normalisation, column mapping for incoPat and Patsnap headers, the bad-row rules,
// and how an applicant's kind, country and province are decided. Expected provinces are
// GB/T 2260 facts (44 Guangdong, 11 Beijing, 42 Hubei, 31 Shanghai, 4403 Shenzhen).

#include <ineq/io/encoding.hpp>
#include <ineq/io/export_format.hpp>

#include <ineq/detail/utf8.hpp>

#include <doctest/doctest.h>

#include <array>
#include <random>

#include <string>
#include <variant>
#include <vector>

using ineq::io::column;

namespace {

const std::vector<std::string> incopat_header{
    "\xEF\xBB\xBF序号", "公开（公告）号", "申请号", "标题", "申请日", "专利类型", "申请人",
    "申请人类型", "申请人国别代码", "申请人地址", "申请人省市代码", "来源"};

std::vector<std::string> incopat_row(std::string date, std::string names, std::string types, std::string countries,
                                     std::string addresses, std::string codes, std::string type = "发明申请") {
    return {"1", "CN110000001A", "CN201910000001.1", "标题", std::move(date), std::move(type), std::move(names),
            std::move(types), std::move(countries), std::move(addresses), std::move(codes), "SYNTHETIC test"};
}

const ineq::patent_record& record_of(const std::variant<ineq::patent_record, ineq::io::row_error>& v) {
    REQUIRE(std::holds_alternative<ineq::patent_record>(v));
    return std::get<ineq::patent_record>(v);
}

// The province code of an applicant, 0 when it has none.
int code_of(const ineq::applicant& a) { return a.province_of ? a.province_of->code() : 0; }

ineq::io::row_problem problem_of(const std::variant<ineq::patent_record, ineq::io::row_error>& v) {
    REQUIRE(std::holds_alternative<ineq::io::row_error>(v));
    return std::get<ineq::io::row_error>(v).problem;
}

}  // namespace

TEST_CASE("normalise_header removes BOM, spaces and full-width brackets, lower-cases ASCII") {
    CHECK(ineq::io::normalise_header("\xEF\xBB\xBF公开（公告）号") == "公开(公告)号");
    CHECK(ineq::io::normalise_header(" 当前申请 (专利权)人\xE3\x80\x80") == "当前申请(专利权)人");
    CHECK(ineq::io::normalise_header("Publication Number") == "publicationnumber");
    CHECK(ineq::io::normalise_header("") == "");
}

TEST_CASE("map_columns recognises incoPat and Patsnap headers") {
    const auto m = ineq::io::map_columns(incopat_header);
    CHECK(m.usable());
    CHECK(m.vendor().starts_with("incoPat-style: "));
    CHECK(m[column::publication_number] == 1U);
    CHECK(m[column::application_number] == 2U);
    CHECK(m[column::filing_date] == 4U);
    CHECK(m[column::applicant_province_code] == 10U);
    CHECK(m[column::source] == 11U);

    // The real Patsnap sample's header (examples/data/patsnap_export_sample.csv).
    const auto p = ineq::io::map_columns(
        {"\xEF\xBB\xBF公开(公告)号", "标题", "申请日", "公开(公告)日", "当前申请(专利权)人", "发明人", "法律状态/事件"});
    CHECK(p.usable());
    CHECK(p.vendor() == "Patsnap-style: 当前申请(专利权)人, 法律状态/事件");

    // incoPat's own column names without its type and code columns: still incoPat.
    CHECK(ineq::io::map_columns({"序号", "公开（公告）号", "申请日", "申请人", "申请人地址"}).vendor() ==
          "incoPat-style: 序号, 申请人, 申请人地址");
    CHECK(ineq::io::map_columns({"Publication Number", "Filing Date", "Applicants"}).vendor() ==
          "unrecognised vendor (generic column names)");
    CHECK(p[column::publication_number] == 0U);
    CHECK(p[column::applicants] == 4U);
    CHECK_FALSE(p.has(column::application_number));

    // The current owner wins over the original applicant, whatever the column order.
    const auto q = ineq::io::map_columns({"原始申请(专利权)人", "申请日", "当前申请(专利权)人"});
    CHECK(q[column::applicants] == 2U);

    CHECK_FALSE(ineq::io::map_columns({"a", "b"}).usable());
    CHECK_FALSE(ineq::io::map_columns({}).usable());
}

TEST_CASE("make_record aligns the per-applicant lists by position, keeping empty entries") {
    const auto m = ineq::io::map_columns(incopat_header);
    ineq::io::row_info info;
    const auto v = ineq::io::make_record(
        incopat_row("2019-06-20", "深圳市甲科技有限公司; 乙大学; 中国科学院武汉某研究所", "企业; ; 科研单位",
                    "CN; CN; CN", "; 上海市闵行区; ", "4403; ; "),
        m, &info);
    const auto& r = record_of(v);
    CHECK(info.synthetic);
    CHECK(r.type == ineq::patent_type::invention);
    CHECK(r.filing_date == std::chrono::year{2019} / 6 / 20);
    REQUIRE(r.applicants.size() == 3);
    CHECK(r.applicants[0].kind == ineq::applicant_kind::enterprise);
    CHECK(code_of(r.applicants[0]) == 44);  // from the code 4403
    CHECK(r.applicants[1].kind == ineq::applicant_kind::university);  // empty type: from the name
    CHECK(code_of(r.applicants[1]) == 31);  // from the address
    CHECK(r.applicants[2].kind == ineq::applicant_kind::institute);
    CHECK(code_of(r.applicants[2]) == 42);  // from the name, after 中国科学院
    CHECK(ineq::cooperation_of(r) == ineq::cooperation_kind::all_three);
}

TEST_CASE("make_applicant: country codes, Hong Kong / Taiwan addresses, unknown places") {
    const auto us = ineq::io::applicant_from_fields("Sony Group Corporation", "企业", "jp", "Tokyo, Japan", "");
    CHECK(us.country == "JP");
    CHECK_FALSE(us.province_of.has_value());
    CHECK(ineq::is_overseas(us));

    const auto hk = ineq::io::applicant_from_fields("香港中文大学", "大专院校", "", "香港新界沙田", "");
    CHECK(hk.country == "HK");
    CHECK(ineq::is_overseas(hk));

    const auto tw = ineq::io::applicant_from_fields("某电子工业股份有限公司", "企业", "CN", "台湾台北市内湖区", "");
    CHECK(tw.country == "TW");
    CHECK(ineq::is_overseas(tw));

    const auto person = ineq::io::applicant_from_fields("张伟", "个人", "CN", "北京市海淀区", "11");
    CHECK(person.kind == ineq::applicant_kind::individual);
    CHECK(code_of(person) == 11);

    const auto nowhere = ineq::io::applicant_from_fields("中原利达铁路轨道技术发展有限公司", "", "", "", "");
    CHECK(nowhere.kind == ineq::applicant_kind::enterprise);
    CHECK(nowhere.country.empty());
    CHECK_FALSE(nowhere.province_of.has_value());
    CHECK_FALSE(ineq::is_overseas(nowhere));

    // A province name in the code column is accepted too.
    CHECK(code_of(ineq::io::applicant_from_fields("甲公司", "企业", "CN", "", "广东")) == 44);
}


TEST_CASE("make_record reports bad rows") {
    const auto m = ineq::io::map_columns(incopat_header);
    auto short_row = incopat_row("2019-01-01", "甲公司", "企业", "CN", "", "44");
    short_row.pop_back();
    CHECK(problem_of(ineq::io::make_record(short_row, m)) == ineq::io::row_problem::field_count);
    CHECK(problem_of(ineq::io::make_record(incopat_row("2019-02-30", "甲公司", "", "", "", ""), m)) ==
          ineq::io::row_problem::bad_date);
    CHECK(problem_of(ineq::io::make_record(incopat_row("", "甲公司", "", "", "", ""), m)) ==
          ineq::io::row_problem::bad_date);
    CHECK(problem_of(ineq::io::make_record(incopat_row("2019-01-01", " ; ", "", "", "", ""), m)) ==
          ineq::io::row_problem::no_applicants);
    CHECK(problem_of(ineq::io::make_record(incopat_row("2019-01-01", "\xC3\x28公司", "", "", "", ""), m)) ==
          ineq::io::row_problem::invalid_utf8);
    CHECK(problem_of(ineq::io::make_record(incopat_row("2019-01-01", "甲公司", "\xED\xA0\x80", "", "", ""), m)) ==
          ineq::io::row_problem::invalid_utf8);  // an encoded surrogate
}

TEST_CASE("make_record: patent type from the type column, else the kind code") {
    const auto m = ineq::io::map_columns({"公开(公告)号", "申请日", "申请人"});
    CHECK(record_of(ineq::io::make_record({"CN213624990U", "2020-06-24", "甲公司"}, m)).type ==
          ineq::patent_type::utility_model);
    CHECK(record_of(ineq::io::make_record({"CN110210173B", "2019-06-20", "甲公司"}, m)).type ==
          ineq::patent_type::invention);
    CHECK(record_of(ineq::io::make_record({"", "2019-06-20", "甲公司"}, m)).type == ineq::patent_type::unknown);
}

TEST_CASE("valid_utf8") {
    CHECK(ineq::io::valid_utf8(""));
    CHECK(ineq::io::valid_utf8("申请人 abc"));
    CHECK_FALSE(ineq::io::valid_utf8("\xC0\xAF"));          // overlong
    CHECK_FALSE(ineq::io::valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(ineq::io::valid_utf8("\xE7\x94"));          // truncated
}

TEST_CASE("valid_utf8 agrees with the library's UTF-8 check on random bytes") {
    // Reference: ineq::detail::utf8::valid, a separate implementation of the same rules
    // (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF). The bytes are
    // drawn mostly from lead and continuation bytes so that every branch is reached.
    std::mt19937 rng(3629);
    const std::array<unsigned char, 16> bytes{0x41, 0x80, 0x8F, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2,
                                              0xDF, 0xE0, 0xE4, 0xED, 0xEF, 0xF0, 0xF4, 0xF5};
    std::uniform_int_distribution<std::size_t> length(0, 24);
    std::uniform_int_distribution<std::size_t> pick(0, bytes.size() - 1);
    for (int k = 0; k < 200000; ++k) {
        std::string s;
        const std::size_t n = length(rng);
        for (std::size_t i = 0; i < n; ++i) {
            // every other string mostly ASCII, for runs of eight ASCII bytes
            s += (k % 2 == 1 && pick(rng) < 12) ? 'a' : static_cast<char>(bytes[pick(rng)]);
        }
        REQUIRE(ineq::io::valid_utf8(s) == ineq::detail::utf8::valid(s));
    }
    CHECK(ineq::io::valid_utf8("ASCII text, then 中文 and more ASCII"));
}

TEST_CASE("valid_utf8 agrees with the library's UTF-8 check on long Chinese runs with one byte changed") {
    // The run of three-byte characters is tested two characters at a time: one changed byte
    // at every position and of every value of interest must be found wherever it falls.
    std::mt19937 rng(20261201);
    const std::string_view chars[] = {"北", "京", "大", "学", "\xEF\xBC\x88", "\xEE\x80\x80", "\xE1\x80\x80"};
    const std::array<unsigned char, 14> replacements{0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC2, 0xE0,
                                                     0xE4, 0xED, 0xEF, 0xF0, 0xF4, 0xFF, 0x00};
    std::uniform_int_distribution<std::size_t> length(1, 12);
    std::uniform_int_distribution<std::size_t> pick_char(0, std::size(chars) - 1);
    std::uniform_int_distribution<std::size_t> pick_byte(0, replacements.size() - 1);
    std::size_t valid_seen = 0;
    std::size_t invalid_seen = 0;
    for (int k = 0; k < 20000; ++k) {
        std::string s = (k % 3 == 0) ? "ab" : "";
        const std::size_t n = length(rng);
        for (std::size_t c = 0; c < n; ++c) s += chars[pick_char(rng)];
        REQUIRE(ineq::io::valid_utf8(s));
        std::uniform_int_distribution<std::size_t> at(0, s.size() - 1);
        s[at(rng)] = static_cast<char>(replacements[pick_byte(rng)]);
        const bool expected = ineq::detail::utf8::valid(s);
        REQUIRE(ineq::io::valid_utf8(s) == expected);
        (expected ? valid_seen : invalid_seen) += 1;
    }
    CHECK(valid_seen > 100);
    CHECK(invalid_seen > 10000);
}

TEST_CASE("map_columns: the caller's column names outrank the built-in ones") {
    // A layout the library does not know (German names), and a user name that takes a
    // column from a built-in one: the user's "Inhaber" wins over the built-in 申请人.
    const std::array<ineq::io::column_alias, 3> user{{{"Anmelder", column::applicants},
                                                      {" anmeldetag ", column::filing_date},
                                                      {"Inhaber", column::applicants}}};
    const std::vector<std::string> german{"Veröffentlichungsnummer", "ANMELDETAG", "Anmelder"};
    CHECK_FALSE(ineq::io::map_columns(german).usable());
    const auto g = ineq::io::map_columns(german, user);
    CHECK(g.usable());
    CHECK(g[column::filing_date] == 1U);
    CHECK(g[column::applicants] == 2U);
    CHECK(g.vendor() == "unrecognised vendor (generic column names)");
    const auto mixed = ineq::io::map_columns({"申请人", "申请日", "Inhaber"}, user);
    CHECK(mixed[column::applicants] == 2U);
    CHECK(mixed[column::filing_date] == 1U);  // the built-in name still maps the rest
    // The record is built through the user's map as through a vendor's.
    const auto r = ineq::io::make_record({"CN110000001A", "2020-01-02", "清华大学; 华为技术有限公司"}, g);
    REQUIRE(std::holds_alternative<ineq::patent_record>(r));
    CHECK(std::get<ineq::patent_record>(r).applicants.size() == 2);
}
