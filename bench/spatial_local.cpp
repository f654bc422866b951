// Local spatial statistics: local Moran with conditional-permutation inference
// (`ineq::spatial::local_moran_permutation`, 9,999 permutations) and the analytic local Moran
// and local G, on two inputs:
//   - "provinces": Table 1's cooperative column over the 31 provinces with the 68 land borders
//     (Hainan an island), row-standardised;
//   - "prefectures": 340 units with random symmetric neighbours (a ring plus random distinct
//     pairs, 935 pairs in all: 5.5 neighbours per unit on average, seeded), row-standardised,
//     lognormal values (seeded).
// `bench_spatial_local --write-inputs DIR` writes both inputs (values, neighbour pairs) for the
// R spdep peer (`bench/compare/spdep_local.py`, which runs this program and `Rscript` in the
// same run and prints the ratios). See bench/README.md.
#include <ineq/spatial/lisa.hpp>
#include <ineq/spatial/local_g.hpp>
#include <ineq/spatial/provinces.hpp>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace {

namespace sp = ineq::spatial;

struct input {
    std::vector<double> values;
    std::vector<std::pair<std::size_t, std::size_t>> pairs;  // undirected, 0-based
    sp::weights w;
};

input provinces() {
    // Table 1, cooperative patents (examples/table1/table1.cpp), in the table's printed order.
    const std::vector<double> x{7,   46,  33,  91,   86,  27,  28, 13, 129, 23,  91, 327, 328, 43, 169, 122,
                                82,  107, 1364, 598, 194, 18,  2,  26, 125, 797, 31, 127, 11,  24, 418};
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (const auto& b : sp::province_borders) {
        pairs.emplace_back(ineq::province_from_code(b.a).value().index(),
                           ineq::province_from_code(b.b).value().index());
    }
    auto w = sp::weights::from_pairs(31, pairs, sp::weights_style::row_standardised, sp::island_policy::keep());
    return {x, pairs, std::move(w)};
}

input prefectures(std::size_t n = 340, std::size_t m = 935) {
    std::mt19937_64 rng(20211231);
    std::set<std::pair<std::size_t, std::size_t>> seen;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t j = (i + 1) % n;
        seen.emplace(std::min(i, j), std::max(i, j));
    }
    std::uniform_int_distribution<std::size_t> node(0, n - 1);
    while (seen.size() < m) {
        const auto a = node(rng);
        const auto b = node(rng);
        if (a != b) {
            seen.emplace(std::min(a, b), std::max(a, b));
        }
    }
    std::lognormal_distribution<double> lognormal(3.0, 1.2);
    std::vector<double> x(n);
    for (auto& v : x) {
        v = std::round(lognormal(rng));
    }
    std::vector<std::pair<std::size_t, std::size_t>> pairs(seen.begin(), seen.end());
    auto w = sp::weights::from_pairs(n, pairs, sp::weights_style::row_standardised);
    return {x, pairs, std::move(w)};
}

const input& data(std::int64_t which) {
    static const input p = provinces();
    static const input q = prefectures();
    return which == 0 ? p : q;
}

void local_moran_permutation(benchmark::State& state) {
    const auto& in = data(state.range(0));
    sp::local_options o;
    o.resamples = 9999;
    o.threads = static_cast<unsigned>(state.range(1));
    for (auto _ : state) {
        benchmark::DoNotOptimize(sp::local_moran_permutation(in.values, in.w, o));
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(in.values.size()) * 9999);
    state.SetLabel(state.range(0) == 0 ? "provinces" : "prefectures");
}

void local_moran_analytic(benchmark::State& state) {
    const auto& in = data(state.range(0));
    for (auto _ : state) {
        benchmark::DoNotOptimize(sp::local_moran(in.values, in.w));
    }
    state.SetLabel(state.range(0) == 0 ? "provinces" : "prefectures");
}

void local_g_star_permutation(benchmark::State& state) {
    const auto& in = data(state.range(0));
    sp::local_options o;
    o.resamples = 9999;
    for (auto _ : state) {
        benchmark::DoNotOptimize(sp::local_g_permutation(in.values, in.w, sp::local_g_kind::g_star, o));
    }
    state.SetLabel(state.range(0) == 0 ? "provinces" : "prefectures");
}

// Arguments: input (0 provinces, 1 prefectures), threads.
// Process CPU time (all threads) and wall time, so the two-thread runs are measured honestly.
BENCHMARK(local_moran_permutation)
    ->Args({0, 1})
    ->Args({1, 1})
    ->Args({0, 2})
    ->Args({1, 2})
    ->MeasureProcessCPUTime()
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(local_moran_analytic)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(local_g_star_permutation)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

int write_inputs(const std::string& dir) {
    for (const auto& [name, which] : {std::pair{"provinces", 0}, std::pair{"prefectures", 1}}) {
        const auto& in = data(which);
        std::ofstream v(dir + "/" + name + "_values.txt");
        v.precision(17);
        for (const double x : in.values) {
            v << x << '\n';
        }
        std::ofstream p(dir + "/" + name + "_pairs.txt");
        for (const auto& [a, b] : in.pairs) {
            p << a + 1 << ' ' << b + 1 << '\n';  // 1-based for R
        }
        if (!v || !p) {
            std::cerr << "cannot write to " << dir << '\n';
            return 1;
        }
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 3 && std::string(argv[1]) == "--write-inputs") {
        return write_inputs(argv[2]);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
