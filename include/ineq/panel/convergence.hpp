#ifndef INEQ_PANEL_CONVERGENCE_HPP
#define INEQ_PANEL_CONVERGENCE_HPP

/// \file
/// Convergence tests over a panel held as an Eigen matrix, entities (rows) x periods
/// (columns):
///
/// - sigma convergence: a dispersion measure per period; falling values mean the
///   entities converge (Barro & Sala-i-Martin 1992).
/// - beta convergence: the OLS regression across entities of the average growth on the
///   log initial level,
///
///       g_i = ln(y_iT / y_i0) / T = a + b ln(y_i0) + e_i,
///
///   with T the number of years between the first and last column. b < 0 means the
///   entities that start lower grow faster. The implied speed of convergence is
///   lambda = -ln(1 + b T) / T and the half-life ln 2 / lambda.

#include <ineq/error.hpp>
#include <ineq/panel/growth.hpp>

#include <Eigen/Core>
#include <Eigen/LU>
#include <Eigen/QR>

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ineq {

/// Sigma convergence: `measure` applied to each period (column) of `panel`, one value
/// per period. `measure` is any callable taking `const std::vector<double>&`, e.g.
/// `[](auto const& v) { return ineq::cv(v); }`; the overload below also takes a measure
/// template by name, `ineq::sigma_convergence(panel, ineq::gini)`.
/// \throws domain_error if the panel has no rows or columns or holds NaN/infinity, if the
/// measure throws `ineq::domain_error` for a period ("ineq::sigma_convergence: the measure
/// failed for period j: <the measure's message>") or returns NaN/infinity. Any other
/// exception of the measure (`std::bad_alloc`, its own exception types) is not caught and
/// reaches the caller unchanged.
/// Example: `ineq::sigma_convergence(panel, [](auto const& v) { return ineq::cv(v); })`
/// gives the study's yearly CV series (Fig. 4) for a provinces x years panel.
template <class Derived, class F>
    requires std::invocable<F&, const std::vector<double>&> &&
             std::convertible_to<std::invoke_result_t<F&, const std::vector<double>&>, double>
[[nodiscard]] Eigen::VectorXd sigma_convergence(const Eigen::MatrixBase<Derived>& panel, F&& measure) {
    constexpr std::string_view fn = "sigma_convergence";
    detail::check_growth_panel(panel, fn, 1);
    Eigen::VectorXd out(panel.cols());
    std::vector<double> column(static_cast<std::size_t>(panel.rows()));
    for (Eigen::Index j = 0; j < panel.cols(); ++j) {
        for (Eigen::Index i = 0; i < panel.rows(); ++i) {
            column[static_cast<std::size_t>(i)] = static_cast<double>(panel(i, j));
        }
        double v = 0.0;
        try {
            v = static_cast<double>(measure(column));
        } catch (const domain_error& e) {
            std::string rule{"the measure failed for period "};
            rule.append(std::to_string(j)).append(": ").append(e.what());
            detail::fail(fn, rule);
        }
        if (!std::isfinite(v)) {
            detail::fail_got(fn, "the measure returned a value that is not finite for period " + std::to_string(j), v);
        }
        out(j) = v;
    }
    return out;
}

/// Sigma convergence with a measure named directly: `ineq::sigma_convergence(panel, ineq::cv)`
/// deduces `ineq::cv<const std::vector<double>&>`.
/// \throws domain_error as the callable form does, and for a null pointer.
template <class Derived>
[[nodiscard]] Eigen::VectorXd sigma_convergence(const Eigen::MatrixBase<Derived>& panel,
                                                double (*measure)(const std::vector<double>&)) {
    if (measure == nullptr) {
        detail::fail("sigma_convergence", "the measure is a null function pointer");
    }
    return sigma_convergence<Derived, double (*&)(const std::vector<double>&)>(panel, measure);
}

/// Result of a beta-convergence regression.
struct beta_convergence_result {
    double intercept = 0.0;                   ///< a
    double beta = 0.0;                        ///< b, the slope on ln(initial level)
    double intercept_standard_error = 0.0;    ///< OLS standard error of a
    double beta_standard_error = 0.0;         ///< OLS standard error of b
    double t_statistic = 0.0;                 ///< b / se(b); +-infinity for a perfect fit with b != 0
    double r_squared = 0.0;                   ///< coefficient of determination
    double years = 0.0;                       ///< T
    std::size_t entities = 0;                 ///< number of entities regressed
    std::optional<double> speed;              ///< lambda = -ln(1 + b T) / T, if 1 + b T > 0
    std::optional<double> half_life;          ///< ln 2 / lambda, if lambda > 0
};

/// Beta convergence: OLS of g_i = ln(last_i / first_i) / T on ln(first_i), with the
/// classical (homoskedastic) standard errors on N - 2 degrees of freedom. `years` is T,
/// by default the number of columns minus one (one period per year).
/// \throws domain_error if the panel has fewer than three rows or two columns, holds
/// NaN/infinity, a first or last value is zero or negative, `years` is not positive and
/// finite, or all initial levels are equal (the slope is not identified).
/// Example: `auto r = ineq::beta_convergence(panel); r.beta < 0` means convergence.
template <class Derived>
[[nodiscard]] beta_convergence_result beta_convergence(const Eigen::MatrixBase<Derived>& panel,
                                                       std::optional<double> years = std::nullopt) {
    constexpr std::string_view fn = "beta_convergence";
    detail::check_growth_panel(panel, fn, 2);
    const Eigen::Index n = panel.rows();
    if (n < 3) {
        detail::fail_got(fn, "needs at least three entities (N - 2 degrees of freedom)", static_cast<double>(n));
    }
    const double T = years.value_or(static_cast<double>(panel.cols() - 1));
    if (!(std::isfinite(T) && T > 0.0)) {
        detail::fail_got(fn, "years must be positive and finite", T);
    }
    const Eigen::Index last = panel.cols() - 1;
    Eigen::MatrixXd X(n, 2);
    Eigen::VectorXd g(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto first = static_cast<double>(panel(i, 0));
        const auto final_value = static_cast<double>(panel(i, last));
        if (!(first > 0.0)) {
            detail::fail(fn, "initial levels must be positive (index = entity)", static_cast<std::size_t>(i), first);
        }
        if (!(final_value > 0.0)) {
            detail::fail(fn, "final levels must be positive (index = entity)", static_cast<std::size_t>(i), final_value);
        }
        X(i, 0) = 1.0;
        X(i, 1) = std::log(first);
        g(i) = std::log(final_value / first) / T;
    }
    const double mx = X.col(1).mean();
    const double sxx = (X.col(1).array() - mx).square().sum();
    if (!(sxx > 0.0)) {
        detail::fail(fn, "all initial levels are equal; the slope is not identified");
    }
    const Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(X);
    const Eigen::Vector2d coef = qr.solve(g);
    const Eigen::VectorXd resid = g - X * coef;
    const double rss = resid.squaredNorm();
    const double tss = (g.array() - g.mean()).square().sum();
    const double sigma2 = rss / static_cast<double>(n - 2);
    const Eigen::Matrix2d xtx = X.transpose() * X;
    const Eigen::Matrix2d cov = sigma2 * xtx.inverse();

    beta_convergence_result r;
    r.intercept = coef(0);
    r.beta = coef(1);
    r.intercept_standard_error = std::sqrt(std::max(0.0, cov(0, 0)));
    r.beta_standard_error = std::sqrt(std::max(0.0, cov(1, 1)));
    r.t_statistic = r.beta_standard_error > 0.0 ? r.beta / r.beta_standard_error
                                                : (r.beta == 0.0 ? 0.0 : std::copysign(std::numeric_limits<double>::infinity(), r.beta));
    r.r_squared = tss > 0.0 ? 1.0 - rss / tss : 1.0;
    r.years = T;
    r.entities = static_cast<std::size_t>(n);
    if (1.0 + r.beta * T > 0.0) {
        r.speed = -std::log1p(r.beta * T) / T;
        if (*r.speed > 0.0) {
            r.half_life = std::log(2.0) / *r.speed;
        }
    }
    return r;
}

}  // namespace ineq

#endif
