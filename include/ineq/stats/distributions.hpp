#ifndef INEQ_STATS_DISTRIBUTIONS_HPP
#define INEQ_STATS_DISTRIBUTIONS_HPP

/// \file
/// The reference distributions of the library's tests: the standard normal (CDF and
/// quantile), chi-squared and Student's t survival functions. Thread-safe (no `std::lgamma`,
/// which writes the global `signgam`). The kernels live in `ineq/detail/distributions.hpp`.

#include <ineq/detail/distributions.hpp>
#include <ineq/error.hpp>
#include <ineq/stats/inference.hpp>

#include <cmath>
#include <cstddef>

namespace ineq::stats {

/// Standard normal CDF Φ(z) = erfc(−z/√2)/2.
/// \throws nothing; NaN gives NaN.
/// Example: `normal_cdf(1.959963984540054)` is 0.975.
[[nodiscard]] inline double normal_cdf(double z) noexcept { return ineq::detail::normal_cdf(z); }

/// Standard normal quantile Φ⁻¹(p), 0 < p < 1 (Acklam's approximation refined by one Halley
/// step: full double precision).
/// \throws domain_error if p is not in (0, 1), naming the value.
/// Example: `normal_quantile(0.975)` is 1.959963984540054.
[[nodiscard]] inline double normal_quantile(double p) {
    if (!(p > 0.0 && p < 1.0)) {
        ineq::detail::fail_got("normal_quantile", "p must lie in (0, 1)", p);
    }
    return ineq::detail::normal_quantile(p);
}

/// P(X > x) for X chi-squared with `dof` degrees of freedom (scipy.stats.chi2.sf): the
/// regularised upper incomplete gamma Q(dof/2, x/2). 1 for x ≤ 0 or dof = 0; 0 for x = +∞.
/// \throws domain_error if x is NaN.
/// Example: `chi_squared_survival(3.84145882069412, 1)` is 0.05.
[[nodiscard]] inline double chi_squared_survival(double x, std::size_t dof) {
    if (std::isnan(x)) {
        ineq::detail::fail_got("chi_squared_survival", "x must not be NaN", x);
    }
    return ineq::detail::chi2_survival(x, dof);
}

/// p-value of a Student t statistic with `dof` > 0 degrees of freedom for an alternative:
/// P(T ≥ t), P(T ≤ t) or P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, 1/2) (scipy.stats.t.sf).
/// \throws domain_error if dof is not positive or t is NaN.
/// Example: `student_t_p_value(2.0, 10, alternative::two_sided)` is 0.07338803477074024.
[[nodiscard]] inline double student_t_p_value(double t, double dof, alternative alt = alternative::two_sided) {
    if (!(dof > 0.0)) {
        ineq::detail::fail_got("student_t_p_value", "degrees of freedom must be positive", dof);
    }
    if (std::isnan(t)) {
        ineq::detail::fail_got("student_t_p_value", "t must not be NaN", t);
    }
    const double two = ineq::detail::student_t_two_sided_p(t, dof);
    switch (alt) {
        case alternative::two_sided: return two;
        case alternative::greater: return t >= 0.0 ? two / 2.0 : 1.0 - two / 2.0;
        case alternative::less: return t <= 0.0 ? two / 2.0 : 1.0 - two / 2.0;
    }
    return two;
}

}  // namespace ineq::stats

#endif  // INEQ_STATS_DISTRIBUTIONS_HPP
