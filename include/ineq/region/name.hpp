#ifndef INEQ_REGION_NAME_HPP
#define INEQ_REGION_NAME_HPP

/// \file
/// The place of an organisation from its name alone (an applicant of a patent record):
/// a mainland province and prefecture, or Hong Kong, Macao, Taiwan or abroad. Names
/// follow other conventions than addresses (a brand may contain a place name: 阿里巴巴 is
/// not in Ngari, Tibet), so they have their own rules, which prefer no answer to a
/// wrong one. When the caller has an address, `resolve_address` on it outranks this.
///
/// Precedence, first rule that applies wins (the one statement of it; the lists F1-F5
/// and H are in `<ineq/region/outside.hpp>`). The name "starts" after white space,
/// punctuation and a leading 中国 / 中國 / 中华人民共和国.
///
/// Names with Chinese, Japanese or Korean characters:
///  1. Bracket: the first bracketed part, (…) or （…）, that is exactly a place name
///     locates the applicant there: a province (北京), a prefecture with or without its
///     ending (苏州, 深圳市), a county-level name unique in the country with or without
///     its ending (昆山), Hong Kong, Macao, Taiwan, or a foreign country or city of list
///     F1 (阿斯利康(瑞典)有限公司 is abroad). 腾讯科技(深圳)有限公司 is Shenzhen,
///     哈尔滨工业大学(深圳) is Shenzhen, 香港中文大学(深圳) is mainland.
///     (中国) or (中國) marks a mainland subsidiary: no place from it, but rule 3 no
///     longer applies (三星(中国)投资有限公司 and 阿里巴巴(中国)有限公司 are mainland, place
///     unknown unless a later rule finds one).
///  2. After the parent: a place name directly after a parent's kind (大学, 学院, 院 as
///     in 科学院 / 研究院 / 中科院, 公司, 集团; simplified or traditional), after 部 or 局
///     (ministries and bureaus), or after a national group's short name (中车, 国网, 南网,
///     华能, 华电, 大唐, 国电, 中铁, 中交, 中航, 中建, 中核, 中冶, 中电, 中化) locates the
///     applicant there, not at the parent: …大学深圳研究院, 北京航空航天大学杭州创新研究院,
///     中国科学院武汉病毒研究所, 中国移动通信集团广东有限公司, 中国地质调查局成都地质调查中心,
///     中车株洲电力机车有限公司. Province and city names count with or without their
///     ending (not followed by 区 / 县 / 路 …), Hong Kong, Macao and Taiwan too (中国科学院
///     香港创新研究院), county-level names only with their ending (中车永济电机 stays
///     unplaced: 东方 of 东方市 is a word in 东方电气集团东方电机).
///  3. Outside the mainland: list H and the Taiwanese legal forms at the start, then F3
///     (Hangul, kana), F2 (株式会社 …), F1 at the start (美国 …, 日本 …), F4 (麻省理工学院
///     …): the applicant is in Hong Kong, Macao, Taiwan or abroad.
///  4. University: a name that begins with the name of a mainland university of the
///     Ministry of Education list (`<ineq/region/universities.hpp>`) is at the
///     university's seat: 清华大学 is Beijing, 井冈山大学 Ji'an, 中国矿业大学 Xuzhou (its
///     Beijing campus is 中国矿业大学(北京), rule 1).
///  5. Start: a province or city name at the start, with or without its ending (深圳市…,
///     杭州海康威视…, 浙江大学), except a district's name without 地区 (阿里 of 阿里地区
///     is a brand word in 阿里巴巴 and 阿里云); a name without ending followed by 区 / 县
///     / 路 / 街 … is a smaller unit and does not count. A county-level city's name without
///     市 does not count at the start: too many are words (东方 in 东方电气, 新星, 合作).
///  6. Anywhere: the first province or prefecture written with its ending, or Hong Kong,
///     Macao, Taiwan, as in an address (国网浙江省电力有限公司 is Zhejiang).
///  7. County: a county-level name unique in the country, written with its ending, at
///     the start or after a character that is not a CJK ideograph (昆山市…, 义乌市…).
///     Names repeated across the country (鼓楼区, 朝阳区) never count.
///  8. Otherwise a name ending in a company form that mainland law does not use (F6 of
///     outside.hpp: …公司 or …股份公司 without 有限, not 总公司 / 分公司, and without
///     中国 / 国家 / 集团): abroad (西门子股份公司, 英特尔公司).
/// A place name inside a longer word therefore counts only where it stands as a place:
/// with its administrative ending (省 / 市 / 县 / 区 / 自治区 …), at the start, after the
/// parent, or in brackets. 华夏, 中原, 长城 and 华北 are no places' names.
///
/// Names in Latin script only (no CJK character):
/// 9. Places as in a Latin address (provinces, the pinyin cities of address.hpp, Hong
///     Kong, Macao, Taiwan and foreign countries as words; the last one found decides,
///     a city and its province together keep the city), plus a place glued to the rest
///     of the first word ("ZhejiangGeely", "Shenzhenshi").
/// 10. Otherwise a foreign legal form (F5: GmbH, S.p.A., Kabushiki Kaisha, Inc., LLC …)
///     without China / Chinese / Sino / PRC in the name: abroad.
/// 11. Otherwise any other Latin-only name without China / Chinese / Sino / PRC: abroad.
///     CNIPA, and the Chinese databases built on it (incoPat, Patsnap, CNKI, Wanfang),
///     record every mainland applicant by its registered Chinese name, so a name written
///     only in Latin script in such a record is a foreign applicant's own spelling
///     ("Samsung Electronics Co., Ltd.", "Sanofi", "PERHEENTUPA, ELJAS"). Records from
///     English-language sources (Lens, Google Patents, USPTO) spell mainland applicants in
///     Latin as well ("TSINGHUA UNIVERSITY"): for them pass the address or a gazetteer,
///     which outrank the name (`resolve_applicant` in `<ineq/patent/resolve.hpp>`), or use
///     `resolve_name_strict`, which stops after rule 10.
///
/// Prefecture: as for addresses (`<ineq/region/address.hpp>`): the prefecture named,
/// or after a province the first prefecture or unique county of that province named
/// later; the four municipalities give their 市辖区 row (1101, 1201, 3101, 5001).
///
/// Invalid UTF-8, NUL bytes and blank text give an empty result. Nothing here throws or
/// allocates.

#include <ineq/detail/utf8.hpp>
#include <ineq/region/address.hpp>
#include <ineq/region/counties.hpp>
#include <ineq/region/outside.hpp>
#include <ineq/region/universities.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string_view>

namespace ineq {

namespace detail::name {

using address::cjk_match;
using address::short_names;

/// A bracketed part's content, exactly a place name (rule 1), or (中国).
struct bracket_result {
    place where{};
    bool mainland_mark = false;
};

[[nodiscard]] constexpr place exact_place(std::string_view c) noexcept {
    if (c.empty()) return {};
    const cjk_match m = address::match_at(c, 0, short_names{true, true, true});
    if (m.length == c.size()) return m.where;
    if (const auto k = address::county_at(c, 0); k && k->text.size() == c.size()) {
        return address::place_of_code(static_cast<long>(k->code));
    }
    if (const auto k = address::county_at(c, 0, true); k && k->text.size() == c.size() + 3) {
        return address::place_of_code(static_cast<long>(k->code));
    }
    return {};
}

[[nodiscard]] constexpr bool is_open(char32_t cp) noexcept { return cp == U'(' || cp == U'\uFF08'; }
[[nodiscard]] constexpr bool is_close(char32_t cp) noexcept { return cp == U')' || cp == U'\uFF09'; }

/// Rule 1.
[[nodiscard]] constexpr bracket_result bracket_place(std::string_view s) noexcept {
    bracket_result r;
    // Both opening brackets start a step wherever their bytes occur: without them there is nothing to read.
    if (s.find('(') == std::string_view::npos && s.find("\uFF08") == std::string_view::npos) return r;
    std::size_t i = 0;
    while (i < s.size()) {
        const char32_t cp = utf8::next(s, i);
        if (!is_open(cp)) continue;
        const std::size_t begin = i;
        std::size_t end = begin;
        std::size_t j = begin;
        bool closed = false;
        while (j < s.size()) {
            end = j;
            const char32_t c = utf8::next(s, j);
            if (is_close(c)) {
                closed = true;
                break;
            }
            if (is_open(c)) break;
        }
        if (!closed) continue;
        const std::string_view content = utf8::trim(s.substr(begin, end - begin));
        if (content == "中国" || content == "中國" || content == "China" || content == "CHINA") {
            r.mainland_mark = true;
        } else if (std::find(outside::foreign_chinese_prefixes.begin(), outside::foreign_chinese_prefixes.end(),
                             content) != outside::foreign_chinese_prefixes.end()) {
            r.where = place{std::nullopt, outside_mainland::abroad, std::nullopt};
            return r;
        } else if (const place p = exact_place(content); p.known()) {
            r.where = p;
            return r;
        }
        i = j;
    }
    return r;
}

/// Words after which a place locates the applicant (rule 2): the parent body's kind
/// (大学, 学院, 院 as in 科学院 / 研究院 / 中科院 / 中铁二院, 公司, 集团), a ministry's or
/// bureau's name (部, 局: 中国地质调查局成都…), and the short names national groups put
/// before the place of a subsidiary (中车株洲…, 国网山东…, 华能西藏…).
inline constexpr std::array<std::string_view, 28> parent_words{
    "大学", "大學", "学院", "學院", "院", "公司", "集团", "集團", "部", "局", "中车", "中車", "国网", "國網",
    "南网", "华能", "華能", "华电", "大唐", "国电", "中铁", "中交", "中航", "中建", "中核", "中冶", "中电",
    "中化"};

/// The first code point of each word of `parent_words`.
inline constexpr auto parent_first = [] {
    std::array<char32_t, parent_words.size()> a{};
    for (std::size_t i = 0; i != parent_words.size(); ++i) a[i] = address::first_code_point(parent_words[i]);
    return a;
}();

/// Bit c is set if a word of `parent_words` starts with code point c (all are in the
/// BMP): the scan skips other characters without comparing any word.
inline constexpr auto parent_first_bits = [] {
    std::array<std::uint64_t, 1024> bits{};
    for (const char32_t c : parent_first) bits[c >> 6] |= std::uint64_t{1} << (c & 63);
    return bits;
}();

/// The indices of `parent_words` sorted by first code point, so that a character finds
/// the few words it starts (中 starts ten, most one) without comparing the others.
inline constexpr auto parent_by_first = [] {
    std::array<std::uint8_t, parent_words.size()> a{};
    for (std::size_t i = 0; i != a.size(); ++i) a[i] = static_cast<std::uint8_t>(i);
    std::sort(a.begin(), a.end(), [](std::uint8_t l, std::uint8_t r) {
        return parent_first[l] < parent_first[r] || (parent_first[l] == parent_first[r] && l < r);
    });
    return a;
}();

/// Rule 2: the first place after a parent word; a later one in the same province
/// gives the prefecture when the first named none (国网山东省电力公司济南供电公司).
[[nodiscard]] constexpr place after_parent(std::string_view s) noexcept {
    place found{};
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t here = i;
        const char32_t cp = utf8::next(s, i);
        if (cp >= 0x10000 || ((parent_first_bits[cp >> 6] >> (cp & 63)) & 1) == 0) continue;
        const auto first_word = std::partition_point(
            parent_by_first.begin(), parent_by_first.end(), [cp](std::uint8_t w) { return parent_first[w] < cp; });
        for (auto it = first_word; it != parent_by_first.end() && parent_first[*it] == cp; ++it) {
            const std::size_t word = *it;
            const std::string_view w = parent_words[word];
            if (!utf8::starts_with_at(s, here, w)) continue;
            const std::size_t at = here + w.size();
            place hit{};
            if (cjk_match m = address::match_at(s, at, short_names{true, true, false}); m.length > 0) {
                address::refine(m.where, s, at + m.length);
                hit = m.where;
            } else if (const auto k = address::county_at(s, at)) {
                hit = address::place_of_code(static_cast<long>(k->code));
            }
            if (!hit.known()) continue;
            if (!found.known()) {
                found = hit;
                if (found.outside || found.prefecture) return found;
            } else if (hit.mainland == found.mainland && hit.prefecture) {
                found.prefecture = hit.prefecture;
                return found;
            }
            break;
        }
    }
    return found;
}

/// The index of `university_rows` (names after the four code digits).
inline constexpr auto university_index =
    address::make_first_bytes_index<address::distinct_first_bytes(university_rows, 4)>(university_rows, 4);

/// Rule 4: the longest university name the text (from `start`) begins with, brackets
/// compared as ASCII: of the text's first 3 to 40 code points (96 bytes at most), the
/// longest beginning that ends in 院, 学, 校 or a closing bracket (as every name in the
/// list does) and is a name of the list. Only the rows that share the text's first three
/// bytes are searched, and the text is read no further than the longest of them.
[[nodiscard]] constexpr std::optional<std::uint16_t> university_seat_of(std::string_view s,
                                                                         std::size_t start) noexcept {
    const std::string_view rest = s.substr(std::min(start, s.size()));
    // No name of the list begins with the text's first character: no name can match
    // (checked where the loop below would read that character as its own three bytes).
    std::size_t first_length = 0;
    if (const char32_t cp = utf8::next(rest, first_length);
        first_length == 3 && cp != U'\uFF08' && cp != U'\uFF09') {
        const auto rows = university_index.rows_of(address::first_three_bytes(rest));
        if (rows.first == rows.second) return std::nullopt;
    }
    // Without one of the final characters in the text no name can match.
    if (rest.find("院") == std::string_view::npos && rest.find("学") == std::string_view::npos &&
        rest.find("校") == std::string_view::npos && rest.find(')') == std::string_view::npos &&
        rest.find("\uFF09") == std::string_view::npos) {
        return std::nullopt;
    }
    constexpr std::size_t capacity = 96;
    constexpr std::size_t max_code_points = 40;
    std::array<char, capacity> buf{};
    std::size_t n = 0;
    std::size_t count = 0;
    std::size_t i = start;
    std::size_t first = 0;
    std::size_t last = 0;
    std::size_t need = capacity;  // bytes worth reading: the longest name of the rows
    bool looked_up = false;
    std::optional<std::uint16_t> found;
    while (i < s.size() && count < max_code_points && n < need) {
        const std::size_t here = i;
        const char32_t cp = utf8::next(s, i);
        std::string_view piece = s.substr(here, i - here);
        if (cp == U'\uFF08') piece = "(";
        if (cp == U'\uFF09') piece = ")";
        if (n + piece.size() > capacity) break;
        for (const char c : piece) buf[n++] = c;
        ++count;
        if (!looked_up && n >= 3) {
            looked_up = true;
            const auto rows = university_index.rows_of(address::first_three_bytes(std::string_view(buf.data(), n)));
            first = rows.first;
            last = rows.second;
            if (first == last) return std::nullopt;
            need = rows.longest;
        }
        if (count < 3 || !(cp == U'院' || cp == U'学' || cp == U'校' || cp == U')' || cp == U'\uFF09')) continue;
        const std::string_view key(buf.data(), n);
        std::size_t lo = first;
        std::size_t hi = last;
        while (lo < hi) {  // first row of the bucket whose name does not sort before `key`
            const std::size_t mid = lo + (hi - lo) / 2;
            if (std::string_view(university_rows[mid] + 4, university_index.length[mid]) < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo < last && std::string_view(university_rows[lo] + 4, university_index.length[lo]) == key) {
            found = university_prefecture(lo);
        }
    }
    return found;
}

/// True if the text holds a CJK ideograph, Hangul or kana.
[[nodiscard]] constexpr bool has_cjk(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        const char32_t cp = utf8::next(s, i);
        if (address::is_ideograph(cp) || outside::is_hangul_or_kana(cp) || (cp >= U'\uF900' && cp <= U'\uFAFF')) {
            return true;
        }
    }
    return false;
}

/// Rules 5 and 6: as `resolve_chinese`, without district names at the start.
[[nodiscard]] constexpr place start_or_anywhere(std::string_view s, std::size_t anchor) noexcept {
    std::size_t pos = anchor;
    while (pos < s.size()) {
        if (static_cast<unsigned char>(s[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const bool at_start = pos == anchor;
        cjk_match m = address::match_at(s, pos, short_names{at_start, at_start, false});
        if (m.length > 0) {
            address::refine(m.where, s, pos + m.length);
            return m.where;
        }
        (void)utf8::next(s, pos);
    }
    return {};
}

/// Whether rule 11 (a Latin-only name is abroad) applies.
enum class latin_names : std::uint8_t { abroad, unknown };

/// The rules of `resolve_name`, with or without rule 11.
[[nodiscard]] constexpr place resolve(std::string_view organisation_name, latin_names latin_rule) noexcept {
    namespace n = detail::name;
    if (!detail::utf8::is_clean_text(organisation_name)) return {};
    const std::string_view s = detail::utf8::trim(organisation_name);
    if (s.empty()) return {};
    if (!n::has_cjk(s)) {
        const place latin = detail::address::resolve_latin(s, detail::address::latin_options{true});
        if (latin.known()) return latin;
        if (detail::outside::has_foreign_latin_form(s)) return place{std::nullopt, outside_mainland::abroad, std::nullopt};
        if (latin_rule == latin_names::abroad && detail::outside::latin_name_without_mainland_word(s)) {
            return place{std::nullopt, outside_mainland::abroad, std::nullopt};
        }
        return {};
    }
    const n::bracket_result b = n::bracket_place(s);
    if (b.where.known()) return b.where;
    if (const place p = n::after_parent(s); p.known()) return p;
    const std::size_t anchor = detail::address::anchor_of(s);
    if (!b.mainland_mark) {
        if (const auto o = detail::outside::of_chinese_name(s, anchor)) return place{std::nullopt, *o, std::nullopt};
    }
    if (const auto seat = n::university_seat_of(s, 0)) return detail::address::place_of_code(*seat);
    if (const place p = n::start_or_anywhere(s, anchor); p.known()) return p;
    if (const place p = detail::address::county_place_from(s, anchor); p.known()) return p;
    if (!b.mainland_mark && detail::outside::foreign_company_form(s)) {
        return place{std::nullopt, outside_mainland::abroad, std::nullopt};
    }
    return {};
}

}  // namespace detail::name

/// Resolves an organisation's name (UTF-8; an applicant of a patent record) to a
/// mainland province and prefecture, or to Hong Kong, Macao, Taiwan or abroad, by rules
/// 1-11 of this file's comment: the reading for CNIPA-derived records, in which a
/// Latin-only name is a foreign applicant's.
/// Example: `resolve_name("哈尔滨工业大学(深圳)").prefecture->code` is 4403;
/// `resolve_name("Sanofi").outside` is `outside_mainland::abroad`.
[[nodiscard]] constexpr place resolve_name(std::string_view organisation_name) noexcept {
    return detail::name::resolve(organisation_name, detail::name::latin_names::abroad);
}

/// As `resolve_name`, without rule 11: a Latin-only name is abroad only when a foreign
/// legal form or a foreign place says so, for records from English-language sources.
/// Example: `resolve_name_strict("TSINGHUA UNIVERSITY")` is empty;
/// `resolve_name_strict("Chugai Seiyaku Kabushiki Kaisha").outside` is `outside_mainland::abroad`.
[[nodiscard]] constexpr place resolve_name_strict(std::string_view organisation_name) noexcept {
    return detail::name::resolve(organisation_name, detail::name::latin_names::unknown);
}

}  // namespace ineq

#endif
