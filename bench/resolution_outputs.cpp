// Writes what every text entry point of the library answers for a large, fixed set of texts,
// one line per text, so that a change to the resolution rules' code can be checked to leave
// every answer unchanged: build this program from the old headers and from the new ones,
// run both on the same folders and compare the outputs byte for byte (`cmp`).
//
// Usage: bench_resolution_outputs <folder>... > outputs.txt
//
// The texts: every line of every file under the folders, and every field of those lines
// (split at , | ; and "); every county-level, prefecture and university name of the tables;
// then 600,000 splices of two of those texts (seeded, so the same every run), each the
// first text, whole or cut at a random byte (often inside a character), a joining word
// (brackets, 有限公司, 大学, 市, 省, 区, 路, 研究院, 集团, 股份公司, a space, a NUL byte or
// nothing) and the second text. Each line holds classify_applicant, resolve_address,
// province_from_address, resolve_name, resolve_name_strict and resolve_applicant (the text
// as the name, its first half as the address): kind numbers and places as
// province/outside/prefecture codes, '-' for none.
//
// Suggested folders: tests/data, tests/fuzz/corpus and a slice of a synthetic export
// (`head -c 20000000 export.csv`): about 1.7 million texts, a few seconds.
#include <ineq/patent/classify.hpp>
#include <ineq/patent/resolve.hpp>
#include <ineq/region/address.hpp>
#include <ineq/region/counties.hpp>
#include <ineq/region/name.hpp>
#include <ineq/region/prefecture.hpp>
#include <ineq/region/universities.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

std::string show(const ineq::place& p) {
    std::string s = p.mainland ? std::to_string(p.mainland->code()) : "-";
    s += '/';
    s += p.outside ? std::to_string(static_cast<int>(*p.outside)) : "-";
    s += '/';
    s += p.prefecture ? std::to_string(p.prefecture->code) : "-";
    return s;
}

void add_lines_and_fields(const std::string& all, std::vector<std::string>& texts) {
    std::size_t start = 0;
    while (start <= all.size()) {
        std::size_t end = all.find('\n', start);
        if (end == std::string::npos) end = all.size();
        const std::string line = all.substr(start, end - start);
        texts.push_back(line);
        std::string field;
        for (const char c : line) {
            if (c == ',' || c == '|' || c == ';' || c == '"') {
                if (!field.empty()) texts.push_back(field);
                field.clear();
            } else {
                field += c;
            }
        }
        if (!field.empty()) texts.push_back(field);
        start = end + 1;
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <folder>... > outputs.txt\n", argv[0]);
        return EXIT_FAILURE;
    }
    std::vector<std::string> texts;
    for (int a = 1; a < argc; ++a) {
        std::vector<std::filesystem::path> files;
        for (const auto& e : std::filesystem::recursive_directory_iterator(argv[a])) {
            if (e.is_regular_file()) files.push_back(e.path());
        }
        std::sort(files.begin(), files.end());  // the same order on every file system
        for (const auto& f : files) {
            std::ifstream in(f, std::ios::binary);
            add_lines_and_fields(std::string(std::istreambuf_iterator<char>(in), {}), texts);
        }
    }
    for (const char* row : ineq::detail::county_rows) texts.emplace_back(row + 7);
    for (const char* row : ineq::detail::university_rows) texts.emplace_back(row + 4);
    for (const auto& p : ineq::detail::prefecture_table) texts.emplace_back(p.name);

    const std::size_t base = texts.size();
    std::mt19937_64 rng(42);
    const std::array<std::string, 16> joins{"",     "(",  "（", ")",    "）",   "有限公司", "大学",     "市",
                                            "省",   "区", "路", "研究院", "集团", " ",        "股份公司", std::string(1, '\0')};
    for (std::size_t k = 0; k < 600000; ++k) {
        const std::string& first = texts[rng() % base];
        const std::string& second = texts[rng() % base];
        const std::string& join = joins[rng() % joins.size()];
        const std::size_t cut = rng() % 2 != 0 ? first.size() : rng() % (first.size() + 1);
        texts.push_back(first.substr(0, cut) + join + second);
    }

    std::string out;
    for (const std::string& t : texts) {
        out += std::to_string(static_cast<int>(ineq::classify_applicant(t)));
        out += ' ';
        out += show(ineq::resolve_address(t));
        out += ' ';
        const auto province = ineq::province_from_address(t);
        out += province ? std::to_string(province->code()) : "-";
        out += ' ';
        out += show(ineq::resolve_name(t));
        out += ' ';
        out += show(ineq::resolve_name_strict(t));
        out += ' ';
        const ineq::applicant_profile p = ineq::resolve_applicant(t, std::string_view(t).substr(0, t.size() / 2));
        out += show(p.where);
        out += ' ';
        out += std::to_string(static_cast<int>(p.kind));
        out += ' ';
        out += std::to_string(static_cast<int>(p.place_source));
        out += '\n';
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fprintf(stderr, "%zu texts\n", texts.size());
    return EXIT_SUCCESS;
}
