#ifndef INEQ_PATENT_SELECTION_HPP
#define INEQ_PATENT_SELECTION_HPP

/// \file
/// The study's selection of patent documents as a set of independent rules that can be
/// switched on and off, with the study's own settings as a named preset.
///
/// A `selection_rules` value is a plain, trivially copyable predicate: pass it to
/// `std::views::filter`, `ranges::views::filter`, `std::ranges::count_if` or
/// `std::erase_if` as it is.
///
///     auto kept = records | std::views::filter(ineq::study_rules());

#include <ineq/patent/applicant.hpp>
#include <ineq/patent/patent_type.hpp>
#include <ineq/patent/record.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace ineq {

/// A set of patent types (a bit set over `patent_type`).
class patent_type_set {
public:
    /// The empty set.
    constexpr patent_type_set() noexcept = default;
    /// The set of the listed types. Example: `patent_type_set{patent_type::invention}`.
    constexpr patent_type_set(std::initializer_list<patent_type> types) noexcept {
        for (const patent_type t : types) insert(t);
    }
    /// Every type, `unknown` included.
    [[nodiscard]] static constexpr patent_type_set all() noexcept {
        return {patent_type::invention, patent_type::utility_model, patent_type::design, patent_type::unknown};
    }
    constexpr void insert(patent_type t) noexcept { bits_ = static_cast<std::uint8_t>(bits_ | bit(t)); }
    [[nodiscard]] constexpr bool contains(patent_type t) const noexcept { return (bits_ & bit(t)) != 0; }
    friend constexpr bool operator==(patent_type_set, patent_type_set) = default;

private:
    [[nodiscard]] static constexpr std::uint8_t bit(patent_type t) noexcept {
        const auto i = static_cast<unsigned>(t);
        return i < 8 ? static_cast<std::uint8_t>(1u << i) : std::uint8_t{0};
    }
    std::uint8_t bits_ = 0;
};

/// Why a document is not selected: the first rule of `selection_rules` (in the order of
/// its members) that it fails, or `selected`.
enum class rejection_reason : std::uint8_t {
    selected,             ///< passes every rule
    patent_type,          ///< its type is not among `types`
    filing_date,          ///< filed outside [filed_from, filed_to], or no valid filing date
    individual_applicant, ///< has an applicant of kind `individual`
    overseas_applicant,   ///< has an applicant for whom `is_overseas` holds
    too_few_applicants,   ///< fewer than `min_applicants` applicants
    no_iur_pair           ///< its applicants form no industry-university-research pair
};

/// English description of a reason, e.g. "individual applicant" (empty outside the
/// enumeration).
/// Example: `to_string(rejection_reason::no_iur_pair)` is "no IUR pair".
[[nodiscard]] constexpr std::string_view to_string(rejection_reason r) noexcept {
    switch (r) {
        case rejection_reason::selected: return "selected";
        case rejection_reason::patent_type: return "patent type";
        case rejection_reason::filing_date: return "filing date";
        case rejection_reason::individual_applicant: return "individual applicant";
        case rejection_reason::overseas_applicant: return "overseas applicant";
        case rejection_reason::too_few_applicants: return "too few applicants";
        case rejection_reason::no_iur_pair: return "no IUR pair";
    }
    return {};
}

/// The role hospitals (`applicant_kind::hospital`) play in the industry-university-
/// research (IUR) pair rule of `selection_rules`.
///  - `institute` (the default): a hospital is counted with the research institutes, so
///    a hospital + enterprise or hospital + university document is an IUR cooperation.
///    CNIPA-based IUR studies usually do this: public hospitals are research-performing
///    public institutions (事业单位), and CNIPA's applicant types (大专院校, 科研单位,
///    企业, 机关团体, 个人) have no class of their own for them. It is also what
///    `cooperation_of` does.
///  - `other`: a hospital is an organisation outside the IUR triangle, like a government
///    body: it neither makes nor prevents a pair. Sources that keep hospitals apart do
///    this: PATSTAT's sector allocation (`psn_sector`, from the ECOOM-Eurostat-EPO
///    EEE-PPAT method) has a HOSPITAL sector of its own, and the OECD Frascati Manual
///    puts university hospitals in the higher-education sector and other hospitals in
///    the sector of whoever controls them.
/// Example: `selection_rules r = study_rules(); r.hospitals = hospital_role::other;`.
enum class hospital_role : std::uint8_t { institute, other };

/// Composable selection rules; a default-constructed value selects every document. Each
/// member switches one rule; the rules are checked in member order and a document is
/// selected when it passes all of them. Applicant rules read the applicants' `kind`,
/// `country` and `province_of` fields, so classify applicants before selecting.
struct selection_rules {
    /// Patent types kept (study: invention only).
    patent_type_set types = patent_type_set::all();
    /// Closed filing-date interval [filed_from, filed_to]; a bound that is not `ok()`
    /// (the default, a zero year_month_day) is open. With either bound set, a document
    /// without a valid filing date is rejected. An interval with filed_from > filed_to
    /// selects nothing.
    std::chrono::year_month_day filed_from{};
    std::chrono::year_month_day filed_to{};
    /// Reject documents with any applicant of kind `individual`.
    bool exclude_individuals = false;
    /// Reject documents with any applicant for whom `is_overseas` holds.
    bool exclude_overseas = false;
    /// Minimum number of applicants (0 or 1: no constraint; study: 2).
    std::size_t min_applicants = 0;
    /// Require `is_iur(cooperation_of(record))`: university + enterprise, university +
    /// institute, enterprise + institute, or all three.
    bool require_iur_pair = false;
    /// How hospitals count in the IUR pair rule (default: with research institutes);
    /// see `hospital_role`.
    hospital_role hospitals = hospital_role::institute;

    /// The first rule `record` fails, or `rejection_reason::selected`.
    [[nodiscard]] rejection_reason why_rejected(const patent_record& record) const noexcept {
        if (!types.contains(record.type)) return rejection_reason::patent_type;
        const bool from = filed_from.ok();
        const bool to = filed_to.ok();
        if (from || to) {
            if (!record.filing_date.ok()) return rejection_reason::filing_date;
            if (from && record.filing_date < filed_from) return rejection_reason::filing_date;
            if (to && filed_to < record.filing_date) return rejection_reason::filing_date;
        }
        if (exclude_individuals) {
            for (const auto& a : record.applicants) {
                if (a.kind == applicant_kind::individual) return rejection_reason::individual_applicant;
            }
        }
        if (exclude_overseas) {
            for (const auto& a : record.applicants) {
                if (is_overseas(a)) return rejection_reason::overseas_applicant;
            }
        }
        if (record.applicants.size() < min_applicants) return rejection_reason::too_few_applicants;
        if (require_iur_pair && !is_iur(cooperation(record))) return rejection_reason::no_iur_pair;
        return rejection_reason::selected;
    }

    /// Cooperation kind of `record` with hospitals in the role `hospitals` gives them:
    /// `cooperation_of(record)`, or with `hospital_role::other` the same with every
    /// hospital read as an organisation outside the IUR triangle.
    [[nodiscard]] cooperation_kind cooperation(const patent_record& record) const noexcept {
        if (hospitals == hospital_role::institute) return cooperation_of(record);
        if (record.applicants.size() < 2) return cooperation_kind::none;
        // The IUR kinds present, hospitals left out; government stands for "none of them".
        std::array<applicant_kind, 3> present{applicant_kind::government, applicant_kind::government,
                                              applicant_kind::government};
        for (const auto& a : record.applicants) {
            if (a.kind == applicant_kind::university) present[0] = a.kind;
            if (a.kind == applicant_kind::enterprise) present[1] = a.kind;
            if (a.kind == applicant_kind::institute) present[2] = a.kind;
        }
        return cooperation_of_kinds(present);
    }

    /// True if `record` passes every rule.
    [[nodiscard]] bool operator()(const patent_record& record) const noexcept {
        return why_rejected(record) == rejection_reason::selected;
    }
};

/// The study's selection: invention patents filed 2012-01-01..2021-12-31 (both
/// included), no individual and no overseas applicant, at least two applicants, and an
/// industry-university-research pair among them.
/// Example: `std::ranges::count_if(records, study_rules())` counts the documents the study
/// keeps as IUR cooperations.
[[nodiscard]] constexpr selection_rules study_rules() noexcept {
    using namespace std::chrono;
    selection_rules r;
    r.types = patent_type_set{patent_type::invention};
    r.filed_from = year{2012} / January / 1;
    r.filed_to = year{2021} / December / 31;
    r.exclude_individuals = true;
    r.exclude_overseas = true;
    r.min_applicants = 2;
    r.require_iur_pair = true;
    return r;
}

/// The type and date rules of `study_rules()` without its applicant rules: invention
/// patents filed 2012-01-01..2021-12-31, whoever applied. A denominator for shares such
/// as a cooperation degree.
/// Example: `std::ranges::count_if(records, study_inventions())`.
[[nodiscard]] constexpr selection_rules study_inventions() noexcept {
    using namespace std::chrono;
    selection_rules r;
    r.types = patent_type_set{patent_type::invention};
    r.filed_from = year{2012} / January / 1;
    r.filed_to = year{2021} / December / 31;
    return r;
}

/// True if `record` passes every rule of `rules`; same as `rules(record)`.
/// Example: `selects(study_rules(), record)`.
[[nodiscard]] inline bool selects(const selection_rules& rules, const patent_record& record) noexcept {
    return rules(record);
}

/// The first rule of `rules` that `record` fails, or `rejection_reason::selected`;
/// same as `rules.why_rejected(record)`. Useful to report how many documents each rule
/// removed.
/// Example: `why_rejected(study_rules(), record) == rejection_reason::no_iur_pair`.
[[nodiscard]] inline rejection_reason why_rejected(const selection_rules& rules, const patent_record& record) noexcept {
    return rules.why_rejected(record);
}

}  // namespace ineq

#endif
