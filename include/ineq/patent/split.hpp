#ifndef INEQ_PATENT_SPLIT_HPP
#define INEQ_PATENT_SPLIT_HPP

/// \file
/// Splitting the applicant field of a patent export into applicant names.

#include <cstddef>
#include <string_view>
#include <vector>

namespace ineq {
namespace detail {

/// Length of the applicant separator starting at byte `i` of `s`, or 0: "|", ";",
/// full-width "；" (U+FF1B) and full-width "｜" (U+FF5C). (" | " is "|" with spaces that
/// trimming removes.) The enumeration comma "、" is not a separator: it occurs inside
/// single names such as 中国科学院、水利部成都山地灾害与环境研究所.
[[nodiscard]] constexpr std::size_t applicant_separator_at(std::string_view s, std::size_t i) noexcept {
    const char c = s[i];
    if (c == '|' || c == ';') return 1;
    if (c == '\xEF' && s.size() - i >= 3) {
        if (s[i + 1] == '\xBC' && s[i + 2] == '\x9B') return 3;  // ；
        if (s[i + 1] == '\xBD' && s[i + 2] == '\x9C') return 3;  // ｜
    }
    return 0;
}

/// Trims ASCII white space and the ideographic space U+3000 (E3 80 80) at both ends;
/// works on any bytes, valid UTF-8 or not.
[[nodiscard]] constexpr std::string_view trim_applicant(std::string_view s) noexcept {
    for (;;) {
        if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) {
            s.remove_prefix(1);
        } else if (s.starts_with("\xE3\x80\x80")) {
            s.remove_prefix(3);
        } else {
            break;
        }
    }
    for (;;) {
        if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
            s.remove_suffix(1);
        } else if (s.ends_with("\xE3\x80\x80")) {
            s.remove_suffix(3);
        } else {
            break;
        }
    }
    return s;
}

}  // namespace detail

/// Splits an applicant field of a patent export into names. Separators: " | " (Patsnap),
/// "|", ";" (incoPat, CNIPA), full-width "；" and "｜"; each name is trimmed of ASCII white
/// space and the ideographic space U+3000, and empty names are dropped. The views point
/// into `field`, which must outlive them. Bytes are not validated: invalid UTF-8 is split
/// like any other text and never read out of bounds (a full-width separator is only
/// recognised as its complete three-byte sequence).
/// Example: `split_applicants("清华大学 | 华为技术有限公司；张三")` is
/// {"清华大学", "华为技术有限公司", "张三"}; `split_applicants(" | ")` is empty.
[[nodiscard]] inline std::vector<std::string_view> split_applicants(std::string_view field) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    std::size_t i = 0;
    const auto emit = [&](std::size_t end) {
        const std::string_view name = detail::trim_applicant(field.substr(start, end - start));
        if (!name.empty()) out.push_back(name);
    };
    while (i < field.size()) {
        const std::size_t len = detail::applicant_separator_at(field, i);
        if (len == 0) {
            ++i;
            continue;
        }
        emit(i);
        i += len;
        start = i;
    }
    emit(field.size());
    return out;
}

}  // namespace ineq

#endif
