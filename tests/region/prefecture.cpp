#include <ineq/region/prefecture.hpp>

#include "csv.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

using ineq::find_prefecture;
using ineq::prefecture_from_code;
using namespace std::string_view_literals;

namespace {
bool is_placeholder_name(const std::string& n) {
    return n == "市辖区" || n == "县" || n == "省直辖县级行政区划" || n == "自治区直辖县级行政区划";
}
}  // namespace

TEST_CASE("the table matches tests/data/prefectures.csv row by row") {
    // prefectures.csv: GB/T 2260 via modood/Administrative-divisions-of-China (MIT, (c) 2017 mwn)
    const auto rows = ineq_test::read_csv("prefectures.csv");
    REQUIRE(rows.size() == 342);
    const auto table = ineq::prefectures();
    REQUIRE(table.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        REQUIRE(r.size() == 3);
        CAPTURE(r[1]);
        CHECK(int{table[i].code} == std::stoi(r[0]));
        CHECK(table[i].name == r[1]);
        CHECK(int{table[i].province_code} == std::stoi(r[2]));
        CHECK(int{table[i].province_of().code()} == std::stoi(r[2]));
        CHECK(table[i].is_placeholder() == is_placeholder_name(r[1]));
        if (i > 0) CHECK(table[i - 1].code < table[i].code);
    }
}

TEST_CASE("every prefecture resolves by code and by name to its province") {
    const auto rows = ineq_test::read_csv("prefectures.csv");
    std::set<int> provinces_seen;
    std::size_t named = 0;
    for (const auto& r : rows) {
        const int code = std::stoi(r[0]);
        const int prov = std::stoi(r[2]);
        CAPTURE(r[1]);
        provinces_seen.insert(prov);
        const auto by_code = prefecture_from_code(code);
        REQUIRE(by_code.has_value());
        CHECK(by_code->name == r[1]);
        CHECK(int{by_code->province_of().code()} == prov);
        CHECK(prefecture_from_code(code * 100 + 2).value().code == code);  // 6-digit county code
        CHECK(prefecture_from_code(std::string_view{r[0]}).value().code == code);
        CHECK(prefecture_from_code(std::string_view{r[0] + "02"}).value().code == code);
        const auto by_name = find_prefecture(r[1]);
        if (is_placeholder_name(r[1])) {
            CHECK_FALSE(by_name.has_value());
        } else {
            REQUIRE(by_name.has_value());
            ++named;
            CHECK(int{by_name->code} == code);
            CHECK(int{by_name->province_of().code()} == prov);
        }
    }
    CHECK(provinces_seen.size() == 31);
    // grep -cE ',(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划),' tests/data/prefectures.csv  -> 9
    CHECK(named == 342 - 9);
}

TEST_CASE("find_prefecture: short names and traps") {
    CHECK(find_prefecture("深圳")->code == 4403);
    CHECK(find_prefecture(" 深圳市 ")->code == 4403);
    CHECK(find_prefecture("喀什")->code == 6531);
    CHECK(find_prefecture("海南藏族自治州")->province_of().code() == 63);  // Qinghai, not Hainan
    CHECK(find_prefecture("吉林市")->province_of().code() == 22);
    CHECK(find_prefecture("朝阳市")->province_of().code() == 21);        // Liaoning
    CHECK(find_prefecture("朝阳")->province_of().code() == 21);
    CHECK_FALSE(find_prefecture("吉林").has_value());  // the province, not the city
    CHECK_FALSE(find_prefecture("海南").has_value());
    CHECK_FALSE(find_prefecture("北京").has_value());
    for (std::string_view s : {""sv, "  "sv, "市辖区"sv, "县"sv, "省直辖县级行政区划"sv, "自治区直辖县级行政区划"sv,
                               "市"sv, "朝阳区"sv, "Shenzhen"sv, "foo"sv, "深圳市南山区"sv, "深\0圳"sv,
                               "\xE6\xB7\xB1"sv, "\xFF"sv}) {
        CAPTURE(s);
        CHECK_FALSE(find_prefecture(s).has_value());
    }
}

TEST_CASE("prefecture_from_code: unknown codes and other lengths give empty") {
    for (long c : {0L, 11L, 44L, 1100L, 1199L, 7100L, 8100L, 8200L, 710000L, 810100L, 99L, 99999L, 1234567L, -4403L}) {
        CAPTURE(c);
        CHECK_FALSE(prefecture_from_code(c).has_value());
    }
    for (std::string_view s : {""sv, "44"sv, "4403x"sv, "04403"sv, "0403"sv, "44 03"sv, "\xE4"sv}) {
        CAPTURE(s);
        CHECK_FALSE(prefecture_from_code(s).has_value());
    }
    static_assert(prefecture_from_code(4403L)->name == "深圳市");
}

TEST_CASE("prefecture_from_code(text): NUL bytes, blank text and invalid UTF-8 give empty") {
    for (std::string_view s : {" "sv, "\t"sv, "\0"sv, "4403\0"sv, "\0" "4403"sv, "44\0" "03"sv, "4403\xFF"sv}) {
        CAPTURE(s.size());
        CHECK_FALSE(prefecture_from_code(s).has_value());
    }
    CHECK(prefecture_from_code(" 4403 "sv)->name == "深圳市");
    CHECK_FALSE(find_prefecture("\0"sv).has_value());
    CHECK_FALSE(find_prefecture("深圳\0"sv).has_value());
}

TEST_CASE("prefecture_info::province_of throws for a code that is not a mainland province's") {
    for (std::uint8_t code : {std::uint8_t{0}, std::uint8_t{20}, std::uint8_t{71}, std::uint8_t{81},
                              std::uint8_t{99}, std::uint8_t{100}, std::uint8_t{255}}) {
        CAPTURE(int{code});
        const ineq::prefecture_info hand_built{9999, "x", code};
        CHECK_THROWS_AS((void)hand_built.province_of(), ineq::domain_error);
        CHECK_THROWS_WITH((void)hand_built.province_of(),
                          doctest::Contains("ineq::prefecture_info::province_of: province_code is not a "
                                            "mainland province's code"));
    }
    // Never throws for the rows of prefectures().
    for (const ineq::prefecture_info& p : ineq::prefectures()) {
        CHECK_NOTHROW((void)p.province_of());
    }
}

TEST_CASE("find_prefecture trims every white space of the library's one rule") {
    // GB/T 2260: 深圳市 is 4403 in Guangdong (44).
    CHECK(find_prefecture("深圳市\u00A0")->code == 4403);
    CHECK(find_prefecture("\u00A0\u3000深圳\u2009")->code == 4403);
    CHECK_FALSE(find_prefecture("深圳\xC2").has_value());  // a lone C2 byte: invalid UTF-8
    CHECK(find_prefecture("深圳市")->province_of().code() == 44);
}
