#ifndef INEQ_PATENT_PATENT_TYPE_HPP
#define INEQ_PATENT_PATENT_TYPE_HPP

/// \file
/// The three kinds of Chinese patent (发明 invention, 实用新型 utility model, 外观设计
/// design) and how to read them from a publication number's kind code or from the
/// type text found in CNIPA, incoPat and Patsnap exports.
///
/// CNIPA kind codes (WIPO ST.16 as used by CNIPA): A = published invention application,
/// B = granted invention (since 2007), C = granted invention (before 2007); U = utility
/// model (since 2007), Y = utility model (before 2007); S = design (since 2007), D =
/// design (before 2007). A digit after the letter (A1, B1, A8, U9 …) marks a variant or
/// correction of the same document and does not change the type.

#include <ineq/detail/text.hpp>
#include <ineq/detail/utf8.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ineq {

/// Kind of patent right.
enum class patent_type : std::uint8_t { invention, utility_model, design, unknown };

/// Lower-case English name: "invention", "utility model", "design" or "unknown" (empty
/// for a value outside the enumeration).
/// Example: `to_string(patent_type::utility_model)` is "utility model".
[[nodiscard]] constexpr std::string_view to_string(patent_type t) noexcept {
    switch (t) {
        case patent_type::invention: return "invention";
        case patent_type::utility_model: return "utility model";
        case patent_type::design: return "design";
        case patent_type::unknown: return "unknown";
    }
    return {};
}

/// The kind code at the end of a publication number: the last ASCII letter and any
/// digits after it, provided a digit stands before that letter ("CN110210173A" → "A",
/// "WO2021123456A1" → "A1", "CN110210173 B" → "B"). Surrounding white space is
/// ignored. Returns an empty view if there is no kind code ("CN110210173",
/// "", invalid UTF-8). The result points into the argument.
/// Example: `kind_code_of("CN213624990U")` is "U".
[[nodiscard]] constexpr std::string_view kind_code_of(std::string_view publication_number) noexcept {
    if (!detail::utf8::is_clean_text(publication_number)) return {};
    const std::string_view s = detail::utf8::trim(publication_number);
    std::size_t e = s.size();
    std::size_t digits = 0;
    while (e > 0 && s[e - 1] >= '0' && s[e - 1] <= '9') {
        --e;
        ++digits;
    }
    if (e == 0 || digits > 1) return {};
    const char letter = s[e - 1];
    if (!((letter >= 'A' && letter <= 'Z') || (letter >= 'a' && letter <= 'z'))) return {};
    std::size_t b = e - 1;
    // Allow one space between the number and its kind code ("CN110210173 B").
    std::size_t before = b;
    if (before > 0 && s[before - 1] == ' ') --before;
    if (before == 0 || s[before - 1] < '0' || s[before - 1] > '9') return {};
    return s.substr(b, s.size() - b);
}

/// The office (country) prefix of a publication number: its leading ASCII letters
/// ("CN110210173A" → "CN", "WO2021123456A1" → "WO"); empty if there are none.
/// Example: `office_of("CN110210173A")` is "CN".
[[nodiscard]] constexpr std::string_view office_of(std::string_view publication_number) noexcept {
    if (!detail::utf8::is_clean_text(publication_number)) return {};
    const std::string_view s = detail::utf8::trim(publication_number);
    std::size_t n = 0;
    while (n < s.size() && ((s[n] >= 'A' && s[n] <= 'Z') || (s[n] >= 'a' && s[n] <= 'z'))) ++n;
    return s.substr(0, n);
}

/// Patent type from a CNIPA kind code: A, B, C (with an optional digit: A1, B1, …) →
/// invention; U, Y → utility model; S, D → design; anything else → unknown.
/// A whole publication number is accepted as well: then its kind code is used if the
/// number is Chinese ("CN…", or with no office prefix), while a number from any other
/// office, including WIPO's "WO…" PCT publications, gives `unknown` because kind codes
/// mean different things at different offices. Letters may be of either case.
/// Example: `patent_type_from_kind_code("B1")` is `invention`;
/// `patent_type_from_kind_code("CN213624990U")` is `utility_model`;
/// `patent_type_from_kind_code("WO2021123456A1")` is `unknown`.
[[nodiscard]] constexpr patent_type patent_type_from_kind_code(std::string_view kind_code) noexcept {
    if (!detail::utf8::is_clean_text(kind_code)) return patent_type::unknown;
    std::string_view k = detail::utf8::trim(kind_code);
    if (k.size() > 2) {
        const std::string_view office = office_of(k);
        if (!office.empty() && !detail::iequals_ascii(office, "CN")) return patent_type::unknown;
        k = kind_code_of(k);
    }
    if (k.empty() || k.size() > 2) return patent_type::unknown;
    if (k.size() == 2 && (k[1] < '0' || k[1] > '9')) return patent_type::unknown;
    switch (detail::utf8::ascii_lower(k[0])) {
        case 'a':
        case 'b':
        case 'c': return patent_type::invention;
        case 'u':
        case 'y': return patent_type::utility_model;
        case 's':
        case 'd': return patent_type::design;
        default: return patent_type::unknown;
    }
}

namespace detail {

struct type_word {
    std::string_view text;
    patent_type type;
};

inline constexpr std::array<type_word, 25> patent_type_words{{
    {"发明", patent_type::invention},
    {"發明", patent_type::invention},
    {"发明申请", patent_type::invention},
    {"發明申請", patent_type::invention},
    {"发明授权", patent_type::invention},
    {"發明授權", patent_type::invention},
    {"发明专利", patent_type::invention},
    {"發明專利", patent_type::invention},
    {"发明专利申请", patent_type::invention},
    {"实用新型", patent_type::utility_model},
    {"實用新型", patent_type::utility_model},
    {"实用新型专利", patent_type::utility_model},
    {"實用新型專利", patent_type::utility_model},
    {"外观设计", patent_type::design},
    {"外觀設計", patent_type::design},
    {"外观设计专利", patent_type::design},
    {"外觀設計專利", patent_type::design},
    {"invention", patent_type::invention},
    {"invention patent", patent_type::invention},
    {"invention application", patent_type::invention},
    {"granted invention", patent_type::invention},
    {"utility model", patent_type::utility_model},
    {"utility", patent_type::utility_model},
    {"design", patent_type::design},
    {"design patent", patent_type::design},
}};

}  // namespace detail

/// Patent type from the type text of an export: 发明, 发明申请, 发明授权, 发明专利 →
/// invention; 实用新型 → utility model; 外观设计 → design (with or without a final
/// 专利, simplified or traditional characters); "invention", "utility model",
/// "design" (any case, also "invention patent", "invention application", "granted
/// invention", "utility", "design patent"). Surrounding white space is ignored.
/// Anything else, including empty text and invalid UTF-8, gives `unknown`.
/// Example: `patent_type_from_text("发明授权")` is `invention`.
[[nodiscard]] constexpr patent_type patent_type_from_text(std::string_view text) noexcept {
    if (!detail::utf8::is_clean_text(text)) return patent_type::unknown;
    const std::string_view t = detail::utf8::trim(text);
    for (const auto& w : detail::patent_type_words) {
        if (detail::iequals_ascii(t, w.text)) return w.type;
    }
    return patent_type::unknown;
}

}  // namespace ineq

#endif
