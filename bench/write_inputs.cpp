// Writes the benchmark inputs of bench/measures.cpp (the same seeds and distributions) to a
// binary file, so that bench/compare/numpy_peer.py times numpy on exactly the same values.
// Usage: bench_write_inputs <file> <n>
// File layout: n as uint64, n lognormal doubles, n Poisson counts as int32 (little endian).
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: bench_write_inputs <file> <n>\n";
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
