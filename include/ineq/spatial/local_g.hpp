#ifndef INEQ_SPATIAL_LOCAL_G_HPP
#define INEQ_SPATIAL_LOCAL_G_HPP

/// \file
/// Local Getis–Ord statistics G_i and G*_i (Getis and Ord 1992; Ord and Getis 1995): the
/// share of the total held by a unit's neighbours (G_i) or by the unit and its neighbours
/// (G*_i), with analytic z-values as R spdep `localG` and conditional-permutation pseudo
/// p-values. A high positive z marks a hot spot, a low negative one a cold spot.
///
/// G_i  = Σ_{j≠i} w_ij x_j / Σ_{j≠i} x_j            (spdep `localG(x, listw)`)
/// G*_i = Σ_j w_ij x_j / Σ_j x_j, with w_ii > 0      (spdep `localG(x, nb2listw(include.self(nb)))`)
///
/// Self weights for G*. The unit joins its own neighbour set with general weight 1 (as
/// spdep's `include.self`) and the row is then styled with the weights' style: binary gives
/// w_ii = 1; row standardisation gives every entry, w_ii included, 1/(k_i + 1) for contiguity;
/// global and variance-stabilising styles are rescaled over the rows with self included.
/// So G* under style W does not use the W weights of the `weights` object but their
/// self-including restyling, exactly as spdep.
///
/// Moments (spdep 1.2.7 `localG`), with W_i = Σ_j w_ij and S_1i = Σ_j w_ij²:
///   G_i:  x̄_i = Σ_{j≠i} x_j/(n−1), s_i² = Σ_{j≠i} x_j²/(n−1) − x̄_i²,
///         E = W_i x̄_i, V = s_i² ((n−1) S_1i − W_i²)/(n−2);
///   G*_i: x̄ = Σ x/n, s² = Σ (x − x̄)²/n, E = W_i x̄, V = s² (n S_1i − W_i²)/(n−1);
///   z = (Σ_j w_ij x_j − E)/√V. The raw statistic, E and V are reported divided by the
///   denominator (spdep's `return_internals`), so statistic, expectation and variance are on
///   the scale of G, and z is the same on both scales.
///
/// Undefined units get `std::nullopt`: for G_i an island (no neighbours), a unit whose
/// other units sum to 0, or whose variance is 0 (all other values equal); for G*_i a unit
/// whose variance is 0. An island under G* keeps w_ii, so it is defined analytically (z is
/// its standardised value, as spdep) but has no neighbours to permute: no permutation test.

#include <ineq/concepts.hpp>
#include <ineq/error.hpp>
#include <ineq/spatial/inference.hpp>
#include <ineq/stats/resampling.hpp>
#include <ineq/spatial/weights.hpp>

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ineq::spatial {

/// Which local Getis–Ord statistic.
enum class local_g_kind : std::uint8_t {
    g,       ///< G_i: neighbours only (spdep `localG` on weights without self)
    g_star,  ///< G*_i: the unit itself included (spdep `localG` on `include.self` weights)
};

namespace detail {

/// The styled weights of the rows with the unit itself included (general weight 1):
/// `self[i]` = w_ii, `values` aligned with the non-zeros of `w.matrix()`.
struct star_rows {
    std::vector<double> self;
    std::vector<double> values;
};

[[nodiscard]] inline star_rows star_weights(const weights& w) {
    const auto& g = w.general();
    const std::size_t n = w.size();
    const int* outer = g.outerIndexPtr();
    const double* gv = g.valuePtr();
    star_rows s;
    s.self.assign(n, 1.0);
    s.values.assign(gv, gv + g.nonZeros());
    const auto row_sum = [&](std::size_t i, bool squares) {
        ineq::detail::neumaier_sum sum;
        sum.add(1.0);  // the self weight
        for (int k = outer[i]; k < outer[i + 1]; ++k) {
            const double v = s.values[static_cast<std::size_t>(k)];
            sum.add(squares ? v * v : v);
        }
        return sum.value();
    };
    const auto scale_rows = [&](bool squares, bool root) {
        for (std::size_t i = 0; i < n; ++i) {
            const double r = root ? std::sqrt(row_sum(i, squares)) : row_sum(i, squares);
            s.self[i] /= r;
            for (int k = outer[i]; k < outer[i + 1]; ++k) {
                s.values[static_cast<std::size_t>(k)] /= r;
            }
        }
    };
    const auto scale_all_to_n = [&]() {
        ineq::detail::neumaier_sum total;
        for (const double v : s.self) {
            total.add(v);
        }
        for (const double v : s.values) {
            total.add(v);
        }
        const double f = static_cast<double>(n) / total.value();
        for (double& v : s.self) {
            v *= f;
        }
        for (double& v : s.values) {
            v *= f;
        }
    };
    switch (w.style()) {
        case weights_style::binary: break;
        case weights_style::row_standardised: scale_rows(false, false); break;
        case weights_style::global: scale_all_to_n(); break;
        case weights_style::variance_stabilising:
            scale_rows(true, true);
            scale_all_to_n();
            break;
    }
    return s;
}

/// Validated values for the local G: finite, non-negative, positive sum.
template <class R>
[[nodiscard]] Eigen::VectorXd g_values(const char* fn, R&& values, std::size_t n) {
    Eigen::VectorXd x = unit_values(fn, values, n);
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        if (x[i] < 0.0) {
            ineq::detail::fail(fn, "values must be non-negative", static_cast<std::size_t>(i), x[i]);
        }
    }
    if (n < 3) {
        ineq::detail::fail(fn, "needs at least 3 units, got " + std::to_string(n));
    }
    if (!(x.sum() > 0.0)) {
        ineq::detail::fail(fn, "values must not all be zero");
    }
    return x;
}

/// Everything the local G of one unit needs: its self weight (0 for G), neighbour weights,
/// the denominator and the null moments of the lag.
struct g_unit {
    double self = 0.0;
    std::span<const double> wts;
    double lag = 0.0;  ///< Σ_j w_ij x_j, self included for G*
    double denominator = 0.0;
    double expectation = 0.0;
    double variance = 0.0;
};

/// Per-unit ingredients, computed once for both the analytic and the permutation test.
class g_setup {
public:
    g_setup(const weights& w, const Eigen::VectorXd& x, local_g_kind kind) : w_(w), x_(x), kind_(kind) {
        if (kind == local_g_kind::g_star) {
            star_ = star_weights(w);
        }
        const auto n = static_cast<double>(x.size());
        sum_ = x.sum();
        mean_ = sum_ / n;
        ss_ = (x.array() - mean_).square().sum();  // Σ (x − x̄)²
    }

    [[nodiscard]] g_unit unit(std::size_t i) const {
        const auto n = static_cast<double>(x_.size());
        const double xi = x_[static_cast<Eigen::Index>(i)];
        g_unit u;
        if (kind_ == local_g_kind::g_star) {
            const int* outer = w_.matrix().outerIndexPtr();
            u.self = star_.self[i];
            u.wts = std::span<const double>(star_.values).subspan(
                static_cast<std::size_t>(outer[i]), static_cast<std::size_t>(outer[i + 1] - outer[i]));
        } else {
            u.wts = w_.values(i);
        }
        const auto nb = w_.neighbours(i);
        double wi = u.self;
        double s1i = u.self * u.self;
        u.lag = u.self * xi;
        for (std::size_t t = 0; t < u.wts.size(); ++t) {
            wi += u.wts[t];
            s1i += u.wts[t] * u.wts[t];
            u.lag += u.wts[t] * x_[nb[t]];
        }
        if (kind_ == local_g_kind::g_star) {
            u.denominator = sum_;
            u.expectation = wi * mean_;
            u.variance = ss_ / n * (n * s1i - wi * wi) / (n - 1.0);
        } else {
            u.denominator = sum_ - xi;
            const double mean_i = u.denominator / (n - 1.0);
            // Σ_{j≠i} (x_j − x̄_i)² = Σ_j (x_j − x̄)² + n (x̄ − x̄_i)² − (x_i − x̄_i)²
            const double d = mean_ - mean_i;
            const double e = xi - mean_i;
            const double si2 = std::max(0.0, (ss_ + n * d * d - e * e) / (n - 1.0));
            u.expectation = wi * mean_i;
            u.variance = si2 * ((n - 1.0) * s1i - wi * wi) / (n - 2.0);
        }
        return u;
    }

private:
    const weights& w_;
    const Eigen::VectorXd& x_;
    local_g_kind kind_;
    star_rows star_;
    double sum_ = 0.0, mean_ = 0.0, ss_ = 0.0;
};

}  // namespace detail

/// Local Getis–Ord G_i or G*_i per unit with its expectation, variance (on the scale of G),
/// z-value and normal p-value, as spdep `localG(x, listw, return_internals = TRUE)` (the
/// `internals` columns G, E(G), V(G), Z(G), p). See the file comment for the formulas and
/// for the self weights of G*.
/// \throws domain_error if `values` does not have one finite value per unit, a value is
/// negative (the statistic is a share of a total), all values are 0, or n < 3.
/// Example: `auto g = local_g(column, w, local_g_kind::g_star);  // g[i]->z > 1.96: hot spot`
template <numeric_range R>
[[nodiscard]] std::vector<std::optional<analytic_test>> local_g(R&& values, const weights& w,
                                                                local_g_kind kind = local_g_kind::g,
                                                                const local_options& o = {}) {
    const std::size_t n = w.size();
    const Eigen::VectorXd x = detail::g_values("local_g", values, n);
    const detail::g_setup setup(w, x, kind);
    std::vector<std::optional<analytic_test>> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto u = setup.unit(i);
        if ((u.wts.empty() && u.self == 0.0) || !(u.denominator > 0.0) || !(u.variance > 0.0)) {
            continue;
        }
        analytic_test t;
        t.statistic = u.lag / u.denominator;
        t.expectation = u.expectation / u.denominator;
        t.variance = u.variance / (u.denominator * u.denominator);
        t.z = (u.lag - u.expectation) / std::sqrt(u.variance);
        t.p_value = stats::normal_p_value(t.z, o.alternative);
        out[i] = t;
    }
    return out;
}

/// Local G_i or G*_i with conditional-permutation inference per unit: x_i stays in place
/// (and, for G*, its self term w_ii x_i), and the k_i neighbour slots receive k_i values
/// drawn without replacement from the other n − 1 units, R = o.resamples times. The
/// result is on the scale of G: statistic, mean and sample sd of the simulated G,
/// z = (G − mean)/sd, and the pseudo p-value for `o.alternative` (ties within 1e-12 of the
/// lag's scale count both ways). Unit i uses random stream (o.seed, i), so the result does
/// not depend on `o.threads`. Units without neighbours (islands, also under G*) and the
/// units `local_g` leaves undefined get `std::nullopt`.
/// \throws domain_error as `local_g`, or if o.resamples is 0.
/// Example: `local_options o; o.resamples = 9999;
///           auto g = local_g_permutation(column, w, local_g_kind::g_star, o);`
template <numeric_range R>
[[nodiscard]] std::vector<std::optional<permutation_test>> local_g_permutation(
    R&& values, const weights& w, local_g_kind kind = local_g_kind::g, const local_options& o = {}) {
    constexpr const char* fn = "local_g_permutation";
    const std::size_t n = w.size();
    const Eigen::VectorXd x = detail::g_values(fn, values, n);
    const detail::g_setup setup(w, x, kind);
    const std::vector<double> xs(x.begin(), x.end());
    return stats::conditional_permutation(fn, xs, resampling_of(o), o.alternative, [&](std::size_t i) {
        std::optional<stats::conditional_unit> out;
        const auto u = setup.unit(i);
        if (u.wts.empty() || !(u.denominator > 0.0) || !(u.variance > 0.0)) {
            return out;
        }
        const double self_part = u.self * x[static_cast<Eigen::Index>(i)];
        const double observed = u.lag - self_part;  // the part the permutations replace
        out = stats::conditional_unit{u.wts, observed, self_part / u.denominator, 1.0 / u.denominator,
                                      u.lag / u.denominator};
        return out;
    });
}

}  // namespace ineq::spatial

#endif  // INEQ_SPATIAL_LOCAL_G_HPP
