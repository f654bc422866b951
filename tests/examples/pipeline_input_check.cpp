// Tests of the examples' input checks (examples/pipeline/input_check.hpp): what the first
// bytes of a file say it is, GB18030 recognition and display widths. Byte sequences and
// widths come from Python 3, another implementation:
//   python3 -c "print('新疆'.encode('gb18030').hex())"              -> d0c2bdae
//   python3 -c "print('\u0080'.encode('gb18030').hex())"            -> 81308130
//   python3 -c "print('😀'.encode('gb18030').hex())"                -> 9439fc36
//   widths: sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in text)
#include "../../examples/pipeline/input_check.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

using namespace std::string_view_literals;

TEST_CASE("valid_gb18030: two- and four-byte forms, and what is not GB18030") {
    CHECK(pipeline::valid_gb18030("\xD0\xC2\xBD\xAE"));            // 新疆
    CHECK(pipeline::valid_gb18030("\x81\x30\x81\x30"));            // U+0080, four bytes
    CHECK(pipeline::valid_gb18030("\x94\x39\xFC\x36"));            // U+1F600, four bytes
    CHECK(pipeline::valid_gb18030("plain ASCII, 2020-01-01"));
    CHECK_FALSE(pipeline::valid_gb18030("\x80"));                  // lone 0x80
    CHECK_FALSE(pipeline::valid_gb18030("\xD0"));                  // truncated
    CHECK_FALSE(pipeline::valid_gb18030("\x81\x30\x81"));          // truncated four-byte form
    CHECK_FALSE(pipeline::valid_gb18030("\xD0\x20"));              // second byte out of range
}

TEST_CASE("text_problem names what the file is") {
    const auto problem = [](std::string_view head, bool complete = true) {
        return pipeline::text_problem(head, complete, "x.csv").value_or("");
    };
    CHECK(problem("") == "x.csv: the file is empty");
    CHECK(problem("PK\x03\x04rest"sv).find("an Excel .xlsx workbook") != std::string::npos);
    CHECK(problem("\xD0\xCF\x11\xE0rest").find("an Excel .xls workbook") != std::string::npos);
    CHECK(problem("\xFF\xFE" "a\0b\0"sv).find("iconv -f UTF-16 -t UTF-8") != std::string::npos);
    CHECK(problem("a,b\nc\0d\n"sv).find("a binary file") != std::string::npos);
    // A GB18030 header (申请日 is C9EAC7EBC8D5 in GB18030).
    CHECK(problem("\xC9\xEA\xC7\xEB\xC8\xD5,x\n1,2\n").find("iconv -f GB18030 -t UTF-8") != std::string::npos);
    // An ASCII header over GB18030 rows: two such rows are enough.
    CHECK(problem("date,name\n2020,\xD0\xC2\xBD\xAE\n2021,\xD0\xC2\xBD\xAE\n").find("GB18030") != std::string::npos);
    // UTF-8 text, and UTF-8 with one damaged row among good ones: no file-level problem
    // (the damaged row is the reader's to skip).
    CHECK_FALSE(pipeline::text_problem("申请日,申请人\n2020-01-01,清华大学\n", true, "x.csv"));
    CHECK_FALSE(pipeline::text_problem("申请日,申请人\n2020,\xD0\xC2\n2020,清华大学\n", true, "x.csv"));
    // A read that ends inside a character is judged on its whole lines only.
    CHECK_FALSE(pipeline::text_problem("申请日,申请人\n2020,\xE6\x96", false, "x.csv"));
}

TEST_CASE("display_width counts East Asian wide characters as two columns") {
    CHECK(pipeline::display_width("新疆维吾尔自治区") == 16);
    CHECK(pipeline::display_width("Xinjiang") == 8);
    CHECK(pipeline::display_width("（公告）") == 8);
    CHECK(pipeline::display_width("é") == 1);
    CHECK(pipeline::display_width("한국어") == 6);
    CHECK(pipeline::display_width("𠀀") == 2);
    CHECK(pipeline::display_width("\xFF") == 1);  // an invalid byte counts one
    CHECK(pipeline::pad_right("西藏自治区", 14) == "西藏自治区    ");
    CHECK(pipeline::pad_right("新疆维吾尔自治区", 14) == "新疆维吾尔自治区");
}
