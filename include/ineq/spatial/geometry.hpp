#ifndef INEQ_SPATIAL_GEOMETRY_HPP
#define INEQ_SPATIAL_GEOMETRY_HPP

/// \file
/// Points and polygons in longitude and latitude (degrees, WGS 84), and the great-circle
/// distance between points. The shapes the spatial builders take; no file format here
/// (reading GeoJSON or shapefiles is the caller's job).

#include <ineq/error.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace ineq::spatial {

/// A point on the globe: longitude and latitude in degrees.
struct geo_point {
    double lon = 0.0;  ///< degrees east, in [−180, 180]
    double lat = 0.0;  ///< degrees north, in [−90, 90]

    friend constexpr bool operator==(const geo_point&, const geo_point&) noexcept = default;
};

/// A closed ring of vertices. The closing vertex may be repeated or not; both are accepted.
using ring = std::vector<geo_point>;

/// A polygon: one outer ring and any number of holes.
struct polygon {
    ring outer;
    std::vector<ring> holes;
};

/// The shape of one unit (a province with islands is several polygons).
using multipolygon = std::vector<polygon>;

/// Mean Earth radius in kilometres (IUGG R1 = 6371.0088 km), used by every distance here.
inline constexpr double earth_radius_km = 6371.0088;

namespace detail {

inline void check_point(const char* fn, const geo_point& p, std::size_t index) {
    if (!std::isfinite(p.lon) || p.lon < -180.0 || p.lon > 180.0) {
        ineq::detail::fail(fn, "longitude must be finite and in [-180, 180]", index, p.lon);
    }
    if (!std::isfinite(p.lat) || p.lat < -90.0 || p.lat > 90.0) {
        ineq::detail::fail(fn, "latitude must be finite and in [-90, 90]", index, p.lat);
    }
}

}  // namespace detail

/// Great-circle distance in kilometres between two points on a sphere of radius
/// `earth_radius_km`, by the haversine formula
/// d = 2R·asin(√(sin²(Δφ/2) + cos φ1 · cos φ2 · sin²(Δλ/2))), accurate also for nearby
/// points. (The ellipsoid differs by up to 0.5 %; spatial weights do not need more.)
/// \throws domain_error if a coordinate is not finite or out of range.
/// Example: `great_circle_km({116.40, 39.90}, {121.47, 31.23})` ≈ 1067 (Beijing–Shanghai).
[[nodiscard]] inline double great_circle_km(const geo_point& a, const geo_point& b) {
    detail::check_point("great_circle_km", a, 0);
    detail::check_point("great_circle_km", b, 1);
    constexpr double rad = std::numbers::pi / 180.0;
    const double dphi = (b.lat - a.lat) * rad;
    const double dlambda = (b.lon - a.lon) * rad;
    const double s1 = std::sin(dphi / 2.0);
    const double s2 = std::sin(dlambda / 2.0);
    const double h = s1 * s1 + std::cos(a.lat * rad) * std::cos(b.lat * rad) * s2 * s2;
    return 2.0 * earth_radius_km * std::asin(std::sqrt(std::min(1.0, h)));
}

}  // namespace ineq::spatial

#endif  // INEQ_SPATIAL_GEOMETRY_HPP
