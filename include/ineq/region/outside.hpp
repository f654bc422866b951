#ifndef INEQ_REGION_OUTSIDE_HPP
#define INEQ_REGION_OUTSIDE_HPP

/// \file
/// Places outside the mainland: Hong Kong, Macao, Taiwan and foreign countries, with the
/// lists by which a name or an address is recognised as one of them. These lists are the
/// one source used by `resolve_address`, `find_outside_mainland`
/// (`<ineq/region/address.hpp>`), `resolve_name` (`<ineq/region/name.hpp>`) and
/// `is_overseas` (`<ineq/patent/applicant.hpp>`); the order in which they apply to a name,
/// and what overrides them (a mainland place in brackets, 三星(中国)…), is stated once, in
/// the comment of `<ineq/region/name.hpp>`.
///
/// The lists ("at the start" means after white space, punctuation and a leading 中国 /
/// 中國 / 中华人民共和国):
///  - H, Hong Kong, Macao and Taiwan: 香港, 九龙, 澳门, 台湾, 台北, 高雄, 台中, 台南, 新竹
///    and their traditional forms; in Latin script Hong Kong, HKSAR, Kowloon, Macau,
///    Macao, Taiwan, Taipei, Kaohsiung, Hsinchu, Taichung, Tainan. Taiwanese legal forms
///    at the start of a name: 財團法人 / 财团法人 (not after 一般 / 公益, which are
///    Japanese) and 國立 / 国立 (not 国立大学法人 / 国立研究开发法人, which are Japanese).
///  - F1, foreign countries and cities written in Chinese at the start (美国, 日本, 韩国,
///    德国, 法国, 英国, 瑞士, 新加坡, 東京, 大阪, 首尔 …, and 皇家, royal, which no mainland
///    body is), and in Latin script as words
///    (Japan, Korea, USA, Germany, France, Switzerland, Tokyo, Seoul, California,
///    Massachusetts, London, Oxford, Cambridge, Munich, Lausanne, Leuven …).
///  - F2, foreign legal forms written in Chinese characters anywhere in a name: 株式会社,
///    有限会社, 合同会社, 合资会社, 合名会社, 私人有限公司 (Pte. Ltd., Sdn. Bhd.), and Japanese legal persons (国立大学法人,
///    学校法人, 独立行政法人, 国立研究开发法人, 一般财团法人, 公益财团法人, 一般社团法人,
///    公益社团法人).
///  - F3, Korean (Hangul) or Japanese (kana) script anywhere: 서울대학교 산학협력단.
///  - F4, a modest list of well-known foreign universities by their usual Chinese names
///    at the start (麻省理工学院, 哈佛大学, 东京大学, 首尔大学 …). 东北大学 is not in it: in
///    Chinese records it is the university in Shenyang, not Tohoku University.
///  - F5, Latin-script foreign legal forms as words (dots and slashes inside them
///    ignored): GmbH, AG, KG, KGaA, SE, S.A., S.p.A., S.r.l., S.L., SAS, SARL, N.V., B.V.,
///    Oy, Oyj, AB, (publ), A/S, ASA, ApS, plc, Inc., LLC, LLP, Ltda, UAB, K.K., Kabushiki
///    Kaisha, Aktiengesellschaft, Aktiebolag, Gesellschaft (also inside a longer word:
///    Telefonaktiebolaget, Fraunhofer-Gesellschaft). "Co., Ltd.", "Ltd", "Corp." and
///    "Corporation" are not in the list: mainland companies use them in their English names.
///    Also "Corporation", "Incorporated" and "Company" when no "Limited" / "Ltd" follows
///    (Intel Corporation, Hyundai Motor Company; BYD Company Limited is not).
///    Also words of European languages other than English (les, de, der, und, et, del,
///    naamloze vennootschap, Universität, Institut …; `foreign_latin_words`).
///    A name with F5 counts as foreign only if it has no mainland place and does not say
///    China, Chinese, Sino or PRC.
///  - F6, a Chinese-written name ending in 公司 without a form of mainland company law
///    (有限公司, 有限责任公司, 股份有限公司; 总公司 and 分公司 are parts of one): 英特尔公司,
///    西门子股份公司. Counts only if the name has no mainland place and no 中国 / 中國 /
///    国家 / 集团 (中国铁路总公司 and 中国石油化工集团公司 are mainland). Likewise a
///    Chinese-written name with a middle dot between characters, the mark of a
///    transliterated foreign personal name (罗伯特·博世有限公司).
///
/// Nothing here throws or allocates; all functions expect valid UTF-8 (the public
/// functions that use them check it first).

#include <ineq/detail/utf8.hpp>
#include <ineq/region/province.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace ineq {

/// Places outside the 31 mainland provincial-level divisions: the Chinese territories
/// Hong Kong, Macao and Taiwan, and `abroad`, any foreign country.
enum class outside_mainland : std::uint8_t { hong_kong, macao, taiwan, abroad };

/// English name: "Hong Kong", "Macao", "Taiwan" or "abroad" (empty outside the enumeration).
/// Example: `to_string(outside_mainland::macao)` is "Macao".
[[nodiscard]] constexpr std::string_view to_string(outside_mainland t) noexcept {
    switch (t) {
        case outside_mainland::hong_kong: return "Hong Kong";
        case outside_mainland::macao: return "Macao";
        case outside_mainland::taiwan: return "Taiwan";
        case outside_mainland::abroad: return "abroad";
    }
    return {};
}

/// The territory of a GB/T 2260 code whose province part is 71 (Taiwan), 81 (Hong Kong)
/// or 82 (Macao), in 2-, 4- or 6-digit form; empty for every other number (GB/T 2260 has
/// no codes for foreign countries).
/// Example: `outside_mainland_from_code(810000)` is `outside_mainland::hong_kong`.
[[nodiscard]] constexpr std::optional<outside_mainland> outside_mainland_from_code(long code) noexcept {
    switch (detail::province_part_of_code(code)) {
        case 71: return outside_mainland::taiwan;
        case 81: return outside_mainland::hong_kong;
        case 82: return outside_mainland::macao;
        default: return std::nullopt;
    }
}

namespace detail::outside {

struct named_place {
    std::string_view text;
    outside_mainland where;
};

/// List H in Chinese script (matched anywhere in an address, at the start of a name).
inline constexpr named_place hk_mo_tw_chinese[] = {
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

/// List F1 in Chinese script: foreign countries and cities (at the start only).
inline constexpr std::array<std::string_view, 57> foreign_chinese_prefixes{
    "美国", "美國", "日本", "韩国", "韓國", "大韩民国", "德国", "德國", "法国", "法國", "英国", "英國",
    "瑞士", "瑞典", "芬兰", "丹麦", "挪威", "荷兰", "比利时", "奥地利", "意大利", "西班牙", "葡萄牙",
    "爱尔兰", "卢森堡", "以色列", "新加坡", "加拿大", "澳大利亚", "澳洲", "新西兰", "印度", "俄罗斯",
    "巴西", "墨西哥", "沙特", "马来西亚", "泰国", "越南", "东京", "東京", "大阪", "京都", "横滨",
    "名古屋", "首尔", "纽约", "伦敦", "巴黎", "柏林", "慕尼黑", "苏黎世", "硅谷", "加利福尼亚",
    "北海道", "欧洲", "皇家"};

/// List F2: foreign legal forms and Japanese legal persons written in Chinese characters.
inline constexpr std::array<std::string_view, 18> foreign_cjk_legal_forms{
    "株式会社", "私人有限公司", "有限会社", "合同会社", "合资会社", "合名会社", "国立大学法人", "國立大學法人",
    "学校法人", "独立行政法人", "国立研究开发法人", "国立研究開発法人", "一般财团法人", "公益财团法人",
    "一般社团法人", "公益社团法人", "一般財団法人", "公益財団法人"};

/// List F4: foreign universities and research bodies by their usual Chinese names.
inline constexpr std::array<std::string_view, 46> foreign_universities{
    "麻省理工学院", "哈佛大学", "斯坦福大学", "加州大学", "加利福尼亚大学", "加州理工学院", "耶鲁大学",
    "普林斯顿大学", "哥伦比亚大学", "康奈尔大学", "宾夕法尼亚大学", "芝加哥大学", "密歇根大学",
    "华盛顿大学", "约翰霍普金斯大学", "约翰斯·霍普金斯大学", "卡内基梅隆大学", "佐治亚理工学院",
    "剑桥大学", "牛津大学", "帝国理工学院", "伦敦大学学院", "苏黎世联邦理工学院", "洛桑联邦理工学院",
    "慕尼黑工业大学", "亚琛工业大学", "代尔夫特理工大学", "鲁汶大学", "东京大学", "东京工业大学",
    "京都大学", "大阪大学", "名古屋大学", "九州大学", "北海道大学", "庆应义塾", "早稻田大学", "首尔大学",
    "延世大学", "高丽大学", "成均馆大学", "浦项工科大学", "韩国科学技术院", "南洋理工大学",
    "多伦多大学", "墨尔本大学"};

/// List H and F1 in Latin script, folded to lower-case letters without spaces.
inline constexpr named_place latin_places[] = {
    {"hongkong", outside_mainland::hong_kong}, {"hksar", outside_mainland::hong_kong},
    {"kowloon", outside_mainland::hong_kong},  {"xianggang", outside_mainland::hong_kong},
    {"macao", outside_mainland::macao},        {"macau", outside_mainland::macao},
    {"aomen", outside_mainland::macao},        {"taiwan", outside_mainland::taiwan},
    {"taipei", outside_mainland::taiwan},      {"kaohsiung", outside_mainland::taiwan},
    {"hsinchu", outside_mainland::taiwan},     {"taichung", outside_mainland::taiwan},
    {"tainan", outside_mainland::taiwan},
    {"japan", outside_mainland::abroad},       {"korea", outside_mainland::abroad},
    {"usa", outside_mainland::abroad},         {"unitedstates", outside_mainland::abroad},
    {"germany", outside_mainland::abroad},     {"deutschland", outside_mainland::abroad},
    {"france", outside_mainland::abroad},      {"unitedkingdom", outside_mainland::abroad},
    {"england", outside_mainland::abroad},     {"switzerland", outside_mainland::abroad},
    {"netherlands", outside_mainland::abroad}, {"sweden", outside_mainland::abroad},
    {"finland", outside_mainland::abroad},     {"denmark", outside_mainland::abroad},
    {"norway", outside_mainland::abroad},      {"italy", outside_mainland::abroad},
    {"spain", outside_mainland::abroad},       {"austria", outside_mainland::abroad},
    {"belgium", outside_mainland::abroad},     {"israel", outside_mainland::abroad},
    {"singapore", outside_mainland::abroad},   {"canada", outside_mainland::abroad},
    {"australia", outside_mainland::abroad},   {"india", outside_mainland::abroad},
    {"ireland", outside_mainland::abroad},     {"tokyo", outside_mainland::abroad},
    {"osaka", outside_mainland::abroad},       {"kyoto", outside_mainland::abroad},
    {"seoul", outside_mainland::abroad},       {"california", outside_mainland::abroad},
    {"massachusetts", outside_mainland::abroad}, {"texas", outside_mainland::abroad},
    {"newyork", outside_mainland::abroad},     {"boston", outside_mainland::abroad},
    {"london", outside_mainland::abroad},      {"oxford", outside_mainland::abroad},
    {"cambridge", outside_mainland::abroad},   {"paris", outside_mainland::abroad},
    {"berlin", outside_mainland::abroad},      {"munich", outside_mainland::abroad},
    {"munchen", outside_mainland::abroad},     {"zurich", outside_mainland::abroad},
    {"lausanne", outside_mainland::abroad},    {"geneva", outside_mainland::abroad},
    {"leuven", outside_mainland::abroad},      {"delft", outside_mainland::abroad},
    {"stockholm", outside_mainland::abroad},   {"helsinki", outside_mainland::abroad},
    {"jerusalem", outside_mainland::abroad},   {"toronto", outside_mainland::abroad},
    {"chicago", outside_mainland::abroad},     {"brazil", outside_mainland::abroad},
};

/// Words of European languages other than English (articles, prepositions and the
/// names of common bodies) that mark a Latin-script name as foreign when it has no
/// mainland place (French, German, Dutch, Italian, Spanish, Swedish).
inline constexpr std::array<std::string_view, 30> foreign_latin_words{
    "les", "la", "le", "de", "du", "des", "der", "die", "das", "und", "fur", "et", "aux", "del", "della",
    "degli", "och", "voor", "naamloze", "vennootschap", "universitat", "universiteit", "universite",
    "universita", "universidad", "technische", "institut", "instituto", "istituto", "consejo"};

/// List F5, folded: lower case, dots, slashes and hyphens dropped.
inline constexpr std::array<std::string_view, 32> latin_legal_forms{
    "gmbh", "ag", "kg", "kgaa", "se", "sa", "spa", "srl", "sl", "sas", "sarl", "nv", "bv", "oy", "oyj",
    "ab", "publ", "as", "asa", "aps", "plc", "inc", "llc", "llp", "ltda", "uab", "kk", "kaisha",
    "kabushikikaisha", "aktiengesellschaft", "aktiebolag", "gesellschaft"};

/// Forms that also end longer words: Telefonaktiebolaget, Fraunhofer-Gesellschaft.
inline constexpr std::array<std::string_view, 3> latin_legal_form_parts{"aktiebolag", "gesellschaft", "kaisha"};

/// List F6: true if a Chinese-written name ends in 公司 without a mainland form, or has
/// a middle dot (U+00B7, U+30FB, U+2022) between two non-ASCII characters.
[[nodiscard]] constexpr bool foreign_company_form(std::string_view s) noexcept {
    for (const std::string_view dot : {"\u00B7", "\u30FB", "\u2022"}) {
        const std::size_t at = s.find(dot);
        if (at != std::string_view::npos && at > 0 && at + dot.size() < s.size() &&
            static_cast<unsigned char>(s[at - 1]) >= 0x80 && static_cast<unsigned char>(s[at + dot.size()]) >= 0x80) {
            return true;
        }
    }
    if (!s.ends_with("公司")) return false;
    const std::string_view head = s.substr(0, s.size() - std::string_view("公司").size());
    for (const std::string_view w : {"有限", "有限责任", "总", "總", "分"}) {
        if (head.ends_with(w)) return false;
    }
    for (const std::string_view w : {"中国", "中國", "国家", "國家", "集团", "集團"}) {
        if (head.find(w) != std::string_view::npos) return false;
    }
    return !head.empty();
}

/// Latin words that mark a mainland body: they keep F5 from applying.
/// Latin words that tie a name to the mainland without placing it: China and its
/// adjectives, and the pinyin of city names shared by two prefectures (Suzhou 苏州 /
/// 宿州, Fuzhou 福州 / 抚州, Taizhou 台州 / 泰州, Yichun 宜春 / 伊春, Yulin 玉林 / 榆林),
/// which `resolve_latin` cannot place but which are no foreign names either.
inline constexpr std::array<std::string_view, 9> latin_mainland_words{
    "china", "chinese", "sino", "prc", "suzhou", "fuzhou", "taizhou", "yichun", "yulin"};

/// True for Hangul syllables and jamo, hiragana and katakana (list F3).
[[nodiscard]] constexpr bool is_hangul_or_kana(char32_t cp) noexcept {
    return (cp >= U'\u1100' && cp <= U'\u11FF') || (cp >= U'\u3130' && cp <= U'\u318F') ||
           (cp >= U'\uAC00' && cp <= U'\uD7AF') || (cp >= U'\u3041' && cp <= U'\u30FA') ||
           (cp >= U'\u30FC' && cp <= U'\u30FF') || (cp >= U'\u31F0' && cp <= U'\u31FF') ||
           (cp >= U'\uFF66' && cp <= U'\uFF9F');
}

[[nodiscard]] constexpr bool has_hangul_or_kana(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        if (is_hangul_or_kana(utf8::next(s, i))) return true;
    }
    return false;
}

[[nodiscard]] constexpr bool contains(std::string_view s, std::string_view w) noexcept {
    return s.find(w) != std::string_view::npos;
}

/// Bit c is set if an entry of list H (Chinese), F1 (Chinese) or F4 starts with code
/// point c. Every entry starts with a three-byte character; a name whose first three
/// bytes decode to a code point without its bit starts with none of them, and the
/// comparisons with each entry are skipped.
inline constexpr auto prefix_first_bits = [] {
    std::array<std::uint64_t, 1024> bits{};
    const auto set = [&bits](std::string_view t) {
        const auto b0 = static_cast<unsigned char>(t[0]);
        const auto b1 = static_cast<unsigned char>(t[1]);
        const auto b2 = static_cast<unsigned char>(t[2]);
        const auto c = static_cast<char32_t>((b0 & 0x0Fu) << 12 | (b1 & 0x3Fu) << 6 | (b2 & 0x3Fu));
        bits[c >> 6] |= std::uint64_t{1} << (c & 63);
    };
    for (const named_place& p : hk_mo_tw_chinese) set(p.text);
    for (const std::string_view f : foreign_chinese_prefixes) set(f);
    for (const std::string_view u : foreign_universities) set(u);
    return bits;
}();

static_assert(
    [] {
        const auto three = [](std::string_view t) {
            return t.size() >= 3 && (static_cast<unsigned char>(t[0]) & 0xF0u) == 0xE0u;
        };
        return std::ranges::all_of(hk_mo_tw_chinese, [&](const named_place& p) { return three(p.text); }) &&
               std::ranges::all_of(foreign_chinese_prefixes, three) && std::ranges::all_of(foreign_universities, three);
    }(),
    "prefix_first_bits assumes every entry of lists H, F1 and F4 starts with a three-byte character");

/// The first three bytes of `t` (at least three) as one number, in order.
[[nodiscard]] constexpr std::uint32_t lead_bytes(std::string_view t) noexcept {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(t[0])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(t[1])) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(t[2]));
}

/// True if an entry of list H (Chinese), F1 (Chinese) or F4 may start `t` (at least three bytes).
[[nodiscard]] constexpr bool may_start_prefix(std::string_view t) noexcept {
    const auto b0 = static_cast<unsigned char>(t[0]);
    if ((b0 & 0xF0u) != 0xE0u) return false;
    const auto b1 = static_cast<unsigned char>(t[1]);
    const auto b2 = static_cast<unsigned char>(t[2]);
    const auto c = static_cast<char32_t>((b0 & 0x0Fu) << 12 | (b1 & 0x3Fu) << 6 | (b2 & 0x3Fu));
    return ((prefix_first_bits[c >> 6] >> (c & 63)) & 1) != 0;
}

/// The first three bytes of every entry of a list, compared before the entry.
template <class List, class Text>
[[nodiscard]] constexpr auto lead_bytes_of(const List& list, Text text) noexcept {
    std::array<std::uint32_t, std::size(List{})> a{};
    for (std::size_t i = 0; i != a.size(); ++i) a[i] = lead_bytes(text(list[i]));
    return a;
}

inline constexpr auto hk_mo_tw_lead = lead_bytes_of(hk_mo_tw_chinese, [](const named_place& p) { return p.text; });

/// Lists F1 (Chinese) and F4 together, sorted by their first three bytes: both place a
/// name abroad, and nothing is checked between them, so one search over both suffices.
struct lead_entry {
    std::uint32_t lead;
    std::string_view text;
};

inline constexpr auto foreign_start_entries = [] {
    std::array<lead_entry, foreign_chinese_prefixes.size() + foreign_universities.size()> a{};
    std::size_t n = 0;
    for (const std::string_view f : foreign_chinese_prefixes) a[n++] = {lead_bytes(f), f};
    for (const std::string_view u : foreign_universities) a[n++] = {lead_bytes(u), u};
    std::sort(a.begin(), a.end(), [](const lead_entry& l, const lead_entry& r) { return l.lead < r.lead; });
    return a;
}();

/// Lists H (Chinese), F1 (Chinese), F2, F3, F4 and the Taiwanese legal forms applied to a
/// name whose start (see the file comment) is at byte `start`. Returns the first list
/// that applies, in the order of the file comment: H and the Taiwanese forms, then F3,
/// F2, F1, F4.
[[nodiscard]] constexpr std::optional<outside_mainland> of_chinese_name(std::string_view s,
                                                                      std::size_t start) noexcept {
    const std::string_view t = s.substr(start);
    // every list entry starts with a three-byte character: compare those bytes first
    const auto starts = [t](std::string_view p) {
        return t.size() >= p.size() && t[0] == p[0] && t[1] == p[1] && t[2] == p[2] && t.starts_with(p);
    };
    if (t.size() < 6) return has_hangul_or_kana(s) ? std::optional{outside_mainland::abroad} : std::nullopt;
    const bool listed_start = may_start_prefix(t);
    const std::uint32_t lead = lead_bytes(t);
    if (listed_start) {
        for (std::size_t i = 0; i != std::size(hk_mo_tw_chinese); ++i) {
            if (hk_mo_tw_lead[i] == lead && starts(hk_mo_tw_chinese[i].text)) return hk_mo_tw_chinese[i].where;
        }
    }
    if (t.starts_with("財團法人") || t.starts_with("财团法人")) return outside_mainland::taiwan;
    if ((t.starts_with("國立") || t.starts_with("国立")) && !t.starts_with("国立大学法人") &&
        !t.starts_with("國立大學法人") && !t.starts_with("国立研究")) {
        return outside_mainland::taiwan;
    }
    // One pass over the bytes for list F3 and for the words every form of F2 contains.
    // F3: Hangul and kana are led by the bytes E1, E3, EA..ED or EF (mask 0xBC0A over the
    // low four bits), and a lead byte always starts a code point, so only those are decoded.
    // F2: every form contains 会社, 法人 or 私人, led by the bytes E4, E6 and E7.
    bool f2_word = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if ((b & 0xF0u) != 0xE0u) continue;
        if (((0xBC0Au >> (b & 0x0Fu)) & 1u) != 0) {
            std::size_t j = i;
            if (is_hangul_or_kana(utf8::next(s, j))) return outside_mainland::abroad;
        } else if (!f2_word && (b == 0xE4u || b == 0xE6u || b == 0xE7u)) {
            const std::string_view rest = s.substr(i);
            f2_word = rest.starts_with("会社") || rest.starts_with("法人") || rest.starts_with("私人");
        }
    }
    if (f2_word) {
        for (const std::string_view f : foreign_cjk_legal_forms) {
            if (contains(s, f)) return outside_mainland::abroad;
        }
    }
    if (!listed_start) return std::nullopt;
    const auto* e = std::lower_bound(foreign_start_entries.begin(), foreign_start_entries.end(), lead,
                                     [](const lead_entry& l, std::uint32_t k) { return l.lead < k; });
    for (; e != foreign_start_entries.end() && e->lead == lead; ++e) {
        if (starts(e->text)) return outside_mainland::abroad;
    }
    return std::nullopt;
}

/// Latin words of at most `capacity` letters, folded (lower case, marks dropped) with
/// dots, slashes and hyphens inside a word ignored: "S.p.A." is "spa", "A/S" is "as".
/// Calls `f(word)` for each; stops early when `f` returns true, and then returns true.
template <class F>
constexpr bool for_each_latin_word(std::string_view s, F&& f) noexcept {
    constexpr std::size_t capacity = 24;
    std::array<char, capacity> w{};
    std::size_t n = 0;
    bool overflow = false;
    std::size_t i = 0;
    auto flush = [&]() {
        const bool hit = n > 0 && !overflow && f(std::string_view(w.data(), n));
        n = 0;
        overflow = false;
        return hit;
    };
    while (i < s.size()) {
        const char32_t cp = utf8::next(s, i);
        const char c = utf8::fold_letter(cp).letter;
        if (c != 0) {
            if (n == capacity) {
                overflow = true;
            } else {
                w[n++] = c;
            }
            continue;
        }
        if (utf8::combining_tone(cp) >= 0) continue;
        if ((cp == U'.' || cp == U'/' || cp == U'-') && n > 0 && n <= 2) continue;  // S.p.A., A/S
        if (flush()) return true;
    }
    return flush();
}

/// True if the text has a Latin-script foreign legal form (list F5) and no word of
/// `latin_mainland_words`.
[[nodiscard]] constexpr bool has_foreign_latin_form(std::string_view s) noexcept {
    bool form = false;
    bool company = false;  // Corporation / Incorporated / Company, until Limited / Ltd follows
    const bool mainland_word = for_each_latin_word(s, [&](std::string_view w) {
        if (std::find(latin_legal_forms.begin(), latin_legal_forms.end(), w) != latin_legal_forms.end() ||
            std::find(foreign_latin_words.begin(), foreign_latin_words.end(), w) != foreign_latin_words.end() ||
            std::any_of(latin_legal_form_parts.begin(), latin_legal_form_parts.end(),
                        [w](std::string_view p) { return w.find(p) != std::string_view::npos; })) {
            form = true;
        }
        if (w == "corporation" || w == "incorporated" || w == "company") company = true;
        if (w == "limited" || w == "ltd") company = false;
        return std::find(latin_mainland_words.begin(), latin_mainland_words.end(), w) != latin_mainland_words.end();
    });
    return (form || company) && !mainland_word;
}

/// True if a Latin-script name has at least two letters and none of the words of
/// `latin_mainland_words` (China, Chinese, Sino, PRC): rule 11 of `resolve_name`.
[[nodiscard]] constexpr bool latin_name_without_mainland_word(std::string_view s) noexcept {
    std::size_t letters = 0;
    const bool mainland_word = for_each_latin_word(s, [&](std::string_view w) {
        letters += w.size();
        return std::find(latin_mainland_words.begin(), latin_mainland_words.end(), w) != latin_mainland_words.end();
    });
    return !mainland_word && letters >= 2;
}

}  // namespace detail::outside

}  // namespace ineq

#endif
