// The texts of the resolution benchmarks (bench_pipeline's text_ benchmarks and
// bench_resolution_floor): range(0) = 0 the synthetic pool (5000 names or addresses of
// synthetic.hpp), 1 the applicants of the real export sample
// tests/data/patsnap_export_sample.csv (column 5, split at " | "), 2 the hand-labelled corpus
// tests/data/corpus/ (applicants.csv names, addresses.csv addresses).
#pragma once

#include "synthetic.hpp"

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace bench {

inline std::string bench_data_path(const std::string& file) {
    std::string here = __FILE__;  // .../bench/texts.hpp
    here.resize(here.find_last_of('/'));
    return here + "/../tests/data/" + file;
}

// One CSV column (0-based) of a file under tests/data, quotes handled, rows split at LF.
inline std::vector<std::string> csv_column(const std::string& file, std::size_t column) {
    std::ifstream in(bench_data_path(file), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    std::vector<std::string> out;
    std::vector<std::string> row(1);
    bool quoted = false;
    bool header = true;
    for (std::size_t i = text.starts_with("\xEF\xBB\xBF") ? 3 : 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                row.back().push_back('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                row.back().push_back(c);
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.emplace_back();
        } else if (c == '\n' || c == '\r') {
            if (!header && row.size() > column && !row[column].empty()) out.push_back(row[column]);
            if (row.size() > 1) header = false;
            row.assign(1, std::string());
        } else {
            row.back().push_back(c);
        }
    }
    return out;
}

inline std::vector<std::string> split_applicants(const std::vector<std::string>& fields) {
    std::vector<std::string> out;
    for (const std::string& f : fields) {
        std::size_t from = 0;
        for (;;) {
            const std::size_t bar = f.find(" | ", from);
            out.push_back(f.substr(from, bar == std::string::npos ? std::string::npos : bar - from));
            if (bar == std::string::npos) break;
            from = bar + 3;
        }
    }
    return out;
}

enum class text_kind { name, address };

inline const std::vector<std::string>& texts(std::int64_t source, text_kind kind) {
    static const std::vector<std::string> inputs[3][2] = {
        {[] {
             std::vector<std::string> v;
             for (const auto& a : applicant_pool(5000)) v.push_back(a.name);
             return v;
         }(),
         [] {
             std::vector<std::string> v;
             for (const auto& a : applicant_pool(5000)) v.push_back(a.address);
             return v;
         }()},
        {split_applicants(csv_column("patsnap_export_sample.csv", 4)), {}},
        {csv_column("corpus/applicants.csv", 0), csv_column("corpus/addresses.csv", 0)},
    };
    return inputs[source][kind == text_kind::name ? 0 : 1];
}

// Runs f on every text of input state.range(0) per iteration: items = texts, with the number
// of texts as the label and their mean length in bytes as a counter.
template <class F>
void texts_per_second(benchmark::State& state, text_kind kind, F f) {
    const auto& v = texts(state.range(0), kind);
    if (v.empty()) {
        state.SkipWithError("no input texts");
        return;
    }
    std::size_t bytes = 0;
    for (const auto& s : v) bytes += s.size();
    for (auto _ : state) {
        for (const std::string& s : v) benchmark::DoNotOptimize(f(s));
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(v.size()));
    state.SetLabel(std::to_string(v.size()) + " texts");
    state.counters["bytes_per_text"] = static_cast<double>(bytes) / static_cast<double>(v.size());
}

}  // namespace bench
