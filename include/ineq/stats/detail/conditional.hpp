#ifndef INEQ_STATS_DETAIL_CONDITIONAL_HPP
#define INEQ_STATS_DETAIL_CONDITIONAL_HPP

/// \file
/// The inner loops of conditional permutation (stats/resampling.hpp): drawing a unit's
/// neighbour values without replacement and summarising the simulated lags. Not part of
/// the public API.

#include <ineq/detail/random.hpp>
#include <ineq/stats/inference.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <span>
#include <utility>

namespace ineq::stats::detail {

/// Counts and moments of R simulated lags L = Σ_t w_t · v_{π(t)} of one unit.
struct lag_draws {
    std::size_t at_least = 0;  ///< L ≥ L0 (within the tie tolerance)
    std::size_t at_most = 0;   ///< L ≤ L0 (within the tie tolerance)
    double mean = 0.0;
    double sd = 0.0;  ///< sample sd (R − 1); 0 when R = 1
};

/// R draws of k = wts.size() values without replacement from `pool` (the other units'
/// values; reordered in place), each giving the lag Σ_t wts[t]·pool[t]. Single pass per
/// draw; no allocation. Sums are shifted by the observed lag L0 for accuracy.
inline lag_draws draw_lags(std::span<double> pool, std::span<const double> wts, double observed,
                           std::size_t r, double tolerance, ineq::detail::stream_engine& engine) noexcept {
    const std::size_t k = wts.size();
    const std::size_t m = pool.size();
    double* p = pool.data();
    const double* wt = wts.data();
    lag_draws out;
    double s1 = 0.0;
    double s2 = 0.0;
    for (std::size_t d = 0; d < r; ++d) {
        double lag = 0.0;
        for (std::size_t t = 0; t < k; ++t) {
            const std::size_t j = t + static_cast<std::size_t>(engine.below(m - t));
            const double v = p[j];
            p[j] = p[t];
            p[t] = v;
            lag += wt[t] * v;
        }
        const double dev = lag - observed;
        s1 += dev;
        s2 += dev * dev;
        out.at_least += dev >= -tolerance ? 1U : 0U;
        out.at_most += dev <= tolerance ? 1U : 0U;
    }
    const auto dr = static_cast<double>(r);
    out.mean = observed + s1 / dr;
    out.sd = r > 1 ? std::sqrt(std::max(0.0, (s2 - s1 * s1 / dr) / (dr - 1.0))) : 0.0;
    return out;
}

/// The values of every unit but i, in a canonical order (unit n − 1 takes slot i), so the
/// draws of unit i do not depend on what ran before.
inline std::span<double> others(std::span<double> scratch, std::span<const double> v, std::size_t i) noexcept {
    const std::size_t n = v.size();
    std::copy(v.begin(), v.end(), scratch.begin());
    scratch[i] = scratch[n - 1];
    return scratch.first(n - 1);
}

/// The permutation test of a statistic s = a + b·L that is affine in a unit's random lag L.
inline permutation_test affine_test(double a, double b, double statistic, const lag_draws& d, std::size_t resamples,
                                    std::uint64_t seed, alternative alt) noexcept {
    permutation_test t;
    t.statistic = statistic;
    t.resamples = resamples;
    t.seed = seed;
    t.expectation = a + b * d.mean;
    t.standard_error = std::abs(b) * d.sd;
    t.z = t.standard_error > 0.0 ? (statistic - t.expectation) / t.standard_error : 0.0;
    std::size_t ge = d.at_least;
    std::size_t le = d.at_most;
    if (b < 0.0) {
        std::swap(ge, le);
    } else if (b == 0.0) {  // the statistic does not vary: every draw ties
        ge = le = resamples;
    }
    t.p_value = pseudo_p_value(ge, le, resamples, alt);
    return t;
}

/// Tie tolerance for lags on the scale of the values: sums of the same numbers in another
/// order may differ in the last bits, and integer data (counts) tie exactly.
[[nodiscard]] inline double lag_tolerance(std::span<const double> wts, double max_abs) noexcept {
    double s = 0.0;
    for (const double v : wts) {
        s += std::abs(v);
    }
    return 1e-12 * s * max_abs;
}

}  // namespace ineq::stats::detail

#endif  // INEQ_STATS_DETAIL_CONDITIONAL_HPP
