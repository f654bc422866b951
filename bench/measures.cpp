// Measures on seeded data, each against the peers a user would otherwise reach for, in the
// same run:
//   - the Gini coefficient against Boost.Math's gini_coefficient (which sorts in place, so it
//     gets a fresh copy every iteration; `copy_only` times that copy alone so that it can be
//     subtracted), against std::sort of a copy plus one loop, and against the sort that
//     ineq::gini uses internally (`ineq_sort_copy`: the floor for any sort-based Gini);
//     `ineq_gini_workspace` passes one workspace across iterations, `ineq_gini_threads`
//     runs on 1 to 3 threads (real time), and 1e8 values feed bench/growth.py;
//   - the sample sd and the CV against Boost.Math's sample_variance and a plain summation loop.
// Data: lognormal doubles (mu 0, sigma 1) and integer counts (Poisson, mean 4, as int).
// See bench/README.md for the results and the exact commands.
#include <ineq/detail/shares.hpp>
#include <ineq/detail/sort.hpp>
#include <ineq/measures/dispersion.hpp>
#include <ineq/measures/gini.hpp>
#include <ineq/measures/gini_threads.hpp>
#include <ineq/measures/summary.hpp>

#include <benchmark/benchmark.h>

#if INEQ_BENCH_WITH_BOOST
#include <boost/math/statistics/univariate_statistics.hpp>
#endif

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

namespace {

struct lognormal_doubles {
    using value_type = double;
    static const std::vector<double>& data(std::size_t n) {
        static std::vector<double> d;
        if (d.size() != n) {
            std::mt19937_64 rng(42);
            std::lognormal_distribution<double> dist(0.0, 1.0);
            d.resize(n);
            for (auto& v : d) {
                v = dist(rng);
            }
        }
        return d;
    }
};

struct poisson_counts {
    using value_type = int;
    static const std::vector<int>& data(std::size_t n) {
        static std::vector<int> d;
        if (d.size() != n) {
            std::mt19937_64 rng(42);
            std::poisson_distribution<int> dist(4.0);
            d.resize(n);
            for (auto& v : d) {
                v = dist(rng);
            }
        }
        return d;
    }
};

template <class Data>
const auto& input(const benchmark::State& state) {
    return Data::data(static_cast<std::size_t>(state.range(0)));
}

void items(benchmark::State& state) {
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

// ---- Gini ------------------------------------------------------------------------------

template <class Data>
void ineq_gini(benchmark::State& state) {
    const auto& x = input<Data>(state);
    for (auto _ : state) {
        benchmark::DoNotOptimize(ineq::gini(x));
    }
    items(state);
}

/// `gini(x, ws)` with one workspace kept across iterations (what the per-thread cache of
/// the plain call does too, below its 128 MiB bound).
template <class Data>
void ineq_gini_workspace(benchmark::State& state) {
    const auto& x = input<Data>(state);
    ineq::gini_workspace ws;
    for (auto _ : state) {
        benchmark::DoNotOptimize(ineq::gini(x, ws));
    }
    items(state);
}

/// `gini(x, ws, threads)`: the second argument is the thread count; timed in real time.
void ineq_gini_threads(benchmark::State& state) {
    const auto& x = lognormal_doubles::data(static_cast<std::size_t>(state.range(0)));
    const auto threads = static_cast<unsigned>(state.range(1));
    ineq::gini_workspace ws;
    for (auto _ : state) {
        benchmark::DoNotOptimize(ineq::gini(x, ws, threads));
    }
    items(state);
}

/// The validated, sorted copy that ineq::gini computes before its one summing pass.
template <class Data>
void ineq_sort_copy(benchmark::State& state) {
    const auto& x = input<Data>(state);
    for (auto _ : state) {
        auto s = ineq::detail::sorted_copy_for_shares(x, "bench");
        benchmark::DoNotOptimize(s.values.data());
        benchmark::ClobberMemory();
    }
    items(state);
}

template <class Data>
void copy_only(benchmark::State& state) {
    const auto& x = input<Data>(state);
    for (auto _ : state) {
        auto copy = x;
        benchmark::DoNotOptimize(copy.data());
        benchmark::ClobberMemory();
    }
    items(state);
}

template <class Data>
void std_sort_copy(benchmark::State& state) {
    const auto& x = input<Data>(state);
    for (auto _ : state) {
        auto copy = x;
        std::sort(copy.begin(), copy.end());
        benchmark::DoNotOptimize(copy.data());
        benchmark::ClobberMemory();
    }
    items(state);
}

/// What a user writes by hand: copy, std::sort, one loop (no validation, no compensation).
template <class Data>
void plain_sort_loop_gini(benchmark::State& state) {
    const auto& x = input<Data>(state);
    for (auto _ : state) {
        auto copy = x;
        std::sort(copy.begin(), copy.end());
        double total = 0.0;
        double weighted = 0.0;
        double rank = 0.0;
        for (const auto v : copy) {
            rank += 1.0;
            total += static_cast<double>(v);
            weighted += rank * static_cast<double>(v);
        }
        benchmark::DoNotOptimize((2.0 * weighted - (rank + 1.0) * total) / (rank * total));
    }
    items(state);
}

#if INEQ_BENCH_WITH_BOOST
/// Boost sorts its argument, so it gets a fresh copy each iteration (see copy_only).
template <class Data>
void boost_gini(benchmark::State& state) {
    const auto& x = input<Data>(state);
    for (auto _ : state) {
        auto copy = x;
        benchmark::DoNotOptimize(boost::math::statistics::gini_coefficient(copy));
    }
    items(state);
}
#endif

// ---- sample sd, CV, summary ------------------------------------------------------------

template <class Data>
void ineq_sample_sd(benchmark::State& state) {
    const auto& x = input<Data>(state);
    for (auto _ : state) {
        benchmark::DoNotOptimize(ineq::sample_sd(x));
    }
    items(state);
}

template <class Data>
void ineq_cv(benchmark::State& state) {
    const auto& x = input<Data>(state);
    for (auto _ : state) {
        benchmark::DoNotOptimize(ineq::cv(x));
    }
    items(state);
}

template <class Data>
void ineq_summarize(benchmark::State& state) {
    const auto& x = input<Data>(state);
    for (auto _ : state) {
        benchmark::DoNotOptimize(ineq::summarize(x));
    }
    items(state);
}

/// One pass, one accumulator: the throughput bound the moments are held to.
template <class Data>
void plain_sum(benchmark::State& state) {
    const auto& x = input<Data>(state);
    for (auto _ : state) {
        double s = 0.0;
        for (const auto v : x) {
            s += static_cast<double>(v);
        }
        benchmark::DoNotOptimize(s);
    }
    items(state);
}

#if INEQ_BENCH_WITH_BOOST
template <class Data>
void boost_sample_variance(benchmark::State& state) {
    const auto& x = input<Data>(state);
    for (auto _ : state) {
        benchmark::DoNotOptimize(boost::math::statistics::sample_variance(x));
    }
    items(state);
}
#endif

}  // namespace

// Sizes 1e3..1e7, set on each registered benchmark directly: the class behind it is
// benchmark::internal::Benchmark in Google Benchmark 1.7 and benchmark::Benchmark from 1.9 on
// (the old name deprecated), so this file names neither.
#define INEQ_BENCH_BOTH(fn)                                                                        \
    BENCHMARK_TEMPLATE(fn, lognormal_doubles)                                                      \
        ->RangeMultiplier(10)                                                                      \
        ->Range(1000, 10'000'000)                                                                  \
        ->Unit(benchmark::kMillisecond);                                                           \
    BENCHMARK_TEMPLATE(fn, poisson_counts)                                                         \
        ->RangeMultiplier(10)                                                                      \
        ->Range(1000, 10'000'000)                                                                  \
        ->Unit(benchmark::kMillisecond)

INEQ_BENCH_BOTH(ineq_gini);
INEQ_BENCH_BOTH(ineq_gini_workspace);
// Growth (bench/growth.py): 1e8 values (800 MB input plus 800 MB of scratch, which the
// per-thread cache frees after the call: above its bound).
BENCHMARK_TEMPLATE(ineq_gini, lognormal_doubles)->Arg(100'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(ineq_gini_workspace, lognormal_doubles)->Arg(100'000'000)->Unit(benchmark::kMillisecond);
// Thread scaling (real time): 1e6 and 1e7 values on 1, 2 and 3 threads.
BENCHMARK(ineq_gini_threads)
    ->ArgsProduct({{1'000'000, 10'000'000}, {1, 2, 3}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
INEQ_BENCH_BOTH(ineq_sort_copy);
INEQ_BENCH_BOTH(copy_only);
INEQ_BENCH_BOTH(std_sort_copy);
INEQ_BENCH_BOTH(plain_sort_loop_gini);
INEQ_BENCH_BOTH(ineq_sample_sd);
INEQ_BENCH_BOTH(ineq_cv);
INEQ_BENCH_BOTH(ineq_summarize);
INEQ_BENCH_BOTH(plain_sum);
#if INEQ_BENCH_WITH_BOOST
INEQ_BENCH_BOTH(boost_gini);
INEQ_BENCH_BOTH(boost_sample_variance);
#endif
