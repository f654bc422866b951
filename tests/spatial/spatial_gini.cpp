// Spatial Gini (Rey and Smith 2013): the parts against numpy, closed forms, permutation
// determinism and behaviour, errors.

#include <ineq/spatial/spatial_gini.hpp>

#include "error_message.hpp"
#include "spatial/reference/spdep_global.hpp"
#include "study_data.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <utility>
#include <vector>

using doctest::Approx;
using ineq_test::message_of;
namespace sp = ineq::spatial;
namespace ref = ineq_test::spdep;

// Reference values, from the repository root (VALUES the vector, JOIN 0 to keep Hainan as
// an island, 1 to join it to Guangxi, index 19):
//   /usr/bin/python3 -c "import re,numpy as np; c=[11,12,13,14,15,21,22,23,31,32,33,34,35,
//     36,37,41,42,43,44,45,46,50,51,52,53,54,61,62,63,64,65]; P=[(c.index(int(a)),c.index(int(b)))
//     for a,b in re.findall(r'\{(\d\d), (\d\d)\}', open('include/ineq/spatial/provinces.hpp')
//     .read())]+[(20,19)]*JOIN; A=np.zeros((31,31)); [A.__setitem__((i,j),1) or A.__setitem__(
//     (j,i),1) for i,j in P]; x=np.array([VALUES],float); D=np.abs(x[:,None]-x[None,:]);
//     den=2*31**2*x.mean(); print(len(P), repr(D.sum()/den), repr((D*A).sum()/den),
//     repr((D*(1-A)).sum()/den), repr(D.sum()), repr((D*A).sum()))"
// table, JOIN=0:  68 0.6529215682816275 0.08139473359318507 0.5715268346884425 222120.0 27690.0
// table, JOIN=1:  69 0.6529215682816275 0.08376984896852972 0.5691517193130978 222120.0 28498.0
// ranked, JOIN=0: 68 0.6529215682816275 0.06744974926071594 0.5854718190209116 222120.0 22946.0
// ranked, JOIN=1: 69 0.6529215682816275 0.06755557123288476 0.5853659970487428 222120.0 22982.0

TEST_CASE("spatial_gini: the Table 1 column against numpy") {
    struct expected {
        const std::array<double, 31>* x;
        const char* islands;
        double gini, neighbours, non_neighbours, neighbour_differences;
    };
    const expected cases[] = {
        {&ref::table, "keep", 0.6529215682816275, 0.08139473359318507, 0.5715268346884425, 27690.0},
        {&ref::table, "join", 0.6529215682816275, 0.08376984896852972, 0.5691517193130978, 28498.0},
        {&ref::ranked, "keep", 0.6529215682816275, 0.06744974926071594, 0.5854718190209116, 22946.0},
        {&ref::ranked, "join", 0.6529215682816275, 0.06755557123288476, 0.5853659970487428, 22982.0},
    };
    for (const auto& c : cases) {
        CAPTURE(c.islands);
        for (const auto style : {sp::weights_style::binary, sp::weights_style::row_standardised}) {
            const auto g = sp::spatial_gini(*c.x, ref::contiguity(c.islands, style));  // the style does not matter
            CHECK(g.gini == Approx(c.gini).epsilon(1e-14));
            CHECK(g.gini == Approx(ineq_test::table1_gini).epsilon(1e-11));  // the study's eq. 3
            CHECK(g.neighbours == Approx(c.neighbours).epsilon(1e-14));
            CHECK(g.non_neighbours == Approx(c.non_neighbours).epsilon(1e-14));
            CHECK(g.total_differences == 222120.0);  // integers: exact
            CHECK(g.neighbour_differences == c.neighbour_differences);
        }
    }
}

TEST_CASE("spatial_gini: closed forms") {
    // Path 0-1-2, x = (1, 2, 3): all ordered |differences| 2 (1 + 2 + 1) = 8, neighbours
    // 2 (1 + 1) = 4; 2 n² μ = 2 · 9 · 2 = 36: G = 8/36, G_N = G_NN = 4/36.
    const std::vector<std::pair<std::size_t, std::size_t>> pairs{{0, 1}, {1, 2}};
    const auto w = sp::weights::from_pairs(3, pairs, sp::weights_style::binary);
    const auto g = sp::spatial_gini(std::vector{1, 2, 3}, w);
    CHECK(g.gini == Approx(8.0 / 36.0).epsilon(1e-15));
    CHECK(g.neighbours == Approx(4.0 / 36.0).epsilon(1e-15));
    CHECK(g.non_neighbours == Approx(4.0 / 36.0).epsilon(1e-15));
    // Constant values: every part is 0.
    const auto flat = sp::spatial_gini(std::vector{5, 5, 5}, w);
    CHECK(flat.gini == 0.0);
    CHECK(flat.neighbours == 0.0);
}

TEST_CASE("spatial_gini_permutation: deterministic, thread-independent, detects clustering") {
    const auto w = ref::contiguity("keep", sp::weights_style::binary);
    sp::global_options o;
    o.resamples = 999;
    o.seed = 99;
    const auto a = sp::spatial_gini_permutation(ref::table, w, o);
    o.threads = 3;
    const auto b = sp::spatial_gini_permutation(ref::table, w, o);
    CHECK(a.p_value == b.p_value);
    CHECK(a.expectation == b.expectation);
    CHECK(a.standard_error == b.standard_error);
    CHECK(a.statistic == Approx(0.08139473359318507).epsilon(1e-14));

    // The exact mean of G_N under random assignment: each ordered neighbouring pair gets a
    // random ordered pair of distinct units, so E = L · Σ_ij |x_i − x_j| / (n (n − 1)) / (2 n² μ)
    // with L the number of links (136 here).
    const double exact_mean = 136.0 * 222120.0 / (31.0 * 30.0) / (2.0 * 31.0 * 5487.0);
    CHECK(a.expectation == Approx(exact_mean).epsilon(0.02));

    // A 20 x 20 lattice with a strong trend: neighbours are alike, p at its floor 1/(R + 1).
    const std::size_t side = 20;
    std::vector<std::pair<std::size_t, std::size_t>> lattice_pairs;
    std::vector<double> x(side * side);
    for (std::size_t r = 0; r < side; ++r) {
        for (std::size_t c = 0; c < side; ++c) {
            const std::size_t i = r * side + c;
            x[i] = static_cast<double>(r + c);
            if (c + 1 < side) lattice_pairs.emplace_back(i, i + 1);
            if (r + 1 < side) lattice_pairs.emplace_back(i, i + side);
        }
    }
    const auto lattice = sp::weights::from_pairs(side * side, lattice_pairs, sp::weights_style::binary);
    o.resamples = 199;
    const auto trend = sp::spatial_gini_permutation(x, lattice, o);
    CHECK(trend.p_value == Approx(1.0 / 200.0).epsilon(1e-15));
    CHECK(trend.z > 10.0);
}

TEST_CASE("spatial_gini: errors") {
    const auto w = ref::contiguity("keep", sp::weights_style::binary);
    std::vector<double> neg(ref::table.begin(), ref::table.end());
    neg[2] = -1.0;
    CHECK(message_of([&] { (void)sp::spatial_gini(neg, w); }) ==
          "ineq::spatial_gini: values must be non-negative (index 2, value -1)");
    CHECK(message_of([&] { (void)sp::spatial_gini(std::vector<double>(31, 0.0), w); }) ==
          "ineq::spatial_gini: values must have a positive total (got 0)");
    CHECK(message_of([&] { (void)sp::spatial_gini_permutation(std::vector<double>(31, 2.0), w); }) ==
          "ineq::spatial_gini_permutation: values are constant: the statistic is undefined (got 2)");
    const auto lonely = sp::weights::from_links(3, {}, sp::weights_style::binary, sp::island_policy::keep());
    CHECK(message_of([&] { (void)sp::spatial_gini(std::vector{1, 2, 3}, lonely); }) ==
          "ineq::spatial_gini: the weights have no links (every unit is an island): the statistic is undefined");
    CHECK(message_of([&] { (void)sp::spatial_gini(std::vector{1, 2}, w); }) ==
          "ineq::spatial_gini: needs one value per unit of the weights (31), got 2");
}
