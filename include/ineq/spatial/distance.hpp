#ifndef INEQ_SPATIAL_DISTANCE_HPP
#define INEQ_SPATIAL_DISTANCE_HPP

/// \file
/// Spatial weights from points on the globe (province seats, polygon centroids): the
/// matrix of great-circle distances, k nearest neighbours, distance bands and inverse
/// distance. Every distance is `great_circle_km` (haversine on the sphere of radius
/// `earth_radius_km`); spdep's `longlat = TRUE` uses an ellipsoidal great circle that
/// differs by up to 0.5 %, which can reorder neighbours only at near-ties.
///
/// Each builder computes all n(n − 1)/2 distances: O(n²) time, fine for the 31 provinces
/// and the ~340 prefectures (a few thousand units take milliseconds).

#include <ineq/error.hpp>
#include <ineq/spatial/geometry.hpp>
#include <ineq/spatial/weights.hpp>

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace ineq::spatial {

namespace detail {

inline void check_points(const char* fn, std::span<const geo_point> points, std::size_t at_least) {
    if (points.size() < at_least) {
        ineq::detail::fail(fn, "needs at least " + std::to_string(at_least) + " points, got " +
                                   std::to_string(points.size()));
    }
    for (std::size_t i = 0; i < points.size(); ++i) {
        check_point(fn, points[i], i);
    }
}

/// Haversine distances, filled symmetrically (d_ij and d_ji are the same number).
[[nodiscard]] inline Eigen::MatrixXd distances(std::span<const geo_point> points) {
    const auto n = static_cast<Eigen::Index>(points.size());
    Eigen::MatrixXd d = Eigen::MatrixXd::Zero(n, n);
    for (Eigen::Index i = 0; i < n; ++i) {
        for (Eigen::Index j = i + 1; j < n; ++j) {
            const double x = great_circle_km(points[static_cast<std::size_t>(i)], points[static_cast<std::size_t>(j)]);
            d(i, j) = x;
            d(j, i) = x;
        }
    }
    return d;
}

/// Rewrites a builder's error so that it names the public function.
[[noreturn]] inline void rethrow_as(const char* fn, const domain_error& e) {
    std::string what = e.what();
    const std::string prefix = "ineq::weights::from_links: ";
    if (what.starts_with(prefix)) {
        ineq::detail::fail(fn, what.substr(prefix.size()));
    }
    throw domain_error(what);
}

/// The weights of `links` (see `weights::from_links`), with from_links' errors reported
/// under the builder's name `fn`.
[[nodiscard]] inline weights weights_of_links(const char* fn, std::size_t n, std::vector<neighbour_link> links,
                                              weights_style style, const island_policy& islands) {
    try {
        return weights::from_links(n, std::move(links), style, islands);
    } catch (const domain_error& e) {
        rethrow_as(fn, e);
    }
}

/// Weights linking every ordered pair i != j whose great-circle distance is within
/// `threshold_km` (every pair without one), with general weight `weight(d_ij, i, j)`.
template <class Weight>
[[nodiscard]] weights distance_weights(const char* fn, std::span<const geo_point> points,
                                       std::optional<double> threshold_km, weights_style style,
                                       const island_policy& islands, Weight weight) {
    check_points(fn, points, 2);
    const std::size_t n = points.size();
    const Eigen::MatrixXd d = distances(points);
    std::vector<neighbour_link> links;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            const double dij = d(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
            if (j != i && (!threshold_km || dij <= *threshold_km)) {
                links.push_back({i, j, weight(dij, i, j)});
            }
        }
    }
    return weights_of_links(fn, n, std::move(links), style, islands);
}

}  // namespace detail

/// The n × n matrix of great-circle distances in kilometres between points (zero
/// diagonal, exactly symmetric).
/// \throws domain_error if a coordinate is not finite or out of range (index: the point).
/// Example: `distance_matrix_km(province_label_point_vector())(0, 8)` ≈ 1067 (Beijing–Shanghai).
[[nodiscard]] inline Eigen::MatrixXd distance_matrix_km(std::span<const geo_point> points) {
    detail::check_points("distance_matrix_km", points, 0);
    return detail::distances(points);
}

/// Whether k-nearest-neighbour weights keep their natural asymmetry.
enum class knn_symmetry : std::uint8_t {
    asymmetric,   ///< j is a neighbour of i if j is among i's k nearest (spdep `knn2nb`)
    symmetrised,  ///< ... or i is among j's k nearest (spdep `make.sym.nb`); rows may then hold more than k
};

/// k-nearest-neighbour weights: unit i's neighbours are the k units j ≠ i closest to it by
/// great-circle distance, general weight 1. Ties are broken by the lower index, so the
/// result never depends on the order of a sort (spdep's `knearneigh` breaks them by its
/// own sort order). The relation is asymmetric: j among i's k nearest does not make i
/// among j's (a remote unit points at a central one that points elsewhere); pass
/// `knn_symmetry::symmetrised` to join both ways. No unit is ever an island.
/// \throws domain_error if k is 0, k ≥ n (fewer than k other units), or a coordinate is
/// not finite or out of range (index: the point).
/// Example: `auto w = knn_weights(province_label_point_vector(), 4);` (each row: 4 × 0.25).
[[nodiscard]] inline weights knn_weights(std::span<const geo_point> points, std::size_t k,
                                         weights_style style = weights_style::row_standardised,
                                         knn_symmetry symmetry = knn_symmetry::asymmetric) {
    constexpr const char* fn = "knn_weights";
    if (k == 0) {
        ineq::detail::fail(fn, "k must be at least 1");
    }
    detail::check_points(fn, points, 2);
    const std::size_t n = points.size();
    if (k >= n) {
        ineq::detail::fail(fn, "k must be less than the number of points (k = " + std::to_string(k) +
                                   ", n = " + std::to_string(n) + ")");
    }
    const Eigen::MatrixXd d = detail::distances(points);
    std::vector<neighbour_link> links;
    links.reserve(symmetry == knn_symmetry::symmetrised ? 2 * n * k : n * k);
    std::vector<std::pair<double, std::size_t>> row;
    row.reserve(n - 1);
    for (std::size_t i = 0; i < n; ++i) {
        row.clear();
        for (std::size_t j = 0; j < n; ++j) {
            if (j != i) {
                row.emplace_back(d(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)), j);
            }
        }
        // Lexicographic (distance, index): equal distances go to the lower index.
        // cppcheck-suppress containerOutOfBounds ; row holds n - 1 >= k entries (k < n checked above)
        const auto kth = row.begin() + static_cast<std::ptrdiff_t>(k);
        std::partial_sort(row.begin(), kth, row.end());
        for (std::size_t m = 0; m < k; ++m) {
            links.push_back({i, row[m].second, 1.0});
            if (symmetry == knn_symmetry::symmetrised) {
                links.push_back({row[m].second, i, 1.0});
            }
        }
    }
    return detail::weights_of_links(fn, n, std::move(links), style, island_policy::error());
}

/// Distance-band weights: i and j ≠ i are neighbours (general weight 1, both ways) if
/// d_ij ≤ threshold_km (spdep `dnearneigh(x, 0, threshold, longlat = TRUE)`; coincident
/// points are neighbours). A unit farther than the threshold from all others is an
/// island, handled by `islands`.
/// \throws domain_error if the threshold is not finite and positive, fewer than 2 points
/// are given, a coordinate is not finite or out of range (index: the point), or as
/// `weights::from_links` for islands under `island_policy::error()`.
/// Example: `auto w = distance_band_weights(points, 800.0, weights_style::binary, island_policy::keep());`
[[nodiscard]] inline weights distance_band_weights(std::span<const geo_point> points, double threshold_km,
                                                   weights_style style = weights_style::row_standardised,
                                                   const island_policy& islands = island_policy::error()) {
    constexpr const char* fn = "distance_band_weights";
    if (!std::isfinite(threshold_km) || threshold_km <= 0.0) {
        ineq::detail::fail_got(fn, "the distance threshold must be finite and positive", threshold_km);
    }
    return detail::distance_weights(fn, points, threshold_km, style, islands,
                                    [](double, std::size_t, std::size_t) { return 1.0; });
}

/// Inverse-distance weights: general weight g_ij = d_ij^−α for every j ≠ i, or only for
/// d_ij ≤ threshold_km when a threshold is given (spdep: `nb2listw(nb, glist =
/// lapply(nbdists(nb, x, longlat = TRUE), function(d) d^-alpha))`; PySAL's `DistanceBand`
/// with `binary = False`). Without a threshold every pair is linked, so styles W and S
/// spread weight over all units. Under a threshold a unit beyond it from all others is an
/// island, handled by `islands`.
/// \throws domain_error if α is not finite and positive, the threshold (when given) is not
/// finite and positive, fewer than 2 points are given, a coordinate is not finite or out of
/// range (index: the point), two linked points coincide (d = 0 has no inverse; the message
/// names both), or as `weights::from_links` (islands under `island_policy::error()`; a
/// weight that overflows to infinity for a huge α).
/// Example: `auto w = inverse_distance_weights(points, 2.0);` (gravity-like decay, style W).
[[nodiscard]] inline weights inverse_distance_weights(std::span<const geo_point> points, double alpha,
                                                      std::optional<double> threshold_km = std::nullopt,
                                                      weights_style style = weights_style::row_standardised,
                                                      const island_policy& islands = island_policy::error()) {
    constexpr const char* fn = "inverse_distance_weights";
    if (!std::isfinite(alpha) || alpha <= 0.0) {
        ineq::detail::fail_got(fn, "alpha must be finite and positive", alpha);
    }
    if (threshold_km && (!std::isfinite(*threshold_km) || *threshold_km <= 0.0)) {
        ineq::detail::fail_got(fn, "the distance threshold must be finite and positive", *threshold_km);
    }
    return detail::distance_weights(fn, points, threshold_km, style, islands,
                                    [alpha](double dij, std::size_t i, std::size_t j) {
                                        if (dij == 0.0) {
                                            ineq::detail::fail("inverse_distance_weights", "points " + std::to_string(std::min(i, j)) +
                                                                       " and " + std::to_string(std::max(i, j)) +
                                                                       " coincide (distance 0 has no inverse)");
                                        }
                                        return std::pow(dij, -alpha);
                                    });
}

}  // namespace ineq::spatial

#endif  // INEQ_SPATIAL_DISTANCE_HPP
