#ifndef INEQ_PANEL_PANEL_HPP
#define INEQ_PANEL_PANEL_HPP

/// \file
/// A province × year panel: an Eigen matrix with one row per mainland province (in the
/// order of `ineq::provinces()`, GB/T 2260 code order) and one column per year of a
/// closed interval. Panels of the same years add with `+=`, so shards or threads can
/// aggregate separately and merge; integer panels detect overflow instead of wrapping.

#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>
#include <ineq/region/province.hpp>

#include <Eigen/Core>

#include <cstddef>
#include <cstdint>
#include <string>
#include <type_traits>

namespace ineq {

/// Province × year matrix of `Scalar` (std::int64_t for counts, double for fractional
/// counts). Row i is `province::from_index(i)`; column j is year `first_year() + j`.
template <class Scalar>
class basic_panel {
    static_assert(std::is_same_v<Scalar, std::int64_t> || std::is_same_v<Scalar, double>,
                  "a panel holds std::int64_t counts or double fractional counts");

public:
    using scalar_type = Scalar;
    using matrix_type = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;

    /// A zero panel of the years first_year..last_year (inclusive).
    /// \throws domain_error if last_year < first_year.
    /// Example: `ineq::count_panel p(2012, 2021);` has 31 rows and 10 columns.
    basic_panel(int first_year, int last_year) : first_year_(first_year) {
        if (last_year < first_year) {
            detail::fail("basic_panel", "last_year must not precede first_year (got " +
                                            std::to_string(first_year) + ".." +
                                            std::to_string(last_year) + ")");
        }
        // In Eigen::Index (64 bits): last_year - first_year overflows int for wide spans.
        values_ = matrix_type::Zero(static_cast<Eigen::Index>(province::count),
                                    static_cast<Eigen::Index>(last_year) - first_year + 1);
    }

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

    /// The value of one province in one year.
    /// \throws domain_error if `year` is outside the panel.
    [[nodiscard]] Scalar operator()(province p, int year) const {
        return values_(static_cast<Eigen::Index>(p.index()), column(year));
    }

    /// Adds `amount` to one cell; integer panels throw instead of overflowing.
    /// \throws domain_error if `year` is outside the panel or the cell would overflow.
    void add(province p, int year, Scalar amount) {
        Scalar& cell = values_(static_cast<Eigen::Index>(p.index()), column(year));
        cell = checked_add(cell, amount);
    }

    /// The whole matrix (31 rows × year_count() columns).
    [[nodiscard]] const matrix_type& values() const noexcept { return values_; }

    /// One year across the 31 provinces, as an Eigen column (a range the measures accept).
    /// \throws domain_error if `year` is outside the panel.
    [[nodiscard]] auto year(int year) const { return values_.col(column(year)); }

    /// One province across the years.
    [[nodiscard]] auto province_series(province p) const {
        return values_.row(static_cast<Eigen::Index>(p.index()));
    }

    /// Sum over years per province (Table 1's columns come from these).
    [[nodiscard]] Eigen::Matrix<Scalar, Eigen::Dynamic, 1> totals_by_province() const {
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

    /// Sum over provinces per year.
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

    /// Cell-wise sum of two panels over the same years: merging shards gives the same panel
    /// as one pass over all records.
    /// \throws domain_error if the years differ or a cell would overflow.
    basic_panel& operator+=(const basic_panel& other) {
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
               a.values_ == b.values_;
    }

private:
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
    matrix_type values_;
};

/// Whole or first-applicant counts.
using count_panel = basic_panel<std::int64_t>;
/// Fractional counts (each patent spreads 1 over its applicants).
using fractional_panel = basic_panel<double>;

}  // namespace ineq

#endif
