// Network benchmarks:
//   - building the institution network from records (`ineq::network::institution_network`,
//     every record, full counting) on the synthetic records of bench/synthetic.hpp;
//   - Brandes betweenness (`ineq::network::betweenness`) on seeded G(n, m) graphs with average
//     degree 10 (m = 5n), 1e3 ... 1e5 nodes, unweighted (hops) and with lengths 1 / weight
//     (integer weights 1..4, `edge_weights::strength`); closeness (hops) alongside; betweenness
//     (hops) on 1 to 3 threads (real time), and 1e2 ... 1e5 nodes for bench/growth.py.
// The same graphs are written by `bench_write_inputs --graph` for the networkx and igraph
// peers (bench/compare/network_peers.py). See bench/README.md for results and commands.
#include "synthetic.hpp"

#include <ineq/network/build.hpp>
#include <ineq/network/graph.hpp>
#include <ineq/network/paths.hpp>

#include <benchmark/benchmark.h>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace {

const ineq::network::adjacency_list& graph_of(std::size_t n) {
    static std::map<std::size_t, ineq::network::adjacency_list> cache;
    auto it = cache.find(n);
    if (it == cache.end()) {
        ineq::network::graph g(n);  // unlabelled: node i is "i"
        for (const auto& e : bench::random_graph(n, 5 * n)) {
            g.add_edge(e.i, e.j, e.w);
        }
        it = cache.emplace(n, ineq::network::adjacency_list(g)).first;
    }
    return it->second;
}

void betweenness_hops(benchmark::State& state) {
    const auto& g = graph_of(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(ineq::network::betweenness(g));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));  // sources per second
}

void betweenness_inverse_weight(benchmark::State& state) {
    const auto& g = graph_of(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            ineq::network::betweenness(g, ineq::network::edge_weights::strength));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

/// Betweenness (hops) on `state.range(1)` threads; timed in real time.
void betweenness_hops_threads(benchmark::State& state) {
    const auto& g = graph_of(static_cast<std::size_t>(state.range(0)));
    const auto threads = static_cast<unsigned>(state.range(1));
    for (auto _ : state) {
        benchmark::DoNotOptimize(ineq::network::betweenness(g, ineq::network::edge_weights::ignore,
                                                            ineq::network::betweenness_scaling::raw, threads));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void closeness_hops(benchmark::State& state) {
    const auto& g = graph_of(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(ineq::network::closeness(g));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

const std::vector<ineq::patent_record>& records_of(std::size_t n) {
    static std::map<std::size_t, std::vector<ineq::patent_record>> cache;
    auto it = cache.find(n);
    if (it == cache.end()) {
        const auto pool = bench::applicant_pool(5000);
        it = cache.emplace(n, bench::to_patent_records(bench::raw_records(n, pool.size()), pool))
                 .first;
    }
    return it->second;
}

void institution_network(benchmark::State& state) {
    const auto& records = records_of(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(ineq::network::institution_network(records));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));  // records per second
}

}  // namespace

BENCHMARK(betweenness_hops)->Arg(100)->Arg(1000)->Arg(3000)->Arg(10000)->Arg(30000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(betweenness_hops_threads)
    ->ArgsProduct({{3000, 10000}, {1, 2, 3}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(betweenness_inverse_weight)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(closeness_hops)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(institution_network)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
