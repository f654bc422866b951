#ifndef INEQ_PANEL_TABLES_HPP
#define INEQ_PANEL_TABLES_HPP

/// \file
/// The study's tables and series from province × year panels: the cooperation-degree table
/// (Table 1), yearly totals (Fig. 1), and the yearly range, sample sd, Gini and CV across
/// provinces with their growth first → last year (Figs. 3 and 4), nationally and per NBS
/// macro-region.

#include <ineq/error.hpp>
#include <ineq/measures/dispersion.hpp>
#include <ineq/measures/gini.hpp>
#include <ineq/measures/growth.hpp>
#include <ineq/panel/panel.hpp>
#include <ineq/region/province.hpp>
#include <ineq/region/region_set.hpp>

#include <algorithm>
#include <cmath>
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ineq {

// ---- Table 1 ------------------------------------------------------------------------------

/// One unit's row of the cooperation-degree table (a province's, or a prefecture's in a
/// table over `prefecture_regions()`). `Count` is std::int64_t for whole or
/// first-applicant counting and double for fractional counting.
template <class Count>
struct basic_cooperation_row {
    std::size_t rank = 0;  ///< 1 = highest degree; units without patents come last
    province where = province::from_index(0);  ///< the province, or the prefecture's province
    std::size_t unit = 0;                      ///< index of the unit in the table's region set
    std::string label;                         ///< the unit's label (English province name, Chinese prefecture name)
    Count all = 0;                 ///< all patents
    Count cooperative = 0;         ///< cooperative patents
    std::optional<double> degree;  ///< cooperative / all; empty when all == 0
};

/// Table 1: rows ranked by cooperation degree (descending; ties keep GB/T code order),
/// then the national level over the sums of the rows and the provinces below it.
template <class Count>
struct basic_cooperation_table {
    std::vector<basic_cooperation_row<Count>> rows;
    Count total_all = 0;
    Count total_cooperative = 0;
    double national_degree = 0.0;  ///< total_cooperative / total_all
    /// Provinces whose degree is below the national level, in rank order (province tables).
    std::vector<province> below_national;
    /// Units whose degree is below the national level, in rank order (every table).
    std::vector<std::size_t> below_national_units;
    /// The region set of the rows.
    std::shared_ptr<const region_set> regions = province_regions();
};

using cooperation_row = basic_cooperation_row<std::int64_t>;
using cooperation_table = basic_cooperation_table<std::int64_t>;
using fractional_cooperation_table = basic_cooperation_table<double>;

/// The cooperation-degree table from per-province totals (`panel.totals_by_province()`,
/// Eigen vectors of std::int64_t or double).
/// \throws domain_error if a count is negative or not finite, a cooperative count exceeds
/// its all count (fractional counts: by more than rounding, 1e-9 relative), or all counts
/// are zero (no national level).
/// Example: `auto t = ineq::cooperation_degree_table_of_totals(all.totals_by_province(),
///                                                            coop.totals_by_province());`
template <class Vector>
[[nodiscard]] auto cooperation_degree_table_of_totals(const Vector& all, const Vector& cooperative,
                                                      const std::shared_ptr<const region_set>& regions = province_regions()) {
    using Count = std::remove_cvref_t<decltype(all[0])>;
    static_assert(std::is_same_v<Count, std::int64_t> || std::is_same_v<Count, double>,
                  "counts are std::int64_t (whole counting) or double (fractional counting)");
    constexpr std::string_view fn = "cooperation_degree_table";
    if (!regions) {
        detail::fail(fn, "needs a region set");
    }
    if (regions->level() == region_level::grouping) {
        detail::fail(fn, "the units of the " + regions->name() +
                             " set are not within one province each: roll the panels up with "
                             "ineq::group and compute degrees per unit from totals_by_unit()");
    }
    const std::size_t n = regions->size();
    if (static_cast<std::size_t>(all.size()) != n || static_cast<std::size_t>(cooperative.size()) != n) {
        detail::fail(fn, regions->level() == region_level::province
                             ? std::string("needs one count per province (31)")
                             : "needs one count per unit of the " + regions->name() + " set (" +
                                   std::to_string(n) + ")");
    }
    basic_cooperation_table<Count> t;
    t.regions = regions;
    for (std::size_t i = 0; i < n; ++i) {
        const Count a = all[static_cast<Eigen::Index>(i)];
        const Count c = cooperative[static_cast<Eigen::Index>(i)];
        for (const Count v : {a, c}) {
            const auto d = static_cast<double>(v);
            if (!(d >= 0.0) || !std::isfinite(d)) {
                detail::fail(fn, "counts must be non-negative and finite", i, d);
            }
        }
        const bool exceeds = std::is_integral_v<Count>
                                 ? c > a
                                 : static_cast<double>(c) > static_cast<double>(a) * (1.0 + 1e-9);
        if (exceeds) {
            detail::fail(fn, regions->level() == region_level::province
                                 ? "cooperative patents exceed all patents of a province"
                                 : "cooperative patents exceed all patents of a unit", i,
                         static_cast<double>(c));
        }
        basic_cooperation_row<Count> row;
        row.where = province::from_index(regions->level() == region_level::province ? i : *regions->parent_of(i));
        row.unit = i;
        row.label = regions->at(i).label;
        row.all = a;
        row.cooperative = c;
        if (a > 0) {
            row.degree = std::min(1.0, static_cast<double>(c) / static_cast<double>(a));
        }
        t.total_all += a;
        t.total_cooperative += c;
        t.rows.push_back(row);
    }
    if (!(t.total_all > 0)) {
        detail::fail(fn, "there are no patents at all, so there is no national level");
    }
    t.national_degree =
        std::min(1.0, static_cast<double>(t.total_cooperative) / static_cast<double>(t.total_all));
    std::ranges::stable_sort(t.rows, [](const auto& x, const auto& y) {
        if (x.degree.has_value() != y.degree.has_value()) {
            return x.degree.has_value();
        }
        return x.degree.has_value() && *x.degree > *y.degree;
    });
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        t.rows[r].rank = r + 1;
        if (t.rows[r].degree && *t.rows[r].degree < t.national_degree) {
            if (regions->level() == region_level::province) {
                t.below_national.push_back(t.rows[r].where);
            }
            t.below_national_units.push_back(t.rows[r].unit);
        }
    }
    return t;
}

/// Table 1 from the all-patents and cooperative-patents panels (summed over their years):
/// a `cooperation_table` of counts for `count_panel`s, a `fractional_cooperation_table`
/// for `fractional_panel`s.
/// \throws domain_error as above, or if the panels cover different years.
/// Example: `auto t = ineq::cooperation_degree_table(panels.all, panels.cooperative);`
template <class Scalar>
[[nodiscard]] basic_cooperation_table<Scalar> cooperation_degree_table(const basic_panel<Scalar>& all,
                                                                       const basic_panel<Scalar>& cooperative) {
    if (all.first_year() != cooperative.first_year() || all.last_year() != cooperative.last_year()) {
        detail::fail("cooperation_degree_table", "the two panels cover different years");
    }
    if (!(all.regions() == cooperative.regions() || *all.regions() == *cooperative.regions())) {
        detail::fail("cooperation_degree_table", "the two panels cover different region sets");
    }
    return cooperation_degree_table_of_totals(all.totals_by_unit(), cooperative.totals_by_unit(), all.regions());
}

// ---- Figs. 1, 3 and 4 ---------------------------------------------------------------------

/// One year of a panel: its total (Fig. 1) and the dispersion of the provinces (Figs. 3, 4).
struct yearly_point {
    int year = 0;
    double total = 0.0;
    double range = 0.0;
    double sample_sd = 0.0;
    /// Gini (eq. 3) and CV (eq. 2) are undefined in a year without patents: empty then.
    std::optional<double> gini;
    std::optional<double> cv;
};

/// A yearly series and the growth of each measure from the first to the last year,
/// (last - first) / first; a growth is empty where its first value is zero or undefined.
struct yearly_series {
    std::vector<yearly_point> points;
    std::optional<double> total_growth;
    std::optional<double> range_growth;
    std::optional<double> sample_sd_growth;
    std::optional<double> gini_growth;
    std::optional<double> cv_growth;
};

namespace detail {
inline std::optional<double> growth_or_empty(std::optional<double> from, std::optional<double> to) {
    if (!from || !to || !(*from > 0.0)) {
        return std::nullopt;
    }
    return growth_rate(*from, *to);
}

template <class Column>
yearly_point yearly_point_of(int year, const Column& values) {
    yearly_point p;
    p.year = year;
    std::vector<double> x;
    x.reserve(static_cast<std::size_t>(values.size()));
    for (Eigen::Index i = 0; i < values.size(); ++i) {
        x.push_back(static_cast<double>(values[i]));
    }
    p.total = 0.0;
    for (double v : x) {
        p.total += v;
    }
    p.range = ineq::range(x);
    p.sample_sd = x.size() >= 2 ? ineq::sample_sd(x) : 0.0;
    if (p.total > 0.0) {
        p.gini = ineq::gini(x);
        if (x.size() >= 2) {
            p.cv = ineq::cv(x);
        }
    }
    return p;
}

template <class Scalar, class Rows>
yearly_series yearly_series_of_rows(const basic_panel<Scalar>& panel, const Rows& rows) {
    yearly_series s;
    for (int y = panel.first_year(); y <= panel.last_year(); ++y) {
        const auto column = panel.year(y);
        Eigen::Matrix<Scalar, Eigen::Dynamic, 1> selected(static_cast<Eigen::Index>(rows.size()));
        for (std::size_t k = 0; k < rows.size(); ++k) {
            selected(static_cast<Eigen::Index>(k)) = column(static_cast<Eigen::Index>(rows[k]));
        }
        s.points.push_back(yearly_point_of(y, selected));
    }
    const auto& first = s.points.front();
    const auto& last = s.points.back();
    s.total_growth = growth_or_empty(first.total, last.total);
    s.range_growth = growth_or_empty(first.range, last.range);
    s.sample_sd_growth = growth_or_empty(first.sample_sd, last.sample_sd);
    s.gini_growth = growth_or_empty(first.gini, last.gini);
    s.cv_growth = growth_or_empty(first.cv, last.cv);
    return s;
}
}  // namespace detail

/// The yearly series across all units of the panel (the 31 provinces by default): total (Fig. 1), range and sample sd
/// (Fig. 3), Gini and CV (Fig. 4), with their growth from the first to the last year.
/// Never throws for a valid panel: undefined values are empty optionals.
/// Example: `auto s = ineq::yearly_inequality(panels.cooperative); s.range_growth;`
template <class Scalar>
[[nodiscard]] yearly_series yearly_inequality(const basic_panel<Scalar>& panel) {
    std::vector<std::size_t> rows(panel.unit_count());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i] = i;
    }
    return detail::yearly_series_of_rows(panel, rows);
}

/// The same series over the provinces of one NBS macro-region (East 10, Central 6,
/// West 12, Northeast 3).
/// \throws domain_error if the panel's units are not provinces.
template <class Scalar>
[[nodiscard]] yearly_series yearly_inequality(const basic_panel<Scalar>& panel, macro_region region) {
    if (panel.regions()->level() != region_level::province) {
        detail::fail("yearly_inequality", "a macro-region's series needs a province panel (roll_up first)");
    }
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < province::count; ++i) {
        if (province::from_index(i).region() == region) {
            rows.push_back(i);
        }
    }
    return detail::yearly_series_of_rows(panel, rows);
}

/// The same series over the units whose parent unit is `parent` (the prefectures of one
/// province, the provinces of one macro-region, the members of a group's parent).
/// \throws domain_error if the panel's set has no parent set, `parent` is not one of its
/// units, or no unit has that parent.
/// Example: `auto s = ineq::yearly_inequality_within(city_panel, ineq::province_from_code(44)->index());`
template <class Scalar>
[[nodiscard]] yearly_series yearly_inequality_within(const basic_panel<Scalar>& panel, std::size_t parent) {
    const auto& set = *panel.regions();
    const auto up = set.parent();
    if (!up) {
        detail::fail("yearly_inequality_within", "the " + set.name() + " set has no parent set");
    }
    if (parent >= up->size()) {
        detail::fail("yearly_inequality_within", "parent unit index out of range", parent,
                     static_cast<double>(parent));
    }
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < set.size(); ++i) {
        if (set.parent_of(i) == parent) {
            rows.push_back(i);
        }
    }
    if (rows.empty()) {
        detail::fail("yearly_inequality_within", "no unit lies in " + up->at(parent).label);
    }
    return detail::yearly_series_of_rows(panel, rows);
}

}  // namespace ineq

#endif
