#ifndef INEQ_REGION_PROVINCE_HPP
#define INEQ_REGION_PROVINCE_HPP

/// \file
/// The 31 mainland provincial-level divisions of China (22 provinces, 5 autonomous
/// regions, 4 municipalities) as a compact constexpr table, their NBS macro-regions,
/// and lookups by division code and by name.
///
/// Codes and names follow GB/T 2260 (National Bureau of Statistics division codes),
/// cross-checked against ISO 3166-2:CN; the macro-regions follow the NBS division into
/// East (10), Central (6), West (12) and Northeast (3). Hong Kong (81), Macao (82) and
/// Taiwan (71) are not mainland provincial-level divisions: every lookup here returns
/// an empty optional for them; `<ineq/region/address.hpp>` recognises them separately.
///
/// Lookups never throw: unknown or malformed input, including invalid UTF-8 and
/// embedded NUL bytes, gives an empty optional.

#include <ineq/error.hpp>
#include <ineq/detail/utf8.hpp>

#include <algorithm>
#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <span>
#include <string_view>

namespace ineq {

/// The four NBS macro-regions ("东西中部和东北地区划分方法").
enum class macro_region : std::uint8_t { east, central, west, northeast };

/// English name of a macro-region: "East", "Central", "West" or "Northeast" (empty for a
/// value outside the enumeration).
/// Example: `to_string(macro_region::northeast)` is "Northeast".
[[nodiscard]] constexpr std::string_view to_string(macro_region r) noexcept {
    switch (r) {
        case macro_region::east: return "East";
        case macro_region::central: return "Central";
        case macro_region::west: return "West";
        case macro_region::northeast: return "Northeast";
    }
    return {};
}

/// One row of the province table.
struct province_info {
    std::uint8_t code;              ///< GB/T 2260 two-digit code, 11..65
    std::string_view chinese;       ///< full Chinese name, e.g. 北京市, 广西壮族自治区
    std::string_view chinese_short; ///< short Chinese name, e.g. 北京, 广西
    std::string_view pinyin;        ///< pinyin without tones or spaces, e.g. Beijing, Neimenggu
    std::string_view english;       ///< conventional English name, e.g. Inner Mongolia, Tibet
    std::string_view iso3166_2;     ///< ISO 3166-2 code, e.g. CN-BJ
    macro_region region;            ///< NBS macro-region
};

namespace detail {

inline constexpr std::array<province_info, 31> province_table{{
    {11, "北京市", "北京", "Beijing", "Beijing", "CN-BJ", macro_region::east},
    {12, "天津市", "天津", "Tianjin", "Tianjin", "CN-TJ", macro_region::east},
    {13, "河北省", "河北", "Hebei", "Hebei", "CN-HE", macro_region::east},
    {14, "山西省", "山西", "Shanxi", "Shanxi", "CN-SX", macro_region::central},
    {15, "内蒙古自治区", "内蒙古", "Neimenggu", "Inner Mongolia", "CN-NM", macro_region::west},
    {21, "辽宁省", "辽宁", "Liaoning", "Liaoning", "CN-LN", macro_region::northeast},
    {22, "吉林省", "吉林", "Jilin", "Jilin", "CN-JL", macro_region::northeast},
    {23, "黑龙江省", "黑龙江", "Heilongjiang", "Heilongjiang", "CN-HL", macro_region::northeast},
    {31, "上海市", "上海", "Shanghai", "Shanghai", "CN-SH", macro_region::east},
    {32, "江苏省", "江苏", "Jiangsu", "Jiangsu", "CN-JS", macro_region::east},
    {33, "浙江省", "浙江", "Zhejiang", "Zhejiang", "CN-ZJ", macro_region::east},
    {34, "安徽省", "安徽", "Anhui", "Anhui", "CN-AH", macro_region::central},
    {35, "福建省", "福建", "Fujian", "Fujian", "CN-FJ", macro_region::east},
    {36, "江西省", "江西", "Jiangxi", "Jiangxi", "CN-JX", macro_region::central},
    {37, "山东省", "山东", "Shandong", "Shandong", "CN-SD", macro_region::east},
    {41, "河南省", "河南", "Henan", "Henan", "CN-HA", macro_region::central},
    {42, "湖北省", "湖北", "Hubei", "Hubei", "CN-HB", macro_region::central},
    {43, "湖南省", "湖南", "Hunan", "Hunan", "CN-HN", macro_region::central},
    {44, "广东省", "广东", "Guangdong", "Guangdong", "CN-GD", macro_region::east},
    {45, "广西壮族自治区", "广西", "Guangxi", "Guangxi", "CN-GX", macro_region::west},
    {46, "海南省", "海南", "Hainan", "Hainan", "CN-HI", macro_region::east},
    {50, "重庆市", "重庆", "Chongqing", "Chongqing", "CN-CQ", macro_region::west},
    {51, "四川省", "四川", "Sichuan", "Sichuan", "CN-SC", macro_region::west},
    {52, "贵州省", "贵州", "Guizhou", "Guizhou", "CN-GZ", macro_region::west},
    {53, "云南省", "云南", "Yunnan", "Yunnan", "CN-YN", macro_region::west},
    {54, "西藏自治区", "西藏", "Xizang", "Tibet", "CN-XZ", macro_region::west},
    {61, "陕西省", "陕西", "Shaanxi", "Shaanxi", "CN-SN", macro_region::west},
    {62, "甘肃省", "甘肃", "Gansu", "Gansu", "CN-GS", macro_region::west},
    {63, "青海省", "青海", "Qinghai", "Qinghai", "CN-QH", macro_region::west},
    {64, "宁夏回族自治区", "宁夏", "Ningxia", "Ningxia", "CN-NX", macro_region::west},
    {65, "新疆维吾尔自治区", "新疆", "Xinjiang", "Xinjiang", "CN-XJ", macro_region::west},
}};

/// code (0..99) -> index in province_table, or -1.
inline constexpr std::array<std::int8_t, 100> province_index_of_code = [] {
    std::array<std::int8_t, 100> a{};
    a.fill(-1);
    // `!=` rather than `<`: cppcheck 2.10 reads `i < province_table ... static_cast<...>`
    // as a template argument list and reports a syntax error.
    for (std::size_t i = 0; i != province_table.size(); ++i) {
        a[province_table[i].code] = static_cast<std::int8_t>(i);
    }
    return a;
}();

}  // namespace detail

/// One of the 31 mainland provincial-level divisions; a one-byte value type, trivially
/// copyable, ordered by GB/T 2260 code.
class province {
public:
    static constexpr std::size_t count = 31;

    /// The province at `i` in ascending GB/T 2260 code order: 0 = Beijing (11) ...
    /// 30 = Xinjiang (65).
    /// \throws domain_error if `i >= 31`.
    /// Example: `province::from_index(18).english()` is "Guangdong".
    [[nodiscard]] static constexpr province from_index(std::size_t i) {
        if (i >= count) {
            detail::fail("province::from_index", "index must be below 31", i, static_cast<double>(i));
        }
        return province(static_cast<std::uint8_t>(i));
    }

    /// Position 0..30 in code order (suitable for indexing per-province arrays).
    [[nodiscard]] constexpr std::size_t index() const noexcept { return index_; }
    /// The table row.
    [[nodiscard]] constexpr const province_info& info() const noexcept {
        return detail::province_table[index_];
    }
    /// GB/T 2260 two-digit code, e.g. 44 for Guangdong. An `int`, so that it prints and
    /// formats as a number (streaming `p.code()` writes 44, not a character).
    [[nodiscard]] constexpr int code() const noexcept { return info().code; }
    /// Conventional English name, e.g. "Inner Mongolia".
    [[nodiscard]] constexpr std::string_view english() const noexcept { return info().english; }
    /// Full Chinese name, e.g. "内蒙古自治区".
    [[nodiscard]] constexpr std::string_view chinese() const noexcept { return info().chinese; }
    /// NBS macro-region.
    [[nodiscard]] constexpr macro_region region() const noexcept { return info().region; }

    friend constexpr auto operator<=>(const province&, const province&) = default;

private:
    constexpr explicit province(std::uint8_t i) noexcept : index_(i) {}
    std::uint8_t index_;
};

/// The whole table in ascending code order (index i is `province::from_index(i)`).
/// Example: `provinces()[0].chinese` is "北京市".
[[nodiscard]] constexpr std::span<const province_info, province::count> provinces() noexcept {
    return std::span<const province_info, province::count>(detail::province_table);
}

namespace detail {

[[nodiscard]] constexpr std::optional<province> province_from_two_digits(long two) noexcept {
    if (two < 0 || two > 99) return std::nullopt;
    const std::int8_t i = province_index_of_code[static_cast<std::size_t>(two)];
    if (i < 0) return std::nullopt;
    // i is a row of province_table (0..30), so from_index cannot throw here.
    // cppcheck-suppress throwInNoexceptFunction
    return province::from_index(static_cast<std::size_t>(i));
}

/// The two-digit province part of a 2-, 4- or 6-digit division code, or -1.
[[nodiscard]] constexpr long province_part_of_code(long code) noexcept {
    if (code >= 10 && code <= 99) return code;
    if (code >= 1000 && code <= 9999) return code / 100;
    if (code >= 100000 && code <= 999999) return code / 10000;
    return -1;
}

/// Parses 2, 4 or 6 ASCII digits (surrounded by optional white space, `utf8::is_space`;
/// the first digit not 0) to a number, or -1.
[[nodiscard]] constexpr long parse_division_code(std::string_view s) noexcept {
    s = utf8::trim(s);
    if (s.size() != 2 && s.size() != 4 && s.size() != 6) return -1;
    if (s.front() == '0') return -1;  // "0011" is not 11: no division code starts with 0
    long v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

}  // namespace detail

/// The mainland province of a GB/T 2260 division code: 2-digit province (44), 4-digit
/// prefecture (4403) or 6-digit county-level division (440305). Only the province part
/// is checked against the table; the rest of a 4- or 6-digit code is not validated (use
/// `prefecture_from_code` for that). Codes of Taiwan (71), Hong Kong (81) and Macao (82),
/// unassigned prefixes (e.g. 20, 47) and numbers of any other length give empty.
/// Example: `province_from_code(110108)->english()` is "Beijing"; `province_from_code(81)` is empty.
[[nodiscard]] inline std::optional<province> province_from_code(long code) noexcept {
    // province_from_two_digits is noexcept (cppcheck follows its from_index call).
    // cppcheck-suppress throwInNoexceptFunction
    return detail::province_from_two_digits(detail::province_part_of_code(code));
}

/// As above, from text: exactly 2, 4 or 6 ASCII digits, optionally surrounded by white
/// space ("44", "4403", "440305"). Anything else (signs, other lengths, letters, a
/// leading 0, full-width digits) is empty.
/// Example: `province_from_code(std::string_view{"110108"})->code()` is 11.
[[nodiscard]] inline std::optional<province> province_from_code(std::string_view code) noexcept {
    const long v = detail::parse_division_code(code);
    // province_from_code(long) is noexcept (cppcheck follows its from_index call).
    // cppcheck-suppress throwInNoexceptFunction
    return v < 0 ? std::nullopt : province_from_code(v);
}

namespace detail {

/// A Latin-script name or alias, folded to lower-case ASCII letters without spaces.
struct latin_alias {
    std::string_view key;
    std::uint8_t code;
    bool name_only;  ///< accepted by find_province only, never inside an address
};

// Pinyin (also the ISO 3166-2 subdivision names), English, postal and Wade-Giles
// romanisations, and a few translations seen in research data. No generic
// administrative word (province, municipality, autonomous region, ...) is an alias: the
// labels that only the study's Table 1 uses are in `study_table1_labels`.
inline constexpr latin_alias latin_aliases[] = {
        {"beijing", 11, false}, {"peking", 11, false}, {"pekin", 11, false}, {"peiping", 11, false},
        {"tianjin", 12, false}, {"tientsin", 12, false},
        {"hebei", 13, false}, {"hopeh", 13, false}, {"hopei", 13, false},
        {"shanxi", 14, false}, {"shansi", 14, false},
        {"neimenggu", 15, false}, {"innermongolia", 15, false}, {"neimongol", 15, false},
        {"neimonggol", 15, false},
        {"liaoning", 21, false},
        {"jilin", 22, false}, {"kirin", 22, false},
        {"heilongjiang", 23, false}, {"heilungkiang", 23, false},
        {"shanghai", 31, false},
        {"jiangsu", 32, false}, {"kiangsu", 32, false},
        {"zhejiang", 33, false}, {"chekiang", 33, false},
        {"anhui", 34, false}, {"anhwei", 34, false},
        {"fujian", 35, false}, {"fukien", 35, false},
        {"jiangxi", 36, false}, {"kiangsi", 36, false},
        {"shandong", 37, false}, {"shantung", 37, false},
        {"henan", 41, false}, {"honan", 41, false},
        {"hubei", 42, false}, {"hupeh", 42, false}, {"hupei", 42, false},
        {"hunan", 43, false},
        {"guangdong", 44, false}, {"kwangtung", 44, false}, {"canton", 44, false},
        {"guangxi", 45, false}, {"kwangsi", 45, false}, {"guangxizhuang", 45, false},
        {"guangxizhuangzu", 45, false},
        {"hainan", 46, false},
        {"chongqing", 50, false}, {"chungking", 50, false},
        {"sichuan", 51, false}, {"szechuan", 51, false}, {"szechwan", 51, false},
        {"guizhou", 52, false}, {"kweichow", 52, false},
        {"yunnan", 53, false},
        {"xizang", 54, false}, {"tibet", 54, false},
        {"shaanxi", 61, false}, {"shensi", 61, false},
        {"gansu", 62, false}, {"kansu", 62, false},
        {"qinghai", 63, false}, {"tsinghai", 63, false}, {"chinghai", 63, false},
        {"ningxia", 64, false}, {"ningsia", 64, false}, {"ningxiahui", 64, false},
        {"ningxiahuizu", 64, false}, {"ningxiahuizi", 64, false},
        {"xinjiang", 65, false}, {"sinkiang", 65, false}, {"xinjianguygur", 65, false},
        {"xinjianguyghur", 65, false}, {"xinjianguighur", 65, false}, {"xinjiangweiwuer", 65, false},
        // ISO 3166-2 codes, "CN-BJ" folded
        {"cnbj", 11, true}, {"cntj", 12, true}, {"cnhe", 13, true}, {"cnsx", 14, true},
        {"cnnm", 15, true}, {"cnln", 21, true}, {"cnjl", 22, true}, {"cnhl", 23, true},
        {"cnsh", 31, true}, {"cnjs", 32, true}, {"cnzj", 33, true}, {"cnah", 34, true},
        {"cnfj", 35, true}, {"cnjx", 36, true}, {"cnsd", 37, true}, {"cnha", 41, true}, {"cnhb", 42, true}, {"cnhn", 43, true},
        {"cngd", 44, true}, {"cngx", 45, true}, {"cnhi", 46, true}, {"cncq", 50, true},
        {"cnsc", 51, true}, {"cngz", 52, true}, {"cnyn", 53, true}, {"cnxz", 54, true},
        {"cnsn", 61, true}, {"cngs", 62, true}, {"cnqh", 63, true}, {"cnnx", 64, true},
        {"cnxj", 65, true},
};

/// All Latin aliases sorted by key, for binary search.
inline constexpr auto latin_alias_index = [] {
    std::array<latin_alias, std::size(latin_aliases)> a{};
    std::copy(std::begin(latin_aliases), std::end(latin_aliases), a.begin());
    std::sort(a.begin(), a.end(), [](const latin_alias& l, const latin_alias& r) { return l.key < r.key; });
    return a;
}();

/// Looks up a folded key; `first_tone` is the tone mark on its first vowel (0 if none),
/// which tells Shǎnxī (陕西, 61) from Shānxī (山西, 14) when both fold to "shanxi".
[[nodiscard]] constexpr const latin_alias* find_latin_alias(std::string_view key,
                                                            int first_tone) noexcept {
    const auto it = std::lower_bound(latin_alias_index.begin(), latin_alias_index.end(), key,
                                     [](const latin_alias& l, std::string_view k) { return l.key < k; });
    if (it == latin_alias_index.end() || it->key != key) return nullptr;
    if (key == "shanxi" && first_tone == 3) {
        return find_latin_alias("shaanxi", 0);
    }
    return &*it;
}

/// Generic endings stripped from a folded Latin name when it is not found as is.
inline constexpr std::array<std::string_view, 9> latin_name_suffixes{
    "autonomousregion", "municipality", "province", "zizhiqu", "region", "sheng", "city", "shi", "prc"};

inline constexpr std::array<std::string_view, 2> chinese_ar_suffixes{"自治区", "自治區"};

/// Traditional-character short names where they differ from the simplified ones.
[[nodiscard]] constexpr std::string_view traditional_short(std::size_t index) noexcept {
    switch (province_table[index].code) {
        case 15: return "內蒙古";
        case 21: return "遼寧";
        case 23: return "黑龍江";
        case 32: return "江蘇";
        case 37: return "山東";
        case 44: return "廣東";
        case 45: return "廣西";
        case 50: return "重慶";
        case 52: return "貴州";
        case 53: return "雲南";
        case 61: return "陝西";
        case 62: return "甘肅";
        case 64: return "寧夏";
        default: return {};
    }
}

/// The ethnic part between the short name and 自治区 in the full names of autonomous
/// regions, simplified and traditional.
[[nodiscard]] constexpr std::array<std::string_view, 2> ethnic_infix(std::uint8_t code) noexcept {
    switch (code) {
        case 45: return {"壮族", "壯族"};
        case 64: return {"回族", "回族"};
        case 65: return {"维吾尔", "維吾爾"};
        default: return {"", ""};
    }
}

/// Result of matching a Chinese province name at one position of a text.
struct cjk_province_match {
    int index = -1;          ///< province index, -1 if none
    std::size_t length = 0;  ///< bytes matched
    bool full = false;       ///< true if the name carried its 省/市/自治区 ending
};

/// Length of the province's own ending (省, 市, [ethnic]自治区) at `pos`, or 0.
[[nodiscard]] constexpr std::size_t chinese_suffix_at(std::string_view s, std::size_t pos,
                                                      std::size_t index) noexcept {
    const std::uint8_t code = province_table[index].code;
    const bool municipality = code == 11 || code == 12 || code == 31 || code == 50;
    const bool autonomous = code == 15 || code == 45 || code == 54 || code == 64 || code == 65;
    if (!autonomous) {
        return utf8::starts_with_at(s, pos, municipality ? "市" : "省") ? 3 : 0;
    }
    std::size_t best = 0;
    for (const std::string_view infix : ethnic_infix(code)) {
        for (const std::string_view ar : chinese_ar_suffixes) {
            if (utf8::starts_with_at(s, pos, infix) && utf8::starts_with_at(s, pos + infix.size(), ar)) {
                best = std::max(best, infix.size() + ar.size());
            }
            if (utf8::starts_with_at(s, pos, infix) && infix.size() > best) {
                // "广西壮族" without 自治区 still names the region in full
                best = std::max(best, infix.size());
            }
        }
    }
    return best;
}

struct cjk_province_name {
    char32_t first;  ///< first code point, the search key
    std::string_view name;
    std::uint8_t index;
};

/// Short names (simplified and traditional) sorted by their first code point.
inline constexpr auto province_chinese_index = [] {
    std::array<cjk_province_name, 44> a{};
    std::size_t n = 0;
    for (std::size_t i = 0; i != province_table.size(); ++i) {  // `!=`: see province_index_of_code
        for (const std::string_view name : {province_table[i].chinese_short, traditional_short(i)}) {
            if (name.empty()) continue;
            std::size_t k = 0;
            a[n++] = {utf8::next(name, k), name, static_cast<std::uint8_t>(i)};
        }
    }
    std::sort(a.begin(), a.end(),
              [](const cjk_province_name& l, const cjk_province_name& r) { return l.first < r.first; });
    return a;
}();
static_assert(province_chinese_index.front().first != U'\0', "province_chinese_index holds unfilled rows");

/// The longest Chinese province name (short name, simplified or traditional, with or
/// without its ending) that starts at byte `pos` of `s`, which must be valid UTF-8.
[[nodiscard]] constexpr cjk_province_match match_province_chinese(std::string_view s,
                                                                  std::size_t pos) noexcept {
    cjk_province_match best;
    if (pos >= s.size() || static_cast<unsigned char>(s[pos]) < 0x80) return best;
    std::size_t after = pos;
    const char32_t cp = utf8::next(s, after);
    const auto range = std::equal_range(
        province_chinese_index.begin(), province_chinese_index.end(), cjk_province_name{cp, {}, 0},
        [](const cjk_province_name& l, const cjk_province_name& r) { return l.first < r.first; });
    for (auto it = range.first; it != range.second; ++it) {
        if (!utf8::starts_with_at(s, pos, it->name)) continue;
        const std::size_t suffix = chinese_suffix_at(s, pos + it->name.size(), it->index);
        const std::size_t len = it->name.size() + suffix;
        if (len > best.length) best = {static_cast<int>(it->index), len, suffix > 0};
    }
    return best;
}

/// Folds a Latin-script name to a key: ASCII letters and digits, lower case, tone marks
/// removed, every other ASCII character dropped. Returns false (key unusable) if the
/// name holds a non-Latin character or does not fit in `out`.
template <std::size_t N>
[[nodiscard]] constexpr bool fold_latin_name(std::string_view s, std::array<char, N>& out,
                                             std::size_t& len, int& first_tone) noexcept {
    len = 0;
    first_tone = 0;
    bool seen_vowel = false;
    bool last_was_first_vowel = false;
    std::size_t i = 0;
    while (i < s.size()) {
        const char32_t cp = utf8::next(s, i);
        char c = 0;
        if (cp < 0x80) {
            if ((cp >= U'0' && cp <= U'9') || (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z')) {
                c = utf8::ascii_lower(static_cast<char>(cp));
            } else {
                last_was_first_vowel = false;
                continue;  // spaces, punctuation, brackets
            }
        } else if (const int t = utf8::combining_tone(cp); t >= 0) {
            if (last_was_first_vowel && t > 0) first_tone = t;
            continue;
        } else if (utf8::is_space(cp) || cp == U'\u2019' || cp == U'\u2018') {
            last_was_first_vowel = false;
            continue;
        } else {
            const utf8::folded_letter f = utf8::fold_letter(cp);
            if (f.letter == 0) return false;
            c = f.letter;
            if (!seen_vowel) first_tone = f.tone;
        }
        const bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
        last_was_first_vowel = vowel && !seen_vowel;
        seen_vowel = seen_vowel || vowel;
        if (len == N) return false;
        out[len++] = c;
    }
    return true;
}

[[nodiscard]] constexpr std::optional<province> province_from_alias(const latin_alias* a) noexcept {
    if (a == nullptr) return std::nullopt;
    // province_from_two_digits is noexcept (cppcheck follows its from_index call).
    // cppcheck-suppress throwInNoexceptFunction
    return province_from_two_digits(a->code);
}

}  // namespace detail

/// The mainland province a name denotes, for any of its usual forms:
/// - Chinese full or short name, simplified or traditional: 北京市, 北京, 广西壮族自治区,
///   广西, 內蒙古, 廣東省;
/// - pinyin, with or without tone marks (precomposed or combining), spaces, hyphens or
///   apostrophes, in any letter case: "Beijing", "Bei Jing", "Nèi Měnggǔ", "neimenggu",
///   "Nei Mongol" (ISO 3166-2). "Shanxi"/"Shānxī" is 山西 (14), "Shaanxi"/"Shǎnxī" is 陕西 (61);
/// - English and older romanisations: "Inner Mongolia", "Tibet", "Peking", "Pekin",
///   "Canton", "Chungking", "Szechuan", "Kwangtung", ...;
/// - with a generic ending: "Beijing Shi", "Hebei Sheng", "Guangdong Province",
///   "Beijing Municipality", "Henan (Province)", "Guangxi Zhuang Autonomous Region",
///   "Xinjiang Uygur Autonomous Region";
/// - an ISO 3166-2 code ("CN-GD") or a 2-, 4- or 6-digit division code ("44", "440305").
/// Single-character abbreviations (京, 沪, 粤) are not names here, because several are
/// ordinary words or other places' abbreviations (宁 is also Nanjing, 青 Qingdao); use
/// `province_from_abbreviation` for them. The whole input (after trimming white space)
/// must be a name: use `province_from_address` for free text.
/// A generic administrative word alone is never a province: "Province", "Municipality",
/// "Autonomous Region", "Special Administrative Region", "Sheng", "Shi", "Zizhiqu", 省,
/// 市, 自治区, 直辖市, 特别行政区 and their combinations give empty. (The study's Table 1
/// labels Xinjiang "Autonomous Region": `find_study_province` reads that table's labels.)
/// Returns empty for unknown names, Hong Kong, Macao, Taiwan, "Mongolia", "Amur" (a
/// Russian oblast; see `find_study_province`), empty or blank input, invalid UTF-8 and
/// text with NUL bytes.
/// Example: `find_province("Nèi Měnggǔ")->code()` is 15; `find_province("Autonomous Region")` is empty.
[[nodiscard]] inline std::optional<province> find_province(std::string_view name) noexcept {
    if (!detail::utf8::is_clean_text(name)) return std::nullopt;
    name = detail::utf8::trim(name);
    if (name.empty()) return std::nullopt;
    if (const long code = detail::parse_division_code(name); code >= 0) {
        // province_from_code(long) is noexcept (cppcheck follows its from_index call).
        // cppcheck-suppress throwInNoexceptFunction
        return province_from_code(code);
    }
    // Chinese: a whole province name, with or without its ending.
    const detail::cjk_province_match m = detail::match_province_chinese(name, 0);
    if (m.index >= 0 && m.length == name.size()) {
        return province::from_index(static_cast<std::size_t>(m.index));
    }
    std::array<char, 64> buf{};
    std::size_t len = 0;
    int tone = 0;
    if (!detail::fold_latin_name(name, buf, len, tone) || len == 0) return std::nullopt;
    std::string_view key(buf.data(), len);
    for (int strip = 0; strip < 3; ++strip) {
        if (const auto* a = detail::find_latin_alias(key, tone)) {
            return detail::province_from_alias(a);
        }
        bool stripped = false;
        for (const std::string_view suffix : detail::latin_name_suffixes) {
            if (key.size() > suffix.size() && key.ends_with(suffix)) {
                key.remove_suffix(suffix.size());
                stripped = true;
                break;
            }
        }
        if (!stripped) break;
    }
    return std::nullopt;
}

namespace detail {
/// Labels of the study's Table 1 that name a province only inside that table, folded as
/// `fold_latin_name` folds them: "Autonomous Region" is its label for Xinjiang, "Amur"
/// (the Russian name of the Heilongjiang river, and a Russian oblast) its label for
/// Heilongjiang.
inline constexpr std::array<latin_alias, 2> study_table1_labels{{
    {"autonomousregion", 65, true},
    {"amur", 23, true},
}};
}  // namespace detail

/// The province a row label of the study's Table 1 denotes: every name `find_province`
/// accepts, and the labels that only make sense inside that table, "Autonomous Region"
/// (Xinjiang, 65) and "Amur" (Heilongjiang, 23), in any letter case and spacing. Use it
/// to read that table (or a table copied from it); use `find_province` for anything
/// else, where a generic word or a Russian place name must not become a province.
/// Returns empty where `find_province` does and the label is not one of these.
/// Example: `find_study_province("Autonomous Region")->code()` is 65;
/// `find_study_province("Canton")->code()` is 44 (as `find_province`).
[[nodiscard]] inline std::optional<province> find_study_province(std::string_view label) noexcept {
    if (const auto p = find_province(label)) return p;
    if (!detail::utf8::is_clean_text(label)) return std::nullopt;
    std::array<char, 64> buf{};
    std::size_t len = 0;
    int tone = 0;
    if (!detail::fold_latin_name(label, buf, len, tone) || len == 0) return std::nullopt;
    const std::string_view key(buf.data(), len);
    for (const auto& l : detail::study_table1_labels) {
        // province_from_two_digits is noexcept (cppcheck follows its from_index call).
        // cppcheck-suppress throwInNoexceptFunction
        if (l.key == key) return detail::province_from_two_digits(l.code);
    }
    return std::nullopt;
}

namespace detail {
struct abbreviation_entry {
    std::string_view abbreviation;
    std::uint8_t code;
};
// 简称 in GB/T 2260 order, then the alternative ones (蜀, 黔, 滇, 秦, 陇).
inline constexpr std::array<abbreviation_entry, 36> province_abbreviations{{
    {"京", 11}, {"津", 12}, {"冀", 13}, {"晋", 14}, {"蒙", 15}, {"辽", 21}, {"吉", 22}, {"黑", 23},
    {"沪", 31}, {"苏", 32}, {"浙", 33}, {"皖", 34}, {"闽", 35}, {"赣", 36}, {"鲁", 37}, {"豫", 41},
    {"鄂", 42}, {"湘", 43}, {"粤", 44}, {"桂", 45}, {"琼", 46}, {"渝", 50}, {"川", 51}, {"贵", 52},
    {"云", 53}, {"藏", 54}, {"陕", 61}, {"甘", 62}, {"青", 63}, {"宁", 64}, {"新", 65},
    {"蜀", 51}, {"黔", 52}, {"滇", 53}, {"秦", 61}, {"陇", 62},
}};
}  // namespace detail

/// The province of a one-character abbreviation (简称, as on licence plates): 京 Beijing,
/// 沪 Shanghai, 粤 Guangdong, ..., including the alternatives 蜀 (Sichuan), 黔 (Guizhou),
/// 滇 (Yunnan), 秦 (Shaanxi), 陇 (Gansu). The input must be exactly that character after
/// trimming white space; anything else is empty.
/// Example: `province_from_abbreviation("粤")->code()` is 44.
[[nodiscard]] inline std::optional<province> province_from_abbreviation(std::string_view abbreviation) noexcept {
    if (!detail::utf8::is_clean_text(abbreviation)) return std::nullopt;
    abbreviation = detail::utf8::trim(abbreviation);
    for (const auto& e : detail::province_abbreviations) {
        // province_from_two_digits is noexcept (cppcheck follows its from_index call).
        // cppcheck-suppress throwInNoexceptFunction
        if (e.abbreviation == abbreviation) return detail::province_from_two_digits(e.code);
    }
    return std::nullopt;
}

}  // namespace ineq

#endif
