// Reads the reference CSV files in tests/data/ for the region tests (test helper, not
// part of the library). The directory comes from the environment variable
// INEQ_SOURCE_DIR (CTest sets it to the source root) or, failing that, from the
// location of this file.
#ifndef INEQ_TESTS_REGION_CSV_HPP
#define INEQ_TESTS_REGION_CSV_HPP

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace ineq_test {

using csv_row = std::vector<std::string>;

inline std::string data_path(const std::string& file) {
    if (const char* root = std::getenv("INEQ_SOURCE_DIR"); root != nullptr && *root != '\0') {
        return std::string(root) + "/tests/data/" + file;
    }
    std::string here = __FILE__;  // .../tests/region/csv.hpp
    const auto slash = here.find_last_of('/');
    here.resize(slash == std::string::npos ? 0 : slash);
    return (here.empty() ? std::string(".") : here) + "/../data/" + file;
}

/// All data rows (header dropped) of a simple comma-separated file without quoting.
inline std::vector<csv_row> read_csv(const std::string& file) {
    std::ifstream in(data_path(file), std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + data_path(file));
    std::vector<csv_row> rows;
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (header) {
            header = false;
            continue;
        }
        if (line.empty()) continue;
        csv_row row;
        std::stringstream ss(line);
        std::string field;
        while (std::getline(ss, field, ',')) row.push_back(field);
        rows.push_back(row);
    }
    return rows;
}

}  // namespace ineq_test

#endif
