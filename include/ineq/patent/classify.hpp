#ifndef INEQ_PATENT_CLASSIFY_HPP
#define INEQ_PATENT_CLASSIFY_HPP

/// \file
/// Classification of a patent applicant as enterprise, university, research institute,
/// hospital, government / other organisation or individual from its name alone: Chinese
/// (simplified or traditional), Japanese, Korean, English and other Latin-script names.
///
/// The classifier is a small scanner in four named steps, with no allocation and no
/// regular expressions:
///
///  1. **decode** — the text is read one code point at a time with the library's checked
///     step `detail::utf8::decode`; ill-formed UTF-8 or a NUL byte stops the scan and
///     the answer is `unknown`. White space is `detail::utf8::is_space` (so also U+00A0
///     and U+3000).
///  2. **tokens** — Han, kana and Hangul characters are matched against the keyword
///     table `han_keywords` at every position (the longest keyword ending there wins);
///     runs of Latin letters (accents folded, lower case) form words that are looked up
///     in `latin_keywords`. Single letters joined by full stops or a slash form one word,
///     so "S.p.A.", "S.P.A", "SpA" and "spa" all read "spa", "K.K." reads "kk" and
///     "A/S" reads "as".
///  3. **evidence** — each keyword adds one cue: a legal form, a trade union, a
///     hospital, university, institute or government word, a weak government word, an
///     enterprise word. In CJK text the *head* of the name is the right-most
///     organisation word, because Chinese, Japanese and Korean names end with the body
///     they name: 浙江大学台州研究院 is an institute founded by a university,
///     北京大学第三医院 a hospital, 中国科学院大学 a university. In Latin text the head
///     comes first ("University of …", "Institute of …") and a fixed order decides.
///  4. **decision**, in this order of precedence:
///     1. a trade union as the head of the name (…工会, …工会委员会) → government (an
///        "other organisation"), even when it belongs to a company;
///     2. a legal form anywhere → enterprise: 公司 (有限公司, 股份有限公司, 分公司, …),
///        集团, 合伙, 事务所, 合作社, 银行, 商行, a final 厂 or 店, 经营部 / 门市部 /
///        营业部; the Japanese and Korean company forms 株式会社, 有限会社, 合同会社
///        (…会社), (株), 주식회사, 유한회사 (…회사), (주), 공사; Latin-script forms Co.,
///        Company, Ltd., Limited, LLC, LLP, plc, Pty, Pte, GmbH, "mit beschränkter
///        Haftung", KGaA, Aktiengesellschaft, Kommanditgesellschaft, Aktiebolag(et),
///        (publ), SAS, SARL, "Société anonyme", "Sociedad anónima", S.p.A., S.r.l.,
///        s.r.o., Sp. z o.o., N.V., "naamloze vennootschap", B.V., Oyj, ASA, ApS, K.K.,
///        Kabushiki Kaisha, Ltda., Bhd., Tbk, UAB, OOO, d.o.o., Kft., Zrt.; and the short
///        forms AG, KG, SE, S.A., S.L., AB, Oy, OÜ, AS, A/S, SIA, LP, which count only when written with full stops or as the last
///        word (so that "Kim Se Jin" stays a person's name). A legal form outweighs every
///        other word: 攀钢集团攀枝花钢铁研究院有限公司, a company's research institute
///        (…有限公司…研究所) and a hospital company (…医院管理有限公司) are enterprises.
///        Corporation, Corp., Inc. and Incorporated are enterprise forms too, except
///        beside a Latin hospital, university or Institute word, because non-profit
///        bodies incorporate under them ("The General Hospital Corporation",
///        "Dana-Farber Cancer Institute, Inc."; but "Lam Research Corporation");
///     3. the head organisation word (CJK): 医院, 卫生院, 保健院 (妇幼保健院), 疗养院,
///        诊所, 门诊部, 卫生服务中心, 急救中心, 病院, 병원 → hospital; 大学, 学院
///        (not 科学院), 学校, 研究生院, 学校法人, 대학교, 대학, 대학원, 산학협력단 /
///        产学协力团 (a university's industry-cooperation foundation), 과학기술원 /
///        科学技术院 (KAIST-style universities) → university; 研究院, 研究所, 研究中心,
///        研究室, 实验室, 科学院, 工程院, 科学中心, 疾病预防控制中心 / 疾控中心, the public
///        centres of observation, survey and testing (气象中心, 探测中心, 调查中心,
///        监测中心, 观测中心, 测试中心, 检测中心, 检验中心), 设计院, 规划院, 勘察院,
///        测绘院, 研究总院, 天文台, 气象台, 试验站, 研究機構, 研究開発機構, 研究開発法人,
///        연구원, 연구소 → institute; 局, 厅,
///        政府, 海关, 委员会, 协会, 学会, 研究会, 基金会, 联合会, 商会, 促进会, 联盟, 党校,
///        部队, schools below university level (中学, 小学, 중학교, 고등학교), 재단, 협회
///        → government. A university-founded institute or centre that is a legal person
///        (浙江大学台州研究院, 浙江大学杭州国际科创中心) is an institute because 研究院 or
///        中心 comes last (a 中心 after a university word is an institute), while
///        …大学…研究生院 stays a university and so does a college named …大学…科学院
///        (华科 + 学院);
///     4. Latin organisation words, in the order hospital (Hospital, Clinic(s),
///        Clinique, Klinik, Klinikum, Universitätsklinikum, Hôpital(ux), "Medical Center",
///        "Cancer Center") > university (Universit…, Universid…, College, School,
///        Hochschule, Polytechnic, Politecnico, Polytechnique, Daigaku, "Institute of
///        Technology", "Institute of Science and Technology") > institute (Institut…,
///        Istitut…, Laborat… but see below, Academy, Academia, Akademie, Research,
///        Recherche, Ricerca/Ricerche, Forschung…, Investigaci…, Onderzoek, Kenkyusho,
///        Fraunhofer, CNRS, INSERM, CSIRO, RIKEN, Planck, "National Laboratories") >
///        government (Ministry, Department, Agency, Council, Association, Society,
///        Foundation, Stiftung, Verein, e.V., Government, Commission, Committee, Office,
///        Bureau, Authority, Administration, Federation, Union, Republic, Municipal,
///        County, Board, Army, Navy);
///     5. a Latin enterprise word → enterprise: Laboratories, Laboratoires, Labs,
///        Pharma, Pharmaceutical(s), Farmaceutici, Technologies, Industries, Holding(s),
///        Group, Groupe, Gruppe, Enterprises, Systems, Electronics, Semiconductor(s),
///        Therapeutics, Motors, Engines, Aircraft, Chemical(s), Materials, Energy,
///        Software, Networks, Solutions, Bank, Seiyaku, Kogyo, Denki, Seisakusho, Shoji …
///        (the nouns of industries: a name with one of them is not a person's);
///     6. a weak government word: 中心 without a research, health or observation word,
///        a final 部, 所, 院, 会, 站, 馆, 处, 署, 委, 队 or 军 (军 only after five Han
///        characters: 刘军 and 王建军 are persons), Center / Centre → government;
///     7. **individual** — a name of 2 to 4 Han characters and nothing else (张昆,
///        欧阳娜娜), or of 5 beginning with a compound surname (欧阳海燕伟), or Han names
///        joined by a middle dot (买买提·艾力), or a Latin-script name of 2 to 4 words
///        made only of letters (accented ones too), full stops, hyphens, apostrophes and
///        at most two commas ("John A. Smith", "WANG, Wei", "HOLZAPFEL, MARTIN, DR.",
///        "José García"), with no keyword at all;
///     8. otherwise **unknown** (including empty text, white space only, NUL bytes and
///        invalid UTF-8).
///
/// Extending the rules: a CJK keyword is one line in `han_keywords` (text, cue, whether
/// it counts only at the end of the name, and what it says after a university word when
/// that differs); a Latin keyword is one line in
/// `latin_keywords` (kept in alphabetical order, checked at compile time).
///
/// Known limits: a short company name without a legal form ("华为", "Google") is read
/// as an individual (Han) or unknown (one Latin word); a 2-4 character organisation
/// name ending in none of the words above may be read as a person; a two-word Latin
/// company name without any keyword ("Tencent Music") reads as a person.

#include <ineq/patent/applicant.hpp>
#include <ineq/detail/utf8.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ineq {
namespace detail::classify {

// ---------------------------------------------------------------------------------------
// Cues: what one keyword says about the applicant.

enum class cue : std::uint8_t {
    none,
    legal_form,       ///< a company's legal form: enterprise, whatever else the name says
    trade_union,      ///< a trade union: government when it is the head of the name
    hospital,         ///< organisation words: in CJK text the right-most one decides
    university,
    institute,
    government,
    weak_government,  ///< 中心, a final 部/所/院…, Center: government if nothing else decides
    enterprise_word,  ///< Technologies, Laboratories…: enterprise if no organisation word decides
};

[[nodiscard]] constexpr bool is_head_cue(cue c) noexcept {
    return c == cue::trade_union || c == cue::hospital || c == cue::university || c == cue::institute ||
           c == cue::government;
}

// ---------------------------------------------------------------------------------------
// Step 2a: CJK keywords (Han, kana, Hangul), matched as suffixes of the text read so far.

struct han_keyword {
    std::string_view text;  ///< UTF-8; simplified and traditional forms are listed apart
    cue what;
    bool final_only = false;  ///< counts only as the last character(s) of the name
    cue after_university = cue::none;  ///< what it says after a university word, if different
};

inline constexpr auto han_keywords = std::to_array<han_keyword>({
    // legal forms
    {"公司", cue::legal_form},
    {"集团", cue::legal_form},
    {"集團", cue::legal_form},
    {"合伙", cue::legal_form},
    {"合夥", cue::legal_form},
    {"事务所", cue::legal_form},
    {"事務所", cue::legal_form},
    {"合作社", cue::legal_form},
    {"银行", cue::legal_form},
    {"銀行", cue::legal_form},
    {"商行", cue::legal_form},
    {"经营部", cue::legal_form},
    {"經營部", cue::legal_form},
    {"门市部", cue::legal_form},
    {"門市部", cue::legal_form},
    {"营业部", cue::legal_form},
    {"營業部", cue::legal_form},
    {"会社", cue::legal_form},  // Japanese 株式会社, 有限会社, 合同会社, 合資会社
    {"會社", cue::legal_form},
    {"(株)", cue::legal_form},
    {"（株）", cue::legal_form},
    {"회사", cue::legal_form},  // Korean 주식회사, 유한회사
    {"(주)", cue::legal_form},
    {"（주）", cue::legal_form},
    {"공사", cue::legal_form},  // Korean public corporation (한국전력공사)
    {"厂", cue::legal_form, true},
    {"廠", cue::legal_form, true},
    {"店", cue::legal_form, true},
    // trade unions
    {"工会", cue::trade_union},
    {"工會", cue::trade_union},
    {"工会委员会", cue::trade_union},
    {"工會委員會", cue::trade_union},
    // hospitals
    {"医院", cue::hospital},
    {"醫院", cue::hospital},
    {"病院", cue::hospital},
    {"卫生院", cue::hospital},
    {"衛生院", cue::hospital},
    {"保健院", cue::hospital},
    {"疗养院", cue::hospital},
    {"療養院", cue::hospital},
    {"诊所", cue::hospital},
    {"診所", cue::hospital},
    {"门诊部", cue::hospital},
    {"門診部", cue::hospital},
    {"卫生服务中心", cue::hospital},
    {"衛生服務中心", cue::hospital},
    {"急救中心", cue::hospital},
    {"医疗中心", cue::hospital},
    {"醫療中心", cue::hospital},
    {"병원", cue::hospital},
    // universities and schools
    {"大学", cue::university},
    {"大學", cue::university},
    {"学院", cue::university},
    {"學院", cue::university},
    {"学校", cue::university},
    {"學校", cue::university},
    {"研究生院", cue::university},
    {"学校法人", cue::university},
    {"學校法人", cue::university},
    {"대학교", cue::university},
    {"대학", cue::university},
    {"대학원", cue::university},
    {"산학협력단", cue::university},
    {"학교법인", cue::university},
    {"과학기술원", cue::university},  // KAIST, GIST, DGIST, UNIST: universities by law
    {"科学技术院", cue::university},  // the same in Chinese (韩国科学技术院)
    {"科學技術院", cue::university},
    {"产学协力团", cue::university},  // 산학협력단 in Chinese
    {"產學協力團", cue::university},
    // research institutes
    {"研究院", cue::institute},
    {"研究所", cue::institute},
    {"研究中心", cue::institute},
    {"研究室", cue::institute},
    {"实验室", cue::institute},
    {"實驗室", cue::institute},
    {"实验站", cue::institute},
    {"實驗站", cue::institute},
    {"试验站", cue::institute},
    {"試驗站", cue::institute},
    // …大学华科学院 is a college (华科 + 学院) of a university, not an academy
    {"科学院", cue::institute, false, cue::university},
    {"科學院", cue::institute, false, cue::university},
    {"工程院", cue::institute},
    {"科学中心", cue::institute},
    {"科學中心", cue::institute},
    {"疾病预防控制中心", cue::institute},
    {"疾病預防控制中心", cue::institute},
    {"疾控中心", cue::institute},
    // public centres of observation, survey and testing
    {"气象中心", cue::institute},
    {"氣象中心", cue::institute},
    {"探测中心", cue::institute},
    {"探測中心", cue::institute},
    {"调查中心", cue::institute},
    {"調查中心", cue::institute},
    {"监测中心", cue::institute},
    {"監測中心", cue::institute},
    {"观测中心", cue::institute},
    {"觀測中心", cue::institute},
    {"测试中心", cue::institute},
    {"測試中心", cue::institute},
    {"检测中心", cue::institute},
    {"檢測中心", cue::institute},
    {"检验中心", cue::institute},
    {"檢驗中心", cue::institute},
    {"设计院", cue::institute},
    {"設計院", cue::institute},
    {"规划院", cue::institute},
    {"規劃院", cue::institute},
    {"勘察院", cue::institute},
    {"测绘院", cue::institute},
    {"測繪院", cue::institute},
    {"研究总院", cue::institute},
    {"研究總院", cue::institute},
    {"设计总院", cue::institute},
    {"設計總院", cue::institute},
    {"天文台", cue::institute},
    {"气象台", cue::institute},
    {"氣象台", cue::institute},
    {"研究開発機構", cue::institute},
    {"研究开发机构", cue::institute},
    {"研究開発法人", cue::institute},  // Japanese national R&D agencies
    {"研究機構", cue::institute},
    {"研究机构", cue::institute},
    {"연구원", cue::institute},
    {"연구소", cue::institute},
    // government and other organisations
    {"局", cue::government},
    {"厅", cue::government},
    {"廳", cue::government},
    {"政府", cue::government},
    {"海关", cue::government},
    {"海關", cue::government},
    {"委员会", cue::government},
    {"委員會", cue::government},
    {"协会", cue::government},
    {"協會", cue::government},
    {"学会", cue::government},
    {"學會", cue::government},
    {"研究会", cue::government},
    {"研究會", cue::government},
    {"基金会", cue::government},
    {"基金會", cue::government},
    {"联合会", cue::government},
    {"聯合會", cue::government},
    {"商会", cue::government},
    {"商會", cue::government},
    {"促进会", cue::government},
    {"促進會", cue::government},
    {"联盟", cue::government},
    {"聯盟", cue::government},
    {"党校", cue::government},
    {"黨校", cue::government},
    {"部队", cue::government},
    {"部隊", cue::government},
    {"중학교", cue::government},  // schools below university level
    {"고등학교", cue::government},
    {"中学", cue::government},
    {"中學", cue::government},
    {"小学", cue::government},
    {"小學", cue::government},
    {"재단", cue::government},
    {"협회", cue::government},
    // weak government words
    // a centre founded by a university (…大学…创新中心) is an institute
    {"中心", cue::weak_government, false, cue::institute},
    {"部", cue::weak_government, true},
    {"所", cue::weak_government, true},
    {"院", cue::weak_government, true},
    {"会", cue::weak_government, true},
    {"站", cue::weak_government, true},
    {"馆", cue::weak_government, true},
    {"处", cue::weak_government, true},
    {"署", cue::weak_government, true},
    {"委", cue::weak_government, true},
    {"队", cue::weak_government, true},
});

/// 军 (army) ends many given names (刘军, 王建军), so it is handled apart: see `decide`.
inline constexpr std::string_view army_text = "军";

/// Last code point of a UTF-8 keyword.
[[nodiscard]] constexpr char32_t last_code_point(std::string_view s) noexcept {
    std::size_t i = s.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0u) == 0x80u) --i;
    return utf8::next(s, i);
}

/// Indices into `han_keywords`, sorted by last code point and, within one last code
/// point, longest keyword first (so the first match is the longest).
inline constexpr auto han_by_last = [] {
    std::array<std::uint8_t, han_keywords.size()> order{};
    for (std::size_t i = 0; i != order.size(); ++i) order[i] = static_cast<std::uint8_t>(i);
    std::sort(order.begin(), order.end(), [](std::uint8_t a, std::uint8_t b) {
        const char32_t la = last_code_point(han_keywords[a].text);
        const char32_t lb = last_code_point(han_keywords[b].text);
        if (la != lb) return la < lb;
        return han_keywords[a].text.size() > han_keywords[b].text.size();
    });
    return order;
}();

/// Last code point of each keyword of `han_by_last`, in that order.
inline constexpr auto han_last_cp = [] {
    std::array<char32_t, han_keywords.size()> cp{};
    for (std::size_t k = 0; k != cp.size(); ++k) cp[k] = last_code_point(han_keywords[han_by_last[k]].text);
    return cp;
}();

/// The code point before the last one of each keyword of `han_by_last` (0 for a
/// keyword of one code point), and whether the keyword has at most two code points
/// (then these two decide the match).
inline constexpr auto han_prev_cp = [] {
    std::array<char32_t, han_keywords.size()> cp{};
    for (std::size_t k = 0; k != cp.size(); ++k) {
        const std::string_view t = han_keywords[han_by_last[k]].text;
        std::size_t i = t.size() - 1;
        while (i > 0 && (static_cast<unsigned char>(t[i]) & 0xC0u) == 0x80u) --i;
        cp[k] = i == 0 ? char32_t{0} : last_code_point(t.substr(0, i));
    }
    return cp;
}();
inline constexpr auto han_short = [] {
    std::array<bool, han_keywords.size()> s{};
    for (std::size_t k = 0; k != s.size(); ++k) {
        const std::string_view t = han_keywords[han_by_last[k]].text;
        std::size_t points = 0;
        for (const char b : t) points += (static_cast<unsigned char>(b) & 0xC0u) != 0x80u;
        s[k] = points <= 2;
    }
    return s;
}();

inline constexpr char32_t han_first = 0x4E00;
inline constexpr char32_t han_last = 0x9FFF;

/// For every code point U+4E00..U+9FFF, one plus the position in `han_by_last` of the
/// first keyword ending in it (0: none): one load per Han character is the scan's
/// common step.
inline constexpr auto han_group = [] {
    std::array<std::uint8_t, han_last - han_first + 1> g{};
    for (std::size_t k = han_by_last.size(); k-- > 0;) {
        const char32_t c = han_last_cp[k];
        if (c >= han_first && c <= han_last) g[c - han_first] = static_cast<std::uint8_t>(k + 1);
    }
    return g;
}();

static_assert(han_keywords.size() < 255, "han_group stores positions in one byte");
static_assert(
    [] {
        for (std::size_t i = 0; i != han_keywords.size(); ++i) {
            if (!utf8::is_clean_text(han_keywords[i].text) || han_keywords[i].text.empty()) return false;
            for (std::size_t j = 0; j != i; ++j) {
                if (han_keywords[j].text == han_keywords[i].text) return false;
            }
        }
        return true;
    }(),
    "CJK keywords must be distinct, non-empty UTF-8");

/// Position in `han_by_last` of the first keyword ending in code point `c` (the size of
/// `han_by_last` if none).
[[nodiscard]] constexpr std::size_t first_keyword_ending(char32_t c) noexcept {
    if (c - han_first <= han_last - han_first) {
        const std::uint8_t g = han_group[c - han_first];
        return g == 0 ? han_by_last.size() : g - 1u;
    }
    // Kana, Hangul and brackets: few keywords, a binary search.
    return static_cast<std::size_t>(std::lower_bound(han_last_cp.begin(), han_last_cp.end(), c) -
                                    han_last_cp.begin());
}

/// Marks "no keyword" where a position in `han_keywords` is expected.
inline constexpr std::size_t no_keyword = static_cast<std::size_t>(-1);

/// Position in `han_keywords` of the longest keyword that ends the text `before`, whose
/// last code point is `c` and the one before it `prev`, trying the keywords from position
/// `k` of `han_by_last` on; `no_keyword` if none. (A position rather than a pointer: g++
/// cannot constant-evaluate a pointer's comparison with nullptr under -fsanitize=null.)
[[nodiscard]] constexpr std::size_t match_han(std::size_t k, char32_t c, char32_t prev,
                                              std::string_view before) noexcept {
    for (; k < han_last_cp.size() && han_last_cp[k] == c; ++k) {
        // Compare the code point before the last one first: most candidates fail there.
        if (han_prev_cp[k] != 0 && han_prev_cp[k] != prev) continue;
        const han_keyword& w = han_keywords[han_by_last[k]];
        if (han_short[k] || before.ends_with(w.text)) return han_by_last[k];
    }
    return no_keyword;
}

// ---------------------------------------------------------------------------------------
// Step 2b: Latin-script words.

enum class latin_class : std::uint8_t {
    legal,            ///< a legal form anywhere
    legal_nonprofit,  ///< Corporation, Inc.: also used by non-profit hospitals, universities, institutes
    legal_short,      ///< a legal form when written with full stops or as the last word
    enterprise_word,
    hospital,
    university,
    institute,
    government,
    centre,           ///< Center / Centre: government, hospital after Medical or Cancer
    phrase,           ///< of, and, science, technology, …: only inside phrases
};

struct latin_keyword {
    std::string_view word;  ///< lower case, accents folded, full stops removed
    latin_class cls;
};

/// Latin-script keywords in alphabetical order (checked below).
inline constexpr auto latin_keywords = std::to_array<latin_keyword>({
    {"ab", latin_class::legal_short},
    {"academia", latin_class::institute},
    {"academy", latin_class::institute},
    {"administration", latin_class::government},
    {"ag", latin_class::legal_short},
    {"agence", latin_class::government},
    {"agency", latin_class::government},
    {"aircraft", latin_class::enterprise_word},
    {"airlines", latin_class::enterprise_word},
    {"akademie", latin_class::institute},
    {"aksjeselskap", latin_class::legal},
    {"aktieselskab", latin_class::legal},
    {"and", latin_class::phrase},
    {"anonima", latin_class::legal},
    {"anonyme", latin_class::legal},
    {"aps", latin_class::legal},
    {"army", latin_class::government},
    {"as", latin_class::legal_short},
    {"asa", latin_class::legal},
    {"association", latin_class::government},
    {"authority", latin_class::government},
    {"automobiles", latin_class::enterprise_word},
    {"automotive", latin_class::enterprise_word},
    {"bank", latin_class::enterprise_word},
    {"bhd", latin_class::legal},
    {"biotech", latin_class::enterprise_word},
    {"board", latin_class::government},
    {"bureau", latin_class::government},
    {"bv", latin_class::legal},
    {"cancer", latin_class::phrase},
    {"center", latin_class::centre},
    {"centre", latin_class::centre},
    {"centro", latin_class::centre},
    {"chemical", latin_class::enterprise_word},
    {"chemicals", latin_class::enterprise_word},
    {"cie", latin_class::legal},
    {"clinic", latin_class::hospital},
    {"clinica", latin_class::hospital},
    {"clinics", latin_class::hospital},
    {"clinique", latin_class::hospital},
    {"cnrs", latin_class::institute},
    {"co", latin_class::legal},
    {"college", latin_class::university},
    {"commission", latin_class::government},
    {"committee", latin_class::government},
    {"communications", latin_class::enterprise_word},
    {"company", latin_class::legal},
    {"corp", latin_class::legal_nonprofit},
    {"corporation", latin_class::legal_nonprofit},
    {"council", latin_class::government},
    {"county", latin_class::government},
    {"csiro", latin_class::institute},
    {"daigaku", latin_class::university},
    {"denki", latin_class::enterprise_word},
    {"department", latin_class::government},
    {"devices", latin_class::enterprise_word},
    {"doo", latin_class::legal},
    {"electric", latin_class::enterprise_word},
    {"electronics", latin_class::enterprise_word},
    {"energy", latin_class::enterprise_word},
    {"engines", latin_class::enterprise_word},
    {"enterprises", latin_class::enterprise_word},
    {"ev", latin_class::government},
    {"farmaceutica", latin_class::enterprise_word},
    {"farmaceutici", latin_class::enterprise_word},
    {"federation", latin_class::government},
    {"fondation", latin_class::government},
    {"fondazione", latin_class::government},
    {"foods", latin_class::enterprise_word},
    {"for", latin_class::phrase},
    {"foundation", latin_class::government},
    {"fraunhofer", latin_class::institute},
    {"fundacion", latin_class::government},
    {"gmbh", latin_class::legal},
    {"government", latin_class::government},
    {"group", latin_class::enterprise_word},
    {"groupe", latin_class::enterprise_word},
    {"gruppe", latin_class::enterprise_word},
    {"haftung", latin_class::legal},
    {"hochschule", latin_class::university},
    {"holding", latin_class::enterprise_word},
    {"holdings", latin_class::enterprise_word},
    {"hopital", latin_class::hospital},
    {"hopitaux", latin_class::hospital},
    {"hospital", latin_class::hospital},
    {"hospitals", latin_class::hospital},
    {"inc", latin_class::legal_nonprofit},
    {"incorporated", latin_class::legal_nonprofit},
    {"industries", latin_class::enterprise_word},
    {"inserm", latin_class::institute},
    {"instruments", latin_class::enterprise_word},
    {"kabushiki", latin_class::legal},
    {"kaisha", latin_class::legal},
    {"kenkyusho", latin_class::institute},
    {"kft", latin_class::legal},
    {"kg", latin_class::legal_short},
    {"kgaa", latin_class::legal},
    {"kk", latin_class::legal},
    {"klinik", latin_class::hospital},
    {"klinikum", latin_class::hospital},
    {"kogyo", latin_class::enterprise_word},
    {"lab", latin_class::institute},
    {"laboratoires", latin_class::enterprise_word},
    {"laboratories", latin_class::enterprise_word},
    {"labs", latin_class::enterprise_word},
    {"limited", latin_class::legal},
    {"llc", latin_class::legal},
    {"llp", latin_class::legal},
    {"lp", latin_class::legal_short},
    {"ltd", latin_class::legal},
    {"ltda", latin_class::legal},
    {"machinery", latin_class::enterprise_word},
    {"materials", latin_class::enterprise_word},
    {"medical", latin_class::phrase},
    {"ministere", latin_class::government},
    {"ministerio", latin_class::government},
    {"ministry", latin_class::government},
    {"motors", latin_class::enterprise_word},
    {"municipal", latin_class::government},
    {"national", latin_class::phrase},
    {"navy", latin_class::government},
    {"networks", latin_class::enterprise_word},
    {"nv", latin_class::legal},
    {"oao", latin_class::legal},
    {"of", latin_class::phrase},
    {"office", latin_class::government},
    {"onderzoek", latin_class::institute},
    {"oo", latin_class::legal_short},  // Sp. z o.o.
    {"ooo", latin_class::legal},
    {"optics", latin_class::enterprise_word},
    {"ou", latin_class::legal_short},  // Estonian OÜ
    {"oy", latin_class::legal_short},
    {"oyj", latin_class::legal},
    {"pao", latin_class::legal},
    {"petroleum", latin_class::enterprise_word},
    {"pharma", latin_class::enterprise_word},
    {"pharmaceutical", latin_class::enterprise_word},
    {"pharmaceuticals", latin_class::enterprise_word},
    {"planck", latin_class::institute},
    {"plc", latin_class::legal},
    {"politecnico", latin_class::university},
    {"polytechnic", latin_class::university},
    {"polytechnique", latin_class::university},
    {"products", latin_class::enterprise_word},
    {"pte", latin_class::legal},
    {"pty", latin_class::legal},
    {"publ", latin_class::legal},
    {"recherche", latin_class::institute},
    {"recherches", latin_class::institute},
    {"republic", latin_class::government},
    {"research", latin_class::institute},
    {"ricerca", latin_class::institute},
    {"ricerche", latin_class::institute},
    {"riken", latin_class::institute},
    {"robotics", latin_class::enterprise_word},
    {"sa", latin_class::legal_short},
    {"sarl", latin_class::legal},
    {"sas", latin_class::legal},
    {"sasu", latin_class::legal},
    {"school", latin_class::university},
    {"science", latin_class::phrase},
    {"sciences", latin_class::phrase},
    {"se", latin_class::legal_short},
    {"seisakusho", latin_class::enterprise_word},
    {"seiyaku", latin_class::enterprise_word},
    {"semiconductor", latin_class::enterprise_word},
    {"semiconductors", latin_class::enterprise_word},
    {"shoji", latin_class::enterprise_word},
    {"sia", latin_class::legal_short},  // Latvian
    {"sl", latin_class::legal_short},
    {"society", latin_class::government},
    {"software", latin_class::enterprise_word},
    {"solutions", latin_class::enterprise_word},
    {"spa", latin_class::legal},
    {"srl", latin_class::legal},
    {"sro", latin_class::legal},
    {"steel", latin_class::enterprise_word},
    {"stiftung", latin_class::government},
    {"systemes", latin_class::enterprise_word},
    {"systems", latin_class::enterprise_word},
    {"tbk", latin_class::legal},
    {"technologies", latin_class::enterprise_word},
    {"technology", latin_class::phrase},
    {"telecom", latin_class::enterprise_word},
    {"therapeutics", latin_class::enterprise_word},
    {"uab", latin_class::legal},  // Lithuanian
    {"union", latin_class::government},
    {"vennootschap", latin_class::legal},
    {"verein", latin_class::government},
    {"zao", latin_class::legal},
    {"zrt", latin_class::legal},
});

static_assert(std::ranges::is_sorted(latin_keywords, {}, &latin_keyword::word) &&
                  std::ranges::adjacent_find(latin_keywords, {}, &latin_keyword::word) == latin_keywords.end(),
              "latin_keywords must be sorted and distinct");

/// Role of a word in the phrases "Institute of (Science and) Technology", "Medical
/// Center", "Cancer Center" and "National Laboratories".
enum class phrase_word : std::uint8_t { other, of, and_, science, technology, institute, medical, national };

/// Accent-folded lower-case letter of a Latin code point: 'a'..'z', '?' for a letter
/// this table does not fold (still a letter of a person's name), 0 for a non-letter.
[[nodiscard]] constexpr char latin_letter(char32_t c) noexcept {
    if (c >= U'a' && c <= U'z') return static_cast<char>(c);
    if (c >= U'A' && c <= U'Z') return static_cast<char>(c - U'A' + U'a');
    if (c >= 0xC0 && c <= 0xFF) {
        // U+00C0..U+00FF: À..ÿ folded; × and ÷ are not letters.
        constexpr std::string_view fold = "aaaaaaaceeeeiiiidnooooo_ouuuuytsaaaaaaaceeeeiiiidnooooo_ouuuuyty";
        const char f = fold[c - 0xC0];
        return f == '_' ? char{0} : f;
    }
    if (c >= 0x100 && c <= 0x24F) {  // Latin Extended-A and -B
        const char f = utf8::fold_letter(c).letter;
        return f != 0 ? f : '?';
    }
    return 0;
}

// ---------------------------------------------------------------------------------------
// Step 3: evidence.

/// Everything the decision needs, collected in one pass.
struct evidence {
    // from CJK keywords
    bool legal_form = false;
    cue head = cue::none;             ///< right-most CJK organisation word
    bool weak_government = false;     ///< 中心 and the like
    // from Latin words
    bool latin_nonprofit_form = false;  ///< Corporation, Inc.
    bool latin_institute_word = false;  ///< Institute, Institut, Istituto, …
    bool latin_hospital = false;
    bool latin_university = false;
    bool latin_institute = false;
    bool latin_government = false;
    bool latin_enterprise = false;
    bool latin_centre = false;
    bool latin_keyword = false;       ///< any Latin keyword: not a person's name
    bool pending_short_form = false;  ///< a short legal form, counts if no word follows
};

/// The shape of the text, for telling persons' names from everything else.
struct shape {
    bool seen = false;           ///< a character other than white space occurred
    bool pending_space = false;  ///< white space after content, not yet followed by more
    bool inner_space = false;    ///< white space between two characters
    // Han names
    std::size_t han = 0;
    std::size_t name_dots = 0;
    bool only_han = true;        ///< only Han characters, name dots and outer white space
    bool dots_between_han = true;
    // Latin names
    bool latin_name_chars = true;  ///< only letters, white space, . - ' and commas
    std::size_t words = 0;         ///< words of a person's name (Jean-Pierre is one)
    std::size_t commas = 0;
};

[[nodiscard]] constexpr bool is_name_dot(char32_t c) noexcept {
    return c == 0x00B7 || c == 0x30FB || c == 0x2022 || c == 0x2027 || c == 0xFF0E;
}

[[nodiscard]] constexpr bool is_han(char32_t c) noexcept {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FA1F);
}

/// The common two-character (compound) surnames.
inline constexpr std::array<std::string_view, 20> compound_surnames{
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
    "宇文", "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "呼延", "申屠"};

/// The scanner: steps 1 to 3 (decode, tokens, evidence) in one pass over the text.
class scanner {
public:
    constexpr explicit scanner(std::string_view text) noexcept : text_(text) {}

    /// Reads the whole text, collecting evidence and shape.
    constexpr void run() noexcept {
        std::size_t i = 0;
        while (i < text_.size()) {
            // Step 1, decode: one checked step per code point; ill-formed bytes stop the scan.
            const utf8::decoded d = utf8::decode(text_, i);
            if (!d.well_formed) {
                bad_ = true;
                return;
            }
            i += d.length;
            const char32_t c = d.code_point;
            if (c - han_first <= han_last - han_first) {  // the common case first
                han(c, i);
            // cppcheck-suppress knownConditionTrueFalse ; the unsigned test above leaves ASCII here
            } else if (c < 0x80) {  // ASCII: letters, white space, marks
                if (const char l = latin_letter(c); l != 0) {
                    letter(l);
                } else if (utf8::is_space(c)) {
                    space();
                } else if (c == 0) {
                    bad_ = true;  // a NUL byte
                    return;
                } else {
                    ascii_mark(static_cast<char>(c), i);
                }
            } else if (utf8::is_space(c)) {
                space();
            } else if (const char l = latin_letter(c); l != 0) {
                letter(l);
            } else {
                other_cjk(c, i);
            }
            prev_cp_ = c;
        }
        end_word();
        if (is_name_dot(prev_cp_)) shape_.dots_between_han = false;
        if (ev_.pending_short_form) ev_.legal_form = true;
    }

    /// True if the text is not well-formed UTF-8 or holds a NUL byte (the answer is then
    /// `unknown`).
    [[nodiscard]] constexpr bool bad_text() const noexcept { return bad_; }

    [[nodiscard]] constexpr const evidence& found() const noexcept { return ev_; }
    [[nodiscard]] constexpr const shape& form() const noexcept { return shape_; }

private:
    // -- characters ---------------------------------------------------------------------

    constexpr void content() noexcept {
        if (shape_.pending_space) shape_.inner_space = true;
        shape_.pending_space = false;
        shape_.seen = true;
        last_match_ = no_keyword;
    }

    constexpr void space() noexcept {
        end_word();
        if (shape_.seen) shape_.pending_space = true;
        glued_ = false;
        if (is_name_dot(prev_cp_)) shape_.dots_between_han = false;
    }

    constexpr void not_han() noexcept {
        shape_.only_han = false;
        if (is_name_dot(prev_cp_)) shape_.dots_between_han = false;
    }

    constexpr void letter(char l) noexcept {
        content();
        not_han();
        if (!in_word_) {
            in_word_ = true;
            word_len_ = 0;
            run_len_ = 0;
            dotted_ = false;
            if (!glued_) ++shape_.words;
        } else if (join_) {
            run_len_ = 0;  // "S.p" continues the word "sp"
        }
        join_ = false;
        glued_ = false;
        if (word_len_ < word_.size()) word_[word_len_] = l;
        ++word_len_;
        ++run_len_;
    }

    constexpr void ascii_mark(char ch, std::size_t end) noexcept {
        content();
        not_han();
        switch (ch) {
            case '.':
            case '/':
                // After a single letter a full stop or slash joins ("S.p.A." reads "spa",
                // "A/S" reads "as"); after a longer run it ends the word ("Co.Ltd").
                if (ch == '/') shape_.latin_name_chars = false;
                if (!in_word_) break;
                dotted_ = true;
                if (run_len_ == 1 && !join_) {
                    join_ = true;
                } else {
                    end_word();
                }
                break;
            case '-':
            case '\'':
                // Separates keywords ("Fraunhofer-Gesellschaft") but joins the parts of
                // one word of a person's name ("Jean-Pierre", "O'Brien").
                end_word();
                glued_ = true;
                break;
            case ',':
                end_word();
                ++shape_.commas;
                break;
            case ')':
                end_word();
                shape_.latin_name_chars = false;
                han_keyword_at(first_keyword_ending(U')'), U')', end);
                break;
            default:
                end_word();
                shape_.latin_name_chars = false;  // digits, &, parentheses, ...
                break;
        }
    }

    /// A CJK unified ideograph (U+4E00..U+9FFF): the scan's common step.
    constexpr void han(char32_t c, std::size_t end) noexcept {
        end_word();
        content();
        ++shape_.han;  // (a Han character also rules out a Latin person's name)
        if (const std::uint8_t g = han_group[c - han_first]; g != 0) han_keyword_at(g - 1u, c, end);
    }

    /// Every other character: rarer Han blocks, name dots, kana, Hangul, punctuation.
    constexpr void other_cjk(char32_t c, std::size_t end) noexcept {
        end_word();
        content();
        shape_.latin_name_chars = false;
        const bool h = is_han(c);
        const bool dot = !h && is_name_dot(c);
        if (h) {
            ++shape_.han;
        } else if (dot) {
            ++shape_.name_dots;
            if (!is_han(prev_cp_)) shape_.dots_between_han = false;
        } else {
            shape_.only_han = false;
        }
        if (is_name_dot(prev_cp_) && !h) shape_.dots_between_han = false;
        han_keyword_at(first_keyword_ending(c), c, end);
    }

    /// Evidence from the longest CJK keyword ending at byte `end` with code point `c`,
    /// trying the keywords from position `k` of `han_by_last`.
    constexpr void han_keyword_at(std::size_t k, char32_t c, std::size_t end) noexcept {
        const std::size_t found = match_han(k, c, prev_cp_, text_.substr(0, end));
        if (found == no_keyword) return;
        last_match_ = found;
        const han_keyword* w = &han_keywords[found];
        if (w->final_only) return;  // decided at the end
        const cue what =
            (ev_.head == cue::university && w->after_university != cue::none) ? w->after_university : w->what;
        if (what == cue::legal_form) {
            ev_.legal_form = true;
            // a union before a legal form was part of a word: 施工 + 会社, 化工 + 会展有限公司
            if (ev_.head == cue::trade_union) ev_.head = cue::none;
        }
        if (what == cue::weak_government) ev_.weak_government = true;
        if (is_head_cue(what)) ev_.head = what;
    }

    // -- Latin words --------------------------------------------------------------------

    constexpr void end_word() noexcept {
        if (!in_word_) return;
        in_word_ = false;
        join_ = false;
        // Words longer than the buffer are looked at through their first letters only.
        const std::string_view w(word_.data(), std::min(word_len_, word_.size()));
        const phrase_word id = latin_word(w, word_len_ <= word_.size());
        recent_ = {id, recent_[0], recent_[1], recent_[2]};
    }

    constexpr phrase_word latin_word(std::string_view w, bool whole) noexcept {
        const bool dotted = dotted_;
        // A short legal form followed by another word was part of a name ("Kim Se Jin").
        ev_.pending_short_form = false;
        if (whole && (w.ends_with("klinikum") || w.ends_with("klinik"))) return mark(ev_.latin_hospital);
        if (whole && (w.ends_with("aktiebolag") || w.ends_with("aktiebolaget") ||
                      w.ends_with("aktiengesellschaft") || w.ends_with("kommanditgesellschaft"))) {
            return mark(ev_.legal_form);  // Telefonaktiebolaget, Aktiengesellschaft, …
        }
        if (w.starts_with("universit") || w.starts_with("universid")) return mark(ev_.latin_university);
        const auto* it = std::ranges::lower_bound(latin_keywords, w, {}, &latin_keyword::word);
        if (whole && it != latin_keywords.end() && it->word == w) {
            return keyword(*it, dotted);
        }
        if (w.starts_with("institu") || w.starts_with("istitut")) {
            mark(ev_.latin_institute);
            ev_.latin_institute_word = true;
            return phrase_word::institute;
        }
        if (w.starts_with("laborat") || w.starts_with("forschung") || w.starts_with("investigaci")) {
            return mark(ev_.latin_institute);
        }
        return phrase_word::other;
    }

    constexpr phrase_word mark(bool& flag) noexcept {
        flag = true;
        ev_.latin_keyword = true;
        return phrase_word::other;
    }

    constexpr phrase_word keyword(const latin_keyword& k, bool dotted) noexcept {
        const bool keyword_before = ev_.latin_keyword;
        ev_.latin_keyword = true;
        switch (k.cls) {
            case latin_class::legal: ev_.legal_form = true; break;
            case latin_class::legal_nonprofit: ev_.latin_nonprofit_form = true; break;
            case latin_class::legal_short:
                if (dotted) {
                    ev_.legal_form = true;
                } else {
                    ev_.pending_short_form = true;
                    ev_.latin_keyword = keyword_before;  // a name part unless it ends the name
                }
                break;
            case latin_class::enterprise_word:
                if (k.word == "laboratories" && recent_[0] == phrase_word::national) {
                    ev_.latin_institute = true;  // National Laboratories
                } else {
                    ev_.latin_enterprise = true;
                }
                break;
            case latin_class::hospital: ev_.latin_hospital = true; break;
            case latin_class::university: ev_.latin_university = true; break;
            case latin_class::institute: ev_.latin_institute = true; break;
            case latin_class::government:
                if (k.word == "ev" && !dotted) {
                    ev_.latin_keyword = keyword_before;  // "EV" without full stops is not e.V.
                } else {
                    ev_.latin_government = true;
                }
                break;
            case latin_class::centre:
                if (recent_[0] == phrase_word::medical) {
                    ev_.latin_hospital = true;
                } else {
                    ev_.latin_centre = true;
                }
                break;
            case latin_class::phrase: return phrase(k.word);
        }
        return phrase_word::other;
    }

    constexpr phrase_word phrase(std::string_view w) noexcept {
        if (w == "of") return phrase_word::of;
        if (w == "and") return phrase_word::and_;
        if (w == "medical" || w == "cancer") return phrase_word::medical;
        if (w == "national") return phrase_word::national;
        if (w == "technology") {
            // "Institute of Technology", "Institute of Science and Technology"
            if ((recent_[0] == phrase_word::of && recent_[1] == phrase_word::institute) ||
                (recent_[0] == phrase_word::and_ && recent_[1] == phrase_word::science &&
                 recent_[2] == phrase_word::of && recent_[3] == phrase_word::institute)) {
                ev_.latin_university = true;
            }
            return phrase_word::technology;
        }
        if (w == "science" || w == "sciences") return phrase_word::science;
        return phrase_word::other;
    }

    std::string_view text_;
    evidence ev_{};
    shape shape_{};
    std::size_t last_match_ = no_keyword;  ///< CJK keyword ending at the last character (position)
    char32_t prev_cp_ = 0;                     ///< the code point before the current one
    bool bad_ = false;                         ///< ill-formed UTF-8 or a NUL byte
    // the Latin word being read
    std::array<char, 24> word_;  // written before it is read
    std::size_t word_len_ = 0;
    std::size_t run_len_ = 0;  ///< letters since the last joining full stop
    bool in_word_ = false;
    bool join_ = false;        ///< a full stop after a single letter: the next letter joins
    bool dotted_ = false;      ///< the word contains or is followed by a full stop
    bool glued_ = false;       ///< a hyphen or apostrophe before: same word of a person's name
    std::array<phrase_word, 4> recent_{};  ///< the last four words, most recent first

public:
    /// Cue of a final-only keyword that ends the name, and whether it ends in 军.
    [[nodiscard]] constexpr cue final_cue() const noexcept {
        return (last_match_ != no_keyword && han_keywords[last_match_].final_only) ? han_keywords[last_match_].what
                                                                                   : cue::none;
    }
    /// True if the last character other than white space is 军.
    [[nodiscard]] constexpr bool ends_in_army() const noexcept {
        return utf8::trim(text_).ends_with(army_text);
    }
};

// ---------------------------------------------------------------------------------------
// Step 4: decision.

/// Kind named by a head cue (a trade union and a government word: government).
[[nodiscard]] constexpr applicant_kind kind_of(cue head) noexcept {
    switch (head) {
        case cue::hospital: return applicant_kind::hospital;
        case cue::university: return applicant_kind::university;
        case cue::institute: return applicant_kind::institute;
        default: return applicant_kind::government;
    }
}

/// A person's name in Han characters: 2-4 characters, 5 with a compound surname, or
/// 3-16 characters joined by name dots.
[[nodiscard]] constexpr bool han_person(const shape& s, std::string_view text) noexcept {
    if (!s.only_han || s.inner_space || s.han == 0) return false;
    if (s.name_dots == 0) {
        if (s.han >= 2 && s.han <= 4) return true;
        const std::string_view t = utf8::trim(text);
        return s.han == 5 && std::ranges::any_of(compound_surnames, [t](std::string_view n) {
                   return t.starts_with(n);
               });
    }
    return s.dots_between_han && s.han >= 3 && s.han <= 16;
}

/// A person's name in Latin script: 2-4 words of letters, at most two commas.
[[nodiscard]] constexpr bool latin_person(const shape& s) noexcept {
    return s.latin_name_chars && s.han == 0 && s.commas <= 2 && s.words >= 2 && s.words <= 4;
}

/// Step 4: the kind from the evidence, by the precedence of the file documentation.
[[nodiscard]] constexpr applicant_kind decide(const scanner& sc, std::string_view text) noexcept {
    const evidence& e = sc.found();
    const shape& s = sc.form();
    if (!s.seen) return applicant_kind::unknown;
    const cue final_word = sc.final_cue();
    // 1. a trade union heading the name
    if (e.head == cue::trade_union) return applicant_kind::government;
    // 2. a legal form anywhere
    if (e.legal_form || final_word == cue::legal_form) return applicant_kind::enterprise;
    //    Corporation and Inc. unless a hospital, university or institute word says otherwise
    if (e.latin_nonprofit_form && !e.latin_hospital && !e.latin_university && !e.latin_institute_word) {
        return applicant_kind::enterprise;
    }
    // 3. the right-most CJK organisation word
    if (e.head != cue::none) return kind_of(e.head);
    // 4. Latin organisation words
    if (e.latin_hospital) return applicant_kind::hospital;
    if (e.latin_university) return applicant_kind::university;
    if (e.latin_institute) return applicant_kind::institute;
    if (e.latin_government) return applicant_kind::government;
    // 5. Latin enterprise words
    if (e.latin_enterprise) return applicant_kind::enterprise;
    // 6. weak government words; 军 only when the name is not a person's name
    if (e.weak_government || e.latin_centre || final_word == cue::weak_government) {
        return applicant_kind::government;
    }
    const bool plain_han = s.only_han && !s.inner_space && s.name_dots == 0;
    if (!(plain_han && s.han <= 5) && sc.ends_in_army()) return applicant_kind::government;
    // 7. persons' names
    if (han_person(s, text)) return applicant_kind::individual;
    if (!e.latin_keyword && latin_person(s)) return applicant_kind::individual;
    return applicant_kind::unknown;
}

}  // namespace detail::classify

/// Kind of an applicant from its name (Chinese, Japanese, Korean or Latin script); see
/// the file documentation for the keywords and the precedence of the rules (trade union
/// heading the name > legal form > right-most CJK organisation word > Latin
/// organisation word (hospital > university > institute > government) > Latin
/// enterprise word > weak government word > person's name > unknown).
/// Never throws and never allocates; empty text, white space only, embedded NUL bytes
/// and invalid UTF-8 give `applicant_kind::unknown`.
/// Example: `classify_applicant("攀钢集团攀枝花钢铁研究院有限公司")` is `enterprise`;
/// `classify_applicant("浙江大学台州研究院")` is `institute`;
/// `classify_applicant("CHIESI FARMACEUTICI S.P.A.")` is `enterprise`.
[[nodiscard]] constexpr applicant_kind classify_applicant(std::string_view name) noexcept {
    // 1-3. decode, tokens and evidence, in one pass
    detail::classify::scanner sc(name);
    sc.run();
    if (sc.bad_text()) return applicant_kind::unknown;
    // 4. decision
    return detail::classify::decide(sc, name);
}

}  // namespace ineq

#endif
