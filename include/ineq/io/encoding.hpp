#ifndef INEQ_IO_ENCODING_HPP
#define INEQ_IO_ENCODING_HPP

/// \file
/// Text encodings of exports: checking UTF-8 and GB18030 byte by byte, and converting any
/// encoding glibc's iconv knows (GB18030, GBK, UTF-16, ...) to UTF-8. Needs iconv (part of
/// glibc; on other C libraries, libiconv).

#include <ineq/io/detail/csv_file.hpp>
#include <ineq/io/detail/text.hpp>
#include <ineq/io/error.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace ineq::io {

/// True if `s` is well-formed UTF-8: no overlong forms, no surrogates, nothing above
/// U+10FFFF, no truncated sequence. Runs eight ASCII bytes, or two CJK characters, per step.
/// Example: `ineq::io::valid_utf8("北京")` is true;
///          `ineq::io::valid_utf8("\xC0\x80")` (an overlong NUL) is false.
[[nodiscard]] inline bool valid_utf8(std::string_view s) noexcept { return detail::valid_utf8(s); }

/// True if `s` is well-formed GB18030 (which contains GBK): ASCII bytes, two-byte forms
/// 81-FE then 40-7E or 80-FE, and four-byte forms 81-FE 30-39 81-FE 30-39.
/// Example: `ineq::io::valid_gb18030("\xD0\xC2\xBD\xAE")` (新疆) is true;
///          `ineq::io::valid_gb18030("\x80")` is false.
[[nodiscard]] inline bool valid_gb18030(std::string_view s) noexcept { return detail::valid_gb18030(s); }

/// True if iconv converts from `encoding` (a name `iconv --list` shows) to UTF-8.
/// Example: `ineq::io::encoding_known("GB18030")` is true on glibc;
///          `ineq::io::encoding_known("NO-SUCH-CODE")` is false.
[[nodiscard]] inline bool encoding_known(const std::string& encoding) { return detail::encoding_known(encoding); }

/// `bytes` converted from `encoding` to UTF-8.
/// \throws io_error `ineq::io::to_utf8: unknown encoding ...` for an encoding iconv does not
/// know, or `ineq::io::to_utf8: byte N is not <encoding> text` for the first byte that does
/// not convert (N counts from 0).
/// Example: `ineq::io::to_utf8("\xD0\xC2\xBD\xAE", "GB18030")` is `"新疆"`;
///          `ineq::io::to_utf8("\xFF", "GB18030")` throws.
[[nodiscard]] inline std::string to_utf8(std::string_view bytes, const std::string& encoding) {
    return detail::to_utf8(bytes, encoding);
}

/// The whole of `file` converted from `encoding` to UTF-8.
/// \throws io_error `ineq::io::read_as_utf8: <file>: ...` if the file cannot be read, the
/// encoding is unknown, or a byte does not convert (its offset in the file named).
/// Example: `const std::string text = ineq::io::read_as_utf8("export.csv", "GB18030");`
///          `ineq::io::csv_scanner().scan(text, on_row, on_error, on_progress);`
[[nodiscard]] inline std::string read_as_utf8(const std::filesystem::path& file, const std::string& encoding) {
    const std::string bytes = detail::file_bytes(file, "read_as_utf8");
    try {
        return detail::to_utf8(bytes, encoding);
    } catch (const io_error& e) {
        constexpr std::string_view prefix = "ineq::io::to_utf8: ";
        std::string_view what = e.what();
        if (what.starts_with(prefix)) what.remove_prefix(prefix.size());
        detail::fail_io("read_as_utf8", file.string() + ": " + std::string(what));
    }
}

}  // namespace ineq::io

#endif
