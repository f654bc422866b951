#ifndef INEQ_PATENT_SPLIT_HPP
#define INEQ_PATENT_SPLIT_HPP

/// \file
/// Splitting the applicant field of a patent export into applicant names.

#include <ineq/detail/utf8.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
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

/// The first byte at or after `i` that may start a separator ('|', ';' or 0xEF, the lead
/// byte of ；and ｜), or `s.size()`. Eight bytes at a time: a word is skipped when none of
/// its bytes equals one of the three (the zero-byte test of each XOR, exact), so names
/// without separators cost about one operation per byte.
[[nodiscard]] inline std::size_t next_separator_candidate(std::string_view s, std::size_t i) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    constexpr auto has_byte = [](std::uint64_t w, std::uint64_t b) noexcept {
        const std::uint64_t x = w ^ (ones * b);
        return ((x - ones) & ~x & highs) != 0;
    };
    while (s.size() - i >= 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, s.data() + i, 8);
        if (has_byte(w, '|') || has_byte(w, ';') || has_byte(w, 0xEF)) break;
        i += 8;
    }
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '|' || c == ';' || c == '\xEF') return i;
    }
    return s.size();
}

/// Calls `piece(text)` for every piece of `field` between separators, in order, each
/// trimmed of white space; empty pieces are passed too (the callers decide).
template <class Piece>
void for_each_applicant_piece(std::string_view field, Piece&& piece) {
    std::size_t start = 0;
    std::size_t i = 0;
    while ((i = next_separator_candidate(field, i)) < field.size()) {
        const std::size_t len = applicant_separator_at(field, i);
        if (len == 0) {
            ++i;
            continue;
        }
        piece(utf8::trim(field.substr(start, i - start)));
        i += len;
        start = i;
    }
    piece(utf8::trim(field.substr(start)));
}

}  // namespace detail

/// `split_applicants(field)` written into `out` (cleared first), so that a loop over the
/// rows of an export reuses one vector's storage. Same rules and bad-input behaviour.
inline void split_applicants_into(std::string_view field, std::vector<std::string_view>& out) {
    out.clear();
    detail::for_each_applicant_piece(field, [&](std::string_view name) {
        if (!name.empty()) out.push_back(name);
    });
}

/// Splits an applicant field of a patent export into names. Separators: " | " (Patsnap),
/// "|", ";" (incoPat, CNIPA), full-width "；" and "｜"; each name is trimmed of white space
/// (the library's one rule, `detail::utf8::is_space`: ASCII white space, the no-break
/// space U+00A0, the ideographic space U+3000 and the other Unicode spaces), and empty
/// names are dropped. The views point into `field`, which must outlive them. Bytes are
/// not validated: invalid UTF-8 is split like any other text, kept as it is and never
/// read out of bounds (a full-width separator or space is only recognised as its
/// complete sequence).
/// Example: `split_applicants("清华大学\u00A0| 华为技术有限公司；张三")` is
/// {"清华大学", "华为技术有限公司", "张三"}; `split_applicants(" | ")` is empty.
/// \see split_applicants_into, which reuses the caller's vector.
[[nodiscard]] inline std::vector<std::string_view> split_applicants(std::string_view field) {
    std::vector<std::string_view> out;
    split_applicants_into(field, out);
    return out;
}

/// Splits a per-applicant column of an export (applicant types, country codes, addresses,
/// division codes: "企业; 大专院校", "CN | JP") at the separators `split_applicants` knows,
/// trimming each entry by the same white-space rule but keeping empty entries, so that
/// entry i stays in position i ("4403; ; 1101" has three entries, the second empty). A
/// blank field gives no entries. Views point into `field`; bytes are not validated.
/// Example: `split_aligned("a；b｜c")` is {"a", "b", "c"}; `split_aligned(";")` is
/// {"", ""}; `split_aligned(" \u3000")` is empty.
inline void split_aligned_into(std::string_view field, std::vector<std::string_view>& out) {
    out.clear();
    if (detail::utf8::trim(field).empty()) return;
    detail::for_each_applicant_piece(field, [&](std::string_view entry) { out.push_back(entry); });
}

/// `split_aligned_into` into a new vector.
[[nodiscard]] inline std::vector<std::string_view> split_aligned(std::string_view field) {
    std::vector<std::string_view> out;
    split_aligned_into(field, out);
    return out;
}

/// The key two spellings of one applicant share, used to match names (gazetteer entries,
/// network nodes): surrounding white space trimmed, inner runs of white space collapsed to
/// one ASCII space (the library's one white-space rule, `detail::utf8::is_space`: ASCII
/// white space, U+00A0, U+3000 and the other Unicode spaces), the full-width ASCII forms
/// U+FF01..U+FF5E (（）［］，Ａ１ …) folded to ASCII, ASCII letters lower-cased. Chinese
/// characters are kept as they are (simplified and traditional stay distinct); bytes that
/// are not valid UTF-8, and NUL bytes, are kept as they are. Empty for blank text.
/// Example: `applicant_key(" 腾讯科技（深圳）有限公司\u3000")` is "腾讯科技(深圳)有限公司";
/// `applicant_key("Sony  Group Corporation")` is "sony group corporation".
[[nodiscard]] inline std::string applicant_key(std::string_view name) {
    std::string key;
    key.reserve(name.size());
    bool pending_space = false;
    std::size_t i = 0;
    while (i < name.size()) {
        const detail::utf8::decoded d = detail::utf8::decode(name, i);
        if (d.well_formed && detail::utf8::is_space(d.code_point)) {
            pending_space = !key.empty();
            i += d.length;
            continue;
        }
        if (pending_space) key.push_back(' ');
        pending_space = false;
        char32_t c = d.code_point;
        if (d.well_formed && c >= 0xFF01 && c <= 0xFF5E) c = c - 0xFF01 + 0x21;  // full-width forms
        if (d.well_formed && c < 0x80) {
            key.push_back(detail::utf8::ascii_lower(static_cast<char>(c)));
        } else {
            key.append(name.substr(i, d.length));  // other characters, and ill-formed bytes, as they are
        }
        i += d.length;
    }
    return key;
}

}  // namespace ineq

#endif
