#ifndef INEQ_IO_DETAIL_CSV_FILE_HPP
#define INEQ_IO_DETAIL_CSV_FILE_HPP

// Small CSV files read whole (ineq::io::read_csv_rows) and CSV quoting for writers.

#include <ineq/io/detail/csv_scan.hpp>
#include <ineq/io/error.hpp>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ineq::io {

/// One row of a small CSV file and its lines (read_csv_rows_at).
struct csv_row_at {
    std::vector<std::string> fields;
    row_position where;
};

namespace detail {

/// The whole of `file` as bytes; `function` names the caller in the io_error.
[[nodiscard]] inline std::string file_bytes(const std::filesystem::path& file, const char* function) {
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec)) fail_io(function, file.string() + ": a directory, not a file");
    std::ifstream in(file, std::ios::binary);
    if (!in) fail_io(function, file.string() + ": cannot be opened for reading");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

[[nodiscard]] inline std::vector<csv_row_at> read_csv_rows_at(const std::filesystem::path& file,
                                                             const char* function) {
    const std::string text = file_bytes(file, function);
    std::vector<csv_row_at> out;
    csv_scanner scanner;
    scanner.scan(
        text,
        [&](std::span<const std::string_view> fields, row_position where) {
            out.push_back({std::vector<std::string>(fields.begin(), fields.end()), where});
        },
        [&](row_position where, std::string_view message) {
            fail_io(function, file.string() + ":" + std::to_string(where.first_line) + ": malformed CSV: " +
                                  std::string(message));
        },
        [](std::size_t, std::size_t) {});
    return out;
}

inline std::string csv_field(std::string_view text) {
    const bool blank_edge = !text.empty() && (text.front() == ' ' || text.front() == '\t' ||
                                              text.back() == ' ' || text.back() == '\t');
    if (!blank_edge && text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

inline std::string csv_line(std::span<const std::string> fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i != 0) out += ',';
        out += csv_field(fields[i]);
    }
    out += '\n';
    return out;
}

}  // namespace detail

}  // namespace ineq::io

#endif
