// Measures on seeded lognormal data, each against the peer a user would otherwise write:
// the Gini against std::sort of a copy plus one loop (the sort is the floor), the sample sd
// and the CV against a plain summation loop.
#include <ineq/measures.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace {

const std::vector<double>& lognormal(std::size_t n) {
    static std::vector<double> data;
    if (data.size() != n) {
        std::mt19937_64 rng(42);
        std::lognormal_distribution<double> dist(0.0, 1.0);
        data.resize(n);
        for (auto& v : data) {
            v = dist(rng);
        }
    }
    return data;
}

void gini(benchmark::State& state) {
    const auto& x = lognormal(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(ineq::gini(x));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void sort_copy_baseline(benchmark::State& state) {
    const auto& x = lognormal(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        std::vector<double> copy = x;
        std::sort(copy.begin(), copy.end());
        double total = 0.0;
        double weighted = 0.0;
        double rank = 0.0;
        for (double v : copy) {
            rank += 1.0;
            total += v;
            weighted += rank * v;
        }
        benchmark::DoNotOptimize((2.0 * weighted - (rank + 1.0) * total) / (rank * total));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void sample_sd(benchmark::State& state) {
    const auto& x = lognormal(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(ineq::sample_sd(x));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void cv(benchmark::State& state) {
    const auto& x = lognormal(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(ineq::cv(x));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void plain_sum_baseline(benchmark::State& state) {
    const auto& x = lognormal(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        double s = 0.0;
        for (double v : x) {
            s += v;
        }
        benchmark::DoNotOptimize(s);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

}  // namespace

BENCHMARK(gini)->RangeMultiplier(10)->Range(1000, 10'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(sort_copy_baseline)->RangeMultiplier(10)->Range(1000, 10'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(sample_sd)->RangeMultiplier(10)->Range(1000, 10'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(cv)->RangeMultiplier(10)->Range(1000, 10'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(plain_sum_baseline)->RangeMultiplier(10)->Range(1000, 10'000'000)->Unit(benchmark::kMillisecond);
