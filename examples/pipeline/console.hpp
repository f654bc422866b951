// console.hpp: the command-line examples' exit codes, text padding by display width, and the
// messages and progress bar they show while ineq::io reads an export (printing is the
// examples' business; reading files is ineq::io's).

#ifndef INEQ_EXAMPLES_PIPELINE_CONSOLE_HPP
#define INEQ_EXAMPLES_PIPELINE_CONSOLE_HPP

#include <ineq/io/encoding.hpp>
#include <ineq/io/read_export.hpp>

#include <fmt/format.h>

#include <cstddef>
#include <cstdio>
#include <filesystem>
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
        if (i + len > s.size() || !ineq::io::valid_utf8(s.substr(i, len))) len = 1;
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

// ---- Reading an export with messages --------------------------------------------------------

/// A progress bar on stderr, redrawn when the percentage changes.
class progress_bar {
public:
    explicit progress_bar(bool enabled) : enabled_(enabled) {}
    void update(std::size_t done, std::size_t total) {
        if (!enabled_ || total == 0) return;
        const auto percent = static_cast<int>(done * 100 / total);
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
    bool enabled_;
    int last_ = -1;
};

/// Read options that print each skipped row on stderr as `<file>:line N: skipped: <reason>
/// (<detail>)` when `verbose`, and draw `bar`.
inline ineq::io::read_options reporting_options(const std::filesystem::path& file, bool verbose, progress_bar& bar) {
    ineq::io::read_options options;
    if (verbose) {
        options.on_skip = [name = file.filename().string(), &bar](const ineq::io::skipped_row& s) {
            bar.clear();
            const std::string lines = s.where.first_line == s.where.last_line
                                          ? fmt::format("line {}", s.where.first_line)
                                          : fmt::format("lines {}-{}", s.where.first_line, s.where.last_line);
            if (s.detail.empty()) {
                fmt::print(stderr, "{}:{}: skipped: {}\n", name, lines, ineq::io::to_string(s.problem));
            } else {
                fmt::print(stderr, "{}:{}: skipped: {} ({})\n", name, lines, ineq::io::to_string(s.problem), s.detail);
            }
        };
    }
    options.on_progress = [&bar](std::size_t done, std::size_t total) { bar.update(done, total); };
    return options;
}

}  // namespace pipeline

#endif
