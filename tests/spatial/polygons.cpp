#include <ineq/spatial/polygons.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <limits>
#include <numbers>
#include <span>
#include <string>
#include <vector>

namespace sp = ineq::spatial;
using doctest::Approx;
using ineq_test::message_of;
using sp::geo_point;
using sp::multipolygon;
using sp::polygon;

namespace {

constexpr double R = sp::earth_radius_km;

// The spherical triangle (0°, 0°), (90°, 0°), (0°, 90°): one eighth of the sphere.
polygon octant() { return {{{0, 0}, {90, 0}, {0, 90}}, {}}; }

// Unit square [x, x+1] × [y, y+1] in degrees, each side cut into `steps` edges, so that
// neighbouring squares share the same vertex coordinates along their common side.
polygon grid_square(int x, int y, int steps) {
    polygon p;
    auto at = [&](int i, int j) {
        return geo_point{x + static_cast<double>(i) / steps, y + static_cast<double>(j) / steps};
    };
    for (int i = 0; i < steps; ++i) p.outer.push_back(at(i, 0));
    for (int j = 0; j < steps; ++j) p.outer.push_back(at(steps, j));
    for (int i = steps; i > 0; --i) p.outer.push_back(at(i, steps));
    for (int j = steps; j > 0; --j) p.outer.push_back(at(0, j));
    p.outer.push_back(p.outer.front());
    return p;
}

std::vector<multipolygon> grid(int nx, int ny, int steps, double x0 = 100.0, double y0 = 20.0) {
    std::vector<multipolygon> shapes;
    for (int j = 0; j < ny; ++j) {
        for (int i = 0; i < nx; ++i) {
            shapes.push_back({grid_square(static_cast<int>(x0) + i, static_cast<int>(y0) + j, steps)});
        }
    }
    return shapes;
}

std::vector<int> neighbours_of(const sp::weights& w, std::size_t i) {
    const auto s = w.neighbours(i);
    return {s.begin(), s.end()};
}

}  // namespace

TEST_CASE("area_km2 and area_centroid: closed forms") {
    // An eighth of the sphere: area 4πR²/8; centroid along (1, 1, 1): 45° E, asin(1/√3) N.
    CHECK(sp::area_km2(octant()) == Approx(std::numbers::pi * R * R / 2.0).epsilon(1e-13));
    const auto c = sp::area_centroid(octant());
    CHECK(c.lon == Approx(45.0).epsilon(1e-12));
    CHECK(c.lat == Approx(std::asin(1.0 / std::sqrt(3.0)) * 180.0 / std::numbers::pi).epsilon(1e-12));

    // Orientation and the closing vertex do not matter.
    polygon reversed{{{0, 90}, {90, 0}, {0, 0}, {0, 90}}, {}};
    CHECK(sp::area_km2(reversed) == Approx(sp::area_km2(octant())).epsilon(1e-14));
    CHECK(sp::area_centroid(reversed).lat == Approx(c.lat).epsilon(1e-13));

    // The lune between the meridians 0° and 90°, pole to pole: two octants, area πR²,
    // centroid on the equator at 45° E.
    polygon lune{{{0, 0}, {0, -90}, {90, 0}, {0, 90}}, {}};
    CHECK(sp::area_km2(lune) == Approx(std::numbers::pi * R * R).epsilon(1e-12));
    CHECK(sp::area_centroid(lune).lon == Approx(45.0).epsilon(1e-12));
    CHECK(std::abs(sp::area_centroid(lune).lat) < 1e-9);

    // A tiny square at the equator (0.01° a side) is flat: area ≈ (R·0.01·π/180)².
    const double s = R * 0.01 * std::numbers::pi / 180.0;
    polygon tiny{{{10, -0.005}, {10.01, -0.005}, {10.01, 0.005}, {10, 0.005}}, {}};
    CHECK(sp::area_km2(tiny) == Approx(s * s).epsilon(1e-8));
    // Unit vectors carry 1e-16 of rounding, which moves the centroid of a shape of angular
    // size r by about 1e-16 / r radians: here ~1e-12 degrees.
    CHECK(std::abs(sp::area_centroid(tiny).lon - 10.005) < 1e-10);
    CHECK(std::abs(sp::area_centroid(tiny).lat) < 1e-12);

    // A hole subtracts its area; octant and hole are both symmetric under the reflection
    // lon -> 90° - lon, so the centroid stays on the meridian 45° E.
    polygon holed = octant();
    holed.holes.push_back({{30, 20}, {60, 20}, {45, 50}});
    const double hole_area = sp::area_km2(polygon{{{30, 20}, {60, 20}, {45, 50}}, {}});
    CHECK(sp::area_km2(holed) == Approx(sp::area_km2(octant()) - hole_area).epsilon(1e-13));
    CHECK(sp::area_centroid(holed).lon == Approx(45.0).epsilon(1e-12));
}

TEST_CASE("area_km2 and area_centroid agree with R's s2 package") {
    // Rscript tests/spatial/polygons_reference.R (s2_area(p, radius = 6371008.8) / 1e6,
    // s2_centroid; great-circle edges, as here):
    //   quad      area_km2 11581.3777270390 centroid 110.500000000000 20.500171757487
    //   l_hole    area_km2 47180.5645370367 centroid 116.206383207456 40.049805720197
    //   strip     area_km2 2193507.1342546497 centroid 85.000000000000 42.238882947031
    //   dateline  area_km2 49459.8932679109 centroid 180.000000000000 0.000000000000
    //   two_parts area_km2 2205088.5119816889 centroid 85.164533547947 42.145273605311
    const polygon quad{{{110, 20}, {111, 20}, {111, 21}, {110, 21}}, {}};
    const polygon l_hole{{{115, 39}, {118, 39}, {118, 40}, {116.5, 40}, {116.5, 41.5}, {115, 41.5}},
                         {{{115.5, 39.5}, {116, 39.5}, {116, 40}, {115.5, 40}}}};
    const polygon strip{{{75, 36}, {95, 36}, {95, 48}, {75, 48}}, {}};
    const polygon dateline{{{179, -1}, {-179, -1}, {-179, 1}, {179, 1}}, {}};
    struct row {
        multipolygon shape;
        double area, lon, lat;
    };
    const std::vector<row> rows{
        {{quad}, 11581.3777270390, 110.500000000000, 20.500171757487},
        {{l_hole}, 47180.5645370367, 116.206383207456, 40.049805720197},
        {{strip}, 2193507.1342546497, 85.000000000000, 42.238882947031},
        {{quad, strip}, 2205088.5119816889, 85.164533547947, 42.145273605311},
    };
    for (const auto& r : rows) {
        CHECK(sp::area_km2(r.shape) == Approx(r.area).epsilon(1e-11));
        const auto c = sp::area_centroid(r.shape);
        CHECK(c.lon == Approx(r.lon).epsilon(1e-11));
        CHECK(c.lat == Approx(r.lat).epsilon(1e-11));
    }
    // Across the antimeridian: the same area as the square at 0°, centroid at ±180°.
    CHECK(sp::area_km2(dateline) == Approx(49459.8932679109).epsilon(1e-11));
    CHECK(std::abs(std::abs(sp::area_centroid(dateline).lon) - 180.0) < 1e-9);
    CHECK(std::abs(sp::area_centroid(dateline).lat) < 1e-9);

    // area_centroids: one per shape, in order.
    const std::vector<multipolygon> shapes{{quad}, {strip}};
    const auto cs = sp::area_centroids(shapes);
    REQUIRE(cs.size() == 2);
    CHECK(cs[1].lat == Approx(42.238882947031).epsilon(1e-11));
}

TEST_CASE("area_km2, area_centroid, bounding_box: bad input") {
    CHECK(message_of([] { (void)sp::area_km2(multipolygon{}); }) == "ineq::area_km2: the shape has no polygon");
    CHECK(message_of([] { (void)sp::area_km2(polygon{{{0, 0}, {1, 1}, {0, 0}}, {}}); }) ==
          "ineq::area_km2: the shape encloses no area");
    // A sliver (there and back) beside a real part adds nothing.
    const multipolygon with_sliver{octant(), {{{10, 10}, {10, 10}, {11, 11}, {10, 10}}, {}}};
    CHECK(sp::area_km2(with_sliver) == Approx(sp::area_km2(octant())).epsilon(1e-15));
    CHECK(sp::area_centroid(with_sliver).lon == Approx(45.0).epsilon(1e-12));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK(message_of([&] { (void)sp::area_centroid(multipolygon{octant(), {{{0, 0}, {1, nan}, {1, 1}}, {}}}); }) ==
          "ineq::area_centroid: latitude must be finite and in [-90, 90] (index 1, value nan)");
    CHECK(message_of([] { (void)sp::area_km2(polygon{{{0, 0}, {181, 0}, {0, 1}}, {}}); }) ==
          "ineq::area_km2: longitude must be finite and in [-180, 180] (index 0, value 181)");
    polygon covered = octant();
    covered.holes.push_back(octant().outer);
    CHECK(message_of([&] { (void)sp::area_km2(covered); }).starts_with(
        "ineq::area_km2: a polygon's holes cover its outer ring (index 0, value"));
    const std::vector<multipolygon> shapes{{octant()}, {}};
    CHECK(message_of([&] { (void)sp::area_centroids(shapes); }) ==
          "ineq::area_centroids: unit 1: the shape has no polygon");
    CHECK(message_of([] { (void)sp::bounding_box(multipolygon{}); }) == "ineq::bounding_box: the shape has no vertex");
}

TEST_CASE("bounding_box") {
    const polygon l_hole{{{115, 39}, {118, 39}, {118, 40}, {116.5, 40}, {116.5, 41.5}, {115, 41.5}},
                         {{{115.5, 39.5}, {116, 39.5}, {116, 40}, {115.5, 40}}}};
    const polygon island{{{120, 38}, {120.5, 38}, {120.5, 38.5}}, {}};
    CHECK(sp::bounding_box(multipolygon{l_hole}) == sp::geo_box{115, 39, 118, 41.5});
    CHECK(sp::bounding_box(multipolygon{l_hole, island}) == sp::geo_box{115, 38, 120.5, 41.5});
    const std::vector<multipolygon> shapes{{l_hole}, {}, {island}};
    CHECK(sp::bounding_box(std::span<const multipolygon>(shapes)) == sp::geo_box{115, 38, 120.5, 41.5});
}

TEST_CASE("polygon_contiguity: a 3 x 3 grid of squares, rook and queen") {
    // Units 0..8 row by row:  6 7 8 / 3 4 5 / 0 1 2. Rook: 12 shared sides (24 links);
    // queen adds 8 diagonal corners (16 links).
    const auto shapes = grid(3, 3, 4);
    const auto rook = sp::polygon_contiguity(shapes, sp::contiguity_rule::rook, 0.0, sp::weights_style::binary);
    const auto queen = sp::polygon_contiguity(shapes, sp::contiguity_rule::queen, 0.0, sp::weights_style::binary);
    CHECK(rook.link_count() == 24);
    CHECK(queen.link_count() == 40);
    CHECK(neighbours_of(rook, 4) == std::vector<int>{1, 3, 5, 7});
    CHECK(neighbours_of(queen, 4) == std::vector<int>{0, 1, 2, 3, 5, 6, 7, 8});
    CHECK(neighbours_of(rook, 0) == std::vector<int>{1, 3});
    CHECK(neighbours_of(queen, 0) == std::vector<int>{1, 3, 4});
    CHECK(queen.symmetric());
    // Style W: a row sums to 1.
    const auto w = sp::polygon_contiguity(shapes);
    CHECK(w.style() == sp::weights_style::row_standardised);
    CHECK(w.values(0)[0] == Approx(1.0 / 3.0));
}

TEST_CASE("polygon_contiguity: tolerance, T-junctions and islands") {
    // Square 1 moved right by 0.0005°: no vertex coincides, all are within 0.001°.
    std::vector<multipolygon> shapes{{grid_square(100, 20, 1)}, {grid_square(101, 20, 1)}};
    for (auto& v : shapes[1][0].outer) {
        v.lon += 0.0005;
    }
    CHECK(message_of([&] { (void)sp::polygon_contiguity(shapes); }) ==
          "ineq::polygon_contiguity: 2 unit(s) without neighbours (islands: 0, 1); choose island_policy::keep() or "
          "nearest()");
    CHECK(sp::polygon_contiguity(shapes, sp::contiguity_rule::rook, 0.001).link_count() == 2);
    CHECK(sp::polygon_contiguity(shapes, sp::contiguity_rule::queen, 0.0004, sp::weights_style::binary,
                                 sp::island_policy::keep())
              .link_count() == 0);

    // A vertex of one square on the middle of the other's side is no shared vertex
    // (spdep's poly2nb also looks at vertices only).
    std::vector<multipolygon> t{{polygon{{{0, 0}, {2, 0}, {2, 1}, {0, 1}}, {}}},
                                {polygon{{{1, 1}, {2, 2}, {0, 2}}, {}}}};
    CHECK(sp::polygon_contiguity(t, sp::contiguity_rule::queen, 0.0, sp::weights_style::binary,
                                 sp::island_policy::keep())
              .link_count() == 0);

    // A shared corner is queen but not rook.
    std::vector<multipolygon> corner{{grid_square(0, 0, 3)}, {grid_square(1, 1, 3)}};
    CHECK(sp::polygon_contiguity(corner, sp::contiguity_rule::queen).link_count() == 2);
    CHECK(sp::polygon_contiguity(corner, sp::contiguity_rule::rook, 0.0, sp::weights_style::binary,
                                 sp::island_policy::keep())
              .islands() == std::vector<std::size_t>{0, 1});

    // An empty shape is an island; nearest joins it by the given points.
    std::vector<multipolygon> with_empty{{grid_square(0, 0, 1)}, {grid_square(1, 0, 1)}, {}};
    const auto joined = sp::polygon_contiguity(
        with_empty, sp::contiguity_rule::queen, 0.0, sp::weights_style::binary,
        sp::island_policy::nearest({{0.5, 0.5}, {1.5, 0.5}, {2.5, 0.5}}));
    CHECK(neighbours_of(joined, 2) == std::vector<int>{1});

    CHECK(message_of([&] { (void)sp::polygon_contiguity(shapes, sp::contiguity_rule::queen, -1.0); }) ==
          "ineq::polygon_contiguity: the tolerance must be finite and non-negative (got -1)");
    shapes[1][0].outer[2].lat = std::numeric_limits<double>::infinity();
    CHECK(message_of([&] { (void)sp::polygon_contiguity(shapes, sp::contiguity_rule::queen, 0.001); }) ==
          "ineq::polygon_contiguity: latitude must be finite and in [-90, 90] (index 1, value inf)");
}

TEST_CASE("polygon_contiguity: 2,500 squares with 100,000 vertices") {
    // 50 × 50 squares, 10 edges a side: rook links 2·2·50·49 = 9,800; queen adds the
    // diagonals 2·2·49·49 = 9,604, 19,404 in all.
    const auto shapes = grid(50, 50, 10, 60.0, 10.0);
    const auto start = std::chrono::steady_clock::now();
    const auto queen = sp::polygon_contiguity(shapes, sp::contiguity_rule::queen, 1e-4, sp::weights_style::binary);
    const auto rook = sp::polygon_contiguity(shapes, sp::contiguity_rule::rook, 1e-4, sp::weights_style::binary);
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(queen.link_count() == 19'404);
    CHECK(rook.link_count() == 9'800);
    MESSAGE("queen + rook on 100,000 vertices: " << seconds << " s");
}
