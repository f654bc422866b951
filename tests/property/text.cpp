// Property tests of the text functions over their own tables and seeded random text:
// round trips (every province and prefecture is found by its names, and an address
// built from a prefecture resolves to its province), consistency between the lookups,
// and garbage in, empty out. Expected values are the rows of tests/data/*.csv as
// re-checked by the region tests; here the functions are checked against each other.
#include <ineq/patent/classify.hpp>
#include <ineq/patent/split.hpp>
#include <ineq/region/address.hpp>
#include <ineq/region/prefecture.hpp>
#include <ineq/region/province.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

TEST_CASE("every province is found by its Chinese and English names, and as an address") {
    for (std::size_t i = 0; i < ineq::province::count; ++i) {
        const auto p = ineq::province::from_index(i);
        CHECK(ineq::find_province(p.chinese()) == p);
        CHECK(ineq::find_province(p.english()) == p);
        CHECK(ineq::province_from_address(p.chinese()) == p);
        CHECK(ineq::province_from_code(static_cast<long>(p.code())) == p);
        CHECK(ineq::province_from_code(std::to_string(p.code())) == p);
        CHECK_FALSE(ineq::find_outside_mainland(p.chinese()).has_value());
    }
}

TEST_CASE("every prefecture resolves to its own province, by name, by code and inside an address") {
    int checked = 0;
    for (const auto& pf : ineq::prefectures()) {
        const auto by_code = ineq::prefecture_from_code(static_cast<long>(pf.code));
        REQUIRE(by_code.has_value());
        CHECK(by_code->province_code == pf.province_code);
        CHECK(pf.province_of().code() == pf.province_code);
        if (pf.is_placeholder()) {
            CHECK_FALSE(ineq::find_prefecture(pf.name).has_value());
            continue;
        }
        const auto found = ineq::find_prefecture(pf.name);
        REQUIRE(found.has_value());
        // Names shared by two prefectures (吉林市 is also the province's short name plus
        // 市; 朝阳市 exists in Liaoning only) resolve to one of them: same name.
        CHECK(found->name == pf.name);
        const std::string address = std::string(pf.province_of().chinese()) + std::string(pf.name) + "高新区科技路1号";
        CHECK(ineq::province_from_address(address) == pf.province_of());
        ++checked;
    }
    CHECK(checked > 300);
}

TEST_CASE("prefecture_info::province_of rejects a code that is no province's") {
    // Hand-built values: codes of 100 and above used to read past the code table.
    const ineq::prefecture_info bad_high{9999, "x", 200};
    const ineq::prefecture_info bad_unassigned{2099, "x", 20};
    CHECK_THROWS_AS((void)bad_high.province_of(), ineq::domain_error);
    CHECK_THROWS_AS((void)bad_unassigned.province_of(), ineq::domain_error);
    const ineq::prefecture_info good{4403, "深圳市", 44};
    CHECK(good.province_of().code() == 44);
}

TEST_CASE("random bytes: no crash, consistent answers, invalid UTF-8 resolves to nothing") {
    std::mt19937_64 rng(21);
    const std::string_view alphabet[] = {"北京", "市", "广东", "深圳", "香港", "Hong Kong", " ", "|", "；", "\xE3\x80\x80",
                                         "\xFF", "\xC0\xAF", "\xE4\xB8", std::string_view("\0", 1), "Beijing", "省", "大学", "有限公司", "a"};
    for (int c = 0; c < 5000; ++c) {
        std::string s;
        const auto parts = rng() % 8;
        for (std::uint64_t k = 0; k < parts; ++k) s += alphabet[rng() % std::size(alphabet)];
        const ineq::place where = ineq::resolve_address(s);
        CHECK_FALSE((where.mainland && where.outside));
        CHECK(ineq::province_from_address(s) == where.mainland);
        CHECK(ineq::find_outside_mainland(s) == where.outside);
        const bool clean = ineq::detail::utf8::valid(s) && s.find('\0') == std::string::npos;
        if (!clean) {
            CHECK_FALSE(where.known());
            CHECK_FALSE(ineq::find_province(s).has_value());
            CHECK_FALSE(ineq::find_prefecture(s).has_value());
            CHECK(ineq::classify_applicant(s) == ineq::applicant_kind::unknown);
        }
        std::size_t total = 0;
        for (const auto name : ineq::split_applicants(s)) {
            CHECK(name.find('|') == std::string_view::npos);
            CHECK(name.find(';') == std::string_view::npos);
            total += name.size();
        }
        CHECK(total <= s.size());
    }
}
