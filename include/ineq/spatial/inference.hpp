#ifndef INEQ_SPATIAL_INFERENCE_HPP
#define INEQ_SPATIAL_INFERENCE_HPP

/// \file
/// The inference vocabulary shared by the spatial statistics: the alternative hypothesis,
/// permutation options, and the results of an analytic and of a permutation test.
///
/// Permutation inference is reproducible: permutation r (global statistics) or observation
/// i (local statistics) draws from its own random stream named by (seed, r) or (seed, i),
/// so the result depends on the seed only, never on the thread count or the call order.
/// Pseudo p-values follow spdep and PySAL: p = (1 + #{simulated at least as extreme as
/// observed}) / (R + 1); "as extreme" is ≥ for `greater`, ≤ for `less`, and for
/// `two_sided` the smaller tail count, doubled and capped at 1.

#include <ineq/concepts.hpp>
#include <ineq/error.hpp>

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <ranges>
#include <string>

namespace ineq::spatial {

/// The alternative hypothesis of a test.
enum class alternative : std::uint8_t {
    greater,    ///< positive autocorrelation / clustering of high values (spdep's default)
    less,       ///< negative autocorrelation / dispersion
    two_sided,  ///< either
};

/// Options of a permutation test.
struct permutation_options {
    std::size_t permutations = 999;          ///< R, at least 1
    std::uint64_t seed = 20211231;           ///< names the random streams
    unsigned threads = 1;                    ///< 0 = std::thread::hardware_concurrency(); results do not depend on it
    spatial::alternative alternative = alternative::greater;
};

/// An analytic test: statistic, its expectation and variance under the null, z and p.
struct analytic_test {
    double statistic = 0.0;
    double expectation = 0.0;
    double variance = 0.0;
    double z = 0.0;  ///< (statistic − expectation) / √variance; sign reversed where small values mean clustering (Geary's C)
    double p = 0.0;  ///< from the standard normal, for the chosen alternative
};

/// A permutation test: the statistic and the distribution of its simulated values.
struct permutation_test {
    double statistic = 0.0;
    double mean = 0.0;         ///< mean of the R simulated values
    double sd = 0.0;           ///< their sample standard deviation (n − 1)
    double z = 0.0;            ///< (statistic − mean) / sd; 0 when sd is 0; sign reversed where small values mean clustering (Geary's C, spatial Gini)
    double p = 0.0;            ///< pseudo p-value (see the file comment)
    std::size_t permutations = 0;
    std::uint64_t seed = 0;
};

/// The null model of an analytic test of a global statistic (spdep's `randomisation`).
enum class null_model : std::uint8_t {
    randomisation,  ///< the observed values assigned to the units at random (uses their kurtosis)
    normality,      ///< the values independent draws from one normal distribution
};

/// How a global statistic counts n when some units are islands (spdep's `adjust.n`).
enum class island_count : std::uint8_t {
    excluded,  ///< n counts only units with at least one neighbour (spdep's default `adjust.n = TRUE`)
    included,  ///< n counts every unit (`adjust.n = FALSE`)
};

namespace detail {

/// p-value of a standard-normal z for an alternative. Each tail from its own erfc, so that a
/// small p keeps its precision in either tail (1 − P(Z ≥ z) would round it away).
[[nodiscard]] inline double normal_p(double z, alternative alt) noexcept {
    const double root2 = std::sqrt(2.0);
    switch (alt) {
        case alternative::greater: return 0.5 * std::erfc(z / root2);            // P(Z ≥ z)
        case alternative::less: return 0.5 * std::erfc(-z / root2);              // P(Z ≤ z)
        case alternative::two_sided: return std::erfc(std::abs(z) / root2);      // P(|Z| ≥ |z|)
    }
    return 0.5 * std::erfc(z / root2);
}

/// Pseudo p-value from the counts of simulated values ≥ and ≤ the observed one.
[[nodiscard]] inline double pseudo_p(std::size_t at_least, std::size_t at_most, std::size_t r,
                                     alternative alt) noexcept {
    const auto denom = static_cast<double>(r + 1);
    switch (alt) {
        case alternative::greater: return static_cast<double>(at_least + 1) / denom;
        case alternative::less: return static_cast<double>(at_most + 1) / denom;
        case alternative::two_sided:
            return std::min(1.0, 2.0 * static_cast<double>(std::min(at_least, at_most) + 1) / denom);
    }
    return 1.0;
}

/// The values of a statistic's variable as an Eigen vector: one finite value per unit.
/// \throws domain_error naming `fn` if the count differs from n or a value is not finite.
template <numeric_range R>
[[nodiscard]] Eigen::VectorXd unit_values(const char* fn, R&& values, std::size_t n) {
    Eigen::VectorXd x(static_cast<Eigen::Index>(n));
    std::size_t i = 0;
    for (auto&& v : values) {
        const auto d = static_cast<double>(v);
        if (i < n) {
            if (!std::isfinite(d)) {
                ineq::detail::fail(fn, "values must be finite", i, d);
            }
            x[static_cast<Eigen::Index>(i)] = d;
        }
        ++i;
    }
    if (i != n) {
        ineq::detail::fail(fn, "needs one value per unit of the weights (" + std::to_string(n) +
                                   "), got " + std::to_string(i));
    }
    return x;
}

/// \throws domain_error if the options cannot run a test.
inline void check_permutations(const char* fn, const permutation_options& o) {
    if (o.permutations == 0) {
        ineq::detail::fail(fn, "needs at least one permutation");
    }
}

}  // namespace detail

}  // namespace ineq::spatial

#endif  // INEQ_SPATIAL_INFERENCE_HPP
