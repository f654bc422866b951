#ifndef INEQ_PATENT_RECORD_HPP
#define INEQ_PATENT_RECORD_HPP

/// \file
/// A patent document (one publication of one application) with its applicants, and the
/// kind of industry-university-research (IUR, 产学研) cooperation its applicants form.

#include <ineq/patent/applicant.hpp>
#include <ineq/patent/patent_type.hpp>

#include <chrono>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <ranges>
#include <string>
#include <string_view>
#include <vector>

namespace ineq {

/// One patent document.
struct patent_record {
    std::string application_number{};  ///< e.g. CN201910123456.7; A and B publications of one application share it
    std::string publication_number{};  ///< e.g. CN110210173A, may be empty
    std::chrono::year_month_day filing_date{};  ///< application (filing) date; the default (year 0, not ok()) means unknown
    patent_type type = patent_type::unknown;
    std::vector<applicant> applicants{};
};

/// What every function that takes a collection of records accepts: an input range whose
/// elements read as `const patent_record&` (a vector or list of records, a span, a
/// std::views or range-v3 view over records, a view that yields records by value such as
/// `ineq::views::classify_applicants`). A range of anything else is rejected when the
/// call is compiled, with this concept named in the diagnostic.
/// Example: `static_assert(ineq::patent_record_range<std::vector<ineq::patent_record>>);`
/// and `static_assert(not ineq::patent_record_range<std::vector<int>>);`.
template <class R>
concept patent_record_range =
    std::ranges::input_range<R> && std::convertible_to<std::ranges::range_reference_t<R>, const patent_record&>;

/// The kind of cooperation among a document's applicants.
///  - `none`: fewer than two applicants (no cooperation at all);
///  - `university_enterprise`, `university_institute`, `enterprise_institute`: exactly
///    two of the three IUR kinds occur among the applicants;
///  - `all_three`: universities, enterprises and institutes all occur;
///  - `other`: two or more applicants that contain no IUR pair — two universities, two
///    enterprises, an enterprise with a government body or with a person, etc.
/// Hospitals count with the research institutes, as CNIPA-based IUR studies usually
/// count them (`selection_rules::hospitals` in `<ineq/patent/selection.hpp>` chooses
/// otherwise). Applicants of other kinds (government, individual, unknown) do not prevent an IUR
/// pair: a university, an enterprise and a government body cooperate as
/// `university_enterprise`. (The study's selection drops documents with an individual
/// applicant by a separate rule.)
enum class cooperation_kind : std::uint8_t {
    none,
    university_enterprise,
    university_institute,
    enterprise_institute,
    all_three,
    other
};

/// English name: "none", "university-enterprise", "university-institute",
/// "enterprise-institute", "all three" or "other" (empty outside the enumeration).
/// Example: `to_string(cooperation_kind::all_three)` is "all three".
[[nodiscard]] constexpr std::string_view to_string(cooperation_kind k) noexcept {
    switch (k) {
        case cooperation_kind::none: return "none";
        case cooperation_kind::university_enterprise: return "university-enterprise";
        case cooperation_kind::university_institute: return "university-institute";
        case cooperation_kind::enterprise_institute: return "enterprise-institute";
        case cooperation_kind::all_three: return "all three";
        case cooperation_kind::other: return "other";
    }
    return {};
}

/// True for the four kinds that make a document an IUR cooperation in the study's
/// sense (every kind except `none` and `other`).
/// Example: `is_iur(cooperation_kind::university_enterprise)` is true.
[[nodiscard]] constexpr bool is_iur(cooperation_kind k) noexcept {
    switch (k) {
        case cooperation_kind::university_enterprise:
        case cooperation_kind::university_institute:
        case cooperation_kind::enterprise_institute:
        case cooperation_kind::all_three: return true;
        default: return false;  // none, other, and values outside the enumeration
    }
}

/// Cooperation kind from a list of applicant kinds; see `cooperation_kind`. Used by
/// `cooperation_of`; available for callers that hold only the kinds.
/// Example: `cooperation_of_kinds({applicant_kind::university, applicant_kind::enterprise})`
/// is `university_enterprise`.
template <typename Range>
[[nodiscard]] constexpr cooperation_kind cooperation_of_kinds(const Range& kinds) noexcept {
    bool u = false;
    bool e = false;
    bool r = false;
    std::size_t n = 0;
    for (const applicant_kind k : kinds) {
        ++n;
        u = u || k == applicant_kind::university;
        e = e || k == applicant_kind::enterprise;
        r = r || k == applicant_kind::institute || k == applicant_kind::hospital;
    }
    if (n < 2) return cooperation_kind::none;
    if (u && e && r) return cooperation_kind::all_three;
    if (u && e) return cooperation_kind::university_enterprise;
    if (u && r) return cooperation_kind::university_institute;
    if (e && r) return cooperation_kind::enterprise_institute;
    return cooperation_kind::other;
}

/// Cooperation kind of a document from its applicants' `kind` fields (classify the
/// applicants first, e.g. with `classify_applicant`); see `cooperation_kind`.
/// Applicants are counted as listed: the same name listed twice counts twice.
/// Example: a record with applicants of kinds {university, institute} gives
/// `cooperation_kind::university_institute`; a record with one applicant gives `none`.
[[nodiscard]] inline cooperation_kind cooperation_of(const patent_record& record) noexcept {
    bool u = false;
    bool e = false;
    bool r = false;
    for (const auto& a : record.applicants) {
        u = u || a.kind == applicant_kind::university;
        e = e || a.kind == applicant_kind::enterprise;
        r = r || a.kind == applicant_kind::institute || a.kind == applicant_kind::hospital;
    }
    if (record.applicants.size() < 2) return cooperation_kind::none;
    if (u && e && r) return cooperation_kind::all_three;
    if (u && e) return cooperation_kind::university_enterprise;
    if (u && r) return cooperation_kind::university_institute;
    if (e && r) return cooperation_kind::enterprise_institute;
    return cooperation_kind::other;
}

}  // namespace ineq

#endif
