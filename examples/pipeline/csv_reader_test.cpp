// Tests of the pipeline example's libcsv reader (csv_reader.hpp): quoting, doubled quotes,
// embedded new lines, blank lines, line numbers, and recovery after a strict-mode error.
//
// Expected rows and line numbers of the valid part come from Python's csv module:
//   python3 -c "import csv,io; r=csv.reader(io.StringIO(S), strict=True); ..."
// with S the text of `input` below, which gives (line_num, row):
//   (1, ['a','b','c']) (2, ['1','x, y','he said "hi"']) (5, ['2','line1\nline2','z']) (8, ['5','last','row'])
// (line_num is the last line of the row; Python reports the blank line 3 as an empty row,
// libcsv skips it). The two bad rows break RFC 4180 section 2.5-2.7: a quote inside an
// unquoted field (line 6) and text after a closing quote (line 7).

#include "csv_reader.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

namespace {

struct seen_row {
    std::vector<std::string> fields;
    pipeline::row_position where;
};

struct result {
    std::vector<seen_row> rows;
    std::vector<pipeline::row_position> errors;
    std::size_t bytes = 0;
};

result read(const std::string& text) {
    result out;
    pipeline::csv_reader reader(
        [&](std::vector<std::string>& f, pipeline::row_position w) { out.rows.push_back({f, w}); },
        [&](pipeline::row_position w, const std::string&) { out.errors.push_back(w); },
        [&](std::size_t b) { out.bytes = b; });
    std::istringstream in(text);
    reader.read(in);
    return out;
}

}  // namespace

TEST_CASE("csv_reader: RFC 4180 quoting, line numbers and recovery") {
    const std::string input =
        "a,b,c\n1,\"x, y\",\"he said \"\"hi\"\"\"\n\n2,\"line1\nline2\",z\n3,bad\"quote,w\n4,ok,\"q\"x\n5,last,row";
    const result r = read(input);
    REQUIRE(r.rows.size() == 4);
    CHECK(r.rows[0].fields == std::vector<std::string>{"a", "b", "c"});
    CHECK(r.rows[0].where.first_line == 1);
    CHECK(r.rows[1].fields == std::vector<std::string>{"1", "x, y", "he said \"hi\""});
    CHECK(r.rows[1].where.last_line == 2);
    CHECK(r.rows[2].fields == std::vector<std::string>{"2", "line1\nline2", "z"});
    CHECK(r.rows[2].where.first_line == 4);
    CHECK(r.rows[2].where.last_line == 5);
    CHECK(r.rows[3].fields == std::vector<std::string>{"5", "last", "row"});
    CHECK(r.rows[3].where.first_line == 8);
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].first_line == 6);
    CHECK(r.errors[1].first_line == 7);
    CHECK(r.bytes == input.size());
}

TEST_CASE("csv_reader: empty input, CRLF, unterminated quote at the end") {
    CHECK(read("").rows.empty());
    const result crlf = read("a,b\r\n1,2\r\n");
    REQUIRE(crlf.rows.size() == 2);
    CHECK(crlf.rows[1].fields == std::vector<std::string>{"1", "2"});
    CHECK(crlf.rows[1].where.first_line == 2);
    const result open = read("a,b\n1,\"never closed\n2,3\n");
    CHECK(open.rows.size() == 1);
    REQUIRE(open.errors.size() == 1);
    CHECK(open.errors[0].first_line == 2);
}
