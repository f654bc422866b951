// The generated county-level table (include/ineq/region/counties.hpp, written by
// tools/region_tables.py from counties.csv). Expected rows are read off the source file
// tools/data/counties.csv (GB/T 2260 as published by modood/Administrative-divisions-
// of-China): line 807 `320583,"昆山市",3205,32`, line 927 `330782,"义乌市",3307,33`; 朝阳区 is
// on lines 4 (Beijing) and 555 (Changchun), 鼓楼区 on lines 767, 782, 1077 and 1429.
#include <ineq/region/address.hpp>
#include <ineq/region/counties.hpp>
#include <ineq/region/prefecture.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

using ineq::detail::county_row;
using ineq::detail::county_rows;

namespace {

std::optional<ineq::detail::county_name> find(std::string_view name) {
    for (std::size_t i = 0; i < std::size(county_rows); ++i) {
        if (county_row(i).text == name) return county_row(i);
    }
    return std::nullopt;
}

}  // namespace

TEST_CASE("counties: rows read off the source file") {
    const auto kunshan = find("昆山市");
    REQUIRE(kunshan.has_value());
    CHECK(kunshan->code == 320583);
    CHECK((kunshan->flags & ineq::detail::county_city) != 0);
    const auto yiwu = find("义乌市");
    REQUIRE(yiwu.has_value());
    CHECK(yiwu->code == 330782);
    CHECK((yiwu->flags & ineq::detail::county_city) != 0);
    // Names repeated across the country are left out: they locate nothing alone.
    CHECK_FALSE(find("朝阳区").has_value());
    CHECK_FALSE(find("鼓楼区").has_value());
}

TEST_CASE("counties: every row is well formed, sorted, and in a known prefecture") {
    CHECK(std::size(county_rows) == 2697);  // the count the header documents
    for (std::size_t i = 0; i < std::size(county_rows); ++i) {
        const auto r = county_row(i);
        CAPTURE(r.text);
        CHECK(r.code >= 110000);
        CHECK(r.code <= 659999);
        CHECK(r.flags <= 3);
        CHECK(r.text.size() >= 9);  // three characters or more, three bytes each
        CHECK(ineq::prefecture_from_code(static_cast<long>(r.code)).has_value());
        if (i > 0) CHECK(county_row(i - 1).text < r.text);
    }
}

// The lookup `detail::address::county_at` searches only the rows sharing the text's first three
// bytes (`county_index`). Expected values: a plain scan of every row here, the rule as stated
// in its comment (longest full name, or longest unique short name, that the text starts with).
namespace {

std::optional<ineq::detail::county_name> scan_longest(std::string_view text, bool short_form) {
    std::optional<ineq::detail::county_name> best;
    for (std::size_t i = 0; i < std::size(county_rows); ++i) {
        const auto row = county_row(i);
        if (short_form && (row.flags & ineq::detail::county_short_unique) == 0) continue;
        const std::string_view name = short_form ? row.text.substr(0, row.text.size() - 3) : row.text;
        if (text.starts_with(name) && (!best || name.size() > (short_form ? best->text.size() - 3 : best->text.size()))) {
            best = row;
        }
    }
    return best;
}

}  // namespace

TEST_CASE("counties: the indexed lookup finds what a scan of every row finds") {
    std::size_t compared = 0;
    for (std::size_t i = 0; i < std::size(county_rows); ++i) {
        const std::string_view name = county_row(i).text;
        for (const std::string_view tail : {"", "玉山镇", "路", "市"}) {
            const std::string text = std::string(name) + std::string(tail);
            const std::string cut = std::string(name.substr(0, name.size() - 3)) + std::string(tail);
            for (const bool short_form : {false, true}) {
                for (const std::string& t : {text, cut}) {
                    const auto got = ineq::detail::address::county_at(t, 0, short_form);
                    const auto want = scan_longest(t, short_form);
                    REQUIRE(got.has_value() == want.has_value());
                    if (want) CHECK(got->code == want->code);
                    ++compared;
                }
            }
        }
    }
    CHECK(compared == 16 * std::size(county_rows));
    CHECK_FALSE(ineq::detail::address::county_at("昆山", 0).has_value());  // full names only
    CHECK_FALSE(ineq::detail::address::county_at("abc昆山市", 0).has_value());
}
