#ifndef INEQ_MEASURES_LOCATIONAL_GINI_HPP
#define INEQ_MEASURES_LOCATIONAL_GINI_HPP

/// \file
/// Krugman's locational Gini (Krugman 1991, "Geography and Trade"; used for innovation
/// by Audretsch & Feldman 1996): how far an industry's regional distribution departs
/// from a reference distribution, e.g. cooperative patents against all patents per
/// province.
///
/// With industry counts a_i and reference counts b_i per region, shares s_i = a_i / A
/// and r_i = b_i / B, and location quotients q_i = s_i / r_i, sort the regions by q_i
/// ascending and let X_k, Y_k be the cumulative reference and industry shares. The
/// locational Lorenz curve joins (X_k, Y_k); the locational Gini is twice the area
/// between it and the diagonal:
///
///     G_L = 1 - sum_k (X_k - X_{k-1}) (Y_k + Y_{k-1})
///         = (1/2) sum_i sum_j r_i r_j |q_i - q_j|        (when every r_i > 0)
///
/// G_L = 0 when the industry is spread exactly like the reference, and tends to 1 as it
/// concentrates in regions that hold a vanishing part of the reference. A region with
/// a_i > 0 and b_i = 0 has an infinite quotient and is placed last (G_L = 1 if it holds
/// the whole industry); regions with a_i = b_i = 0 contribute nothing.
///
/// This is not the study's eq. 3 (`ineq::gini`), which measures the inequality of one
/// distribution on its own: G_L compares two.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>

#include <algorithm>
#include <cstddef>
#include <limits>
#include <string_view>
#include <vector>

namespace ineq {

/// Krugman's locational Gini of `regional` (an industry's count per region) against
/// `reference` (the reference count per region, in the same region order).
/// \throws domain_error if either range is empty, the lengths differ, a value is negative
/// or NaN/infinity (naming its index), or either total is zero.
/// Example: `ineq::locational_gini(std::vector{1, 2, 3}, std::vector{10, 20, 30})` is 0;
/// `ineq::locational_gini(std::vector{0, 1}, std::vector{1, 1})` is 0.5.
template <numeric_range R, numeric_range Ref>
[[nodiscard]] double locational_gini(R&& regional, Ref&& reference) {
    constexpr std::string_view fn = "locational_gini";
    const auto a = detail::to_doubles(regional, fn, /*non_negative=*/true);
    const auto b = detail::to_doubles(reference, fn, /*non_negative=*/true);
    if (a.empty()) {
        detail::fail(fn, "needs at least one region, got an empty range");
    }
    if (a.size() != b.size()) {
        detail::fail_got(fn,
                         "regional and reference must have the same length; reference length",
                         static_cast<double>(b.size()));
    }
    detail::neumaier_sum ta;
    detail::neumaier_sum tb;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ta.add(a[i]);
        tb.add(b[i]);
    }
    const double A = detail::require_finite_result(ta.value(), fn);
    const double B = detail::require_finite_result(tb.value(), fn);
    if (!(A > 0.0)) {
        detail::fail(fn, "the regional total must be positive (all values are zero)");
    }
    if (!(B > 0.0)) {
        detail::fail(fn, "the reference total must be positive (all values are zero)");
    }
    struct region {
        double s;
        double r;
        double q;
    };
    std::vector<region> regions;
    regions.reserve(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double s = a[i] / A;
        const double r = b[i] / B;
        if (s == 0.0 && r == 0.0) {
            continue;
        }
        regions.push_back({s, r, r > 0.0 ? s / r : std::numeric_limits<double>::infinity()});
    }
    std::ranges::sort(regions, {}, &region::q);
    detail::neumaier_sum area;
    double x_prev = 0.0;
    double y_prev = 0.0;
    detail::neumaier_sum cx;
    detail::neumaier_sum cy;
    for (const auto& g : regions) {
        cx.add(g.r);
        cy.add(g.s);
        const double xk = cx.value();
        const double yk = cy.value();
        area.add((xk - x_prev) * (yk + y_prev));
        x_prev = xk;
        y_prev = yk;
    }
    return std::clamp(1.0 - area.value(), 0.0, 1.0);
}

}  // namespace ineq

#endif
