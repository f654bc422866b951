// The sorts behind the share-based measures (include/ineq/detail/sort.hpp) against the
// reference, std::sort, on random data with duplicates, zeros, subnormals and huge values:
// the sequences must be bitwise equal (the library's results must not depend on the method).
#include <ineq/detail/shares.hpp>
#include <ineq/detail/sort.hpp>
#include <ineq/measures/gini.hpp>
#include <ineq/measures/gini_threads.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

namespace {

bool bitwise_equal(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::bit_cast<std::uint64_t>(a[i]) != std::bit_cast<std::uint64_t>(b[i])) {
            return false;
        }
    }
    return true;
}

/// Non-negative doubles of every kind: duplicates, zeros, subnormals, DBL_MAX, the
/// smallest normal, integers, and spread exponents.
std::vector<double> awkward_doubles(std::size_t n, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> kind(0, 9);
    std::uniform_int_distribution<std::uint64_t> any_bits(0, 0x7FEF'FFFF'FFFF'FFFFull);
    std::lognormal_distribution<double> lognormal(0.0, 2.0);
    std::uniform_int_distribution<int> small(0, 20);
    const double specials[] = {0.0,
                               std::numeric_limits<double>::denorm_min(),
                               std::numeric_limits<double>::min(),
                               std::numeric_limits<double>::max(),
                               1.0,
                               0.5,
                               1e300};
    std::vector<double> x(n);
    for (auto& v : x) {
        switch (kind(rng)) {
            case 0: v = specials[std::uniform_int_distribution<std::size_t>(0, 6)(rng)]; break;
            case 1:  // subnormal
                v = std::bit_cast<double>(any_bits(rng) & 0x000F'FFFF'FFFF'FFFFull);
                break;
            case 2:
            case 3: v = std::bit_cast<double>(any_bits(rng)); break;  // any finite positive
            case 4:
            case 5: v = static_cast<double>(small(rng)); break;  // many duplicates
            default: v = lognormal(rng); break;
        }
    }
    return x;
}

std::vector<double> std_sorted(std::vector<double> x) {
    std::sort(x.begin(), x.end());
    return x;
}

}  // namespace

TEST_CASE("radix_key preserves the order of doubles") {
    const double ordered[] = {-std::numeric_limits<double>::max(), -1e10, -1.0, -1e-310, -0.0,
                              0.0, 1e-310, std::numeric_limits<double>::min(), 1.0, 2.0,
                              std::numeric_limits<double>::max()};
    for (std::size_t i = 0; i + 1 < std::size(ordered); ++i) {
        CHECK(ineq::detail::radix_key(ordered[i]) < ineq::detail::radix_key(ordered[i + 1]));
    }
}

TEST_CASE("radix_sort equals std::sort on awkward non-negative doubles") {
    for (const std::size_t n : {0u, 1u, 2u, 3u, 100u, 4095u, 4096u, 100'000u}) {
        for (const std::uint64_t seed : {1u, 2u, 3u}) {
            auto x = awkward_doubles(n, seed + n);
            const auto expected = std_sorted(x);
            ineq::detail::radix_sort(x);
            CHECK(bitwise_equal(x, expected));
        }
    }
}

TEST_CASE("radix_sort equals std::sort with the wide digits of large inputs") {
    // 2^21 values: the MSD pass, then in-cache LSD passes per bucket.
    auto x = awkward_doubles(std::size_t{1} << 21, 123);
    const auto expected = std_sorted(x);
    ineq::detail::radix_sort(x);
    CHECK(bitwise_equal(x, expected));
}

TEST_CASE("radix_sort's MSD path equals std::sort on skewed, clustered and repeated data") {
    // From msd_radix_sort_min_size values on, one MSD pass buckets the values before the
    // in-cache LSD passes: buckets of every size occur here (empty, below the std::sort
    // cut-off, and one bucket holding almost everything).
    const std::size_t n = ineq::detail::msd_radix_sort_min_size;
    std::mt19937_64 rng(2024);
    std::lognormal_distribution<double> skewed(0.0, 3.0);
    std::uniform_int_distribution<int> few(0, 9);
    std::normal_distribution<double> near_one(1.0, 1e-9);
    std::normal_distribution<double> near_big(1e12, 1.0);
    std::uniform_int_distribution<int> coin(0, 1);
    std::vector<std::vector<double>> cases(6, std::vector<double>(n));
    for (std::size_t i = 0; i < n; ++i) {
        cases[0][i] = skewed(rng);                                   // heavy right tail
        cases[1][i] = static_cast<double>(few(rng)) * 0.1;           // ten distinct values
        cases[2][i] = 2.5;                                           // all equal
        cases[3][i] = coin(rng) != 0 ? near_one(rng) : near_big(rng);  // two tight clusters
        cases[4][i] = i % 1000 == 0 ? 1e300 : skewed(rng);  // one outlier binade: one fat bucket
        cases[5][i] = near_one(rng) - 1.0;                  // both signs, tiny magnitudes
    }
    cases[5][7] = 0.0;
    cases[5][8] = 0.0;
    for (auto& x : cases) {
        const auto expected = std_sorted(x);
        ineq::detail::radix_sort(x);
        CHECK(bitwise_equal(x, expected));
    }
    // The same through the measures' entry point (validated copy, then sort_values).
    auto& skew = cases[0];
    std::shuffle(skew.begin(), skew.end(), rng);
    const auto sorted = ineq::detail::sorted_copy_for_shares(skew, "test");
    CHECK(bitwise_equal(sorted.values, std_sorted(skew)));
}

TEST_CASE("radix_sort orders negative values and puts -0.0 before +0.0") {
    std::mt19937_64 rng(7);
    std::normal_distribution<double> normal(0.0, 1e3);
    std::vector<double> x(5000);
    for (auto& v : x) {
        v = normal(rng);
    }
    x[10] = 0.0;
    x[20] = -0.0;
    x[30] = -std::numeric_limits<double>::max();
    auto expected = x;
    std::sort(expected.begin(), expected.end());
    ineq::detail::radix_sort(x);
    CHECK(x == expected);  // equal as values (-0.0 == 0.0)
    const auto zero = std::find(x.begin(), x.end(), 0.0);
    REQUIRE(zero != x.end());
    CHECK(std::signbit(*zero));
    CHECK_FALSE(std::signbit(*(zero + 1)));
}

TEST_CASE("radix_sort on data whose digits are all equal in some passes") {
    // Integers stored as doubles: the low mantissa digits are zero for every value, so
    // those passes are skipped; an odd number of performed passes must still end in `v`.
    for (const int top : {1, 3, 1000, 1 << 20}) {
        std::mt19937_64 rng(static_cast<std::uint64_t>(top));
        std::uniform_int_distribution<int> dist(0, top);
        std::vector<double> x(3000);
        for (auto& v : x) {
            v = dist(rng);
        }
        const auto expected = std_sorted(x);
        ineq::detail::radix_sort(x);
        CHECK(bitwise_equal(x, expected));
    }
    std::vector<double> same(2000, 3.25);
    ineq::detail::radix_sort(same);
    CHECK(same == std::vector<double>(2000, 3.25));
}

TEST_CASE("counting sort through sort_values equals std::sort on integer counts") {
    std::mt19937_64 rng(11);
    std::poisson_distribution<int> poisson(4.0);
    std::geometric_distribution<int> geometric(0.05);
    for (const std::size_t n : {600u, 5000u, 70'000u}) {
        std::vector<double> p(n);
        std::vector<double> g(n);
        for (std::size_t i = 0; i < n; ++i) {
            p[i] = poisson(rng);
            g[i] = 1e6 + geometric(rng);  // offset: the counts start at lo, not at zero
        }
        for (auto* x : {&p, &g}) {
            const auto expected = std_sorted(*x);
            const double lo = expected.front();
            const double hi = expected.back();
            REQUIRE(ineq::detail::counting_sort_fits(x->size(), hi - lo + 1.0));
            ineq::detail::sort_values(*x, true, lo, hi);
            CHECK(bitwise_equal(*x, expected));
        }
    }
    CHECK_FALSE(ineq::detail::counting_sort_fits(1000, 1e9));
    CHECK_FALSE(ineq::detail::counting_sort_fits(100, 1000.0));
}

TEST_CASE("sorted_copy_for_shares equals std::sort of the converted values, for every type") {
    const auto check_range = [](const auto& x) {
        std::vector<double> expected;
        for (const auto v : x) {
            expected.push_back(static_cast<double>(v));
        }
        std::sort(expected.begin(), expected.end());
        const auto s = ineq::detail::sorted_copy_for_shares(x, "test");
        INFO("n = ", x.size(), ", value size = ", sizeof(x[0]));
        CHECK(bitwise_equal(s.values, expected));
    };
    std::mt19937_64 rng(5);
    for (const std::size_t n : {5u, 700u, 5000u, 20'000u}) {
        // Capped so that the total stays finite (an overflowing total is stored rescaled).
        auto d = awkward_doubles(n, 40 + n);
        for (auto& v : d) {
            v = std::min(v, 1e300);
        }
        check_range(d);
        std::vector<std::uint8_t> bytes(n);
        std::vector<int> wide(n);
        std::vector<std::int64_t> huge(n);
        std::vector<float> floats(n);
        std::uniform_int_distribution<std::int64_t> big(
            0, std::numeric_limits<std::int64_t>::max());
        std::uniform_int_distribution<int> any_int(0, std::numeric_limits<int>::max());
        std::lognormal_distribution<float> lf(0.0f, 3.0f);
        for (std::size_t i = 0; i < n; ++i) {
            bytes[i] = static_cast<std::uint8_t>(rng());
            wide[i] = any_int(rng);
            huge[i] = big(rng);
            floats[i] = lf(rng);
        }
        check_range(bytes);
        check_range(wide);
        check_range(huge);
        check_range(floats);
    }
}

TEST_CASE("the counting sort writes each value as the caller's value converts") {
    // 64-bit counts of small span far above 2^53: lo + k is formed in the integer type and
    // then converted, so the copy equals std::sort of the converted values (several counts
    // round to one double there).
    std::mt19937_64 rng(17);
    std::vector<std::int64_t> big(6000);
    for (auto& v : big) {
        v = (std::int64_t{1} << 62) + static_cast<std::int64_t>(rng() % 300);
    }
    std::vector<double> expected(big.begin(), big.end());
    std::sort(expected.begin(), expected.end());
    const auto s = ineq::detail::sorted_copy_for_shares(big, "test");
    CHECK(bitwise_equal(s.values, expected));
    // The same counting sort in place over doubles that hold integers.
    std::vector<double> d(5000);
    for (auto& v : d) {
        v = 40.0 + static_cast<double>(rng() % 1000);
    }
    auto sorted = d;
    std::sort(sorted.begin(), sorted.end());
    ineq::detail::counting_sort_to(d, 40.0, 1000, d);
    CHECK(bitwise_equal(d, sorted));
}

TEST_CASE("sorted_copy_for_shares stores -0.0 as +0.0") {
    std::vector<double> x(1000, 1.0);
    x[3] = -0.0;
    x[500] = 0.0;
    const auto s = ineq::detail::sorted_copy_for_shares(x, "test");
    CHECK_FALSE(std::signbit(s.values[0]));
    CHECK_FALSE(std::signbit(s.values[1]));
    CHECK(s.values[2] == 1.0);
}

TEST_CASE("gini is the same whichever sort runs") {
    // gini_in_place sorts with std::sort and sums with the same code, so the results must
    // agree bit for bit with gini (radix or counting sort above the threshold).
    for (const std::size_t n : {100u, 1000u, 50'000u}) {
        auto d = awkward_doubles(n, 99 + n);
        for (auto& v : d) {
            v = std::min(v, 1e300);  // keep the total finite so that no rescaling happens
        }
        const double g = ineq::gini(d);
        CHECK(std::bit_cast<std::uint64_t>(g) ==
              std::bit_cast<std::uint64_t>(ineq::gini_in_place(d)));

        std::mt19937_64 rng(n);
        std::poisson_distribution<int> poisson(2.0);
        std::vector<int> counts(n);
        for (auto& v : counts) {
            v = poisson(rng);
        }
        counts[0] = 1;  // a positive total
        const double gc = ineq::gini(counts);
        CHECK(std::bit_cast<std::uint64_t>(gc) ==
              std::bit_cast<std::uint64_t>(ineq::gini_in_place(counts)));
    }
}

TEST_CASE("the validated copy still rejects bad values with their index") {
    std::vector<double> x(2000, 1.0);
    x[1500] = std::numeric_limits<double>::quiet_NaN();
    CHECK_THROWS_WITH_AS((void)ineq::detail::sorted_copy_for_shares(x, "gini"),
                         doctest::Contains("index 1500"), ineq::domain_error);
    x[1500] = -1.0;
    CHECK_THROWS_WITH_AS((void)ineq::detail::sorted_copy_for_shares(x, "gini"),
                         doctest::Contains("non-negative"), ineq::domain_error);
    std::vector<int> counts(5000, 2);  // the integer path counts straight from the range
    counts[4000] = -3;
    CHECK_THROWS_WITH_AS((void)ineq::detail::sorted_copy_for_shares(counts, "gini"),
                         doctest::Contains("index 4000"), ineq::domain_error);
    x[1500] = std::numeric_limits<double>::infinity();
    CHECK_THROWS_WITH_AS((void)ineq::detail::sorted_copy_for_shares(x, "gini"),
                         doctest::Contains("finite"), ineq::domain_error);
}

TEST_CASE("sort_bucket_in_place equals std::sort on awkward, clustered and repeated buckets") {
    ineq::detail::bucket_scratch scratch;  // reused across buckets of every size, as in gini
    std::mt19937_64 rng(7);
    std::normal_distribution<double> near_one(1.0, 1e-12);
    for (const std::size_t n : {1u, 2u, 255u, 256u, 3000u, 20'000u, 70'000u}) {
        std::vector<std::vector<double>> cases{awkward_doubles(n, 5 + n), std::vector<double>(n, 3.0),
                                               std::vector<double>(n)};
        for (std::size_t i = 0; i < n; ++i) {
            // Two values far apart and a tight cluster: most sub-buckets empty, one fat.
            cases[2][i] = i % 3 == 0 ? 1e10 : near_one(rng);
        }
        for (auto& x : cases) {
            const auto expected = std_sorted(x);
            ineq::detail::sort_bucket_in_place(x.data(), x.size(), scratch);
            CHECK(bitwise_equal(x, expected));
        }
    }
}

TEST_CASE("gini's scratch path (2^18 values on) equals the std::sort path bit for bit") {
    // gini_in_place sorts with std::sort and sums with the shared code: the reference.
    // Cases: the direct MSD digit (lognormal), data packed into one binade (the relative
    // digit takes over), few distinct values, a fat outlier binade, awkward values of
    // every kind (subnormals, zeros, 1e300; total kept finite), and all equal.
    const std::size_t n = ineq::detail::msd_radix_sort_min_size + 17;
    std::mt19937_64 rng(2026);
    std::lognormal_distribution<double> skewed(0.0, 3.0);
    std::uniform_real_distribution<double> packed(1000.0, 1001.0);
    std::uniform_int_distribution<int> few(0, 9);
    std::vector<std::vector<double>> cases(6, std::vector<double>(n));
    for (std::size_t i = 0; i < n; ++i) {
        cases[0][i] = skewed(rng);
        cases[1][i] = packed(rng);
        cases[2][i] = static_cast<double>(few(rng)) * 0.1;
        cases[3][i] = i % 1000 == 0 ? 1e300 : skewed(rng);
        cases[5][i] = 0.25;
    }
    cases[4] = awkward_doubles(n, 11);
    for (auto& v : cases[4]) {
        v = std::min(v, 1e290);
    }
    ineq::gini_workspace ws;
    for (const auto& x : cases) {
        auto copy = x;
        const auto expected = std::bit_cast<std::uint64_t>(ineq::gini_in_place(copy));
        CHECK(std::bit_cast<std::uint64_t>(ineq::gini(x)) == expected);
        CHECK(std::bit_cast<std::uint64_t>(ineq::gini(x, ws)) == expected);
        for (const unsigned t : {2U, 3U}) {
            CHECK(std::bit_cast<std::uint64_t>(ineq::gini(x, ws, t)) == expected);
        }
    }
}

TEST_CASE("gini's scratch path: totals that overflow or are tiny take the rescaled path") {
    const std::size_t n = ineq::detail::msd_radix_sort_min_size;
    std::mt19937_64 rng(3);
    std::lognormal_distribution<double> skewed(0.0, 1.0);
    std::vector<double> huge(n);
    std::vector<double> tiny(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double v = skewed(rng);
        huge[i] = v * 1e305;  // the total overflows
        tiny[i] = v * 1e-310;  // subnormal values, total below 2^-400
    }
    for (auto* x : {&huge, &tiny}) {
        auto copy = *x;
        CHECK(std::bit_cast<std::uint64_t>(ineq::gini(*x)) ==
              std::bit_cast<std::uint64_t>(ineq::gini_in_place(copy)));
        CHECK(std::bit_cast<std::uint64_t>(ineq::gini(*x, 2U)) ==
              std::bit_cast<std::uint64_t>(ineq::gini_in_place(copy)));
    }
}

TEST_CASE("gini's scratch path rejects the first bad value, whichever thread reads it") {
    std::vector<double> x(ineq::detail::msd_radix_sort_min_size * 2, 1.0);
    x[400'000] = std::numeric_limits<double>::quiet_NaN();  // in the last block of 2 or 3 threads
    x[100'000] = -2.0;                                      // in the first block
    for (const unsigned t : {1U, 2U, 3U}) {
        CHECK_THROWS_WITH_AS((void)ineq::gini(x, t), doctest::Contains("non-negative (index 100000"),
                             ineq::domain_error);
    }
    x[100'000] = 1.0;
    for (const unsigned t : {1U, 2U, 3U}) {
        CHECK_THROWS_WITH_AS((void)ineq::gini(x, t), doctest::Contains("finite (index 400000"),
                             ineq::domain_error);
    }
    std::fill(x.begin(), x.end(), 0.0);
    CHECK_THROWS_WITH_AS((void)ineq::gini(x, 2U), doctest::Contains("the total must be positive"),
                         ineq::domain_error);
}
