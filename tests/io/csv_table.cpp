#include <ineq/io/csv_table.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace io = ineq::io;

using rows_t = std::vector<std::vector<std::string>>;

// Expected texts are Python's csv module (default dialect: QUOTE_MINIMAL, CR LF), e.g.
//   python3 -c 'import csv,io; s=io.StringIO(); w=csv.writer(s); w.writerow(["a,b"]); print(repr(s.getvalue()))'
// and RFC 4180 section 2 (rules 5-7: fields with commas, quotes or line breaks are quoted,
// a quote inside is doubled; rule 2: every line ends in CR LF).

TEST_CASE("csv_field: quoted only where RFC 4180 requires it") {
    CHECK(io::csv_field("Beijing") == "Beijing");
    CHECK(io::csv_field("") == "");
    CHECK(io::csv_field("Beijing, China") == "\"Beijing, China\"");      // rule 6: comma
    CHECK(io::csv_field("He said \"yes\"") == "\"He said \"\"yes\"\"\""); // rule 7: quote doubled
    CHECK(io::csv_field("\"") == "\"\"\"\"");
    CHECK(io::csv_field("multi\nline") == "\"multi\nline\"");            // rule 6: line break
    CHECK(io::csv_field("cr\rlf") == "\"cr\rlf\"");
    // Spaces are part of the field (rule 4), but a strict reader (libcsv's CSV_STRICT, and
    // ineq::io's scanner) drops blanks around an unquoted field: quoted, they survive both.
    CHECK(io::csv_field(" padded ") == "\" padded \"");
    CHECK(io::csv_field("\tx") == "\"\tx\"");
    CHECK(io::csv_field("北京市") == "北京市");          // UTF-8 passes through
    CHECK(io::csv_field("a;b\tc") == "a;b\tc");
}

TEST_CASE("to_csv: the same bytes as Python's csv.writer") {
    // python3 -c 'import csv,io; s=io.StringIO(); w=csv.writer(s);
    //   w.writerow(["rank","province","all","degree"]); w.writerow(["1","Beijing, China","1507","0.4939"]);
    //   w.writerow(["2","He said \"yes\"","12","-"]); w.writerow(["","multi\nline","cr\rlf","padded"]);
    //   print(repr(s.getvalue()))'
    const std::vector<std::string> header{"rank", "province", "all", "degree"};
    const rows_t rows{{"1", "Beijing, China", "1507", "0.4939"},
                      {"2", "He said \"yes\"", "12", "-"},
                      {"", "multi\nline", "cr\rlf", "padded"}};
    CHECK(io::to_csv(header, rows) ==
          "rank,province,all,degree\r\n1,\"Beijing, China\",1507,0.4939\r\n2,\"He said \"\"yes\"\"\",12,-\r\n"
          ",\"multi\nline\",\"cr\rlf\",padded\r\n");
}

TEST_CASE("to_csv: a row of one empty field is written as \"\" (not a blank line)") {
    // python3 -c 'import csv,io; s=io.StringIO(); w=csv.writer(s); w.writerow(["only"]); w.writerow([""]);
    //   print(repr(s.getvalue()))'   ->  'only\r\n""\r\n'
    const std::array<std::string_view, 1> header{"only"};
    const std::vector<std::vector<std::string_view>> rows{{""}};
    CHECK(io::to_csv(header, rows) == "only\r\n\"\"\r\n");
    // Two empty fields are a comma alone, as Python writes them: python3 ... w.writerow(["",""]) -> ',\r\n'
    const std::array<std::string_view, 2> two{"a", "b"};
    CHECK(io::to_csv(two, std::vector<std::vector<std::string_view>>{{"", ""}}) == "a,b\r\n,\r\n");
}

TEST_CASE("to_csv: header only, string views and C strings") {
    const std::vector<const char*> header{"year", "Gini"};
    CHECK(io::to_csv(header, rows_t{}) == "year,Gini\r\n");
    CHECK(io::to_csv(header, std::vector<std::vector<const char*>>{{"2012", "0.5"}}) == "year,Gini\r\n2012,0.5\r\n");
}

TEST_CASE("to_csv: the byte order mark for Excel") {
    // python3 -c 'import csv,io; b=io.BytesIO(); t=io.TextIOWrapper(b, encoding="utf-8-sig", newline="");
    //   csv.writer(t).writerow(["省份"]); t.flush(); print(b.getvalue())'  ->  b'\xef\xbb\xbf\xe7\x9c\x81\xe4\xbb\xbd\r\n'
    io::csv_options o;
    o.byte_order_mark = true;
    CHECK(io::to_csv(std::vector<std::string>{"省份"}, rows_t{}, o) == "\xEF\xBB\xBF\xE7\x9C\x81\xE4\xBB\xBD\r\n");
}

TEST_CASE("to_csv: rows of another width than the header and an empty header are errors") {
    const std::vector<std::string> header{"a", "b"};
    CHECK(ineq_test::message_of([&] { (void)io::to_csv(header, rows_t{{"1", "2"}, {"1", "2", "3"}}); }) ==
          "ineq::io::to_csv: every row must have as many fields as the header (index 1, value 3)");
    CHECK(ineq_test::message_of([&] { (void)io::to_csv(header, rows_t{{"1"}}); }) ==
          "ineq::io::to_csv: every row must have as many fields as the header (index 0, value 1)");
    CHECK(ineq_test::message_of([&] { (void)io::to_csv(std::vector<std::string>{}, rows_t{}); }) ==
          "ineq::io::to_csv: the header must have at least one field");
}

TEST_CASE("write_csv and write_csv_file: the same text; a bad table writes nothing") {
    const std::vector<std::string> header{"province", "all"};
    const rows_t rows{{"Xi'an, Shaanxi", "3"}};
    const std::string want = "province,all\r\n\"Xi'an, Shaanxi\",3\r\n";
    std::ostringstream s;
    io::write_csv(s, header, rows);
    CHECK(s.str() == want);

    const auto dir = std::filesystem::temp_directory_path() / "ineq_test_io_csv_table";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto file = dir / "table.csv";
    io::write_csv_file(file, header, rows);
    std::ifstream in(file, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(text == want);

    const auto bad = dir / "bad.csv";
    CHECK_THROWS_AS(io::write_csv_file(bad, header, rows_t{{"1"}}), ineq::domain_error);
    CHECK_FALSE(std::filesystem::exists(bad));
    std::ostringstream t;
    CHECK_THROWS_AS(io::write_csv(t, header, rows_t{{"1"}}), ineq::domain_error);
    CHECK(t.str().empty());
    CHECK_THROWS_WITH_AS(io::write_csv_file(dir / "no" / "such" / "dir.csv", header, rows),
                         doctest::Contains("ineq::io::write_csv_file: cannot write"), std::runtime_error);
    std::filesystem::remove_all(dir);
}
