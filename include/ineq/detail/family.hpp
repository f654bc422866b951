#ifndef INEQ_DETAIL_FAMILY_HPP
#define INEQ_DETAIL_FAMILY_HPP

/// \file
/// Internals of the entropy family, Atkinson and their weighted forms: a validated copy
/// of values with optional frequency weights, and one implementation of each index over
/// (value, weight) pairs. Unit weights are the unweighted measure. Not part of the public API.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <ranges>
#include <string_view>
#include <vector>

namespace ineq::detail {

/// Non-negative finite values, their (non-negative, finite) weights, the total weight
/// and the weighted mean. `weights` is empty for unit weights. Every measure built on
/// this is scale-invariant, so when the weighted total of the caller's values is above
/// 2^400 (or overflows) or below 2^-400, `x` holds the values divided by `scale` (a power of
/// two, so the division is exact) and `mean` is the mean of the divided values.
struct weighted_values {
    std::vector<double> x;
    std::vector<double> w;
    double total_weight = 0.0;
    double mean = 0.0;
    double scale = 1.0;
    double weight_scale = 1.0;  ///< `w` holds the caller's weights divided by this

    [[nodiscard]] double weight(std::size_t i) const noexcept { return w.empty() ? 1.0 : w[i]; }
};

inline void finish_weighted(weighted_values& d, std::string_view fn) {
    neumaier_sum tw;
    neumaier_sum tx;
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        tw.add(d.weight(i));
        tx.add(d.weight(i) * d.x[i]);
    }
    d.total_weight = tw.value();
    if (!(d.total_weight > 0.0)) {
        fail(fn, "the total weight must be positive (all weights are zero)");
    }
    if (!std::isfinite(d.total_weight) || d.total_weight < 0x1p-400 || d.total_weight > 0x1p400) {
        // Only relative weights matter (weighted_cv undoes this through weight_scale):
        // divide them by 2^e, the power of two at or below the largest, so that W^2 and
        // the products w x neither overflow nor underflow.
        const int e = std::ilogb(*std::max_element(d.w.begin(), d.w.end()));
        d.weight_scale = std::ldexp(1.0, e);
        tw = neumaier_sum{};
        tx = neumaier_sum{};
        for (std::size_t i = 0; i < d.x.size(); ++i) {
            d.w[i] = std::ldexp(d.w[i], -e);
            tw.add(d.w[i]);
            tx.add(d.w[i] * d.x[i]);
        }
        d.total_weight = tw.value();
    }
    if (!std::isfinite(tx.value()) || std::abs(tx.value()) < 0x1p-400 || std::abs(tx.value()) > 0x1p400) {
        // Values so large that products with the weights or the total overflow, or so
        // small that their mean and ratios lose digits to subnormals: divide by 2^e, the power of two at or below the largest magnitude
        // (exact), and sum again.
        double largest = 0.0;
        for (const double v : d.x) {
            largest = std::max(largest, std::abs(v));
        }
        const int e = largest > 0.0 ? std::ilogb(largest) : 0;
        d.scale = std::ldexp(1.0, e);
        tx = neumaier_sum{};
        for (std::size_t i = 0; i < d.x.size(); ++i) {
            d.x[i] = std::ldexp(d.x[i], -e);
            tx.add(d.weight(i) * d.x[i]);
        }
    }
    d.mean = require_finite_result(tx.value(), fn) / d.total_weight;
}

/// Unweighted values: non-empty, finite, non-negative; the mean is computed.
template <numeric_range R>
[[nodiscard]] weighted_values load_values(R&& x, std::string_view fn) {
    weighted_values d;
    d.x = to_doubles(x, fn, /*non_negative=*/true);
    if (d.x.empty()) {
        fail(fn, "needs at least one value, got an empty range");
    }
    finish_weighted(d, fn);
    return d;
}

/// Values with frequency weights: the same length, both finite, both non-negative,
/// a positive total weight.
template <numeric_range R, numeric_range W>
[[nodiscard]] weighted_values load_weighted(R&& x, W&& w, std::string_view fn,
                                            bool non_negative = true) {
    weighted_values d;
    d.x = to_doubles(x, fn, non_negative);
    if (d.x.empty()) {
        fail(fn, "needs at least one value, got an empty range");
    }
    std::size_t i = 0;
    for (auto&& raw : w) {
        const auto v = static_cast<double>(raw);
        if (!std::isfinite(v)) {
            fail(fn, "weights must be finite", i, v);
        }
        if (v < 0.0) {
            fail(fn, "weights must be non-negative", i, v);
        }
        d.w.push_back(v);
        ++i;
    }
    if (d.w.size() != d.x.size()) {
        fail_got(fn, "values and weights must have the same length; number of weights",
                 static_cast<double>(d.w.size()));
    }
    finish_weighted(d, fn);
    return d;
}

inline void require_positive_mean(const weighted_values& d, std::string_view fn) {
    if (!(d.mean > 0.0)) {
        fail(fn, "the total must be positive (all values are zero)");
    }
}

/// (1 + d) ln(1 + d) - d, the Theil T term of r = 1 + d with the zero-sum part r - 1
/// taken out: >= 0, and accurate for d near 0 where both products nearly cancel.
[[nodiscard]] inline double theil_term(double d, double log_r) noexcept {
    if (d <= -1.0) {
        return 1.0;  // r = 0: 0 ln 0 - (0 - 1)
    }
    if (std::abs(d) < 0.05) {
        // sum_{k>=2} (-1)^k d^k / (k (k - 1)); 14 terms reach 1e-17 relative at |d| = 0.05.
        double term = d * d;
        double sum = 0.0;
        for (int k = 2; k < 16; ++k) {
            sum += term / static_cast<double>(k * (k - 1));
            term *= -d;
        }
        return sum;
    }
    return (1.0 + d) * log_r - d;
}

/// d - ln(1 + d), the mean-log-deviation term with the zero-sum part taken out.
[[nodiscard]] inline double mld_term(double d, double log_r) noexcept {
    if (std::abs(d) < 0.05) {
        // sum_{k>=2} (-1)^k d^k / k
        double term = d * d;
        double sum = 0.0;
        for (int k = 2; k < 16; ++k) {
            sum += term / static_cast<double>(k);
            term *= -d;
        }
        return sum;
    }
    return d - log_r;
}

/// Generalized entropy GE(alpha) over (value, weight) pairs, with the limits
/// alpha = 0 (mean log deviation) and alpha = 1 (Theil T, with 0 ln 0 = 0).
///
/// Each index is summed as sum_i w_i f(r_i) with r_i = x_i / mu, and since
/// sum_i w_i (r_i - 1) = 0 exactly, f is taken with its linear part removed, e.g.
/// r ln r - (r - 1) for Theil T: every term is then >= 0 (convexity), the sum cannot
/// cancel, and nearly equal data keep their relative accuracy.
[[nodiscard]] inline double generalized_entropy_of(const weighted_values& d, double alpha,
                                                   std::string_view fn) {
    require_positive_mean(d, fn);
    neumaier_sum s;
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        const double wi = d.weight(i);
        if (wi == 0.0) {
            continue;
        }
        const double dev = (d.x[i] - d.mean) / d.mean;  // r - 1
        // ln r from the logarithms, so that a value tiny against the mean keeps its size.
        const double log_r = d.x[i] > 0.0 ? std::log(d.x[i]) - std::log(d.mean) : 0.0;
        if (alpha == 1.0) {
            s.add(wi * theil_term(dev, log_r));
        } else if (alpha == 0.0) {
            if (d.x[i] == 0.0) {
                fail(fn,
                     "undefined for a zero value (ln(mean / 0) is infinite); "
                     "use theil_t or generalized_entropy with alpha > 0",
                     i, d.x[i]);
            }
            s.add(wi * mld_term(dev, log_r));
        } else {
            if (d.x[i] == 0.0 && alpha < 0.0) {
                fail(fn, "undefined for a zero value when alpha < 0 (0^alpha is infinite)", i,
                     d.x[i]);
            }
            // (r^alpha - 1) - alpha (r - 1), r^alpha - 1 = expm1(alpha ln r).
            const double powm1 = d.x[i] == 0.0 ? -1.0 : std::expm1(alpha * log_r);
            s.add(wi * (powm1 - alpha * dev));
        }
    }
    double g = s.value() / d.total_weight;
    if (alpha != 0.0 && alpha != 1.0) {
        g /= alpha * (alpha - 1.0);
    }
    return std::max(0.0, require_finite_result(g, fn));
}

/// Atkinson index A(epsilon) over (value, weight) pairs.
[[nodiscard]] inline double atkinson_of(const weighted_values& d, double epsilon,
                                        std::string_view fn) {
    if (!std::isfinite(epsilon) || epsilon < 0.0) {
        fail_got(fn, "epsilon must be finite and >= 0", epsilon);
    }
    require_positive_mean(d, fn);
    if (epsilon == 0.0) {
        return 0.0;
    }
    bool has_zero = false;
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        if (d.weight(i) > 0.0 && d.x[i] == 0.0) {
            has_zero = true;
        }
    }
    if (has_zero && epsilon >= 1.0) {
        return 1.0;  // the equally distributed equivalent income is 0
    }
    neumaier_sum s;
    if (epsilon == 1.0) {
        // ln x - ln mu rather than ln(x / mu): the ratio underflows to 0 for values far
        // below the mean ({1e-300, 1e300}), the difference of logarithms does not.
        const double log_mean = std::log(d.mean);
        for (std::size_t i = 0; i < d.x.size(); ++i) {
            if (d.weight(i) > 0.0) {
                s.add(d.weight(i) * (std::log(d.x[i]) - log_mean));
            }
        }
        return std::clamp(1.0 - std::exp(s.value() / d.total_weight), 0.0, 1.0);
    }
    const double e = 1.0 - epsilon;
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        if (d.weight(i) > 0.0) {
            const double term = d.weight(i) * std::pow(d.x[i] / d.mean, e);
            if (!std::isfinite(term)) {
                // epsilon > 1 and a value tiny against the mean: the mean of the powers is
                // infinite and its power 1 / (1 - epsilon) < 0 is 0, so A = 1.
                return 1.0;
            }
            s.add(term);
        }
    }
    const double m = s.value() / d.total_weight;
    if (!std::isfinite(m)) {
        return 1.0;  // the sum itself overflowed; the same limit
    }
    return std::clamp(1.0 - std::pow(m, 1.0 / e), 0.0, 1.0);
}

}  // namespace ineq::detail

#endif
