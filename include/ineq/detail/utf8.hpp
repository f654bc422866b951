#ifndef INEQ_DETAIL_UTF8_HPP
#define INEQ_DETAIL_UTF8_HPP

/// \file
/// Small UTF-8 helpers shared by the name and address lookups (and by anything else
/// that matches free text against tables): strict validation, code point decoding,
/// ASCII case folding and folding of pinyin tone marks to plain ASCII letters.
///
/// Everything here is constexpr, noexcept and allocation-free. Decoding functions
/// assume the text was validated first; on unvalidated text they never read out of
/// bounds but may return garbage code points.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ineq::detail::utf8 {

/// One checked step of UTF-8 decoding: the code point that starts at a byte, and how
/// many bytes to advance past it.
struct decoded {
    char32_t code_point = U'\uFFFD';  ///< U+FFFD where the bytes are ill-formed
    std::size_t length = 0;           ///< bytes consumed: 1..4, 0 only at or past the end
    bool well_formed = false;         ///< true if the bytes form a valid sequence
};

/// Decodes the sequence that starts at byte `i` of `s`, checking it against RFC 3629 (and
/// the Unicode Standard's table 3-7 of well-formed byte sequences): no stray
/// continuation bytes, no truncated sequences, no overlong forms, no surrogates
/// (U+D800..U+DFFF), nothing above U+10FFFF.
/// Ill-formed bytes give U+FFFD with `well_formed` false and a length of the maximal
/// subpart (the lead byte and the continuation bytes that could still have completed a
/// valid sequence, at least 1), the Unicode Standard's recommended practice for U+FFFD
/// substitution, so decoding always advances and never reads past the end. At or past
/// the end it returns length 0.
/// This is the one place of the library that turns bytes into code points.
/// Example: `decode("北", 0)` is {U+5317, 3, true}; `decode("\xE5\x8C", 0)` is
/// {U+FFFD, 2, false}; `decode("\xC0\xAF", 0)` is {U+FFFD, 1, false}.
[[nodiscard]] constexpr decoded decode(std::string_view s, std::size_t i) noexcept {
    const std::size_t n = s.size();
    if (i >= n) return {U'\uFFFD', 0, false};
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) return {static_cast<char32_t>(b0), 1, true};
    std::size_t len = 0;
    unsigned char lo = 0x80;  // allowed range of the second byte
    unsigned char hi = 0xBF;
    char32_t cp = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
        cp = b0 & 0x1Fu;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        cp = b0 & 0x0Fu;
        if (b0 == 0xE0) lo = 0xA0;  // overlong
        if (b0 == 0xED) hi = 0x9F;  // surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        cp = b0 & 0x07u;
        if (b0 == 0xF0) lo = 0x90;  // overlong
        if (b0 == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
        return {U'\uFFFD', 1, false};  // continuation byte, C0/C1 overlong lead, F5..FF
    }
    for (std::size_t k = 1; k < len; ++k) {
        if (i + k >= n) return {U'\uFFFD', k, false};  // truncated
        const auto b = static_cast<unsigned char>(s[i + k]);
        const unsigned char min = k == 1 ? lo : static_cast<unsigned char>(0x80);
        const unsigned char max = k == 1 ? hi : static_cast<unsigned char>(0xBF);
        if (b < min || b > max) return {U'\uFFFD', k, false};
        cp = (cp << 6) | (b & 0x3Fu);
    }
    return {cp, len, true};
}

/// True if `s` is well-formed UTF-8 (RFC 3629): no stray continuation bytes, no
/// truncated sequences, no overlong forms, no surrogates (U+D800..U+DFFF), nothing
/// above U+10FFFF. A NUL byte is well-formed UTF-8; see `is_clean_text` to reject it.
/// Example: `valid("北京")` is true, `valid("\xC0\xAF")` (overlong '/') is false.
[[nodiscard]] constexpr bool valid(std::string_view s) noexcept {
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        if (b0 < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80;  // allowed range of the second byte
        unsigned char hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            len = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            len = 3;
            if (b0 == 0xE0) lo = 0xA0;  // overlong
            if (b0 == 0xED) hi = 0x9F;  // surrogates
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            len = 4;
            if (b0 == 0xF0) lo = 0x90;  // overlong
            if (b0 == 0xF4) hi = 0x8F;  // above U+10FFFF
        } else {
            return false;  // continuation byte, C0/C1 overlong lead, F5..FF
        }
        if (n - i < len) return false;
        const auto b1 = static_cast<unsigned char>(s[i + 1]);
        if (b1 < lo || b1 > hi) return false;
        for (std::size_t k = 2; k < len; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            if (b < 0x80 || b > 0xBF) return false;
        }
        i += len;
    }
    return true;
}

/// Well-formed UTF-8 without NUL bytes: what the lookups accept as text.
[[nodiscard]] constexpr bool is_clean_text(std::string_view s) noexcept {
    return s.find('\0') == std::string_view::npos && valid(s);
}

/// Length in bytes of the sequence that starts with lead byte `b` (1 for ASCII and,
/// defensively, for bytes that cannot start a sequence).
[[nodiscard]] constexpr std::size_t sequence_length(unsigned char b) noexcept {
    if (b >= 0xF0) return 4;
    if (b >= 0xE0) return 3;
    if (b >= 0xC0) return 2;
    return 1;
}

/// Decodes the code point at byte `i` and advances `i` past it. Never reads past the
/// end: a truncated sequence yields U+FFFD and advances to the end.
[[nodiscard]] constexpr char32_t next(std::string_view s, std::size_t& i) noexcept {
    const auto b0 = static_cast<unsigned char>(s[i]);
    const std::size_t len = sequence_length(b0);
    if (s.size() - i < len) {
        i = s.size();
        return U'\uFFFD';
    }
    char32_t cp = 0;
    switch (len) {
        case 1: cp = b0; break;
        case 2: cp = b0 & 0x1Fu; break;
        case 3: cp = b0 & 0x0Fu; break;
        default: cp = b0 & 0x07u; break;
    }
    for (std::size_t k = 1; k < len; ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    }
    i += len;
    return cp;
}

/// ASCII lower case; every other byte unchanged (so UTF-8 sequences pass through).
[[nodiscard]] constexpr char ascii_lower(char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

/// True for ASCII space, tab, CR, LF, VT, FF.
[[nodiscard]] constexpr bool is_ascii_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/// A Latin letter folded for matching pinyin and English names: the plain lower-case
/// ASCII letter (0 if `cp` is not a letter this table knows) and the pinyin tone its
/// mark carries (1 macron, 2 acute, 3 caron, 4 grave, 0 none). ü and ǖǘǚǜ fold to 'u'.
struct folded_letter {
    char letter = 0;
    std::uint8_t tone = 0;
};

/// Folds ASCII letters (to lower case) and the pinyin vowels with tone marks, upper or
/// lower case: ā á ǎ à, ē é ě è, ī í ǐ ì, ō ó ǒ ò, ū ú ǔ ù, ǖ ǘ ǚ ǜ ü (and ê). Digits
/// and everything else give letter 0.
/// Example: `fold_letter(U'ǎ')` is {'a', 3}; `fold_letter(U'Q')` is {'q', 0}.
[[nodiscard]] constexpr folded_letter fold_letter(char32_t cp) noexcept {
    if (cp >= U'a' && cp <= U'z') return {static_cast<char>(cp), 0};
    if (cp >= U'A' && cp <= U'Z') return {static_cast<char>(cp - U'A' + U'a'), 0};
    switch (cp) {
        case U'\u0101': case U'\u0100': return {'a', 1};
        case U'\u00E1': case U'\u00C1': return {'a', 2};
        case U'\u01CE': case U'\u01CD': return {'a', 3};
        case U'\u00E0': case U'\u00C0': return {'a', 4};
        case U'\u0113': case U'\u0112': return {'e', 1};
        case U'\u00E9': case U'\u00C9': return {'e', 2};
        case U'\u011B': case U'\u011A': return {'e', 3};
        case U'\u00E8': case U'\u00C8': return {'e', 4};
        case U'\u00EA': case U'\u00CA': return {'e', 0};
        case U'\u012B': case U'\u012A': return {'i', 1};
        case U'\u00ED': case U'\u00CD': return {'i', 2};
        case U'\u01D0': case U'\u01CF': return {'i', 3};
        case U'\u00EC': case U'\u00CC': return {'i', 4};
        case U'\u014D': case U'\u014C': return {'o', 1};
        case U'\u00F3': case U'\u00D3': return {'o', 2};
        case U'\u01D2': case U'\u01D1': return {'o', 3};
        case U'\u00F2': case U'\u00D2': return {'o', 4};
        case U'\u016B': case U'\u016A': return {'u', 1};
        case U'\u00FA': case U'\u00DA': return {'u', 2};
        case U'\u01D4': case U'\u01D3': return {'u', 3};
        case U'\u00F9': case U'\u00D9': return {'u', 4};
        case U'\u01D6': case U'\u01D5': return {'u', 1};
        case U'\u01D8': case U'\u01D7': return {'u', 2};
        case U'\u01DA': case U'\u01D9': return {'u', 3};
        case U'\u01DC': case U'\u01DB': return {'u', 4};
        case U'\u00FC': case U'\u00DC': return {'u', 0};
        default: return {};
    }
}

/// The tone a combining mark adds to the preceding vowel (decomposed input, NFD):
/// U+0304 macron 1, U+0301 acute 2, U+030C caron 3, U+0300 grave 4, U+0308 diaeresis 0.
/// Returns -1 if `cp` is not one of these marks.
[[nodiscard]] constexpr int combining_tone(char32_t cp) noexcept {
    switch (cp) {
        case U'\u0304': return 1;
        case U'\u0301': return 2;
        case U'\u030C': return 3;
        case U'\u0300': return 4;
        case U'\u0308': return 0;
        default: return -1;
    }
}

/// True for code points treated as white space around names: ASCII space characters,
/// U+00A0 no-break space and U+3000 ideographic space.
[[nodiscard]] constexpr bool is_space(char32_t cp) noexcept {
    return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'\v' || cp == U'\f' ||
           cp == U'\u00A0' || cp == U'\u3000';
}

/// `s` without leading and trailing white space (see `is_space`). `s` must be valid UTF-8.
/// Example: `trim("\u3000 北京 ")` is "北京".
[[nodiscard]] constexpr std::string_view trim(std::string_view s) noexcept {
    std::size_t b = 0;
    while (b < s.size()) {
        std::size_t j = b;
        if (!is_space(next(s, j))) break;
        b = j;
    }
    std::size_t e = s.size();
    while (e > b) {
        std::size_t start = e - 1;
        while (start > b && (static_cast<unsigned char>(s[start]) & 0xC0u) == 0x80u) --start;
        std::size_t j = start;
        if (!is_space(next(s, j))) break;
        e = start;
    }
    return s.substr(b, e - b);
}

/// True if `s` starts with `prefix` at byte `pos`.
[[nodiscard]] constexpr bool starts_with_at(std::string_view s, std::size_t pos,
                                            std::string_view prefix) noexcept {
    if (pos > s.size() || s.size() - pos < prefix.size()) return false;
    // byte loop rather than memcmp: names are short and most candidates differ early
    for (std::size_t k = 0; k < prefix.size(); ++k) {
        if (s[pos + k] != prefix[k]) return false;
    }
    return true;
}

}  // namespace ineq::detail::utf8

#endif
