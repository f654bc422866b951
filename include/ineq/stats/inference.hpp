#ifndef INEQ_STATS_INFERENCE_HPP
#define INEQ_STATS_INFERENCE_HPP

/// \file
/// The inference vocabulary of the whole library: the alternative hypothesis, the two
/// result shapes every test returns, and the p-values they carry.
///
/// One name per quantity, in every module and in Python:
///
/// | quantity                               | field            |
/// |----------------------------------------|------------------|
/// | the observed statistic                 | `statistic`      |
/// | its expectation under the null         | `expectation`    |
/// | its variance under the null            | `variance`       |
/// | its standard error                     | `standard_error` |
/// | the standardised statistic             | `z`              |
/// | the p-value                            | `p_value`        |
/// | a confidence interval                  | `lower`, `upper` |
/// | the number of permutations / resamples | `resamples`      |
/// | the seed naming the random streams     | `seed`           |
///
/// Resampled (permutation) p-values follow spdep and PySAL:
/// p = (1 + #{simulated at least as extreme as observed}) / (R + 1); "as extreme" is ≥ for
/// `greater`, ≤ for `less`, and for `two_sided` the smaller tail count, doubled and capped at 1.
/// `greater` always names the direction the statistic's family calls clustering or
/// concentration, so z is signed to be positive in that direction.

#include <ineq/stats/fields.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numbers>
#include <string_view>
#include <tuple>

namespace ineq::stats {

/// The alternative hypothesis of a test.
enum class alternative : std::uint8_t {
    greater,    ///< the statistic above its null value: clustering, concentration (global spatial default)
    less,       ///< below it: dispersion
    two_sided,  ///< either (local spatial default)
};

/// "greater", "less" or "two_sided" — the names Python uses.
/// Example: `to_string(alternative::two_sided)` is "two_sided".
[[nodiscard]] constexpr std::string_view to_string(alternative a) noexcept {
    switch (a) {
        case alternative::greater: return "greater";
        case alternative::less: return "less";
        case alternative::two_sided: return "two_sided";
    }
    return "?";
}

/// An analytic test: the statistic, its null expectation and variance, z and the p-value
/// from the reference distribution (the standard normal unless the test says otherwise).
struct analytic_test {
    double statistic = 0.0;
    double expectation = 0.0;
    double variance = 0.0;
    double z = 0.0;        ///< (statistic − expectation) / √variance, signed so that positive means `greater`
    double p_value = 1.0;  ///< for the chosen alternative

    static constexpr auto fields =
        std::tuple{field("statistic", &analytic_test::statistic), field("expectation", &analytic_test::expectation),
                   field("variance", &analytic_test::variance), field("z", &analytic_test::z),
                   field("p_value", &analytic_test::p_value)};
};

/// A resampling (permutation) test: the statistic and a summary of its simulated values.
struct permutation_test {
    double statistic = 0.0;
    double expectation = 0.0;     ///< mean of the R simulated values
    double standard_error = 0.0;  ///< their sample standard deviation (R − 1)
    double z = 0.0;               ///< (statistic − expectation) / standard_error, 0 when that is 0; positive means `greater`
    double p_value = 1.0;         ///< pseudo p-value (see the file comment)
    std::size_t resamples = 0;    ///< R
    std::uint64_t seed = 0;       ///< names the random streams: the same seed gives the same result

    static constexpr auto fields = std::tuple{
        field("statistic", &permutation_test::statistic), field("expectation", &permutation_test::expectation),
        field("standard_error", &permutation_test::standard_error), field("z", &permutation_test::z),
        field("p_value", &permutation_test::p_value), field("resamples", &permutation_test::resamples),
        field("seed", &permutation_test::seed)};
};

/// p-value of a standard-normal z for an alternative: P(Z ≥ z), P(Z ≤ z) or P(|Z| ≥ |z|).
/// Each tail comes from its own erfc, so a small p keeps its precision in either tail.
/// Example: `normal_p_value(1.959963984540054, alternative::two_sided)` is 0.05.
[[nodiscard]] inline double normal_p_value(double z, alternative alt) noexcept {
    switch (alt) {
        case alternative::greater: return 0.5 * std::erfc(z / std::numbers::sqrt2);
        case alternative::less: return 0.5 * std::erfc(-z / std::numbers::sqrt2);
        case alternative::two_sided: return std::erfc(std::abs(z) / std::numbers::sqrt2);
    }
    return 1.0;
}

/// Pseudo p-value from the counts of simulated values at least and at most the observed
/// one, out of R: (at_least + 1)/(R + 1), (at_most + 1)/(R + 1), or for `two_sided`
/// min(1, 2·(min(at_least, at_most) + 1)/(R + 1)).
/// Example: `pseudo_p_value(4, 996, 999, alternative::greater)` is 0.005.
[[nodiscard]] inline double pseudo_p_value(std::size_t at_least, std::size_t at_most, std::size_t resamples,
                                           alternative alt) noexcept {
    const auto denom = static_cast<double>(resamples + 1);
    switch (alt) {
        case alternative::greater: return static_cast<double>(at_least + 1) / denom;
        case alternative::less: return static_cast<double>(at_most + 1) / denom;
        case alternative::two_sided:
            return std::min(1.0, 2.0 * static_cast<double>(std::min(at_least, at_most) + 1) / denom);
    }
    return 1.0;
}

/// Which values of a statistic its family calls `greater`: large ones (Moran's I, G) or
/// small ones (Geary's C, the neighbour part of the spatial Gini).
enum class greater_means : std::uint8_t {
    larger,   ///< large values are the `greater` direction
    smaller,  ///< small values are
};

/// An analytic normal test: z = (statistic − expectation)/√variance (sign reversed when
/// `greater_means::smaller`), p from the standard normal for `alt`.
/// Precondition: variance > 0 (callers check and name the rule they break).
/// Example: `auto t = normal_test(0.3, -1.0 / 30, 0.012, alternative::greater, greater_means::larger);`
///          `t.p_value` is P(Z ≥ t.z).
[[nodiscard]] inline analytic_test normal_test(double statistic, double expectation, double variance, alternative alt,
                                               greater_means direction = greater_means::larger) noexcept {
    analytic_test t;
    t.statistic = statistic;
    t.expectation = expectation;
    t.variance = variance;
    const double z = (statistic - expectation) / std::sqrt(variance);
    t.z = direction == greater_means::larger ? z : -z;
    t.p_value = normal_p_value(t.z, alt);
    return t;
}

}  // namespace ineq::stats

#endif  // INEQ_STATS_INFERENCE_HPP
