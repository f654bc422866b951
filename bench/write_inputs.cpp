// Writes the benchmark inputs (the same seeds and generators as the benchmarks) to files, so
// that the Python peers in bench/compare/ time numpy, pandas, networkx and igraph on exactly
// the same values.
// Usage:
//   bench_write_inputs <file> <n>            inputs of bench/measures.cpp; layout: n as uint64,
//                                            n lognormal doubles, n Poisson counts as int32
//                                            (little endian)
//   bench_write_inputs --records <csv> <n>   the n synthetic records of bench/pipeline.cpp, one
//                                            row per applicant: record,year,type,name,address
//                                            and prints ineq's panel total (province-year
//                                            cells summed, study_rules(), whole counting) so
//                                            that the pandas peer can be checked against it
//   bench_write_inputs --prefectures <csv>   the prefecture table: name,province (Chinese)
//   bench_write_inputs --graph <file> <n>    the G(n, 5n) graph of bench/network.cpp, one edge
//                                            per line: i j weight
#include "synthetic.hpp"

#include <ineq/panel/aggregate.hpp>
#include <ineq/patent/classify.hpp>
#include <ineq/patent/selection.hpp>
#include <ineq/region/address.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

namespace {

int write_records(const char* file, std::size_t n) {
    const auto pool = bench::applicant_pool(5000);
    const auto raw = bench::raw_records(n, pool.size());
    std::ofstream out(file);
    out << "record,year,type,name,address\n";
    for (std::size_t r = 0; r < raw.size(); ++r) {
        const auto type = raw[r].type == ineq::patent_type::invention
                              ? "invention"
                              : (raw[r].type == ineq::patent_type::utility_model ? "utility_model"
                                                                                  : "design");
        for (const std::size_t a : raw[r].applicants) {
            out << r << ',' << raw[r].year << ',' << type << ',' << pool[a].name << ','
                << pool[a].address << '\n';
        }
    }
    // ineq's answer on the same records, for the peer to compare with.
    auto records = bench::to_patent_records(raw, pool);
    for (std::size_t r = 0; r < raw.size(); ++r) {
        for (std::size_t a = 0; a < raw[r].applicants.size(); ++a) {
            auto& x = records[r].applicants[a];
            x.kind = ineq::classify_applicant(x.name);
            x.province_of = ineq::province_from_address(pool[raw[r].applicants[a]].address);
        }
    }
    const auto panel = ineq::aggregate<ineq::count_panel>(records, 2012, 2021,
                                                          ineq::counting::whole, ineq::study_rules());
    std::cout << panel.values().sum() << '\n';
    return out ? EXIT_SUCCESS : EXIT_FAILURE;
}

int write_prefectures(const char* file) {
    std::ofstream out(file);
    out << "name,province\n";
    for (const auto& c : bench::cities()) {
        out << c.name << ',' << bench::province_name(c.province_code) << '\n';
    }
    return out ? EXIT_SUCCESS : EXIT_FAILURE;
}

int write_graph(const char* file, std::size_t n) {
    std::ofstream out(file);
    for (const auto& e : bench::random_graph(n, 5 * n)) {
        out << e.i << ' ' << e.j << ' ' << e.w << '\n';
    }
    return out ? EXIT_SUCCESS : EXIT_FAILURE;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 4 && std::string(argv[1]) == "--records") {
        return write_records(argv[2], std::stoull(argv[3]));
    }
    if (argc == 3 && std::string(argv[1]) == "--prefectures") {
        return write_prefectures(argv[2]);
    }
    if (argc == 4 && std::string(argv[1]) == "--graph") {
        return write_graph(argv[2], std::stoull(argv[3]));
    }
    if (argc != 3) {
        std::cerr << "usage: bench_write_inputs <file> <n> | --records <csv> <n> | --graph <file> <n>\n";
        return 2;
    }
    const auto n = static_cast<std::uint64_t>(std::stoull(argv[2]));
    std::vector<double> lognormal(n);
    {
        std::mt19937_64 rng(42);
        std::lognormal_distribution<double> dist(0.0, 1.0);
        for (auto& v : lognormal) {
            v = dist(rng);
        }
    }
    std::vector<std::int32_t> counts(n);
    {
        std::mt19937_64 rng(42);
        std::poisson_distribution<int> dist(4.0);
        for (auto& v : counts) {
            v = dist(rng);
        }
    }
    std::ofstream out(argv[1], std::ios::binary);
    out.write(reinterpret_cast<const char*>(&n), sizeof n);
    out.write(reinterpret_cast<const char*>(lognormal.data()),
              static_cast<std::streamsize>(n * sizeof(double)));
    out.write(reinterpret_cast<const char*>(counts.data()),
              static_cast<std::streamsize>(n * sizeof(std::int32_t)));
    return out ? EXIT_SUCCESS : EXIT_FAILURE;
}
