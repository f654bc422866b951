#ifndef INEQ_PATENT_APPLICANT_HPP
#define INEQ_PATENT_APPLICANT_HPP

/// \file
/// Patent applicants: the kind of organisation (or person) an applicant is, the
/// applicant record itself, the CNIPA / incoPat applicant-type vocabulary, and the
/// test for an overseas applicant used by the study's selection.
///
/// Classification of an applicant from its *name* lives in `<ineq/patent/classify.hpp>`.

#include <ineq/detail/text.hpp>
#include <ineq/detail/utf8.hpp>
#include <ineq/region/name.hpp>
#include <ineq/region/prefecture.hpp>
#include <ineq/region/province.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ineq {

/// What kind of body an applicant is. The first three are the three sides of
/// industry-university-research (IUR, 产学研) cooperation. `hospital` stands for
/// hospitals, clinics and health centres (医院, 卫生院, 妇幼保健院, Klinikum); their IUR
/// role is a choice of the analysis (`selection_rules::hospitals` in
/// `<ineq/patent/selection.hpp>`: counted with research institutes by default).
/// `government` stands for government bodies and every other non-commercial
/// organisation that is neither a university, a research institute nor a hospital
/// (associations, alliances, foundations, trade unions, public centres; CNIPA's 机关团体).
enum class applicant_kind : std::uint8_t { enterprise, university, institute, hospital, government, individual, unknown };

/// Lower-case English name: "enterprise", "university", "institute", "hospital",
/// "government", "individual" or "unknown" (empty for a value outside the enumeration).
/// Example: `to_string(applicant_kind::institute)` is "institute".
[[nodiscard]] constexpr std::string_view to_string(applicant_kind k) noexcept {
    switch (k) {
        case applicant_kind::enterprise: return "enterprise";
        case applicant_kind::university: return "university";
        case applicant_kind::institute: return "institute";
        case applicant_kind::hospital: return "hospital";
        case applicant_kind::government: return "government";
        case applicant_kind::individual: return "individual";
        case applicant_kind::unknown: return "unknown";
    }
    return {};
}

/// One applicant (assignee, 申请人 / 专利权人) of a patent document.
struct applicant {
    std::string name{};                        ///< as written in the source, UTF-8
    applicant_kind kind = applicant_kind::unknown;
    std::optional<province> province_of{};     ///< mainland province if known
    std::string country = "CN";                ///< ISO 3166-1 alpha-2 code, "" if unknown
    std::optional<prefecture_info> prefecture_of{};  ///< prefecture-level division if known
};

namespace detail {

struct kind_word {
    std::string_view text;
    applicant_kind kind;
};

inline constexpr std::array<kind_word, 27> applicant_type_words{{
    {"大专院校", applicant_kind::university},
    {"高等院校", applicant_kind::university},
    {"院校", applicant_kind::university},
    {"高校", applicant_kind::university},
    {"科研单位", applicant_kind::institute},
    {"科研院所", applicant_kind::institute},
    {"科研機構", applicant_kind::institute},
    {"科研机构", applicant_kind::institute},
    {"企业", applicant_kind::enterprise},
    {"企業", applicant_kind::enterprise},
    {"工矿企业", applicant_kind::enterprise},
    {"公司", applicant_kind::enterprise},
    {"机关团体", applicant_kind::government},
    {"機關團體", applicant_kind::government},
    {"机关", applicant_kind::government},
    {"团体", applicant_kind::government},
    {"个人", applicant_kind::individual},
    {"個人", applicant_kind::individual},
    {"university", applicant_kind::university},
    {"institute", applicant_kind::institute},
    {"enterprise", applicant_kind::enterprise},
    {"government", applicant_kind::government},
    {"医院", applicant_kind::hospital},
    {"醫院", applicant_kind::hospital},
    {"医疗机构", applicant_kind::hospital},
    {"醫療機構", applicant_kind::hospital},
    {"hospital", applicant_kind::hospital},
}};

}  // namespace detail

/// Applicant kind from the applicant-type field of CNIPA statistics and incoPat
/// exports: 大专院校 → university, 科研单位 → institute, 企业 (工矿企业) → enterprise,
/// 机关团体 → government, 个人 → individual, 医院 / 医疗机构 → hospital.
/// Traditional-character spellings, a few
/// common variants (高校, 科研院所) and the English names printed by `to_string`
/// (any case) are accepted too. Surrounding white space is ignored.
/// Returns `unknown` for anything else, including empty text and invalid UTF-8.
/// Example: `applicant_kind_from_type_text("科研单位")` is `applicant_kind::institute`.
[[nodiscard]] constexpr applicant_kind applicant_kind_from_type_text(std::string_view text) noexcept {
    if (!detail::utf8::is_clean_text(text)) return applicant_kind::unknown;
    const std::string_view t = detail::utf8::trim(text);
    for (const auto& w : detail::applicant_type_words) {
        if (detail::iequals_ascii(t, w.text)) return w.kind;
    }
    if (detail::iequals_ascii(t, "individual") || detail::iequals_ascii(t, "person")) {
        return applicant_kind::individual;
    }
    return applicant_kind::unknown;
}

namespace detail {

/// True if the name places the applicant outside the mainland: `resolve_name(name)`
/// gives Hong Kong, Macao, Taiwan or abroad (`<ineq/region/name.hpp>` states the rules
/// and their precedence; the lists are those of `<ineq/region/outside.hpp>`).
[[nodiscard]] constexpr bool name_outside_mainland(std::string_view name) noexcept {
    return resolve_name(name).outside.has_value();
}

}  // namespace detail

/// True if the applicant is overseas in the study's sense, i.e. outside the 31 mainland
/// provincial-level divisions:
///  - its country code is set and is not "CN" (any case); Hong Kong ("HK"), Macao
///    ("MO") and Taiwan ("TW") count as overseas because they are outside the 31
///    provinces the study covers;
///  - or its country is "CN" or unknown (""), its mainland province is unknown, and
///    `resolve_name` places its name outside the mainland: Hong Kong, Macao or Taiwan
///    (香港大学, 台北医学大学, National Taiwan University) or abroad (三星电子株式会社,
///    麻省理工学院, Robert Bosch GmbH). The rules and their precedence are stated in
///    `<ineq/region/name.hpp>`: a mainland place in brackets or after the parent's name
///    wins (香港中文大学(深圳), 香港理工大学深圳研究院 and 三星(中国)投资有限公司 are not
///    overseas).
/// An empty country code means "unknown", and an unknown country alone does not make
/// an applicant overseas. A known mainland province always wins over the name.
/// Example: `is_overseas({.name = "Google LLC", .country = "US"})` is true;
/// `is_overseas({.name = "香港大学", .country = ""})` is true.
[[nodiscard]] inline bool is_overseas(const applicant& a) noexcept {
    if (!a.country.empty() && !detail::iequals_ascii(a.country, "CN")) return true;
    if (a.province_of.has_value()) return false;
    return detail::name_outside_mainland(a.name);
}

}  // namespace ineq

#endif
