#ifndef INEQ_SPATIAL_DETAIL_GLOBAL_HPP
#define INEQ_SPATIAL_DETAIL_GLOBAL_HPP

/// \file
/// Internals shared by the global spatial statistics (Moran, Geary, Getis–Ord, spatial
/// Gini): how n is counted, the checks every statistic makes, and the permutation runner.
/// Not part of the public API.

#include <ineq/detail/numeric.hpp>
#include <ineq/detail/parallel.hpp>
#include <ineq/detail/random.hpp>
#include <ineq/error.hpp>
#include <ineq/spatial/inference.hpp>
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

/// Which tail of the permutation distribution counts as clustering.
enum class clustering_tail : std::uint8_t { high, low };

/// Runs R permutations of `values` and summarises the simulated statistics.
///
/// Permutation r (0-based) shuffles the unit indices with the stream (seed, r) — a full
/// Fisher–Yates shuffle of 0..n−1 — and evaluates `statistic(permuted)`, where
/// permuted[i] = values[π(i)]. Threads take blocks of 64 consecutive r; the simulated values
/// are stored by r and summarised in r order, so the result does not depend on the
/// thread count. `tail` says whether large (Moran, G) or small (Geary, spatial Gini)
/// values mean clustering; `alternative::greater` always means clustering, and z is
/// signed so that a positive z means clustering.
template <class Statistic>
[[nodiscard]] permutation_test run_permutations(const char* fn, const Eigen::VectorXd& values, double observed,
                                                const permutation_options& o, clustering_tail tail,
                                                Statistic&& statistic) {
    check_permutations(fn, o);
    const std::size_t r_total = o.permutations;
    const auto n = static_cast<std::size_t>(values.size());
    std::vector<double> simulated(r_total);

    // Blocks of permutations handed to the threads as they become free; each thread keeps
    // its own index pool and permuted vector.
    constexpr std::size_t per_block = 64;
    const std::size_t blocks = (r_total + per_block - 1) / per_block;
    struct scratch {
        std::vector<std::size_t> pool;
        Eigen::VectorXd permuted;
    };
    std::vector<scratch> scratch_of(ineq::detail::thread_count(o.threads, blocks));
    ineq::detail::run_blocks(blocks, o.threads, [&](std::size_t block, unsigned thread) {
        scratch& s = scratch_of[thread];
        if (s.pool.size() != n) {
            s.pool.resize(n);
            s.permuted.resize(values.size());
        }
        const std::size_t first = block * per_block;
        const std::size_t last = std::min(r_total, first + per_block);
        for (std::size_t r = first; r < last; ++r) {
            ineq::detail::stream_engine engine(o.seed, r);
            std::iota(s.pool.begin(), s.pool.end(), std::size_t{0});
            ineq::detail::partial_shuffle(std::span<std::size_t>(s.pool), n, engine);
            for (std::size_t i = 0; i < n; ++i) {
                s.permuted[static_cast<Eigen::Index>(i)] = values[static_cast<Eigen::Index>(s.pool[i])];
            }
            simulated[r] = statistic(s.permuted);
        }
    });

    // Summaries in r order: identical for every thread count.
    std::size_t at_least = 0;
    std::size_t at_most = 0;
    ineq::detail::neumaier_sum sum;
    for (const double s : simulated) {
        at_least += s >= observed ? 1U : 0U;
        at_most += s <= observed ? 1U : 0U;
        sum.add(s);
    }
    const double mean = sum.value() / static_cast<double>(r_total);
    ineq::detail::neumaier_sum squares;
    for (const double s : simulated) {
        squares.add((s - mean) * (s - mean));
    }
    const double sd = r_total > 1 ? std::sqrt(squares.value() / static_cast<double>(r_total - 1)) : 0.0;

    permutation_test t;
    t.statistic = observed;
    t.mean = mean;
    t.sd = sd;
    const double z = sd > 0.0 ? (observed - mean) / sd : 0.0;
    t.z = tail == clustering_tail::high ? z : -z;
    // For a statistic whose clustering tail is low (Geary's C), "at least as extreme" in the
    // direction of clustering counts the simulated values at most the observed one.
    const std::size_t toward = tail == clustering_tail::high ? at_least : at_most;
    const std::size_t against = tail == clustering_tail::high ? at_most : at_least;
    t.p = pseudo_p(toward, against, r_total, o.alternative);
    t.permutations = r_total;
    t.seed = o.seed;
    return t;
}

/// An analytic test from a statistic, its null moments and the alternative; `tail` as above.
/// \throws domain_error if the variance is not positive (possible under randomisation
/// when the values' kurtosis is extreme).
[[nodiscard]] inline analytic_test make_test(const char* fn, double statistic, double expectation, double variance,
                                             alternative alt, clustering_tail tail) {
    if (!(variance > 0.0) || !std::isfinite(variance)) {
        ineq::detail::fail_got(fn, "the variance under the null is not positive (the values' kurtosis is too high "
                                   "for the test)", variance);
    }
    analytic_test t;
    t.statistic = statistic;
    t.expectation = expectation;
    t.variance = variance;
    const double z = (statistic - expectation) / std::sqrt(variance);
    t.z = tail == clustering_tail::high ? z : -z;
    t.p = normal_p(t.z, alt);
    return t;
}

}  // namespace ineq::spatial::detail

#endif  // INEQ_SPATIAL_DETAIL_GLOBAL_HPP
