#ifndef INEQ_VIEWS_HPP
#define INEQ_VIEWS_HPP

/// \file
/// range-v3 adaptors that let the study's pipeline read as one expression:
///
///     auto panel = records
///                | ineq::views::classify_applicants   // fill unknown kinds from names
///                | ineq::views::unique_applications() // one document per application
///                | ineq::views::select(ineq::study_rules())
///                | ineq::to_panel(2012, 2021);        // a count_panel, whole counting
///
/// The adaptors are lazy and single-pass friendly; `to_panel` and `to_cooperation_panels`
/// are sinks that consume the range. C++20's std::views::filter works as well with the
/// rules (they are plain predicates); range-v3 is used here because its views compose
/// with stateful callables and build on compilers whose <ranges> is incomplete.

#include <ineq/panel/aggregate.hpp>
#include <ineq/panel/panel.hpp>
#include <ineq/patent/classify.hpp>
#include <ineq/patent/dedup.hpp>
#include <ineq/patent/record.hpp>
#include <ineq/patent/selection.hpp>

#include <range/v3/view/filter.hpp>
#include <range/v3/view/transform.hpp>

#include <memory>
#include <string>
#include <unordered_set>
#include <utility>

namespace ineq {
namespace views {

/// Keeps the records a predicate selects, e.g. `select(ineq::study_rules())`.
/// Example: `records | ineq::views::select(ineq::study_rules())`.
template <class Predicate>
    requires std::predicate<const Predicate&, const patent_record&>
[[nodiscard]] auto select(Predicate rules) {
    return ranges::views::filter(std::move(rules));
}

/// Yields each record with every applicant of kind `unknown` classified from its name
/// (`ineq::classify_applicant`); known kinds (for example from an export's type column)
/// are kept. Records are copied, the source is not modified.
inline constexpr auto classify_applicants = ranges::views::transform([](patent_record r) {
    for (auto& a : r.applicants) {
        if (a.kind == applicant_kind::unknown) {
            a.kind = classify_applicant(a.name);
        }
    }
    return r;
});

namespace detail {
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
}  // namespace detail

/// Keeps the first document of each application (same rule as `ineq::deduplicate`): the
/// A and B publications of one application count once. The view remembers the keys it
/// has seen, so iterate it once; build a fresh view for a second pass.
/// Example: `records | ineq::views::unique_applications() | ...`.
[[nodiscard]] inline auto unique_applications() {
    return ranges::views::filter(detail::first_of_application{});
}

}  // namespace views

namespace detail {
template <class Fn>
struct sink {
    Fn fn;
    template <class R>
    friend auto operator|(R&& records, const sink& s) {
        return s.fn(std::forward<R>(records));
    }
};
}  // namespace detail

/// Sink: aggregates the records into a province × year `count_panel`.
/// Example: `auto p = records | ineq::views::select(ineq::study_rules()) | ineq::to_panel(2012, 2021);`
[[nodiscard]] inline auto to_panel(int first_year, int last_year, counting mode = counting::whole) {
    auto fn = [=](auto&& records) {
        count_panel panel(first_year, last_year);
        detail::require_counting_fits<std::int64_t>(mode, "to_panel");
        for (const patent_record& r : records) {
            add_record(panel, r, mode);
        }
        return panel;
    };
    return detail::sink<decltype(fn)>{fn};
}

/// Sink: aggregates the records into a `fractional_panel` (fractional counting).
[[nodiscard]] inline auto to_fractional_panel(int first_year, int last_year) {
    auto fn = [=](auto&& records) {
        fractional_panel panel(first_year, last_year);
        for (const patent_record& r : records) {
            add_record(panel, r, counting::fractional);
        }
        return panel;
    };
    return detail::sink<decltype(fn)>{fn};
}

/// Sink: both panels of the study (all and cooperative patents) in one pass, as
/// `ineq::cooperation_panels_of` does.
[[nodiscard]] inline auto to_cooperation_panels(selection_rules rules = study_rules(),
                                                selection_rules base = study_inventions(),
                                                counting mode = counting::whole) {
    auto fn = [=](auto&& records) { return cooperation_panels_of(records, rules, base, mode); };
    return detail::sink<decltype(fn)>{fn};
}

}  // namespace ineq

#endif
