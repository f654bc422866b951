#ifndef INEQ_DETAIL_DISTRIBUTIONS_HPP
#define INEQ_DETAIL_DISTRIBUTIONS_HPP

/// \file
/// Distribution functions shared by the inference code of several modules: the standard
/// normal CDF and quantile (bootstrap intervals), the chi-squared survival function (Markov
/// homogeneity tests), the regularised incomplete beta and Student's t (gravity fits), a
/// thread-safe log-gamma for them, and the type-7 quantile of sorted data. Not part of the
/// public API: callers check their arguments; these functions assume what each one states.
///
/// Every function here is safe to call from several threads at once: none uses
/// `std::lgamma`, which stores the sign of Gamma in the global `signgam` on POSIX systems.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numbers>
#include <vector>

namespace ineq::detail {

/// Standard normal CDF, Phi(z).
[[nodiscard]] inline double normal_cdf(double z) noexcept { return 0.5 * std::erfc(-z / std::numbers::sqrt2); }

/// Standard normal quantile Phi^-1(p) for 0 < p < 1: Acklam's rational approximation
/// (relative error 1.15e-9) refined by one Halley step to full double precision.
[[nodiscard]] inline double normal_quantile(double p) noexcept {
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                                   1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                   6.680131188771972e+01, -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                   -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                   3.754408661907416e+00};
    constexpr double low = 0.02425;
    double x = 0.0;
    if (p < low) {
        const double q = std::sqrt(-2.0 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    } else if (p <= 1.0 - low) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
    } else {
        const double q = std::sqrt(-2.0 * std::log(1.0 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    }
    const double e = normal_cdf(x) - p;
    const double u = e * std::sqrt(2.0 * std::numbers::pi) * std::exp(x * x / 2.0);
    return x - u / (1.0 + x * u / 2.0);
}

/// ln Gamma(x) for x > 0: Lanczos' approximation (g = 7, nine terms; relative error of
/// Gamma below 2e-15), with ln Gamma(x) = ln Gamma(x + 1) - ln x below 1/2.
[[nodiscard]] inline double log_gamma(double x) noexcept {
    if (x < 0.5) {
        return log_gamma(x + 1.0) - std::log(x);
    }
    static constexpr double coefficient[] = {0.99999999999980993,     676.5203681218851,     -1259.1392167224028,
                                             771.32342877765313,      -176.61502916214059,   12.507343278686905,
                                             -0.13857109526572012,    9.9843695780195716e-6, 1.5056327351493116e-7};
    const double z = x - 1.0;
    double sum = coefficient[0];
    for (int k = 1; k < 9; ++k) {
        sum += coefficient[k] / (z + static_cast<double>(k));
    }
    const double t = z + 7.5;
    return 0.5 * std::log(2.0 * std::numbers::pi) + (z + 0.5) * std::log(t) - t + std::log(sum);
}

/// Survival function of the chi-squared distribution, P(X > x) for `dof` degrees of
/// freedom: the regularised upper incomplete gamma Q(dof / 2, x / 2), by its power series
/// (for x / 2 < dof / 2 + 1, where Q is not small) or its continued fraction (evaluated by
/// Lentz's method) elsewhere. 1 for dof = 0 or x <= 0 (and for NaN, which callers exclude),
/// 0 for x = +infinity.
[[nodiscard]] inline double chi2_survival(double x, std::size_t dof) {
    if (dof == 0 || !(x > 0.0)) {
        return 1.0;
    }
    if (std::isinf(x)) {
        return 0.0;
    }
    const double a = static_cast<double>(dof) / 2.0;
    const double y = x / 2.0;
    const double log_prefix = -y + a * std::log(y) - log_gamma(a);
    constexpr double eps = 1e-16;
    if (y < a + 1.0) {
        double term = 1.0 / a;
        double sum = term;
        for (int n = 1; n < 100000; ++n) {
            term *= y / (a + n);
            sum += term;
            if (std::abs(term) < std::abs(sum) * eps) {
                break;
            }
        }
        return std::clamp(1.0 - sum * std::exp(log_prefix), 0.0, 1.0);
    }
    constexpr double tiny = 1e-300;
    double b = y + 1.0 - a;
    double c = 1.0 / tiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < 100000; ++i) {
        const double an = -static_cast<double>(i) * (static_cast<double>(i) - a);
        b += 2.0;
        d = an * d + b;
        if (std::abs(d) < tiny) {
            d = tiny;
        }
        c = b + an / c;
        if (std::abs(c) < tiny) {
            c = tiny;
        }
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < eps) {
            break;
        }
    }
    return std::clamp(std::exp(log_prefix) * h, 0.0, 1.0);
}

/// Regularised incomplete beta I_x(a, b) for a, b > 0, by its continued fraction (DLMF
/// 8.17.22), evaluated with the modified Lentz method on the side where it converges fast.
/// 0 for x <= 0, 1 for x >= 1.
[[nodiscard]] inline double incomplete_beta(double a, double b, double x) noexcept {
    if (x <= 0.0) {
        return 0.0;
    }
    if (x >= 1.0) {
        return 1.0;
    }
    if (x > (a + 1.0) / (a + b + 2.0)) {
        return 1.0 - incomplete_beta(b, a, 1.0 - x);
    }
    const double log_front =
        log_gamma(a + b) - log_gamma(a) - log_gamma(b) + a * std::log(x) + b * std::log1p(-x);
    constexpr double tiny = 1e-300;
    double d = 1.0 - (a + b) * x / (a + 1.0);
    d = 1.0 / (std::abs(d) < tiny ? tiny : d);
    double f = d;
    // cppcheck-suppress variableScope ; Lentz's c carries from one iteration to the next
    double c = 1.0;
    for (int m = 1; m <= 500; ++m) {
        const double md = m;
        // Even step: d_{2m} = m (b − m) x / ((a + 2m − 1)(a + 2m)).
        double num = md * (b - md) * x / ((a + 2.0 * md - 1.0) * (a + 2.0 * md));
        d = 1.0 + num * d;
        d = 1.0 / (std::abs(d) < tiny ? tiny : d);
        c = 1.0 + num / c;
        c = std::abs(c) < tiny ? tiny : c;
        f *= d * c;
        // Odd step: d_{2m+1} = −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)).
        num = -(a + md) * (a + b + md) * x / ((a + 2.0 * md) * (a + 2.0 * md + 1.0));
        d = 1.0 + num * d;
        d = 1.0 / (std::abs(d) < tiny ? tiny : d);
        c = 1.0 + num / c;
        c = std::abs(c) < tiny ? tiny : c;
        const double delta = d * c;
        f *= delta;
        if (std::abs(delta - 1.0) < 1e-15) {
            break;
        }
    }
    return std::exp(log_front) * f / a;
}

/// Two-sided p-value of a Student t statistic with nu > 0 degrees of freedom:
/// P(|T| >= |t|) = I_{nu/(nu + t^2)}(nu/2, 1/2); 0 for t = ±infinity.
[[nodiscard]] inline double student_t_two_sided_p(double t, double nu) noexcept {
    if (std::isinf(t)) {
        return 0.0;
    }
    return incomplete_beta(nu / 2.0, 0.5, nu / (nu + t * t));
}

/// Quantile of non-empty sorted data with linear interpolation between order statistics
/// (Hyndman and Fan's type 7: R's default, numpy's "linear"), for 0 <= p <= 1.
[[nodiscard]] inline double sorted_quantile(const std::vector<double>& s, double p) {
    const double h = p * static_cast<double>(s.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const auto hi = std::min(lo + 1, s.size() - 1);
    return s[lo] + (h - static_cast<double>(lo)) * (s[hi] - s[lo]);
}

}  // namespace ineq::detail

#endif
