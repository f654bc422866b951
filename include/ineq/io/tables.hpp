#ifndef INEQ_IO_TABLES_HPP
#define INEQ_IO_TABLES_HPP

/// \file
/// The library's tables as CSV (UTF-8, comma-separated, a header row, "\n" line ends,
/// numbers as the shortest text that reads back to the same double, an undefined value
/// as an empty field), in memory or written to a file.

#include <ineq/io/detail/tables.hpp>
#include <ineq/io/error.hpp>
#include <ineq/panel/tables.hpp>

#include <filesystem>
#include <string>

namespace ineq::io {

/// The cooperation-degree table (Table 1) as CSV: `rank,code,label,all,cooperative,degree`,
/// one row per unit in rank order (degree empty when all is 0), then the national row
/// (`,,national,<total all>,<total cooperative>,<national degree>`). Throws only
/// std::bad_alloc.
/// Example: `const std::string csv = ineq::io::cooperation_table_csv(table);`
///          the study's national row is `,,national,11101,5483,0.49391946671471037`.
template <class Count>
[[nodiscard]] std::string cooperation_table_csv(const ineq::basic_cooperation_table<Count>& table) {
    return detail::cooperation_table_csv(table);
}

/// A yearly series (Figs. 1, 3, 4) as CSV: `year,total,range,sample_sd,gini,cv`, one row per
/// year, then `growth,...` with the growth of each measure (empty where undefined). Throws
/// only std::bad_alloc.
/// Example: `const std::string csv = ineq::io::yearly_series_csv(ineq::yearly_series_of(panel));`
///          its first line is `year,total,range,sample_sd,gini,cv`.
[[nodiscard]] inline std::string yearly_series_csv(const ineq::yearly_series& series) {
    return detail::yearly_series_csv(series);
}

/// Writes cooperation_table_csv(table) to `file` (replacing it).
/// \throws io_error `ineq::io::write_cooperation_table: <file>: cannot be opened for writing`
/// (or `write failed`).
/// Example: `ineq::io::write_cooperation_table("out/table1.csv", table);`
///          `auto rows = ineq::io::read_csv_rows("out/table1.csv");  // the same table back`
template <class Count>
void write_cooperation_table(const std::filesystem::path& file, const ineq::basic_cooperation_table<Count>& table) {
    detail::write_text(file, detail::cooperation_table_csv(table), "write_cooperation_table");
}

/// Writes yearly_series_csv(series) to `file` (replacing it).
/// \throws io_error `ineq::io::write_yearly_series: <file>: cannot be opened for writing`
/// (or `write failed`).
/// Example: `ineq::io::write_yearly_series("out/series.csv", series);`
///          `auto rows = ineq::io::read_csv_rows("out/series.csv");`
inline void write_yearly_series(const std::filesystem::path& file, const ineq::yearly_series& series) {
    detail::write_text(file, detail::yearly_series_csv(series), "write_yearly_series");
}

}  // namespace ineq::io

#endif
