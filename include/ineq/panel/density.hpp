#ifndef INEQ_PANEL_DENSITY_HPP
#define INEQ_PANEL_DENSITY_HPP

/// \file
/// Kernel density estimates of a cross-section, and of every period of a panel on one
/// common grid (the "distribution over years" figure of regional-disparity studies):
///
///     f(t) = (1 / n) sum_i K_h(t - x_i)
///
/// The bandwidth h is the standard deviation of the scaled kernel K_h, for both kernels
/// (R's `density` convention):
///
///     gaussian:      K_h(u) = exp(-u^2 / (2 h^2)) / (h sqrt(2 pi))
///     epanechnikov:  K_h(u) = 3 / (4 a) (1 - (u / a)^2) for |u| < a, else 0;  a = h sqrt(5)
///
/// so the same h gives kernels of the same spread; an Epanechnikov kernel of h = 1 reaches
/// to +-sqrt(5). (Texts that write the Epanechnikov kernel on [-1, 1] use a = h.)
///
/// Bandwidth rules, with sd the sample standard deviation (divisor n - 1) and IQR the
/// distance between the 25 % and 75 % quantiles (linear interpolation, R's type 7):
///
///     silverman:    0.9  min(sd, IQR / 1.34) n^(-1/5)   R's bw.nrd0 (Silverman 1986)
///     scott:        1.06 min(sd, IQR / 1.34) n^(-1/5)   R's bw.nrd (Scott 1992)
///     scott_scipy:  sd n^(-1/5)                        scipy.stats.gaussian_kde's "scott"
///
/// When IQR is 0 the rules use sd (as R does); when sd is 0 too (all values equal) no
/// rule applies and the functions throw: give the bandwidth instead (R falls back to
/// |x_1| or 1 there, which depends on the units).
///
/// Evaluation is direct (O(n m) for n values and m grid points), so there is no binning
/// error: results differ from R's FFT-binned `density` by that approximation only.

#include <ineq/concepts.hpp>
#include <ineq/detail/distributions.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>
#include <ineq/panel/panel.hpp>

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ineq {

/// The kernel of a density estimate (see the file comment for the scaling).
enum class density_kernel : std::uint8_t {
    gaussian,      ///< the normal density
    epanechnikov,  ///< 3/4 (1 - u^2) on [-1, 1], rescaled to standard deviation h
};

/// A bandwidth rule (formulas in the file comment).
enum class bandwidth_rule : std::uint8_t {
    silverman,    ///< 0.9 min(sd, IQR/1.34) n^(-1/5), R's bw.nrd0 (R's default)
    scott,        ///< 1.06 min(sd, IQR/1.34) n^(-1/5), R's bw.nrd
    scott_scipy,  ///< sd n^(-1/5), scipy.stats.gaussian_kde(bw_method="scott")
};

/// How a density estimate is made. `bandwidth`, when set, overrides `rule`.
struct density_options {
    density_kernel kernel = density_kernel::gaussian;
    bandwidth_rule rule = bandwidth_rule::silverman;
    std::optional<double> bandwidth;  ///< a given h > 0 (standard deviation of the kernel)
    std::size_t points = 512;         ///< grid size when the grid is not given (R's default)
    double cut = 3.0;                 ///< the grid spans [min - cut h, max + cut h] (R's default)
};

/// A density estimate: the grid, the density at each grid point, and the bandwidth used.
struct density_estimate {
    Eigen::VectorXd grid;
    Eigen::VectorXd density;
    double bandwidth = 0.0;
};

/// Densities of every period of a panel on one grid: `density(g, t)` is period t's
/// estimate at `grid(g)`; `bandwidths(t)` is the h period t used.
struct density_by_period {
    Eigen::VectorXd grid;
    Eigen::MatrixXd density;
    Eigen::VectorXd bandwidths;
};

namespace detail::dynamics {

[[nodiscard]] inline double rule_bandwidth(std::vector<double> v, bandwidth_rule rule, std::string_view fn) {
    if (v.size() < 2) {
        fail_got(fn, "a bandwidth rule needs at least two values", static_cast<double>(v.size()));
    }
    const moments m = two_pass_moments(v, fn);
    const double sd = m.sd(static_cast<double>(m.n - 1));
    std::sort(v.begin(), v.end());
    const double iqr = detail::sorted_quantile(v, 0.75) - detail::sorted_quantile(v, 0.25);
    double spread = sd;
    if (rule != bandwidth_rule::scott_scipy && iqr > 0.0) {
        spread = std::min(sd, iqr / 1.34);
    }
    if (!(spread > 0.0)) {
        fail(fn, "all values are equal, so no bandwidth rule applies; give the bandwidth");
    }
    const double factor = std::pow(static_cast<double>(v.size()), -0.2);
    switch (rule) {
        case bandwidth_rule::silverman: return 0.9 * spread * factor;
        case bandwidth_rule::scott: return 1.06 * spread * factor;
        case bandwidth_rule::scott_scipy: return spread * factor;
    }
    return spread * factor;
}

[[nodiscard]] inline double chosen_bandwidth(const std::vector<double>& v, const density_options& o,
                                             std::string_view fn) {
    if (o.bandwidth) {
        const double h = *o.bandwidth;
        if (!(std::isfinite(h) && h > 0.0)) {
            fail_got(fn, "the bandwidth must be finite and positive", h);
        }
        return h;
    }
    return rule_bandwidth(v, o.rule, fn);
}

/// f(t) at each grid point, summed with compensation.
[[nodiscard]] inline Eigen::VectorXd evaluate_density(const std::vector<double>& v, const Eigen::VectorXd& grid,
                                                      double h, density_kernel kernel) {
    const double pi = 3.14159265358979323846;
    const auto n = static_cast<double>(v.size());
    Eigen::VectorXd out(grid.size());
    for (Eigen::Index g = 0; g < grid.size(); ++g) {
        neumaier_sum s;
        if (kernel == density_kernel::gaussian) {
            for (const double x : v) {
                const double u = (grid(g) - x) / h;
                s.add(std::exp(-0.5 * u * u));
            }
            out(g) = s.value() / (n * h * std::sqrt(2.0 * pi));
        } else {
            const double a = h * std::sqrt(5.0);
            for (const double x : v) {
                const double u = std::abs(grid(g) - x) / a;
                if (u < 1.0) {
                    s.add(1.0 - u * u);
                }
            }
            out(g) = 0.75 * s.value() / (n * a);
        }
    }
    return out;
}

[[nodiscard]] inline Eigen::VectorXd even_grid(double lo, double hi, std::size_t points, std::string_view fn) {
    if (!(std::isfinite(lo) && std::isfinite(hi) && std::isfinite(hi - lo))) {
        fail(fn, "the grid [min - cut h, max + cut h] leaves the range of double; give the grid");
    }
    Eigen::VectorXd g(static_cast<Eigen::Index>(points));
    const double step = (hi - lo) / static_cast<double>(points - 1);
    for (std::size_t i = 0; i < points; ++i) {
        g(static_cast<Eigen::Index>(i)) = lo + step * static_cast<double>(i);
    }
    g(static_cast<Eigen::Index>(points - 1)) = hi;
    return g;
}

inline void check_grid_options(const density_options& o, std::string_view fn) {
    if (o.points < 2) {
        fail_got(fn, "the grid needs at least two points", static_cast<double>(o.points));
    }
    if (!(std::isfinite(o.cut) && o.cut >= 0.0)) {
        fail_got(fn, "cut must be finite and non-negative", o.cut);
    }
}

template <class G>
[[nodiscard]] Eigen::VectorXd checked_grid(G&& grid, std::string_view fn) {
    std::vector<double> g = to_doubles(grid, fn, false);
    if (g.empty()) {
        fail(fn, "the grid is empty");
    }
    return Eigen::Map<const Eigen::VectorXd>(g.data(), static_cast<Eigen::Index>(g.size()));
}

template <class Derived>
[[nodiscard]] std::vector<double> period_values(const Eigen::MatrixBase<Derived>& panel, Eigen::Index t,
                                                std::string_view fn) {
    std::vector<double> v(static_cast<std::size_t>(panel.rows()));
    for (Eigen::Index i = 0; i < panel.rows(); ++i) {
        const auto x = static_cast<double>(panel(i, t));
        if (!std::isfinite(x)) {
            fail(fn, "values must be finite (index = entity + rows * period)",
                 static_cast<std::size_t>(i + panel.rows() * t), x);
        }
        v[static_cast<std::size_t>(i)] = x;
    }
    return v;
}

}  // namespace detail::dynamics

/// The bandwidth a rule gives for `x` (formulas in the file comment).
/// \throws domain_error if `x` has fewer than two values, holds NaN/infinity (naming its
/// index), or all its values are equal.
/// Example: `ineq::density_bandwidth(std::vector{1.0, 2.0, 3.0, 4.0, 5.0}, ineq::bandwidth_rule::silverman)`
/// is 0.9 * min(1.5811, 2 / 1.34) * 5^(-1/5) = 0.9732.
template <numeric_range R>
[[nodiscard]] double density_bandwidth(R&& x, bandwidth_rule rule = bandwidth_rule::silverman) {
    constexpr std::string_view fn = "density_bandwidth";
    return detail::dynamics::rule_bandwidth(detail::to_doubles(x, fn, false), rule, fn);
}

/// Kernel density estimate of `x` at the given grid points.
/// \throws domain_error if `x` or `grid` is empty or holds NaN/infinity (naming the index),
/// the given bandwidth is not finite and positive, or (without a given bandwidth) the rule
/// does not apply (fewer than two values, all equal).
/// Example: `auto d = ineq::kernel_density(x, std::vector{0.0, 1.0});`
/// `d.density(0)` is the estimate at 0.
template <numeric_range R, numeric_range G>
[[nodiscard]] density_estimate kernel_density(R&& x, G&& grid, const density_options& options = {}) {
    constexpr std::string_view fn = "kernel_density";
    const std::vector<double> v = detail::to_doubles(x, fn, false);
    if (v.empty()) {
        detail::fail(fn, "needs at least one value, got an empty range");
    }
    const double h = detail::dynamics::chosen_bandwidth(v, options, fn);
    density_estimate out;
    out.grid = detail::dynamics::checked_grid(grid, fn);
    out.density = detail::dynamics::evaluate_density(v, out.grid, h, options.kernel);
    out.bandwidth = h;
    return out;
}

/// Kernel density estimate of `x` on `options.points` evenly spaced points over
/// [min(x) - cut h, max(x) + cut h] (R's default grid).
/// \throws domain_error as the form with a grid does, if `options.points` < 2 or
/// `options.cut` is negative or not finite, or if the grid's ends overflow.
/// Example: `auto d = ineq::kernel_density(std::vector{1.0, 2.0, 4.0});`
/// gives 512 points from 1 - 3h to 4 + 3h with h the Silverman bandwidth.
template <numeric_range R>
[[nodiscard]] density_estimate kernel_density(R&& x, const density_options& options = {}) {
    constexpr std::string_view fn = "kernel_density";
    detail::dynamics::check_grid_options(options, fn);
    const std::vector<double> v = detail::to_doubles(x, fn, false);
    if (v.empty()) {
        detail::fail(fn, "needs at least one value, got an empty range");
    }
    const double h = detail::dynamics::chosen_bandwidth(v, options, fn);
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    density_estimate out;
    out.grid = detail::dynamics::even_grid(*lo - options.cut * h, *hi + options.cut * h, options.points, fn);
    out.density = detail::dynamics::evaluate_density(v, out.grid, h, options.kernel);
    out.bandwidth = h;
    return out;
}

/// Kernel density of every period (column) of a panel at the given grid points; each
/// period has its own bandwidth from the rule unless one is given for all.
/// \throws domain_error if the panel has no rows or columns, holds NaN/infinity (index =
/// entity + rows * period), the grid is empty or not finite, or a bandwidth fails as in
/// `kernel_density` (the message names the function).
/// Example: `auto d = ineq::kernel_density_by_period(panel, grid);`
/// `d.density.col(t)` is period t's curve over `grid`.
template <class Derived, numeric_range G>
[[nodiscard]] density_by_period kernel_density_by_period(const Eigen::MatrixBase<Derived>& panel, G&& grid,
                                                         const density_options& options = {}) {
    constexpr std::string_view fn = "kernel_density_by_period";
    if (panel.rows() == 0 || panel.cols() == 0) {
        detail::fail(fn, "the panel has no entities (rows) or no periods (columns)");
    }
    density_by_period out;
    out.grid = detail::dynamics::checked_grid(grid, fn);
    out.density.resize(out.grid.size(), panel.cols());
    out.bandwidths.resize(panel.cols());
    for (Eigen::Index t = 0; t < panel.cols(); ++t) {
        const std::vector<double> v = detail::dynamics::period_values(panel, t, fn);
        const double h = detail::dynamics::chosen_bandwidth(v, options, fn);
        out.bandwidths(t) = h;
        out.density.col(t) = detail::dynamics::evaluate_density(v, out.grid, h, options.kernel);
    }
    return out;
}

/// Kernel density of every period of a panel on one common grid of `options.points`
/// points over [min - cut h_max, max + cut h_max]: min and max over the whole panel, h_max
/// the largest of the periods' bandwidths, so every curve fits the one figure.
/// \throws domain_error as the form with a grid does, for `options.points` < 2 or a
/// negative `options.cut`, or if the grid's ends overflow.
/// Example: `auto d = ineq::kernel_density_by_period(panel.values());`
/// one curve per year, ready to draw over `d.grid`.
template <class Derived>
[[nodiscard]] density_by_period kernel_density_by_period(const Eigen::MatrixBase<Derived>& panel,
                                                         const density_options& options = {}) {
    constexpr std::string_view fn = "kernel_density_by_period";
    detail::dynamics::check_grid_options(options, fn);
    if (panel.rows() == 0 || panel.cols() == 0) {
        detail::fail(fn, "the panel has no entities (rows) or no periods (columns)");
    }
    std::vector<std::vector<double>> columns;
    Eigen::VectorXd h(panel.cols());
    double lo = 0.0;
    double hi = 0.0;
    for (Eigen::Index t = 0; t < panel.cols(); ++t) {
        columns.push_back(detail::dynamics::period_values(panel, t, fn));
        const auto& v = columns.back();
        h(t) = detail::dynamics::chosen_bandwidth(v, options, fn);
        const auto [a, b] = std::minmax_element(v.begin(), v.end());
        lo = t == 0 ? *a : std::min(lo, *a);
        hi = t == 0 ? *b : std::max(hi, *b);
    }
    const double h_max = h.maxCoeff();
    density_by_period out;
    out.grid = detail::dynamics::even_grid(lo - options.cut * h_max, hi + options.cut * h_max, options.points, fn);
    out.density.resize(out.grid.size(), panel.cols());
    out.bandwidths = h;
    for (Eigen::Index t = 0; t < panel.cols(); ++t) {
        out.density.col(t) = detail::dynamics::evaluate_density(columns[static_cast<std::size_t>(t)], out.grid,
                                                                h(t), options.kernel);
    }
    return out;
}

/// Per-year densities of a province x year panel on a common grid (column t is year
/// `first_year() + t`).
/// \throws domain_error as the Eigen form does.
/// Example: `auto d = ineq::kernel_density_by_period(panel);`
/// `d.density.col(0)` is the first year's curve.
template <class Scalar>
[[nodiscard]] density_by_period kernel_density_by_period(const basic_panel<Scalar>& panel,
                                                         const density_options& options = {}) {
    return kernel_density_by_period(panel.values(), options);
}

/// Per-year densities of a province x year panel at the given grid points.
/// \throws domain_error as the Eigen form does.
/// Example: `ineq::kernel_density_by_period(panel, std::vector{0.0, 50.0, 100.0})`
/// has a 3 x year_count() density matrix.
template <class Scalar, numeric_range G>
[[nodiscard]] density_by_period kernel_density_by_period(const basic_panel<Scalar>& panel, G&& grid,
                                                         const density_options& options = {}) {
    return kernel_density_by_period(panel.values(), std::forward<G>(grid), options);
}

}  // namespace ineq

#endif
