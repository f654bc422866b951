#ifndef INEQ_DETAIL_UTF8_HPP
#define INEQ_DETAIL_UTF8_HPP

/// \file
/// Small UTF-8 helpers shared by the whole library (name and address lookups, applicant
/// splitting and classification, network node names): one checked decoding step
/// (`decode`, `next`), strict validation, the one definition of white space around
/// names (`is_space`, `trim`), ASCII case folding and folding of pinyin tone marks to
/// plain ASCII letters.
///
/// Everything here is constexpr, noexcept and allocation-free. Decoding is checked: on
/// ill-formed bytes it yields U+FFFD, always advances and never reads out of bounds.

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

/// True if `s` is well-formed UTF-8 (RFC 3629; see `decode`). A NUL byte is well-formed
/// UTF-8; see `is_clean_text` to reject it.
/// Example: `valid("北京")` is true, `valid("\xC0\xAF")` (overlong '/') is false.
/// The common cases of `decode` at byte `i < s.size()`, small enough to inline: an ASCII
/// byte, or a three-byte sequence led by E1..EC, EE or EF (no overlong or surrogate form
/// is possible there) with two continuation bytes. Sets `length` to 0 for every other
/// case, which `decode` handles; where it is not 0 the result is `decode`'s.
[[nodiscard]] constexpr char32_t decode_common(std::string_view s, std::size_t i, std::size_t& length) noexcept {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        length = 1;
        return b0;
    }
    length = 0;
    if (b0 < 0xE1 || b0 > 0xEF || b0 == 0xED || s.size() - i < 3) return U'\uFFFD';
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if ((b1 & 0xC0u) != 0x80u || (b2 & 0xC0u) != 0x80u) return U'\uFFFD';
    length = 3;
    return static_cast<char32_t>((b0 & 0x0Fu) << 12 | (b1 & 0x3Fu) << 6 | (b2 & 0x3Fu));
}

[[nodiscard]] constexpr bool valid(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t length = 0;
        (void)decode_common(s, i, length);
        if (length != 0) {
            i += length;
            continue;
        }
        const decoded d = decode(s, i);
        if (!d.well_formed) return false;
        i += d.length;
    }
    return true;
}

/// Well-formed UTF-8 without NUL bytes: what the lookups accept as text.
[[nodiscard]] constexpr bool is_clean_text(std::string_view s) noexcept {
    return s.find('\0') == std::string_view::npos && valid(s);
}

/// `next` for the cases `decode_common` leaves to `decode`.
[[nodiscard]] constexpr char32_t next_uncommon(std::string_view s, std::size_t& i) noexcept {
    const decoded d = decode(s, i);
    i += d.length;
    return d.code_point;
}

/// Decodes the code point at byte `i` and advances `i` past it (`decode`, checked): an
/// ill-formed sequence yields U+FFFD and advances past its maximal subpart, so a loop
/// `while (i < s.size()) next(s, i);` ends on any bytes and never reads past the end.
/// Example: with `i = 0`, `next("a北", i)` is U'a' and leaves `i == 1`.
[[nodiscard]] constexpr char32_t next(std::string_view s, std::size_t& i) noexcept {
    if (i < s.size()) {
        std::size_t length = 0;
        const char32_t cp = decode_common(s, i, length);
        if (length != 0) [[likely]] {
            i += length;
            return cp;
        }
    }
    return next_uncommon(s, i);
}

/// ASCII lower case; every other byte unchanged (so UTF-8 sequences pass through).
[[nodiscard]] constexpr char ascii_lower(char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
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

/// True for code points treated as white space around and inside names: the ASCII
/// space characters (space, tab, LF, VT, FF, CR), U+0085 next line, U+00A0 no-break
/// space, U+1680 Ogham space mark, U+2000..U+200A (en quad .. hair space), U+2028 line
/// separator, U+2029 paragraph separator, U+202F narrow no-break space, U+205F medium
/// mathematical space and U+3000 ideographic space: every code point with the Unicode
/// property White_Space. Zero-width characters (U+200B, U+FEFF) are not white space.
/// Example: `is_space(U'\u00A0')` and `is_space(U'\u3000')` are true, `is_space(U'_')` is false.
[[nodiscard]] constexpr bool is_space(char32_t cp) noexcept {
    switch (cp) {
        case U' ': case U'\t': case U'\n': case U'\v': case U'\f': case U'\r':
        case U'\u0085': case U'\u00A0': case U'\u1680': case U'\u2028': case U'\u2029':
        case U'\u202F': case U'\u205F': case U'\u3000': return true;
        default: return cp >= U'\u2000' && cp <= U'\u200A';
    }
}

/// `s` without leading and trailing white space (see `is_space`). Works on any bytes:
/// ill-formed UTF-8 is never white space, is kept as it is and never read out of bounds.
/// Example: `trim("\u3000 北京\u00A0")` is "北京".
[[nodiscard]] constexpr std::string_view trim(std::string_view s) noexcept {
    // Every white-space code point is ASCII or starts with byte C2, E1, E2 or E3 and ends
    // with 80..8A, 85, 9F, A0, A8, A9 or AF: other bytes at an end end the trimming at once.
    constexpr auto may_start_space = [](unsigned char c) noexcept {
        return c < 0x80u || c == 0xC2u || (c >= 0xE1u && c <= 0xE3u);
    };
    constexpr auto may_end_space = [](unsigned char c) noexcept {
        return c <= 0x8Au || c == 0x9Fu || c == 0xA0u || c == 0xA8u || c == 0xA9u || c == 0xAFu;
    };
    std::size_t b = 0;
    while (b < s.size()) {
        if (!may_start_space(static_cast<unsigned char>(s[b]))) break;
        const decoded d = decode(s, b);
        if (!d.well_formed || !is_space(d.code_point)) break;
        b += d.length;
    }
    std::size_t e = s.size();
    while (e > b) {
        if (!may_end_space(static_cast<unsigned char>(s[e - 1]))) break;
        // the last sequence: back over at most three continuation bytes to its lead byte
        std::size_t start = e - 1;
        while (start > b && e - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0u) == 0x80u) --start;
        const decoded d = decode(s, start);
        if (!d.well_formed || start + d.length != e || !is_space(d.code_point)) break;
        e = start;
    }
    return std::string_view(s.data() + b, e - b);  // b <= e <= s.size()
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
