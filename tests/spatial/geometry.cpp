#include <ineq/spatial/geometry.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <cmath>

using ineq::spatial::great_circle_km;

TEST_CASE("great_circle_km: closed forms and the Beijing to Shanghai label points") {
    // A quarter of a meridian and a quarter of the equator: πR/2.
    const double quarter = std::acos(-1.0) / 2.0 * ineq::spatial::earth_radius_km;
    CHECK(great_circle_km({0, 0}, {0, 90}) == doctest::Approx(quarter).epsilon(1e-14));
    CHECK(great_circle_km({0, 0}, {90, 0}) == doctest::Approx(quarter).epsilon(1e-14));
    CHECK(great_circle_km({-180, 10}, {180, 10}) == doctest::Approx(0.0));
    CHECK(great_circle_km({3, 4}, {3, 4}) == 0.0);
    // Antipodes: πR (the haversine argument is clamped to 1).
    CHECK(great_circle_km({0, 0}, {180, 0}) == doctest::Approx(2.0 * quarter).epsilon(1e-14));
    // haversine in Python (math.asin/math.sin/math.cos, R = 6371.0088 km): 1067.2980828967566
    CHECK(great_circle_km({116.405285, 39.904989}, {121.472644, 31.231706}) ==
          doctest::Approx(1067.2980828967566).epsilon(1e-12));
}

TEST_CASE("great_circle_km: bad coordinates are named") {
    CHECK(ineq_test::message_of([] { (void)great_circle_km({200, 0}, {0, 0}); }) ==
          "ineq::great_circle_km: longitude must be finite and in [-180, 180] (index 0, value 200)");
    CHECK(ineq_test::message_of([] { (void)great_circle_km({0, 0}, {0, NAN}); }) ==
          "ineq::great_circle_km: latitude must be finite and in [-90, 90] (index 1, value nan)");
    CHECK(ineq_test::message_of([] { (void)great_circle_km({0, 0}, {0, -91}); }) ==
          "ineq::great_circle_km: latitude must be finite and in [-90, 90] (index 1, value -91)");
}
