#ifndef INEQ_SPATIAL_DETAIL_GLOBAL_HPP
#define INEQ_SPATIAL_DETAIL_GLOBAL_HPP

/// \file
/// Internals shared by the global spatial statistics (Moran, Geary, Getis–Ord, spatial
/// Gini): how n is counted, the checks every statistic makes, and how a permutation test is run.
/// Not part of the public API.

#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>
#include <ineq/spatial/inference.hpp>
#include <ineq/stats/resampling.hpp>
#include <ineq/spatial/weights.hpp>

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <span>
#include <string>
#include <vector>

namespace ineq::spatial::detail {

/// Units with at least one neighbour (spdep's adjusted n).
[[nodiscard]] inline std::size_t units_with_neighbours(const weights& w) {
    const auto* outer = w.matrix().outerIndexPtr();
    std::size_t k = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
        k += outer[i] != outer[i + 1] ? 1U : 0U;
    }
    return k;
}

/// The n of the formulas: units with neighbours, or all units.
[[nodiscard]] inline double counted_n(const weights& w, island_count count) {
    return static_cast<double>(count == island_count::excluded ? units_with_neighbours(w) : w.size());
}

/// \throws domain_error if the weights have no link at all, or fewer than `minimum` units
/// with neighbours.
inline void check_weights(const char* fn, const weights& w, std::size_t minimum) {
    const std::size_t k = units_with_neighbours(w);
    if (k == 0) {
        ineq::detail::fail(fn, "the weights have no links (every unit is an island): the statistic is undefined");
    }
    if (k < minimum) {
        ineq::detail::fail(fn, "needs at least " + std::to_string(minimum) +
                                   " units with neighbours, got " + std::to_string(k));
    }
}

/// \throws domain_error if all values are equal (a zero variance: no autocorrelation to measure).
inline void check_not_constant(const char* fn, const Eigen::VectorXd& x) {
    for (Eigen::Index i = 1; i < x.size(); ++i) {
        if (x[i] != x[0]) {
            return;
        }
    }
    ineq::detail::fail_got(fn, "values are constant: the statistic is undefined", x.size() > 0 ? x[0] : 0.0);
}

/// \throws domain_error naming the first negative value.
inline void check_non_negative(const char* fn, const Eigen::VectorXd& x) {
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        if (x[i] < 0.0) {
            ineq::detail::fail(fn, "values must be non-negative", static_cast<std::size_t>(i), x[i]);
        }
    }
}

/// x − mean(x), with a compensated mean.
[[nodiscard]] inline Eigen::VectorXd centred(const Eigen::VectorXd& x) {
    ineq::detail::neumaier_sum s;
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        s.add(x[i]);
    }
    const double mean = s.value() / static_cast<double>(x.size());
    return x.array() - mean;
}

/// Σ_i Σ_j w_ij a_i b_j over the links of w.
[[nodiscard]] inline double cross_sum(const weights& w, const Eigen::VectorXd& a, const Eigen::VectorXd& b) noexcept {
    const auto& m = w.matrix();
    const int* outer = m.outerIndexPtr();
    const int* inner = m.innerIndexPtr();
    const double* v = m.valuePtr();
    double total = 0.0;
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        double row = 0.0;
        for (int k = outer[i]; k < outer[i + 1]; ++k) {
            row += v[k] * b[inner[k]];
        }
        total += a[i] * row;
    }
    return total;
}

/// Runs R permutations of `values` and summarises the simulated statistics through the
/// library's resampling engine (`stats::permutation_distribution`): permutation r shuffles
/// the units with the stream (seed, r) and evaluates `statistic(permuted)`, permuted[i] =
/// values[π(i)]. `direction` says whether large (Moran, G) or small (Geary, spatial Gini)
/// values mean clustering; `alternative::greater` always means clustering.
template <class Statistic>
[[nodiscard]] permutation_test run_permutations(const char* fn, const Eigen::VectorXd& values, double observed,
                                                const global_options& o, stats::greater_means direction,
                                                Statistic&& statistic) {
    const auto n = static_cast<std::size_t>(values.size());
    const auto simulated = stats::permutation_distribution<Eigen::VectorXd>(
        fn, n, resampling_of(o), [&](std::span<const std::size_t> pi, Eigen::VectorXd& permuted) {
            permuted.resize(values.size());
            for (std::size_t i = 0; i < n; ++i) {
                permuted[static_cast<Eigen::Index>(i)] = values[static_cast<Eigen::Index>(pi[i])];
            }
            return statistic(static_cast<const Eigen::VectorXd&>(permuted));
        });
    return stats::permutation_summary(observed, simulated, o.alternative, direction, o.seed);
}

/// An analytic normal test from a statistic, its null moments and the alternative.
/// \throws domain_error if the variance is not positive (possible under randomisation
/// when the values' kurtosis is extreme).
[[nodiscard]] inline analytic_test make_test(const char* fn, double statistic, double expectation, double variance,
                                             alternative alt, stats::greater_means direction) {
    if (!(variance > 0.0) || !std::isfinite(variance)) {
        ineq::detail::fail_got(fn, "the variance under the null is not positive (the values' kurtosis is too high "
                                   "for the test)", variance);
    }
    return stats::normal_test(statistic, expectation, variance, alt, direction);
}

}  // namespace ineq::spatial::detail

#endif  // INEQ_SPATIAL_DETAIL_GLOBAL_HPP
