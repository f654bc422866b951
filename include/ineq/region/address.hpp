#ifndef INEQ_REGION_ADDRESS_HPP
#define INEQ_REGION_ADDRESS_HPP

/// \file
/// The province of a free-text address, Chinese or English, and recognition of Hong
/// Kong, Macao and Taiwan, which are not mainland provincial-level divisions.
///
/// How an address is read (first rule that applies wins):
///
/// 1. Chinese text is scanned from the left; the first place name found decides, so an
///    address written from the largest unit down ("广东省深圳市南山区") resolves by its
///    province. At each position, in this order:
///    a. a province name with its ending (北京市, 海南省, 内蒙古自治区, 廣東省);
///    b. Hong Kong, Macao or Taiwan (香港, 澳门/澳門, 台湾/臺灣/台灣, 台北, 高雄, ...);
///    c. the full name of a prefecture (深圳市, 吉林市, 朝阳市, 海南藏族自治州), which
///       gives its province: 青海省海南藏族自治州 and 海南藏族自治州 are Qinghai, 辽宁省朝阳市
///       and 朝阳市 are Liaoning, 吉林省吉林市 and 吉林市 are Jilin;
///    d. only where the address begins (after white space, punctuation, postcodes and a
///       leading 中国 / 中華人民共和國): a province name without ending (北京海淀区, but
///       not 北京路) or a city name without 市 (深圳南山区), unless a district, county
///       or street follows it (朝阳区 is not 朝阳市).
///    District names are never used: 朝阳区 alone is empty, because there is one in
///    Beijing and one in Changchun (Jilin). 内蒙古 never matches 蒙古 (Mongolia).
/// 2. Otherwise Latin-script text is read word by word (case, tone marks, hyphens and
///    spaces inside a name do not matter) and the last province name found decides,
///    since English addresses run from the smallest unit up ("Haidian District,
///    Beijing 100190, China"; "Shenzhen, Guangdong, P.R. China"). A name followed by
///    Road/Street/Lu/District/Prefecture/Tibetan... is a street or a smaller unit and is
///    skipped ("Beijing Road, Guangzhou, Guangdong" is Guangdong). Hong Kong, Macau/Macao,
///    Taiwan, Taipei, Kowloon, ... count as names. City names in Latin script are not
///    known ("Shenzhen, China" alone is empty).
///
/// Invalid UTF-8, NUL bytes, empty or blank text and text without a known place give
/// an empty result. Nothing here throws or allocates.

#include <ineq/detail/utf8.hpp>
#include <ineq/region/prefecture.hpp>
#include <ineq/region/province.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string_view>

namespace ineq {

/// Chinese territories outside the mainland provincial-level divisions.
enum class outside_mainland : std::uint8_t { hong_kong, macao, taiwan };

/// English name: "Hong Kong", "Macao" or "Taiwan" (empty outside the enumeration).
/// Example: `to_string(outside_mainland::macao)` is "Macao".
[[nodiscard]] constexpr std::string_view to_string(outside_mainland t) noexcept {
    switch (t) {
        case outside_mainland::hong_kong: return "Hong Kong";
        case outside_mainland::macao: return "Macao";
        case outside_mainland::taiwan: return "Taiwan";
    }
    return {};
}

/// The territory of a GB/T 2260 code whose province part is 71 (Taiwan), 81 (Hong Kong)
/// or 82 (Macao), in 2-, 4- or 6-digit form; empty for every other number.
/// Example: `outside_mainland_from_code(810000)` is `outside_mainland::hong_kong`.
[[nodiscard]] constexpr std::optional<outside_mainland> outside_mainland_from_code(long code) noexcept {
    switch (detail::province_part_of_code(code)) {
        case 71: return outside_mainland::taiwan;
        case 81: return outside_mainland::hong_kong;
        case 82: return outside_mainland::macao;
        default: return std::nullopt;
    }
}

/// What an address resolves to: a mainland province, Hong Kong / Macao / Taiwan, or
/// nothing (both empty). At most one of the two is set.
struct place {
    std::optional<province> mainland;
    std::optional<outside_mainland> outside;

    /// True if either part is set.
    [[nodiscard]] constexpr bool known() const noexcept { return mainland.has_value() || outside.has_value(); }
    friend constexpr bool operator==(const place&, const place&) = default;
};

namespace detail::address {

enum class cjk_kind : std::uint8_t { province_short, outside, prefecture_full, prefecture_short };

struct cjk_entry {
    char32_t first;        ///< first code point, the search key
    std::string_view text;
    cjk_kind kind;
    std::uint8_t value;    ///< province index, outside_mainland value, or province code
};

struct outside_name {
    std::string_view text;
    outside_mainland where;
};

inline constexpr outside_name outside_chinese[] = {
    {"香港", outside_mainland::hong_kong}, {"九龙", outside_mainland::hong_kong},
    {"九龍", outside_mainland::hong_kong}, {"澳门", outside_mainland::macao},
    {"澳門", outside_mainland::macao},     {"台湾", outside_mainland::taiwan},
    {"台灣", outside_mainland::taiwan},    {"臺灣", outside_mainland::taiwan},
    {"臺湾", outside_mainland::taiwan},    {"台北", outside_mainland::taiwan},
    {"臺北", outside_mainland::taiwan},    {"高雄", outside_mainland::taiwan},
    {"台中", outside_mainland::taiwan},    {"臺中", outside_mainland::taiwan},
    {"台南", outside_mainland::taiwan},    {"臺南", outside_mainland::taiwan},
    {"新竹", outside_mainland::taiwan},
};

[[nodiscard]] constexpr char32_t first_code_point(std::string_view s) noexcept {
    std::size_t i = 0;
    return s.empty() ? U'\0' : utf8::next(s, i);
}

inline constexpr std::size_t cjk_lexicon_size = [] {
    std::size_t n = std::size(outside_chinese);
    // `!=` rather than `<`: cppcheck 2.10 misreads `i < x ... >` as a template list.
    for (std::size_t i = 0; i != province_table.size(); ++i) n += traditional_short(i).empty() ? 1 : 2;
    for (const auto& p : prefecture_table) {
        if (p.is_placeholder()) continue;
        ++n;
        if (!prefecture_short_name(p.name).empty()) ++n;
    }
    return n;
}();

inline constexpr auto cjk_lexicon = [] {
    std::array<cjk_entry, cjk_lexicon_size> a{};
    std::size_t n = 0;
    for (std::size_t i = 0; i != province_table.size(); ++i) {
        for (const std::string_view t : {province_table[i].chinese_short, traditional_short(i)}) {
            if (!t.empty()) {
                a[n++] = {first_code_point(t), t, cjk_kind::province_short, static_cast<std::uint8_t>(i)};
            }
        }
    }
    for (const auto& o : outside_chinese) {
        a[n++] = {first_code_point(o.text), o.text, cjk_kind::outside, static_cast<std::uint8_t>(o.where)};
    }
    for (const auto& p : prefecture_table) {
        if (p.is_placeholder()) continue;
        a[n++] = {first_code_point(p.name), p.name, cjk_kind::prefecture_full, p.province_code};
        if (const std::string_view s = prefecture_short_name(p.name); !s.empty()) {
            a[n++] = {first_code_point(s), s, cjk_kind::prefecture_short, p.province_code};
        }
    }
    std::sort(a.begin(), a.end(), [](const cjk_entry& l, const cjk_entry& r) { return l.first < r.first; });
    return a;
}();

/// Code points skipped before the start of an address: ASCII other than letters,
/// white space, the middle dot, CJK and full-width punctuation.
[[nodiscard]] constexpr bool is_noise(char32_t cp) noexcept {
    if (cp < 0x80) return !((cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z'));
    return utf8::is_space(cp) || cp == U'\u00B7' || cp == U'\u30FB' || (cp >= U'\u3001' && cp <= U'\u3003') ||
           (cp >= U'\u3008' && cp <= U'\u3011') || (cp >= U'\uFF01' && cp <= U'\uFF20') ||
           (cp >= U'\uFF3B' && cp <= U'\uFF40') || (cp >= U'\uFF5B' && cp <= U'\uFF65');
}

inline constexpr std::array<std::string_view, 4> country_prefixes{
    "中华人民共和国", "中華人民共和國", "中国", "中國"};

/// Byte position where the Chinese part of an address begins: the first code point
/// that is neither noise nor ASCII, after a leading country name.
[[nodiscard]] constexpr std::size_t anchor_of(std::string_view s) noexcept {
    std::size_t pos = 0;
    for (;;) {
        while (pos < s.size()) {
            std::size_t j = pos;
            const char32_t cp = utf8::next(s, j);
            if (cp >= 0x80 && !is_noise(cp)) break;
            pos = j;
        }
        bool stripped = false;
        for (const std::string_view c : country_prefixes) {
            if (utf8::starts_with_at(s, pos, c)) {
                pos += c.size();
                stripped = true;
                break;
            }
        }
        if (!stripped) return pos;
    }
}

/// True if one of `chars` (each one code point) starts at `pos`.
[[nodiscard]] constexpr bool followed_by(std::string_view s, std::size_t pos,
                                         std::initializer_list<std::string_view> chars) noexcept {
    return std::any_of(chars.begin(), chars.end(),
                       [&](std::string_view c) { return utf8::starts_with_at(s, pos, c); });
}

[[nodiscard]] constexpr place mainland_place(std::size_t index) noexcept {
    return place{province::from_index(index), std::nullopt};
}

[[nodiscard]] constexpr place mainland_place_of_code(std::uint8_t code) noexcept {
    return place{province_from_two_digits(code), std::nullopt};
}

/// Rule 1 of the file comment: Chinese text, first place name wins.
[[nodiscard]] constexpr place resolve_chinese(std::string_view s) noexcept {
    const std::size_t anchor = anchor_of(s);
    std::size_t pos = anchor;
    while (pos < s.size()) {
        if (static_cast<unsigned char>(s[pos]) < 0x80) {
            ++pos;
            continue;
        }
        std::size_t after = pos;
        const char32_t cp = utf8::next(s, after);
        const auto range = std::equal_range(
            cjk_lexicon.begin(), cjk_lexicon.end(), cjk_entry{cp, {}, cjk_kind::outside, 0},
            [](const cjk_entry& l, const cjk_entry& r) { return l.first < r.first; });
        if (range.first != range.second) {
            // a. province with its ending
            const cjk_province_match pm = match_province_chinese(s, pos);
            if (pm.index >= 0 && pm.full) return mainland_place(static_cast<std::size_t>(pm.index));
            // longest match of each kind, by position in the lexicon (npos if none)
            constexpr std::size_t none = static_cast<std::size_t>(-1);
            std::size_t outside = none;
            std::size_t pref_full = none;
            std::size_t pref_short = none;
            const auto first = static_cast<std::size_t>(range.first - cjk_lexicon.begin());
            const auto last = static_cast<std::size_t>(range.second - cjk_lexicon.begin());
            for (std::size_t e = first; e < last; ++e) {
                const cjk_entry& entry = cjk_lexicon[e];
                if (entry.kind == cjk_kind::province_short || !utf8::starts_with_at(s, pos, entry.text)) continue;
                std::size_t& slot = entry.kind == cjk_kind::outside           ? outside
                                    : entry.kind == cjk_kind::prefecture_full ? pref_full
                                                                              : pref_short;
                if (slot == none || cjk_lexicon[slot].text.size() < entry.text.size()) slot = e;
            }
            // b. Hong Kong, Macao, Taiwan
            if (outside != none) {
                return place{std::nullopt, static_cast<outside_mainland>(cjk_lexicon[outside].value)};
            }
            // c. prefecture, full name
            if (pref_full != none) return mainland_place_of_code(cjk_lexicon[pref_full].value);
            // d. short names where the address begins
            if (pos == anchor) {
                if (pm.index >= 0 && !followed_by(s, pos + pm.length, {"路", "街", "道", "巷"})) {
                    return mainland_place(static_cast<std::size_t>(pm.index));
                }
                if (pref_short != none &&
                    !followed_by(s, pos + cjk_lexicon[pref_short].text.size(),
                                 {"区", "區", "县", "縣", "旗", "路", "街", "道", "巷", "镇", "鎮", "乡", "鄉", "村"})) {
                    return mainland_place_of_code(cjk_lexicon[pref_short].value);
                }
            }
        }
        pos = after;
    }
    return {};
}

// ---- Latin script ------------------------------------------------------------------

struct latin_entry {
    std::string_view key;
    bool is_outside;
    std::uint8_t value;  ///< province code, or outside_mainland value
};

inline constexpr latin_entry latin_outside[] = {
    {"hongkong", true, static_cast<std::uint8_t>(outside_mainland::hong_kong)},
    {"hksar", true, static_cast<std::uint8_t>(outside_mainland::hong_kong)},
    {"kowloon", true, static_cast<std::uint8_t>(outside_mainland::hong_kong)},
    {"xianggang", true, static_cast<std::uint8_t>(outside_mainland::hong_kong)},
    {"macao", true, static_cast<std::uint8_t>(outside_mainland::macao)},
    {"macau", true, static_cast<std::uint8_t>(outside_mainland::macao)},
    {"aomen", true, static_cast<std::uint8_t>(outside_mainland::macao)},
    {"taiwan", true, static_cast<std::uint8_t>(outside_mainland::taiwan)},
    {"taipei", true, static_cast<std::uint8_t>(outside_mainland::taiwan)},
    {"kaohsiung", true, static_cast<std::uint8_t>(outside_mainland::taiwan)},
    {"hsinchu", true, static_cast<std::uint8_t>(outside_mainland::taiwan)},
    {"taichung", true, static_cast<std::uint8_t>(outside_mainland::taiwan)},
    {"tainan", true, static_cast<std::uint8_t>(outside_mainland::taiwan)},
};

inline constexpr std::size_t latin_lexicon_size = [] {
    std::size_t n = std::size(latin_outside);
    for (const auto& a : latin_aliases) n += a.name_only ? 0 : 1;
    return n;
}();

inline constexpr auto latin_lexicon = [] {
    std::array<latin_entry, latin_lexicon_size> a{};
    std::size_t n = 0;
    for (const auto& x : latin_aliases) {
        if (!x.name_only) a[n++] = {x.key, false, x.code};
    }
    for (const auto& x : latin_outside) a[n++] = x;
    std::sort(a.begin(), a.end(), [](const latin_entry& l, const latin_entry& r) { return l.key < r.key; });
    return a;
}();

/// Words after a name that make it a street or a smaller unit, not the province.
inline constexpr std::array<std::string_view, 19> latin_stop_words{
    "road", "rd", "street", "st", "lu", "avenue", "ave", "dajie", "jie", "lane", "hutong",
    "district", "qu", "county", "xian", "prefecture", "tibetan", "zangzu", "bridge"};

[[nodiscard]] constexpr bool is_latin_letter(char32_t cp) noexcept {
    return utf8::fold_letter(cp).letter != 0;
}

[[nodiscard]] constexpr bool is_inner_separator(char32_t cp) noexcept {
    return cp == U' ' || cp == U'-' || cp == U'\'' || cp == U'\u2019';
}

/// The letters of the text from a word start, folded (lower case, tone marks removed),
/// with single spaces, hyphens or apostrophes inside a name dropped ("Nei Mongol",
/// "Xi'an"), up to the first other non-letter or `capacity` letters.
/// latin_lexicon[latin_bucket[c - 'a'] .. latin_bucket[c - 'a' + 1]) are the keys that
/// start with letter c.
inline constexpr auto latin_bucket = [] {
    std::array<std::uint16_t, 27> b{};
    for (std::size_t c = 0; c <= 26; ++c) {
        std::size_t i = 0;
        while (i < latin_lexicon.size() && static_cast<std::size_t>(latin_lexicon[i].key.front() - 'a') < c) ++i;
        b[c] = static_cast<std::uint16_t>(i);
    }
    return b;
}();

inline constexpr std::size_t longest_latin_key = [] {
    std::size_t n = 0;
    for (const auto& e : latin_lexicon) n = std::max(n, e.key.size());
    return n;
}();

struct folded_run {
    static constexpr std::size_t capacity = longest_latin_key;
    std::array<char, capacity> letters;       // filled up to size
    std::array<std::size_t, capacity> end;    ///< byte after each letter (and its marks)
    std::array<bool, capacity> word_end;      ///< no letter directly follows it
    std::size_t size = 0;
    int first_tone = 0;  ///< tone on the first vowel, 0 if none
};

[[nodiscard]] constexpr bool is_vowel(char c) noexcept {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/// Fills `r` (an out-parameter: the arrays are left uninitialised past `r.size`, which
/// constant evaluation does not allow to be copied).
constexpr void fold_run(std::string_view s, std::size_t pos, folded_run& r) noexcept {
    r.size = 0;
    r.first_tone = 0;
    bool seen_vowel = false;
    bool last_first_vowel = false;
    std::size_t i = pos;
    while (i < s.size()) {
        const char c = s[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {  // fast path: ASCII letter
            if (r.size == folded_run::capacity) break;
            const char l = utf8::ascii_lower(c);
            const bool vowel = is_vowel(l);
            last_first_vowel = vowel && !seen_vowel;
            seen_vowel = seen_vowel || vowel;
            r.letters[r.size] = l;
            r.end[r.size] = i + 1;
            r.word_end[r.size] = false;
            ++r.size;
            ++i;
            continue;
        }
        std::size_t j = i;
        const char32_t cp = utf8::next(s, j);
        if (const int t = utf8::combining_tone(cp); t >= 0) {
            if (last_first_vowel && t > 0) r.first_tone = t;
            if (r.size > 0) r.end[r.size - 1] = j;
            i = j;
            continue;
        }
        const utf8::folded_letter f = utf8::fold_letter(cp);
        if (f.letter == 0) {
            if (r.size > 0) r.word_end[r.size - 1] = true;
            if (!is_inner_separator(cp) || r.size == 0) break;
            // a single separator may sit inside a name; anything more ends the run
            std::size_t k = j;
            if (k >= s.size() || !is_latin_letter(utf8::next(s, k))) break;
            last_first_vowel = false;
            i = j;
            continue;
        }
        if (r.size == folded_run::capacity) break;
        const bool vowel = is_vowel(f.letter);
        if (vowel && !seen_vowel) r.first_tone = f.tone;
        last_first_vowel = vowel && !seen_vowel;
        seen_vowel = seen_vowel || vowel;
        r.letters[r.size] = f.letter;
        r.end[r.size] = j;
        r.word_end[r.size] = false;
        ++r.size;
        i = j;
    }
    if (r.size > 0 && i >= s.size()) r.word_end[r.size - 1] = true;
    if (r.size == folded_run::capacity && i < s.size()) {
        std::size_t k = i;
        r.word_end[r.size - 1] = !is_latin_letter(utf8::next(s, k));
    }
}

/// True if the next word after byte `pos` is one of `latin_stop_words`.
[[nodiscard]] constexpr bool next_word_is_stop_word(std::string_view s, std::size_t pos) noexcept {
    // skip to the next letter, crossing only spaces and simple punctuation
    std::size_t i = pos;
    while (i < s.size()) {
        std::size_t j = i;
        const char32_t cp = utf8::next(s, j);
        if (is_latin_letter(cp)) break;
        if (!(cp == U' ' || cp == U'-' || cp == U'.' || utf8::is_space(cp))) return false;
        i = j;
    }
    std::array<char, 12> word{};
    std::size_t n = 0;
    while (i < s.size()) {
        std::size_t j = i;
        const char32_t cp = utf8::next(s, j);
        const char c = utf8::fold_letter(cp).letter;
        if (c == 0) break;
        if (n == word.size()) return false;
        word[n++] = c;
        i = j;
    }
    const std::string_view w(word.data(), n);
    return std::find(latin_stop_words.begin(), latin_stop_words.end(), w) != latin_stop_words.end();
}

/// Rule 2 of the file comment: Latin text, last place name wins.
[[nodiscard]] constexpr place resolve_latin(std::string_view s) noexcept {
    place found{};
    bool prev_letter = false;
    std::size_t pos = 0;
    while (pos < s.size()) {
        std::size_t after = pos;
        const char32_t cp = utf8::next(s, after);
        const bool letter = is_latin_letter(cp);
        if (!letter || prev_letter) {
            if (utf8::combining_tone(cp) < 0) prev_letter = letter;
            pos = after;
            continue;
        }
        // a word starts here
        folded_run run{};
        fold_run(s, pos, run);
        const std::string_view text(run.letters.data(), run.size);
        std::size_t best = latin_lexicon.size();  // none
        std::size_t best_len = 0;
        const auto bucket = static_cast<std::size_t>(text.front() - 'a');
        for (std::size_t e = latin_bucket[bucket]; e < latin_bucket[bucket + 1]; ++e) {
            const latin_entry& entry = latin_lexicon[e];
            const std::size_t n = entry.key.size();
            if (n > best_len && n <= run.size && run.word_end[n - 1] && utf8::starts_with_at(text, 0, entry.key)) {
                best = e;
                best_len = n;
            }
        }
        std::size_t next = 0;
        if (best < latin_lexicon.size() && !next_word_is_stop_word(s, run.end[best_len - 1])) {
            if (latin_lexicon[best].is_outside) {
                found = place{std::nullopt, static_cast<outside_mainland>(latin_lexicon[best].value)};
            } else {
                std::uint8_t code = latin_lexicon[best].value;
                if (code == 14 && run.first_tone == 3) code = 61;  // Shǎnxī is 陕西
                found = mainland_place_of_code(code);
            }
            next = run.end[best_len - 1];
        } else {
            // skip the first word of the run
            std::size_t k = 0;
            while (k < run.size && !run.word_end[k]) ++k;
            next = k < run.size ? run.end[k] : (run.size > 0 ? run.end[run.size - 1] : after);
        }
        pos = std::max(next, after);
        prev_letter = true;
    }
    return found;
}

}  // namespace detail::address

/// Resolves a free-text address (Chinese or English, UTF-8) to a mainland province or
/// to Hong Kong, Macao or Taiwan, following the rules in this file's comment.
/// Returns an empty `place` for text without a known place, invalid UTF-8 or NUL bytes.
/// Example: `resolve_address("中国香港九龙塘").outside` is `outside_mainland::hong_kong`;
/// `resolve_address("辽宁省朝阳市").mainland->code()` is 21.
[[nodiscard]] constexpr place resolve_address(std::string_view address) noexcept {
    if (!detail::utf8::is_clean_text(address)) return {};
    const place chinese = detail::address::resolve_chinese(address);
    if (chinese.known()) return chinese;
    return detail::address::resolve_latin(address);
}

/// The mainland province of a free-text address; empty for Hong Kong, Macao, Taiwan,
/// unknown places, invalid UTF-8 and NUL bytes. See the file comment for the rules.
/// Example: `province_from_address("青海省海南藏族自治州共和县")->code()` is 63;
/// `province_from_address("Shenzhen, Guangdong, P.R. China")->code()` is 44.
[[nodiscard]] inline std::optional<province> province_from_address(std::string_view address) noexcept {
    return resolve_address(address).mainland;
}

/// Hong Kong, Macao or Taiwan if a name or address denotes one of them ("香港",
/// "澳門", "臺灣", "Hong Kong SAR", "Macau", "Taipei", "九龙塘"), by the same rules as
/// `resolve_address`; empty for mainland places, unknown text and invalid UTF-8.
/// Example: `find_outside_mainland("Hong Kong SAR")` is `outside_mainland::hong_kong`.
[[nodiscard]] inline std::optional<outside_mainland> find_outside_mainland(std::string_view text) noexcept {
    return resolve_address(text).outside;
}

}  // namespace ineq

#endif
