#ifndef INEQ_REGION_ADDRESS_HPP
#define INEQ_REGION_ADDRESS_HPP

/// \file
/// The place of a free-text address, Chinese or English: a mainland province and, where
/// the text names one, its prefecture-level division; or Hong Kong, Macao, Taiwan or a
/// foreign country (`<ineq/region/outside.hpp>`). Names of organisations follow other
/// rules: see `resolve_name` in `<ineq/region/name.hpp>`.
///
/// How an address is read (first rule that applies wins):
///
/// 1. Chinese text. The text "starts" after white space, punctuation, postcodes and a
///    leading 中国 / 中華人民共和國. A foreign country or city at the start (日本国东京都,
///    美国加利福尼亚州; list F1 of outside.hpp) makes it `abroad`. Otherwise the text is
///    scanned from the left and the first place name found decides, so an address written
///    from the largest unit down ("广东省深圳市南山区") resolves by its province. At each
///    position, in this order:
///    a. a province name with its ending (北京市, 海南省, 内蒙古自治区, 廣東省);
///    b. Hong Kong, Macao or Taiwan (香港, 澳门/澳門, 台湾/臺灣/台灣, 台北, 高雄, ...);
///    c. the full name of a prefecture (深圳市, 吉林市, 朝阳市, 海南藏族自治州), which
///       gives its province: 青海省海南藏族自治州 and 海南藏族自治州 are Qinghai, 辽宁省朝阳市
///       and 朝阳市 are Liaoning, 吉林省吉林市 and 吉林市 are Jilin;
///    d. at the start, or after punctuation, white space or a digit (…路１号，广州… ,
///       …（扬州…): a province name without ending (北京海淀区, but not 北京路) or a city
///       name without 市 (深圳南山区), unless a district, county or street follows it
///       (朝阳区 is not 朝阳市); a 地区 name without its ending (喀什) only at the start.
///    If none of these is found, a county-level division whose full name is unique in the
///    country (昆山市, 义乌市, 浦东新区; `<ineq/region/counties.hpp>`) decides where it
///    stands at the start or after a character that is not a CJK ideograph. Names repeated
///    across the country are never used: 朝阳区 alone is empty (Beijing and Changchun both
///    have one), and so are 鼓楼区 and 南山区. 内蒙古 never matches 蒙古 (Mongolia).
/// 2. Otherwise Latin-script text is read word by word (case, tone marks, hyphens and
///    spaces inside a name do not matter) and the last place name found decides, since
///    English addresses run from the smallest unit up ("Haidian District, Beijing 100190,
///    China"; "Shenzhen, Guangdong, P.R. China"). Place names are provinces, the
///    prefecture-level cities of the pinyin table below (Shenzhen, Hangzhou, Harbin ...;
///    names shared by two prefectures, such as Suzhou, Fuzhou, Taizhou, Yichun, Yulin, are
///    left out), Hong Kong, Macao, Taiwan and their cities, and the foreign countries and
///    cities of list F1 (Japan, USA, Tokyo ...). A name followed by
///    Road/Street/Lu/District/Prefecture/Tibetan... is a street or a smaller unit and is
///    skipped ("Beijing Road, Guangzhou, Guangdong" is Guangdong).
/// 3. Otherwise text in Korean (Hangul) or Japanese (kana) script is abroad.
///
/// The prefecture: the prefecture whose name was found; after a province, the first
/// prefecture of that province named later in the text, or failing that the first
/// unique county-level name of that province (江苏省昆山市 is 苏州市; the name of a
/// county-level city counts without 市 here, 江苏昆山); a prefecture named
/// before its province in Latin text ("Shenzhen, Guangdong"). The four municipalities
/// (Beijing, Tianjin, Shanghai, Chongqing) always give their 市辖区 row, 1101, 1201,
/// 3101 or 5001, whatever district or county follows. County-level cities directly
/// under a province (仙桃市) give the province's 省直辖县级行政区划 row (4290). Outside
/// the mainland the prefecture is empty.
///
/// Invalid UTF-8, NUL bytes, empty or blank text and text without a known place give
/// an empty result. Nothing here throws or allocates.

#include <ineq/detail/utf8.hpp>
#include <ineq/region/counties.hpp>
#include <ineq/region/outside.hpp>
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
#include <utility>

namespace ineq {

/// What a text resolves to: a mainland province (with, where the text names one, its
/// prefecture-level division), or a place outside the mainland, or nothing (all empty).
/// `mainland` and `outside` are never both set; `prefecture` is set only with `mainland`
/// and always lies in it. For the four municipalities `prefecture` is their 市辖区 row
/// (1101, 1201, 3101, 5001).
struct place {
    std::optional<province> mainland{};
    std::optional<outside_mainland> outside{};
    std::optional<prefecture_info> prefecture{};  ///< the prefecture-level division, if named

    /// True if any part is set.
    [[nodiscard]] constexpr bool known() const noexcept { return mainland.has_value() || outside.has_value(); }
    friend constexpr bool operator==(const place&, const place&) = default;
};

namespace detail::address {

enum class cjk_kind : std::uint8_t { province_short, outside, foreign, prefecture_full, prefecture_short, district_short };

struct cjk_entry {
    char32_t first;        ///< first code point, the search key
    std::string_view text;
    cjk_kind kind;
    std::uint16_t value;   ///< province index, outside_mainland value, or row of prefecture_table
};

[[nodiscard]] constexpr char32_t first_code_point(std::string_view s) noexcept {
    std::size_t i = 0;
    return s.empty() ? U'\0' : utf8::next(s, i);
}

inline constexpr std::size_t cjk_lexicon_size = [] {
    std::size_t n = std::size(outside::hk_mo_tw_chinese) + outside::foreign_chinese_prefixes.size();
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
                a[n++] = {first_code_point(t), t, cjk_kind::province_short, static_cast<std::uint16_t>(i)};
            }
        }
    }
    for (const auto& o : outside::hk_mo_tw_chinese) {
        a[n++] = {first_code_point(o.text), o.text, cjk_kind::outside, static_cast<std::uint16_t>(o.where)};
    }
    for (const std::string_view f : outside::foreign_chinese_prefixes) {
        a[n++] = {first_code_point(f), f, cjk_kind::foreign, static_cast<std::uint16_t>(outside_mainland::abroad)};
    }
    for (const auto& p : prefecture_table) {
        if (p.is_placeholder()) continue;
        const auto row = static_cast<std::uint16_t>(&p - prefecture_table);
        a[n++] = {first_code_point(p.name), p.name, cjk_kind::prefecture_full, row};
        if (const std::string_view s = prefecture_short_name(p.name); !s.empty()) {
            a[n++] = {first_code_point(s), s, p.name.ends_with("地区") ? cjk_kind::district_short : cjk_kind::prefecture_short,
                      row};
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

/// True for CJK unified ideographs (the basic block and extension A).
[[nodiscard]] constexpr bool is_ideograph(char32_t cp) noexcept {
    return (cp >= U'\u4E00' && cp <= U'\u9FFF') || (cp >= U'\u3400' && cp <= U'\u4DBF');
}

inline constexpr std::array<std::string_view, 4> country_prefixes{
    "中华人民共和国", "中華人民共和國", "中国", "中國"};

/// Byte position where the Chinese part of a text begins: the first code point that is
/// neither noise nor ASCII, after a leading country name, at or after `from`.
[[nodiscard]] constexpr std::size_t anchor_of(std::string_view s, std::size_t from = 0) noexcept {
    std::size_t pos = from;
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

[[nodiscard]] constexpr bool is_municipality(int code) noexcept {
    return code == 11 || code == 12 || code == 31 || code == 50;
}

/// Row of a prefecture code in `prefecture_table`, or -1.
[[nodiscard]] constexpr int prefecture_row(long code) noexcept {
    const auto table = prefectures();
    const auto it = std::lower_bound(table.begin(), table.end(), code,
                                     [](const prefecture_info& p, long c) { return p.code < c; });
    return it == table.end() || it->code != code ? -1 : static_cast<int>(it - table.begin());
}

/// For each province index, the row of its 市辖区 entry if it is a municipality, else -1.
inline constexpr auto municipality_row = [] {
    std::array<std::int16_t, province::count> a{};
    for (std::size_t i = 0; i != province_table.size(); ++i) {
        const std::uint8_t code = province_table[i].code;
        a[i] = static_cast<std::int16_t>(is_municipality(code) ? prefecture_row(code * 100L + 1) : -1);
    }
    return a;
}();

/// A mainland place from a province; the municipalities get their 市辖区 row.
[[nodiscard]] constexpr place province_place(province p) noexcept {
    place r{p, std::nullopt, std::nullopt};
    if (const int row = municipality_row[p.index()]; row >= 0) r.prefecture = prefecture_table[row];
    return r;
}

[[nodiscard]] constexpr place mainland_place(std::size_t index) noexcept {
    return province_place(province::from_index(index));
}

/// A mainland place from a row of `prefecture_table`.
[[nodiscard]] constexpr place place_of_row(std::size_t row) noexcept {
    const prefecture_info& pref = prefecture_table[row];
    place r = mainland_place(static_cast<std::size_t>(province_index_of_code[pref.province_code]));
    if (!r.prefecture) r.prefecture = pref;
    return r;
}

/// A mainland place from a prefecture code (4 digits) or a county code (6 digits).
[[nodiscard]] constexpr place place_of_code(long code) noexcept {
    const auto pref = prefecture_from_code(code);
    if (!pref) return {};
    const auto prov = province_from_two_digits(pref->province_code);
    if (!prov) return {};
    place r = province_place(*prov);
    if (!is_municipality(pref->province_code)) r.prefecture = pref;
    return r;
}

/// A place name found at one position of a text.
struct cjk_match {
    place where{};
    std::size_t length = 0;  ///< bytes; 0 if nothing was found
    bool with_ending = false;  ///< a province or prefecture written in full, or outside
};

/// The first three bytes of `s` at `pos` as one number (bytes in order, so numbers sort
/// as the bytes do); `pos + 3 <= s.size()`.
[[nodiscard]] constexpr std::uint32_t first_three_bytes(std::string_view s, std::size_t pos = 0) noexcept {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(s[pos])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(s[pos + 1])) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(s[pos + 2]));
}

/// An index of a table of names sorted by their bytes: each name's byte length, and for
/// each distinct first three bytes the first row that starts with them (rows with the
/// same three bytes are contiguous). `Skip` leading bytes of a row are not part of the
/// name (the code and flag digits). Built once at compile time; a lookup is one binary
/// search over the distinct keys instead of one over all rows with a string comparison
/// (and a length count) at each step.
template <std::size_t Rows, std::size_t Keys>
struct first_bytes_index {
    std::array<std::uint8_t, Rows> length{};     ///< byte length of the name of each row
    std::array<std::uint32_t, Keys> key{};       ///< distinct first three bytes, ascending
    std::array<std::uint16_t, Keys + 1> begin{};  ///< first row of each key; begin[Keys] = Rows
    std::array<std::uint8_t, Keys> longest{};    ///< the longest name (bytes) of each key's rows

    /// The rows [first, last) whose name starts with some three bytes, and the byte length
    /// of the longest of those names.
    struct rows {
        std::size_t first = 0;
        std::size_t second = 0;
        std::size_t longest = 0;
    };

    /// Rows whose name starts with the three bytes `k` (empty if none).
    [[nodiscard]] constexpr rows rows_of(std::uint32_t k) const noexcept {
        const auto it = std::lower_bound(key.begin(), key.end(), k);
        if (it == key.end() || *it != k) return {};
        const auto j = static_cast<std::size_t>(it - key.begin());
        return {begin[j], begin[j + 1], longest[j]};
    }
};

template <std::size_t Rows>
[[nodiscard]] constexpr std::size_t distinct_first_bytes(const char* const (&rows)[Rows], std::size_t skip) noexcept {
    std::size_t n = 0;
    std::uint32_t last = 0;
    for (std::size_t i = 0; i != Rows; ++i) {
        const std::uint32_t k = first_three_bytes(std::string_view(rows[i]), skip);
        if (i == 0 || k != last) ++n;
        last = k;
    }
    return n;
}

template <std::size_t Keys, std::size_t Rows>
[[nodiscard]] constexpr first_bytes_index<Rows, Keys> make_first_bytes_index(const char* const (&rows)[Rows],
                                                                             std::size_t skip) noexcept {
    first_bytes_index<Rows, Keys> x{};
    std::size_t n = 0;
    for (std::size_t i = 0; i != Rows; ++i) {
        const std::string_view r(rows[i]);
        x.length[i] = static_cast<std::uint8_t>(r.size() - skip);
        const std::uint32_t k = first_three_bytes(r, skip);
        if (i == 0 || k != x.key[n - 1]) {
            x.key[n] = k;
            x.begin[n] = static_cast<std::uint16_t>(i);
            ++n;
        }
        x.longest[n - 1] = std::max(x.longest[n - 1], x.length[i]);
    }
    x.begin[Keys] = static_cast<std::uint16_t>(Rows);
    return x;
}

/// The index of `county_rows` (names after the six code digits and the flag digit).
inline constexpr auto county_index =
    make_first_bytes_index<distinct_first_bytes(county_rows, 7)>(county_rows, 7);

/// A filter over the first two characters of every name `match_at` looks for (the
/// lexicon and the Chinese province names): bit `pair_bit(first three bytes, next three)`
/// is set for each name that starts with two three-byte characters, bit
/// `pair_bit(first three bytes, 0)` for a name that starts with one three-byte character
/// and something else. A position whose bytes miss both bits starts none of these names,
/// so the scan skips it before any search. 65,536 bits (8 KiB) built at compile time from
/// the bytes alone, which keeps its cost to each translation unit small.
[[nodiscard]] constexpr std::uint32_t pair_bit(std::uint32_t first, std::uint32_t second) noexcept {
    return (first * 0x9E3779B1U + second * 0x85EBCA77U) >> 16;
}

/// True if the three bytes at `pos` (`pos + 3 <= s.size()`) are a lead byte E0..EF and two
/// continuation bytes.
[[nodiscard]] constexpr bool three_byte_at(std::string_view s, std::size_t pos) noexcept {
    return (static_cast<unsigned char>(s[pos]) & 0xF0U) == 0xE0U &&
           (static_cast<unsigned char>(s[pos + 1]) & 0xC0U) == 0x80U &&
           (static_cast<unsigned char>(s[pos + 2]) & 0xC0U) == 0x80U;
}

inline constexpr auto pair_filter = [] {
    std::array<std::uint64_t, 1024> bits{};
    const auto add = [&bits](std::string_view name) {
        // A name that does not start with a three-byte character needs no bit: positions
        // without one pass the filter.
        if (name.size() < 3 || !three_byte_at(name, 0)) return;
        const std::uint32_t second = name.size() >= 6 && three_byte_at(name, 3) ? first_three_bytes(name, 3) : 0;
        const std::uint32_t h = pair_bit(first_three_bytes(name, 0), second);
        bits[h >> 6] |= std::uint64_t{1} << (h & 63);
    };
    for (const cjk_entry& e : cjk_lexicon) add(e.text);
    for (const cjk_province_name& p : province_chinese_index) add(p.name);
    return bits;
}();

/// False if no name of `pair_filter` can start at byte `pos` of `s`.
[[nodiscard]] constexpr bool may_start_name(std::string_view s, std::size_t pos) noexcept {
    if (pos + 3 > s.size() || !three_byte_at(s, pos)) return true;  // not a three-byte character: no filter
    const std::uint32_t first = first_three_bytes(s, pos);
    const std::uint32_t single = pair_bit(first, 0);
    if (((pair_filter[single >> 6] >> (single & 63)) & 1) != 0) return true;
    if (pos + 6 > s.size()) return false;
    const std::uint32_t pair = pair_bit(first, first_three_bytes(s, pos + 3));
    return ((pair_filter[pair >> 6] >> (pair & 63)) & 1) != 0;
}

/// The longest unique county-level name that starts at `pos`, in full (`short_form`
/// false) or without its one-character ending where that is unique too; empty if none.
[[nodiscard]] constexpr std::optional<county_name> county_at(std::string_view s, std::size_t pos,
                                                             bool short_form = false) noexcept {
    // Every county-level name starts with a three-byte character; rows are sorted by bytes.
    if (pos + 3 > s.size() || static_cast<unsigned char>(s[pos]) < 0xE0 ) return std::nullopt;
    const auto rows = county_index.rows_of(first_three_bytes(s, pos));
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::size_t best = none;
    std::size_t best_len = 0;
    for (std::size_t i = rows.first; i < rows.second; ++i) {
        if (short_form && ((county_rows[i][6] - '0') & county_short_unique) == 0) continue;
        // every ending (市 县 区 旗) is three bytes of UTF-8
        const std::string_view text(county_rows[i] + 7, county_index.length[i] - (short_form ? 3U : 0U));
        if (text.size() > best_len && utf8::starts_with_at(s, pos, text)) {
            best = i;
            best_len = text.size();
        }
    }
    if (best == none) return std::nullopt;
    return county_row(best);
}

/// Which names `match_at` accepts without their ending.
struct short_names {
    bool provinces = false;   ///< 北京, 浙江
    bool cities = false;      ///< 深圳, 吉林 (city), but not 阿里 (地区)
    bool districts = false;   ///< 阿里, 喀什 (names of 地区 without the ending)
    bool foreign = false;     ///< foreign countries and cities (list F1: 日本, 北海道)
};

/// Bit c is set if a lexicon entry starts with code point c (all are in the BMP): a
/// quick test that lets the scan skip most characters without a search.
inline constexpr auto cjk_first_bits = [] {
    std::array<std::uint64_t, 1024> bits{};
    for (const cjk_entry& e : cjk_lexicon) {
        if (e.first < 0x10000) bits[e.first >> 6] |= std::uint64_t{1} << (e.first & 63);
    }
    return bits;
}();

[[nodiscard]] constexpr bool may_start_entry(char32_t cp) noexcept {
    return cp < 0x10000 && ((cjk_first_bits[cp >> 6] >> (cp & 63)) & 1) != 0;
}

/// The entries of `cjk_lexicon` that start with one code point: [first, last), and
/// whether a province name is among them (only then is a province looked for).
struct lexicon_slot {
    char32_t first_code_point = U'\0';  ///< U'\0': an empty slot (no entry starts with NUL)
    std::uint16_t first = 0;
    std::uint16_t last = 0;
    bool province = false;
};

inline constexpr std::size_t lexicon_slots = 2048;  // a power of two, about four times the keys

[[nodiscard]] constexpr std::size_t lexicon_slot_of(char32_t cp) noexcept {
    return (static_cast<std::uint32_t>(cp) * 0x9E3779B1U) >> 21;  // 11 bits: 2048 slots
}

/// An open-addressing table from a first code point to its run of `cjk_lexicon` (which
/// is sorted by first code point), built at compile time: a lookup is a hash and, mostly,
/// one comparison instead of a binary search over the whole lexicon.
inline constexpr auto lexicon_index = [] {
    std::array<lexicon_slot, lexicon_slots> t{};
    std::size_t e = 0;
    while (e != cjk_lexicon.size()) {
        const std::size_t first = e;
        bool province = false;
        while (e != cjk_lexicon.size() && cjk_lexicon[e].first == cjk_lexicon[first].first) {
            province = province || cjk_lexicon[e].kind == cjk_kind::province_short;
            ++e;
        }
        std::size_t h = lexicon_slot_of(cjk_lexicon[first].first);
        while (t[h].first_code_point != U'\0') h = (h + 1) & (lexicon_slots - 1);
        t[h] = {cjk_lexicon[first].first, static_cast<std::uint16_t>(first), static_cast<std::uint16_t>(e), province};
    }
    return t;
}();

/// The run of `cjk_lexicon` starting with `cp`, or an empty slot (first == last) if none.
/// Returned by value: comparing a pointer into the table with null is not a constant
/// expression under every compiler's sanitizer options.
[[nodiscard]] constexpr lexicon_slot lexicon_run(char32_t cp) noexcept {
    std::size_t h = lexicon_slot_of(cp);
    while (lexicon_index[h].first_code_point != U'\0') {
        if (lexicon_index[h].first_code_point == cp) return lexicon_index[h];
        h = (h + 1) & (lexicon_slots - 1);
    }
    return {};
}

/// Rules a-d of the file comment at byte `pos`, where code point `cp` starts.
[[nodiscard]] constexpr cjk_match match_at(std::string_view s, std::size_t pos, char32_t cp,
                                           short_names shorts) noexcept {
    if (!may_start_entry(cp) || !may_start_name(s, pos)) return {};
    const lexicon_slot run = lexicon_run(cp);
    if (run.first == run.last) return {};
    // a. province with its ending
    const cjk_province_match pm = run.province ? match_province_chinese(s, pos) : cjk_province_match{};
    if (pm.index >= 0 && pm.full) return {mainland_place(static_cast<std::size_t>(pm.index)), pm.length, true};
    // longest match of each kind, by position in the lexicon (npos if none)
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::size_t outside = none;
    std::size_t pref_full = none;
    std::size_t pref_short = none;
    const std::size_t first = run.first;
    const std::size_t last = run.last;
    for (std::size_t e = first; e < last; ++e) {
        const cjk_entry& entry = cjk_lexicon[e];
        if (entry.kind == cjk_kind::province_short || !utf8::starts_with_at(s, pos, entry.text)) continue;
        if (entry.kind == cjk_kind::foreign) {
            if (shorts.foreign) return {place{std::nullopt, outside_mainland::abroad, std::nullopt}, entry.text.size(), true};
            continue;
        }
        if (entry.kind == cjk_kind::prefecture_short && !shorts.cities) continue;
        if (entry.kind == cjk_kind::district_short && !shorts.districts) continue;
        std::size_t& slot = entry.kind == cjk_kind::outside           ? outside
                            : entry.kind == cjk_kind::prefecture_full ? pref_full
                                                                      : pref_short;
        if (slot == none || cjk_lexicon[slot].text.size() < entry.text.size()) slot = e;
    }
    // b. Hong Kong, Macao, Taiwan
    if (outside != none) {
        return {place{std::nullopt, static_cast<outside_mainland>(cjk_lexicon[outside].value), std::nullopt},
                cjk_lexicon[outside].text.size(), true};
    }
    // c. prefecture, full name
    if (pref_full != none) return {place_of_row(cjk_lexicon[pref_full].value), cjk_lexicon[pref_full].text.size(), true};
    // d. short names
    if (shorts.provinces && pm.index >= 0 && !followed_by(s, pos + pm.length, {"路", "街", "道", "巷"})) {
        return {mainland_place(static_cast<std::size_t>(pm.index)), pm.length, false};
    }
    if (pref_short != none &&
        !followed_by(s, pos + cjk_lexicon[pref_short].text.size(),
                     {"区", "區", "县", "縣", "旗", "路", "街", "道", "巷", "镇", "鎮", "乡", "鄉", "村"})) {
        return {place_of_row(cjk_lexicon[pref_short].value), cjk_lexicon[pref_short].text.size(), false};
    }
    return {};
}

/// Rules a-d of the file comment at byte `pos` (a code point boundary).
[[nodiscard]] constexpr cjk_match match_at(std::string_view s, std::size_t pos, short_names shorts) noexcept {
    if (pos >= s.size() || static_cast<unsigned char>(s[pos]) < 0x80) return {};
    std::size_t i = pos;
    return match_at(s, pos, utf8::next(s, i), shorts);
}

/// The prefecture of province `p` named in `s` from byte `pos` on (see the file
/// comment): a short city name right at `pos`, else the first full prefecture name of
/// `p`, else the first unique county-level name of `p` (in full, or a county-level
/// city's name without 市: 江苏江阴 is 无锡市).
[[nodiscard]] constexpr std::optional<prefecture_info> prefecture_after(std::string_view s, std::size_t pos,
                                                                        province p) noexcept {
    if (const cjk_match m = match_at(s, pos, short_names{false, true, false});
        m.where.mainland == p && m.where.prefecture) {
        return m.where.prefecture;
    }
    std::optional<prefecture_info> county;
    while (pos < s.size()) {
        if (static_cast<unsigned char>(s[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const cjk_match m = match_at(s, pos, short_names{});
        if (m.length > 0 && m.where.mainland == p && m.where.prefecture) return m.where.prefecture;
        if (!county) {
            auto c = county_at(s, pos);
            if (!c) {
                c = county_at(s, pos, true);
                if (c && (c->flags & county_city) == 0) c.reset();
            }
            if (c && static_cast<int>(c->code / 10000) == static_cast<int>(p.code())) {
                county = prefecture_from_code(static_cast<long>(c->code));
            }
        }
        std::size_t next = pos;
        (void)utf8::next(s, next);
        pos = next;
    }
    return county;
}

/// Fills in the prefecture of a province found at [.., end) when the text names it later.
constexpr void refine(place& r, std::string_view s, std::size_t end) noexcept {
    if (r.mainland && !r.prefecture) r.prefecture = prefecture_after(s, end, *r.mainland);
}

/// A unique county-level name (full) at `pos`, standing after a non-ideograph or at `anchor`.
[[nodiscard]] constexpr place county_place_from(std::string_view s, std::size_t anchor) noexcept {
    std::size_t pos = anchor;
    bool boundary = true;
    while (pos < s.size()) {
        std::size_t next = pos;
        const char32_t cp = utf8::next(s, next);
        if (boundary && cp >= 0x80) {
            if (const auto c = county_at(s, pos)) {
                return place_of_code(static_cast<long>(c->code));
            }
        }
        boundary = !is_ideograph(cp);
        pos = next;
    }
    return {};
}

/// Rule 1 of the file comment: Chinese text, first place name wins. With `Prefecture`
/// false the prefecture is not looked for past the place that decides the province.
template <bool Prefecture>
[[nodiscard]] constexpr place resolve_chinese(std::string_view s) noexcept {
    const std::size_t anchor = anchor_of(s);
    std::size_t pos = anchor;
    bool after_break = true;  // the previous character is punctuation, white space or a digit
    while (pos < s.size()) {
        const auto lead = static_cast<unsigned char>(s[pos]);
        if (lead < 0x80) {
            after_break = !((lead >= 'a' && lead <= 'z') || (lead >= 'A' && lead <= 'Z'));
            ++pos;
            continue;
        }
        std::size_t after = pos;
        const char32_t cp = utf8::next(s, after);
        if (may_start_entry(cp)) {
            const bool at_start = pos == anchor;
            cjk_match m = match_at(s, pos, cp, short_names{after_break, after_break, at_start, at_start});
            if (m.length > 0) {
                if constexpr (Prefecture) refine(m.where, s, pos + m.length);
                return m.where;
            }
        }
        after_break = (cp >= U'\u3000' && cp <= U'\u303F') || (cp >= U'\uFF01' && cp <= U'\uFF65');
        pos = after;
    }
    return county_place_from(s, anchor);
}

// ---- Latin script ------------------------------------------------------------------

struct pinyin_city {
    std::string_view key;  ///< folded: lower case, no spaces or apostrophes
    std::uint16_t prefecture;
};

/// Prefecture-level cities in pinyin, sorted (and the usual English spelling where it differs:
/// Harbin, Hohhot, Urumqi, Lhasa). Left out: names shared by two prefectures (Suzhou 苏州
/// / 宿州, Fuzhou 福州 / 抚州, Taizhou 台州 / 泰州, Yichun 宜春 / 伊春, Yulin 玉林 / 榆林),
/// names that are also a district elsewhere (Chaoyang, Fuyang, Baoshan) and names that
/// are common syllables or words elsewhere (Ji'an, Lu'an; Nanyang, 南洋, is Southeast Asia
/// in Nanyang Technological University, Singapore); a province's own name (Jilin) stays the
/// province.
inline constexpr pinyin_city pinyin_cities[] = {
    {"amoy", 3502}, {"ankang", 6109}, {"anqing", 3408}, {"anshan", 2103}, {"anshun", 5204}, {"anyang", 4105},
    {"baicheng", 2208}, {"baise", 4510}, {"baiyin", 6204}, {"baoding", 1306}, {"baoji", 6103}, {"baotou", 1502},
    {"bazhong", 5119}, {"beihai", 4505}, {"bengbu", 3403}, {"benxi", 2105}, {"bijie", 5205}, {"binzhou", 3716},
    {"bozhou", 3416}, {"cangzhou", 1309}, {"changchun", 2201}, {"changde", 4307}, {"changsha", 4301},
    {"changzhi", 1404}, {"changzhou", 3204}, {"chaozhou", 4451}, {"chengde", 1308}, {"chengdu", 5101},
    {"chenzhou", 4310}, {"chifeng", 1504}, {"chizhou", 3417}, {"chongzuo", 4514}, {"chuzhou", 3411},
    {"dalian", 2102}, {"dandong", 2106}, {"danzhou", 4604}, {"daqing", 2306}, {"datong", 1402},
    {"dazhou", 5117}, {"deyang", 5106}, {"dezhou", 3714}, {"dingxi", 6211}, {"dongguan", 4419},
    {"dongying", 3705}, {"eerduosi", 1506}, {"ezhou", 4207}, {"foshan", 4406}, {"fushun", 2104},
    {"fuxin", 2109}, {"ganzhou", 3607}, {"guangan", 5116}, {"guangyuan", 5108}, {"guangzhou", 4401},
    {"guigang", 4508}, {"guilin", 4503}, {"guiyang", 5201}, {"guyuan", 6404}, {"haerbin", 2301},
    {"haidong", 6302}, {"haikou", 4601}, {"hami", 6505}, {"handan", 1304}, {"hangzhou", 3301},
    {"hanzhong", 6107}, {"harbin", 2301}, {"hebi", 4106}, {"hechi", 4512}, {"hefei", 3401}, {"hegang", 2304},
    {"heihe", 2311}, {"hengshui", 1311}, {"hengyang", 4304}, {"heyuan", 4416}, {"heze", 3717}, {"hezhou", 4511},
    {"hohhot", 1501}, {"huaian", 3208}, {"huaibei", 3406}, {"huaihua", 4312}, {"huainan", 3404},
    {"huanggang", 4211}, {"huangshan", 3410}, {"huangshi", 4202}, {"huhehaote", 1501}, {"huizhou", 4413},
    {"huludao", 2114}, {"hulunbuir", 1507}, {"huzhou", 3305}, {"jiamusi", 2308}, {"jiangmen", 4407},
    {"jiaozuo", 4108}, {"jiaxing", 3304}, {"jiayuguan", 6202}, {"jieyang", 4452}, {"jinan", 3701},
    {"jinchang", 6203}, {"jincheng", 1405}, {"jingdezhen", 3602}, {"jingmen", 4208}, {"jingzhou", 4210},
    {"jinhua", 3307}, {"jining", 3708}, {"jinzhong", 1407}, {"jinzhou", 2107}, {"jiujiang", 3604},
    {"jiuquan", 6209}, {"jixi", 2303}, {"kaifeng", 4102}, {"karamay", 6502}, {"kelamayi", 6502},
    {"kunming", 5301}, {"laibin", 4513}, {"langfang", 1310}, {"lanzhou", 6201}, {"lasa", 5401},
    {"leshan", 5111}, {"lhasa", 5401}, {"lianyungang", 3207}, {"liaocheng", 3715}, {"liaoyang", 2110},
    {"liaoyuan", 2204}, {"lijiang", 5307}, {"lincang", 5309}, {"linfen", 1410}, {"linyi", 3713},
    {"lishui", 3311}, {"liupanshui", 5202}, {"liuzhou", 4502}, {"longnan", 6212}, {"longyan", 3508},
    {"loudi", 4313}, {"luohe", 4111}, {"luoyang", 4103}, {"luzhou", 5105}, {"maanshan", 3405},
    {"maoming", 4409}, {"meishan", 5114}, {"meizhou", 4414}, {"mianyang", 5107}, {"mudanjiang", 2310},
    {"nanchang", 3601}, {"nanchong", 5113}, {"nanjing", 3201}, {"nanning", 4501}, {"nanping", 3507},
    {"nantong", 3206}, {"neijiang", 5110}, {"ningbo", 3302}, {"ningde", 3509}, {"ordos", 1506},
    {"panjin", 2111}, {"panzhihua", 5104}, {"pingdingshan", 4104}, {"pingliang", 6208}, {"pingxiang", 3603},
    {"puer", 5308}, {"putian", 3503}, {"puyang", 4109}, {"qingdao", 3702}, {"qingyang", 6210},
    {"qingyuan", 4418}, {"qinhuangdao", 1303}, {"qinzhou", 4507}, {"qiqihaer", 2302}, {"qiqihar", 2302},
    {"qitaihe", 2309}, {"quanzhou", 3505}, {"qujing", 5303}, {"quzhou", 3308}, {"rizhao", 3711},
    {"sanmenxia", 4112}, {"sanming", 3504}, {"sanya", 4602}, {"shangluo", 6110}, {"shangqiu", 4114},
    {"shangrao", 3611}, {"shantou", 4405}, {"shanwei", 4415}, {"shaoguan", 4402}, {"shaoxing", 3306},
    {"shaoyang", 4305}, {"shenyang", 2101}, {"shenzhen", 4403}, {"shijiazhuang", 1301}, {"shiyan", 4203},
    {"shizuishan", 6402}, {"shuangyashan", 2305}, {"shuozhou", 1406}, {"siping", 2203}, {"songyuan", 2207},
    {"suihua", 2312}, {"suining", 5109}, {"suizhou", 4213}, {"suqian", 3213}, {"taian", 3709},
    {"taiyuan", 1401}, {"tangshan", 1302}, {"tianshui", 6205}, {"tieling", 2112}, {"tongchuan", 6102},
    {"tonghua", 2205}, {"tongliao", 1505}, {"tongling", 3407}, {"tongren", 5206}, {"tsinan", 3701},
    {"tsingtao", 3702}, {"turpan", 6504}, {"urumqi", 6501}, {"weifang", 3707}, {"weihai", 3710},
    {"weinan", 6105}, {"wenzhou", 3303}, {"wuhai", 1503}, {"wuhan", 4201}, {"wuhu", 3402}, {"wulumuqi", 6501},
    {"wuwei", 6206}, {"wuxi", 3202}, {"wuzhong", 6403}, {"wuzhou", 4504}, {"xiamen", 3502}, {"xian", 6101},
    {"xiangtan", 4303}, {"xiangyang", 4206}, {"xianning", 4212}, {"xianyang", 6104}, {"xiaogan", 4209},
    {"xingtai", 1305}, {"xining", 6301}, {"xinxiang", 4107}, {"xinyang", 4115}, {"xinyu", 3605},
    {"xinzhou", 1409}, {"xishuangbanna", 5328}, {"xuancheng", 3418}, {"xuchang", 4110}, {"xuzhou", 3203},
    {"yaan", 5118}, {"yanan", 6106}, {"yanbian", 2224}, {"yancheng", 3209}, {"yangjiang", 4417},
    {"yangquan", 1403}, {"yangzhou", 3210}, {"yantai", 3706}, {"yibin", 5115}, {"yichang", 4205},
    {"yinchuan", 6401}, {"yingkou", 2108}, {"yingtan", 3606}, {"yiyang", 4309}, {"yongzhou", 4311},
    {"yueyang", 4306}, {"yuncheng", 1408}, {"yunfu", 4453}, {"yuxi", 5304}, {"zaozhuang", 3704},
    {"zhangjiajie", 4308}, {"zhangjiakou", 1307}, {"zhangye", 6207}, {"zhangzhou", 3506}, {"zhanjiang", 4408},
    {"zhaoqing", 4412}, {"zhaotong", 5306}, {"zhengzhou", 4101}, {"zhenjiang", 3211}, {"zhongshan", 4420},
    {"zhongwei", 6405}, {"zhoukou", 4116}, {"zhoushan", 3309}, {"zhuhai", 4404}, {"zhumadian", 4117},
    {"zhuzhou", 4302}, {"zibo", 3703}, {"zigong", 5103}, {"ziyang", 5120}, {"zunyi", 5203},
};
static_assert(std::is_sorted(std::begin(pinyin_cities), std::end(pinyin_cities),
                             [](const pinyin_city& l, const pinyin_city& r) { return l.key < r.key; }),
              "pinyin_cities must stay sorted by key");

/// pinyin_cities[pinyin_bucket[c - 'a'] .. pinyin_bucket[c - 'a' + 1]) start with letter c.
inline constexpr auto pinyin_bucket = [] {
    std::array<std::uint16_t, 27> b{};
    std::size_t i = 0;
    for (std::size_t c = 0; c <= 26; ++c) {
        while (i < std::size(pinyin_cities) && static_cast<std::size_t>(pinyin_cities[i].key.front() - 'a') < c) ++i;
        b[c] = static_cast<std::uint16_t>(i);
    }
    return b;
}();

enum class latin_kind : std::uint8_t { province, prefecture, outside };

struct latin_entry {
    std::string_view key;
    latin_kind kind;
    std::uint16_t value;  ///< province code, prefecture code, or outside_mainland value
};

inline constexpr std::size_t latin_lexicon_size = [] {
    std::size_t n = std::size(outside::latin_places);
    for (const auto& a : latin_aliases) n += a.name_only ? 0 : 1;
    return n;
}();

inline constexpr auto latin_lexicon = [] {
    std::array<latin_entry, latin_lexicon_size> a{};
    std::size_t n = 0;
    for (const auto& x : latin_aliases) {
        if (!x.name_only) a[n++] = {x.key, latin_kind::province, x.code};
    }
    for (const auto& x : outside::latin_places) {
        a[n++] = {x.text, latin_kind::outside, static_cast<std::uint16_t>(x.where)};
    }
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
    for (const auto& e : pinyin_cities) n = std::max(n, e.key.size());
    return n;
}();

/// The letters of the text from a word start, folded (lower case, tone marks removed),
/// with single spaces, hyphens or apostrophes inside a name dropped ("Nei Mongol",
/// "Xi'an"), up to the first other non-letter or `capacity` letters.
struct folded_run {
    static constexpr std::size_t capacity = longest_latin_key + 5;  // room for a glued "sheng"
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

/// How `resolve_latin` reads a text.
struct latin_options {
    bool glued = false;  ///< a name glued to the next word counts at the text's first word ("ZhejiangGeely")
};

/// The place of one lexicon entry, with the Shǎnxī / Shānxī tone rule.
[[nodiscard]] constexpr place latin_place(const latin_entry& e, int first_tone) noexcept {
    switch (e.kind) {
        case latin_kind::outside:
            return place{std::nullopt, static_cast<outside_mainland>(e.value), std::nullopt};
        case latin_kind::prefecture: return place_of_code(e.value);
        case latin_kind::province: {
            std::uint16_t code = e.value;
            if (code == 14 && first_tone == 3) code = 61;  // Shǎnxī is 陕西
            const auto p = province_from_two_digits(code);
            return p ? province_place(*p) : place{};
        }
    }
    return {};
}

/// Rule 2 of the file comment: Latin text, last place name wins; a prefecture named
/// before or after its own province is kept with it.
[[nodiscard]] constexpr place resolve_latin(std::string_view s, latin_options options = {}) noexcept {
    place found{};
    bool prev_letter = false;
    bool first_word = true;
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
        latin_entry best{};  // key empty: none
        std::size_t best_len = 0;
        std::size_t best_end = 0;  // letters consumed, with a glued "shi" / "sheng"
        const auto consider = [&](const latin_entry& entry) {
            const std::size_t n = entry.key.size();
            if (n <= best_len || n > run.size || !utf8::starts_with_at(text, 0, entry.key)) return;
            std::size_t used = 0;
            if (run.word_end[n - 1]) {
                used = n;
            } else if (n + 3 <= run.size && run.word_end[n + 2] && text.substr(n, 3) == "shi") {
                used = n + 3;  // "Shenzhenshi"
            } else if (n + 5 <= run.size && run.word_end[n + 4] && text.substr(n, 5) == "sheng") {
                used = n + 5;  // "Guangdongsheng"
            } else if (options.glued && first_word && n >= 5) {
                used = n;  // "ZhejiangGeely" at the start of a name
            }
            if (used == 0) return;
            best = entry;
            best_len = n;
            best_end = used;
        };
        const auto bucket = static_cast<std::size_t>(text.front() - 'a');
        for (std::size_t e = latin_bucket[bucket]; e < latin_bucket[bucket + 1]; ++e) consider(latin_lexicon[e]);
        for (std::size_t e = pinyin_bucket[bucket]; e < pinyin_bucket[bucket + 1]; ++e) {
            consider(latin_entry{pinyin_cities[e].key, latin_kind::prefecture, pinyin_cities[e].prefecture});
        }
        std::size_t next = 0;
        if (best_len > 0 && !next_word_is_stop_word(s, run.end[best_end - 1])) {
            const place hit = latin_place(best, run.first_tone);
            if (hit.mainland && found.mainland == hit.mainland) {
                if (hit.prefecture && !is_municipality(hit.mainland->code())) found.prefecture = hit.prefecture;
            } else if (hit.known()) {
                found = hit;
            }
            next = run.end[best_end - 1];
        } else {
            // skip the first word of the run
            std::size_t k = 0;
            while (k < run.size && !run.word_end[k]) ++k;
            next = k < run.size ? run.end[k] : (run.size > 0 ? run.end[run.size - 1] : after);
        }
        pos = std::max(next, after);
        prev_letter = true;
        first_word = false;
    }
    return found;
}

}  // namespace detail::address

/// Resolves a free-text address (Chinese or English, UTF-8) to a mainland province and
/// prefecture, or to Hong Kong, Macao, Taiwan or abroad, following the rules in this
/// file's comment. For names of organisations use `resolve_name`.
/// Returns an empty `place` for text without a known place, invalid UTF-8 or NUL bytes.
/// Example: `resolve_address("中国香港九龙塘").outside` is `outside_mainland::hong_kong`;
/// `resolve_address("江苏省昆山市玉山镇").prefecture->code` is 3205.
[[nodiscard]] constexpr place resolve_address(std::string_view address) noexcept {
    if (!detail::utf8::is_clean_text(address)) return {};
    const place chinese = detail::address::resolve_chinese<true>(address);
    if (chinese.known()) return chinese;
    const place latin = detail::address::resolve_latin(address);
    if (latin.known() || !detail::outside::has_hangul_or_kana(address)) return latin;
    return place{std::nullopt, outside_mainland::abroad, std::nullopt};
}

/// The mainland province of a free-text address: `resolve_address(address).mainland`,
/// computed without looking for the prefecture. Empty for Hong Kong, Macao, Taiwan,
/// abroad, unknown places, invalid UTF-8 and NUL bytes.
/// Example: `province_from_address("青海省海南藏族自治州共和县")->code()` is 63;
/// `province_from_address("Shenzhen, Guangdong, P.R. China")->code()` is 44.
[[nodiscard]] inline std::optional<province> province_from_address(std::string_view address) noexcept {
    if (!detail::utf8::is_clean_text(address)) return std::nullopt;
    const place chinese = detail::address::resolve_chinese<false>(address);
    if (chinese.known()) return chinese.mainland;
    return detail::address::resolve_latin(address).mainland;
}

/// Hong Kong, Macao, Taiwan or abroad if an address denotes a place outside the
/// mainland ("香港", "澳門", "臺灣", "Hong Kong SAR", "Macau", "Taipei", "九龙塘",
/// "日本国东京都", "Tokyo, Japan"): `resolve_address(text).outside`. Empty for mainland
/// places, unknown text and invalid UTF-8. For applicant names use `resolve_name`.
/// Example: `find_outside_mainland("Hong Kong SAR")` is `outside_mainland::hong_kong`.
[[nodiscard]] inline std::optional<outside_mainland> find_outside_mainland(std::string_view text) noexcept {
    return resolve_address(text).outside;
}

}  // namespace ineq

#endif
