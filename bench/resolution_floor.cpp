// What one pass over a name costs before any rule is decided: the floor under the target of
// 20 M names/s for name and address resolution (bench/HISTORY.md, "Targets at the close of
// the round", "Resolution").
//
// Every rule of resolve_name / resolve_address looks names up in tables: the place lexicon
// (provinces, prefectures, Hong Kong / Macao / Taiwan, the foreign place names), the county-level
// names, the universities, the parent words, and the outside-mainland lists (Chinese and Latin
// script, legal forms). The fastest single pass that finds every occurrence of every one of
// those strings is a deterministic Aho–Corasick automaton over bytes with one dense row of 256
// transitions per state: one dependent load per byte, nothing else. This program builds that
// automaton from the library's own tables and walks the benchmark texts with it, and, beside
// it, the smallest automaton any checked pass needs (the 9-state UTF-8 validator), and
// resolve_name / resolve_address on the same texts in the same run.
//
// Inputs as in bench_pipeline's text_ benchmarks (texts.hpp): 0 = the 5000 synthetic names or
// addresses, 1 = the 696 applicants of tests/data/patsnap_export_sample.csv, 2 = the labelled
// corpus.
// The _x4 variants walk four texts at once (a batch interface), which hides the load latency
// that limits one text.
#include "texts.hpp"

#include <ineq/region/address.hpp>
#include <ineq/region/counties.hpp>
#include <ineq/region/name.hpp>
#include <ineq/region/outside.hpp>
#include <ineq/region/universities.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <queue>
#include <string>
#include <string_view>
#include <vector>

namespace {

// ---- the dictionary: every string the resolution rules search for ----

std::vector<std::string> dictionary() {
    namespace d = ineq::detail;
    std::vector<std::string> words;
    for (const auto& e : d::address::cjk_lexicon) words.emplace_back(e.text);
    for (const char* row : d::county_rows) words.emplace_back(std::string_view(row).substr(7));
    for (const char* row : d::university_rows) words.emplace_back(std::string_view(row).substr(4));
    for (const auto w : d::name::parent_words) words.emplace_back(w);
    for (const auto& p : d::outside::hk_mo_tw_chinese) words.emplace_back(p.text);
    for (const auto w : d::outside::foreign_cjk_legal_forms) words.emplace_back(w);
    for (const auto w : d::outside::foreign_universities) words.emplace_back(w);
    for (const auto& p : d::outside::latin_places) words.emplace_back(p.text);
    for (const auto w : d::outside::foreign_latin_words) words.emplace_back(w);
    for (const auto w : d::outside::latin_legal_forms) words.emplace_back(w);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

// ---- a dense Aho–Corasick automaton over bytes ----
//
// next[s * 256 + b] is the state after byte b in state s, with the failure links folded in, so
// the walk is one load per byte. The top bit of a state number marks that some dictionary word
// ends there (the walk counts those), the rest is the row.
struct dense_automaton {
    static constexpr std::uint32_t match_bit = 0x8000'0000U;
    std::vector<std::uint32_t> next;
    std::size_t states = 0;
    std::size_t words = 0;

    explicit dense_automaton(const std::vector<std::string>& dict) {
        std::vector<std::array<std::int32_t, 256>> go(1);
        go[0].fill(-1);
        std::vector<bool> ends(1, false);
        for (const std::string& w : dict) {
            std::size_t s = 0;
            for (const unsigned char c : w) {
                // Latin words match without regard to case: both cases lead to one state.
                const unsigned char lower = (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32) : c;
                if (go[s][lower] < 0) {
                    go[s][lower] = static_cast<std::int32_t>(go.size());
                    go.emplace_back().fill(-1);
                    ends.push_back(false);
                }
                s = static_cast<std::size_t>(go[s][lower]);
            }
            ends[s] = true;
        }
        for (auto& row : go) {
            for (int c = 'a'; c <= 'z'; ++c) row[static_cast<std::size_t>(c - 32)] = row[static_cast<std::size_t>(c)];
        }
        states = go.size();
        words = dict.size();
        std::vector<std::uint32_t> fail(states, 0);
        std::vector<std::uint32_t> delta(states * 256, 0);
        std::queue<std::uint32_t> q;
        for (std::size_t c = 0; c != 256; ++c) {
            if (go[0][c] > 0) {
                delta[c] = static_cast<std::uint32_t>(go[0][c]);
                q.push(static_cast<std::uint32_t>(go[0][c]));
            }
        }
        while (!q.empty()) {
            const std::uint32_t s = q.front();
            q.pop();
            ends[s] = ends[s] || ends[fail[s]];
            for (std::size_t c = 0; c != 256; ++c) {
                const std::int32_t t = go[s][c];
                if (t > 0) {
                    // Upper- and lower-case bytes share a child: visit it once.
                    if (c >= 'A' && c <= 'Z') {
                        delta[s * 256 + c] = static_cast<std::uint32_t>(t);
                        continue;
                    }
                    fail[static_cast<std::size_t>(t)] = delta[fail[s] * 256 + c];
                    delta[s * 256 + c] = static_cast<std::uint32_t>(t);
                    q.push(static_cast<std::uint32_t>(t));
                } else {
                    delta[s * 256 + c] = delta[fail[s] * 256 + c];
                }
            }
        }
        next.resize(delta.size());
        for (std::size_t i = 0; i != delta.size(); ++i) next[i] = delta[i] | (ends[delta[i]] ? match_bit : 0U);
    }

    // One byte: the next state, and one more in `found` if a word ends there.
    [[nodiscard]] std::uint32_t step(std::uint32_t s, char c, std::uint32_t& found) const noexcept {
        s = next[(s & ~match_bit) * 256 + static_cast<unsigned char>(c)];
        found += s >> 31;
        return s;
    }

    [[nodiscard]] std::uint32_t matches(std::string_view text) const noexcept {
        std::uint32_t s = 0;
        std::uint32_t found = 0;
        for (const char c : text) s = step(s, c, found);
        return found;
    }
};

const dense_automaton& automaton() {
    static const dense_automaton a(dictionary());
    return a;
}

// ---- the smallest checked pass: a UTF-8 validating automaton (9 states) ----
//
// Byte classes and states after the Unicode standard's table of well-formed sequences
// (Table 3-7): 0 = accept, 1 = reject, 2..8 = inside a sequence. Built once from the table.
struct utf8_automaton {
    std::array<std::uint8_t, 256> cls{};
    std::array<std::uint8_t, 9 * 12> next{};

    utf8_automaton() {
        // classes: 0 ASCII, 1 80-8F, 2 90-9F, 3 A0-BF, 4 C2-DF, 5 E0, 6 E1-EC/EE-EF, 7 ED,
        //          8 F0, 9 F1-F3, 10 F4, 11 invalid (C0, C1, F5-FF)
        for (int b = 0; b != 256; ++b) {
            std::uint8_t k = 11;
            if (b < 0x80) k = 0;
            else if (b < 0x90) k = 1;
            else if (b < 0xA0) k = 2;
            else if (b < 0xC0) k = 3;
            else if (b >= 0xC2 && b <= 0xDF) k = 4;
            else if (b == 0xE0) k = 5;
            else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) k = 6;
            else if (b == 0xED) k = 7;
            else if (b == 0xF0) k = 8;
            else if (b >= 0xF1 && b <= 0xF3) k = 9;
            else if (b == 0xF4) k = 10;
            cls[static_cast<std::size_t>(b)] = k;
        }
        next.fill(1);
        auto set = [&](int state, std::initializer_list<int> classes, int to) {
            for (const int k : classes) next[static_cast<std::size_t>(state * 12 + k)] = static_cast<std::uint8_t>(to);
        };
        // 2: one continuation byte left; 3: two left; 4: E0 (A0-BF then one); 5: ED (80-9F then
        // one); 6: F0 (90-BF then two); 7: F1-F3 (80-BF then two); 8: F4 (80-8F then two)
        set(0, {0}, 0);
        set(0, {4}, 2);
        set(0, {6}, 3);
        set(0, {5}, 4);
        set(0, {7}, 5);
        set(0, {8}, 6);
        set(0, {9}, 7);
        set(0, {10}, 8);
        set(2, {1, 2, 3}, 0);
        set(3, {1, 2, 3}, 2);
        set(4, {3}, 2);
        set(5, {1, 2}, 2);
        set(6, {2, 3}, 3);
        set(7, {1, 2, 3}, 3);
        set(8, {1}, 3);
    }

    [[nodiscard]] bool valid(std::string_view text) const noexcept {
        std::uint32_t s = 0;
        for (const char c : text) s = next[s * 12 + cls[static_cast<unsigned char>(c)]];
        return s == 0;
    }
};

const utf8_automaton& validator() {
    static const utf8_automaton a;
    return a;
}

using bench::text_kind;
using bench::texts_per_second;

// Four texts at a time: four independent chains of loads in flight.
template <class Step>
void per_four_texts(benchmark::State& state, text_kind kind, Step step) {
    const auto& v = bench::texts(state.range(0), kind);
    if (v.size() < 4) {
        state.SkipWithError("too few input texts");
        return;
    }
    for (auto _ : state) {
        for (std::size_t i = 0; i + 4 <= v.size(); i += 4) {
            benchmark::DoNotOptimize(step(v[i], v[i + 1], v[i + 2], v[i + 3]));
        }
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(v.size() / 4 * 4));
}

std::uint32_t four_walks(const dense_automaton& a, std::string_view t0, std::string_view t1, std::string_view t2,
                         std::string_view t3) {
    std::array<std::string_view, 4> t{t0, t1, t2, t3};
    std::array<std::uint32_t, 4> s{};
    std::uint32_t found = 0;
    const std::size_t common = std::min({t0.size(), t1.size(), t2.size(), t3.size()});
    for (std::size_t i = 0; i != common; ++i) {
        for (std::size_t k = 0; k != 4; ++k) s[k] = a.step(s[k], t[k][i], found);
    }
    for (std::size_t k = 0; k != 4; ++k) {
        for (std::size_t i = common; i != t[k].size(); ++i) s[k] = a.step(s[k], t[k][i], found);
    }
    return found;
}

void floor_utf8_names(benchmark::State& state) {
    texts_per_second(state, text_kind::name, [](const std::string& s) { return validator().valid(s); });
}
void floor_automaton_names(benchmark::State& state) {
    const auto& a = automaton();
    state.counters["states"] = static_cast<double>(a.states);
    state.counters["words"] = static_cast<double>(a.words);
    texts_per_second(state, text_kind::name, [&a](const std::string& s) { return a.matches(s); });
}
void floor_automaton_x4_names(benchmark::State& state) {
    const auto& a = automaton();
    per_four_texts(state, text_kind::name, [&a](const std::string& t0, const std::string& t1, const std::string& t2,
                                     const std::string& t3) { return four_walks(a, t0, t1, t2, t3); });
}
void floor_resolve_name(benchmark::State& state) {
    texts_per_second(state, text_kind::name, [](const std::string& s) { return ineq::resolve_name(s); });
}
void floor_utf8_addresses(benchmark::State& state) {
    texts_per_second(state, text_kind::address, [](const std::string& s) { return validator().valid(s); });
}
void floor_automaton_addresses(benchmark::State& state) {
    const auto& a = automaton();
    texts_per_second(state, text_kind::address, [&a](const std::string& s) { return a.matches(s); });
}
void floor_automaton_x4_addresses(benchmark::State& state) {
    const auto& a = automaton();
    per_four_texts(state, text_kind::address, [&a](const std::string& t0, const std::string& t1, const std::string& t2,
                                      const std::string& t3) { return four_walks(a, t0, t1, t2, t3); });
}
void floor_resolve_address(benchmark::State& state) {
    texts_per_second(state, text_kind::address, [](const std::string& s) { return ineq::resolve_address(s); });
}

}  // namespace

BENCHMARK(floor_utf8_names)->Arg(0)->Arg(1)->Arg(2);
BENCHMARK(floor_automaton_names)->Arg(0)->Arg(1)->Arg(2);
BENCHMARK(floor_automaton_x4_names)->Arg(0)->Arg(1)->Arg(2);
BENCHMARK(floor_resolve_name)->Arg(0)->Arg(1)->Arg(2);
BENCHMARK(floor_utf8_addresses)->Arg(0)->Arg(2);
BENCHMARK(floor_automaton_addresses)->Arg(0)->Arg(2);
BENCHMARK(floor_automaton_x4_addresses)->Arg(0)->Arg(2);
BENCHMARK(floor_resolve_address)->Arg(0)->Arg(2);

BENCHMARK_MAIN();
