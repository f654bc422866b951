#ifndef INEQ_SPATIAL_INFERENCE_HPP
#define INEQ_SPATIAL_INFERENCE_HPP

/// \file
/// The options of the spatial tests, on top of the library's inference vocabulary
/// (`ineq/stats/inference.hpp`): every global statistic (Moran's I, Geary's C, Getis–Ord's
/// G, the bivariate Moran, the spatial Gini) takes one `global_options`, every local
/// statistic (local Moran, local G and G*) one `local_options`, for its analytic and its
/// permutation test alike.
///
/// Defaults, the same in C++ and Python: global tests `alternative::greater` (clustering;
/// spdep's `moran.test`, `geary.test`, `globalG.test`), local tests
/// `alternative::two_sided` (spdep's `localmoran`, `localG`).
///
/// Permutation inference is reproducible: permutation r (global statistics) or unit i
/// (local statistics) draws from its own random stream named by (seed, r) or (seed, i)
/// (`ineq/stats/resampling.hpp`), so the result depends on the seed only, never on the
/// thread count or the call order.

#include <ineq/concepts.hpp>
#include <ineq/error.hpp>
#include <ineq/stats/inference.hpp>
#include <ineq/stats/multiple_testing.hpp>
#include <ineq/stats/resampling.hpp>

#include <Eigen/Core>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <ranges>
#include <string>

namespace ineq::spatial {

using stats::alternative;
using stats::analytic_test;
using stats::permutation_test;

/// The null model of an analytic test of a global statistic (spdep's `randomisation`).
enum class null_model : std::uint8_t {
    randomisation,  ///< the observed values assigned to the units at random (uses their kurtosis)
    normality,      ///< the values independent draws from one normal distribution
};

/// How a global statistic counts n when some units are islands (spdep's `adjust.n`).
enum class island_count : std::uint8_t {
    excluded,  ///< n counts only units with at least one neighbour (spdep's default `adjust.n = TRUE`)
    included,  ///< n counts every unit (`adjust.n = FALSE`)
};

/// Options of every global spatial test, analytic and permutation (Moran, Geary, General G,
/// bivariate Moran, spatial Gini). Fields a statistic has no use for are documented as
/// ignored by it (General G has no normality variant; the spatial Gini counts no n).
/// Example: `moran_test(x, w, {.islands = island_count::included})` is spdep's `adjust.n = FALSE`.
struct global_options {
    spatial::null_model null_model = null_model::randomisation;  ///< analytic tests only
    stats::alternative alternative = stats::alternative::greater;
    island_count islands = island_count::excluded;
    std::size_t resamples = 999;    ///< permutations R (permutation tests only), at least 1
    std::uint64_t seed = 20211231;  ///< names the random streams
    unsigned threads = 1;           ///< 0 = hardware concurrency; results do not depend on it
};

/// Which null moments of local Moran's I are used (spdep's `conditional` argument).
enum class local_moran_variance : std::uint8_t {
    /// Conditional randomisation (Sokal, Oden and Thomson 1998; spdep's default):
    /// E = −z_i² w_i / ((n − 1) m2),
    /// Var = (z_i/m2)² · n/(n − 2) · (w_i(2) − w_i²/(n − 1)) · (m2 − z_i²/(n − 1)).
    conditional,
    /// Total randomisation (Anselin 1995, `conditional = FALSE`): E = −w_i/(n − 1),
    /// Var = A·w_i(2) + B·(w_i² − w_i(2)) − E², A = (n − b2)/(n − 1),
    /// B = (2·b2 − n)/((n − 1)(n − 2)), b2 = (Σ z⁴/n)/m2².
    total,
};

/// Options of every local spatial test, analytic and conditional-permutation (local Moran,
/// local G and G*). Example: `local_moran_permutation(x, w, {.resamples = 9999, .seed = 7})`.
struct local_options {
    stats::alternative alternative = stats::alternative::two_sided;
    local_moran_variance variance = local_moran_variance::conditional;  ///< analytic local Moran only
    std::size_t resamples = 999;    ///< permutations R per unit (permutation tests only), at least 1
    std::uint64_t seed = 20211231;  ///< names the random streams (unit i uses (seed, i))
    unsigned threads = 1;           ///< 0 = hardware concurrency; results do not depend on it
};

/// The resampling part of either options struct.
/// Example: `stats::simulate<S>(fn, resampling_of(o), draw)`.
template <class Options>
[[nodiscard]] constexpr stats::resampling_options resampling_of(const Options& o) noexcept {
    return {o.resamples, o.seed, o.threads};
}

namespace detail {

/// The values of a statistic's variable as an Eigen vector: one finite value per unit.
/// \throws domain_error naming `fn` if the count differs from n or a value is not finite.
template <numeric_range R>
[[nodiscard]] Eigen::VectorXd unit_values(const char* fn, R&& values, std::size_t n) {
    Eigen::VectorXd x(static_cast<Eigen::Index>(n));
    std::size_t i = 0;
    for (auto&& v : values) {
        const auto d = static_cast<double>(v);
        if (i < n) {
            if (!std::isfinite(d)) {
                ineq::detail::fail(fn, "values must be finite", i, d);
            }
            x[static_cast<Eigen::Index>(i)] = d;
        }
        ++i;
    }
    if (i != n) {
        ineq::detail::fail(fn, "needs one value per unit of the weights (" + std::to_string(n) +
                                   "), got " + std::to_string(i));
    }
    return x;
}


}  // namespace detail

}  // namespace ineq::spatial

#endif  // INEQ_SPATIAL_INFERENCE_HPP
