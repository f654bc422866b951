#ifndef INEQ_DETAIL_NUMERIC_HPP
#define INEQ_DETAIL_NUMERIC_HPP

/// \file
/// Internals shared by the measures: compensated and exact sums, the validated copy of
/// a range into doubles, and the two-pass moments. Not part of the public API.

#include <ineq/concepts.hpp>
#include <ineq/error.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <ranges>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ineq::detail {

/// Neumaier's improved Kahan summation: the error of every addition is carried in `c`,
/// so the result is as accurate as if summed in twice the precision.
struct neumaier_sum {
    double sum = 0.0;
    double c = 0.0;

    constexpr void add(double x) noexcept {
        const double t = sum + x;
        if (std::abs(sum) >= std::abs(x)) {
            c += (sum - t) + x;
        } else {
            c += (x - t) + sum;
        }
        sum = t;
    }
    [[nodiscard]] constexpr double value() const noexcept { return sum + c; }
};

/// Exact sum of integers in a 64-bit accumulator (signed or unsigned to match the input).
/// Throws instead of wrapping when the total does not fit.
template <class T>
using integer_accumulator = std::conditional_t<std::is_signed_v<T>, std::int64_t, std::uint64_t>;

template <class Acc>
[[nodiscard]] inline bool add_overflows(Acc a, Acc b, Acc& out) noexcept {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_add_overflow(a, b, &out);
#else
    if constexpr (std::is_signed_v<Acc>) {
        if ((b > 0 && a > std::numeric_limits<Acc>::max() - b) ||
            (b < 0 && a < std::numeric_limits<Acc>::min() - b)) {
            return true;
        }
    } else if (a > std::numeric_limits<Acc>::max() - b) {
        return true;
    }
    out = a + b;
    return false;
#endif
}

/// Throws if `v` is NaN or infinite; `index` is its position in the caller's range.
inline void require_finite(double v, std::string_view fn, std::size_t index) {
    if (!std::isfinite(v)) {
        fail(fn, "values must be finite", index, v);
    }
}

/// Copies a range into doubles, checking every value: finite and, where `non_negative`,
/// not below zero. Errors carry the index in the caller's range.
template <numeric_range R>
[[nodiscard]] std::vector<double> to_doubles(R&& r, std::string_view fn, bool non_negative) {
    std::vector<double> out;
    if constexpr (std::ranges::sized_range<R>) {
        out.reserve(static_cast<std::size_t>(std::ranges::size(r)));
    }
    std::size_t i = 0;
    for (auto&& raw : r) {
        const auto v = static_cast<double>(raw);
        require_finite(v, fn, i);
        if (non_negative && v < 0.0) {
            fail(fn, "values must be non-negative", i, v);
        }
        out.push_back(v);
        ++i;
    }
    return out;
}

/// Count, mean and sum of squared deviations from the mean. The sum of squares is kept
/// as `m2_scaled * scale^2` so that data near DBL_MAX still has a finite standard
/// deviation when its variance would overflow.
struct moments {
    std::size_t n = 0;
    double mean = 0.0;
    double m2_scaled = 0.0;  ///< sum of ((x - mean) / scale)^2
    double scale = 1.0;

    /// sum((x - mean)^2) / divisor
    [[nodiscard]] double variance(double divisor) const noexcept {
        return m2_scaled / divisor * scale * scale;
    }
    /// sqrt(sum((x - mean)^2) / divisor)
    [[nodiscard]] double sd(double divisor) const noexcept {
        return std::sqrt(m2_scaled / divisor) * scale;
    }
};

/// Whether the 64-bit sum of `n` values of type T cannot overflow: values of at most 32
/// bits, fewer than 2^31 of them, stay below 2^63 in magnitude. Such sums skip the
/// per-element overflow check.
template <class T>
[[nodiscard]] constexpr bool integer_sum_cannot_overflow(std::size_t n) noexcept {
    return std::is_integral_v<T> && sizeof(T) <= 4 && n < (std::size_t{1} << 31);
}

/// Sum of the values as a double: exact (checked 64-bit) for integers whose sum fits in
/// 64 bits, compensated beyond, four
/// interleaved partial sums for floating point (the second pass of `two_pass_moments`
/// corrects the mean, so this pass only needs to be fast and close).
template <class R>
[[nodiscard]] double first_pass_sum(R&& r, std::size_t& n) {
    using T = std::remove_cv_t<std::ranges::range_value_t<R>>;
    if constexpr (std::is_integral_v<T>) {
        using Acc = integer_accumulator<T>;
        Acc total = 0;
        std::size_t count = 0;
        if constexpr (std::ranges::sized_range<R>) {
            const auto size = static_cast<std::size_t>(std::ranges::size(r));
            if (integer_sum_cannot_overflow<T>(size)) {
                for (auto&& v : r) {
                    total += static_cast<Acc>(v);
                }
                n = size;
                return static_cast<double>(total);
            }
        }
        // Exact while the 64-bit sum fits; from the first overflow on (1e6 values of 1e15
        // sum to 1e21) a compensated double sum takes over, which keeps the mean to about
        // one rounding.
        bool exact = true;
        neumaier_sum wide;
        for (auto&& v : r) {
            if (exact) {
                Acc next = 0;
                if (!add_overflows(total, static_cast<Acc>(v), next)) {
                    total = next;
                    ++count;
                    continue;
                }
                exact = false;
                wide.add(static_cast<double>(total));
            }
            wide.add(static_cast<double>(v));
            ++count;
        }
        n = count;
        return exact ? static_cast<double>(total) : wide.value();
    } else {
        double s[4] = {0.0, 0.0, 0.0, 0.0};
        std::size_t count = 0;
        auto it = std::ranges::begin(r);
        const auto end = std::ranges::end(r);
        if constexpr (std::ranges::random_access_range<R> && std::ranges::sized_range<R>) {
            const auto size = static_cast<std::size_t>(std::ranges::size(r));
            std::size_t k = 0;
            for (; k + 4 <= size; k += 4) {
                const auto d = static_cast<std::ptrdiff_t>(k);
                s[0] += static_cast<double>(it[d]);
                s[1] += static_cast<double>(it[d + 1]);
                s[2] += static_cast<double>(it[d + 2]);
                s[3] += static_cast<double>(it[d + 3]);
            }
            for (; k < size; ++k) {
                s[0] += static_cast<double>(it[static_cast<std::ptrdiff_t>(k)]);
            }
            count = size;
        } else {
            for (; it != end; ++it) {
                s[0] += static_cast<double>(*it);
                ++count;
            }
        }
        n = count;
        return (s[0] + s[1]) + (s[2] + s[3]);
    }
}

/// One pass over a sized random-access range for the moments, shifted by the mean K of
/// the first (up to 64) values:  s1 = sum(x - K),  s2 = sum((x - K)^2),
///     mean = K + s1/n,   m2 = s2 - s1^2/n.
/// This is the corrected two-pass formula with K in place of a first-pass mean, and as
/// accurate whenever K is close to the mean: the cancellation in m2 loses about
/// log2(s2 / m2) bits. The result is accepted only when n (mean - K)^2 <= s2 / 16, which
/// loses under a tenth of a bit; otherwise (trending data such as sorted values) the
/// second pass is repeated around the mean just found. Integers keep their exact 64-bit
/// sum for the mean. Returns false, leaving the slower careful path to decide (and to
/// name any NaN or infinity), when a sum leaves the range of double or the integer sum
/// could overflow.
template <class R>
[[nodiscard]] bool shifted_moments(R&& r, moments& out) {
    using T = std::remove_cv_t<std::ranges::range_value_t<R>>;
    const auto n = static_cast<std::size_t>(std::ranges::size(r));
    if (n == 0) {
        return false;
    }
    if constexpr (std::is_integral_v<T>) {
        if (!integer_sum_cannot_overflow<T>(n)) {
            return false;
        }
    }
    const auto it = std::ranges::begin(r);
    const auto at = [&it](std::size_t k) {
        return static_cast<double>(it[static_cast<std::ptrdiff_t>(k)]);
    };
    const std::size_t head = std::min<std::size_t>(n, 64);
    double k0 = 0.0;
    for (std::size_t k = 0; k < head; ++k) {
        k0 += at(k);
    }
    const double shift = k0 / static_cast<double>(head);
    if (!std::isfinite(shift)) {
        return false;
    }
    const auto count = static_cast<double>(n);
    // Four interleaved accumulators: independent dependency chains, so the pass runs at
    // memory speed rather than at the latency of one floating-point add.
    double s1[4] = {0.0, 0.0, 0.0, 0.0};
    double s2[4] = {0.0, 0.0, 0.0, 0.0};
    std::int64_t exact = 0;
    std::size_t k = 0;
    for (; k + 4 <= n; k += 4) {
        for (std::size_t j = 0; j < 4; ++j) {
            const double d = at(k + j) - shift;
            s1[j] += d;
            s2[j] += d * d;
        }
        if constexpr (std::is_integral_v<T>) {
            for (std::size_t j = 0; j < 4; ++j) {
                exact += static_cast<std::int64_t>(it[static_cast<std::ptrdiff_t>(k + j)]);
            }
        }
    }
    for (; k < n; ++k) {
        const double d = at(k) - shift;
        s1[0] += d;
        s2[0] += d * d;
        if constexpr (std::is_integral_v<T>) {
            exact += static_cast<std::int64_t>(it[static_cast<std::ptrdiff_t>(k)]);
        }
    }
    const double t1 = (s1[0] + s1[1]) + (s1[2] + s1[3]);
    const double t2 = (s2[0] + s2[1]) + (s2[2] + s2[3]);
    if (!std::isfinite(t2) || !std::isfinite(t1)) {
        return false;
    }
    if (t1 * t1 / count <= t2 / 16.0) {
        double mean = shift + t1 / count;
        if constexpr (std::is_integral_v<T>) {
            // The exact integer sum gives the mean to one rounding.
            mean = static_cast<double>(exact) / count;
            const double delta = mean - shift;  // sum(x - K) = n (mean - K), exactly known
            out = {n, mean, std::max(0.0, t2 - count * delta * delta), 1.0};
            return true;
        }
        out = {n, mean, std::max(0.0, t2 - t1 * t1 / count), 1.0};
        return true;
    }
    // K was far from the mean: a second pass around the mean just found.
    const double m = std::is_integral_v<T> ? static_cast<double>(exact) / count
                                           : shift + t1 / count;
    double e1[4] = {0.0, 0.0, 0.0, 0.0};
    double e2[4] = {0.0, 0.0, 0.0, 0.0};
    for (k = 0; k + 4 <= n; k += 4) {
        for (std::size_t j = 0; j < 4; ++j) {
            const double d = at(k + j) - m;
            e1[j] += d;
            e2[j] += d * d;
        }
    }
    for (; k < n; ++k) {
        const double d = at(k) - m;
        e1[0] += d;
        e2[0] += d * d;
    }
    const double u1 = (e1[0] + e1[1]) + (e1[2] + e1[3]);
    const double u2 = (e2[0] + e2[1]) + (e2[2] + e2[3]);
    if (!std::isfinite(u2)) {
        return false;
    }
    const double mean = std::is_integral_v<T> ? m : m + u1 / count;
    out = {n, mean, std::max(0.0, u2 - u1 * u1 / count), 1.0};
    return true;
}

/// The sum of integers as a 64-bit integer; false if it (or a value) does not fit.
template <class R>
[[nodiscard]] bool exact_integer_sum(R&& r, std::int64_t& out) noexcept {
    using T = std::remove_cv_t<std::ranges::range_value_t<R>>;
    constexpr auto hi = std::numeric_limits<std::int64_t>::max();
    constexpr auto lo = std::numeric_limits<std::int64_t>::min();
    std::int64_t s = 0;
    for (auto&& v : r) {
        if constexpr (std::is_unsigned_v<T>) {
            if (static_cast<std::uint64_t>(v) > static_cast<std::uint64_t>(hi)) return false;
        }
        const auto x = static_cast<std::int64_t>(v);
        if ((x > 0 && s > hi - x) || (x < 0 && s < lo - x)) return false;
        s += x;
    }
    out = s;
    return true;
}

/// The corrected two-pass algorithm (Chan, Golub & LeVeque 1983): a first pass for an
/// approximate mean m, a second for d = x - m, then
///     mean = m + sum(d)/n,   m2 = sum(d^2) - sum(d)^2/n.
/// Exact to a few ulps on data such as 1e9 + k where the textbook one-pass formula loses
/// every digit. Values whose squares overflow are handled by rescaling with the largest
/// magnitude. Throws for empty input and for NaN or infinity (naming the first one).
template <class R>
[[nodiscard]] moments two_pass_moments(R&& r, std::string_view fn) {
    using T = std::remove_cv_t<std::ranges::range_value_t<R>>;
    // Floating-point data whose squared deviations fall below 2^-900 (values of 1e-200
    // square to nothing; subnormal squares keep few digits) is rescaled too.
    constexpr double tiny_m2 = 0x1p-900;
    const auto too_tiny = [](double m2) { return std::is_floating_point_v<T> && m2 < tiny_m2; };
    if constexpr (std::ranges::random_access_range<R> && std::ranges::sized_range<R>) {
        moments fast;
        if (shifted_moments(r, fast) && !too_tiny(fast.m2_scaled)) {
            return fast;
        }
    }
    std::size_t n = 0;
    const double total = first_pass_sum(r, n);
    if (n == 0) {
        fail(fn, "needs at least one value, got an empty range");
    }
    const auto count = static_cast<double>(n);

    // Slow path for data whose sum or squares leave the range of double, or whose squared
    // deviations underflow: every value is checked (a NaN or infinity throws with its
    // index), then the moments are taken of x / 2^e, with 2^e the power of two at or just
    // below max|x| (an exact division, so no digit of a small spread is lost), and scaled
    // back.
    const auto rescaled = [&]() -> moments {
        double largest = 0.0;
        std::size_t i = 0;
        for (auto&& v : r) {
            const auto x = static_cast<double>(v);
            require_finite(x, fn, i);
            largest = std::max(largest, std::abs(x));
            ++i;
        }
        if (largest == 0.0) {
            return {n, 0.0, 0.0, 1.0};
        }
        const int e = std::ilogb(largest);
        const double scale = std::ldexp(1.0, e);
        neumaier_sum s;
        for (auto&& v : r) {
            s.add(std::ldexp(static_cast<double>(v), -e));
        }
        const double ms = s.value() / count;
        double e1 = 0.0;
        double e2 = 0.0;
        for (auto&& v : r) {
            const double a = std::ldexp(static_cast<double>(v), -e) - ms;
            e1 += a;
            e2 += a * a;
        }
        return {n, (ms + e1 / count) * scale, std::max(0.0, e2 - e1 * e1 / count), scale};
    };

    const double m = total / count;
    if (!std::isfinite(m)) {
        return rescaled();
    }
    double d1[2] = {0.0, 0.0};
    double d2[2] = {0.0, 0.0};
    if constexpr (std::ranges::random_access_range<R> && std::ranges::sized_range<R>) {
        auto it = std::ranges::begin(r);
        std::size_t k = 0;
        for (; k + 2 <= n; k += 2) {
            const auto i = static_cast<std::ptrdiff_t>(k);
            const double a = static_cast<double>(it[i]) - m;
            const double b = static_cast<double>(it[i + 1]) - m;
            d1[0] += a;
            d1[1] += b;
            d2[0] += a * a;
            d2[1] += b * b;
        }
        if (k < n) {
            const double a = static_cast<double>(it[static_cast<std::ptrdiff_t>(k)]) - m;
            d1[0] += a;
            d2[0] += a * a;
        }
    } else {
        for (auto&& v : r) {
            const double a = static_cast<double>(v) - m;
            d1[0] += a;
            d2[0] += a * a;
        }
    }
    const double sd1 = d1[0] + d1[1];
    const double sd2 = d2[0] + d2[1];
    if (!std::isfinite(sd2) || too_tiny(sd2)) {
        return rescaled();
    }
    double mean = m + sd1 / count;
    if constexpr (std::is_integral_v<T>) {
        // The exact integer sum, when it fits in 64 bits, gives the mean to one rounding.
        if (std::int64_t exact = 0; exact_integer_sum(r, exact)) {
            mean = static_cast<double>(exact) / count;
        }
    }
    return {n, mean, std::max(0.0, sd2 - sd1 * sd1 / count), 1.0};
}

/// Single-pass ranges are buffered once so that the two-pass algorithm can run.
template <numeric_range R>
[[nodiscard]] moments moments_of(R&& r, std::string_view fn) {
    if constexpr (std::ranges::forward_range<R>) {
        return two_pass_moments(r, fn);
    } else {
        using T = std::remove_cv_t<std::ranges::range_value_t<R>>;
        std::vector<T> buffer;
        for (auto&& v : r) {
            buffer.push_back(static_cast<T>(v));
        }
        return two_pass_moments(buffer, fn);
    }
}

/// Throws unless a derived result is finite (m2 * scale^2 can overflow for data near
/// DBL_MAX even though every value is finite).
inline double require_finite_result(double v, std::string_view fn) {
    if (!std::isfinite(v)) {
        fail(fn, "the result overflows the range of double");
    }
    return v;
}

}  // namespace ineq::detail

#endif
