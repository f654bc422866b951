#include <ineq/patent/date.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <string_view>

using ineq::parse_date;
using namespace std::chrono;

TEST_CASE("parse_date: the export layouts") {
    const year_month_day d = year{2019} / June / 20;
    CHECK(parse_date("2019-06-20") == d);
    CHECK(parse_date("2019/6/20") == d);
    CHECK(parse_date("2019/06/20") == d);
    CHECK(parse_date("20190620") == d);
    CHECK(parse_date("2019.06.20") == d);
    CHECK(parse_date("2019年6月20日") == d);
    CHECK(parse_date(" 2019-06-20 ") == d);
    CHECK(parse_date("2012-01-01") == year{2012} / January / 1);
    CHECK(parse_date("2021-12-31") == year{2021} / December / 31);
    CHECK(parse_date("2020-6-4") == year{2020} / June / 4);
}

TEST_CASE("parse_date: calendar validation and leap years") {
    // Leap years by the Gregorian rule; the list was checked with
    // python3 -c "import calendar; print([y for y in (1900,2000,2012,2016,2019,2020,2021,2100) if calendar.isleap(y)])"
    // -> [2000, 2012, 2016, 2020]
    for (int y : {2000, 2012, 2016, 2020}) {
        CAPTURE(y);
        CHECK(parse_date(std::to_string(y) + "-02-29") == year{y} / February / 29);
    }
    for (int y : {1900, 2019, 2021, 2100}) {
        CAPTURE(y);
        CHECK_FALSE(parse_date(std::to_string(y) + "-02-29").has_value());
    }
    CHECK_FALSE(parse_date("2019-02-30").has_value());
    CHECK_FALSE(parse_date("2019-04-31").has_value());
    CHECK_FALSE(parse_date("2019-13-01").has_value());
    CHECK_FALSE(parse_date("2019-00-10").has_value());
    CHECK_FALSE(parse_date("2019-01-00").has_value());
    CHECK_FALSE(parse_date("20190230").has_value());
    CHECK_FALSE(parse_date("0999-01-01").has_value());
}

TEST_CASE("parse_date: malformed text") {
    for (std::string_view s : {"", " ", "2019", "2019-06", "2019-06-20T00:00", "2019-06/20", "2019-06-20-",
                               "19-06-20", "2019-006-20", "2019-06-020", "201906201", "2019062",
                               "2019_06_20", "二〇一九年六月二十日", "2019年6月20", "2019年6-20日",
                               "-2019-06-20", "2019--06-20", "\xFF\xFE", "2019\xE5", "2019-06-2\xE5",
                               "abcd-ef-gh"}) {
        CAPTURE(s);
        CHECK_FALSE(parse_date(s).has_value());
    }
}

TEST_CASE("parse_date: every date field of the sample file parses") {
    // Two filing dates copied from tests/data/patsnap_export_sample.csv.
    CHECK(parse_date("2020-06-24") == year{2020} / June / 24);
    CHECK(parse_date("2021-09-27") == year{2021} / September / 27);
    static_assert(parse_date("2016-02-29").has_value());
}

TEST_CASE("parse_date: NUL bytes, white space other than spaces, years outside 1000..9999") {
    using namespace std::string_view_literals;
    for (std::string_view s : {"2019-06-20\0"sv, "\0" "2019-06-20"sv, "2019-06\0-20"sv, "2019\0" "0620"sv,
                               "\t2019-06-20"sv, "2019-06-20\n"sv, "0999/1/1"sv, "00000101"sv}) {
        CAPTURE(s.size());
        CHECK_FALSE(parse_date(s).has_value());
    }
    CHECK(parse_date("  2019.6.20  ") == year{2019} / June / 20);
    CHECK(parse_date("9999-12-31") == year{9999} / December / 31);
    CHECK(parse_date("1000-01-01") == year{1000} / January / 1);
}
