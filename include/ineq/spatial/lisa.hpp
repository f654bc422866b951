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
#include <ineq/detail/parallel.hpp>
#include <ineq/detail/random.hpp>
#include <ineq/error.hpp>
#include <ineq/spatial/inference.hpp>
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

// ---- Multiple testing ----------------------------------------------------------------------

/// How a family of p-values is adjusted for multiple testing (R `p.adjust` methods).
enum class p_adjustment : std::uint8_t {
    none,                ///< p unchanged
    bonferroni,          ///< min(1, m · p_i): controls the family-wise error rate
    benjamini_hochberg,  ///< step-up false-discovery-rate control (R "BH", "fdr")
};

namespace detail {

inline void check_p(const char* fn, double p, std::size_t i) {
    if (!(p >= 0.0 && p <= 1.0)) {  // also rejects NaN
        ineq::detail::fail(fn, "p-values must lie in [0, 1]", i, p);
    }
}

/// Adjusts the m values in `p` in place (no missing values).
inline void adjust_in_place(std::vector<double>& p, p_adjustment method) {
    const std::size_t m = p.size();
    if (m == 0 || method == p_adjustment::none) {
        return;
    }
    const auto dm = static_cast<double>(m);
    if (method == p_adjustment::bonferroni) {
        for (double& v : p) {
            v = std::min(1.0, dm * v);
        }
        return;
    }
    // Benjamini–Hochberg: sort descending, q_(k) = min over j ≥ k of m/j · p_(j), capped at 1.
    std::vector<std::size_t> order(m);
    for (std::size_t i = 0; i < m; ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return p[a] > p[b]; });
    std::vector<double> out(m);
    double running = 1.0;
    for (std::size_t r = 0; r < m; ++r) {
        const std::size_t rank = m - r;  // rank of p[order[r]] in ascending order (1-based)
        running = std::min(running, dm / static_cast<double>(rank) * p[order[r]]);
        out[order[r]] = running;
    }
    p = std::move(out);
}

}  // namespace detail

/// Adjusted p-values for m tests, as R `p.adjust(p, method)`.
/// Bonferroni: p̃_i = min(1, m·p_i). Benjamini–Hochberg: with p_(1) ≤ … ≤ p_(m),
/// p̃_(k) = min_{j ≥ k} min(1, m·p_(j)/j). Order and length of `p` are kept.
/// \throws domain_error if a p-value is outside [0, 1] or NaN (index and value named).
/// Example: `p_adjust(std::vector{0.01, 0.04, 0.03}, p_adjustment::benjamini_hochberg)`
/// is {0.03, 0.04, 0.04}.
[[nodiscard]] inline std::vector<double> p_adjust(std::span<const double> p, p_adjustment method) {
    for (std::size_t i = 0; i < p.size(); ++i) {
        detail::check_p("p_adjust", p[i], i);
    }
    std::vector<double> out(p.begin(), p.end());
    detail::adjust_in_place(out, method);
    return out;
}

/// Adjusted p-values where some tests are not defined (islands): missing entries stay
/// missing and do not count in m, as R `p.adjust` does with NA.
/// \throws domain_error if a present p-value is outside [0, 1] or NaN.
/// Example: `p_adjust(p_values(local_moran(x, w)), p_adjustment::bonferroni)`.
[[nodiscard]] inline std::vector<std::optional<double>> p_adjust(std::span<const std::optional<double>> p,
                                                                 p_adjustment method) {
    std::vector<double> present;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i]) {
            detail::check_p("p_adjust", *p[i], i);
            present.push_back(*p[i]);
        }
    }
    detail::adjust_in_place(present, method);
    std::vector<std::optional<double>> out(p.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i]) {
            out[i] = present[k++];
        }
    }
    return out;
}

/// The p-values of a vector of local tests (`analytic_test` or `permutation_test`), missing
/// where the test is not defined.
/// Example: `auto p = p_values(local_moran_permutation(x, w));`
template <class Test>
[[nodiscard]] std::vector<std::optional<double>> p_values(const std::vector<std::optional<Test>>& tests) {
    std::vector<std::optional<double>> out(tests.size());
    for (std::size_t i = 0; i < tests.size(); ++i) {
        if (tests[i]) {
            out[i] = tests[i]->p;
        }
    }
    return out;
}

/// Which tests are significant at level `alpha` after adjustment: adjusted p ≤ alpha.
/// Missing tests are not significant. For Benjamini–Hochberg this is the step-up rule
/// (reject the k smallest, k the largest with p_(k) ≤ k·alpha/m).
/// \throws domain_error if alpha is not in (0, 1) or a p-value is outside [0, 1].
/// Example: `significant(p_values(t), 0.05, p_adjustment::benjamini_hochberg)`.
[[nodiscard]] inline std::vector<bool> significant(std::span<const std::optional<double>> p, double alpha,
                                                   p_adjustment method = p_adjustment::none) {
    if (!(alpha > 0.0 && alpha < 1.0)) {
        ineq::detail::fail_got("significant", "alpha must lie in (0, 1)", alpha);
    }
    const auto adjusted = p_adjust(p, method);
    std::vector<bool> out(p.size(), false);
    for (std::size_t i = 0; i < p.size(); ++i) {
        out[i] = adjusted[i].has_value() && *adjusted[i] <= alpha;
    }
    return out;
}

/// `significant` for p-values that are all present.
/// \throws domain_error as the other overload.
/// Example: `significant(std::vector{0.01, 0.2}, 0.05, p_adjustment::bonferroni)` is {true, false}.
[[nodiscard]] inline std::vector<bool> significant(std::span<const double> p, double alpha,
                                                   p_adjustment method = p_adjustment::none) {
    const std::vector<std::optional<double>> all(p.begin(), p.end());
    return significant(std::span<const std::optional<double>>(all), alpha, method);
}

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

// ---- Conditional permutation machinery (shared with local_g.hpp) ---------------------------

namespace detail {

/// Counts and moments of R simulated lags L = Σ_t w_t · v_{π(t)} of one unit.
struct lag_draws {
    std::size_t at_least = 0;  ///< L ≥ L0 (within the tie tolerance)
    std::size_t at_most = 0;   ///< L ≤ L0 (within the tie tolerance)
    double mean = 0.0;
    double sd = 0.0;  ///< sample sd (R − 1); 0 when R = 1
};

/// R draws of k = wts.size() values without replacement from `pool` (the other units'
/// values; reordered in place), each giving the lag Σ_t wts[t]·pool[t]. Single pass per
/// draw; no allocation. Sums are shifted by the observed lag L0 for accuracy.
inline lag_draws draw_lags(std::span<double> pool, std::span<const double> wts, double observed,
                           std::size_t r, double tolerance, ineq::detail::stream_engine& engine) noexcept {
    const std::size_t k = wts.size();
    const std::size_t m = pool.size();
    double* p = pool.data();
    const double* wt = wts.data();
    lag_draws out;
    double s1 = 0.0;
    double s2 = 0.0;
    for (std::size_t d = 0; d < r; ++d) {
        double lag = 0.0;
        for (std::size_t t = 0; t < k; ++t) {
            const std::size_t j = t + static_cast<std::size_t>(engine.below(m - t));
            const double v = p[j];
            p[j] = p[t];
            p[t] = v;
            lag += wt[t] * v;
        }
        const double dev = lag - observed;
        s1 += dev;
        s2 += dev * dev;
        out.at_least += dev >= -tolerance ? 1U : 0U;
        out.at_most += dev <= tolerance ? 1U : 0U;
    }
    const auto dr = static_cast<double>(r);
    out.mean = observed + s1 / dr;
    out.sd = r > 1 ? std::sqrt(std::max(0.0, (s2 - s1 * s1 / dr) / (dr - 1.0))) : 0.0;
    return out;
}

/// Runs body(i, scratch) for i in [0, n) on `threads` threads (0: hardware concurrency),
/// each thread with its own scratch vector of `scratch_size` doubles, units handed out in
/// blocks of consecutive units (`detail::run_blocks`). The body must write only to slots of unit i.
template <class Body>
void for_each_unit(std::size_t n, unsigned threads, std::size_t scratch_size, Body&& body) {
    const std::size_t per_block = std::max<std::size_t>(1, (n + 63) / 64);
    const std::size_t blocks = (n + per_block - 1) / per_block;
    std::vector<std::vector<double>> scratch_of(ineq::detail::thread_count(threads, blocks));
    ineq::detail::run_blocks(blocks, threads, [&](std::size_t block, unsigned thread) {
        std::vector<double>& scratch = scratch_of[thread];
        scratch.resize(scratch_size);
        const std::size_t last = std::min(n, (block + 1) * per_block);
        for (std::size_t i = block * per_block; i < last; ++i) {
            body(i, std::span<double>(scratch));
        }
    });
}

/// The values of every unit but i, in a canonical order (unit n − 1 takes slot i), so the
/// draws of unit i do not depend on what ran before.
inline std::span<double> others(std::span<double> scratch, const Eigen::VectorXd& v, std::size_t i) noexcept {
    const std::size_t n = static_cast<std::size_t>(v.size());
    std::copy(v.data(), v.data() + n, scratch.data());
    scratch[i] = scratch[n - 1];
    return scratch.first(n - 1);
}

/// The permutation test of a statistic s = a + b·L that is affine in unit i's random lag L.
inline permutation_test affine_test(double a, double b, double statistic, const lag_draws& d,
                                    const permutation_options& o) noexcept {
    permutation_test t;
    t.statistic = statistic;
    t.permutations = o.permutations;
    t.seed = o.seed;
    t.mean = a + b * d.mean;
    t.sd = std::abs(b) * d.sd;
    t.z = t.sd > 0.0 ? (statistic - t.mean) / t.sd : 0.0;
    std::size_t ge = d.at_least;
    std::size_t le = d.at_most;
    if (b < 0.0) {
        std::swap(ge, le);
    } else if (b == 0.0) {  // the statistic does not vary: every draw ties
        ge = le = o.permutations;
    }
    t.p = pseudo_p(ge, le, o.permutations, o.alternative);
    return t;
}

/// Tie tolerance for lags on the scale of the values: sums of the same numbers in another
/// order may differ in the last bits, and integer data (counts) tie exactly.
[[nodiscard]] inline double lag_tolerance(std::span<const double> wts, double max_abs) noexcept {
    double s = 0.0;
    for (const double v : wts) {
        s += std::abs(v);
    }
    return 1e-12 * s * max_abs;
}

}  // namespace detail

// ---- Local Moran ---------------------------------------------------------------------------

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

/// Options of the analytic local Moran test.
struct local_moran_options {
    spatial::alternative alternative = alternative::two_sided;  ///< spdep's default for local tests
    local_moran_variance variance = local_moran_variance::conditional;
};

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
                                                                    const local_moran_options& o = {}) {
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
        t.p = detail::normal_p(t.z, o.alternative);
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
/// \throws domain_error as `local_moran`, or if o.permutations is 0.
/// Example: `permutation_options o; o.permutations = 9999; o.alternative = alternative::two_sided;
///           auto t = local_moran_permutation(column, w, o);`
template <numeric_range R>
[[nodiscard]] std::vector<std::optional<permutation_test>> local_moran_permutation(
    R&& values, const weights& w, const permutation_options& o = {}) {
    constexpr const char* fn = "local_moran_permutation";
    detail::check_permutations(fn, o);
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
    const double max_abs = z.cwiseAbs().maxCoeff();
    std::vector<std::optional<permutation_test>> out(n);
    detail::for_each_unit(n, o.threads, n, [&](std::size_t i, std::span<double> scratch) {
        const auto wts = w.values(i);
        if (wts.empty()) {
            return;
        }
        const auto nb = w.neighbours(i);
        double observed = 0.0;
        for (std::size_t t = 0; t < wts.size(); ++t) {
            observed += wts[t] * z[nb[t]];
        }
        const double b = z[static_cast<Eigen::Index>(i)] / m2;
        ineq::detail::stream_engine engine(o.seed, i);
        const auto draws = detail::draw_lags(detail::others(scratch, z, i), wts, observed, o.permutations,
                                             detail::lag_tolerance(wts, max_abs), engine);
        out[i] = detail::affine_test(0.0, b, b * observed, draws, o);
    });
    return out;
}

}  // namespace ineq::spatial

#endif  // INEQ_SPATIAL_LISA_HPP
