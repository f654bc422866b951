#ifndef INEQ_MEASURES_BOOTSTRAP_HPP
#define INEQ_MEASURES_BOOTSTRAP_HPP

/// \file
/// Seeded, reproducible bootstrap confidence intervals for any measure: percentile
/// (Efron 1979) and bias-corrected and accelerated, BCa (Efron 1987), with the
/// acceleration from the jackknife.
///
/// The measure is any callable taking `const std::vector<double>&` and returning a
/// number. The measures of this library are function templates, so name them in one of
/// two ways:
///
///     auto ci = ineq::bootstrap_ci(x, ineq::gini, opts);                // template deduced
///     auto ci = ineq::bootstrap_ci(x, [](auto const& v) { return ineq::atkinson(v, 2.0); }, opts);
///
/// The first works because one overload takes a plain function pointer
/// `double (*)(const std::vector<double>&)`, from which the compiler deduces
/// `ineq::gini<const std::vector<double>&>`; anything with extra parameters goes in a lambda.
///
/// Percentile bounds are the quantiles of the sorted replicates with linear interpolation
/// (R type 7). BCa adjusts those levels with the bias correction z0 = Phi^-1(share of
/// replicates below the estimate, ties counted half) and the jackknife acceleration
/// a = sum (m - t_i)^3 / (6 (sum (m - t_i)^2)^1.5).
///
/// Reproducibility. Resamples come from the library's resampling engine
/// (`ineq::stats::bootstrap_distribution`): replicate b draws its n indices from its own
/// random stream named by (seed, b) (xoshiro256** seeded through SplitMix64, unbiased
/// integer draws), so the same data, measure, options and seed give the same resamples on
/// every platform and for every thread count, and the same interval up to the rounding of
/// the measure itself. With `threads` other than 1 the measure is called from several
/// threads at once and must allow it (the library's measures do).
///
/// Errors of the measure. An `ineq::domain_error` thrown by the measure means it is
/// undefined on that sample (the Gini of values that are all zero, for instance). On the
/// original data or a jackknife sample it is reported as a `domain_error` of
/// `bootstrap_ci` that names the sample and repeats the measure's message. On a resample
/// (a degenerate replicate) `options.degenerate` decides: `fail` (the default) reports it
/// the same way, `skip` leaves the replicate out and counts it. Any other exception
/// (`std::bad_alloc`, a measure's own exception types, even `std::domain_error`) is not
/// caught and reaches the caller unchanged.
///
/// Degenerate replicates. Sparse data (a few positive counts among many zeros) draws
/// all-zero resamples often: for one positive value among n, a share (1 - 1/n)^n of them,
/// about 34 % for n = 7. The default is to fail, because the interval over the remaining
/// replicates is the distribution of the measure conditional on the resample being
/// usable, a different quantity from the plain bootstrap interval, which the caller
/// should choose knowingly (and because it keeps every earlier call's result unchanged).
/// With `skip`, skipped replicates still consume their draws (replicate b always uses the
/// same stretch of the random stream, whatever happened before it), the interval, standard
/// error, bias and BCa's bias correction are taken over the usable replicates, and the
/// result reports both counts. At least half of the replicates, and at least two, must be
/// usable; with fewer the interval would describe a minority of the resamples, and
/// `bootstrap_ci` throws.

#include <ineq/concepts.hpp>
#include <ineq/detail/distributions.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>
#include <ineq/stats/fields.hpp>
#include <ineq/stats/resampling.hpp>

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <tuple>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace ineq {

/// Which bootstrap interval to report.
enum class bootstrap_method {
    percentile,  ///< the alpha/2 and 1 - alpha/2 quantiles of the replicates
    bca,         ///< bias-corrected and accelerated percentiles (needs n jackknife evaluations)
};

/// What `bootstrap_ci` does with a degenerate replicate: a resample on which the measure
/// throws `ineq::domain_error` (it is undefined there, e.g. a Gini of all-zero values).
enum class bootstrap_degenerate {
    fail,  ///< throw, naming the replicate and repeating the measure's message (the default)
    skip,  ///< leave the replicate out and count it in `bootstrap_interval::skipped`
};

/// Settings of `bootstrap_ci`.
struct bootstrap_options {
    std::size_t replicates = 2000;                    ///< number of resamples B (>= 2)
    double confidence = 0.95;                         ///< coverage, in (0, 1)
    std::uint64_t seed = 20211231;                    ///< names the random streams: replicate b uses (seed, b)
    unsigned threads = 1;                             ///< 0 = hardware concurrency; results do not depend on it
    bootstrap_method method = bootstrap_method::percentile;
    bootstrap_degenerate degenerate = bootstrap_degenerate::fail;  ///< see the file comment
};

/// A bootstrap confidence interval.
struct bootstrap_interval {
    double estimate = 0.0;        ///< the measure on the original data
    double lower = 0.0;           ///< lower bound
    double upper = 0.0;           ///< upper bound
    double standard_error = 0.0;  ///< sample standard deviation of the replicates
    double bias = 0.0;            ///< mean of the replicates minus the estimate
    std::size_t replicates = 0;   ///< replicates the interval is taken over: B minus `skipped`
    std::size_t skipped = 0;      ///< degenerate replicates left out (0 unless `skip` is chosen)

    static constexpr auto fields = std::tuple{
        stats::field("estimate", &bootstrap_interval::estimate), stats::field("lower", &bootstrap_interval::lower),
        stats::field("upper", &bootstrap_interval::upper),
        stats::field("standard_error", &bootstrap_interval::standard_error),
        stats::field("bias", &bootstrap_interval::bias), stats::field("replicates", &bootstrap_interval::replicates),
        stats::field("skipped", &bootstrap_interval::skipped)};
};

namespace detail {

/// Calls the caller's measure on `v`. An `ineq::domain_error` (the measure is undefined
/// on `v`) is caught: its message goes to `error` and the result is empty. Every other
/// exception propagates unchanged.
template <class F>
[[nodiscard]] std::optional<double> try_measure(F& measure, const std::vector<double>& v,
                                                std::string& error) {
    try {
        return static_cast<double>(measure(v));
    } catch (const domain_error& e) {
        error = e.what();
        return std::nullopt;
    }
}

/// The measure's value, which must be finite.
[[nodiscard]] inline double finite_measure_value(double r) {
    if (!std::isfinite(r)) {
        fail_got("bootstrap_ci", "the measure returned a value that is not finite", r);
    }
    return r;
}

/// "the measure failed on <what> <k>: <the measure's message>"
[[noreturn]] inline void fail_measure(std::string_view what, std::size_t k, std::string_view error) {
    std::string rule{"the measure failed on "};
    rule.append(what).append(" ").append(std::to_string(k)).append(": ").append(error);
    fail("bootstrap_ci", rule);
}

/// The measure on `v`; its `ineq::domain_error` becomes one of `bootstrap_ci` naming `what`
/// and `k` (other exceptions propagate unchanged), and a non-finite result throws.
template <class F>
[[nodiscard]] double evaluate_measure(F& measure, const std::vector<double>& v, std::string_view what,
                                      std::size_t k) {
    std::string error;
    const std::optional<double> r = try_measure(measure, v, error);
    if (!r) {
        fail_measure(what, k, error);
    }
    return finite_measure_value(*r);
}

}  // namespace detail

/// Bootstrap confidence interval for `measure(x)`: `options.replicates` resamples of
/// `x` with replacement, drawn reproducibly from `options.seed`, and the percentile or
/// BCa interval at `options.confidence`. Degenerate replicates fail or are skipped as
/// `options.degenerate` says (see the file comment).
/// \throws domain_error if `x` has fewer than two values or holds NaN/infinity, if
/// `replicates` < 2 or `confidence` is not in (0, 1), if the measure throws
/// `ineq::domain_error` on the data, on a resample (unless degenerate replicates are
/// skipped) or (BCa) on a jackknife sample, with
/// "ineq::bootstrap_ci: the measure failed on bootstrap replicate 17: <the measure's message>"
/// (likewise "the original data 0" and "the jackknife sample without value i"), if it
/// returns NaN/infinity, if fewer than half of the replicates (or fewer than two) are usable
/// when skipping, with "ineq::bootstrap_ci: too many degenerate replicates: the measure is
/// undefined on S of B resamples, and at least half of them (and at least two) must be
/// usable; the first failed with: <the measure's message>", and for BCa when every replicate
/// lies on one side of the estimate (the bias correction is infinite). Other exceptions of
/// the measure propagate unchanged.
/// Example: `ineq::bootstrap_ci(x, [](auto const& v) { return ineq::cv(v); })`;
/// `ineq::bootstrap_ci(x, ineq::gini, {.replicates = 5000, .method = ineq::bootstrap_method::bca})`;
/// `ineq::bootstrap_ci(counts, ineq::gini, {.degenerate = ineq::bootstrap_degenerate::skip})`.
template <numeric_range R, class F>
    requires std::invocable<F&, const std::vector<double>&> &&
             std::convertible_to<std::invoke_result_t<F&, const std::vector<double>&>, double>
[[nodiscard]] bootstrap_interval bootstrap_ci(R&& x, F&& measure, const bootstrap_options& options = {}) {
    constexpr std::string_view fn = "bootstrap_ci";
    const std::vector<double> data = detail::to_doubles(x, fn, /*non_negative=*/false);
    if (data.size() < 2) {
        detail::fail_got(fn, "needs at least two values to resample; got", static_cast<double>(data.size()));
    }
    if (options.replicates < 2) {
        detail::fail_got(fn, "needs at least two replicates", static_cast<double>(options.replicates));
    }
    if (!(options.confidence > 0.0 && options.confidence < 1.0)) {
        detail::fail_got(fn, "the confidence level must lie in (0, 1)", options.confidence);
    }
    bootstrap_interval out;
    out.estimate = detail::evaluate_measure(measure, data, "the original data", 0);

    const std::size_t n = data.size();
    // Every replicate through the library's resampling engine: replicate b from the stream
    // (seed, b). A replicate on which the measure is undefined yields NaN and keeps its message.
    std::vector<std::string> errors(options.replicates);
    struct scratch {
        std::vector<std::size_t> indices;
        std::vector<double> sample;
    };
    const std::vector<double> drawn = stats::simulate<scratch>(
        "bootstrap_ci", {.resamples = options.replicates, .seed = options.seed, .threads = options.threads},
        [&](std::size_t b, stats::random_stream& stream, scratch& s) {
            s.indices.resize(n);
            s.sample.resize(n);
            stats::draw_with_replacement(stream, n, s.indices);
            for (std::size_t i = 0; i < n; ++i) {
                s.sample[i] = data[s.indices[i]];
            }
            const std::optional<double> t = detail::try_measure(measure, s.sample, errors[b]);
            return t ? detail::finite_measure_value(*t) : std::numeric_limits<double>::quiet_NaN();
        });
    std::vector<double> theta;
    theta.reserve(options.replicates);
    std::string first_error;
    for (std::size_t b = 0; b < options.replicates; ++b) {
        if (!std::isnan(drawn[b])) {
            theta.push_back(drawn[b]);
            continue;
        }
        if (options.degenerate == bootstrap_degenerate::fail) {
            detail::fail_measure("bootstrap replicate", b, errors[b]);
        }
        if (out.skipped++ == 0) {
            first_error = errors[b];
        }
    }
    out.replicates = theta.size();
    if (theta.size() < 2 || 2 * theta.size() < options.replicates) {
        std::string rule{"too many degenerate replicates: the measure is undefined on "};
        rule.append(std::to_string(out.skipped))
            .append(" of ")
            .append(std::to_string(options.replicates))
            .append(" resamples, and at least half of them (and at least two) must be usable; the first failed with: ")
            .append(first_error);
        detail::fail(fn, rule);
    }
    detail::neumaier_sum s;
    for (const double t : theta) {
        s.add(t);
    }
    const double mean = s.value() / static_cast<double>(theta.size());
    detail::neumaier_sum ss;
    for (const double t : theta) {
        ss.add((t - mean) * (t - mean));
    }
    out.standard_error = std::sqrt(ss.value() / static_cast<double>(theta.size() - 1));
    out.bias = mean - out.estimate;

    std::ranges::sort(theta);
    const double alpha = 1.0 - options.confidence;
    double p_lo = alpha / 2.0;
    double p_hi = 1.0 - alpha / 2.0;
    if (options.method == bootstrap_method::bca) {
        // Bias correction z0 from the share of replicates below the estimate (ties count half).
        const auto below = static_cast<double>(std::ranges::lower_bound(theta, out.estimate) - theta.begin());
        const auto not_above = static_cast<double>(std::ranges::upper_bound(theta, out.estimate) - theta.begin());
        const double share = (below + not_above) / 2.0 / static_cast<double>(theta.size());
        if (!(share > 0.0 && share < 1.0)) {
            detail::fail(fn, "BCa is undefined: every replicate lies on one side of the estimate");
        }
        const double z0 = detail::normal_quantile(share);
        // Acceleration from the jackknife: a = sum (m - t_i)^3 / (6 (sum (m - t_i)^2)^1.5).
        std::vector<double> jack(n);
        std::vector<double> loo(n - 1);
        for (std::size_t i = 0; i < n; ++i) {
            std::copy(data.begin(), data.begin() + static_cast<std::ptrdiff_t>(i), loo.begin());
            std::copy(data.begin() + static_cast<std::ptrdiff_t>(i) + 1, data.end(),
                      loo.begin() + static_cast<std::ptrdiff_t>(i));
            jack[i] = detail::evaluate_measure(measure, loo, "the jackknife sample without value", i);
        }
        detail::neumaier_sum js;
        for (const double t : jack) {
            js.add(t);
        }
        const double jm = js.value() / static_cast<double>(n);
        detail::neumaier_sum num;
        detail::neumaier_sum den;
        for (const double t : jack) {
            const double d = jm - t;
            num.add(d * d * d);
            den.add(d * d);
        }
        const double a = den.value() > 0.0 ? num.value() / (6.0 * std::pow(den.value(), 1.5)) : 0.0;
        const auto adjust = [&](double p) {
            const double z = z0 + detail::normal_quantile(p);
            return detail::normal_cdf(z0 + z / (1.0 - a * z));
        };
        p_lo = adjust(p_lo);
        p_hi = adjust(p_hi);
    }
    out.lower = detail::sorted_quantile(theta, p_lo);
    out.upper = detail::sorted_quantile(theta, p_hi);
    return out;
}

/// Overload that lets a measure template be named without a lambda:
/// `ineq::bootstrap_ci(x, ineq::gini, options)` deduces `ineq::gini<const std::vector<double>&>`.
/// Behaves exactly as the callable form.
/// Example: `ineq::bootstrap_ci(x, ineq::cv)`.
template <numeric_range R>
[[nodiscard]] bootstrap_interval bootstrap_ci(R&& x, double (*measure)(const std::vector<double>&),
                                              const bootstrap_options& options = {}) {
    if (measure == nullptr) {
        detail::fail("bootstrap_ci", "the measure is a null function pointer");
    }
    return bootstrap_ci<R, double (*&)(const std::vector<double>&)>(std::forward<R>(x), measure, options);
}

}  // namespace ineq

#endif
