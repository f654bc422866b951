#ifndef INEQ_SPATIAL_SPATIAL_GINI_HPP
#define INEQ_SPATIAL_SPATIAL_GINI_HPP

/// \file
/// The spatial Gini of Rey and Smith (2013): the Gini coefficient split into the part due
/// to neighbouring pairs and the part due to all other pairs.
///
///     G = Σ_i Σ_j |x_i − x_j| / (2 n² μ)
///       = Σ_{i,j: w_ij ≠ 0} |x_i − x_j| / (2 n² μ)  +  Σ_{i,j: w_ij = 0} |x_i − x_j| / (2 n² μ)
///       = G_N (neighbours)                          +  G_NN (non-neighbours)
///
/// G is the usual (n-denominator) Gini, the study's eq. 3 (`ineq::gini`). Only whether
/// w_ij ≠ 0 matters, not its size or the weights' style; the pairs are ordered, so a
/// symmetric neighbour relation counts each neighbouring pair twice, as in the total.
/// If neighbours are more alike than units in general (positive autocorrelation), G_N is
/// smaller than a random assignment of the values to the units would make it. PySAL's
/// `inequality.Gini_Spatial` reports the same parts (its `wg / den` and `wcg_share`).

#include <ineq/concepts.hpp>
#include <ineq/spatial/detail/global.hpp>
#include <ineq/spatial/inference.hpp>
#include <ineq/stats/fields.hpp>
#include <ineq/spatial/weights.hpp>

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <utility>
#include <tuple>
#include <vector>

namespace ineq::spatial {

/// The parts of the spatial Gini (see the file comment).
struct spatial_gini_result {
    double gini = 0.0;            ///< G = Σ_ij |x_i − x_j| / (2 n² μ)
    double neighbours = 0.0;      ///< G_N: the pairs with w_ij ≠ 0
    double non_neighbours = 0.0;  ///< G_NN = G − G_N
    double total_differences = 0.0;      ///< Σ_i Σ_j |x_i − x_j| over all ordered pairs
    double neighbour_differences = 0.0;  ///< the same over neighbouring pairs

    static constexpr auto fields = std::tuple{
        stats::field("gini", &spatial_gini_result::gini), stats::field("neighbours", &spatial_gini_result::neighbours),
        stats::field("non_neighbours", &spatial_gini_result::non_neighbours),
        stats::field("total_differences", &spatial_gini_result::total_differences),
        stats::field("neighbour_differences", &spatial_gini_result::neighbour_differences)};
};

namespace detail {

/// Σ_{i,j: w_ij ≠ 0} |x_i − x_j|.
[[nodiscard]] inline double neighbour_abs_differences(const weights& w, const Eigen::VectorXd& x) noexcept {
    const auto& m = w.matrix();
    const int* outer = m.outerIndexPtr();
    const int* inner = m.innerIndexPtr();
    double total = 0.0;
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        const double xi = x[i];
        for (int k = outer[i]; k < outer[i + 1]; ++k) {
            total += std::abs(xi - x[inner[k]]);
        }
    }
    return total;
}

struct spatial_gini_parts {
    Eigen::VectorXd x;
    double total = 0.0;        // Σ_i Σ_j |x_i − x_j|
    double denominator = 0.0;  // 2 n² μ = 2 n Σ x
};

template <class R>
[[nodiscard]] spatial_gini_parts spatial_gini_prepare(const char* fn, R&& values, const weights& w) {
    spatial_gini_parts p;
    p.x = unit_values(fn, std::forward<R>(values), w.size());
    check_non_negative(fn, p.x);
    check_weights(fn, w, 1);
    std::vector<double> sorted(p.x.begin(), p.x.end());
    std::sort(sorted.begin(), sorted.end());
    // Σ_{i<j} (x_(j) − x_(i)) = Σ_k x_(k) (2k − n + 1), k = 0..n−1; both orders: twice that.
    ineq::detail::neumaier_sum diff;
    ineq::detail::neumaier_sum sum;
    const auto n = static_cast<double>(sorted.size());
    for (std::size_t k = 0; k < sorted.size(); ++k) {
        diff.add(sorted[k] * (2.0 * static_cast<double>(k) - n + 1.0));
        sum.add(sorted[k]);
    }
    if (!(sum.value() > 0.0)) {
        ineq::detail::fail_got(fn, "values must have a positive total", sum.value());
    }
    p.total = 2.0 * diff.value();
    p.denominator = 2.0 * n * sum.value();
    return p;
}

}  // namespace detail

/// The spatial Gini of non-negative `values` (one per unit of `w`) and its neighbour and
/// non-neighbour parts (Rey and Smith 2013; see the file comment for the formulas).
/// Constant values give G = G_N = G_NN = 0.
/// \throws domain_error if `values` does not have one finite value per unit, a value is
/// negative ("values must be non-negative (index i, value v)"), the total is 0, or the
/// weights have no links.
/// Example: `auto w = province_contiguity(weights_style::binary, island_policy::keep());`
/// `auto g = ineq::spatial::spatial_gini(panel.year(2021), w);  // g.neighbours + g.non_neighbours == g.gini`
template <numeric_range R>
[[nodiscard]] spatial_gini_result spatial_gini(R&& values, const weights& w) {
    const auto p = detail::spatial_gini_prepare("spatial_gini", std::forward<R>(values), w);
    spatial_gini_result r;
    r.total_differences = p.total;
    r.neighbour_differences = detail::neighbour_abs_differences(w, p.x);
    r.gini = p.total / p.denominator;
    r.neighbours = r.neighbour_differences / p.denominator;
    r.non_neighbours = (p.total - r.neighbour_differences) / p.denominator;
    return r;
}

/// A permutation test of the neighbour part G_N of the spatial Gini: the values are
/// assigned to the units at random R times (permutation r with the random stream
/// (seed, r); the result depends on the seed only) and G_N recomputed; G stays the same.
/// `statistic` is G_N. For `greater` (neighbours more alike than at random),
/// p = (1 + #{simulated G_N ≤ G_N}) / (R + 1) — equivalently, simulated non-neighbour
/// parts at least as large as the observed one, the tail PySAL's `Gini_Spatial` counts
/// (its `p_sim` then takes the smaller of the two tails, without doubling).
/// z = (mean − G_N) / sd, positive when neighbours are alike.
/// \throws domain_error as `spatial_gini`, if the values are constant ("values are
/// constant: the statistic is undefined"), or if `o.resamples` is 0.
/// Example: `auto t = ineq::spatial::spatial_gini_permutation(values, w, {.resamples = 999});`
/// `bool clustered = t.p_value < 0.05;`
template <numeric_range R>
[[nodiscard]] permutation_test spatial_gini_permutation(R&& values, const weights& w,
                                                        const global_options& o = {}) {
    constexpr const char* fn = "spatial_gini_permutation";
    const auto p = detail::spatial_gini_prepare(fn, std::forward<R>(values), w);
    detail::check_not_constant(fn, p.x);
    const double scale = 1.0 / p.denominator;
    const double observed = scale * detail::neighbour_abs_differences(w, p.x);
    return detail::run_permutations(
        fn, p.x, observed, o, stats::greater_means::smaller,
        [&](const Eigen::VectorXd& x) { return scale * detail::neighbour_abs_differences(w, x); });
}

}  // namespace ineq::spatial

#endif  // INEQ_SPATIAL_SPATIAL_GINI_HPP
