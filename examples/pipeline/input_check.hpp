// input_check.hpp: what the examples check before they parse an export, their exit codes,
// and text padding by display width.
//
// A user hands the examples whatever the database or Excel produced: a workbook instead of
// a CSV, a GB18030 export, a directory. These checks look at the first bytes of the file and
// say in one line what it is and what to do, before the CSV reader would report every row.

#ifndef INEQ_EXAMPLES_PIPELINE_INPUT_CHECK_HPP
#define INEQ_EXAMPLES_PIPELINE_INPUT_CHECK_HPP

#include "export_format.hpp"

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>

namespace pipeline {

/// The exit codes of the pipeline and network examples (documented in docs/examples.md).
enum exit_code : int {
    exit_ok = 0,             ///< tables printed, every listed file written
    exit_bad_input = 1,      ///< the input is missing, not a file, unreadable, not UTF-8 CSV, or not an export
    exit_usage = 2,          ///< bad command line: unknown option, bad value, --to before --from, missing --targets file
    exit_targets_differ = 3, ///< --targets given and Table 1 differs from them (whole counting)
    exit_plot_failed = 4,    ///< gnuplot failed on a script (its half-written SVG is removed)
    exit_nothing_selected = 5 ///< no document passed the selection rules: nothing to tabulate or draw
};

/// True if `s` is well-formed GB18030 (which contains GBK): ASCII bytes, two-byte forms
/// 81-FE then 40-7E or 80-FE, and four-byte forms 81-FE 30-39 81-FE 30-39.
[[nodiscard]] inline bool valid_gb18030(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        if (b0 < 0x80) {
            ++i;
            continue;
        }
        if (b0 == 0x80 || b0 == 0xFF || i + 1 >= s.size()) return false;
        const auto b1 = static_cast<unsigned char>(s[i + 1]);
        if ((b1 >= 0x40 && b1 <= 0x7E) || (b1 >= 0x80 && b1 <= 0xFE)) {
            i += 2;
            continue;
        }
        if (b1 < 0x30 || b1 > 0x39 || i + 3 >= s.size()) return false;
        const auto b2 = static_cast<unsigned char>(s[i + 2]);
        const auto b3 = static_cast<unsigned char>(s[i + 3]);
        if (b2 < 0x81 || b2 > 0xFE || b3 < 0x30 || b3 > 0x39) return false;
        i += 4;
    }
    return true;
}

/// What is wrong with the start of a file that should be a UTF-8 CSV export, from its first
/// bytes `head` (as much as was read; `complete` when that is the whole file), or nothing.
/// `name` is how the file is named in the message. Rules, in order: empty; a ZIP archive
/// (an .xlsx workbook); an OLE2 compound file (an .xls workbook); a UTF-16 byte order mark;
/// a NUL byte (binary); the header line not UTF-8 (GB18030 if it decodes as such); every
/// line with non-ASCII bytes, at least two, invalid UTF-8 but valid GB18030.
[[nodiscard]] inline std::optional<std::string> text_problem(std::string_view head, bool complete,
                                                             std::string_view name) {
    const std::string n(name);
    const std::string gb = n + ": not UTF-8: the text looks like GB18030/GBK (as Chinese Excel exports are); "
                               "run again with --encoding GB18030, or convert with iconv -f GB18030 -t UTF-8 " +
                           n + " > converted.csv";
    if (head.empty()) return n + ": the file is empty";
    if (head.starts_with(std::string_view("PK\x03\x04", 4))) {
        return n + ": a ZIP archive (an Excel .xlsx workbook?), not CSV text: save it as \"CSV UTF-8\"";
    }
    if (head.starts_with("\xD0\xCF\x11\xE0")) {
        return n + ": an OLE2 file (an Excel .xls workbook?), not CSV text: save it as \"CSV UTF-8\"";
    }
    if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) {
        return n + ": UTF-16 text, not UTF-8: run again with --encoding UTF-16, or convert with iconv -f UTF-16 "
                   "-t UTF-8 " + n + " > converted.csv";
    }
    if (head.find('\0') != std::string_view::npos) {
        return n + ": a binary file (NUL bytes in its first " + std::to_string(head.size()) +
               " bytes), not a CSV text export";
    }
    // Whole lines only: a read that stops inside a character must not look invalid.
    std::string_view text = head;
    if (!complete) {
        const std::size_t last = text.rfind('\n');
        text = last == std::string_view::npos ? std::string_view{} : text.substr(0, last + 1);
    }
    std::size_t non_ascii = 0;
    std::size_t gb_only = 0;
    bool first = true;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        const bool ascii =
            std::ranges::all_of(line, [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        const bool utf8 = ascii || valid_utf8(line);
        if (first && !utf8) {
            if (valid_gb18030(line)) return gb;
            return n + ": the header row is not UTF-8 text; save the export as \"CSV UTF-8\"";
        }
        first = false;
        if (ascii) continue;
        ++non_ascii;
        if (!utf8 && valid_gb18030(line)) ++gb_only;
    }
    if (non_ascii >= 2 && gb_only == non_ascii) return gb;
    return std::nullopt;
}

/// Checks that `file` names a readable regular file; the message says what it is instead.
[[nodiscard]] inline std::optional<std::string> path_problem(const std::filesystem::path& file) {
    namespace fs = std::filesystem;
    const std::string n = file.string();
    std::error_code ec;
    const auto status = fs::status(file, ec);
    if (ec || !fs::exists(status)) return n + ": no such file";
    if (fs::is_directory(status)) return n + ": a directory, not a CSV file";
    if (!fs::is_regular_file(status)) return n + ": not a regular file";
    std::ifstream in(file, std::ios::binary);
    if (!in) return n + ": cannot be opened for reading";
    return std::nullopt;
}

/// Checks that `file` names a readable regular file whose start is UTF-8 CSV text; the
/// message says what it is instead. Reads at most 64 KiB.
[[nodiscard]] inline std::optional<std::string> input_problem(const std::filesystem::path& file) {
    if (auto problem = path_problem(file)) return problem;
    const std::string n = file.string();
    std::ifstream in(file, std::ios::binary);
    std::string head(64 * 1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    const bool complete = in.eof();
    return text_problem(head, complete, n);
}

// ---- Display width -------------------------------------------------------------------------

/// Columns a terminal gives `s` (UTF-8): 2 for East Asian wide and full-width characters
/// (Hangul Jamo, CJK and its punctuation, kana, Hangul syllables, compatibility ideographs,
/// full-width forms, CJK Extension B and later), 0 for combining marks U+0300-036F, 1 for
/// the rest. Invalid bytes count 1 each.
[[nodiscard]] inline std::size_t display_width(std::string_view s) noexcept {
    std::size_t width = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        std::size_t len = b0 < 0x80 ? 1 : b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1;
        if (i + len > s.size() || !valid_utf8(s.substr(i, len))) len = 1;
        char32_t cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1Fu) : len == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
        for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
        i += len;
        if (cp >= 0x300 && cp <= 0x36F) continue;
        const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
                          (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
                          (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
                          (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                          (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                          (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

/// `s` followed by spaces up to `width` display columns (nothing added if it is wider).
[[nodiscard]] inline std::string pad_right(std::string_view s, std::size_t width) {
    const std::size_t w = display_width(s);
    std::string out(s);
    if (w < width) out.append(width - w, ' ');
    return out;
}

}  // namespace pipeline

#endif
