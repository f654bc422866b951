// Tests of ineq/io/input_check.hpp: what the path and the first bytes of a file say it is.
// Byte sequences come from Python 3, another implementation:
//   python3 -c "print('新疆'.encode('gb18030').hex())"              -> d0c2bdae
//   python3 -c "print('\u0080'.encode('gb18030').hex())"            -> 81308130
//   python3 -c "print('😀'.encode('gb18030').hex())"                -> 9439fc36
//   widths: sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in text)
#include <ineq/io/input_check.hpp>

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <string>
#include <string_view>

using namespace std::string_view_literals;

TEST_CASE("text_problem names what the file is") {
    const auto problem = [](std::string_view head, bool complete = true) {
        return ineq::io::text_problem(head, complete, "x.csv").value_or("");
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
    CHECK_FALSE(ineq::io::text_problem("申请日,申请人\n2020-01-01,清华大学\n", true, "x.csv"));
    CHECK_FALSE(ineq::io::text_problem("申请日,申请人\n2020,\xD0\xC2\n2020,清华大学\n", true, "x.csv"));
    // A read that ends inside a character is judged on its whole lines only.
    CHECK_FALSE(ineq::io::text_problem("申请日,申请人\n2020,\xE6\x96", false, "x.csv"));
}


TEST_CASE("path_problem and input_problem: what the path is") {
    const auto dir = std::filesystem::temp_directory_path();
    CHECK(ineq::io::path_problem(dir).value_or("") == dir.string() + ": a directory, not a CSV file");
    const auto missing = dir / "ineq_io_no_such_export.csv";
    CHECK(ineq::io::path_problem(missing).value_or("") == missing.string() + ": no such file");
    const auto book = dir / ("ineq_io_input_check_" + std::to_string(::getpid()) + ".xlsx");
    std::ofstream(book, std::ios::binary) << std::string_view("PK\x03\x04rest", 8);
    CHECK_FALSE(ineq::io::path_problem(book));
    CHECK(ineq::io::input_problem(book).value_or("").starts_with(book.string() + ": a ZIP archive"));
    std::ofstream(book, std::ios::binary) << "申请日,申请人\n2020-01-01,清华大学\n";
    CHECK_FALSE(ineq::io::input_problem(book));
    std::filesystem::remove(book);
}
