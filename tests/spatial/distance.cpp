#include <ineq/spatial/distance.hpp>
#include <ineq/spatial/provinces.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <limits>
#include <vector>

namespace sp = ineq::spatial;
using doctest::Approx;
using ineq_test::message_of;
using sp::geo_point;

namespace {

std::vector<int> neighbours_of(const sp::weights& w, std::size_t i) {
    const auto s = w.neighbours(i);
    return {s.begin(), s.end()};
}

// R spdep on the 31 province label points (Rscript tests/spatial/distance_reference.R):
// knn2nb(knearneigh(p, k = 4, longlat = TRUE)), neighbours 0-based and ascending.
const std::vector<std::vector<int>> spdep_knn4{
    {1, 2, 4, 14},    {0, 2, 3, 14},    {0, 1, 3, 14},    {2, 15, 26, 29},  {0, 1, 2, 3},     {0, 1, 6, 7},
    {0, 1, 5, 7},     {0, 1, 5, 6},     {9, 10, 11, 14},  {8, 10, 11, 14},  {8, 9, 11, 12},   {8, 9, 10, 16},
    {10, 11, 13, 18}, {11, 12, 16, 17}, {0, 1, 2, 9},     {3, 11, 16, 26},  {11, 13, 15, 17}, {13, 16, 21, 23},
    {13, 17, 19, 20}, {17, 18, 20, 23}, {17, 18, 19, 23}, {17, 22, 23, 26}, {21, 23, 26, 27}, {17, 19, 21, 22},
    {19, 21, 22, 23}, {22, 24, 28, 30}, {3, 15, 27, 29},  {22, 26, 28, 29}, {22, 25, 27, 29}, {3, 4, 26, 27},
    {25, 27, 28, 29}};

// dnearneigh(p, 0, 500, longlat = TRUE), same script; {} marks the islands 18, 24, 25, 28, 30.
const std::vector<std::vector<int>> spdep_band500{
    {1, 2, 4, 14}, {0, 2, 14},        {0, 1, 3, 4, 14, 15}, {2, 15, 26, 29}, {0, 2},        {6},
    {5, 7},        {6},               {9, 10, 11},          {8, 10, 11, 14}, {8, 9, 11, 12, 13},
    {8, 9, 10, 13, 15, 16},           {10, 13},             {10, 11, 12, 16, 17},           {0, 1, 2, 9, 15},
    {2, 3, 11, 14, 16, 26},           {11, 13, 15, 17},     {13, 16, 21},    {},            {20, 23},
    {19},          {17, 22, 23},      {21},                 {19, 21},        {},            {},
    {3, 15, 29},   {29},              {},                   {3, 26, 27},     {}};

}  // namespace

TEST_CASE("distance_matrix_km: haversine distances") {
    const auto p = sp::province_label_point_vector();
    const auto d = sp::distance_matrix_km(p);
    REQUIRE(d.rows() == 31);
    // numpy, with P the 31 label points (lon, lat) as in tests/spatial/distance_reference.R:
    //   lon, lat = np.radians(P[:, 0]), np.radians(P[:, 1])
    //   h = np.sin((lat[None] - lat[:, None]) / 2)**2
    //       + np.cos(lat[:, None]) * np.cos(lat[None]) * np.sin((lon[None] - lon[:, None]) / 2)**2
    //   D = 2 * 6371.0088 * np.arcsin(np.sqrt(np.minimum(1, h)))
    //   D[0,1], D[0,8], D[0,30], D[8,20]
    //   -> 109.74449566450811 1067.2980828967557 2597.4798040675496 1790.0145341990574
    CHECK(d(0, 1) == Approx(109.74449566450811).epsilon(1e-12));
    CHECK(d(0, 8) == Approx(1067.2980828967557).epsilon(1e-12));
    CHECK(d(0, 30) == Approx(2597.4798040675496).epsilon(1e-12));
    CHECK(d(8, 20) == Approx(1790.0145341990574).epsilon(1e-12));
    CHECK(d.isApprox(d.transpose(), 0.0));
    CHECK(d.diagonal().cwiseAbs().maxCoeff() == 0.0);
    CHECK(sp::distance_matrix_km(std::vector<geo_point>{}).size() == 0);
    const std::vector<geo_point> bad{{0, 0}, {std::numeric_limits<double>::quiet_NaN(), 1}};
    CHECK(message_of([&] { (void)sp::distance_matrix_km(bad); }) ==
          "ineq::distance_matrix_km: longitude must be finite and in [-180, 180] (index 1, value nan)");
}

TEST_CASE("knn_weights: spdep's k nearest neighbours") {
    const auto p = sp::province_label_point_vector();
    const auto w = sp::knn_weights(p, 4);
    for (std::size_t i = 0; i < 31; ++i) {
        CAPTURE(i);
        CHECK(neighbours_of(w, i) == spdep_knn4[i]);
        for (const double v : w.values(i)) {
            CHECK(v == Approx(0.25));
        }
    }
    CHECK(!w.symmetric());
    // sum(card(knn)) = 124, sum(card(make.sym.nb(knn))) = 158 (same script).
    CHECK(w.link_count() == 124);
    const auto sym = sp::knn_weights(p, 4, sp::weights_style::binary, sp::knn_symmetry::symmetrised);
    CHECK(sym.link_count() == 158);
    CHECK(sym.symmetric());
}

TEST_CASE("knn_weights: ties go to the lower index; bad input") {
    // Four points at exactly the same distance (1° of arc) from the origin.
    const std::vector<geo_point> star{{0, 0}, {0, 1}, {1, 0}, {0, -1}, {-1, 0}};
    const auto w = sp::knn_weights(star, 2, sp::weights_style::binary);
    CHECK(neighbours_of(w, 0) == std::vector<int>{1, 2});
    CHECK(message_of([&] { (void)sp::knn_weights(star, 0); }) == "ineq::knn_weights: k must be at least 1");
    CHECK(message_of([&] { (void)sp::knn_weights(star, 5); }) ==
          "ineq::knn_weights: k must be less than the number of points (k = 5, n = 5)");
    CHECK(message_of([] { (void)sp::knn_weights(std::vector<geo_point>{{0, 0}}, 1); }) ==
          "ineq::knn_weights: needs at least 2 points, got 1");
    const std::vector<geo_point> bad{{0, 0}, {1, 91}, {2, 2}};
    CHECK(message_of([&] { (void)sp::knn_weights(bad, 1); }) ==
          "ineq::knn_weights: latitude must be finite and in [-90, 90] (index 1, value 91)");
}

TEST_CASE("distance_band_weights: spdep's dnearneigh and the island policy") {
    const auto p = sp::province_label_point_vector();
    CHECK(message_of([&] { (void)sp::distance_band_weights(p, 500.0); }) ==
          "ineq::distance_band_weights: 5 unit(s) without neighbours (islands: 18, 24, 25, 28, 30); choose "
          "island_policy::keep() or nearest()");
    const auto w = sp::distance_band_weights(p, 500.0, sp::weights_style::binary, sp::island_policy::keep());
    for (std::size_t i = 0; i < 31; ++i) {
        CAPTURE(i);
        CHECK(neighbours_of(w, i) == spdep_band500[i]);
    }
    CHECK(w.link_count() == 82);  // sum(card(band)), same script
    CHECK(w.islands() == std::vector<std::size_t>{18, 24, 25, 28, 30});

    // Each island joined to its nearest point (numpy argsort of the haversine rows:
    // 18 -> 19, 24 -> 23, 25 -> 28, 28 -> 27, 30 -> 28).
    const auto joined = sp::distance_band_weights(p, 500.0, sp::weights_style::binary, sp::island_policy::nearest(p));
    CHECK(joined.islands().empty());
    CHECK(neighbours_of(joined, 18) == std::vector<int>{19});
    CHECK(neighbours_of(joined, 28) == std::vector<int>{25, 27, 30});
    CHECK(neighbours_of(joined, 19) == std::vector<int>{18, 20, 23});

    CHECK(message_of([&] { (void)sp::distance_band_weights(p, 0.0); }) ==
          "ineq::distance_band_weights: the distance threshold must be finite and positive (got 0)");
    CHECK(message_of([&] { (void)sp::distance_band_weights(p, std::numeric_limits<double>::infinity()); }) ==
          "ineq::distance_band_weights: the distance threshold must be finite and positive (got inf)");
}

TEST_CASE("inverse_distance_weights: d^-alpha") {
    const auto p = sp::province_label_point_vector();
    // numpy (D as above): g = D[0,1:]**-2.0; g[:3]/g.sum(), g.sum()
    //   -> 0.6378041483133906 0.1100483507483313 0.0281956461163527, 0.00013018086902624187
    const auto w = sp::inverse_distance_weights(p, 2.0);
    REQUIRE(w.cardinality(0) == 30);
    CHECK(w.values(0)[0] == Approx(0.6378041483133906).epsilon(1e-12));
    CHECK(w.values(0)[1] == Approx(0.1100483507483313).epsilon(1e-12));
    CHECK(w.values(0)[2] == Approx(0.0281956461163527).epsilon(1e-12));
    CHECK(w.general().row(0).sum() == Approx(0.00013018086902624187).epsilon(1e-12));
    CHECK(w.general().coeff(0, 1) == Approx(std::pow(109.74449566450811, -2.0)).epsilon(1e-12));

    // With the 500 km band: row 0 keeps {1, 2, 4, 14}; numpy g = D[0,[1,2,4,14]]**-1.5, g/g.sum()
    //   -> 0.6587994349758528 0.17637026485175172 0.07899189682847943 0.08583840334391601
    const auto band = sp::inverse_distance_weights(p, 1.5, 500.0, sp::weights_style::row_standardised,
                                                   sp::island_policy::keep());
    CHECK(neighbours_of(band, 0) == std::vector<int>{1, 2, 4, 14});
    CHECK(band.values(0)[0] == Approx(0.6587994349758528).epsilon(1e-12));
    CHECK(band.values(0)[3] == Approx(0.08583840334391601).epsilon(1e-12));
    CHECK(band.islands() == std::vector<std::size_t>{18, 24, 25, 28, 30});

    const std::vector<geo_point> twins{{100, 30}, {101, 30}, {100, 30}};
    CHECK(message_of([&] { (void)sp::inverse_distance_weights(twins, 1.0); }) ==
          "ineq::inverse_distance_weights: points 0 and 2 coincide (distance 0 has no inverse)");
    // The distance band has no such problem: coincident points are simply neighbours.
    CHECK(sp::distance_band_weights(twins, 10.0, sp::weights_style::binary, sp::island_policy::keep())
              .neighbours(0)
              .size() == 1);
    CHECK(message_of([&] { (void)sp::inverse_distance_weights(p, 0.0); }) ==
          "ineq::inverse_distance_weights: alpha must be finite and positive (got 0)");
    CHECK(message_of([&] { (void)sp::inverse_distance_weights(p, 1.0, -5.0); }) ==
          "ineq::inverse_distance_weights: the distance threshold must be finite and positive (got -5)");
    CHECK(message_of([&] { (void)sp::inverse_distance_weights(p, 1.0, 300.0); }).starts_with(
        "ineq::inverse_distance_weights: "));
}
