// Tests of the pipeline example's libcsv reader (csv_reader.hpp): quoting, doubled quotes,
// embedded new lines, blank lines, line numbers, and recovery after a strict-mode error;
// and of the scanner the examples read exports with (csv_scan.hpp), which must give the
// same rows, line numbers and errors as the libcsv reader: compared on the inputs below and
// on 20000 random strings over the bytes that matter to CSV (another implementation of the
// same grammar as the reference).
//
// Expected rows and line numbers of the valid part come from Python's csv module:
//   python3 -c "import csv,io; r=csv.reader(io.StringIO(S), strict=True); ..."
// with S the text of `input` below, which gives (line_num, row):
//   (1, ['a','b','c']) (2, ['1','x, y','he said "hi"']) (5, ['2','line1\nline2','z']) (8, ['5','last','row'])
// (line_num is the last line of the row; Python reports the blank line 3 as an empty row,
// libcsv skips it). The two bad rows break RFC 4180 section 2.5-2.7: a quote inside an
// unquoted field (line 6) and text after a closing quote (line 7).

#include "csv_reader.hpp"
#include "csv_scan.hpp"

#include <doctest/doctest.h>

#include <iterator>
#include <random>
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
    std::vector<std::string> messages;
    std::size_t bytes = 0;
};


result read(const std::string& text) {
    result out;
    pipeline::csv_reader reader(
        [&](std::vector<std::string>& f, pipeline::row_position w) { out.rows.push_back({f, w}); },
        [&](pipeline::row_position w, const std::string& m) {
            out.errors.push_back(w);
            out.messages.push_back(m);
        },
        [&](std::size_t b) { out.bytes = b; });
    std::istringstream in(text);
    reader.read(in);
    return out;
}

result scan(const std::string& text) {
    result out;
    pipeline::csv_scanner scanner;
    scanner.scan(
        text,
        [&](std::span<const std::string_view> f, pipeline::row_position w) {
            out.rows.push_back({std::vector<std::string>(f.begin(), f.end()), w});
        },
        [&](pipeline::row_position w, std::string_view m) {
            out.errors.push_back(w);
            out.messages.emplace_back(m);
        },
        [&](std::size_t b, std::size_t) { out.bytes = b; });
    return out;
}

// Both readers on `text`: the same rows with the same lines, the same errors and messages.
void same(const std::string& text) {
    CAPTURE(text);
    const result a = read(text);
    const result b = scan(text);
    REQUIRE(a.rows.size() == b.rows.size());
    for (std::size_t i = 0; i < a.rows.size(); ++i) {
        CHECK(a.rows[i].fields == b.rows[i].fields);
        CHECK(a.rows[i].where == b.rows[i].where);
    }
    CHECK(a.errors == b.errors);
    CHECK(a.messages == b.messages);
    CHECK(a.bytes == b.bytes);
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

TEST_CASE("csv_scanner: the same rows, lines and errors as the libcsv reader") {
    same("a,b,c\n1,\"x, y\",\"he said \"\"hi\"\"\"\n\n2,\"line1\nline2\",z\n3,bad\"quote,w\n4,ok,\"q\"x\n5,last,row");
    same("");
    same("a,b\r\n1,2\r\n");
    same("a,b\n1,\"never closed\n2,3\n");
    same("  a  ,\t b\t, \"c\" , \"d\"\"\"  \n");
    same("a\rb\rc\n\r\n\n \n,\n,,\n");
    same("\"a\"\"b\"\"\",\"\"\"\"\n\"x\" \"y\"\n\"q\"  ,z");
    const result r = scan("h\n1,\"a\"\"b\",c\n");
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[1].fields == std::vector<std::string>{"1", "a\"b", "c"});  // RFC 4180 section 2.7
}

TEST_CASE("csv_scanner: random inputs agree with the libcsv reader") {
    // Seeded, so that a failure can be reproduced; the bytes are those the grammar treats
    // specially plus two ordinary ones.
    std::mt19937 rng(20240611);
    const std::string alphabet = "ab,\"\n\r \t";
    std::uniform_int_distribution<std::size_t> length(0, 40);
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    for (int k = 0; k < 20000; ++k) {
        std::string text;
        const std::size_t n = length(rng);
        for (std::size_t i = 0; i < n; ++i) text += alphabet[pick(rng)];
        same(text);
    }
}

TEST_CASE("csv_scanner: random inputs with long ordinary runs agree with the libcsv reader") {
    // Runs of eight and more ordinary bytes (Chinese text, digits, ASCII below 0x2D that
    // has no class, such as '#' and '(') go through the scanner's eight-byte skip; the
    // special bytes fall at every offset of a word.
    std::mt19937 rng(20261201);
    const std::string_view pieces[] = {"a", "abcdefghij", "中文字段名称", "2020-08-14", "(#)!&", "CN202010.1",
                                       ",", ",", "\"", "\"", "\n", "\r\n", " ", "\t"};
    std::uniform_int_distribution<std::size_t> length(0, 30);
    std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1);
    for (int k = 0; k < 20000; ++k) {
        std::string text;
        const std::size_t n = length(rng);
        for (std::size_t i = 0; i < n; ++i) text += pieces[pick(rng)];
        same(text);
    }
}
