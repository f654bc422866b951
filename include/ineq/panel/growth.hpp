#ifndef INEQ_PANEL_GROWTH_HPP
#define INEQ_PANEL_GROWTH_HPP

/// \file
/// Growth per entity over a panel held as an Eigen matrix, entities (rows) x periods
/// (columns), e.g. 31 provinces x 10 years of patent counts:
///
///     growth_rates(panel)(i, t) = (y(i, t+1) - y(i, t)) / y(i, t)      period-on-period
///     total_growth(panel)(i)    = (y(i, T) - y(i, 0)) / y(i, 0)       first to last (the study's growth rate)
///     cagr(panel)(i)            = (y(i, T) / y(i, 0))^(1 / T) - 1     compound annual growth, T = periods - 1
///
/// A growth rate from a zero or negative base has no meaningful sign, so it throws and
/// names the entity and period; values must be finite.

#include <ineq/error.hpp>

#include <Eigen/Core>

#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>

namespace ineq {

namespace detail {
template <class Derived>
void check_growth_panel(const Eigen::MatrixBase<Derived>& panel, std::string_view fn, Eigen::Index min_periods) {
    if (panel.rows() == 0) {
        fail(fn, "the panel has no entities (rows)");
    }
    if (panel.cols() < min_periods) {
        fail_got(fn, "the panel has too few periods (columns)", static_cast<double>(panel.cols()));
    }
    for (Eigen::Index j = 0; j < panel.cols(); ++j) {
        for (Eigen::Index i = 0; i < panel.rows(); ++i) {
            const auto v = static_cast<double>(panel(i, j));
            if (!std::isfinite(v)) {
                fail(fn, "values must be finite (index = entity + rows * period)",
                     static_cast<std::size_t>(i + panel.rows() * j), v);
            }
        }
    }
}

template <class Derived>
void require_positive_growth_base(const Eigen::MatrixBase<Derived>& panel, Eigen::Index i, Eigen::Index j,
                           std::string_view fn) {
    const auto v = static_cast<double>(panel(i, j));
    if (!(v > 0.0)) {
        std::string rule{"growth needs a positive base value (entity "};
        rule.append(std::to_string(i)).append(", period ").append(std::to_string(j)).append(")");
        fail_got(fn, rule, v);
    }
}
}  // namespace detail

/// Period-on-period growth rates, an entities x (periods - 1) matrix.
/// \throws domain_error if the panel has no rows or fewer than two columns, holds
/// NaN/infinity, or a base value (every column but the last) is zero or negative.
/// Example: for the row {10, 15, 30}, growth_rates gives {0.5, 1.0}.
template <class Derived>
[[nodiscard]] Eigen::MatrixXd growth_rates(const Eigen::MatrixBase<Derived>& panel) {
    constexpr std::string_view fn = "growth_rates";
    detail::check_growth_panel(panel, fn, 2);
    Eigen::MatrixXd out(panel.rows(), panel.cols() - 1);
    for (Eigen::Index i = 0; i < panel.rows(); ++i) {
        for (Eigen::Index j = 0; j + 1 < panel.cols(); ++j) {
            detail::require_positive_growth_base(panel, i, j, fn);
            const auto from = static_cast<double>(panel(i, j));
            out(i, j) = (static_cast<double>(panel(i, j + 1)) - from) / from;
        }
    }
    return out;
}

/// Growth from the first to the last period per entity, (last - first) / first.
/// \throws domain_error as `growth_rates` does (only the first column must be positive).
/// Example: for the row {11, 100, 445}, total_growth gives 434/11 = 39.45.
template <class Derived>
[[nodiscard]] Eigen::VectorXd total_growth(const Eigen::MatrixBase<Derived>& panel) {
    constexpr std::string_view fn = "total_growth";
    detail::check_growth_panel(panel, fn, 2);
    Eigen::VectorXd out(panel.rows());
    const Eigen::Index last = panel.cols() - 1;
    for (Eigen::Index i = 0; i < panel.rows(); ++i) {
        detail::require_positive_growth_base(panel, i, 0, fn);
        const auto from = static_cast<double>(panel(i, 0));
        out(i) = (static_cast<double>(panel(i, last)) - from) / from;
    }
    return out;
}

/// Compound annual growth rate per entity, (last / first)^(1 / (periods - 1)) - 1: the
/// constant rate that takes the first value to the last.
/// \throws domain_error if the panel has no rows or fewer than two columns, holds
/// NaN/infinity, a first value is zero or negative, or a last value is negative.
/// Example: for the row {100, 150, 400}, cagr gives 4^(1/2) - 1 = 1.
template <class Derived>
[[nodiscard]] Eigen::VectorXd cagr(const Eigen::MatrixBase<Derived>& panel) {
    constexpr std::string_view fn = "cagr";
    detail::check_growth_panel(panel, fn, 2);
    Eigen::VectorXd out(panel.rows());
    const Eigen::Index last = panel.cols() - 1;
    for (Eigen::Index i = 0; i < panel.rows(); ++i) {
        detail::require_positive_growth_base(panel, i, 0, fn);
        const auto to = static_cast<double>(panel(i, last));
        if (to < 0.0) {
            detail::fail_got(fn, "the last value must be non-negative (entity " + std::to_string(i) + ")", to);
        }
        out(i) = std::pow(to / static_cast<double>(panel(i, 0)), 1.0 / static_cast<double>(last)) - 1.0;
    }
    return out;
}

}  // namespace ineq

#endif
