#ifndef INEQ_IO_CSV_HPP
#define INEQ_IO_CSV_HPP

/// \file
/// Strict CSV: a streaming scanner over bytes in memory, a reader for small CSV files
/// (gazetteers, target tables) and the quoting rule for writing CSV.
///
/// The grammar is RFC 4180 read strictly (libcsv's CSV_STRICT | CSV_STRICT_FINI, rule for
/// rule, so files read the same as with libcsv):
///  - a row ends at CR or LF outside quotes; CRLF is one end; lines with nothing but blanks
///    give no row;
///  - space and tab around a field are dropped (quoted or not);
///  - a quote inside an unquoted field, or anything but a separator, a row end or blanks
///    after a closing quote, is an error: the row is reported with its lines, the rest of
///    that line is dropped and scanning resumes on the next line;
///  - a quoted field still open at the end of the input is an error.

#include <ineq/io/detail/csv_file.hpp>
#include <ineq/io/detail/csv_scan.hpp>
#include <ineq/io/error.hpp>

#include <cstddef>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ineq::io {

/// The streaming scanner. `scan(text, on_row, on_error, on_progress)` walks `text` once and
/// calls, in input order,
///   on_row(std::span<const std::string_view> fields, row_position where) for each row,
///   on_error(row_position where, std::string_view message) for each rejected row,
///   on_progress(std::size_t bytes_done, std::size_t keep_from) every MiB and at the end
///   (the bytes before `keep_from` are not looked at again: a caller that mapped the file
///   may release them).
/// The field views are valid until on_row returns: they point into `text`, or into the
/// scanner's scratch for fields with doubled quotes. `stop()` makes scan() return after the
/// current line. Never throws by itself (only what the callbacks throw); allocates only for
/// the fields of the current row.
/// Example: `ineq::io::csv_scanner s; std::size_t rows = 0;`
///          `s.scan("a,b\n1,2\n", [&](auto, auto) { ++rows; }, [](auto, auto) {}, [](auto, auto) {});`
using csv_scanner = detail::csv_scanner;

/// Every row of a small UTF-8 CSV file (header included) as strings, for tables a user
/// writes by hand (gazetteers, targets). Strict: the first malformed row stops reading.
/// \throws io_error naming the file (and the line of a malformed row) if the file cannot be
/// opened or a row is not valid CSV.
/// Example: `for (const auto& row : ineq::io::read_csv_rows("targets.csv"))`
///          `    if (row.size() >= 3) use(row[0], row[2]);`
[[nodiscard]] inline std::vector<std::vector<std::string>> read_csv_rows(const std::filesystem::path& file) {
    std::vector<std::vector<std::string>> out;
    for (auto& row : detail::read_csv_rows_at(file, "read_csv_rows")) out.push_back(std::move(row.fields));
    return out;
}

/// The rows of `read_csv_rows` with each row's position in the file (`csv_row_at`: fields
/// and where), for messages that name the line. Same errors as read_csv_rows.
/// Example: `for (const auto& [fields, where] : ineq::io::read_csv_rows_at("t.csv"))`
///          `    if (fields.empty()) report(where.first_line);`
[[nodiscard]] inline std::vector<csv_row_at> read_csv_rows_at(const std::filesystem::path& file) {
    return detail::read_csv_rows_at(file, "read_csv_rows_at");
}

/// `text` as one CSV field: unchanged if it holds no comma, quote, CR, LF or leading or
/// trailing blank (which the strict reader would drop), else in quotes with quotes doubled.
/// Never throws except std::bad_alloc.
/// Example: `ineq::io::csv_field("a,b")` is `"\"a,b\""`;
///          `ineq::io::csv_field("Beijing")` is `"Beijing"`.
[[nodiscard]] inline std::string csv_field(std::string_view text) { return detail::csv_field(text); }

/// One CSV line (fields quoted by csv_field, joined by commas, ended by "\n").
/// Example: `ineq::io::csv_line({"name", "a \"b\""})` is `"name,\"a \"\"b\"\"\"\n"`;
///          `ineq::io::csv_line({})` is `"\n"`.
[[nodiscard]] inline std::string csv_line(std::span<const std::string> fields) { return detail::csv_line(fields); }

}  // namespace ineq::io

#endif
