// The checks ineq::io runs before it parses an export (ineq/io/input_check.hpp).

#ifndef INEQ_IO_DETAIL_INPUT_CHECK_HPP
#define INEQ_IO_DETAIL_INPUT_CHECK_HPP

#include <ineq/io/detail/text.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>

namespace ineq::io::detail {

[[nodiscard]] inline std::optional<std::string> text_problem(std::string_view head, bool complete,
                                                             std::string_view name) {
    const std::string n(name);
    const std::string gb = n + ": not UTF-8: the text looks like GB18030/GBK (as Chinese Excel exports are); "
                               "read it as GB18030 (read_options::encoding; the examples' --encoding GB18030), "
                               "or convert with iconv -f GB18030 -t UTF-8 " +
                           n + " > converted.csv";
    if (head.empty()) return n + ": the file is empty";
    if (head.starts_with(std::string_view("PK\x03\x04", 4))) {
        return n + ": a ZIP archive (an Excel .xlsx workbook?), not CSV text: save it as \"CSV UTF-8\"";
    }
    if (head.starts_with("\xD0\xCF\x11\xE0")) {
        return n + ": an OLE2 file (an Excel .xls workbook?), not CSV text: save it as \"CSV UTF-8\"";
    }
    if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) {
        return n + ": UTF-16 text, not UTF-8: read it as UTF-16 (read_options::encoding; the examples' "
                   "--encoding UTF-16), or convert with iconv -f UTF-16 -t UTF-8 " +
               n + " > converted.csv";
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

[[nodiscard]] inline std::optional<std::string> input_problem(const std::filesystem::path& file) {
    if (auto problem = path_problem(file)) return problem;
    const std::string n = file.string();
    std::ifstream in(file, std::ios::binary);
    std::string head(std::size_t{64} * 1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    const bool complete = in.eof();
    return text_problem(head, complete, n);
}

}  // namespace ineq::io::detail

#endif
