#ifndef INEQ_PATENT_CLASSIFY_HPP
#define INEQ_PATENT_CLASSIFY_HPP

/// \file
/// Classification of a patent applicant as enterprise, university, research institute,
/// government / other organisation or individual from its name alone, Chinese
/// (simplified or traditional) or English / other Latin-script.
///
/// The classifier makes one pass over the UTF-8 text, with no allocation and no regular
/// expressions, and looks at each character together with the two before it (Chinese)
/// or at each word together with the four before it (Latin script). Keyword evidence is
/// collected first, then weighed by a fixed precedence:
///
///  1. **enterprise** — a company's legal form anywhere in the name: 公司 (so also
///     有限公司, 有限责任公司, 股份有限公司, 分公司), 集团, 合伙 (limited partnerships),
///     事务所 (law and accounting firms), 合作社, 银行, 商行, a final 厂 (factory);
///     Co., Ltd., Limited, Inc., Corp., Corporation, Company, GmbH, AG, LLC, LLP, S.A.,
///     SAS, B.V., N.V., plc, K.K., Pty, S.r.l., S.p.A., Oy, AB, SE, KG, Holding(s),
///     Group. A legal form outweighs every other word: 攀钢集团攀枝花钢铁研究院有限公司
///     and the research institute of a company (…有限公司…研究所) are enterprises, and so is
///     a private hospital run as a company.
///  2. **hospital → institute** — 医院, Hospital, Clinic, Klinikum, Medical Center.
///     Hospitals are classified as research institutes: they are independent legal
///     persons (public institutions, 事业单位) that perform clinical research, they are
///     neither firms nor teaching bodies, and in IUR studies they play the research
///     side of the triangle. A university's affiliated hospital
///     (…大学…附属…医院) is therefore an institute, not its university: it applies
///     for patents as a separate legal person.
///  3. **university** — 大学, 学院 (but not 科学院, an academy of sciences), 学校,
///     研究生院; University / Universität / Université / Universidad (any word
///     starting "universit" or "universid"), College, School, Hochschule,
///     Polytechnic / Politecnico / Polytechnique, "Institute of Technology" and
///     "Institute of Science and Technology" (MIT, KAIST and Caltech-style names are
///     universities). 中国科学院大学 is a university because 大学 outranks 科学院.
///  4. **institute** — 研究院, 研究所, 研究中心, 研究室, 实验室, 科学院, 工程院, and the
///     design, planning and survey institutes 设计院, 规划院, 勘察院, 测绘院, and
///     研究总院 / 设计总院 (a head institute); Institute,
///     Institut, Institution, Laboratory / Laboratories / Lab(s), Academy, Research,
///     Fraunhofer, CNRS, INSERM, CSIRO, RIKEN, Planck.
///  5. **government / other organisation** — 局, 厅, 政府, 委员会, 协会, 学会, 基金会,
///     联合会, 商会, 联盟, 党校, 部队, 中心 (a centre without a legal form or a research
///     word is a public body: 中国气象局气象探测中心, 黑龙江省公路建设中心), and a final
///     部, 所, 院, 会, 站, 馆, 处, 署, 委, 队 or 军 (军 only after five Han characters:
///     刘军 and 王建军 are persons, 中国人民解放军海军 is not); Ministry, Department, Agency,
///     Council, Association, Society, Foundation, Government, Commission, Committee,
///     Office, Bureau, Authority, Administration, Federation, Center / Centre,
///     Republic, Municipal, County, Board, Army, Navy.
///  6. **individual** — a name of 2 to 4 Han characters and nothing else (张昆, 欧阳娜娜),
///     or of 5 beginning with a compound surname (欧阳海燕伟, 司马相如之),
///     or Han names joined by a middle dot (买买提·艾力), or a Latin-script name of 2 to
///     4 words made only of letters, periods, hyphens, apostrophes and one optional
///     comma ("John Smith", "SMITH, John", "Jean-Pierre Dupont"), in either case with
///     no organisational word found above.
///  7. otherwise **unknown** (including empty text, white space only and invalid UTF-8).
///
/// Known limits: a short company name without a legal form ("华为", "Google") is read
/// as an individual (Han) or unknown (one Latin word); a 2-4 character organisation
/// name ending in none of the words above may be read as a person.

#include <ineq/patent/applicant.hpp>
#include <ineq/detail/utf8.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ineq {
namespace detail::classify {

[[nodiscard]] constexpr bool is_han(char32_t c) noexcept {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FA1F);
}

[[nodiscard]] constexpr bool is_name_dot(char32_t c) noexcept {
    return c == 0x00B7 || c == 0x30FB || c == 0x2022 || c == 0x2027 || c == 0xFF0E;
}

[[nodiscard]] constexpr bool is_ascii_letter(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

struct evidence {
    bool enterprise = false;
    bool hospital = false;
    bool university = false;
    bool institute = false;
    bool government = false;
};

/// Every character that occurs in a Chinese keyword, simplified; a character's keyword
/// id is its position here plus one (0 = not a keyword character).
inline constexpr std::u32string_view keyword_simplified =
    U"公司集团伙合社作行银商所务事究院医学科生计划察绘程工总大校党心中室验实局厅府政会员委协金基联盟队部"
    U"厂站馆处署军";
/// Traditional forms of keyword characters and the simplified characters they stand for.
inline constexpr std::u32string_view keyword_traditional = U"團學實驗醫協員會廳聯計劃務銀處館隊軍繪廠黨總";
inline constexpr std::u32string_view keyword_traditional_as = U"团学实验医协员会厅联计划务银处馆队军绘厂党总";

/// Keyword id of a simplified keyword character; used in constant expressions only,
/// where a character missing from the table stops compilation.
[[nodiscard]] consteval std::uint8_t kid(char32_t c) {
    const std::size_t k = keyword_simplified.find(c);
    if (k == std::u32string_view::npos) throw "not a keyword character";
    return static_cast<std::uint8_t>(k + 1);
}

inline constexpr char32_t han_first = 0x4E00;
inline constexpr char32_t han_last = 0x9FFF;

static_assert(
    [] {
        // `!=` rather than `<`: cppcheck 2.10 misreads `i < x ... >` as a template list.
        for (std::size_t i = 0; i != keyword_simplified.size(); ++i) {
            const char32_t c = keyword_simplified[i];
            if (c < han_first || c > han_last || keyword_simplified.find(c) != i) return false;
        }
        for (const char32_t c : keyword_traditional) {
            if (c < han_first || c > han_last || keyword_simplified.find(c) != std::u32string_view::npos) return false;
        }
        for (const char32_t c : keyword_traditional_as) {
            if (keyword_simplified.find(c) == std::u32string_view::npos) return false;
        }
        return keyword_traditional.size() == keyword_traditional_as.size();
    }(),
    "keyword characters must be distinct CJK unified ideographs");

/// Keyword id of every code point U+4E00..U+9FFF (one byte each; traditional characters
/// share the id of their simplified form): a single load per character is the scan's
/// inner step.
inline constexpr auto keyword_id_table = [] {
    std::array<std::uint8_t, han_last - han_first + 1> ids{};
    for (std::size_t i = 0; i != keyword_simplified.size(); ++i) {
        ids[keyword_simplified[i] - han_first] = static_cast<std::uint8_t>(i + 1);
    }
    for (std::size_t i = 0; i != keyword_traditional.size(); ++i) {
        const std::size_t j = keyword_simplified.find(keyword_traditional_as[i]);
        ids[keyword_traditional[i] - han_first] = static_cast<std::uint8_t>(j + 1);
    }
    return ids;
}();

/// Keyword id of a code point (0 for every character outside the keywords).
[[nodiscard]] constexpr std::uint8_t keyword_id(char32_t c) noexcept {
    if (c < han_first || c > han_last) return 0;
    return keyword_id_table[static_cast<std::size_t>(c - han_first)];
}

/// Evidence from a keyword character `c` preceded by `p1` and, before it, `p2` (keyword
/// ids; traditional characters share the id of their simplified form).
constexpr void chinese_char(std::uint8_t c, std::uint8_t p1, std::uint8_t p2, evidence& e) noexcept {
    switch (c) {
        case kid(U'司'):
            if (p1 == kid(U'公')) e.enterprise = true;
            break;
        case kid(U'团'):
            if (p1 == kid(U'集')) e.enterprise = true;
            break;
        case kid(U'伙'):
            if (p1 == kid(U'合')) e.enterprise = true;
            break;
        case kid(U'社'):
            if (p1 == kid(U'作') && p2 == kid(U'合')) e.enterprise = true;
            break;
        case kid(U'行'):
            if (p1 == kid(U'银') || p1 == kid(U'商')) e.enterprise = true;
            break;
        case kid(U'所'):
            if (p1 == kid(U'务') && p2 == kid(U'事')) e.enterprise = true;
            if (p1 == kid(U'究')) e.institute = true;
            break;
        case kid(U'院'):
            if (p1 == kid(U'医')) e.hospital = true;
            if (p1 == kid(U'学')) (p2 == kid(U'科') ? e.institute : e.university) = true;
            if (p1 == kid(U'生') && p2 == kid(U'究')) e.university = true;  // 研究生院
            if (p1 == kid(U'究') || p1 == kid(U'计') || p1 == kid(U'划') || p1 == kid(U'察') ||
                p1 == kid(U'绘') || (p1 == kid(U'程') && p2 == kid(U'工')) ||
                (p1 == kid(U'总') &&
                 (p2 == kid(U'究') || p2 == kid(U'计') || p2 == kid(U'划') || p2 == kid(U'察')))) {
                e.institute = true;  // 研究院, 设计院, 规划院, 勘察院, 测绘院, 工程院, 研究总院
            }
            break;
        case kid(U'学'):
            if (p1 == kid(U'大')) e.university = true;
            break;
        case kid(U'校'):
            if (p1 == kid(U'学')) e.university = true;
            if (p1 == kid(U'党')) e.government = true;
            break;
        case kid(U'心'):
            if (p1 == kid(U'中')) (p2 == kid(U'究') ? e.institute : e.government) = true;
            break;
        case kid(U'室'):
            if ((p1 == kid(U'验') && p2 == kid(U'实')) || p1 == kid(U'究')) e.institute = true;
            break;
        case kid(U'局'):
        case kid(U'厅'):
            e.government = true;
            break;
        case kid(U'府'):
            if (p1 == kid(U'政')) e.government = true;
            break;
        case kid(U'会'):
            if ((p1 == kid(U'员') && p2 == kid(U'委')) || p1 == kid(U'协') || p1 == kid(U'学') ||
                (p1 == kid(U'金') && p2 == kid(U'基')) || (p1 == kid(U'合') && p2 == kid(U'联')) ||
                p1 == kid(U'商')) {
                e.government = true;
            }
            break;
        case kid(U'盟'):
            if (p1 == kid(U'联')) e.government = true;
            break;
        case kid(U'队'):
            if (p1 == kid(U'部')) e.government = true;
            break;
        default: break;
    }
}

/// Evidence from the last character of a name (single-character suffixes).
/// The common two-character (compound) surnames.
inline constexpr std::array<std::string_view, 20> compound_surnames{
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
    "宇文", "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "呼延", "申屠"};

[[nodiscard]] constexpr bool has_compound_surname(std::string_view name) noexcept {
    return std::ranges::any_of(compound_surnames, [name](std::string_view s) { return name.starts_with(s); });
}

constexpr void chinese_last_char(std::uint8_t c, evidence& e) noexcept {
    switch (c) {
        case kid(U'厂'): e.enterprise = true; break;
        case kid(U'部'):
        case kid(U'所'):
        case kid(U'院'):
        case kid(U'会'):
        case kid(U'站'):
        case kid(U'馆'):
        case kid(U'处'):
        case kid(U'署'):
        case kid(U'委'):
        case kid(U'队'):
        case kid(U'军'): e.government = true; break;
        default: break;
    }
}

enum latin_word : std::uint8_t { w_other, w_of, w_and, w_science, w_technology, w_institute, w_medical };

enum class latin_class : std::uint8_t { enterprise, university, institute, hospital, government, phrase };

struct latin_keyword {
    std::string_view word;
    latin_class cls;
};

/// Latin-script keywords, in alphabetical order of their first letter (the lookup
/// scans only the words that share the first letter).
inline constexpr std::array<latin_keyword, 86> latin_keywords{{
    {"ab", latin_class::enterprise},
    {"academy", latin_class::institute},
    {"administration", latin_class::government},
    {"ag", latin_class::enterprise},
    {"agency", latin_class::government},
    {"and", latin_class::phrase},
    {"army", latin_class::government},
    {"association", latin_class::government},
    {"authority", latin_class::government},
    {"board", latin_class::government},
    {"bureau", latin_class::government},
    {"bv", latin_class::enterprise},
    {"center", latin_class::government},
    {"centre", latin_class::government},
    {"clinic", latin_class::hospital},
    {"cnrs", latin_class::institute},
    {"co", latin_class::enterprise},
    {"college", latin_class::university},
    {"commission", latin_class::government},
    {"committee", latin_class::government},
    {"company", latin_class::enterprise},
    {"corp", latin_class::enterprise},
    {"corporation", latin_class::enterprise},
    {"council", latin_class::government},
    {"county", latin_class::government},
    {"csiro", latin_class::institute},
    {"department", latin_class::government},
    {"federation", latin_class::government},
    {"foundation", latin_class::government},
    {"fraunhofer", latin_class::institute},
    {"gmbh", latin_class::enterprise},
    {"government", latin_class::government},
    {"group", latin_class::enterprise},
    {"hochschule", latin_class::university},
    {"holding", latin_class::enterprise},
    {"holdings", latin_class::enterprise},
    {"hospital", latin_class::hospital},
    {"inc", latin_class::enterprise},
    {"incorporated", latin_class::enterprise},
    {"inserm", latin_class::institute},
    {"institut", latin_class::institute},
    {"institute", latin_class::institute},
    {"institution", latin_class::institute},
    {"kg", latin_class::enterprise},
    {"kk", latin_class::enterprise},
    {"klinikum", latin_class::hospital},
    {"lab", latin_class::institute},
    {"laboratories", latin_class::institute},
    {"laboratory", latin_class::institute},
    {"labs", latin_class::institute},
    {"limited", latin_class::enterprise},
    {"llc", latin_class::enterprise},
    {"llp", latin_class::enterprise},
    {"lp", latin_class::enterprise},
    {"ltd", latin_class::enterprise},
    {"medical", latin_class::phrase},
    {"ministry", latin_class::government},
    {"municipal", latin_class::government},
    {"navy", latin_class::government},
    {"nv", latin_class::enterprise},
    {"of", latin_class::phrase},
    {"office", latin_class::government},
    {"oy", latin_class::enterprise},
    {"oyj", latin_class::enterprise},
    {"planck", latin_class::institute},
    {"plc", latin_class::enterprise},
    {"politecnico", latin_class::university},
    {"polytechnic", latin_class::university},
    {"polytechnique", latin_class::university},
    {"pty", latin_class::enterprise},
    {"republic", latin_class::government},
    {"research", latin_class::institute},
    {"riken", latin_class::institute},
    {"sa", latin_class::enterprise},
    {"sarl", latin_class::enterprise},
    {"sas", latin_class::enterprise},
    {"school", latin_class::university},
    {"science", latin_class::phrase},
    {"sciences", latin_class::phrase},
    {"se", latin_class::enterprise},
    {"society", latin_class::government},
    {"spa", latin_class::enterprise},
    {"srl", latin_class::enterprise},
    {"technology", latin_class::phrase},
    {"universidad", latin_class::university},
    {"universidade", latin_class::university},
}};

/// latin_keyword_start[c - 'a'] .. latin_keyword_start[c - 'a' + 1]: the keywords
/// starting with letter c.
inline constexpr auto latin_keyword_start = [] {
    std::array<std::uint8_t, 27> start{};
    std::size_t k = 0;
    for (std::size_t letter = 0; letter < 26; ++letter) {
        start[letter] = static_cast<std::uint8_t>(k);
        while (k < latin_keywords.size() &&
               static_cast<std::size_t>(latin_keywords[k].word[0] - 'a') == letter) {
            ++k;
        }
    }
    start[26] = static_cast<std::uint8_t>(k);
    return start;
}();

static_assert(latin_keyword_start[26] == latin_keywords.size(), "latin_keywords must be sorted by first letter");

/// Evidence from one Latin word (lower case, periods removed); `t` holds the previous
/// four words' phrase ids, most recent first.
constexpr latin_word latin(std::string_view w, const std::array<latin_word, 4>& t, evidence& e) noexcept {
    if (w.empty() || w[0] < 'a' || w[0] > 'z') return w_other;
    if (w.starts_with("universit")) {
        e.university = true;
        return w_other;
    }
    const auto letter = static_cast<std::size_t>(w[0] - 'a');
    for (std::size_t k = latin_keyword_start[letter]; k < latin_keyword_start[letter + 1]; ++k) {
        if (latin_keywords[k].word != w) continue;
        switch (latin_keywords[k].cls) {
            case latin_class::enterprise: e.enterprise = true; return w_other;
            case latin_class::university: e.university = true; return w_other;
            case latin_class::hospital: e.hospital = true; return w_other;
            case latin_class::institute:
                e.institute = true;
                return (w == "institute" || w == "institut") ? w_institute : w_other;
            case latin_class::government:
                if ((w == "center" || w == "centre") && t[0] == w_medical) {
                    e.hospital = true;
                } else {
                    e.government = true;
                }
                return w_other;
            case latin_class::phrase:
                if (w == "of") return w_of;
                if (w == "and") return w_and;
                if (w == "medical") return w_medical;
                if (w == "technology") {
                    if ((t[0] == w_of && t[1] == w_institute) ||
                        (t[0] == w_and && t[1] == w_science && t[2] == w_of && t[3] == w_institute)) {
                        e.university = true;
                    }
                    return w_technology;
                }
                return w_science;
        }
    }
    return w_other;
}

[[nodiscard]] constexpr bool is_continuation(unsigned char b) noexcept { return (b & 0xC0u) == 0x80u; }

}  // namespace detail::classify

/// Kind of an applicant from its name, Chinese or Latin script; see the file
/// documentation for the keywords and their precedence (legal form > hospital >
/// university > institute > government / other organisation > person's name >
/// unknown). Hospitals are classified as institutes.
/// One pass over the bytes that validates the UTF-8 as it decodes; no allocation.
/// Never throws; empty text, white space only, embedded NUL bytes and invalid UTF-8
/// give `applicant_kind::unknown`.
/// Example: `classify_applicant("攀钢集团攀枝花钢铁研究院有限公司")` is `enterprise`;
/// `classify_applicant("Massachusetts Institute of Technology")` is `university`.
[[nodiscard]] constexpr applicant_kind classify_applicant(std::string_view name) noexcept {
    using namespace detail::classify;
    evidence e;
    std::uint8_t p1 = 0;          // keyword id of the previous character
    std::uint8_t p2 = 0;          // keyword id of the one before
    std::uint8_t last = 0;        // keyword id of the last character that is not white space
    bool prev_han = false;        // the previous character is a Han character
    bool prev_dot = false;        // the previous character is a name dot
    std::size_t han = 0;
    std::size_t name_dots = 0;
    bool dot_ok = true;           // every name dot sits between Han characters
    bool only_han = true;         // only Han characters, name dots and outer white space
    bool seen = false;            // a character other than white space occurred
    bool pending_space = false;   // white space after content, not yet followed by more
    bool inner_space = false;     // white space between two characters
    bool latin_person = true;     // only ASCII letters, white space, . - ' and commas
    std::size_t latin_words = 0;
    std::size_t commas = 0;
    std::array<latin_word, 4> recent{w_other, w_other, w_other, w_other};
    std::array<char, 24> word{};
    std::size_t word_len = 0;
    bool in_word = false;

    const auto finish_word = [&]() noexcept {
        if (!in_word) return;
        in_word = false;
        ++latin_words;
        // Words longer than the buffer are not keywords.
        const latin_word id = word_len <= word.size()
                                  ? latin(std::string_view(word.data(), word_len), recent, e)
                                  : w_other;
        recent = {id, recent[0], recent[1], recent[2]};
        word_len = 0;
    };
    const auto content = [&]() noexcept {
        if (pending_space) inner_space = true;
        pending_space = false;
        seen = true;
    };
    const auto space = [&]() noexcept {
        if (seen) pending_space = true;
        if (prev_dot) dot_ok = false;
        p2 = p1;
        p1 = 0;
        prev_han = prev_dot = false;
    };

    const std::size_t n = name.size();
    std::size_t i = 0;
    while (i < n) {
        const auto b0 = static_cast<unsigned char>(name[i]);
        if (b0 < 0x80) {
            ++i;
            const char ch = static_cast<char>(b0);
            if (ch == '\0') return applicant_kind::unknown;
            if (is_ascii_letter(ch)) {
                content();
                if (!in_word) {
                    in_word = true;
                    word_len = 0;
                }
                if (word_len < word.size()) word[word_len] = detail::utf8::ascii_lower(ch);
                ++word_len;
            } else if (ch == '.') {
                content();
                // A period after one letter joins ("S.A.", "B.V." read as "sa", "bv");
                // after a longer word it ends it ("Co.Ltd" reads as "co", "ltd").
                if (in_word && word_len >= 2) finish_word();
            } else if (ch == '\'' || ch == '-') {
                content();
                // Separates keywords but joins the parts of one word of a person's name
                // ("Jean-Pierre", "O'Brien").
                if (in_word) {
                    finish_word();
                    --latin_words;
                }
            } else if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f') {
                finish_word();
                space();
                continue;
            } else {
                content();
                finish_word();
                if (ch == ',') {
                    ++commas;
                } else {
                    latin_person = false;  // digits, &, parentheses, ...
                }
            }
            only_han = false;
            if (prev_dot) dot_ok = false;
            p2 = p1;
            p1 = 0;
            last = 0;
            prev_han = prev_dot = false;
            continue;
        }
        // Multi-byte sequence: decode and validate (RFC 3629) in one go.
        char32_t c = 0;
        if (b0 >= 0xE0 && b0 <= 0xEF) {
            if (n - i < 3) return applicant_kind::unknown;
            const auto b1 = static_cast<unsigned char>(name[i + 1]);
            const auto b2 = static_cast<unsigned char>(name[i + 2]);
            if (!is_continuation(b1) || !is_continuation(b2)) return applicant_kind::unknown;
            if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 > 0x9F)) return applicant_kind::unknown;
            c = (char32_t{b0 & 0x0Fu} << 12) | (char32_t{b1 & 0x3Fu} << 6) | char32_t{b2 & 0x3Fu};
            i += 3;
        } else if (b0 >= 0xC2 && b0 <= 0xDF) {
            if (n - i < 2) return applicant_kind::unknown;
            const auto b1 = static_cast<unsigned char>(name[i + 1]);
            if (!is_continuation(b1)) return applicant_kind::unknown;
            c = (char32_t{b0 & 0x1Fu} << 6) | char32_t{b1 & 0x3Fu};
            i += 2;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            if (n - i < 4) return applicant_kind::unknown;
            const auto b1 = static_cast<unsigned char>(name[i + 1]);
            const auto b2 = static_cast<unsigned char>(name[i + 2]);
            const auto b3 = static_cast<unsigned char>(name[i + 3]);
            if (!is_continuation(b1) || !is_continuation(b2) || !is_continuation(b3)) return applicant_kind::unknown;
            if ((b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 > 0x8F)) return applicant_kind::unknown;
            c = (char32_t{b0 & 0x07u} << 18) | (char32_t{b1 & 0x3Fu} << 12) | (char32_t{b2 & 0x3Fu} << 6) |
                char32_t{b3 & 0x3Fu};
            i += 4;
        } else {
            return applicant_kind::unknown;  // stray continuation byte, C0/C1, F5..FF
        }
        finish_word();
        if (c == 0x3000 || c == 0x00A0) {
            space();
            continue;
        }
        content();
        latin_person = false;
        const std::uint8_t id = keyword_id(c);
        if (id != 0) chinese_char(id, p1, p2, e);
        const bool h = is_han(c);
        const bool dot = !h && is_name_dot(c);
        if (h) {
            ++han;
        } else if (dot) {
            ++name_dots;
            if (!prev_han) dot_ok = false;
        } else {
            only_han = false;
        }
        if (prev_dot && !h) dot_ok = false;
        p2 = p1;
        p1 = id;
        last = id;
        prev_han = h;
        prev_dot = dot;
    }
    finish_word();
    if (!seen) return applicant_kind::unknown;
    if (prev_dot) dot_ok = false;
    // A final single-character suffix only counts when the name ends in it. 军 also ends
    // many given names (刘军, 王建军, 欧阳海军), so in a plain Han name of at most five
    // characters it is read as a person's name, not as the army.
    const bool plain_han = only_han && !inner_space && name_dots == 0;
    if (last != 0 && !(last == kid(U'军') && plain_han && han <= 5)) chinese_last_char(last, e);

    if (e.enterprise) return applicant_kind::enterprise;
    if (e.hospital) return applicant_kind::institute;
    if (e.university) return applicant_kind::university;
    if (e.institute) return applicant_kind::institute;
    if (e.government) return applicant_kind::government;
    if (only_han && !inner_space && han > 0) {
        if (name_dots == 0 && han >= 2 && han <= 4) return applicant_kind::individual;
        // A compound surname with a two- or three-character given name (欧阳海燕伟).
        if (name_dots == 0 && han == 5 && has_compound_surname(detail::utf8::trim(name))) {
            return applicant_kind::individual;
        }
        if (name_dots > 0 && dot_ok && han >= 3 && han <= 16) return applicant_kind::individual;
    }
    if (latin_person && han == 0 && commas <= 1 && latin_words >= 2 && latin_words <= 4) {
        return applicant_kind::individual;
    }
    return applicant_kind::unknown;
}

}  // namespace ineq

#endif
