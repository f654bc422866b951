// Reads the hand-labelled corpus in tests/data/corpus/ (test helper, not part of the
// library): RFC 4180 CSV with a header row, quoted fields with doubled quotes, LF or
// CRLF line ends. Rows come back as maps from column name to field.
#ifndef INEQ_TESTS_ACCURACY_CORPUS_HPP
#define INEQ_TESTS_ACCURACY_CORPUS_HPP

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace ineq_test {

using labelled_row = std::map<std::string, std::string>;

inline std::string corpus_path(const std::string& file) {
    if (const char* root = std::getenv("INEQ_SOURCE_DIR"); root != nullptr && *root != '\0') {
        return std::string(root) + "/tests/data/corpus/" + file;
    }
    std::string here = __FILE__;  // .../tests/accuracy/corpus.hpp
    here.resize(here.find_last_of('/'));
    return here + "/../data/corpus/" + file;
}

/// Every record of an RFC 4180 text as its fields.
inline std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    bool any = false;
    std::size_t i = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field.push_back('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field.push_back(c);
            }
            continue;
        }
        if (c == '"') {
            quoted = true;
            any = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            any = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            if (any || !field.empty()) {
                row.push_back(std::move(field));
                rows.push_back(std::move(row));
            }
            row.clear();
            field.clear();
            any = false;
        } else {
            field.push_back(c);
            any = true;
        }
    }
    if (quoted) throw std::runtime_error("unterminated quote in corpus file");
    if (any || !field.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}

/// The data rows of a corpus file, keyed by the header's column names.
inline std::vector<labelled_row> read_corpus(const std::string& file) {
    std::ifstream in(corpus_path(file), std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + corpus_path(file));
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto records = parse_csv(text);
    if (records.empty()) throw std::runtime_error(file + " is empty");
    std::vector<labelled_row> out;
    for (std::size_t r = 1; r < records.size(); ++r) {
        if (records[r].size() != records[0].size()) {
            throw std::runtime_error(file + ": record " + std::to_string(r + 1) + " has " +
                                     std::to_string(records[r].size()) + " fields, the header " +
                                     std::to_string(records[0].size()));
        }
        labelled_row row;
        for (std::size_t f = 0; f < records[r].size(); ++f) row[records[0][f]] = records[r][f];
        out.push_back(std::move(row));
    }
    return out;
}

}  // namespace ineq_test

#endif
