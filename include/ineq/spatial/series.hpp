#ifndef INEQ_SPATIAL_SERIES_HPP
#define INEQ_SPATIAL_SERIES_HPP

/// \file
/// Spatial statistics per period: apply any statistic to each column of a units × periods
/// matrix (a province × year panel, for instance) and collect the results in column order.
///
///     auto i = ineq::spatial::per_period(panel, [&](const Eigen::VectorXd& year) { return moran(year, w); });
///     auto t = ineq::spatial::moran_series(panel, w);  // Moran's I with z and p, 2012..2021

#include <ineq/error.hpp>
#include <ineq/panel/panel.hpp>
#include <ineq/spatial/inference.hpp>
#include <ineq/spatial/moran.hpp>
#include <ineq/spatial/weights.hpp>

#include <Eigen/Core>

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace ineq::spatial {

/// f applied to each column of `m` (rows = units, columns = periods), in column order.
/// Each column is passed as an `Eigen::VectorXd` (integer counts converted to double).
/// Errors thrown by f propagate unchanged.
/// Example: `auto g = per_period(counts, [&](const Eigen::VectorXd& c) { return geary(c, w); });`
/// `// g[j] is Geary's C of period j`
template <class Derived, class F>
    requires std::is_invocable_v<F&, const Eigen::VectorXd&>
[[nodiscard]] auto per_period(const Eigen::MatrixBase<Derived>& m, F&& f) {
    using result = std::decay_t<std::invoke_result_t<F&, const Eigen::VectorXd&>>;
    std::vector<result> out;
    out.reserve(static_cast<std::size_t>(m.cols()));
    Eigen::VectorXd column(m.rows());
    for (Eigen::Index j = 0; j < m.cols(); ++j) {
        column = m.col(j).template cast<double>();
        out.push_back(f(static_cast<const Eigen::VectorXd&>(column)));
    }
    return out;
}

/// f applied to each year of a province × year panel, first year first (see the matrix form).
/// Example: `auto i = per_period(panels.cooperative, [&](const Eigen::VectorXd& y) { return moran(y, w); });`
/// `// i[0] is 2012's Moran's I when the panel starts in 2012`
template <class Scalar, class F>
    requires std::is_invocable_v<F&, const Eigen::VectorXd&>
[[nodiscard]] auto per_period(const basic_panel<Scalar>& panel, F&& f) {
    return per_period(panel.values(), std::forward<F>(f));
}

namespace detail {

/// Rethrows an error of one period's statistic naming the function and the period.
template <class Body>
decltype(auto) in_period(std::string_view fn, const std::string& period, Body&& body) {
    try {
        return body();
    } catch (const ineq::domain_error& e) {
        std::string what = e.what();
        // Drop the inner "ineq::<function>: " so the message reads as the series' own.
        const auto colon = what.find(": ");
        if (what.rfind("ineq::", 0) == 0 && colon != std::string::npos) {
            what.erase(0, colon + 2);
        }
        ineq::detail::fail(fn, period + ": " + what);
    }
}

}  // namespace detail

/// Moran's I test (`moran_test`) of each column of a units × periods matrix.
/// \throws domain_error as `moran_test`, naming the column: e.g.
/// "ineq::moran_series: column 0: values are constant: the statistic is undefined (got 0)".
/// Example: `auto t = ineq::spatial::moran_series(m, w);`
/// `double last = t.back().statistic;`
template <class Derived>
[[nodiscard]] std::vector<analytic_test> moran_series(const Eigen::MatrixBase<Derived>& m, const weights& w,
                                                      const global_options& o = {}) {
    Eigen::Index j = 0;
    return per_period(m, [&](const Eigen::VectorXd& column) {
        const std::string period = "column " + std::to_string(j++);
        return detail::in_period("moran_series", period, [&] { return moran_test(column, w, o); });
    });
}

/// Moran's I test of each year of a province × year panel, first year first.
/// \throws domain_error as `moran_test`, naming the year: e.g. "ineq::moran_series: year
/// 2012: values are constant: the statistic is undefined (got 0)".
/// Example: `auto w = province_contiguity(weights_style::row_standardised, island_policy::keep());`
/// `for (const auto& t : ineq::spatial::moran_series(panels.cooperative, w)) { use(t.statistic, t.p_value); }`
template <class Scalar>
[[nodiscard]] std::vector<analytic_test> moran_series(const basic_panel<Scalar>& panel, const weights& w,
                                                      const global_options& o = {}) {
    int year = panel.first_year();
    return per_period(panel, [&](const Eigen::VectorXd& column) {
        const std::string period = "year " + std::to_string(year++);
        return detail::in_period("moran_series", period, [&] { return moran_test(column, w, o); });
    });
}

}  // namespace ineq::spatial

#endif  // INEQ_SPATIAL_SERIES_HPP
