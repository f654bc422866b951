#ifndef INEQ_IO_READ_EXPORT_HPP
#define INEQ_IO_READ_EXPORT_HPP

/// \file
/// Reading a patent export file (CSV from incoPat, Patsnap or a layout named by the
/// caller) into `ineq::patent_record`s, with a report of the rows skipped and why. The
/// library prints nothing: skipped rows and progress reach the caller through
/// `read_options::on_skip` and `on_progress`, and the counts through the `read_summary`.
/// Types (`read_options`, `skipped_row`, `read_summary`, `read_result`) are defined, with
/// their documentation, in detail/read_export.hpp. Needs POSIX (the file is mapped into
/// memory, so that resident memory stays bounded however large the export is) and iconv.

#include <ineq/io/detail/read_export.hpp>
#include <ineq/io/error.hpp>
#include <ineq/io/export_format.hpp>
#include <ineq/io/input_check.hpp>
#include <ineq/patent/record.hpp>

#include <filesystem>
#include <utility>

namespace ineq::io {

/// Reads the export in `file` row by row and calls `on_record(ineq::patent_record& record,
/// row_position where)` for every good data row, in file order; `record` is one object
/// reused for every row (move from it or copy what is kept), so memory does not grow with
/// the file. The first row is the header (export_format.hpp). A header without the filing
/// date or the applicants stops the reading (`header_ok` false, no rows reported); a bad
/// data row is skipped, counted and reported through `options.on_skip` with its reason
/// (row_problem: field_count, invalid_utf8, bad_date, no_applicants, malformed_csv).
/// \throws io_error `ineq::io::read_export: ...` when the file is missing, a directory, a
/// workbook, binary, UTF-16 or GB18030 text without `options.encoding`, not convertible
/// from `options.encoding`, empty, or its header row is not valid CSV; whatever `on_record`
/// throws.
/// Example: `std::size_t n = 0; auto s = ineq::io::stream_export("export.csv", {},`
///          `    [&](ineq::patent_record& r, ineq::io::row_position) { n += r.applicants.size(); });`
template <class OnRecord>
read_summary stream_export(const std::filesystem::path& file, const read_options& options, OnRecord&& on_record) {
    return detail::stream_export(file, options, on_record);
}

/// stream_export keeping every record.
/// \throws io_error as stream_export.
/// Example: `auto data = ineq::io::read_export("export.csv");`
///          `for (const auto& [reason, n] : data.skipped) report(ineq::io::to_string(reason), n);`
[[nodiscard]] inline read_result read_export(const std::filesystem::path& file, const read_options& options = {}) {
    read_result out;
    auto keep = [&](ineq::patent_record& r, row_position) { out.records.push_back(r); };
    static_cast<read_summary&>(out) = detail::stream_export(file, options, keep);
    return out;
}

}  // namespace ineq::io

#endif
