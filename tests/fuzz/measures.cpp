// libFuzzer target: byte-derived doubles and int64s fed to every foundation measure.
// Each measure must either return a finite value inside its documented bounds or throw
// ineq::domain_error; any other exception, a NaN or an infinity is a failure. For small
// integer data the results are also compared with exact integer arithmetic.
//
// Input layout: byte 0 selects how the rest becomes values:
//   0  raw IEEE doubles, 8 bytes each (NaN, Inf, subnormals, anything)
//   1  raw int64, 8 bytes each
//   2  mixed magnitudes: 3 bytes each, a 16-bit mantissa times 2^(8*b - 1080), so
//      values from subnormals to about 1e294, with a sign from the mantissa's top bit
//   3  small non-negative integers (one byte each) as int64
//   4  16-bit integers (two bytes each) as int, negative ones included
//
// The regress-* seeds are inputs that once broke an invariant here (sd of data whose
// squared deviations were subnormal or overflowed, the correctly rounded mean of int64
// data, unsorted int64 input above 2^53, summarize near DBL_MAX).
#include "fuzz_check.hpp"

#include <ineq/error.hpp>
#include <ineq/measures/atkinson.hpp>
#include <ineq/measures/concentration.hpp>
#include <ineq/measures/dispersion.hpp>
#include <ineq/measures/entropy.hpp>
#include <ineq/measures/gini.hpp>
#include <ineq/measures/growth.hpp>
#include <ineq/measures/locational_gini.hpp>
#include <ineq/measures/lorenz.hpp>
#include <ineq/measures/summary.hpp>
#include <ineq/measures/weighted.hpp>
#include <ineq/measures/williamson.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <limits>
#include <numeric>
#include <type_traits>
#include <vector>

namespace {

/// Runs `f`; returns false if it threw ineq::domain_error; aborts on any other exception.
template <class F>
bool returns(F&& f) {
    try {
        f();
        return true;
    } catch (const ineq::domain_error&) {
        return false;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "unexpected exception: %s\n", e.what());
        std::abort();
    } catch (...) {
        std::fprintf(stderr, "unexpected exception of unknown type\n");
        std::abort();
    }
}

bool close(double a, double b, double rel, double abs = 0.0) {
    return std::abs(a - b) <= abs + rel * std::max(std::abs(a), std::abs(b));
}

template <class T>
bool all_finite(const std::vector<T>& x) {
    return std::all_of(x.begin(), x.end(),
                       [](T v) { return std::isfinite(static_cast<double>(v)); });
}

template <class T>
bool shares_defined(const std::vector<T>& x) {
    // Non-empty, every value finite and non-negative, some value positive.
    if (x.empty() || !all_finite(x)) return false;
    bool positive = false;
    for (const T v : x) {
        if (static_cast<double>(v) < 0.0) return false;
        if (static_cast<double>(v) > 0.0) positive = true;
    }
    return positive;
}

template <class T>
void check_all(const std::vector<T>& x) {
    const std::size_t n = x.size();
    const double dn = static_cast<double>(n);
    double lo = 0.0;
    double hi = 0.0;
    if (n > 0) {
        lo = static_cast<double>(*std::min_element(x.begin(), x.end()));
        hi = static_cast<double>(*std::max_element(x.begin(), x.end()));
    }
    const bool finite = n > 0 && all_finite(x);
    double m = 0.0;
    const bool has_mean = returns([&] { m = ineq::mean(x); });
    // The mean of finite values is always finite. (Integers whose sum overflows 64 bits
    // are rejected by design: the sums of integers are exact.)
    if (finite && std::is_floating_point_v<T>) FUZZ_CHECK(has_mean);
    if (has_mean) {
        FUZZ_CHECK(finite);
        FUZZ_CHECK(std::isfinite(m));
        FUZZ_CHECK(m >= lo - 1e-12 * std::abs(lo) && m <= hi + 1e-12 * std::abs(hi));
    }

    double r = 0.0;
    if (returns([&] { r = ineq::range(x); })) {
        FUZZ_CHECK(finite && std::isfinite(r) && r >= 0.0);
        FUZZ_CHECK(r == hi - lo);
    }

    double pv = 0.0;
    double psd = 0.0;
    const bool has_psd = returns([&] { psd = ineq::population_sd(x); });
    if (finite && std::is_floating_point_v<T>) FUZZ_CHECK(has_psd);  // <= (max - min) / 2
    if (has_psd) {
        FUZZ_CHECK(std::isfinite(psd) && psd >= 0.0);
        // Population sd never exceeds half the range (plus rounding).
        FUZZ_CHECK(psd <= 0.5 * (hi - lo) * (1.0 + 1e-9) + 1e-300);
        if (lo == hi) FUZZ_CHECK(psd == 0.0);
    }
    // ... and never falls below (max - min) / sqrt(2 N): the two extremes alone give that.
    if (has_psd && std::isfinite(hi - lo)) {
        FUZZ_CHECK(psd >= (hi - lo) / std::sqrt(2.0 * dn) * (1.0 - 1e-6) - 1e-300);
    }
    if (returns([&] { pv = ineq::population_variance(x); })) {
        FUZZ_CHECK(std::isfinite(pv) && pv >= 0.0);
        if (has_psd && psd > 1e-150 && psd < 1e150) FUZZ_CHECK(close(pv, psd * psd, 1e-9));
    }
    double sv = 0.0;
    double ssd = 0.0;
    const bool has_ssd = returns([&] { ssd = ineq::sample_sd(x); });
    if (has_ssd) {
        FUZZ_CHECK(n >= 2 && std::isfinite(ssd) && ssd >= 0.0);
        if (has_psd) {
            FUZZ_CHECK(close(ssd, psd * std::sqrt(dn / (dn - 1.0)), 1e-9, 1e-300));
        }
    }
    if (returns([&] { sv = ineq::sample_variance(x); })) {
        FUZZ_CHECK(n >= 2 && std::isfinite(sv) && sv >= 0.0);
        if (has_ssd && ssd > 1e-150 && ssd < 1e150) FUZZ_CHECK(close(sv, ssd * ssd, 1e-9));
    }
    double c = 0.0;
    if (returns([&] { c = ineq::cv(x); })) {
        FUZZ_CHECK(n >= 2 && std::isfinite(c) && c >= 0.0);
        FUZZ_CHECK(has_mean && m > 0.0);
    }
    double pc = 0.0;
    if (returns([&] { pc = ineq::population_cv(x); })) {
        FUZZ_CHECK(std::isfinite(pc) && pc >= 0.0);
        FUZZ_CHECK(has_mean && m > 0.0);
    }

    // Shares, Lorenz curve and Gini: defined exactly for non-empty, finite,
    // non-negative data with a positive total.
    const bool defined = shares_defined(x);
    double g = 0.0;
    const bool has_gini = returns([&] { g = ineq::gini(x); });
    FUZZ_CHECK(has_gini == defined);
    if (has_gini) {
        FUZZ_CHECK(std::isfinite(g));
        FUZZ_CHECK(g >= 0.0 && g <= 1.0 - 1.0 / dn);
        if (lo == hi) FUZZ_CHECK(g == 0.0);
    }
    std::vector<T> sorted = x;
    std::sort(sorted.begin(), sorted.end());
    double gs = 0.0;
    const bool has_gs = returns([&] { gs = ineq::gini_sorted(sorted); });
    FUZZ_CHECK(has_gs == defined);
    if (has_gs) {
        FUZZ_CHECK(std::isfinite(gs) && gs >= 0.0 && gs <= 1.0 - 1.0 / dn);
        FUZZ_CHECK(close(gs, g, 1e-9, 1e-12));
    }
    if (n >= 2 && static_cast<double>(sorted.front()) < static_cast<double>(sorted.back())) {
        // Unsorted input is rejected. (The order is checked on the values as doubles:
        // int64 values above 2^53 that differ but convert to the same double pass.)
        std::vector<T> reversed(sorted.rbegin(), sorted.rend());
        if (defined) FUZZ_CHECK(!returns([&] { (void)ineq::gini_sorted(reversed); }));
    }
    std::vector<T> scratch = x;
    double gi = 0.0;
    const bool has_gi = returns([&] { gi = ineq::gini_in_place(scratch); });
    FUZZ_CHECK(has_gi == defined);
    if (has_gi) {
        FUZZ_CHECK(std::isfinite(gi) && gi >= 0.0 && gi <= 1.0 - 1.0 / dn);
        FUZZ_CHECK(close(gi, g, 1e-9, 1e-12));
    }
    double cg = 0.0;
    if (returns([&] { cg = ineq::corrected_gini(x); })) {
        FUZZ_CHECK(defined && n >= 2);
        FUZZ_CHECK(std::isfinite(cg) && cg >= 0.0 && cg <= 1.0);
        FUZZ_CHECK(close(cg, std::min(1.0, g * dn / (dn - 1.0)), 1e-9, 1e-12));
    } else {
        FUZZ_CHECK(!defined || n < 2);
    }

    std::vector<double> w;
    const bool has_w = returns([&] { w = ineq::cumulative_shares(x); });
    FUZZ_CHECK(has_w == defined);
    if (has_w) {
        FUZZ_CHECK(w.size() == n);
        FUZZ_CHECK(w.back() == 1.0);
        for (std::size_t i = 0; i < n; ++i) {
            FUZZ_CHECK(w[i] >= 0.0 && w[i] <= 1.0);
            if (i > 0) FUZZ_CHECK(w[i] >= w[i - 1]);
        }
    }
    std::vector<ineq::lorenz_point> L;
    const bool has_l = returns([&] { L = ineq::lorenz_curve(x); });
    FUZZ_CHECK(has_l == defined);
    if (has_l) {
        FUZZ_CHECK(L.size() == n + 1);
        FUZZ_CHECK(L.front().population_share == 0.0 && L.front().value_share == 0.0);
        FUZZ_CHECK(L.back().population_share == 1.0 && L.back().value_share == 1.0);
        double area = 0.0;  // trapezoids under the curve
        for (std::size_t i = 1; i <= n; ++i) {
            FUZZ_CHECK(L[i].population_share > L[i - 1].population_share);
            FUZZ_CHECK(L[i].value_share >= L[i - 1].value_share);
            FUZZ_CHECK(L[i].value_share <= L[i].population_share + 1e-12);  // below the diagonal
            if (i >= 2) {
                // Convex: the slopes (population steps are equal) never decrease.
                const double before = L[i - 1].value_share - L[i - 2].value_share;
                const double after = L[i].value_share - L[i - 1].value_share;
                FUZZ_CHECK(after >= before - 1e-12);
            }
            area += (L[i].value_share + L[i - 1].value_share) / (2.0 * dn);
        }
        // Gini = 1 - 2 * area.
        FUZZ_CHECK(close(1.0 - 2.0 * area, g, 0.0, 1e-9));
    }

    ineq::summary s{};
    if (returns([&] { s = ineq::summarize(x); })) {
        FUZZ_CHECK(defined && n >= 2);
        FUZZ_CHECK(s.n == n);
        FUZZ_CHECK(std::isfinite(s.min) && std::isfinite(s.max) && std::isfinite(s.range));
        FUZZ_CHECK(std::isfinite(s.mean) && std::isfinite(s.sample_sd));
        FUZZ_CHECK(std::isfinite(s.cv) && std::isfinite(s.gini));
        FUZZ_CHECK(s.min == lo && s.max == hi && s.range == hi - lo);
        FUZZ_CHECK(s.sample_sd >= 0.0 && s.cv >= 0.0);
        FUZZ_CHECK(s.gini >= 0.0 && s.gini <= 1.0 - 1.0 / dn);
        FUZZ_CHECK(close(s.gini, g, 1e-9, 1e-12));
        if (has_mean) FUZZ_CHECK(close(s.mean, m, 1e-9, 1e-300));
        if (has_ssd) FUZZ_CHECK(close(s.sample_sd, ssd, 1e-9, 1e-300));
        FUZZ_CHECK(s.sample_sd >= s.range / std::sqrt(2.0 * (dn - 1.0)) * (1.0 - 1e-6) - 1e-300);
    } else {
        FUZZ_CHECK(!defined || n < 2);
    }

    if (n >= 2) {
        double gr = 0.0;
        const double from = static_cast<double>(x[0]);
        const double to = static_cast<double>(x[1]);
        if (returns([&] { gr = ineq::growth_rate(x[0], x[1]); })) {
            FUZZ_CHECK(std::isfinite(gr) && from > 0.0);
            FUZZ_CHECK(gr >= -1.0 || to < 0.0);
            FUZZ_CHECK((gr > 0.0) == (to > from) || (gr == 0.0 && std::abs(to - from) <= from * 1e-300));
        } else {
            FUZZ_CHECK(!(std::isfinite(from) && std::isfinite(to) && from > 0.0 &&
                         std::isfinite((to - from) / from)));
        }
    }
}

/// `f()` either throws ineq::domain_error or returns a finite value in [lo, hi]
/// (bounds widened by a relative 1e-9 for rounding). Returns whether it returned.
template <class F>
bool bounded(F&& f, double lo, double hi, const char* what) {
    double v = 0.0;
    if (!returns([&] { v = f(); })) return false;
    const double slack = 1e-9 * std::max({1.0, std::abs(lo), std::abs(hi)});
    if (!std::isfinite(v) || v < lo - slack || v > hi + slack) {
        std::fprintf(stderr, "%s = %.17g outside [%.17g, %.17g]\n", what, v, lo, hi);
        FUZZ_CHECK(false && "a measure left its documented range");
    }
    return true;
}

/// The wider family: entropy, Atkinson, concentration, locational Gini, Williamson and
/// the weighted forms (the second half of the data serves as weights, population or
/// reference distribution for the first).
template <class T>
void check_family(const std::vector<T>& x) {
    const std::size_t n = x.size();
    const double dn = static_cast<double>(n);
    const double inf = std::numeric_limits<double>::infinity();
    const double ln_n = n > 0 ? std::log(dn) : 0.0;
    const bool defined = shares_defined(x);

    // Theil T lies in [0, ln N]; it is defined exactly where the shares are.
    FUZZ_CHECK(bounded([&] { return ineq::theil_t(x); }, 0.0, ln_n, "theil_t") == defined);
    bounded([&] { return ineq::mean_log_deviation(x); }, 0.0, inf, "mean_log_deviation");
    for (const double alpha : {-1.0, 0.0, 0.5, 1.0, 2.0}) {
        bounded([&] { return ineq::generalized_entropy(x, alpha); }, 0.0, inf, "generalized_entropy");
    }
    for (const double eps : {0.0, 0.5, 1.0, 2.0}) {
        bounded([&] { return ineq::atkinson(x, eps); }, 0.0, 1.0, "atkinson");
    }
    if (n > 0) {
        bounded([&] { return ineq::hoover(x); }, 0.0, 1.0 - 1.0 / dn, "hoover");
        bounded([&] { return ineq::herfindahl(x); }, 1.0 / dn, 1.0, "herfindahl");
    }
    bounded([&] { return ineq::normalized_herfindahl(x); }, 0.0, 1.0, "normalized_herfindahl");
    for (const std::size_t k : {std::size_t{0}, std::size_t{1}, n / 2, n, n + 1}) {
        // The k largest hold at least k/N of the total.
        const double floor = n > 0 ? std::min(1.0, static_cast<double>(k) / dn) : 0.0;
        bounded([&] { return ineq::concentration_ratio(x, k); }, floor, 1.0, "concentration_ratio");
    }
    for (const double p : {-0.5, 0.0, 0.1, 0.4, 1.0, 1.5}) {
        double top = 0.0;
        double bottom = 0.0;
        const bool has_top = returns([&] { top = ineq::top_share(x, p); });
        const bool has_bottom = returns([&] { bottom = ineq::bottom_share(x, p); });
        if (has_top) FUZZ_CHECK(std::isfinite(top) && top >= p - 1e-9 && top <= 1.0 + 1e-12);
        if (has_bottom) FUZZ_CHECK(std::isfinite(bottom) && bottom >= 0.0 && bottom <= p + 1e-9);
        if (has_top && has_bottom && p >= 0.0 && p <= 1.0) FUZZ_CHECK(bottom <= top + 1e-9);
    }
    bounded([&] { return ineq::palma_ratio(x); }, 0.0, inf, "palma_ratio");

    // Two halves: values and weights (or regional and reference counts).
    const std::vector<T> a(x.begin(), x.begin() + static_cast<std::ptrdiff_t>(n / 2));
    const std::vector<T> b(x.begin() + static_cast<std::ptrdiff_t>(n / 2),
                           x.begin() + static_cast<std::ptrdiff_t>(2 * (n / 2)));
    const double half = static_cast<double>(a.size());
    bounded([&] { return ineq::locational_gini(a, b); }, 0.0, 1.0, "locational_gini");
    bounded([&] { return ineq::williamson_index(a, b); }, 0.0, inf, "williamson_index");
    double wg = 0.0;
    if (returns([&] { wg = ineq::weighted_gini(a, b); })) {
        FUZZ_CHECK(std::isfinite(wg) && wg >= -1e-12 && wg <= 1.0);  // 1 - w_min / W may round to 1
    }
    bounded([&] { return ineq::weighted_corrected_gini(a, b); }, 0.0, 1.0, "weighted_corrected_gini");
    bounded([&] { return ineq::weighted_cv(a, b); }, 0.0, inf, "weighted_cv");
    // Theil T with weights is bounded by ln(W / w_min); checked against infinity here.
    bounded([&] { return ineq::weighted_theil_t(a, b); }, 0.0, inf, "weighted_theil_t");
    bounded([&] { return ineq::weighted_mean_log_deviation(a, b); }, 0.0, inf, "weighted_mean_log_deviation");
    for (const double alpha : {-1.0, 0.0, 0.5, 1.0, 2.0}) {
        bounded([&] { return ineq::weighted_generalized_entropy(a, b, alpha); }, 0.0, inf,
                "weighted_generalized_entropy");
    }
    for (const double eps : {0.0, 0.5, 1.0, 2.0}) {
        bounded([&] { return ineq::weighted_atkinson(a, b, eps); }, 0.0, 1.0, "weighted_atkinson");
    }
    // Unit weights reproduce the unweighted Gini.
    if (half > 0) {
        const std::vector<int> ones(a.size(), 1);
        double g1 = 0.0;
        double g0 = 0.0;
        const bool has_g1 = returns([&] { g1 = ineq::weighted_gini(a, ones); });
        const bool has_g0 = returns([&] { g0 = ineq::gini(a); });
        FUZZ_CHECK(has_g1 == has_g0);
        if (has_g0) FUZZ_CHECK(close(g1, g0, 1e-9, 1e-12));
    }
}

/// Exact reference values for small non-negative integers.
void check_exact(const std::vector<std::int64_t>& x) {
    const std::size_t n = x.size();
    if (n < 2) return;
    std::vector<std::int64_t> s = x;
    std::sort(s.begin(), s.end());
    __int128 sum = 0;
    __int128 sum2 = 0;
    __int128 weighted = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sum += s[i];
        sum2 += static_cast<__int128>(s[i]) * s[i];
        weighted += static_cast<__int128>(i + 1) * s[i];
    }
    const auto N = static_cast<__int128>(n);
    const double mean = static_cast<double>(sum) / static_cast<double>(n);
    // The exact integer sum divided once is the correctly rounded mean.
    FUZZ_CHECK(ineq::mean(x) == mean);
    // Population variance = (N sum2 - sum^2) / N^2, numerator exact.
    const double pvar = static_cast<double>(N * sum2 - sum * sum) / static_cast<double>(N * N);
    FUZZ_CHECK(close(ineq::population_variance(x), pvar, 1e-12, 1e-12));
    if (sum == 0) return;
    // Gini = (2 sum_i i x_(i) - (N + 1) sum) / (N sum), numerator exact.
    const double g = static_cast<double>(2 * weighted - (N + 1) * sum) / static_cast<double>(N * sum);
    FUZZ_CHECK(close(ineq::gini(x), g, 1e-12, 1e-15));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const unsigned mode = data[0] % 5;
    ++data;
    --size;
    switch (mode) {
        case 0: {
            std::vector<double> x(size / 8);
            if (!x.empty()) std::memcpy(x.data(), data, x.size() * 8);
            check_all(x);
            check_family(x);
            break;
        }
        case 1: {
            std::vector<std::int64_t> x(size / 8);
            if (!x.empty()) std::memcpy(x.data(), data, x.size() * 8);
            check_all(x);
            check_family(x);
            break;
        }
        case 2: {
            std::vector<double> x;
            for (std::size_t i = 0; i + 3 <= size; i += 3) {
                const int mantissa = (data[i] | (data[i + 1] << 8));
                const int magnitude = mantissa & 0x7FFF;
                const double v = std::ldexp(static_cast<double>(magnitude), 8 * data[i + 2] - 1080);
                x.push_back((mantissa & 0x8000) != 0 ? -v : v);
            }
            check_all(x);
            check_family(x);
            break;
        }
        case 3: {
            std::vector<std::int64_t> x(data, data + size);
            check_all(x);
            check_family(x);
            check_exact(x);
            break;
        }
        default: {
            std::vector<int> x;
            for (std::size_t i = 0; i + 2 <= size; i += 2) {
                x.push_back(static_cast<std::int16_t>(data[i] | (data[i + 1] << 8)));
            }
            check_all(x);
            check_family(x);
            break;
        }
    }
    return 0;
}
