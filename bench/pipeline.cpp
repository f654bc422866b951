// Record-pipeline benchmarks on the synthetic records of bench/synthetic.hpp (5000 distinct
// realistic applicant names and addresses, seeded):
//   - `classify_applicant` over the names (items = names);
//   - `province_from_address` over the addresses (items = addresses);
//   - selection + aggregation of classified records into the study's two panels,
//     `cooperation_panels_of(records)` with `study_rules()` (items = records), and the same
//     with `aggregate<count_panel>` + `study_rules()` alone;
//   - the same two panels at the province and at the city level (`prefecture_regions()`);
//   - end to end: classify every applicant, look up its province from its address, then select
//     and aggregate (items = records); bench/compare/pandas_peer.py does the same in pandas on
//     the same records (written by `bench_write_inputs --records`);
//   - thread scaling (wall-clock time, range(1) = threads): `cooperation_panels_of` whole and
//     fractional and `deduplicate` on 1e6 records, with 1, 2 and 4 threads; the results are
//     identical to one thread's (tests/panel/aggregate_threads.cpp, tests/patent/dedup.cpp).
// See bench/README.md for results and commands.
#include "synthetic.hpp"
#include "texts.hpp"

#include <ineq/panel/aggregate.hpp>
#include <ineq/patent/classify.hpp>
#include <ineq/patent/dedup.hpp>
#include <ineq/patent/resolve.hpp>
#include <ineq/patent/selection.hpp>
#include <ineq/region/address.hpp>
#include <ineq/region/name.hpp>

#include <benchmark/benchmark.h>

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace {

const std::vector<bench::raw_applicant>& pool() {
    static const auto p = bench::applicant_pool(5000);
    return p;
}

struct record_set {
    std::vector<ineq::patent_record> records;
    std::vector<std::vector<std::string_view>> addresses;  // per record, per applicant
};

// Records with names only (kinds and provinces unknown), and their applicants' addresses.
record_set& raw_set(std::size_t n) {
    static std::map<std::size_t, record_set> cache;
    auto it = cache.find(n);
    if (it == cache.end()) {
        const auto raw = bench::raw_records(n, pool().size());
        record_set s;
        s.records = bench::to_patent_records(raw, pool());
        for (const auto& r : raw) {
            auto& a = s.addresses.emplace_back();
            for (const std::size_t i : r.applicants) {
                a.push_back(pool()[i].address);
            }
        }
        it = cache.emplace(n, std::move(s)).first;
    }
    return it->second;
}

void classify_all(record_set& s) {
    for (std::size_t r = 0; r < s.records.size(); ++r) {
        auto& applicants = s.records[r].applicants;
        for (std::size_t a = 0; a < applicants.size(); ++a) {
            applicants[a].kind = ineq::classify_applicant(applicants[a].name);
            applicants[a].province_of = ineq::province_from_address(s.addresses[r][a]);
        }
    }
}

// The same records, classified once.
const std::vector<ineq::patent_record>& classified(std::size_t n) {
    static std::map<std::size_t, std::vector<ineq::patent_record>> cache;
    auto it = cache.find(n);
    if (it == cache.end()) {
        record_set s = raw_set(n);
        classify_all(s);
        it = cache.emplace(n, std::move(s.records)).first;
    }
    return it->second;
}

void classify_applicant(benchmark::State& state) {
    const auto& p = pool();
    for (auto _ : state) {
        for (const auto& a : p) {
            benchmark::DoNotOptimize(ineq::classify_applicant(a.name));
        }
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(p.size()));
}

void province_from_address(benchmark::State& state) {
    const auto& p = pool();
    for (auto _ : state) {
        for (const auto& a : p) {
            benchmark::DoNotOptimize(ineq::province_from_address(a.address));
        }
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(p.size()));
}

void cooperation_panels_of(benchmark::State& state) {
    const auto& records = classified(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(ineq::cooperation_panels_of(records));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

// The same records with each applicant's prefecture as well (resolve_address), for panels at
// the city level.
const std::vector<ineq::patent_record>& placed(std::size_t n) {
    static std::map<std::size_t, std::vector<ineq::patent_record>> cache;
    auto it = cache.find(n);
    if (it == cache.end()) {
        record_set s = raw_set(n);
        for (std::size_t r = 0; r < s.records.size(); ++r) {
            auto& applicants = s.records[r].applicants;
            for (std::size_t a = 0; a < applicants.size(); ++a) {
                applicants[a].kind = ineq::classify_applicant(applicants[a].name);
                const auto where = ineq::resolve_address(s.addresses[r][a]);
                applicants[a].province_of = where.mainland;
                applicants[a].prefecture_of = where.prefecture;
            }
        }
        it = cache.emplace(n, std::move(s.records)).first;
    }
    return it->second;
}

// The study's two panels at the province level (range(1) = 0) and at the city level
// (range(1) = 1, `prefecture_regions()`), on the same placed records.
void cooperation_panels_at_level(benchmark::State& state) {
    const auto& records = placed(static_cast<std::size_t>(state.range(0)));
    const auto regions = state.range(1) == 0 ? ineq::province_regions() : ineq::prefecture_regions();
    for (auto _ : state) {
        benchmark::DoNotOptimize(ineq::cooperation_panels_of(records, ineq::study_rules(), ineq::study_inventions(),
                                                             ineq::counting::whole, regions));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void select_aggregate(benchmark::State& state) {
    const auto& records = classified(static_cast<std::size_t>(state.range(0)));
    const auto rules = ineq::study_rules();
    for (auto _ : state) {
        benchmark::DoNotOptimize(ineq::aggregate<ineq::count_panel>(records, 2012, 2021,
                                                                    ineq::counting::whole, rules));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void end_to_end(benchmark::State& state) {
    auto& s = raw_set(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        classify_all(s);
        benchmark::DoNotOptimize(
            ineq::aggregate<ineq::count_panel>(s.records, 2012, 2021, ineq::counting::whole,
                                               ineq::study_rules()));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

// Thread scaling: the two panels of the study with range(1) threads (range(2) = 1: fractional).
void cooperation_panels_threads(benchmark::State& state) {
    const auto& records = placed(static_cast<std::size_t>(state.range(0)));
    const auto threads = static_cast<unsigned>(state.range(1));
    for (auto _ : state) {
        if (state.range(2) == 0) {
            benchmark::DoNotOptimize(ineq::cooperation_panels_of(records, ineq::study_rules(), ineq::study_inventions(),
                                                                 ineq::counting::whole, ineq::province_regions(),
                                                                 threads));
        } else {
            benchmark::DoNotOptimize(ineq::cooperation_panels_of<double>(
                records, ineq::study_rules(), ineq::study_inventions(), ineq::counting::fractional,
                ineq::province_regions(), threads));
        }
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

// Records with application numbers, about 1 in 6 a second publication of an earlier one.
const std::vector<ineq::patent_record>& numbered(std::size_t n) {
    static std::map<std::size_t, std::vector<ineq::patent_record>> cache;
    auto it = cache.find(n);
    if (it == cache.end()) {
        std::vector<ineq::patent_record> out = placed(n);
        for (std::size_t i = 0; i < out.size(); ++i) {
            const std::size_t app = i % 6 == 5 ? (i * 7919) % (i + 1) : i;  // an earlier one, or its own
            out[i].application_number = "CN2019" + std::to_string(100000 + app) + ".1";
        }
        it = cache.emplace(n, std::move(out)).first;
    }
    return it->second;
}

void deduplicate_threads(benchmark::State& state) {
    const auto& records = numbered(static_cast<std::size_t>(state.range(0)));
    const auto threads = static_cast<unsigned>(state.range(1));
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<ineq::patent_record> copy = records;
        state.ResumeTiming();
        std::vector<ineq::patent_record> kept = ineq::deduplicate(std::move(copy), threads);
        benchmark::DoNotOptimize(kept.data());
        state.PauseTiming();  // the kept records are the caller's data: freeing them is not timed
        kept = {};
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

}  // namespace

BENCHMARK(cooperation_panels_threads)
    ->ArgsProduct({{1000000}, {1, 2, 4}, {0, 1}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(deduplicate_threads)->ArgsProduct({{1000000}, {1, 2, 4}})->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(classify_applicant);
BENCHMARK(province_from_address);
BENCHMARK(cooperation_panels_of)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
// Growth (bench/growth.py): the same aggregation from 1e3 to 1e7 records.
BENCHMARK(cooperation_panels_of)->Arg(1000)->Arg(10000)->Arg(10000000)->Unit(benchmark::kMillisecond);
BENCHMARK(cooperation_panels_at_level)
    ->Args({1000000, 0})
    ->Args({1000000, 1})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(select_aggregate)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(end_to_end)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

// ---- Name and address resolution -----------------------------------------------------
// names/s of each text entry point (items = texts), on the three inputs of texts.hpp. See
// the section "Name and address resolution" of bench/HISTORY.md.
namespace {

using bench::text_kind;
using bench::texts_per_second;

void text_classify_applicant(benchmark::State& state) {
    texts_per_second(state, text_kind::name, [](const std::string& s) { return ineq::classify_applicant(s); });
}
void text_resolve_name(benchmark::State& state) {
    texts_per_second(state, text_kind::name, [](const std::string& s) { return ineq::resolve_name(s); });
}
void text_resolve_name_strict(benchmark::State& state) {
    texts_per_second(state, text_kind::name, [](const std::string& s) { return ineq::resolve_name_strict(s); });
}
void text_resolve_applicant(benchmark::State& state) {
    texts_per_second(state, text_kind::name, [](const std::string& s) { return ineq::resolve_applicant(s); });
}
void text_resolve_address(benchmark::State& state) {
    texts_per_second(state, text_kind::address, [](const std::string& s) { return ineq::resolve_address(s); });
}
void text_province_from_address(benchmark::State& state) {
    texts_per_second(state, text_kind::address, [](const std::string& s) { return ineq::province_from_address(s); });
}
void text_find_outside_mainland(benchmark::State& state) {
    texts_per_second(state, text_kind::address, [](const std::string& s) { return ineq::find_outside_mainland(s); });
}

}  // namespace

BENCHMARK(text_classify_applicant)->Arg(0)->Arg(1)->Arg(2);
BENCHMARK(text_resolve_name)->Arg(0)->Arg(1)->Arg(2);
BENCHMARK(text_resolve_name_strict)->Arg(0)->Arg(1)->Arg(2);
BENCHMARK(text_resolve_applicant)->Arg(0)->Arg(1)->Arg(2);
BENCHMARK(text_resolve_address)->Arg(0)->Arg(2);
BENCHMARK(text_province_from_address)->Arg(0)->Arg(2);
BENCHMARK(text_find_outside_mainland)->Arg(0)->Arg(2);
