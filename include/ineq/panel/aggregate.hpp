#ifndef INEQ_PANEL_AGGREGATE_HPP
#define INEQ_PANEL_AGGREGATE_HPP

/// \file
/// From patent records to region × year panels: each record counts in the year it was
/// filed, for the units of its applicants (provinces by default; prefectures, macro-regions
/// or groups for a panel over another region set), under one of three counting rules
/// (`ineq::counting`, <ineq/patent/counting.hpp>).

#include <ineq/detail/parallel.hpp>
#include <ineq/panel/panel.hpp>
#include <ineq/patent/counting.hpp>
#include <ineq/patent/record.hpp>
#include <ineq/patent/selection.hpp>
#include <ineq/region/province.hpp>
#include <ineq/region/region_set.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <ranges>
#include <string_view>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace ineq {

namespace detail {
/// Fractional counting needs a panel of doubles. Checked before any record is looked at,
/// so that a run over records none of which lands in the panel still reports it.
template <class Scalar>
constexpr void require_counting_fits(counting mode, std::string_view fn) {
    if constexpr (std::is_integral_v<Scalar>) {
        if (mode == counting::fractional) {
            fail(fn, "fractional counting needs a fractional_panel");
        }
    }
}
}  // namespace detail

namespace detail {

/// What adding one record did: whether it added to a cell, and whether an applicant with a
/// mainland province had no unit in the panel's region set.
struct record_placement {
    bool added = false;
    bool unplaced = false;
};

template <class Scalar>
record_placement place_record(basic_panel<Scalar>& panel, const patent_record& record, counting mode) {
    require_counting_fits<Scalar>(mode, "add_record");
    if (!record.filing_date.ok()) {
        return {};
    }
    const int year = static_cast<int>(record.filing_date.year());
    if (!panel.contains_year(year)) {
        return {};
    }
    const region_set& set = *panel.regions();
    if (set.level() == region_level::province) {
        // The province set: each applicant's unit is its province (the study's path).
        switch (mode) {
            case counting::first_applicant: {
                if (record.applicants.empty() || !record.applicants.front().province_of) {
                    return {};
                }
                panel.add(*record.applicants.front().province_of, year, Scalar{1});
                return {true, false};
            }
            case counting::whole: {
                std::array<bool, province::count> seen{};
                bool any = false;
                for (const auto& a : record.applicants) {
                    if (a.province_of && !seen[a.province_of->index()]) {
                        seen[a.province_of->index()] = true;
                        panel.add(*a.province_of, year, Scalar{1});
                        any = true;
                    }
                }
                return {any, false};
            }
            case counting::fractional: break;
        }
    }
    const auto unit_of = [&set](const applicant& a) -> std::optional<std::size_t> {
        if (!a.province_of) {
            return std::nullopt;
        }
        return set.unit_of(*a.province_of, a.prefecture_of);
    };
    record_placement out;
    // The unit of an applicant with a mainland province; an applicant whose unit the set
    // does not know marks the record as unplaced at this level.
    const auto placed_unit = [&unit_of, &out](const applicant& a) -> std::optional<std::size_t> {
        if (!a.province_of) {
            return std::nullopt;
        }
        const auto u = unit_of(a);
        if (!u) {
            out.unplaced = true;
        }
        return u;
    };
    switch (mode) {
        case counting::first_applicant: {
            if (record.applicants.empty() || !record.applicants.front().province_of) {
                return {};
            }
            const auto u = unit_of(record.applicants.front());
            if (!u) {
                return {false, true};
            }
            panel.add(*u, year, Scalar{1});
            return {true, false};
        }
        case counting::whole: {
            // Applicants per record are few: a linear check of the units already counted.
            std::size_t counted[16];
            std::size_t n_counted = 0;
            std::vector<std::size_t> more;
            for (const auto& a : record.applicants) {
                const auto u = placed_unit(a);
                if (!u) {
                    continue;
                }
                const bool seen = std::find(counted, counted + n_counted, *u) != counted + n_counted ||
                                  std::find(more.begin(), more.end(), *u) != more.end();
                if (seen) {
                    continue;
                }
                if (n_counted < 16) {
                    counted[n_counted++] = *u;
                } else {
                    more.push_back(*u);
                }
                panel.add(*u, year, Scalar{1});
                out.added = true;
            }
            return out;
        }
        case counting::fractional: {
            if constexpr (std::is_integral_v<Scalar>) {
                fail("add_record", "fractional counting needs a fractional_panel");
            } else {
                // The share is 1 / (applicants with a mainland province) at every level, so
                // that a roll-up of fully placed records equals direct aggregation.
                std::size_t located = 0;
                for (const auto& a : record.applicants) {
                    located += a.province_of ? 1U : 0U;
                }
                if (located == 0) {
                    return {};
                }
                const double share = 1.0 / static_cast<double>(located);
                for (const auto& a : record.applicants) {
                    const auto u = placed_unit(a);
                    if (!u) {
                        continue;
                    }
                    panel.add(*u, year, share);
                    out.added = true;
                }
                return out;
            }
        }
    }
    return out;
}

}  // namespace detail

namespace detail {

/// Runs `add(part, record)` for every record of a random-access range on `threads`
/// threads, each adding into its own accumulator `parts[t]`, in a way that makes the merged
/// result identical to one thread's:
///  - integer counts: thread t takes the t-th contiguous slice of the records (integer
///    addition is exact in any order);
///  - floating-point counts: thread t takes every record filed in a year y with
///    (y - first_year) % threads == t, in input order, so that each cell receives the same
///    additions in the same order as with one thread and the cells of different threads
///    are disjoint (adding the zeros of the other parts changes no value).
/// Records whose filing date is not valid go to thread 0 (they add nothing).
template <class Scalar, class Records, class Part, class Add>
void parallel_place(const Records& records, unsigned threads, int first_year, std::vector<Part>& parts,
                    const Add& add) {
    const auto n = static_cast<std::size_t>(std::ranges::size(records));
    const auto begin = std::ranges::begin(records);
    const auto job = [&](unsigned t) {
        if constexpr (std::is_integral_v<Scalar>) {
            const std::size_t from = n * t / threads;
            const std::size_t to = n * (t + 1) / threads;
            for (std::size_t i = from; i < to; ++i) {
                add(parts[t], static_cast<const patent_record&>(begin[static_cast<std::ptrdiff_t>(i)]));
            }
        } else {
            for (std::size_t i = 0; i < n; ++i) {
                const patent_record& r = begin[static_cast<std::ptrdiff_t>(i)];
                unsigned owner = 0;
                if (r.filing_date.ok()) {
                    const int d = static_cast<int>(r.filing_date.year()) - first_year;
                    owner = static_cast<unsigned>(((d % static_cast<int>(threads)) + static_cast<int>(threads)) %
                                                  static_cast<int>(threads));
                }
                if (owner == t) add(parts[t], r);
            }
        }
    };
    // One block per part; an exception (an overflowing count) is rethrown after the join.
    run_blocks(threads, threads, [&](std::size_t part, unsigned) { job(static_cast<unsigned>(part)); });
}

/// The thread count to use: `threads` (0: the hardware's), 1 for small or non-random-access
/// inputs where a thread would cost more than it saves.
template <class R>
[[nodiscard]] unsigned usable_threads(const R& records, unsigned threads) {
    if constexpr (std::ranges::random_access_range<R> && std::ranges::sized_range<R>) {
        if (threads == 0) threads = std::max(1U, std::thread::hardware_concurrency());
        if (static_cast<std::size_t>(std::ranges::size(records)) < 4096) return 1;
        return threads;
    } else {
        (void)records;
        return 1;
    }
}

}  // namespace detail

/// Adds one record to a panel. Applicants without a known mainland province (overseas,
/// Hong Kong, Macao, Taiwan, unresolved addresses) add nothing; nor, in a panel over
/// another region set than the provinces, do applicants whose place has no unit there
/// (a province without a prefecture, in a prefecture panel: `cooperation_panels_of`
/// reports such records). A record whose filing date is not valid or falls outside the
/// panel's years adds nothing.
/// Fractional counting gives each applicant with a mainland province the share
/// 1 / (their number) at every level.
/// \returns true if the record added to at least one cell.
/// \throws domain_error if a count would overflow, or for `counting::fractional` on an
/// integer panel (use `fractional_panel`).
/// Example: `ineq::count_panel p(2012, 2021); ineq::add_record(p, record, ineq::counting::whole);`
template <class Scalar>
bool add_record(basic_panel<Scalar>& panel, const patent_record& record, counting mode) {
    return detail::place_record(panel, record, mode).added;
}

/// A panel of the records of `records` that `keep` selects, over first_year..last_year.
/// Deduplicate the records first (`ineq::deduplicate`) so that an application published
/// twice (A and B) counts once. `threads` (optional, default 1; 0: the hardware's) splits a
/// random-access range of at least 4096 records over threads with a result identical to
/// one thread (see `detail::parallel_place`); `keep` is then called from several threads.
/// \throws domain_error as `basic_panel` and `add_record` do.
/// Example: `auto p = ineq::aggregate<ineq::count_panel>(records, 2012, 2021,
///                                                      ineq::counting::whole, ineq::study_rules());`
template <class Panel, patent_record_range R, class Predicate>
    requires std::predicate<const Predicate&, const patent_record&>
[[nodiscard]] Panel aggregate(R&& records, int first_year, int last_year, counting mode,
                              const Predicate& keep,
                              std::shared_ptr<const region_set> regions = province_regions(), unsigned threads = 1) {
    Panel panel(std::move(regions), first_year, last_year);
    detail::require_counting_fits<typename Panel::scalar_type>(mode, "aggregate");
    threads = detail::usable_threads(records, threads);
    if constexpr (std::ranges::random_access_range<R> && std::ranges::sized_range<R>) {
        if (threads > 1) {
            std::vector<Panel> parts(threads, panel);
            detail::parallel_place<typename Panel::scalar_type>(records, threads, first_year, parts,
                                                                [&](Panel& p, const patent_record& r) {
                                                                    if (keep(r)) add_record(p, r, mode);
                                                                });
            for (const Panel& p : parts) panel += p;
            return panel;
        }
    }
    for (const patent_record& r : records) {
        if (keep(r)) {
            add_record(panel, r, mode);
        }
    }
    return panel;
}

/// The two panels of the study: all patents (the denominator, selected by `base`) and
/// cooperative patents (selected by `rules`), counted the same way over the same years.
/// `Scalar` is std::int64_t for whole and first-applicant counting, double for
/// fractional counting.
template <class Scalar>
struct basic_cooperation_panels {
    basic_panel<Scalar> all;
    basic_panel<Scalar> cooperative;
    /// Records of `all` (of `cooperative`) in the panel's years with an applicant whose
    /// province is known but whose unit in the region set is not (always 0 for provinces):
    /// they count at the province level and are missing, wholly or in part, here.
    std::size_t all_unplaced = 0;
    std::size_t cooperative_unplaced = 0;

    basic_cooperation_panels& operator+=(const basic_cooperation_panels& other) {
        all += other.all;
        cooperative += other.cooperative;
        all_unplaced += other.all_unplaced;
        cooperative_unplaced += other.cooperative_unplaced;
        return *this;
    }
    friend bool operator==(const basic_cooperation_panels&, const basic_cooperation_panels&) = default;
};
using cooperation_panels = basic_cooperation_panels<std::int64_t>;
using fractional_cooperation_panels = basic_cooperation_panels<double>;

/// Adds one record to both panels of the study, as `cooperation_panels_of` does for each
/// record: to `panels.all` if `base` selects it, to `panels.cooperative` if `rules` does
/// (`add_record` with `mode`), counting the records that cannot be fully placed. For
/// records that arrive one at a time (an export read row by row); adding the records in
/// input order gives exactly `cooperation_panels_of` of them.
/// \throws domain_error as `add_record` (overflow, fractional counting on integer panels).
/// Example: `ineq::cooperation_panels p{ineq::count_panel(2012, 2021), ineq::count_panel(2012, 2021)};
///           ineq::add_record(p, record, ineq::study_rules(), ineq::study_inventions(), ineq::counting::whole);`
template <class Scalar>
void add_record(basic_cooperation_panels<Scalar>& panels, const patent_record& r, const selection_rules& rules,
                const selection_rules& base, counting mode) {
    if (base(r)) {
        panels.all_unplaced += detail::place_record(panels.all, r, mode).unplaced ? 1U : 0U;
    }
    if (rules(r)) {
        panels.cooperative_unplaced += detail::place_record(panels.cooperative, r, mode).unplaced ? 1U : 0U;
    }
}

/// Both panels of the study in one pass: every record selected by `base` adds to `all`,
/// every record selected by `rules` to `cooperative` (`add_record` with `mode`). The years
/// are those of `rules`' filing-date interval (2012..2021 for `study_rules()`). The count
/// type is the template argument: `cooperation_panels_of(records)` gives
/// `cooperation_panels` (std::int64_t), `cooperation_panels_of<double>(records, rules,
/// base, counting::fractional)` gives `fractional_cooperation_panels`. The rows are the
/// units of `regions` (the 31 provinces by default; `ineq::prefecture_regions()` for
/// cities), with records that cannot be fully placed there counted in `*_unplaced`.
/// `threads` (optional, default 1; 0: the hardware's) splits a random-access range of at
/// least 4096 records over threads; the result is identical to one thread's, also for
/// fractional counts (see `detail::parallel_place`).
/// \throws domain_error if `rules` has no closed filing-date interval, for
/// `counting::fractional` with an integer `Scalar` (even for an empty range), or as
/// `add_record` (overflow).
/// Example: `auto panels = ineq::cooperation_panels_of(ineq::deduplicate(records));`
template <class Scalar = std::int64_t, patent_record_range R>
[[nodiscard]] basic_cooperation_panels<Scalar> cooperation_panels_of(R&& records,
                                                                     const selection_rules& rules = study_rules(),
                                                                     const selection_rules& base = study_inventions(),
                                                                     counting mode = counting::whole,
                                                                     std::shared_ptr<const region_set> regions = province_regions(),
                                                                     unsigned threads = 1) {
    if (!rules.filed_from.ok() || !rules.filed_to.ok()) {
        detail::fail("cooperation_panels_of",
                     "the selection rules need a closed filing-date interval to give the panel's years");
    }
    detail::require_counting_fits<Scalar>(mode, "cooperation_panels_of");
    const int first = static_cast<int>(rules.filed_from.year());
    const int last = static_cast<int>(rules.filed_to.year());
    basic_cooperation_panels<Scalar> out{basic_panel<Scalar>(regions, first, last),
                                         basic_panel<Scalar>(regions, first, last)};
    threads = detail::usable_threads(records, threads);
    if constexpr (std::ranges::random_access_range<R> && std::ranges::sized_range<R>) {
        if (threads > 1) {
            std::vector<basic_cooperation_panels<Scalar>> parts(threads, out);
            detail::parallel_place<Scalar>(records, threads, first, parts,
                                           [&](basic_cooperation_panels<Scalar>& p, const patent_record& r) {
                                               add_record(p, r, rules, base, mode);
                                           });
            for (const auto& p : parts) out += p;
            return out;
        }
    }
    for (const patent_record& r : records) {
        add_record(out, r, rules, base, mode);
    }
    return out;
}

}  // namespace ineq

#endif
