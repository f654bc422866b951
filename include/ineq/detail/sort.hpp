#ifndef INEQ_DETAIL_SORT_HPP
#define INEQ_DETAIL_SORT_HPP

/// \file
/// Sorting for the share-based measures (Gini, Lorenz curve, cumulative shares, summary):
/// sorting dominates their cost, so the sorted copy is made with the cheapest exact method
/// for the data at hand. Not part of the public API.
///
/// - Fewer than `radix_sort_min_size` (4096) values: std::sort (its constant factor wins
///   there; the threshold is measured, see bench/README.md).
/// - Doubles: a least-significant-digit radix sort on order-preserving 64-bit keys
///   (the IEEE bits; negative values have every bit flipped, non-negative ones only the
///   sign bit), taken relative to the smallest key, in digits of 8 to 16 bits (wider for
///   larger inputs), so 4 to 8 scatter passes, fewer when the data spans few binades. All digit
///   histograms come from one counting pass, and a digit that is the same for every value
///   costs no pass at all (small integers stored as doubles, for instance, skip the low
///   mantissa digits).
/// - From 2^18 values on (`msd_radix_sort_min_size`), the doubles first go through one
///   most-significant-digit pass: the top bit_width(n) - 12 bits of the relative keys pick
///   one of up to 2^16 buckets (one counting pass, one scatter), so that each bucket holds
///   a few thousand values, and each bucket is then LSD-sorted in cache (std::sort below
///   256 values). Two full-size passes over memory instead of four or five.
/// - Integer data of small range (counts): a counting sort, one pass to count and one to
///   write.
/// - `gini` on 2^18 floating-point values or more sorts straight from the caller's values
///   into kept scratch memory (measures/gini.hpp): a first digit that needs no earlier pass
///   (`direct_msd_digit`: exponent and leading mantissa bits), one scatter, and buckets
///   sorted in place in cache (`sort_bucket_in_place`: one more MSD pass, then insertion
///   sort), with the `scratch_buffer`s kept between calls.
///
/// Every method yields exactly the sequence std::sort yields (values that compare equal
/// are bitwise equal here, except -0.0 and +0.0: the radix sort puts -0.0 first), so the
/// results of the measures do not depend on the method chosen.

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <ranges>
#include <utility>
#include <vector>

namespace ineq::detail {

/// Below this many values std::sort beats the radix sort: measured on x86-64 (GCC 12, -O2)
/// with bench/sort_threshold, std::sort is faster up to 2048 lognormal doubles and the
/// radix sort from 4096 on (bench/README.md).
inline constexpr std::size_t radix_sort_min_size = 4096;

/// Widest radix digit: 16 bits. The digit width grows with n, bit_width(n) / 2 + 3 bits
/// clamped to [8, 16]: small inputs have few buckets to clear and scan, large ones few
/// passes. The key range decides the passes: keys are sorted relative to the smallest, so
/// only bit_width(max key - min key) bits count, split into passes of equal width
/// (lognormal data spans about 57 bits: 4 passes of 15 bits at 1e7 values, 5 of 12 at
/// 1e6). Fixed 8, 11, 12, 13 and 16-bit digits and software write-combining buffers were
/// measured no faster on 1e6 and 1e7 values (bench/README.md).
inline constexpr int radix_max_digit_bits = 16;

/// Order-preserving key of a double: a < b (as doubles, no NaN) implies key(a) < key(b).
[[nodiscard]] constexpr std::uint64_t radix_key(double v) noexcept {
    const auto bits = std::bit_cast<std::uint64_t>(v);
    constexpr std::uint64_t sign = std::uint64_t{1} << 63;
    // Negative: flip all bits (larger magnitude sorts first); non-negative: set the sign bit.
    const std::uint64_t mask = (bits & sign) != 0 ? ~std::uint64_t{0} : sign;
    return bits ^ mask;
}

/// From this many values on, `radix_sort` starts with one most-significant-digit pass
/// (`msd_radix_sort`): the full-size LSD scatter passes are memory-bound there, while
/// buckets of a few thousand values sort in cache (bench/README.md).
inline constexpr std::size_t msd_radix_sort_min_size = std::size_t{1} << 18;

/// Buckets below this size are sorted with std::sort inside `msd_radix_sort`.
inline constexpr std::size_t msd_bucket_std_sort_below = 256;

/// The LSD radix passes, shared by the whole-array sort and the MSD buckets: sorts the `n`
/// values at `a` (no NaN; n >= 1) whose keys lie in [lo, lo + 2^width), width >= 1, using
/// `b` (n values, not overlapping `a`) as the other buffer, and returns whichever of the
/// two holds the sorted values. Keys are taken relative to `lo`, in equal digits of at most
/// bit_width(n) / 2 + `extra_bits` bits clamped to [8, 16] (see radix_max_digit_bits). All
/// digit histograms come from one counting pass into `count` (reused scratch; `Count` is
/// 32 bits where n allows, half the histogram memory to clear and scan), and a digit
/// shared by every key costs no pass.
template <class Count>
[[nodiscard]] double* lsd_radix_passes(double* a, double* b, std::size_t n, std::uint64_t lo,
                                       int width, int extra_bits, std::vector<Count>& count) {
    const int max_bits = std::clamp(static_cast<int>(std::bit_width(n)) / 2 + extra_bits, 8,
                                    radix_max_digit_bits);
    const int passes = (width + max_bits - 1) / max_bits;
    const int digit_bits = (width + passes - 1) / passes;
    const std::size_t buckets = std::size_t{1} << digit_bits;
    const std::uint64_t digit_mask = buckets - 1;
    const auto np = static_cast<std::size_t>(passes);
    count.assign(np * buckets, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t k = radix_key(a[i]) - lo;
        for (std::size_t p = 0; p < np; ++p) {
            ++count[p * buckets + ((k >> (static_cast<int>(p) * digit_bits)) & digit_mask)];
        }
    }
    double* from = a;
    double* to = b;
    for (std::size_t p = 0; p < np; ++p) {
        Count* c = count.data() + p * buckets;
        const int shift = static_cast<int>(p) * digit_bits;
        if (c[((radix_key(from[0]) - lo) >> shift) & digit_mask] == n) {
            continue;  // every key has this digit: the pass would not move anything
        }
        Count offset = 0;
        for (std::size_t d = 0; d < buckets; ++d) {  // counts -> starting offsets
            const Count here = c[d];
            c[d] = offset;
            offset += here;
        }
        for (std::size_t i = 0; i < n; ++i) {
            const double x = from[i];
            to[c[((radix_key(x) - lo) >> shift) & digit_mask]++] = x;
        }
        std::swap(from, to);
    }
    return from;
}

/// The smallest and largest radix key of the values of `v` (not empty).
[[nodiscard]] inline std::pair<std::uint64_t, std::uint64_t> radix_key_range(const std::vector<double>& v) {
    std::uint64_t lo = radix_key(v[0]);
    std::uint64_t hi = lo;
    for (const double x : v) {
        const std::uint64_t k = radix_key(x);
        lo = k < lo ? k : lo;
        hi = k > hi ? k : hi;
    }
    return {lo, hi};
}

/// LSD radix sort of the whole of `v` (no NaN), below `msd_radix_sort_min_size` values.
template <class Count>
void radix_sort_counted(std::vector<double>& v) {
    const std::size_t n = v.size();
    const auto [lo, hi] = radix_key_range(v);
    const int width = static_cast<int>(std::bit_width(hi - lo));
    if (width == 0) {
        return;  // all keys equal
    }
    // Default-initialised: every slot is written before it is read.
    const std::unique_ptr<double[]> buffer(new double[n]);
    std::vector<Count> count;
    const double* sorted = lsd_radix_passes(v.data(), buffer.get(), n, lo, width, 3, count);
    if (sorted != v.data()) {
        std::copy(sorted, sorted + n, v.data());
    }
}

/// Sorts the `n` values at `a` (no NaN) and writes them, ascending, to `b` (the two do not
/// overlap; `a` is scratch afterwards). Every key lies in [lo, lo + 2^width) (the MSD
/// bucket's range). `lsd_radix_passes` with digits one bit wider than for a whole array
/// (11 bits for a bucket of 10^4 values: four in-cache passes for the 45 bits left by the
/// MSD pass on lognormal data); std::sort below `msd_bucket_std_sort_below` values.
template <class Count>
void lsd_radix_sort_into(double* a, double* b, std::size_t n, std::uint64_t lo, int width,
                         std::vector<Count>& count) {
    if (n < msd_bucket_std_sort_below) {
        std::copy(a, a + n, b);
        std::sort(b, b + n);
        return;
    }
    if (width == 0) {
        std::copy(a, a + n, b);
        return;
    }
    // One bit wider than radix_sort_counted's rule: the bucket and its counts are in cache.
    const double* sorted = lsd_radix_passes(a, b, n, lo, width, 4, count);
    if (sorted != b) {
        std::copy(sorted, sorted + n, b);
    }
}

/// Most-significant-digit first: one counting pass on the top `bits` bits of the keys
/// (relative to the smallest key) and one scatter into a buffer, so that each bucket holds
/// a few thousand values; then each bucket is sorted in cache by `lsd_radix_sort_into`
/// straight back into `v`. Two full-size passes over memory instead of four or five.
/// `lo` and `hi` bound the keys (the smallest and largest key, or wider).
template <class Count>
void msd_radix_sort_counted(std::vector<double>& v, std::uint64_t lo, std::uint64_t hi) {
    const std::size_t n = v.size();
    const int width = static_cast<int>(std::bit_width(hi - lo));
    if (width == 0) {
        return;  // all keys equal
    }
    // About 2^12 values per bucket if the keys were spread evenly.
    const int bits = std::clamp(static_cast<int>(std::bit_width(n)) - 12, 1,
                                std::min(radix_max_digit_bits, width));
    const int shift = width - bits;
    const std::size_t buckets = std::size_t{1} << bits;
    std::vector<Count> start(buckets + 1, 0);
    for (const double x : v) {
        ++start[((radix_key(x) - lo) >> shift) + 1];
    }
    for (std::size_t d = 0; d < buckets; ++d) {
        start[d + 1] += start[d];
    }
    std::vector<Count> next(start.begin(), start.end() - 1);
    const std::unique_ptr<double[]> buffer(new double[n]);
    double* const out = buffer.get();
    for (const double x : v) {
        out[next[(radix_key(x) - lo) >> shift]++] = x;
    }
    std::vector<Count> count;
    double* const dst = v.data();
    for (std::size_t d = 0; d < buckets; ++d) {
        const std::size_t from = start[d];
        const std::size_t size = start[d + 1] - from;
        if (size != 0) {
            const std::uint64_t base = lo + (static_cast<std::uint64_t>(d) << shift);
            lsd_radix_sort_into(out + from, dst + from, size, base, shift, count);
        }
    }
}

/// `msd_radix_sort_counted` with 32-bit bucket counts where the size allows.
template <class = void>  // instantiated only where called
void msd_radix_sort(std::vector<double>& v, std::uint64_t lo, std::uint64_t hi) {
    if (v.size() <= std::size_t{0xFFFF'FFFF}) {
        msd_radix_sort_counted<std::uint32_t>(v, lo, hi);
    } else {
        msd_radix_sort_counted<std::size_t>(v, lo, hi);
    }
}

/// Sorts `v` ascending (no NaN allowed) with the radix sort described above (LSD, with one
/// MSD pass first from `msd_radix_sort_min_size` values on); -0.0 sorts before +0.0.
template <class = void>  // instantiated only where called
void radix_sort(std::vector<double>& v) {
    if (v.size() < 2) {
        return;
    }
    if (v.size() < msd_radix_sort_min_size) {
        radix_sort_counted<std::uint32_t>(v);
        return;
    }
    const auto [lo, hi] = radix_key_range(v);
    msd_radix_sort(v, lo, hi);
}

/// `radix_sort` when the smallest and largest value are known (no NaN): skips the pass
/// that finds them. A zero bound also covers -0.0 (whose key is below +0.0's).
template <class = void>  // instantiated only where called
void radix_sort(std::vector<double>& v, double lo, double hi) {
    if (v.size() < msd_radix_sort_min_size) {
        radix_sort(v);
        return;
    }
    msd_radix_sort(v, radix_key(lo == 0.0 ? -0.0 : lo), radix_key(hi == 0.0 ? 0.0 : hi));
}

/// A buffer of `T` that keeps its memory between uses and is not value-initialised:
/// `get(n)` returns room for n values, reallocating only when n exceeds what it holds.
/// On these machines touching fresh memory costs more than sorting it, so scratch that is
/// reused across calls is what makes repeated sorts of large data fast.
template <class T>
class scratch_buffer {
public:
    [[nodiscard]] T* get(std::size_t n) {
        if (n > size_) {
            data_.reset();
            size_ = 0;
            data_.reset(new T[n]);  // default-initialised: written before read
            size_ = n;
        }
        return data_.get();
    }
    [[nodiscard]] std::size_t bytes() const noexcept { return size_ * sizeof(T); }
    void release() noexcept {
        data_.reset();
        size_ = 0;
    }

private:
    std::unique_ptr<T[]> data_;
    std::size_t size_ = 0;
};

/// Scratch for sorting the buckets of a most-significant-digit pass in place: the other
/// buffer of the LSD passes (as large as the largest bucket sorted) and their histograms.
struct bucket_scratch {
    scratch_buffer<double> other;
    std::vector<std::uint32_t> count;
    std::vector<std::uint32_t> lsd_count;

    [[nodiscard]] std::size_t bytes() const noexcept {
        return other.bytes() + (count.capacity() + lsd_count.capacity()) * sizeof(std::uint32_t);
    }
    void release() noexcept {
        other.release();
        std::vector<std::uint32_t>().swap(count);
        std::vector<std::uint32_t>().swap(lsd_count);
    }
};

/// Insertion sort of the `n` values at `a`: the fastest for the handful of values a
/// bucket of `sort_bucket_in_place` holds.
inline void insertion_sort(double* a, std::size_t n) noexcept {
    for (std::size_t i = 1; i < n; ++i) {
        const double v = a[i];
        std::size_t j = i;
        for (; j > 0 && v < a[j - 1]; --j) {
            a[j] = a[j - 1];
        }
        a[j] = v;
    }
}

/// Buckets of `sort_bucket_in_place` up to this size are insertion-sorted.
inline constexpr std::size_t insertion_sort_max = 24;

/// Sorts the `n` values at `a` (no NaN, n < 2^32) in place, in cache: std::sort below
/// `msd_bucket_std_sort_below` values; otherwise one more most-significant-digit pass on
/// the keys relative to the smallest (bit_width(n) - 3 bits, clamped to [4, 14], so about
/// 8 values per sub-bucket) into `s.other`, and each sub-bucket copied back and
/// insertion-sorted (std::sort, or the LSD passes for large ones, when values cluster).
/// Two passes over the bucket instead of four or five LSD passes for its 40-odd bits.
template <class = void>  // instantiated only where called
void sort_bucket_in_place(double* a, std::size_t n, bucket_scratch& s) {
    if (n < msd_bucket_std_sort_below) {
        std::sort(a, a + n);
        return;
    }
    std::uint64_t lo = radix_key(a[0]);
    std::uint64_t hi = lo;
    for (std::size_t i = 1; i < n; ++i) {
        const std::uint64_t k = radix_key(a[i]);
        lo = k < lo ? k : lo;
        hi = k > hi ? k : hi;
    }
    const int width = static_cast<int>(std::bit_width(hi - lo));
    if (width == 0) {
        return;
    }
    const int bits = std::clamp(static_cast<int>(std::bit_width(n)) - 3, 1, std::min(14, width));
    const int shift = width - bits;
    const std::size_t buckets = std::size_t{1} << bits;
    s.count.assign(buckets + 1, 0);
    std::uint32_t* const c = s.count.data();
    for (std::size_t i = 0; i < n; ++i) {
        ++c[((radix_key(a[i]) - lo) >> shift) + 1];
    }
    for (std::size_t d = 0; d < buckets; ++d) {
        c[d + 1] += c[d];
    }
    double* const b = s.other.get(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double x = a[i];
        b[c[(radix_key(x) - lo) >> shift]++] = x;
    }
    // c[d] is now the end of sub-bucket d (the start of d + 1).
    std::copy(b, b + n, a);
    std::size_t from = 0;
    for (std::size_t d = 0; d < buckets; ++d) {
        const std::size_t to = c[d];
        const std::size_t size = to - from;
        if (size > 1) {
            if (size <= insertion_sort_max) {
                insertion_sort(a + from, size);
            } else if (size < radix_sort_min_size) {
                std::sort(a + from, a + to);
            } else {
                // Clustered values: the LSD passes, into the tail of `other` beyond what
                // this bucket has used (b holds the same values; it is scratch now).
                const double* sorted = lsd_radix_passes(b + from, a + from, size, lo + (static_cast<std::uint64_t>(d) << shift),
                                                        std::max(shift, 1), 4, s.lsd_count);
                if (sorted != a + from) {
                    std::copy(sorted, sorted + size, a + from);
                }
            }
        }
        from = to;
    }
}

/// Width in bits of the first digit of `direct_msd_digit`: the 11 exponent bits of a
/// non-negative double and its top m mantissa bits, m = bit_width(n) - 16 clamped to
/// [3, 10], so that a binade holding a quarter of the data splits into buckets of about
/// 2^12 values (11 + 8 bits at 10^7 values). The digit needs no pass over the data first:
/// the histogram is taken while the values are validated.
[[nodiscard]] constexpr int direct_msd_bits(std::size_t n) noexcept {
    return 11 + std::clamp(static_cast<int>(std::bit_width(n)) - 16, 3, 10);
}

/// The first digit of a non-negative double (no NaN, no -0.0) for `direct_msd_bits` =
/// `bits`: its top bits after the (zero) sign bit. Ascending values have ascending digits.
[[nodiscard]] constexpr std::size_t direct_msd_digit(double v, int bits) noexcept {
    return static_cast<std::size_t>(std::bit_cast<std::uint64_t>(v) >> (63 - bits));
}

/// A direct MSD histogram is used unless its largest bucket exceeds this share of the
/// data (1/8) and 2^16 values: data packed into a narrow range (10^7 values in [1000,
/// 1001) fall into one bucket) is bucketed again on keys relative to the smallest.
[[nodiscard]] constexpr bool direct_msd_buckets_fit(std::size_t n, std::size_t largest) noexcept {
    return largest <= std::max(n / 8, std::size_t{1} << 16);
}

/// Counting sort of integer values in [lo, lo + span), held as an integer type `T` or as
/// doubles that hold integers: one pass over `in` to count, then `out` is written once,
/// ascending, as doubles (value lo + k converted as the caller's values are). `span` is
/// small (the caller checks `counting_sort_fits`), so the counts stay in cache. `out` may
/// be `in` itself: every value is counted before anything is written.
template <std::ranges::input_range R, class T>
void counting_sort_to(R&& in, T lo, std::size_t span, std::vector<double>& out) {
    std::vector<std::size_t> count(span, 0);
    for (auto&& x : in) {
        ++count[static_cast<std::size_t>(x - lo)];
    }
    out.clear();
    for (std::size_t k = 0; k < span; ++k) {
        // lo + k lies in [lo, hi], so it is exact in T.
        out.insert(out.end(), count[k], static_cast<double>(static_cast<T>(lo + static_cast<T>(k))));
    }
}

/// Whether a counting sort pays for integer data spanning `span` distinct slots:
/// the counts must stay small next to the data and fit in the cache.
[[nodiscard]] constexpr bool counting_sort_fits(std::size_t n, double span) noexcept {
    constexpr double cache_slots = 1 << 16;
    return span <= cache_slots && span <= static_cast<double>(n);
}

/// Sorts `v` ascending with the cheapest exact method (see the file comment).
/// `integral` says the values were converted from an integer type; `lo` and `hi` are the
/// smallest and largest value. No NaN allowed.
template <class = void>  // instantiated only where called
void sort_values(std::vector<double>& v, bool integral, double lo, double hi) {
    const std::size_t n = v.size();
    if (n < radix_sort_min_size) {
        std::sort(v.begin(), v.end());
        return;
    }
    if (integral) {
        const double span = hi - lo + 1.0;
        if (counting_sort_fits(n, span)) {
            counting_sort_to(v, lo, static_cast<std::size_t>(span), v);
            return;
        }
    }
    radix_sort(v, lo, hi);
}

}  // namespace ineq::detail

#endif
