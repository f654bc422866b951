#ifndef INEQ_PANEL_PANEL_HPP
#define INEQ_PANEL_PANEL_HPP

/// \file
/// A region × year panel: an Eigen matrix with one row per unit of a region set (by default
/// the 31 mainland provinces in the order of `ineq::provinces()`, GB/T 2260 code order; or
/// prefectures, macro-regions, user-defined groups: <ineq/region/region_set.hpp>) and one
/// column per year of a closed interval. Panels of the same set and years add with `+=`, so
/// shards or threads can aggregate separately and merge; integer panels detect overflow
/// instead of wrapping. `roll_up` sums a panel into the set above (prefectures into
/// provinces into macro-regions).

#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>
#include <ineq/region/province.hpp>
#include <ineq/region/region_set.hpp>

#include <Eigen/Core>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <type_traits>

namespace ineq {

/// Region × year matrix of `Scalar` (std::int64_t for counts, double for fractional
/// counts). Row i is unit i of `regions()` (`province::from_index(i)` for the default
/// province set); column j is year `first_year() + j`.
template <class Scalar>
class basic_panel {
    static_assert(std::is_same_v<Scalar, std::int64_t> || std::is_same_v<Scalar, double>,
                  "a panel holds std::int64_t counts or double fractional counts");

public:
    using scalar_type = Scalar;
    using matrix_type = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;

    /// A zero panel of the 31 provinces over the years first_year..last_year (inclusive).
    /// \throws domain_error if last_year < first_year.
    /// Example: `ineq::count_panel p(2012, 2021);` has 31 rows and 10 columns.
    basic_panel(int first_year, int last_year) : basic_panel(province_regions(), first_year, last_year) {}

    /// A zero panel of the units of `regions` over first_year..last_year.
    /// \throws domain_error if `regions` is null or last_year < first_year.
    /// Example: `ineq::count_panel p(ineq::prefecture_regions(), 2012, 2021);` has 337 rows.
    basic_panel(std::shared_ptr<const region_set> regions, int first_year, int last_year)
        : first_year_(first_year), regions_(std::move(regions)) {
        if (!regions_) {
            detail::fail("basic_panel", "needs a region set");
        }
        if (last_year < first_year) {
            detail::fail("basic_panel", "last_year must not precede first_year (got " +
                                            std::to_string(first_year) + ".." +
                                            std::to_string(last_year) + ")");
        }
        // In Eigen::Index (64 bits): last_year - first_year overflows int for wide spans.
        values_ = matrix_type::Zero(static_cast<Eigen::Index>(regions_->size()),
                                    static_cast<Eigen::Index>(last_year) - first_year + 1);
    }

    /// The region set of the rows.
    [[nodiscard]] const std::shared_ptr<const region_set>& regions() const noexcept { return regions_; }
    /// Number of rows (units of the region set).
    [[nodiscard]] std::size_t unit_count() const noexcept { return static_cast<std::size_t>(values_.rows()); }

    [[nodiscard]] int first_year() const noexcept { return first_year_; }
    [[nodiscard]] int last_year() const noexcept {
        // Parenthesised: first_year_ + cols would overflow int for a panel ending at INT_MAX.
        return first_year_ + (static_cast<int>(values_.cols()) - 1);
    }
    [[nodiscard]] std::size_t year_count() const noexcept {
        return static_cast<std::size_t>(values_.cols());
    }
    [[nodiscard]] bool contains_year(int year) const noexcept {
        return year >= first_year_ && year <= last_year();
    }

    /// The value of one province in one year (a panel over the province set).
    /// \throws domain_error if `year` is outside the panel or the panel's units are not
    /// provinces.
    [[nodiscard]] Scalar operator()(province p, int year) const {
        return values_(province_row(p), column(year));
    }
    /// The value of unit `unit` (an index into `regions()`) in one year.
    /// \throws domain_error if `year` is outside the panel or `unit` ≥ unit_count().
    [[nodiscard]] Scalar at(std::size_t unit, int year) const { return values_(row(unit), column(year)); }

    /// Adds `amount` to one province's cell (a panel over the province set); integer panels
    /// throw instead of overflowing.
    /// \throws domain_error if `year` is outside the panel, the cell would overflow or the
    /// panel's units are not provinces.
    void add(province p, int year, Scalar amount) {
        Scalar& cell = values_(province_row(p), column(year));
        cell = checked_add(cell, amount);
    }
    /// Adds `amount` to unit `unit`'s cell.
    /// \throws domain_error if `year` is outside the panel, `unit` ≥ unit_count() or the
    /// cell would overflow.
    void add(std::size_t unit, int year, Scalar amount) {
        Scalar& cell = values_(row(unit), column(year));
        cell = checked_add(cell, amount);
    }

    /// The whole matrix (unit_count() rows × year_count() columns).
    [[nodiscard]] const matrix_type& values() const noexcept { return values_; }

    /// One year across the units (the 31 provinces by default), as an Eigen column (a range
    /// the measures accept).
    /// \throws domain_error if `year` is outside the panel.
    [[nodiscard]] auto year(int year) const { return values_.col(column(year)); }

    /// One province across the years (a panel over the province set).
    /// \throws domain_error if the panel's units are not provinces.
    [[nodiscard]] auto province_series(province p) const { return values_.row(province_row(p)); }
    /// One unit across the years. \throws domain_error if `unit` ≥ unit_count().
    [[nodiscard]] auto unit_series(std::size_t unit) const { return values_.row(row(unit)); }

    /// Sum over years per province (Table 1's columns come from these).
    /// \throws domain_error if the panel's units are not provinces (use `totals_by_unit`).
    [[nodiscard]] Eigen::Matrix<Scalar, Eigen::Dynamic, 1> totals_by_province() const {
        if (regions_->level() != region_level::province) {
            detail::fail("basic_panel::totals_by_province",
                         "the panel's units are " + regions_->name() + "s, not provinces: use totals_by_unit");
        }
        return totals_by_unit();
    }

    /// Sum over years per unit of the region set.
    [[nodiscard]] Eigen::Matrix<Scalar, Eigen::Dynamic, 1> totals_by_unit() const {
        Eigen::Matrix<Scalar, Eigen::Dynamic, 1> out(values_.rows());
        for (Eigen::Index r = 0; r < values_.rows(); ++r) {
            Scalar s = 0;
            for (Eigen::Index c = 0; c < values_.cols(); ++c) {
                s = checked_add(s, values_(r, c));
            }
            out(r) = s;
        }
        return out;
    }

    /// Sum over the units per year.
    [[nodiscard]] Eigen::Matrix<Scalar, Eigen::Dynamic, 1> totals_by_year() const {
        Eigen::Matrix<Scalar, Eigen::Dynamic, 1> out(values_.cols());
        for (Eigen::Index c = 0; c < values_.cols(); ++c) {
            Scalar s = 0;
            for (Eigen::Index r = 0; r < values_.rows(); ++r) {
                s = checked_add(s, values_(r, c));
            }
            out(c) = s;
        }
        return out;
    }

    /// Cell-wise sum of two panels over the same region set and years: merging shards gives
    /// the same panel as one pass over all records.
    /// \throws domain_error if the region sets or the years differ or a cell would overflow.
    basic_panel& operator+=(const basic_panel& other) {
        if (regions_ != other.regions_ && !(*regions_ == *other.regions_)) {
            detail::fail("basic_panel::operator+=", "panels cover different region sets (" + regions_->name() +
                                                        " and " + other.regions_->name() + ")");
        }
        if (other.first_year_ != first_year_ || other.values_.cols() != values_.cols()) {
            detail::fail("basic_panel::operator+=",
                         "panels cover different years (" + std::to_string(first_year_) + ".." +
                             std::to_string(last_year()) + " and " +
                             std::to_string(other.first_year_) + ".." +
                             std::to_string(other.last_year()) + ")");
        }
        for (Eigen::Index c = 0; c < values_.cols(); ++c) {
            for (Eigen::Index r = 0; r < values_.rows(); ++r) {
                values_(r, c) = checked_add(values_(r, c), other.values_(r, c));
            }
        }
        return *this;
    }

    friend basic_panel operator+(basic_panel a, const basic_panel& b) {
        a += b;
        return a;
    }

    friend bool operator==(const basic_panel& a, const basic_panel& b) {
        return a.first_year_ == b.first_year_ && a.values_.cols() == b.values_.cols() &&
               (a.regions_ == b.regions_ || *a.regions_ == *b.regions_) && a.values_ == b.values_;
    }

private:
    [[nodiscard]] Eigen::Index province_row(province p) const {
        if (regions_->level() != region_level::province) {
            detail::fail("basic_panel", "the panel's units are " + regions_->name() +
                                            "s, not provinces: address rows by unit index");
        }
        return static_cast<Eigen::Index>(p.index());
    }
    [[nodiscard]] Eigen::Index row(std::size_t unit) const {
        if (unit >= unit_count()) {
            detail::fail("basic_panel", "unit index out of range", unit, static_cast<double>(unit));
        }
        return static_cast<Eigen::Index>(unit);
    }

    [[nodiscard]] Eigen::Index column(int year) const {
        if (!contains_year(year)) {
            detail::fail("basic_panel", "year " + std::to_string(year) + " is outside the panel's " +
                                            std::to_string(first_year_) + ".." +
                                            std::to_string(last_year()));
        }
        return static_cast<Eigen::Index>(year) - first_year_;
    }

    [[nodiscard]] static Scalar checked_add(Scalar a, Scalar b) {
        if constexpr (std::is_integral_v<Scalar>) {
            Scalar out{};
            if (detail::add_overflows(a, b, out)) {
                detail::fail("basic_panel", "a count overflows 64 bits");
            }
            return out;
        } else {
            return a + b;
        }
    }

    int first_year_;
    std::shared_ptr<const region_set> regions_;
    matrix_type values_;
};

/// The panel summed into the region set above: row k of the result is the sum of the rows
/// whose `parent_of` is k (prefectures → provinces, provinces → macro-regions, groups → the
/// parent given to `region_set::grouping`). Exact: integer sums are checked for overflow.
/// A roll-up of a panel counted at a finer level equals direct aggregation at the coarser
/// level under fractional and first-applicant counting when every applicant is placed at
/// the finer level; under whole counting a patent whose applicants sit in two prefectures
/// of one province counts twice in the roll-up and once directly.
/// \throws domain_error if the panel's set has no parent set or a unit has no parent unit.
/// Example: `auto provinces = ineq::roll_up(prefecture_panel);`
template <class Scalar>
[[nodiscard]] basic_panel<Scalar> roll_up(const basic_panel<Scalar>& panel) {
    const auto& set = *panel.regions();
    if (!set.parent()) {
        detail::fail("roll_up", "the " + set.name() + " set has no parent set to roll up into");
    }
    basic_panel<Scalar> out(set.parent(), panel.first_year(), panel.last_year());
    for (std::size_t i = 0; i < set.size(); ++i) {
        const auto up = set.parent_of(i);
        if (!up) {
            detail::fail("roll_up", "unit " + set.at(i).label + " has no parent unit");
        }
        for (int y = panel.first_year(); y <= panel.last_year(); ++y) {
            out.add(*up, y, panel.at(i, y));
        }
    }
    return out;
}

/// The panel summed into the groups of `groups`, a grouping whose base is the panel's set:
/// row k is the sum of the base units that belong to group k. Base units in no group are
/// not counted (a zone covers only its members).
/// \throws domain_error if `groups` is null or is not a grouping of the panel's set.
/// Example: `auto zones = ineq::group(prefecture_panel, my_zones);`
template <class Scalar>
[[nodiscard]] basic_panel<Scalar> group(const basic_panel<Scalar>& panel,
                                        const std::shared_ptr<const region_set>& groups) {
    if (!groups || !groups->base() ||
        !(groups->base() == panel.regions() || *groups->base() == *panel.regions())) {
        detail::fail("group", "needs a grouping of the panel's region set (" + panel.regions()->name() + ")");
    }
    basic_panel<Scalar> out(groups, panel.first_year(), panel.last_year());
    const auto& base = *panel.regions();
    for (std::size_t i = 0; i < base.size(); ++i) {
        const auto g = groups->group_of(i);
        if (!g) {
            continue;
        }
        for (int y = panel.first_year(); y <= panel.last_year(); ++y) {
            out.add(*g, y, panel.at(i, y));
        }
    }
    return out;
}

/// Whole or first-applicant counts.
using count_panel = basic_panel<std::int64_t>;
/// Fractional counts (each patent spreads 1 over its applicants).
using fractional_panel = basic_panel<double>;

}  // namespace ineq

#endif
