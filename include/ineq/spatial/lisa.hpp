#ifndef INEQ_SPATIAL_LISA_HPP
#define INEQ_SPATIAL_LISA_HPP

/// \file
/// Local indicators of spatial association (Anselin 1995): local Moran's I per unit, its
/// analytic moments, conditional-permutation pseudo p-values, the four quadrants of the
/// Moran scatter plot, a significance filter for cluster maps, and multiple-testing control
/// (Bonferroni, Benjamini–Hochberg), as R spdep (`localmoran`, `localmoran_perm`, `p.adjust`)
/// and PySAL esda (`Moran_Local`).
///
/// Conventions (spdep's `localmoran` with `mlvar = TRUE`, `adjust.x = FALSE`):
///   z_i = x_i − x̄,  m2 = Σ_j z_j² / n,  I_i = (z_i / m2) · Σ_j w_ij z_j.
/// n, x̄ and m2 count every unit, islands included (spdep with `zero.policy = TRUE`).
///
/// Islands. A unit without neighbours has no spatial lag, so its local statistic is not
/// defined: the functions here return `std::nullopt` for it — never I_i = 0 with a NaN
/// p-value (what spdep reports under `zero.policy = TRUE`).
///
/// Permutation inference is conditional (Anselin 1995): x_i stays at unit i and its k_i
/// neighbours' values are replaced by k_i values drawn without replacement from the other
/// n − 1 units. Unit i draws from its own random stream (seed, i), so results depend on
/// the seed only, never on the thread count. spdep 1.2.7's `localmoran_perm` draws with
/// replacement; PySAL draws without, as here.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>
#include <ineq/spatial/inference.hpp>
#include <ineq/stats/multiple_testing.hpp>
#include <ineq/stats/resampling.hpp>
#include <ineq/spatial/weights.hpp>

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace ineq::spatial {

// ---- Multiple testing: the library's one implementation (ineq/stats/multiple_testing.hpp) --

using stats::p_adjust;
using stats::p_adjustment;
using stats::p_values;
using stats::significant;

// ---- Quadrants and cluster maps ------------------------------------------------------------

/// Quadrant of the Moran scatter plot: the unit's own value, then its neighbours'.
enum class quadrant : std::uint8_t {
    high_high,  ///< HH: high value among high neighbours (hot spot)
    low_low,    ///< LL: low among low (cold spot)
    high_low,   ///< HL: high among low (outlier)
    low_high,   ///< LH: low among high (outlier)
};

/// "HH", "LL", "HL" or "LH".
[[nodiscard]] constexpr const char* to_string(quadrant q) noexcept {
    switch (q) {
        case quadrant::high_high: return "HH";
        case quadrant::low_low: return "LL";
        case quadrant::high_low: return "HL";
        case quadrant::low_high: return "LH";
    }
    return "?";
}

/// Where a unit and its lag are split into high and low (spdep's `attr(, "quadr")` columns).
enum class quadrant_rule : std::uint8_t {
    centred,  ///< z_i > 0 and (Wz)_i > 0 (spdep "pysal", esda `q`): the Moran scatter plot's axes
    mean,     ///< x_i > mean(x) and (Wx)_i > mean of (Wx) over units with neighbours (spdep "mean")
    median,   ///< x_i > median(x) and (Wx)_i > median of (Wx) over units with neighbours (spdep "median")
};

/// Quadrant of each unit; `std::nullopt` for an island (it has no lag).
/// "High" means strictly above the split value, so a value equal to it is "low" (as spdep's
/// `cut` with right-closed intervals). Under `centred`, W·z uses the styled weights (with
/// row standardisation W·z = W·x − x̄). The mean and median of the lag are taken over units
/// with neighbours; spdep counts an island's lag as 0 there, which differs only when there
/// are islands.
/// \throws domain_error if `values` does not have one finite value per unit.
/// Example: `auto q = local_quadrants(column, w);  // q[i] == quadrant::high_high: a hot spot`
template <numeric_range R>
[[nodiscard]] std::vector<std::optional<quadrant>> local_quadrants(R&& values, const weights& w,
                                                                   quadrant_rule rule = quadrant_rule::centred) {
    const std::size_t n = w.size();
    const Eigen::VectorXd x = detail::unit_values("local_quadrants", values, n);
    std::vector<std::optional<quadrant>> out(n);
    if (n == 0) {
        return out;
    }
    const double mean = x.mean();
    const Eigen::VectorXd lx = w.matrix() * x;
    std::vector<double> lags;
    for (std::size_t i = 0; i < n; ++i) {
        if (w.cardinality(i) > 0) {
            lags.push_back(lx[static_cast<Eigen::Index>(i)]);
        }
    }
    if (lags.empty()) {
        return out;
    }
    auto median_of = [](std::vector<double> v) {
        const std::size_t m = v.size() / 2;
        std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(m), v.end());
        const double upper = v[m];
        if (v.size() % 2 == 1) {
            return upper;
        }
        const double lower = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(m));
        return lower + (upper - lower) / 2.0;
    };
    double x_split = 0.0;
    double lag_split = 0.0;
    Eigen::VectorXd own = x;
    Eigen::VectorXd lag = lx;
    switch (rule) {
        case quadrant_rule::centred:
            own = x.array() - mean;
            lag = w.matrix() * own;
            break;
        case quadrant_rule::mean: {
            x_split = mean;
            ineq::detail::neumaier_sum s;
            for (const double v : lags) {
                s.add(v);
            }
            lag_split = s.value() / static_cast<double>(lags.size());
            break;
        }
        case quadrant_rule::median:
            x_split = median_of(std::vector<double>(x.begin(), x.end()));
            lag_split = median_of(lags);
            break;
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (w.cardinality(i) == 0) {
            continue;
        }
        const auto e = static_cast<Eigen::Index>(i);
        const bool high = own[e] > x_split;
        const bool high_lag = lag[e] > lag_split;
        out[i] = high ? (high_lag ? quadrant::high_high : quadrant::high_low)
                      : (high_lag ? quadrant::low_high : quadrant::low_low);
    }
    return out;
}

/// A unit's class on a LISA cluster map.
enum class lisa_cluster : std::uint8_t {
    not_significant,
    high_high,
    low_low,
    high_low,
    low_high,
    undefined,  ///< an island: no local statistic
};

/// "not significant", "HH", "LL", "HL", "LH" or "undefined".
[[nodiscard]] constexpr const char* to_string(lisa_cluster c) noexcept {
    switch (c) {
        case lisa_cluster::not_significant: return "not significant";
        case lisa_cluster::high_high: return "HH";
        case lisa_cluster::low_low: return "LL";
        case lisa_cluster::high_low: return "HL";
        case lisa_cluster::low_high: return "LH";
        case lisa_cluster::undefined: return "undefined";
    }
    return "?";
}

/// The cluster map: a unit keeps its quadrant if its (adjusted) p-value is at most alpha,
/// is `not_significant` otherwise, and `undefined` if its quadrant or its p-value is missing.
/// \throws domain_error if the two vectors differ in length, alpha is not in (0, 1), or a
/// p-value is outside [0, 1].
/// Example: `lisa_clusters(local_quadrants(x, w), p_values(local_moran_permutation(x, w)),
///                         0.05, p_adjustment::benjamini_hochberg)`.
[[nodiscard]] inline std::vector<lisa_cluster> lisa_clusters(std::span<const std::optional<quadrant>> quadrants,
                                                             std::span<const std::optional<double>> p,
                                                             double alpha = 0.05,
                                                             p_adjustment method = p_adjustment::none) {
    if (quadrants.size() != p.size()) {
        ineq::detail::fail("lisa_clusters",
                           "needs one p-value per quadrant (" + std::to_string(quadrants.size()) +
                               "), got " + std::to_string(p.size()));
    }
    const auto flags = significant(p, alpha, method);
    std::vector<lisa_cluster> out(p.size(), lisa_cluster::undefined);
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (!quadrants[i] || !p[i]) {
            continue;
        }
        if (!flags[i]) {
            out[i] = lisa_cluster::not_significant;
            continue;
        }
        switch (*quadrants[i]) {
            case quadrant::high_high: out[i] = lisa_cluster::high_high; break;
            case quadrant::low_low: out[i] = lisa_cluster::low_low; break;
            case quadrant::high_low: out[i] = lisa_cluster::high_low; break;
            case quadrant::low_high: out[i] = lisa_cluster::low_high; break;
        }
    }
    return out;
}

// ---- Local Moran ---------------------------------------------------------------------------

/// Local Moran's I_i with its expectation, variance, z and normal p-value, per unit, as
/// spdep `localmoran(x, listw, zero.policy = TRUE)`.
/// I_i = (z_i / m2) Σ_j w_ij z_j, z = x − x̄, m2 = Σ z²/n; w_i = Σ_j w_ij, w_i(2) = Σ_j w_ij²;
/// moments as `local_moran_variance`; z = (I_i − E)/√Var; p from the standard normal.
/// An island gets `std::nullopt`; so does a unit whose variance is 0 (under the
/// conditional variance, a unit with z_i = 0), whose z would be 0/0.
/// \throws domain_error if `values` does not have one finite value per unit, if n < 3
/// (the variances divide by n − 2), or if all values are equal (m2 = 0).
/// Example: `auto t = local_moran(column, province_contiguity(weights_style::row_standardised,
///           island_policy::keep()));  // t[20] (Hainan) is empty`
template <numeric_range R>
[[nodiscard]] std::vector<std::optional<analytic_test>> local_moran(R&& values, const weights& w,
                                                                    const local_options& o = {}) {
    constexpr const char* fn = "local_moran";
    const std::size_t n = w.size();
    const Eigen::VectorXd x = detail::unit_values(fn, values, n);
    if (n < 3) {
        ineq::detail::fail(fn, "needs at least 3 units, got " + std::to_string(n));
    }
    const auto dn = static_cast<double>(n);
    const Eigen::VectorXd z = x.array() - x.mean();
    const double m2 = z.squaredNorm() / dn;
    if (!(m2 > 0.0)) {
        ineq::detail::fail(fn, "values must not all be equal");
    }
    const double b2 = (z.array().square().square().sum() / dn) / (m2 * m2);
    const Eigen::VectorXd lz = w.matrix() * z;
    std::vector<std::optional<analytic_test>> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto wts = w.values(i);
        if (wts.empty()) {
            continue;
        }
        double wi = 0.0;
        double wi2 = 0.0;
        for (const double v : wts) {
            wi += v;
            wi2 += v * v;
        }
        const double zi = z[static_cast<Eigen::Index>(i)];
        analytic_test t;
        t.statistic = zi / m2 * lz[static_cast<Eigen::Index>(i)];
        if (o.variance == local_moran_variance::conditional) {
            t.expectation = -(zi * zi * wi) / ((dn - 1.0) * m2);
            const double a = zi / m2;
            t.variance = a * a * (dn / (dn - 2.0)) * (wi2 - wi * wi / (dn - 1.0)) * (m2 - zi * zi / (dn - 1.0));
        } else {
            t.expectation = -wi / (dn - 1.0);
            const double big_a = (dn - b2) / (dn - 1.0);
            const double big_b = (2.0 * b2 - dn) / ((dn - 1.0) * (dn - 2.0));
            t.variance = big_a * wi2 + big_b * (wi * wi - wi2) - t.expectation * t.expectation;
        }
        if (!(t.variance > 0.0)) {
            continue;
        }
        t.z = (t.statistic - t.expectation) / std::sqrt(t.variance);
        t.p_value = stats::normal_p_value(t.z, o.alternative);
        out[i] = t;
    }
    return out;
}

/// Local Moran's I_i with conditional-permutation inference, per unit (spdep
/// `localmoran_perm`, esda `Moran_Local`, but drawing without replacement).
/// For unit i with k_i neighbours, each of R permutations draws k_i of the other n − 1
/// values of z without replacement into the neighbour slots: I_i^(r) = (z_i/m2)·Σ_t w_it z_π(t).
/// The result holds I_i, the mean and sample sd of the I_i^(r), z = (I_i − mean)/sd, and the
/// pseudo p-value (1 + #{as extreme})/(R + 1) for `o.alternative` (see inference.hpp). Ties
/// of a simulated lag with the observed one within 1e-12 of the lag's scale count as "as
/// extreme" both ways. Unit i uses random stream (o.seed, i): the result does not depend on
/// `o.threads`. An island gets `std::nullopt`. A unit with z_i = 0 has I_i = 0 in every
/// draw: p = 1.
/// \throws domain_error as `local_moran`, or if o.resamples is 0.
/// Example: `local_options o; o.resamples = 9999; o.alternative = alternative::two_sided;
///           auto t = local_moran_permutation(column, w, o);`
template <numeric_range R>
[[nodiscard]] std::vector<std::optional<permutation_test>> local_moran_permutation(
    R&& values, const weights& w, const local_options& o = {}) {
    constexpr const char* fn = "local_moran_permutation";
    const std::size_t n = w.size();
    const Eigen::VectorXd x = detail::unit_values(fn, values, n);
    if (n < 3) {
        ineq::detail::fail(fn, "needs at least 3 units, got " + std::to_string(n));
    }
    const Eigen::VectorXd z = x.array() - x.mean();
    const double m2 = z.squaredNorm() / static_cast<double>(n);
    if (!(m2 > 0.0)) {
        ineq::detail::fail(fn, "values must not all be equal");
    }
    const std::vector<double> zs(z.begin(), z.end());
    return stats::conditional_permutation(fn, zs, resampling_of(o), o.alternative, [&](std::size_t i) {
        std::optional<stats::conditional_unit> u;
        const auto wts = w.values(i);
        if (wts.empty()) {
            return u;
        }
        const auto nb = w.neighbours(i);
        double observed = 0.0;
        for (std::size_t t = 0; t < wts.size(); ++t) {
            observed += wts[t] * z[nb[t]];
        }
        const double b = z[static_cast<Eigen::Index>(i)] / m2;
        u = stats::conditional_unit{wts, observed, 0.0, b, b * observed};
        return u;
    });
}

}  // namespace ineq::spatial

#endif  // INEQ_SPATIAL_LISA_HPP
