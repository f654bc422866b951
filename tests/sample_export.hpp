#ifndef INEQ_TESTS_SAMPLE_EXPORT_HPP
#define INEQ_TESTS_SAMPLE_EXPORT_HPP

// The real Patsnap sample (tests/data/patsnap_export_sample.csv) as the tests read it: its
// first five columns, 公开(公告)号, 标题, 申请日, 公开(公告)日, 当前申请(专利权)人. No field
// before the applicants contains a comma, so a split on commas is enough here.

#include <doctest/doctest.h>

#include <array>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>

namespace ineq_test {

inline std::string sample_export_path() {
    const char* dir = std::getenv("INEQ_SOURCE_DIR");
    return std::string(dir ? dir : ".") + "/tests/data/patsnap_export_sample.csv";
}

/// Calls `f(fields)` for every data row, fields = the first five columns (views into a line
/// that lives for the call).
template <class F>
void for_each_sample_row(F&& f) {
    std::ifstream in(sample_export_path());
    REQUIRE(in.good());
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        std::array<std::string_view, 5> fields{};
        std::string_view rest = line;
        for (auto& field : fields) {
            const auto comma = rest.find(',');
            field = rest.substr(0, comma);
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        }
        f(fields);
    }
}

}  // namespace ineq_test

#endif  // INEQ_TESTS_SAMPLE_EXPORT_HPP
