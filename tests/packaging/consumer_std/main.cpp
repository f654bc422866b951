// Uses the standard-library modules alone: the Gini of the study's Table 1 cooperative column
// (0.652921568282 by R ineq / PySAL / numpy, see tests/study_data.hpp) and a province found in
// an address. tests/packaging/run.sh checks that this translation unit reads no Eigen or
// range-v3 header.
#include <ineq/measures.hpp>
#include <ineq/region.hpp>

#include <array>
#include <cmath>
#include <cstdio>

int main() {
    constexpr std::array<int, 31> cooperative{7,   46,  33,  91,  86,   27,  28,  13,  129, 23, 91,
                                              327, 328, 43,  169, 122,  82,  107, 1364, 598, 194, 18,
                                              2,   26,  125, 797, 31,  127, 11,  24,  418};
    const double g = ineq::gini(cooperative);
    const auto qinghai = ineq::province_from_address("青海省海南藏族自治州共和县");
    const bool ok = std::abs(g - 0.652921568282) < 1e-11 && qinghai && qinghai->code() == 63;
    std::printf("ineq standard-library consumer: gini = %.12f, province %d (%s)\n", g,
                qinghai ? qinghai->code() : 0, ok ? "ok" : "WRONG");
    return ok ? 0 : 1;
}
