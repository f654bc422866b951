#ifndef INEQ_VIEWS_ADAPTORS_HPP
#define INEQ_VIEWS_ADAPTORS_HPP

/// \file
/// range-v3 adaptors over patent records, lazy and without Eigen: classify the
/// applicants, keep one document per application, keep the records a rule selects.
///
///     auto kept = records
///               | ineq::views::classify_applicants    // fill unknown kinds from names
///               | ineq::views::unique_applications()  // one document per application
///               | ineq::views::select(ineq::study_rules());
///
/// Every adaptor takes a `patent_record_range` (a range of anything else is rejected
/// when the expression is compiled). The sinks that turn records into panels are in
/// `<ineq/views/sinks.hpp>`; `<ineq/views.hpp>` includes both. C++20's `std::views::filter`
/// works as well with the rules (they are plain predicates); range-v3 is used here
/// because its views compose with stateful callables and build on compilers whose
/// `<ranges>` is incomplete.

#include <ineq/patent/classify.hpp>
#include <ineq/patent/dedup.hpp>
#include <ineq/patent/record.hpp>
#include <ineq/patent/selection.hpp>

#include <range/v3/range/concepts.hpp>
#include <range/v3/view/filter.hpp>
#include <range/v3/view/transform.hpp>
#include <range/v3/view/view.hpp>

#include <concepts>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>

namespace ineq::views {

namespace detail {

/// The predicate of `select`, constrained to ranges of records.
template <class Predicate>
struct select_fn {
    Predicate rules;

    template <patent_record_range R>
        requires ranges::viewable_range<R>
    auto operator()(R&& records) const {
        return ranges::views::filter(std::forward<R>(records), rules);
    }
};

/// Copies a record with every applicant of kind `unknown` classified from its name.
struct classify_record {
    patent_record operator()(patent_record r) const {
        for (auto& a : r.applicants) {
            if (a.kind == applicant_kind::unknown) {
                a.kind = classify_applicant(a.name);
            }
        }
        return r;
    }
};

struct classify_applicants_fn {
    template <patent_record_range R>
        requires ranges::viewable_range<R>
    auto operator()(R&& records) const {
        return ranges::views::transform(std::forward<R>(records), classify_record{});
    }
};

/// The filter state of `unique_applications`: the keys seen so far, shared by copies of
/// the view's predicate. One pass over the view sees each application once.
struct first_of_application {
    std::shared_ptr<std::unordered_set<std::string>> seen =
        std::make_shared<std::unordered_set<std::string>>();

    bool operator()(const patent_record& r) const {
        const std::string_view key = application_key(r);
        return key.empty() || seen->emplace(key).second;
    }
};

struct unique_applications_fn {
    template <patent_record_range R>
        requires ranges::viewable_range<R>
    auto operator()(R&& records) const {
        return ranges::views::filter(std::forward<R>(records), first_of_application{});
    }
};

}  // namespace detail

/// Keeps the records a predicate selects, e.g. `select(ineq::study_rules())`.
/// Example: `records | ineq::views::select(ineq::study_rules())`.
template <class Predicate>
    requires std::predicate<const Predicate&, const patent_record&>
[[nodiscard]] auto select(Predicate rules) {
    return ranges::make_view_closure(detail::select_fn<Predicate>{std::move(rules)});
}

/// Yields each record with every applicant of kind `unknown` classified from its name
/// (`ineq::classify_applicant`); known kinds (for example from an export's type column)
/// are kept. Records are copied, the source is not modified.
/// Example: `records | ineq::views::classify_applicants`.
inline constexpr auto classify_applicants = ranges::make_view_closure(detail::classify_applicants_fn{});

/// Keeps the first document of each application (same rule as `ineq::deduplicate`): the
/// A and B publications of one application count once. The view remembers the keys it
/// has seen, so iterate it once; build a fresh view for a second pass.
/// Example: `records | ineq::views::unique_applications() | ...`.
[[nodiscard]] inline auto unique_applications() {
    return ranges::make_view_closure(detail::unique_applications_fn{});
}

}  // namespace ineq::views

#endif
