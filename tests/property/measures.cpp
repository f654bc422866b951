// Property tests of the foundation measures: seeded random data, thousands of cases per
// property. Each property is a theorem about the exact measure; the tolerances only
// absorb floating-point rounding. Independent reference: the Gini as the mean absolute
// difference over twice the mean, sum_ij |xi - xj| / (2 n^2 mean), computed here in
// long double, which shares no code with the library's sorted-shares formula.
#include <ineq/measures/dispersion.hpp>
#include <ineq/measures/gini.hpp>
#include <ineq/measures/lorenz.hpp>
#include <ineq/measures/summary.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

namespace {

constexpr int cases = 3000;

/// Random non-negative data with a positive total: sizes 1..40, a mix of shapes
/// (uniform, heavy-tailed, many ties and zeros, one dominant unit).
class generator {
public:
    explicit generator(std::uint64_t seed) : rng_(seed) {}

    std::vector<double> doubles() {
        const std::size_t n = size();
        std::vector<double> x(n);
        switch (pick(4)) {
            case 0:
                for (auto& v : x) v = std::uniform_real_distribution<double>(0.0, 1000.0)(rng_);
                break;
            case 1:
                for (auto& v : x) v = std::exp(std::normal_distribution<double>(0.0, 3.0)(rng_));
                break;
            case 2:
                for (auto& v : x) v = static_cast<double>(pick(4));  // ties and zeros
                break;
            default:
                for (auto& v : x) v = static_cast<double>(pick(3));
                x[pick(n)] = 1e6;
                break;
        }
        if (std::all_of(x.begin(), x.end(), [](double v) { return v == 0.0; })) x[0] = 1.0;
        return x;
    }

    /// Integers 0..999 with a positive total (exact arithmetic in the transfers).
    std::vector<std::int64_t> integers() {
        std::vector<std::int64_t> x(size());
        for (auto& v : x) v = static_cast<std::int64_t>(pick(1000));
        if (std::all_of(x.begin(), x.end(), [](std::int64_t v) { return v == 0; })) x[0] = 1;
        return x;
    }

    std::size_t size() { return 1 + pick(40); }
    std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }
    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng_); }
    std::mt19937_64& engine() { return rng_; }

private:
    std::mt19937_64 rng_;
};

template <class T>
long double mean_difference_gini(const std::vector<T>& x) {
    long double num = 0.0L;
    long double total = 0.0L;
    for (const T a : x) {
        total += static_cast<long double>(a);
        for (const T b : x) num += std::fabs(static_cast<long double>(a) - static_cast<long double>(b));
    }
    const auto n = static_cast<long double>(x.size());
    return num / (2.0L * n * total);
}

bool close(double a, double b, double rel = 1e-12, double abs = 1e-14) {
    return std::abs(a - b) <= abs + rel * std::max(std::abs(a), std::abs(b));
}

}  // namespace

TEST_CASE("gini agrees with the mean-absolute-difference formula") {
    generator g(1);
    for (int c = 0; c < cases; ++c) {
        const auto x = g.doubles();
        const double expected = static_cast<double>(mean_difference_gini(x));
        const double got = ineq::gini(x);
        INFO("n = " << x.size() << ", case " << c);
        CHECK(close(got, expected, 1e-11, 1e-13));
    }
}

TEST_CASE("bounds: 0 <= gini <= 1 - 1/n, 0 <= corrected gini <= 1, sd >= 0, range >= 0") {
    generator g(2);
    for (int c = 0; c < cases; ++c) {
        const auto x = g.doubles();
        const auto n = static_cast<double>(x.size());
        const double gi = ineq::gini(x);
        CHECK(gi >= 0.0);
        CHECK(gi <= 1.0 - 1.0 / n);
        CHECK(ineq::range(x) >= 0.0);
        CHECK(ineq::population_sd(x) >= 0.0);
        if (x.size() >= 2) {
            const double cg = ineq::corrected_gini(x);
            CHECK(cg >= 0.0);
            CHECK(cg <= 1.0);
            CHECK(ineq::sample_sd(x) >= 0.0);
            CHECK(ineq::cv(x) >= 0.0);
        }
    }
    // The bounds are attained: equal values give 0, one unit holding all gives 1 - 1/n.
    for (std::size_t n = 1; n <= 64; ++n) {
        std::vector<double> equal(n, 7.0);
        std::vector<double> tenth(n, 0.1);  // inexact: the sums alone left 2e-16 for n = 13
        std::vector<double> big(n, 4340410370284600380.0);  // n = 6 left 2e-16
        std::vector<double> one(n, 0.0);
        one[n / 2] = 3.0;
        CHECK(ineq::gini(equal) == 0.0);
        CHECK(ineq::gini(tenth) == 0.0);
        CHECK(ineq::gini_sorted(tenth) == 0.0);
        CHECK(ineq::gini(big) == 0.0);
        CHECK(ineq::gini_sorted(big) == 0.0);
        CHECK(ineq::gini_in_place(big) == 0.0);
        if (n >= 2) CHECK(ineq::summarize(tenth).gini == 0.0);
        CHECK(ineq::gini(one) == doctest::Approx(1.0 - 1.0 / static_cast<double>(n)).epsilon(1e-15));
    }
}

TEST_CASE("permutation invariance") {
    generator g(3);
    for (int c = 0; c < cases; ++c) {
        const auto x = g.doubles();
        auto y = x;
        std::shuffle(y.begin(), y.end(), g.engine());
        CHECK(ineq::gini(y) == ineq::gini(x));  // sorted copies are identical
        CHECK(ineq::cumulative_shares(y) == ineq::cumulative_shares(x));
        CHECK(close(ineq::mean(y), ineq::mean(x)));
        CHECK(close(ineq::population_sd(y), ineq::population_sd(x), 1e-12, 1e-12));
        CHECK(ineq::range(y) == ineq::range(x));
        if (x.size() >= 2) {
            CHECK(close(ineq::cv(y), ineq::cv(x), 1e-12, 1e-12));
        }
    }
}

TEST_CASE("scale invariance of gini, cv and shares; sd scales with the data") {
    generator g(4);
    for (int c = 0; c < cases; ++c) {
        const auto x = g.doubles();
        const double k = std::pow(10.0, g.uniform(-6.0, 6.0));
        std::vector<double> y(x);
        for (auto& v : y) v *= k;
        CHECK(close(ineq::gini(y), ineq::gini(x), 1e-12, 1e-14));
        const auto wx = ineq::cumulative_shares(x);
        const auto wy = ineq::cumulative_shares(y);
        for (std::size_t i = 0; i < wx.size(); ++i) CHECK(close(wy[i], wx[i], 1e-12, 1e-14));
        if (x.size() >= 2) {
            CHECK(close(ineq::cv(y), ineq::cv(x), 1e-11, 1e-13));
            // Not invariant: the sd is equivariant, sd(kx) = k sd(x).
            CHECK(close(ineq::sample_sd(y), k * ineq::sample_sd(x), 1e-11, 1e-300));
        }
        // A power-of-two scale is exact.
        std::vector<double> z(x);
        for (auto& v : z) v *= 0x1p-40;
        CHECK(ineq::gini(z) == ineq::gini(x));
    }
}

TEST_CASE("replication invariance: x repeated k times has the Gini and cv of x") {
    generator g(5);
    for (int c = 0; c < cases; ++c) {
        const auto x = g.doubles();
        const std::size_t k = 2 + g.pick(5);
        std::vector<double> y;
        for (std::size_t r = 0; r < k; ++r) y.insert(y.end(), x.begin(), x.end());
        CHECK(close(ineq::gini(y), ineq::gini(x), 1e-12, 1e-14));
        CHECK(close(ineq::population_cv(y), ineq::population_cv(x), 1e-11, 1e-13));
        CHECK(close(ineq::mean(y), ineq::mean(x), 1e-13));
    }
}

TEST_CASE("Pigou-Dalton: an order-preserving transfer from richer to poorer lowers gini and cv strictly") {
    generator g(6);
    int transfers = 0;
    for (int c = 0; c < cases; ++c) {
        auto x = g.integers();
        std::sort(x.begin(), x.end());
        if (x.front() == x.back()) continue;
        // i: the last unit of some value group; j: the first unit of a larger group.
        std::size_t i = g.pick(x.size());
        while (i + 1 < x.size() && x[i + 1] == x[i]) ++i;
        if (i + 1 >= x.size()) continue;
        std::size_t j = i + 1 + g.pick(x.size() - i - 1);
        while (j > i + 1 && x[j - 1] == x[j]) --j;
        // Largest transfer that keeps the order: up to the neighbouring gaps, and at
        // most half the difference when the two are adjacent.
        std::int64_t limit = j == i + 1 ? (x[j] - x[i]) / 2
                                        : std::min(x[i + 1] - x[i], x[j] - x[j - 1]);
        if (limit < 1) continue;
        const std::int64_t d = 1 + static_cast<std::int64_t>(g.pick(static_cast<std::size_t>(limit)));
        auto y = x;
        y[i] += d;
        y[j] -= d;
        REQUIRE(std::is_sorted(y.begin(), y.end()));
        INFO("case " << c << ", transfer " << d << " from index " << j << " to " << i);
        CHECK(ineq::gini(y) < ineq::gini(x));
        CHECK(ineq::gini_sorted(y) < ineq::gini_sorted(x));
        CHECK(ineq::population_cv(y) < ineq::population_cv(x));
        if (x.size() >= 2) CHECK(ineq::cv(y) < ineq::cv(x));
        // The exact change: G falls by 2 d (j - i) / (n * total).
        const auto n = static_cast<double>(x.size());
        double total = 0.0;
        for (const auto v : x) total += static_cast<double>(v);
        CHECK(close(ineq::gini(x) - ineq::gini(y), 2.0 * static_cast<double>(d) * static_cast<double>(j - i) / (n * total),
                    1e-9, 1e-14));
        ++transfers;
    }
    CHECK(transfers > cases / 2);
}

TEST_CASE("Lorenz curve: from (0,0) to (1,1), monotone, convex, under the diagonal; shares sum to 1") {
    generator g(7);
    for (int c = 0; c < cases; ++c) {
        const auto x = g.doubles();
        const auto n = x.size();
        const auto L = ineq::lorenz_curve(x);
        REQUIRE(L.size() == n + 1);
        CHECK(L.front() == ineq::lorenz_point{0.0, 0.0});
        CHECK(L.back() == ineq::lorenz_point{1.0, 1.0});
        double area = 0.0;
        for (std::size_t i = 1; i <= n; ++i) {
            CHECK(L[i].population_share > L[i - 1].population_share);
            CHECK(L[i].value_share >= L[i - 1].value_share);
            CHECK(L[i].value_share <= L[i].population_share + 1e-15);
            if (i >= 2) {
                CHECK(L[i].value_share - L[i - 1].value_share >=
                      L[i - 1].value_share - L[i - 2].value_share - 1e-15);
            }
            area += (L[i].value_share + L[i - 1].value_share) / (2.0 * static_cast<double>(n));
        }
        CHECK(close(1.0 - 2.0 * area, ineq::gini(x), 0.0, 1e-12));

        const auto w = ineq::cumulative_shares(x);
        REQUIRE(w.size() == n);
        CHECK(w.back() == 1.0);
        CHECK(std::is_sorted(w.begin(), w.end()));
        CHECK(w.front() >= 0.0);
        // The individual shares (differences) sum to 1.
        long double sum = w.front();
        for (std::size_t i = 1; i < n; ++i) sum += static_cast<long double>(w[i]) - w[i - 1];
        CHECK(close(static_cast<double>(sum), 1.0, 1e-14));
    }
}

TEST_CASE("the three Gini entry points and summarize agree") {
    generator g(8);
    for (int c = 0; c < cases; ++c) {
        const auto x = g.doubles();
        auto sorted = x;
        std::sort(sorted.begin(), sorted.end());
        const double gi = ineq::gini(x);
        CHECK(close(ineq::gini_sorted(sorted), gi, 1e-13, 1e-15));
        auto scratch = x;
        CHECK(ineq::gini_in_place(scratch) == gi);
        CHECK(scratch == sorted);
        if (x.size() >= 2) {
            const auto s = ineq::summarize(x);
            CHECK(s.gini == gi);
            CHECK(s.n == x.size());
            CHECK(s.min == sorted.front());
            CHECK(s.max == sorted.back());
            CHECK(close(s.mean, ineq::mean(x), 1e-13));
            CHECK(close(s.sample_sd, ineq::sample_sd(x), 1e-12, 1e-300));
            CHECK(close(s.cv, ineq::cv(x), 1e-12, 1e-300));
        }
    }
}

TEST_CASE("integer and floating-point inputs give the same results") {
    generator g(9);
    for (int c = 0; c < cases; ++c) {
        const auto xi = g.integers();
        const std::vector<double> xd(xi.begin(), xi.end());
        CHECK(ineq::gini(xi) == ineq::gini(xd));
        CHECK(close(ineq::mean(xi), ineq::mean(xd), 1e-15));
        CHECK(close(ineq::population_variance(xi), ineq::population_variance(xd), 1e-12, 1e-12));
        CHECK(ineq::cumulative_shares(xi) == ineq::cumulative_shares(xd));
    }
}
