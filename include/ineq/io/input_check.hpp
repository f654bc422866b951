#ifndef INEQ_IO_INPUT_CHECK_HPP
#define INEQ_IO_INPUT_CHECK_HPP

/// \file
/// What a file is, before it is parsed as an export. Users hand over whatever a database or
/// Excel produced: a workbook instead of a CSV, a GB18030 export, a directory. These checks
/// look at the path and the first bytes and say in one line what the file is and what to do,
/// before a CSV reader would report every row. They return the message rather than throw,
/// so that a caller can decide; read_export throws it as an io_error.

#include <ineq/io/detail/input_check.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace ineq::io {

/// What is wrong with the start of a file that should be a UTF-8 CSV export, from its first
/// bytes `head` (as much as was read; `complete` when that is the whole file), or nothing.
/// `name` is how the file is named in the message. Rules, in order: empty; a ZIP archive
/// (an .xlsx workbook); an OLE2 compound file (an .xls workbook); a UTF-16 byte order mark;
/// a NUL byte (binary); the header line not UTF-8 (GB18030 if it decodes as such); every
/// line with non-ASCII bytes, at least two, invalid UTF-8 but valid GB18030. Only whole
/// lines are judged when `complete` is false, so a read that stops inside a character does
/// not look invalid. Throws only std::bad_alloc.
/// Example: `ineq::io::text_problem("PK\x03\x04...", true, "book.csv")` says "a ZIP archive
///          (an Excel .xlsx workbook?) ..."; `text_problem("a,b\n", true, "x.csv")` is empty.
[[nodiscard]] inline std::optional<std::string> text_problem(std::string_view head, bool complete,
                                                             std::string_view name) {
    return detail::text_problem(head, complete, name);
}

/// What is wrong with `file` as a path to read: no such file, a directory, not a regular
/// file, cannot be opened; or nothing. Throws only std::bad_alloc.
/// Example: `if (auto p = ineq::io::path_problem(dir)) std::cerr << *p;`
///          prints `<dir>: a directory, not a CSV file`.
[[nodiscard]] inline std::optional<std::string> path_problem(const std::filesystem::path& file) {
    return detail::path_problem(file);
}

/// path_problem, then text_problem on the first 64 KiB of the file. Throws only
/// std::bad_alloc.
/// Example: `if (auto p = ineq::io::input_problem("export.csv")) return fail(*p);`
///          `auto data = ineq::io::read_export("export.csv");`
[[nodiscard]] inline std::optional<std::string> input_problem(const std::filesystem::path& file) {
    return detail::input_problem(file);
}

}  // namespace ineq::io

#endif
