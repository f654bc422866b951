// The strict CSV scanner behind ineq::io::csv_scanner (see ineq/io/csv.hpp for the grammar).
//
// Why a scanner of its own rather than a CSV library, measured on a 1-million-row (303 MB)
// synthetic export: libcsv copies every byte into its own buffer through a per-byte state
// machine and a callback per field, and gives no byte offsets, so line numbers need one
// csv_parse call per physical line; with a std::string per field that was 16 % of a whole
// run of the study's pipeline before any record was built. This scanner finds line ends with
// memchr, skips runs of ordinary bytes with a table lookup, and copies a field only when it holds a
// doubled quote; everything else is a view into the input. Its grammar is libcsv's with
// CSV_STRICT | CSV_STRICT_FINI, rule for rule, and tests/io/csv.cpp compares the two
// on hand-made and random inputs.

#ifndef INEQ_IO_DETAIL_CSV_SCAN_HPP
#define INEQ_IO_DETAIL_CSV_SCAN_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ineq::io {

/// Where a row sits in its file: its first and last physical line (1-based). A quoted
/// field with line breaks makes a row span several lines.
struct row_position {
    std::size_t first_line = 0;
    std::size_t last_line = 0;
    friend bool operator==(const row_position&, const row_position&) = default;
};

/// The message the scanner reports for a rejected row (libcsv's csv_strerror text for a
/// strict-mode error, so that reports read the same as libcsv's).
inline constexpr std::string_view csv_parse_error = "error parsing data while strict checking enabled";

namespace detail {

class csv_scanner {
public:
    /// Scans `text` to its end (or until stop()). Calls, in input order,
    ///   on_row(std::span<const std::string_view> fields, row_position where) for each row,
    ///   on_error(row_position where, std::string_view message) for each rejected row,
    ///   on_progress(std::size_t bytes_done, std::size_t keep_from) now and then and once at
    ///   the end; the bytes before `keep_from` will not be looked at again (a caller that
    ///   mapped the file may release them).
    /// The views are valid until on_row returns (they point into `text` or into the
    /// scanner's scratch for fields with doubled quotes).
    template <class OnRow, class OnError, class OnProgress>
    void scan(std::string_view text, OnRow&& on_row, OnError&& on_error, OnProgress&& on_progress) {
        const char* const base = text.data();
        const std::size_t n = text.size();
        std::size_t pos = 0;
        std::size_t next_progress = progress_step;
        reset_row();
        line_ = 0;
        row_start_ = 1;
        keep_from_ = 0;
        stopped_ = false;
        while (!stopped_ && pos < n) {
            const void* nl = std::memchr(base + pos, '\n', n - pos);
            const std::size_t end = nl == nullptr ? n : static_cast<std::size_t>(static_cast<const char*>(nl) - base) + 1;
            ++line_;
            const std::string_view line(base + pos, end - pos);
            if (fields_.empty() && state_ == row_not_begun) keep_from_ = pos;
            if (fields_.empty() && row_start_ == line_ && (line == "\n" || line == "\r\n")) {
                ++row_start_;
            }
            if (!feed_line(base, pos, end, on_row)) {
                on_error(position(), csv_parse_error);
                reset_row();
                row_start_ = line_ + 1;
            }
            pos = end;
            if (pos >= next_progress) {
                on_progress(pos, keep_from_);
                next_progress = pos + progress_step;
            }
        }
        if (!stopped_) {
            on_progress(pos, keep_from_);
            finish(base, on_row, on_error);
        }
    }

    /// Asks scan() to return after the current line.
    void stop() noexcept { stopped_ = true; }

private:
    enum state_t : unsigned char { row_not_begun, field_not_begun, field_begun, field_might_have_ended };
    static constexpr std::size_t progress_step = 1u << 20;

    // Byte classes: 0 ordinary, 1 quote, 2 comma, 3 CR/LF, 4 space/tab.
    static constexpr std::array<unsigned char, 256> classes = [] {
        std::array<unsigned char, 256> c{};
        c['"'] = 1;
        c[','] = 2;
        c['\r'] = 3;
        c['\n'] = 3;
        c[' '] = 4;
        c['\t'] = 4;
        return c;
    }();

    // The first byte in [i, end) that is not ordinary, or `end`. Eight bytes at a time while
    // no byte of the word is below 0x2D: every byte with a class (" 22, comma 2C, CR 0D,
    // LF 0A, space 20, tab 09) is, and "some byte is below n" is an exact yes/no test for
    // n <= 0x80 (the borrow of the first such byte is the first to reach a high bit).
    // Chinese text (bytes 80..FF), digits, letters, '-' and '.' pass eight at a time.
    [[nodiscard]] static std::size_t skip_ordinary(const unsigned char* u, std::size_t i, std::size_t end) noexcept {
        constexpr std::uint64_t ones = 0x0101010101010101ULL;
        constexpr std::uint64_t highs = 0x8080808080808080ULL;
        while (end - i >= 8) {
            std::uint64_t w = 0;
            std::memcpy(&w, u + i, 8);
            if (((w - ones * 0x2D) & ~w & highs) != 0) break;
            i += 8;
        }
        while (i < end && classes[u[i]] == 0) ++i;
        return i;
    }

    struct field_ref {
        std::size_t offset;  // into the input, or into scratch_ when copied
        std::size_t length;
        bool copied;
    };

    void reset_row() noexcept {
        state_ = row_not_begun;
        fields_.clear();
        scratch_.clear();
        quoted_ = false;
        copying_ = false;
        spaces_ = 0;
        length_ = 0;
    }

    [[nodiscard]] row_position position() const noexcept { return {std::min(row_start_, line_), line_}; }

    // libcsv's SUBMIT_CHAR for byte `i` of the input.
    void submit(const char* base, std::size_t i) {
        if (copying_) scratch_.push_back(base[i]);
        ++length_;
    }
    // The doubled quote's second byte is not part of the field: the field stops being one
    // stretch of the input, so its text so far moves to the scratch buffer.
    void skip_byte(const char* base) {
        if (copying_) return;
        copying_ = true;
        copy_offset_ = scratch_.size();
        scratch_.append(base + begin_, length_);
    }

    void submit_field() {
        if (!quoted_) length_ -= spaces_;
        if (copying_) {
            scratch_.resize(copy_offset_ + length_);
            fields_.push_back({copy_offset_, length_, true});
        } else {
            fields_.push_back({begin_, length_, false});
        }
        state_ = field_not_begun;
        length_ = 0;
        quoted_ = false;
        copying_ = false;
        spaces_ = 0;
    }

    template <class OnRow>
    void submit_row(const char* base, OnRow& on_row) {
        const row_position where = position();
        row_start_ = line_ + 1;
        views_.clear();
        for (const auto& f : fields_) {
            views_.emplace_back(f.copied ? scratch_.data() + f.offset : base + f.offset, f.length);
        }
        on_row(std::span<const std::string_view>(views_), where);
        fields_.clear();
        scratch_.clear();
        state_ = row_not_begun;
        length_ = 0;
        quoted_ = false;
        copying_ = false;
        spaces_ = 0;
    }

    // One physical line [pos, end). False on a strict-mode error.
    template <class OnRow>
    bool feed_line(const char* base, std::size_t pos, std::size_t end, OnRow& on_row) {
        const auto* u = reinterpret_cast<const unsigned char*>(base);
        std::size_t i = pos;
        while (i < end) {
            const unsigned char c = u[i];
            const unsigned char k = classes[c];
            switch (state_) {
                case row_not_begun:
                case field_not_begun:
                    if (k == 4) {
                        ++i;
                        continue;
                    }
                    if (k == 3) {
                        if (state_ == field_not_begun) {
                            submit_field();
                            submit_row(base, on_row);
                            if (stopped_) return true;
                        }
                        ++i;
                        continue;
                    }
                    if (k == 2) {
                        begin_ = i;
                        submit_field();
                        ++i;
                        continue;
                    }
                    state_ = field_begun;
                    if (k == 1) {
                        quoted_ = true;
                        begin_ = i + 1;
                        ++i;
                        continue;
                    }
                    quoted_ = false;
                    begin_ = i;
                    length_ = 1;
                    ++i;
                    // Run over ordinary bytes of an unquoted field.
                    i = skip_ordinary(u, i, end);
                    length_ += i - begin_ - 1;
                    continue;
                case field_begun:
                    if (quoted_) {
                        if (k != 1) {
                            // Everything up to the next quote (or the line end) is content.
                            const void* q = std::memchr(base + i, '"', end - i);
                            const std::size_t stop_at = q == nullptr ? end : static_cast<std::size_t>(static_cast<const char*>(q) - base);
                            if (copying_) scratch_.append(base + i, stop_at - i);
                            length_ += stop_at - i;
                            i = stop_at;
                            continue;
                        }
                        submit(base, i);
                        state_ = field_might_have_ended;
                        ++i;
                        continue;
                    }
                    if (k == 1) return false;  // a quote inside an unquoted field
                    if (k == 2) {
                        submit_field();
                        ++i;
                        continue;
                    }
                    if (k == 3) {
                        submit_field();
                        submit_row(base, on_row);
                        if (stopped_) return true;
                        ++i;
                        continue;
                    }
                    if (k == 4) {
                        submit(base, i);
                        ++spaces_;
                        ++i;
                        continue;
                    }
                    submit(base, i);
                    spaces_ = 0;
                    ++i;
                    {
                        const std::size_t from = i;
                        i = skip_ordinary(u, i, end);
                        if (copying_) scratch_.append(base + from, i - from);
                        length_ += i - from;
                    }
                    continue;
                case field_might_have_ended:
                    if (k == 2 || k == 3) {
                        length_ -= spaces_ + 1;  // the closing quote and the blanks after it
                        submit_field();
                        if (k == 3) {
                            submit_row(base, on_row);
                            if (stopped_) return true;
                        }
                        ++i;
                        continue;
                    }
                    if (k == 4) {
                        submit(base, i);
                        ++spaces_;
                        ++i;
                        continue;
                    }
                    if (k == 1 && spaces_ == 0) {
                        // A doubled quote: one quote (already taken) in the text.
                        skip_byte(base);
                        state_ = field_begun;
                        ++i;
                        continue;
                    }
                    return false;  // text or a quote after the closing quote
            }
        }
        return true;
    }

    template <class OnRow, class OnError>
    void finish(const char* base, OnRow& on_row, OnError& on_error) {
        if (state_ == field_begun && quoted_) {
            on_error(position(), std::string(csv_parse_error) + " (unterminated quoted field at end of file)");
            reset_row();
            return;
        }
        if (state_ == row_not_begun) return;
        if (state_ == field_might_have_ended) length_ -= spaces_ + 1;
        submit_field();
        submit_row(base, on_row);
    }

    state_t state_ = row_not_begun;
    bool quoted_ = false;
    bool copying_ = false;
    bool stopped_ = false;
    std::size_t spaces_ = 0;
    std::size_t begin_ = 0;
    std::size_t length_ = 0;
    std::size_t copy_offset_ = 0;
    std::size_t line_ = 0;
    std::size_t row_start_ = 1;
    std::size_t keep_from_ = 0;
    std::vector<field_ref> fields_;
    std::vector<std::string_view> views_;
    std::string scratch_;
};

}  // namespace detail

}  // namespace ineq::io

#endif
