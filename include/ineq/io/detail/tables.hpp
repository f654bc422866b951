#ifndef INEQ_IO_DETAIL_TABLES_HPP
#define INEQ_IO_DETAIL_TABLES_HPP

// CSV text of the library's tables (ineq/io/tables.hpp).

#include <ineq/error.hpp>
#include <ineq/io/detail/csv_file.hpp>
#include <ineq/io/error.hpp>
#include <ineq/panel/tables.hpp>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace ineq::io::detail {

// Shortest text that reads back to the same double; integers without a decimal point.
inline std::string number_text(double v) { return ineq::detail::format_value(v); }
inline std::string number_text(std::int64_t v) { return std::to_string(v); }
inline std::string optional_text(const std::optional<double>& v) { return v ? number_text(*v) : std::string(); }

template <class Count>
std::string cooperation_table_csv(const ineq::basic_cooperation_table<Count>& t) {
    std::string out = "rank,code,label,all,cooperative,degree\n";
    for (const auto& r : t.rows) {
        const std::vector<std::string> fields{std::to_string(r.rank), std::to_string(t.regions->at(r.unit).code),
                                              r.label, number_text(r.all), number_text(r.cooperative),
                                              optional_text(r.degree)};
        out += csv_line(fields);
    }
    const std::vector<std::string> total{"", "", "national", number_text(t.total_all),
                                         number_text(t.total_cooperative), number_text(t.national_degree)};
    out += csv_line(total);
    return out;
}

inline std::string yearly_series_csv(const ineq::yearly_series& s) {
    std::string out = "year,total,range,sample_sd,gini,cv\n";
    for (const auto& p : s.points) {
        const std::vector<std::string> fields{std::to_string(p.year), number_text(p.total), number_text(p.range),
                                              number_text(p.sample_sd), optional_text(p.gini),
                                              optional_text(p.cv)};
        out += csv_line(fields);
    }
    const std::vector<std::string> growth{"growth", optional_text(s.total_growth), optional_text(s.range_growth),
                                          optional_text(s.sample_sd_growth), optional_text(s.gini_growth),
                                          optional_text(s.cv_growth)};
    out += csv_line(growth);
    return out;
}

inline void write_text(const std::filesystem::path& file, const std::string& text, const char* function) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    if (!out) fail_io(function, file.string() + ": cannot be opened for writing");
    out << text;
    out.flush();
    if (!out) fail_io(function, file.string() + ": write failed");
}

}  // namespace ineq::io::detail

#endif
