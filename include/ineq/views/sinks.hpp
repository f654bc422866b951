#ifndef INEQ_VIEWS_SINKS_HPP
#define INEQ_VIEWS_SINKS_HPP

/// \file
/// Sinks that end a pipeline of records in province × year panels:
///
///     auto panel = records | ineq::views::select(ineq::study_rules())
///                          | ineq::to_panel(2012, 2021);   // a count_panel, whole counting
///
/// A sink consumes the range when `|` is evaluated and does exactly what the panel
/// functions do (`ineq::aggregate`, `ineq::cooperation_panels_of`), with the same errors.
/// It needs Eigen (through the panels) but not range-v3: any range of records works on
/// its left, a std::vector as well as a std::views or range-v3 view.

#include <ineq/panel/aggregate.hpp>
#include <ineq/panel/panel.hpp>
#include <ineq/patent/counting.hpp>
#include <ineq/patent/record.hpp>
#include <ineq/patent/selection.hpp>

#include <cstdint>
#include <utility>

namespace ineq {

namespace detail {

/// A sink: `records | sink` is `sink.fn(records)`, for ranges of records only.
template <class Fn>
struct record_sink {
    Fn fn;
    template <patent_record_range R>
    friend auto operator|(R&& records, const record_sink& s) {
        return s.fn(std::forward<R>(records));
    }
};

/// Every record: the predicate of the sinks that keep what the pipeline left them.
struct keep_every_record {
    constexpr bool operator()(const patent_record&) const noexcept { return true; }
};

}  // namespace detail

/// Sink: aggregates the records into a province × year `count_panel`, as
/// `ineq::aggregate<count_panel>(records, first_year, last_year, mode, keep_all)`.
/// \throws domain_error as `aggregate` does, when the range is consumed: last_year before
/// first_year, `counting::fractional` (use `to_fractional_panel`), overflow.
/// Example: `auto p = records | ineq::views::select(ineq::study_rules()) | ineq::to_panel(2012, 2021);`
[[nodiscard]] inline auto to_panel(int first_year, int last_year, counting mode = counting::whole) {
    auto fn = [=]<class R>(R&& records) {
        detail::require_counting_fits<std::int64_t>(mode, "to_panel");  // the error names the sink
        return aggregate<count_panel>(std::forward<R>(records), first_year, last_year, mode,
                                      detail::keep_every_record{});
    };
    return detail::record_sink<decltype(fn)>{fn};
}

/// Sink: aggregates the records into a `fractional_panel` with fractional counting, as
/// `ineq::aggregate<fractional_panel>(records, first_year, last_year, counting::fractional, keep_all)`.
/// \throws domain_error as `aggregate` does (last_year before first_year).
/// Example: `auto p = records | ineq::to_fractional_panel(2012, 2021);`
[[nodiscard]] inline auto to_fractional_panel(int first_year, int last_year) {
    auto fn = [=]<class R>(R&& records) {
        return aggregate<fractional_panel>(std::forward<R>(records), first_year, last_year, counting::fractional,
                                           detail::keep_every_record{});
    };
    return detail::record_sink<decltype(fn)>{fn};
}

/// Sink: both panels of the study (all and cooperative patents) in one pass, as
/// `ineq::cooperation_panels_of<Scalar>(records, rules, base, mode)`: std::int64_t counts
/// by default, `to_cooperation_panels<double>(rules, base, counting::fractional)` for
/// fractional counting.
/// \throws domain_error as `cooperation_panels_of` does.
/// Example: `auto panels = records | ineq::views::classify_applicants | ineq::to_cooperation_panels();`
template <class Scalar = std::int64_t>
[[nodiscard]] auto to_cooperation_panels(selection_rules rules = study_rules(),
                                         selection_rules base = study_inventions(),
                                         counting mode = counting::whole) {
    auto fn = [=]<class R>(R&& records) {
        return cooperation_panels_of<Scalar>(std::forward<R>(records), rules, base, mode);
    };
    return detail::record_sink<decltype(fn)>{fn};
}

}  // namespace ineq

#endif
