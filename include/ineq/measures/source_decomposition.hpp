#ifndef INEQ_MEASURES_SOURCE_DECOMPOSITION_HPP
#define INEQ_MEASURES_SOURCE_DECOMPOSITION_HPP

/// \file
/// The Gini coefficient decomposed by source (Lerman and Yitzhaki 1985): when each unit's
/// total is a sum of parts, y_i = sum_k y_ki (cooperative and non-cooperative patents, or
/// patents by applicant kind),
///
///     G = sum_k S_k G_k R_k
///
///     S_k = mu_k / mu                                  the source's share of the total
///     G_k = 2 cov(y_k, F(y_k)) / mu_k                  the Gini of the source alone
///     R_k = cov(y_k, F(y)) / cov(y_k, F(y_k))          the Gini correlation of the source
///                                                      with the total
///     S_k G_k R_k = 2 cov(y_k, F(y)) / mu              the source's contribution
///     S_k G_k R_k / G - S_k                            the marginal effect: d G / d e
///                                                      divided by G, for y_k -> (1 + e) y_k
///
/// F(v) is the rank of v divided by N; covariances divide by N. Ties are ranked by mid-ranks
/// (the mean of the positions the tied values occupy), so the ranks, and every number here,
/// do not depend on the order of the units. With mid-ranks 2 cov(y, F(y)) / mu is exactly
/// the Gini of eq. 3, and G_k exactly `ineq::gini` of the source, so the identity
/// G = sum_k S_k G_k R_k holds in real arithmetic; `total` is computed directly from the
/// totals y_i, and the identity holds to about 1e-15 in double.
///
/// A source that is constant over the units (all zero, say) has G_k = 0 and an undefined
/// R_k (0 / 0); its contribution is exactly 0 and R_k is reported as 0. The marginal effect
/// of a source is -S_k then, as the formula gives. When every total is the same (G = 0) the
/// relative quantities are undefined: contribution shares and marginal effects are reported
/// as 0. Sources hold non-negative values.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>
#include <ranges>
#include <string>
#include <string_view>
#include <vector>

namespace ineq {

/// One source of a Gini decomposition by source.
struct gini_source {
    double mean = 0.0;               ///< mu_k
    double share = 0.0;              ///< S_k = mu_k / mu
    double gini = 0.0;               ///< G_k, the Gini of the source alone (eq. 3)
    double gini_correlation = 0.0;   ///< R_k, in [-1, 1] (0 for a constant source)
    double contribution = 0.0;       ///< S_k G_k R_k
    double contribution_share = 0.0; ///< S_k G_k R_k / G
    double marginal_effect = 0.0;    ///< S_k G_k R_k / G - S_k
};

/// The Gini of the totals and its split by source: total == sum of the contributions.
struct gini_source_decomposition_result {
    double total = 0.0;               ///< G of y_i = sum_k y_ki
    std::vector<gini_source> sources;  ///< in the order given
};

namespace detail {

/// Mid-ranks (1-based) of `v`: tied values share the mean of their positions.
[[nodiscard]] inline std::vector<double> mid_ranks(const std::vector<double>& v) {
    std::vector<std::size_t> order(v.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::ranges::stable_sort(order, [&v](std::size_t a, std::size_t b) { return v[a] < v[b]; });
    std::vector<double> rank(v.size());
    std::size_t i = 0;
    while (i < order.size()) {
        std::size_t j = i;
        while (j + 1 < order.size() && v[order[j + 1]] == v[order[i]]) {
            ++j;
        }
        // positions i..j (0-based) hold one value: mid-rank (i + 1 + j + 1) / 2
        const double mid = (static_cast<double>(i) + static_cast<double>(j)) / 2.0 + 1.0;
        for (std::size_t t = i; t <= j; ++t) {
            rank[order[t]] = mid;
        }
        i = j + 1;
    }
    return rank;
}

/// sum_i (a_i - mean a) (r_i - (N + 1) / 2): N times the covariance with the ranks (the
/// mean of mid-ranks is exactly (N + 1) / 2).
[[nodiscard]] inline double rank_covariance_sum(const std::vector<double>& a, double mean_a,
                                                const std::vector<double>& ranks) {
    const double centre = (static_cast<double>(a.size()) + 1.0) / 2.0;
    neumaier_sum s;
    for (std::size_t i = 0; i < a.size(); ++i) {
        s.add((a[i] - mean_a) * (ranks[i] - centre));
    }
    return s.value();
}

[[nodiscard]] inline double source_mean(const std::vector<double>& a) {
    neumaier_sum s;
    for (const double v : a) {
        s.add(v);
    }
    return s.value() / static_cast<double>(a.size());
}

}  // namespace detail

/// Lerman–Yitzhaki decomposition of the Gini of the totals y_i = sum_k y_ki by source:
/// shares, source Ginis, Gini correlations, contributions and marginal effects (formulas,
/// tie rule and the constant-source convention in the file comment). `sources[k][i]` is the
/// amount of unit i from source k; every source covers the same N units.
/// \throws domain_error if there is no source, a source is empty, sources differ in length
/// (naming the source and its length), a value is negative or NaN/infinity (naming its
/// index within the source; the source is named in the rule), or every total is zero.
/// Example: `auto d = ineq::gini_source_decomposition(std::vector<std::vector<int>>{{1, 2, 3}, {0, 4, 2}});`
/// gives d.sources[0].contribution + d.sources[1].contribution == d.total.
template <std::ranges::input_range Sources>
    requires numeric_range<std::ranges::range_reference_t<Sources>>
[[nodiscard]] gini_source_decomposition_result gini_source_decomposition(Sources&& sources) {
    constexpr std::string_view fn = "gini_source_decomposition";
    std::vector<std::vector<double>> y;
    for (auto&& source : sources) {
        const std::string name = "source " + std::to_string(y.size()) + ": values must be";
        std::vector<double> v;
        std::size_t i = 0;
        for (auto&& raw : source) {
            const double d = static_cast<double>(raw) + 0.0;
            if (!std::isfinite(d)) {
                detail::fail(fn, name + " finite", i, d);
            }
            if (d < 0.0) {
                detail::fail(fn, name + " non-negative", i, d);
            }
            v.push_back(d);
            ++i;
        }
        if (v.empty()) {
            detail::fail(fn, "sources must not be empty", y.size(), 0.0);
        }
        if (!y.empty() && v.size() != y.front().size()) {
            detail::fail(fn, "every source must have as many units as source 0; length of source", y.size(),
                         static_cast<double>(v.size()));
        }
        y.push_back(std::move(v));
    }
    if (y.empty()) {
        detail::fail(fn, "needs at least one source, got none");
    }
    const std::size_t n = y.front().size();
    // Shares, Ginis and correlations are scale-free: data whose totals could overflow is
    // divided by a power of two (exact) first.
    double largest = 0.0;
    for (const auto& s : y) {
        for (const double v : s) {
            largest = std::max(largest, v);
        }
    }
    const double scale =
        largest > 0x1p400 ? std::ldexp(1.0, std::ilogb(largest) - 8) : 1.0;
    std::vector<double> total(n, 0.0);
    for (auto& s : y) {
        for (std::size_t i = 0; i < n; ++i) {
            s[i] /= scale;
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        detail::neumaier_sum t;
        for (const auto& s : y) {
            t.add(s[i]);
        }
        total[i] = t.value();
    }
    const double mu = detail::source_mean(total);
    if (!(mu > 0.0)) {
        detail::fail(fn, "the total must be positive (all values are zero)");
    }
    const auto count = static_cast<double>(n);
    const std::vector<double> rank_total = detail::mid_ranks(total);
    gini_source_decomposition_result out;
    // G = 2 cov(y, F(y)) / mu = 2 sum (y - mu)(r - (N+1)/2) / (N^2 mu)
    out.total = std::max(0.0, 2.0 * detail::rank_covariance_sum(total, mu, rank_total) / (count * count * mu));
    out.sources.reserve(y.size());
    for (const auto& s : y) {
        gini_source c;
        const double mk = detail::source_mean(s);
        c.mean = mk * scale;
        c.share = mk / mu;
        const double with_total = detail::rank_covariance_sum(s, mk, rank_total);
        c.contribution = 2.0 * with_total / (count * count * mu);
        const auto [lo, hi] = std::ranges::minmax(s);
        if (lo < hi) {
            const double with_self = detail::rank_covariance_sum(s, mk, detail::mid_ranks(s));
            c.gini = std::max(0.0, 2.0 * with_self / (count * count * mk));
            c.gini_correlation = with_self > 0.0 ? std::clamp(with_total / with_self, -1.0, 1.0) : 0.0;
        } else {
            c.contribution = 0.0;  // a constant source: exactly nothing
        }
        if (out.total > 0.0) {
            c.contribution_share = c.contribution / out.total;
            c.marginal_effect = c.contribution_share - c.share;
        }
        out.sources.push_back(c);
    }
    return out;
}

}  // namespace ineq

#endif
