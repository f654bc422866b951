#ifndef INEQ_STATS_RESAMPLING_HPP
#define INEQ_STATS_RESAMPLING_HPP

/// \file
/// The one resampling engine of the library: permutations, conditional permutations and
/// bootstrap draws, on threads, reproducible by seed.
///
/// Named streams. Resample r (a permutation of a global statistic, a bootstrap replicate)
/// or unit i (a conditional permutation of a local statistic) draws from its own random
/// stream named by (seed, r) or (seed, i), so a result depends on the seed only — never on
/// the thread count or on what ran before. Work is handed to threads in blocks through one
/// loop (`ineq::detail::run_blocks`); simulated values are stored by index and summarised
/// in index order.

#include <ineq/detail/numeric.hpp>
#include <ineq/detail/parallel.hpp>
#include <ineq/detail/random.hpp>
#include <ineq/error.hpp>
#include <ineq/stats/detail/conditional.hpp>
#include <ineq/stats/inference.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <optional>
#include <span>
#include <vector>

namespace ineq::stats {

/// How many resamples, which random streams, how many threads.
struct resampling_options {
    std::size_t resamples = 999;    ///< R, at least 1
    std::uint64_t seed = 20211231;  ///< names the random streams
    unsigned threads = 1;           ///< 0 = std::thread::hardware_concurrency(); results do not depend on it
};

/// The random stream (seed, id): xoshiro256** seeded through SplitMix64, with `below(n)`
/// (uniform integer in [0, n)) and `uniform()` (uniform double in [0, 1)).
using random_stream = ineq::detail::stream_engine;

/// Runs `draw(r, stream, scratch)` for r in [0, R) on o.threads threads, with the stream
/// (o.seed, r) and a per-thread `Scratch` (default-constructed once per thread), and returns
/// the R values in r order. This is the loop every resampling test of the library runs.
/// \throws domain_error naming `fn` if o.resamples is 0; rethrows what `draw` throws.
/// Example: `auto sims = simulate<std::vector<double>>("my_test", {.resamples = 99},`
///          `    [&](std::size_t, random_stream& s, std::vector<double>&) { return s.uniform(); });`
template <class Scratch, class Draw>
[[nodiscard]] std::vector<double> simulate(const char* fn, const resampling_options& o, Draw&& draw) {
    if (o.resamples == 0) {
        ineq::detail::fail(fn, "needs at least one resample");
    }
    const std::size_t r_total = o.resamples;
    std::vector<double> simulated(r_total);
    constexpr std::size_t per_block = 64;
    const std::size_t blocks = (r_total + per_block - 1) / per_block;
    std::vector<Scratch> scratch_of(ineq::detail::thread_count(o.threads, blocks));
    ineq::detail::run_blocks(blocks, o.threads, [&](std::size_t block, unsigned thread) {
        Scratch& s = scratch_of[thread];
        const std::size_t last = std::min(r_total, (block + 1) * per_block);
        for (std::size_t r = block * per_block; r < last; ++r) {
            random_stream stream(o.seed, r);
            simulated[r] = draw(r, stream, s);
        }
    });
    return simulated;
}

/// R values of a statistic of random permutations of n units: permutation r is a full
/// Fisher–Yates shuffle π of 0..n−1 with the stream (o.seed, r), and the value is
/// `statistic(π, scratch)` (π[i] is the unit whose value goes to unit i).
/// \throws domain_error naming `fn` if o.resamples is 0.
/// Example: `auto sims = permutation_distribution<std::vector<double>>("mean_gap", x.size(), {},`
///          `    [&](std::span<const std::size_t> pi, std::vector<double>&) { return x[pi[0]] - x[pi[1]]; });`
template <class Scratch, class Statistic>
[[nodiscard]] std::vector<double> permutation_distribution(const char* fn, std::size_t n,
                                                           const resampling_options& o, Statistic&& statistic) {
    struct state {
        std::vector<std::size_t> pool;
        Scratch scratch{};
    };
    return simulate<state>(fn, o, [&](std::size_t, random_stream& stream, state& s) {
        s.pool.resize(n);
        std::iota(s.pool.begin(), s.pool.end(), std::size_t{0});
        ineq::detail::partial_shuffle(std::span<std::size_t>(s.pool), n, stream);
        return statistic(std::span<const std::size_t>(s.pool), s.scratch);
    });
}

/// Fills `out` with indices drawn uniformly with replacement from [0, n): one bootstrap
/// resample. `n` must be at least 1.
/// Example: `random_stream s(seed, b); draw_with_replacement(s, x.size(), indices);`
inline void draw_with_replacement(random_stream& stream, std::size_t n, std::span<std::size_t> out) noexcept {
    for (auto& i : out) {
        i = static_cast<std::size_t>(stream.below(n));
    }
}

/// R values of a statistic of bootstrap resamples of n observations: resample r draws n
/// indices uniformly with replacement with the stream (o.seed, r), and the value is
/// `statistic(indices, scratch)`.
/// \throws domain_error naming `fn` if o.resamples is 0 or n is 0.
/// Example: `auto sims = bootstrap_distribution<int>("boot_mean", x.size(), {},`
///          `    [&](std::span<const std::size_t> idx, int&) { double s = 0; for (auto i : idx) s += x[i]; return s; });`
template <class Scratch, class Statistic>
[[nodiscard]] std::vector<double> bootstrap_distribution(const char* fn, std::size_t n, const resampling_options& o,
                                                         Statistic&& statistic) {
    if (n == 0) {
        ineq::detail::fail(fn, "needs at least one observation to resample");
    }
    struct state {
        std::vector<std::size_t> indices;
        Scratch scratch{};
    };
    return simulate<state>(fn, o, [&](std::size_t, random_stream& stream, state& s) {
        s.indices.resize(n);
        draw_with_replacement(stream, n, s.indices);
        return statistic(std::span<const std::size_t>(s.indices), s.scratch);
    });
}

/// Summarises simulated values against the observed statistic: expectation = mean, standard
/// error = sample sd (R − 1), z = (observed − mean)/sd (0 when sd is 0; sign reversed for
/// `greater_means::smaller`), pseudo p-value for `alt` counting the simulated values at
/// least as extreme in the `greater` direction of the family.
/// Sums are compensated and taken in order, so the summary is the same on every thread count.
/// Example: `auto t = permutation_summary(observed, sims, alternative::greater, greater_means::larger, 7);`
[[nodiscard]] inline permutation_test permutation_summary(double observed, std::span<const double> simulated,
                                                          alternative alt, greater_means direction,
                                                          std::uint64_t seed) {
    const std::size_t r_total = simulated.size();
    std::size_t at_least = 0;
    std::size_t at_most = 0;
    ineq::detail::neumaier_sum sum;
    for (const double s : simulated) {
        at_least += s >= observed ? 1U : 0U;
        at_most += s <= observed ? 1U : 0U;
        sum.add(s);
    }
    const double mean = r_total > 0 ? sum.value() / static_cast<double>(r_total) : 0.0;
    ineq::detail::neumaier_sum squares;
    for (const double s : simulated) {
        squares.add((s - mean) * (s - mean));
    }
    const double sd = r_total > 1 ? std::sqrt(squares.value() / static_cast<double>(r_total - 1)) : 0.0;
    permutation_test t;
    t.statistic = observed;
    t.expectation = mean;
    t.standard_error = sd;
    const double z = sd > 0.0 ? (observed - mean) / sd : 0.0;
    const bool larger = direction == greater_means::larger;
    t.z = larger ? z : -z;
    t.p_value = pseudo_p_value(larger ? at_least : at_most, larger ? at_most : at_least, r_total, alt);
    t.resamples = r_total;
    t.seed = seed;
    return t;
}

/// What conditional permutation needs of one unit whose statistic is affine in its lag:
/// s = offset + scale · L, L = Σ_t weights[t] · v_{π(t)} over the unit's neighbour slots.
struct conditional_unit {
    std::span<const double> weights;  ///< the unit's neighbour weights (one slot per neighbour)
    double observed_lag = 0.0;        ///< L with the observed neighbours
    double offset = 0.0;              ///< the part of s that stays fixed (a self term)
    double scale = 1.0;
    double statistic = 0.0;           ///< the observed s
};

/// Conditional permutation (Anselin 1995) of a local statistic: unit i keeps its value and
/// its k_i neighbour slots receive k_i of the other n − 1 values drawn without replacement,
/// R times, with the stream (o.seed, i). `unit(i)` returns the unit's `conditional_unit`, or
/// nothing where the statistic is not defined (an island), which stays `std::nullopt`.
/// Simulated lags within 1e-12·Σ|w|·max|v| of the observed one count as ties both ways.
/// `unit` is called from several threads and must only read shared data.
/// \throws domain_error naming `fn` if o.resamples is 0.
/// Example: `auto t = conditional_permutation("local_stat", z, {}, alternative::two_sided,`
///          `    [&](std::size_t i) { return std::optional{conditional_unit{w_i(i), lag(i), 0.0, z[i], z[i] * lag(i)}}; });`
template <class Unit>
[[nodiscard]] std::vector<std::optional<permutation_test>> conditional_permutation(
    const char* fn, std::span<const double> values, const resampling_options& o, alternative alt, Unit&& unit) {
    if (o.resamples == 0) {
        ineq::detail::fail(fn, "needs at least one resample");
    }
    const std::size_t n = values.size();
    double max_abs = 0.0;
    for (const double v : values) {
        max_abs = std::max(max_abs, std::abs(v));
    }
    std::vector<std::optional<permutation_test>> out(n);
    const std::size_t per_block = std::max<std::size_t>(1, (n + 63) / 64);
    const std::size_t blocks = (n + per_block - 1) / per_block;
    std::vector<std::vector<double>> scratch_of(ineq::detail::thread_count(o.threads, blocks));
    ineq::detail::run_blocks(blocks, o.threads, [&](std::size_t block, unsigned thread) {
        std::vector<double>& scratch = scratch_of[thread];
        scratch.resize(n);
        const std::size_t last = std::min(n, (block + 1) * per_block);
        for (std::size_t i = block * per_block; i < last; ++i) {
            const std::optional<conditional_unit> u = unit(i);
            if (!u) {
                continue;
            }
            random_stream stream(o.seed, i);
            const auto draws = detail::draw_lags(detail::others(scratch, values, i), u->weights, u->observed_lag,
                                                 o.resamples, detail::lag_tolerance(u->weights, max_abs), stream);
            out[i] = detail::affine_test(u->offset, u->scale, u->statistic, draws, o.resamples, o.seed, alt);
        }
    });
    return out;
}

}  // namespace ineq::stats

#endif  // INEQ_STATS_RESAMPLING_HPP
