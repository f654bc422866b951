// The generated table of universities (include/ineq/region/universities.hpp, written by
// tools/region_tables.py from universities.csv, the Ministry of Education's list). Expected
// seats are read off tools/data/universities.csv and tests/data/prefectures.csv: 清华大学 (line 4,
// 北京市 -> 1101), 中国矿业大学 (line 733, 徐州市 = 3203 on prefectures.csv line 77),
// 中国矿业大学（北京） (line 52, 北京市), 井冈山大学 (line 1222, 吉安市 = 3608, line 131).
#include <ineq/region/name.hpp>
#include <ineq/region/prefecture.hpp>
#include <ineq/region/universities.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

using ineq::detail::university_name;
using ineq::detail::university_prefecture;
using ineq::detail::university_rows;

namespace {

int seat_of(std::string_view name) {
    for (std::size_t i = 0; i < std::size(university_rows); ++i) {
        if (university_name(i) == name) return university_prefecture(i);
    }
    return -1;
}

}  // namespace

TEST_CASE("universities: seats read off the source files") {
    CHECK(seat_of("清华大学") == 1101);
    CHECK(seat_of("中国矿业大学") == 3203);
    CHECK(seat_of("中国矿业大学(北京)") == 1101);  // full-width brackets written as ASCII ones
    CHECK(seat_of("井冈山大学") == 3608);
    CHECK(seat_of("西湖大学") == -1);  // founded after the list was published
}

TEST_CASE("universities: every row sorted, with a known prefecture") {
    CHECK(std::size(university_rows) == 2631);  // the data rows of universities.csv (grep -c . = 2632 with the header)
    for (std::size_t i = 0; i < std::size(university_rows); ++i) {
        CAPTURE(university_name(i));
        CHECK(ineq::prefecture_from_code(static_cast<long>(university_prefecture(i))).has_value());
        if (i > 0) CHECK(university_name(i - 1) < university_name(i));
    }
}

// Rule 4 of <ineq/region/name.hpp> (`detail::name::university_seat_of`) searches only the rows
// sharing the name's first three bytes (`university_index`). Expected values: a plain scan of
// every row here, the rule as its comment states it (the longest name of three code points or
// more that the text begins with, full-width brackets compared as ASCII ones).
namespace {

std::string ascii_brackets(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.substr(i).starts_with("\uFF08")) {
            out += '(';
            i += 2;
        } else if (s.substr(i).starts_with("\uFF09")) {
            out += ')';
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

int scan_seat(std::string_view text) {
    const std::string t = ascii_brackets(text);
    std::size_t best_len = 0;
    int seat = -1;
    for (std::size_t i = 0; i < std::size(university_rows); ++i) {
        const std::string_view name = university_name(i);
        std::size_t code_points = 0;
        for (const char c : name) code_points += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
        if (code_points >= 3 && name.size() > best_len && std::string_view(t).starts_with(name)) {
            best_len = name.size();
            seat = university_prefecture(i);
        }
    }
    return seat;
}

}  // namespace

TEST_CASE("universities: the indexed rule finds what a scan of every row finds") {
    std::size_t compared = 0;
    std::size_t placed = 0;
    for (std::size_t i = 0; i < std::size(university_rows); ++i) {
        const std::string_view name = university_name(i);
        for (const std::string_view tail : {"", "附属医院", "（北京）", "深圳研究院"}) {
            const std::string text = std::string(name) + std::string(tail);
            const auto got = ineq::detail::name::university_seat_of(text, 0);
            const int want = scan_seat(text);
            CHECK(got.value_or(std::uint16_t{0}) == (want < 0 ? 0 : want));
            ++compared;
            placed += got.has_value() ? 1 : 0;
        }
    }
    CHECK(compared == 4 * std::size(university_rows));
    CHECK(placed == compared);  // every name of the list is found, whatever follows it
    CHECK_FALSE(ineq::detail::name::university_seat_of("西湖大学", 0).has_value());
    CHECK(ineq::detail::name::university_seat_of("中国矿业大学（北京）", 0) == 1101);
    CHECK(ineq::detail::name::university_seat_of("中国矿业大学", 0) == 3203);
}
