#ifndef INEQ_MEASURES_SUMMARY_HPP
#define INEQ_MEASURES_SUMMARY_HPP

/// \file
/// All of the study's cross-sectional measures of one distribution in a single pass
/// over one sorted copy: what each year of Figs. 3 and 4 reports.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/detail/shares.hpp>
#include <ineq/error.hpp>
#include <ineq/measures/gini.hpp>

#include <cmath>
#include <cstddef>
#include <ranges>
#include <type_traits>
#include <vector>

namespace ineq {

/// The study's measures of one distribution (for example one year across provinces).
struct summary {
    std::size_t n = 0;       ///< number of values
    double min = 0.0;        ///< smallest value
    double max = 0.0;        ///< largest value
    double range = 0.0;      ///< max - min
    double mean = 0.0;       ///< arithmetic mean
    double sample_sd = 0.0;  ///< standard deviation with divisor N - 1 (eq. 1)
    double cv = 0.0;         ///< sample_sd / mean (eq. 2)
    double gini = 0.0;       ///< Gini coefficient (eq. 3)

    friend bool operator==(const summary&, const summary&) = default;
};

/// Every field of `ineq::summary` for `x`; each equals the corresponding single function
/// (`ineq::range`, `ineq::mean`, `ineq::sample_sd`, `ineq::cv`, `ineq::gini`).
/// Because it includes the Gini and the sample sd, the input must satisfy both.
/// \throws domain_error if `x` has fewer than two values, holds a negative value or
/// NaN/infinity (naming its index), or sums to zero.
/// Example: `ineq::summarize(std::vector{0, 0, 0, 10})` gives n 4, range 10, mean 2.5,
/// gini 0.75.
template <numeric_range R>
[[nodiscard]] summary summarize(R&& x) {
    constexpr std::string_view fn = "summarize";
    if constexpr (!std::ranges::forward_range<R>) {
        // A single-pass range is read once into a buffer, which can be read again below.
        std::vector<std::remove_cv_t<std::ranges::range_value_t<R>>> buffer;
        for (auto&& v : x) {
            buffer.push_back(v);
        }
        return summarize(buffer);
    } else {
        auto s = detail::sorted_copy_for_shares(x, fn);
        if (s.values.size() < 2) {
            detail::fail(fn, "needs at least two values (the sample sd divides by N - 1)");
        }
        // s.values are the caller's values divided by s.scale (1 unless the total
        // overflows). Very small or very large data is brought near 1 by an exact power of
        // two as well, so that the mean and the squared deviations neither underflow
        // (values of 1e-200 have squares below the smallest double) nor overflow (two
        // values near 1.9e185 a little apart have squares of deviations above DBL_MAX).
        if (s.scale == 1.0 && (s.values.back() < 0x1p-400 || s.values.back() > 0x1p400)) {
            const int e = std::ilogb(s.values.back());
            for (double& v : s.values) {
                v = std::ldexp(v, -e);
            }
            s.total = std::ldexp(s.total, -e);
            s.scale = std::ldexp(1.0, e);
        }
        const detail::moments m = detail::two_pass_moments(s.values, fn);
        summary out;
        out.n = m.n;
        out.min = s.values.front() * s.scale;
        out.max = s.values.back() * s.scale;
        if (s.scale > 1.0) {
            // Scaled down: values far below the largest may have lost bits in the
            // division, so the extremes are read again from the caller's data.
            bool first = true;
            for (auto&& raw : x) {
                const auto v = static_cast<double>(raw) + 0.0;
                out.min = first || v < out.min ? v : out.min;
                out.max = first || v > out.max ? v : out.max;
                first = false;
            }
        }
        out.range = out.max - out.min;
        out.mean = m.mean * s.scale;
        out.sample_sd = m.sd(static_cast<double>(m.n - 1)) * s.scale;
        out.cv = m.sd(static_cast<double>(m.n - 1)) / m.mean;
        out.gini = detail::gini_of_sorted_guarded(s.values, s.total, s.values.size());
        return out;
    }
}

}  // namespace ineq

#endif
