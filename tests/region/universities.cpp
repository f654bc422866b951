// The generated table of universities (include/ineq/region/universities.hpp, written by
// tools/region_tables.py from universities.csv, the Ministry of Education's list). Expected
// seats are read off /work/shared/data/universities.csv and prefectures.csv: 清华大学 (line 4,
// 北京市 -> 1101), 中国矿业大学 (line 733, 徐州市 = 3203 on prefectures.csv line 77),
// 中国矿业大学（北京） (line 52, 北京市), 井冈山大学 (line 1222, 吉安市 = 3608, line 131).
#include <ineq/region/prefecture.hpp>
#include <ineq/region/universities.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <iterator>
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
