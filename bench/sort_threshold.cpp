// The crossover between std::sort and ineq's radix sort on lognormal doubles: sets
// ineq::detail::radix_sort_min_size (include/ineq/detail/sort.hpp). Both sort a fresh copy.
#include <ineq/detail/sort.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstddef>
#include <random>
#include <vector>

namespace {

std::vector<double> lognormal(std::size_t n) {
    std::mt19937_64 rng(42);
    std::lognormal_distribution<double> dist(0.0, 1.0);
    std::vector<double> d(n);
    for (auto& v : d) {
        v = dist(rng);
    }
    return d;
}

void std_sort(benchmark::State& state) {
    const auto x = lognormal(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        auto copy = x;
        std::sort(copy.begin(), copy.end());
        benchmark::DoNotOptimize(copy.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void radix_sort(benchmark::State& state) {
    const auto x = lognormal(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        auto copy = x;
        ineq::detail::radix_sort(copy);
        benchmark::DoNotOptimize(copy.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

}  // namespace

BENCHMARK(std_sort)->RangeMultiplier(2)->Range(64, 1 << 16);
BENCHMARK(radix_sort)->RangeMultiplier(2)->Range(64, 1 << 16);

// Large inputs.
BENCHMARK(radix_sort)
    ->RangeMultiplier(10)
    ->Range(100'000, 10'000'000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(std_sort)
    ->RangeMultiplier(10)
    ->Range(100'000, 10'000'000)
    ->Unit(benchmark::kMillisecond);
