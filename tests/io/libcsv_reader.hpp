// libcsv_reader.hpp: an RFC 4180 CSV reader over libcsv, keeping line numbers and surviving
// bad rows: the independent reference that tests/io/csv.cpp compares ineq::io's scanner with
// (the library itself does not use libcsv).
//
// libcsv (Debian libcsv-dev) does the parsing: quoted fields, doubled quotes, embedded new
// lines, CR/LF. It runs with CSV_STRICT, so a quote inside an unquoted field or text after a
// closing quote is an error rather than a guess, and with CSV_STRICT_FINI, so an unterminated
// quote at the end of the file is reported. The reader feeds libcsv one physical line at a
// time, which gives every row its line numbers; after a strict-mode error it reports the row,
// drops the rest of that line, restarts the parser and carries on with the next line.

#ifndef INEQ_TESTS_IO_LIBCSV_READER_HPP
#define INEQ_TESTS_IO_LIBCSV_READER_HPP

#include <ineq/io/csv.hpp>

#include <csv.h>

#include <algorithm>
#include <cstddef>
#include <functional>
#include <istream>
#include <stdexcept>
#include <string>
#include <vector>

namespace libcsv_reference {

using ineq::io::row_position;

class csv_reader {
public:
    /// Called for every complete row.
    using row_callback = std::function<void(std::vector<std::string>& fields, row_position where)>;
    /// Called for a row libcsv rejected, with libcsv's message.
    using error_callback = std::function<void(row_position where, const std::string& message)>;
    /// Called after every line with the number of bytes consumed so far.
    using progress_callback = std::function<void(std::size_t bytes)>;

    csv_reader(row_callback on_row, error_callback on_error, progress_callback on_progress = {})
        : on_row_(std::move(on_row)), on_error_(std::move(on_error)), on_progress_(std::move(on_progress)) {
        init();
    }
    csv_reader(const csv_reader&) = delete;
    csv_reader& operator=(const csv_reader&) = delete;
    ~csv_reader() { csv_free(&parser_); }

    /// Reads `in` to its end.
    void read(std::istream& in) {
        std::string line;
        std::size_t bytes = 0;
        while (!stopped_ && std::getline(in, line)) {
            ++line_;
            const bool had_newline = !in.eof();
            if (had_newline) line += '\n';
            bytes += line.size();
            feed(line);
            if (on_progress_) on_progress_(bytes);
        }
        if (!stopped_) finish();
    }

    /// Asks read() to return after the current line, e.g. once the header shows that the
    /// file is not what the caller reads; the rows after it are neither parsed nor reported.
    void stop() noexcept { stopped_ = true; }

private:
    static constexpr unsigned char options = CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL;

    void init() {
        if (csv_init(&parser_, options) != 0) throw std::runtime_error("libcsv: csv_init failed");
    }

    static void on_field(void* data, std::size_t len, void* self) {
        auto* r = static_cast<csv_reader*>(self);
        r->fields_.emplace_back(data == nullptr ? std::string() : std::string(static_cast<const char*>(data), len));
    }

    static void on_row_end(int /*terminator*/, void* self) {
        auto* r = static_cast<csv_reader*>(self);
        const row_position where = r->position();
        r->row_start_ = r->line_ + 1;
        r->on_row_(r->fields_, where);
        r->fields_.clear();
    }

    /// The current row's lines. libcsv also ends a row at a bare CR, so several rows can
    /// share a physical line: such a row starts on the line it ends on.
    [[nodiscard]] row_position position() const noexcept { return {std::min(row_start_, line_), line_}; }

    void feed(const std::string& line) {
        // A blank line outside a row is skipped by libcsv; do not let it count as the
        // start of the next row.
        if (fields_.empty() && row_start_ == line_ && (line == "\n" || line == "\r\n")) {
            ++row_start_;
        }
        const std::size_t done = csv_parse(&parser_, line.data(), line.size(), on_field, on_row_end, this);
        if (done != line.size()) {
            const std::string message = csv_strerror(csv_error(&parser_));
            on_error_(position(), message);
            fields_.clear();
            row_start_ = line_ + 1;
            csv_free(&parser_);
            init();
        }
    }

    void finish() {
        if (csv_fini(&parser_, on_field, on_row_end, this) != 0) {
            on_error_(position(),
                      std::string(csv_strerror(csv_error(&parser_))) + " (unterminated quoted field at end of file)");
            fields_.clear();
        }
    }

    row_callback on_row_;
    error_callback on_error_;
    progress_callback on_progress_;
    csv_parser parser_{};
    std::vector<std::string> fields_;
    std::size_t line_ = 0;
    std::size_t row_start_ = 1;
    bool stopped_ = false;
};

}  // namespace libcsv_reference

#endif
