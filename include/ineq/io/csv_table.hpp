#ifndef INEQ_IO_CSV_TABLE_HPP
#define INEQ_IO_CSV_TABLE_HPP

/// \file
/// Tables of text as CSV (RFC 4180): a header row and data rows, every field quoted only
/// where needed (`ineq::io::csv_field`, shared with the rest of ineq::io), lines ended by
/// CR LF. The output is byte for byte what Python's `csv.writer` (its default dialect,
/// QUOTE_MINIMAL) writes for the same rows, except that a field with a blank (space or tab)
/// at either end is quoted too: a strict reader (libcsv's CSV_STRICT, ineq::io's scanner)
/// drops blanks around an unquoted field, so only quoted do they read back. pandas, R's
/// `read.csv`, Excel and LibreOffice read the output back to the same fields.
///
/// Quoting (RFC 4180, section 2, rules 5-7): a field that holds a comma, a double quote, a
/// carriage return or a line feed, or starts or ends with a blank, is enclosed in double
/// quotes, and each double quote in it is doubled; every other field is written as it is. A
/// row of one empty field is written `""`, so that it does not read back as a blank line (as
/// Python writes it).
///
/// Fields are bytes: UTF-8 text passes through unchanged. Formatting numbers is the
/// caller's choice; the shortest text that reads back to the same double
/// (`std::to_chars`, `fmt::format("{}", x)`) keeps the full precision.

#include <ineq/error.hpp>
#include <ineq/io/csv.hpp>

#include <concepts>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <ranges>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace ineq::io {

/// A range of fields, each of which is text (`std::string`, `std::string_view`, `const char*`).
template <class R>
concept text_row = std::ranges::input_range<R> &&
                   std::convertible_to<std::ranges::range_reference_t<R>, std::string_view>;

/// A range of rows of text fields (say `std::vector<std::vector<std::string>>`).
template <class R>
concept text_rows = std::ranges::input_range<R> && text_row<std::ranges::range_reference_t<R>>;

/// Options of the CSV writers.
struct csv_options {
    /// Start the text with the UTF-8 byte order mark (EF BB BF), which Excel needs to read
    /// UTF-8 (Chinese names, say) as UTF-8 rather than the system code page. pandas and R
    /// skip it (`encoding="utf-8-sig"`, `fileEncoding="UTF-8-BOM"`); off by default.
    bool byte_order_mark = false;
};

/// Appends one row to `out`: the fields quoted by `csv_field`, separated by commas, ended
/// by CR LF. Returns the number of fields. A row of one empty field is written `""`.
/// Example: `append_csv_row(s, std::vector<std::string>{"a", "b,c"})` appends `a,"b,c"\r\n`.
template <text_row Row>
std::size_t append_csv_row(std::string& out, Row&& row) {
    std::size_t fields = 0;
    bool only_empty = true;
    for (auto&& f : row) {
        const std::string_view field(f);
        if (fields != 0) {
            out.push_back(',');
        }
        out += csv_field(field);
        only_empty = only_empty && field.empty();
        ++fields;
    }
    if (fields == 1 && only_empty) {
        out += "\"\"";
    }
    out += "\r\n";
    return fields;
}

/// The CSV text of a table: the header row, then every row of `rows`.
/// RFC 4180 asks for the same number of fields on every line; a row that has another
/// number of fields than the header is an error, found before anything is returned.
/// \throws ineq::domain_error if the header has no field, or a row has another number of
///         fields than the header: `ineq::io::to_csv: every row must have as many fields as
///         the header (index 2, value 3)` (row 2, counted from 0 after the header, has 3).
/// Example:
///     std::vector<std::string> header{"province", "all"};
///     std::vector<std::vector<std::string>> rows{{"Beijing", "1507"}};
///     ineq::io::to_csv(header, rows);  // "province,all\r\nBeijing,1507\r\n"
template <text_row Header, text_rows Rows>
[[nodiscard]] std::string to_csv(Header&& header, Rows&& rows, const csv_options& options = {}) {
    std::string out;
    if (options.byte_order_mark) {
        out += "\xEF\xBB\xBF";
    }
    const std::size_t width = append_csv_row(out, header);
    if (width == 0) {
        ineq::detail::fail("io::to_csv", "the header must have at least one field");
    }
    std::size_t index = 0;
    for (auto&& row : rows) {
        const std::size_t n = append_csv_row(out, row);
        if (n != width) {
            ineq::detail::fail("io::to_csv", "every row must have as many fields as the header", index,
                         static_cast<double>(n));
        }
        ++index;
    }
    return out;
}

/// Writes the CSV text of a table (see `to_csv`) to a stream. Nothing is written if a row
/// is malformed.
/// \throws ineq::domain_error as `to_csv` does; std::runtime_error if the stream fails.
/// Example: `ineq::io::write_csv(std::cout, header, rows);`
template <text_row Header, text_rows Rows>
void write_csv(std::ostream& out, Header&& header, Rows&& rows, const csv_options& options = {}) {
    const std::string text = to_csv(std::forward<Header>(header), std::forward<Rows>(rows), options);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) {
        throw std::runtime_error("ineq::io::write_csv: the stream failed");
    }
}

/// Writes the CSV text of a table (see `to_csv`) to `file`, replacing it. The file is
/// opened only after the table has been checked, so a malformed table leaves no file.
/// \throws ineq::domain_error as `to_csv` does; std::runtime_error naming the file if it
///         cannot be written.
/// Example: `ineq::io::write_csv_file("table1.csv", header, rows);`
template <text_row Header, text_rows Rows>
void write_csv_file(const std::filesystem::path& file, Header&& header, Rows&& rows,
                    const csv_options& options = {}) {
    const std::string text = to_csv(std::forward<Header>(header), std::forward<Rows>(rows), options);
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out) {
        throw std::runtime_error("ineq::io::write_csv_file: cannot write " + file.string());
    }
}

}  // namespace ineq::io

#endif  // INEQ_IO_CSV_TABLE_HPP
