#ifndef INEQ_MEASURES_INFERENCE_HPP
#define INEQ_MEASURES_INFERENCE_HPP

/// \file
/// Standard errors of the Gini coefficient, weighted or not, and of its change between two
/// periods, in closed form (no resampling, so no seed and the same answer every run).
///
/// The Gini is eq. 3 of the study, and its weighted form is `ineq::weighted_gini`:
///
///     G = sum_k w_k x_k (F_{k-1} + F_k - W) / (W Y),   sorted x, F_k the cumulative weight,
///     W = sum w_k, Y = sum w_k x_k.
///
/// Jackknife. G_(k) is the Gini without record k; with m records of positive weight
///
///     se_J = sqrt( (m - 1)/m * sum_k (G_(k) - mean G_(.))^2 ).
///
/// All m leave-one-out Ginis come from one sort in O(m log m): deleting record k (sorted
/// position k) changes the sum above to
///     N_(k) = N - w_k x_k (F_{k-1} + F_k - W) + w_k (B_k - C_k),
///     B_k = sum_{i<k} w_i x_i,  C_k = sum_{i>k} w_i x_i,  and G_(k) = N_(k) / ((W - w_k)(Y - w_k x_k)),
/// which is the same value whatever order tied values are sorted in.
///
/// Linearisation. The linearised variable of Langel and Tillé (2013, "Variance estimation of
/// the Gini index: revisiting a result several times published", JRSS A 176) is the
/// derivative of G with respect to the weight of record k (Deville 1999):
///
///     z_k = ( 2 (x_k N_k - Y_k) + Y - W x_k - G (Y + W x_k) ) / (W Y),
///     N_k = sum_{l: x_l <= x_k} w_l,   Y_k = sum_{l: x_l <= x_k} w_l x_l   (ties included),
///
/// equivalently z_k = (sum_l w_l |x_k - x_l| - G (Y + W x_k)) / (W Y), and the variance is
/// that of a with-replacement sample of the m records:
///
///     se_L = sqrt( m/(m - 1) * sum_k (w_k z_k - mean_l w_l z_l)^2 ).
///
/// Without weights this is Davidson's (2009, J. Econometrics 150) estimator up to terms of
/// relative order 1/n (his Z_i uses the rank i - 1/2 where z_k uses i, and he divides by n
/// where this divides by n - 1); the jackknife agrees with both to order 1/n.
///
/// Weights are sampling weights: each record is one observed unit, weighted by the inverse
/// of its inclusion probability, and the standard error reflects m records, not W units.
/// (Treating them as frequency weights of W independent units gives intervals too narrow by
/// a factor of about sqrt(m / W) when the weights are large.) Integer weights that count
/// identical units are a different model: repeat the values to get it. Records of weight 0
/// are left out.
///
/// Change between periods. For two independent samples (different units, or the same units
/// drawn afresh each period: no covariance term),
///
///     se(G_1 - G_0) = sqrt(se_0^2 + se_1^2),   z = (G_1 - G_0) / se,   p = erfc(|z| / sqrt 2).
///
/// The same regions observed in both years are not independent samples; their covariance
/// is positive as a rule, and this standard error then overstates the uncertainty.

#include <ineq/concepts.hpp>
#include <ineq/detail/family.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>
#include <ineq/measures/weighted.hpp>
#include <ineq/stats/fields.hpp>
#include <ineq/stats/inference.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace ineq {

/// A Gini coefficient with its standard error.
struct gini_estimate {
    double estimate = 0.0;        ///< G (eq. 3, or `weighted_gini`)
    double standard_error = 0.0;  ///< se_J or se_L (see the file comment)
    std::size_t records = 0;      ///< m, the records of positive weight

    static constexpr auto fields = std::tuple{stats::field("estimate", &gini_estimate::estimate),
                                              stats::field("standard_error", &gini_estimate::standard_error),
                                              stats::field("records", &gini_estimate::records)};
};

/// How `gini_change` takes the standard error of each period.
enum class gini_variance {
    linearised,  ///< Langel and Tillé's linearisation (the default)
    jackknife,   ///< delete-one jackknife
};

/// The change of the Gini between two independent samples, with its standard error.
struct gini_change_result {
    gini_estimate before;         ///< period 0
    gini_estimate after;          ///< period 1
    double change = 0.0;          ///< G_1 - G_0
    double standard_error = 0.0;  ///< sqrt(se_0^2 + se_1^2)
    double z = 0.0;               ///< change / standard_error (0 when both are 0)
    double p_value = 1.0;         ///< two-sided, normal: erfc(|z| / sqrt 2)

    static constexpr auto fields = std::tuple{
        stats::field("before", &gini_change_result::before), stats::field("after", &gini_change_result::after),
        stats::field("change", &gini_change_result::change),
        stats::field("standard_error", &gini_change_result::standard_error), stats::field("z", &gini_change_result::z),
        stats::field("p_value", &gini_change_result::p_value)};
};

namespace detail {

/// Records of positive weight, sorted by value: (x, w) pairs, with W and Y.
struct sorted_records {
    std::vector<std::pair<double, double>> xw;
    double total_weight = 0.0;
    double total_value = 0.0;  ///< Y = sum w x
};

[[nodiscard]] inline sorted_records sorted_positive_records(const weighted_values& d, std::string_view fn) {
    require_positive_mean(d, fn);
    sorted_records r;
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        if (d.weight(i) > 0.0) {
            r.xw.emplace_back(d.x[i], d.weight(i));
        }
    }
    if (r.xw.size() < 2) {
        fail_got(fn, "needs at least two values with a positive weight; got", static_cast<double>(r.xw.size()));
    }
    std::ranges::sort(r.xw);
    neumaier_sum w;
    neumaier_sum y;
    for (const auto& [x, wt] : r.xw) {
        w.add(wt);
        y.add(wt * x);
    }
    r.total_weight = w.value();
    r.total_value = y.value();
    return r;
}

[[nodiscard]] inline gini_estimate gini_jackknife_of(const weighted_values& d, std::string_view fn) {
    const sorted_records r = sorted_positive_records(d, fn);
    const std::size_t m = r.xw.size();
    const double W = r.total_weight;
    const double Y = r.total_value;
    // N = sum w x (F_{k-1} + F_k - W) and B_k (prefix) in one pass; C_k = Y - B_k - w_k x_k.
    std::vector<double> term(m);
    std::vector<double> before(m);
    neumaier_sum f;
    neumaier_sum acc;
    neumaier_sum prefix;
    for (std::size_t k = 0; k < m; ++k) {
        const auto [x, w] = r.xw[k];
        const double f0 = f.value();
        f.add(w);
        term[k] = w * x * (f0 + f.value() - W);
        acc.add(term[k]);
        before[k] = prefix.value();
        prefix.add(w * x);
    }
    const double N = acc.value();
    gini_estimate out;
    out.records = m;
    out.estimate = weighted_gini_of(d, fn);
    std::vector<double> loo(m);
    neumaier_sum mean;
    for (std::size_t k = 0; k < m; ++k) {
        const auto [x, w] = r.xw[k];
        const double rest = Y - before[k] - w * x;  // C_k
        const double y_without = Y - w * x;
        if (!(y_without > 0.0)) {
            fail_got(fn, "deleting one record leaves only zeros, so the jackknife is undefined; value of that record", x);
        }
        const double n_without = N - term[k] + w * (before[k] - rest);
        loo[k] = n_without / ((W - w) * y_without);
        mean.add(loo[k]);
    }
    const double centre = mean.value() / static_cast<double>(m);
    neumaier_sum ss;
    for (const double g : loo) {
        ss.add((g - centre) * (g - centre));
    }
    const double mm = static_cast<double>(m);
    out.standard_error = std::sqrt((mm - 1.0) / mm * ss.value());
    return out;
}

[[nodiscard]] inline gini_estimate gini_linearised_of(const weighted_values& d, std::string_view fn) {
    const sorted_records r = sorted_positive_records(d, fn);
    const std::size_t m = r.xw.size();
    const double W = r.total_weight;
    const double Y = r.total_value;
    gini_estimate out;
    out.records = m;
    out.estimate = weighted_gini_of(d, fn);
    const double G = out.estimate;
    // u_k = w_k z_k, with N_k and Y_k taken over the whole block of values tied with x_k.
    std::vector<double> u(m);
    neumaier_sum cum_w;
    neumaier_sum cum_y;
    std::size_t i = 0;
    while (i < m) {
        std::size_t j = i;
        while (j < m && r.xw[j].first == r.xw[i].first) {
            cum_w.add(r.xw[j].second);
            cum_y.add(r.xw[j].second * r.xw[j].first);
            ++j;
        }
        const double x = r.xw[i].first;
        // 2 (x N_k - Y_k) = 2 sum_{l <= k} w_l (x - x_l) >= 0; Y - W x + ... as in the file comment.
        const double spread = 2.0 * (x * cum_w.value() - cum_y.value()) + Y - W * x;
        const double z = (spread - G * (Y + W * x)) / (W * Y);
        for (std::size_t t = i; t < j; ++t) {
            u[t] = r.xw[t].second * z;
        }
        i = j;
    }
    neumaier_sum mean;
    for (const double v : u) {
        mean.add(v);
    }
    const double centre = mean.value() / static_cast<double>(m);
    neumaier_sum ss;
    for (const double v : u) {
        ss.add((v - centre) * (v - centre));
    }
    const double mm = static_cast<double>(m);
    out.standard_error = std::sqrt(mm / (mm - 1.0) * ss.value());
    return out;
}

[[nodiscard]] inline gini_estimate gini_se_of(const weighted_values& d, gini_variance method, std::string_view fn) {
    return method == gini_variance::jackknife ? gini_jackknife_of(d, fn) : gini_linearised_of(d, fn);
}

[[nodiscard]] inline gini_change_result gini_change_of(gini_estimate before, gini_estimate after,
                                                       std::string_view fn) {
    gini_change_result out;
    out.before = before;
    out.after = after;
    out.change = after.estimate - before.estimate;
    out.standard_error = std::hypot(before.standard_error, after.standard_error);
    if (out.standard_error > 0.0) {
        out.z = out.change / out.standard_error;
        out.p_value = stats::normal_p_value(out.z, stats::alternative::two_sided);
    } else if (out.change != 0.0) {
        fail_got(fn, "both standard errors are zero but the Gini changed, so z is undefined; change", out.change);
    }
    return out;
}

}  // namespace detail

/// Gini coefficient (eq. 3) with its delete-one jackknife standard error.
/// \throws domain_error if `x` holds a negative value or NaN/infinity (naming its index),
/// has fewer than two values, sums to zero, or if deleting one value leaves only zeros
/// (the Gini of the rest is undefined).
/// Example: `ineq::gini_jackknife(std::vector{1, 2, 3, 4}).standard_error` is
/// sqrt(3/4 * sum (G_(k) - mean)^2) over the Ginis of {2,3,4}, {1,3,4}, {1,2,4}, {1,2,3}.
template <numeric_range R>
[[nodiscard]] gini_estimate gini_jackknife(R&& x) {
    constexpr std::string_view fn = "gini_jackknife";
    return detail::gini_jackknife_of(detail::load_values(x, fn), fn);
}

/// Weighted Gini (`weighted_gini`) with its delete-one-record jackknife standard error;
/// weights are sampling weights (file comment), records of weight 0 are left out.
/// \throws domain_error as `weighted_gini` does, if fewer than two records have a positive
/// weight, or if deleting one record leaves only zeros.
/// Example: `ineq::weighted_gini_jackknife(std::vector{1, 2, 5}, std::vector{2.0, 1.0, 0.5})`.
template <numeric_range R, numeric_range W>
[[nodiscard]] gini_estimate weighted_gini_jackknife(R&& x, W&& w) {
    constexpr std::string_view fn = "weighted_gini_jackknife";
    return detail::gini_jackknife_of(detail::load_weighted(x, w, fn), fn);
}

/// Gini coefficient (eq. 3) with its linearised standard error (Langel and Tillé 2013; see
/// the file comment).
/// \throws domain_error if `x` holds a negative value or NaN/infinity (naming its index),
/// has fewer than two values, or sums to zero.
/// Example: `auto g = ineq::gini_linearised(counts);` then g.estimate +- 1.96 * g.standard_error.
template <numeric_range R>
[[nodiscard]] gini_estimate gini_linearised(R&& x) {
    constexpr std::string_view fn = "gini_linearised";
    return detail::gini_linearised_of(detail::load_values(x, fn), fn);
}

/// Weighted Gini with its linearised standard error; weights are sampling weights (file
/// comment), records of weight 0 are left out.
/// \throws domain_error as `weighted_gini` does, and if fewer than two records have a
/// positive weight.
/// Example: `ineq::weighted_gini_linearised(income, design_weights).standard_error`.
template <numeric_range R, numeric_range W>
[[nodiscard]] gini_estimate weighted_gini_linearised(R&& x, W&& w) {
    constexpr std::string_view fn = "weighted_gini_linearised";
    return detail::gini_linearised_of(detail::load_weighted(x, w, fn), fn);
}

/// The change of the Gini from `before` to `after`, two independent samples, with the
/// standard error sqrt(se_0^2 + se_1^2), z and the two-sided normal p-value.
/// \throws domain_error as `gini_linearised` (or `gini_jackknife`) does for either sample,
/// and if both standard errors are zero while the Ginis differ.
/// Example: `auto c = ineq::gini_change(counts_2012, counts_2021);` and c.p_value < 0.05
/// says the change is significant at 5 % (for independent samples).
template <numeric_range R0, numeric_range R1>
[[nodiscard]] gini_change_result gini_change(R0&& before, R1&& after,
                                             gini_variance method = gini_variance::linearised) {
    constexpr std::string_view fn = "gini_change";
    return detail::gini_change_of(detail::gini_se_of(detail::load_values(before, fn), method, fn),
                                  detail::gini_se_of(detail::load_values(after, fn), method, fn), fn);
}

/// `gini_change` for weighted samples (sampling weights, see the file comment).
/// \throws domain_error as `weighted_gini_linearised` (or `weighted_gini_jackknife`) does
/// for either sample, and if both standard errors are zero while the Ginis differ.
/// Example: `ineq::weighted_gini_change(x0, w0, x1, w1, ineq::gini_variance::jackknife)`.
template <numeric_range R0, numeric_range W0, numeric_range R1, numeric_range W1>
[[nodiscard]] gini_change_result weighted_gini_change(R0&& x0, W0&& w0, R1&& x1, W1&& w1,
                                                      gini_variance method = gini_variance::linearised) {
    constexpr std::string_view fn = "weighted_gini_change";
    return detail::gini_change_of(detail::gini_se_of(detail::load_weighted(x0, w0, fn), method, fn),
                                  detail::gini_se_of(detail::load_weighted(x1, w1, fn), method, fn), fn);
}

}  // namespace ineq

#endif
