#ifndef INEQ_EXAMPLES_PIPELINE_READ_EXPORT_HPP
#define INEQ_EXAMPLES_PIPELINE_READ_EXPORT_HPP

// Reading a whole CSV export into patent records, shared by the pipeline and network
// examples: bad rows are reported on stderr with their line numbers and skipped, and a
// progress bar is drawn on stderr for large files.

#include "csv_reader.hpp"
#include "export_format.hpp"
#include "input_check.hpp"

#include <ineq/patent/record.hpp>

#include <fmt/format.h>

#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace pipeline {

// ---- Progress bar ---------------------------------------------------------------------------

class progress_bar {
public:
    progress_bar(std::size_t total, bool enabled) : total_(total), enabled_(enabled && total > 0) {}
    void update(std::size_t done) {
        if (!enabled_) return;
        const auto percent = static_cast<int>(done * 100 / total_);
        if (percent == last_) return;
        last_ = percent;
        const int width = 40;
        const int filled = percent * width / 100;
        fmt::print(stderr, "\rreading [{:<{}}] {:3d}%", std::string(static_cast<std::size_t>(filled), '#'), width,
                   percent);
        std::fflush(stderr);
    }
    void finish() {
        if (enabled_ && last_ >= 0) fmt::print(stderr, "\n");
    }
    /// Clears the bar's line so that a message can be printed; the next update redraws it.
    void clear() {
        if (!enabled_ || last_ < 0) return;
        fmt::print(stderr, "\r{:60}\r", "");
        last_ = -1;
    }

private:
    std::size_t total_;
    bool enabled_;
    int last_ = -1;
};

// ---- Reading ---------------------------------------------------------------------------------

/// What reading an export gave: the records, and what was skipped and why.
struct read_result {
    std::vector<ineq::patent_record> records;
    column_map columns;
    std::size_t data_rows = 0;  // rows after the header, good or bad
    std::map<std::string, std::size_t> skipped;
    std::size_t skipped_total = 0;
    bool synthetic = false;
    bool header_ok = false;  // false: reading stopped after the header row
};

/// The input is not a readable UTF-8 CSV file (a directory, a workbook, GB18030 text, ...);
/// the message says what it is in one line.
struct input_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

inline read_result read_export(const std::filesystem::path& file, bool verbose, bool show_progress,
                               const ineq::gazetteer* known = nullptr) {
    read_result out;
    if (auto problem = input_problem(file)) throw input_error(*problem);
    std::ifstream in(file, std::ios::binary);
    if (!in) throw input_error(file.string() + ": cannot be opened for reading");
    std::error_code ec;
    const auto size = static_cast<std::size_t>(std::filesystem::file_size(file, ec));
    progress_bar bar(ec ? 0 : size, show_progress);
    bool header_seen = false;
    const std::string name = file.filename().string();

    const auto skip = [&](row_position where, std::string_view reason, std::string_view detail) {
        ++out.skipped_total;
        ++out.skipped[std::string(reason)];
        if (!verbose) return;
        bar.clear();
        const std::string lines = where.first_line == where.last_line
                                      ? fmt::format("line {}", where.first_line)
                                      : fmt::format("lines {}-{}", where.first_line, where.last_line);
        if (detail.empty()) {
            fmt::print(stderr, "{}:{}: skipped: {}\n", name, lines, reason);
        } else {
            fmt::print(stderr, "{}:{}: skipped: {} ({})\n", name, lines, reason, detail);
        }
    };

    csv_reader* self = nullptr;
    const auto stop = [&] { self->stop(); };
    csv_reader reader(
        [&](std::vector<std::string>& fields, row_position where) {
            if (!header_seen) {
                header_seen = true;
                out.columns = map_columns(fields);
                out.header_ok = out.columns.usable();
                if (!out.header_ok) stop();  // the header says no: do not report every row
                return;
            }
            ++out.data_rows;
            if (!out.header_ok) return;
            row_info info;
            auto result = make_record(fields, out.columns, &info, known);
            if (auto* err = std::get_if<row_error>(&result)) {
                skip(where, to_string(err->problem), err->detail);
                return;
            }
            out.synthetic = out.synthetic || info.synthetic;
            out.records.push_back(std::move(std::get<ineq::patent_record>(result)));
        },
        [&](row_position where, const std::string& message) {
            if (!header_seen) {
                throw input_error(fmt::format("{}: the header row is not valid CSV ({})", name, message));
            }
            ++out.data_rows;
            skip(where, to_string(row_problem::malformed_csv), message);
        },
        [&](std::size_t bytes) { bar.update(bytes); });
    self = &reader;
    reader.read(in);
    bar.finish();
    if (!header_seen) throw input_error(name + ": the file is empty");
    return out;
}

}  // namespace pipeline

#endif
