#ifndef INEQ_DETAIL_RANDOM_HPP
#define INEQ_DETAIL_RANDOM_HPP

/// \file
/// Counter-based random streams for permutation inference. A stream is named by
/// (seed, stream id), so the draws of permutation r, or of observation i, are the same
/// whichever thread runs them and whatever ran before: results depend on the seed only.
/// Not part of the public API.

#include <cstddef>
#include <cstdint>
#include <span>

namespace ineq::detail {

__extension__ using uint128 = unsigned __int128;  // GCC and Clang; silences -Wpedantic

/// SplitMix64's finaliser: a bijective 64-bit mixer with full avalanche.
[[nodiscard]] constexpr std::uint64_t mix64(std::uint64_t z) noexcept {
    z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31U);
}

/// xoshiro256** seeded from (seed, stream) through SplitMix64: a small, fast engine with
/// 2^256 − 1 period, independent streams for distinct stream ids in practice.
class stream_engine {
public:
    using result_type = std::uint64_t;

    constexpr stream_engine(std::uint64_t seed, std::uint64_t stream) noexcept {
        std::uint64_t x = mix64(seed ^ 0x6a09e667f3bcc909ULL) ^ mix64(stream + 0x9e3779b97f4a7c15ULL);
        for (auto& word : s_) {
            x += 0x9e3779b97f4a7c15ULL;
            word = mix64(x);
        }
    }

    [[nodiscard]] static constexpr result_type min() noexcept { return 0; }
    [[nodiscard]] static constexpr result_type max() noexcept { return ~result_type{0}; }

    constexpr result_type operator()() noexcept {
        const std::uint64_t result = rotl(s_[1] * 5U, 7) * 9U;
        const std::uint64_t t = s_[1] << 17U;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }

    /// Uniform integer in [0, n), n ≥ 1, without modulo bias (Lemire's multiply-shift with
    /// rejection); the same on every platform.
    constexpr std::uint64_t below(std::uint64_t n) noexcept {
        uint128 m = static_cast<uint128>((*this)()) * n;
        auto low = static_cast<std::uint64_t>(m);
        if (low < n) {
            const std::uint64_t threshold = (0 - n) % n;
            while (low < threshold) {
                m = static_cast<uint128>((*this)()) * n;
                low = static_cast<std::uint64_t>(m);
            }
        }
        return static_cast<std::uint64_t>(m >> 64U);
    }

    /// Uniform double in [0, 1) with 53 random bits.
    constexpr double uniform() noexcept {
        return static_cast<double>((*this)() >> 11U) * 0x1.0p-53;
    }

private:
    [[nodiscard]] static constexpr std::uint64_t rotl(std::uint64_t x, int k) noexcept {
        return (x << static_cast<unsigned>(k)) | (x >> static_cast<unsigned>(64 - k));
    }
    std::uint64_t s_[4]{};
};

/// The first k entries of a uniformly random k-subset of `pool`, in random order, by a
/// partial Fisher–Yates shuffle of `pool` in place (the rest of `pool` stays a permutation
/// of the remaining entries, so the pool can be reused without resetting).
template <class T>
constexpr void partial_shuffle(std::span<T> pool, std::size_t k, stream_engine& engine) noexcept {
    const std::size_t n = pool.size();
    for (std::size_t i = 0; i < k && i + 1 < n; ++i) {
        const std::size_t j = i + static_cast<std::size_t>(engine.below(n - i));
        T tmp = pool[i];
        pool[i] = pool[j];
        pool[j] = tmp;
    }
}

}  // namespace ineq::detail

#endif  // INEQ_DETAIL_RANDOM_HPP
