// Computes the Gini of the study's Table 1 cooperative column through the whole library's
// umbrella header and checks it against the value from R ineq / PySAL / numpy
// (0.652921568282; see tests/study_data.hpp for the command).
#include <ineq/ineq.hpp>

#include <array>
#include <cmath>
#include <cstdio>

int main() {
    constexpr std::array<int, 31> cooperative{7,   46,  33,  91,  86,   27,  28,  13,  129, 23, 91,
                                              327, 328, 43,  169, 122,  82,  107, 1364, 598, 194, 18,
                                              2,   26,  125, 797, 31,  127, 11,  24,  418};
    const double g = ineq::gini(cooperative);
    const bool ok = std::abs(g - 0.652921568282) < 1e-11;
    std::printf("ineq consumer: gini = %.12f (%s)\n", g, ok ? "ok" : "WRONG");
    return ok ? 0 : 1;
}
