#include <ineq/measures/gini.hpp>
#include <ineq/measures/gini_threads.hpp>
#include <ineq/measures/lorenz.hpp>

#include "error_message.hpp"
#include "study_data.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

using doctest::Approx;
using ineq_test::message_of;

namespace {
// Eq. 3 written out literally from the cumulative shares, as the study states it.
double eq3(const std::vector<double>& w) {
    double sum = 0.0;
    for (std::size_t i = 0; i + 1 < w.size(); ++i) {
        sum += w[i];
    }
    const auto n = static_cast<double>(w.size());
    return 1.0 - (2.0 * sum + 1.0) / n;
}

// The mean-absolute-difference definition, sum |xi - xj| / (2 n^2 mean): an independent
// formula for the same (n-denominator) Gini.
double mean_difference_gini(const std::vector<double>& x) {
    double num = 0.0;
    double total = 0.0;
    for (double a : x) {
        total += a;
        for (double b : x) {
            num += std::abs(a - b);
        }
    }
    const auto n = static_cast<double>(x.size());
    return num / (2.0 * n * total);
}
}  // namespace

TEST_CASE("closed forms") {
    // (1..5): sum |xi - xj| = 40, 2 n^2 mean = 150, G = 4/15.
    CHECK(ineq::gini(std::vector{1, 2, 3, 4, 5}) == Approx(4.0 / 15.0).epsilon(1e-15));
    CHECK(ineq::gini(std::vector{5, 3, 1, 4, 2}) == Approx(4.0 / 15.0).epsilon(1e-15));
    // One unit holds everything: G = 1 - 1/N.
    CHECK(ineq::gini(std::vector{0, 0, 0, 10}) == 0.75);
    CHECK(ineq::corrected_gini(std::vector{0, 0, 0, 10}) == 1.0);
    CHECK(ineq::gini(std::vector<double>(7, 3.25)) == 0.0);
    CHECK(ineq::gini(std::vector{1, 3}) == 0.25);  // |1-3|*2 / (2*4*2)
    CHECK(ineq::corrected_gini(std::vector{1, 3}) == 0.5);
    CHECK(ineq::gini(std::vector{42}) == 0.0);
}

TEST_CASE("the study's Table 1 column (eq. 3)") {
    const auto& x = ineq_test::table1_cooperative;
    CHECK(ineq::gini(x) == Approx(ineq_test::table1_gini).epsilon(1e-11));
    CHECK(ineq::corrected_gini(x) == Approx(ineq_test::table1_gini * 31.0 / 30.0).epsilon(1e-11));
    CHECK(ineq::gini(x) == Approx(eq3(ineq::cumulative_shares(x))).epsilon(1e-14));
}

TEST_CASE("max_gini") {
    CHECK(ineq::max_gini(1) == 0.0);
    CHECK(ineq::max_gini(4) == 0.75);
    CHECK(ineq::max_gini(31) == Approx(30.0 / 31.0).epsilon(1e-16));
    CHECK(message_of([] { (void)ineq::max_gini(0); }) == "ineq::max_gini: needs n >= 1, got 0");
}

TEST_CASE("agrees with two independent formulas on random data") {
    std::mt19937_64 rng(20240611);
    std::lognormal_distribution<double> dist(0.0, 1.5);
    for (int trial = 0; trial < 200; ++trial) {
        const std::size_t n = 1 + rng() % 60;
        std::vector<double> x(n);
        for (auto& v : x) {
            v = dist(rng);
        }
        const double g = ineq::gini(x);
        CHECK(g == Approx(mean_difference_gini(x)).epsilon(1e-12));
        CHECK(g == Approx(eq3(ineq::cumulative_shares(x))).epsilon(1e-12).scale(1.0));
        CHECK(g >= 0.0);
        CHECK(g <= ineq::max_gini(n));
        auto sorted = x;
        std::ranges::sort(sorted);
        CHECK(ineq::gini_sorted(sorted) == g);
        auto buffer = x;
        CHECK(ineq::gini_in_place(buffer) == g);
        CHECK(buffer == sorted);
    }
}

TEST_CASE("gini_sorted verifies the order") {
    CHECK(ineq::gini_sorted(std::vector{1, 2, 3, 4, 5}) == Approx(4.0 / 15.0).epsilon(1e-15));
    CHECK(message_of([] { (void)ineq::gini_sorted(std::vector{1, 2, 5, 4}); }) ==
          "ineq::gini_sorted: values must be sorted ascending (index 3, value 4)");
    CHECK(message_of([] { (void)ineq::gini_sorted(std::vector{-1, 2}); }) ==
          "ineq::gini_sorted: values must be non-negative (index 0, value -1)");
}

TEST_CASE("gini_in_place sorts the caller's buffer, and only on valid input") {
    std::vector<int> v{5, 1, 4};
    CHECK(ineq::gini_in_place(v) == Approx(ineq::gini(std::vector{5, 1, 4})));
    CHECK(v == std::vector<int>{1, 4, 5});
    std::vector<double> bad{3.0, -1.0, 2.0};
    CHECK_THROWS_AS((void)ineq::gini_in_place(bad), ineq::domain_error);
    CHECK(bad == std::vector<double>{3.0, -1.0, 2.0});
}

TEST_CASE("edge cases") {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    constexpr double inf = std::numeric_limits<double>::infinity();
    const std::vector<double> empty;
    CHECK(message_of([&] { (void)ineq::gini(empty); }) ==
          "ineq::gini: needs at least one value, got an empty range");
    CHECK_THROWS_AS((void)ineq::gini_sorted(empty), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::corrected_gini(empty), ineq::domain_error);
    std::vector<double> empty_buffer;
    CHECK_THROWS_AS((void)ineq::gini_in_place(empty_buffer), ineq::domain_error);

    CHECK(message_of([] { (void)ineq::corrected_gini(std::vector{3}); }) ==
          "ineq::corrected_gini: needs at least two values (the factor is N / (N - 1))");

    CHECK(message_of([] { (void)ineq::gini(std::vector{0, 0, 0}); }) ==
          "ineq::gini: the total must be positive (all values are zero)");
    CHECK_THROWS_AS((void)ineq::gini_sorted(std::vector{0, 0}), ineq::domain_error);
    std::vector<int> zero_buffer{0, 0};
    CHECK_THROWS_AS((void)ineq::gini_in_place(zero_buffer), ineq::domain_error);

    CHECK(message_of([] { (void)ineq::gini(std::vector{1.0, 2.0, -0.5}); }) ==
          "ineq::gini: values must be non-negative (index 2, value -0.5)");
    CHECK(message_of([&] { (void)ineq::gini(std::vector{1.0, nan}); }) ==
          "ineq::gini: values must be finite (index 1, value nan)");
    CHECK(message_of([&] { (void)ineq::gini(std::vector{inf, 1.0}); }) ==
          "ineq::gini: values must be finite (index 0, value inf)");
    CHECK_THROWS_AS((void)ineq::gini_sorted(std::vector{1.0, inf}), ineq::domain_error);

    // A total beyond DBL_MAX: shares do not depend on scale, so the answer is still exact.
    const double m = std::numeric_limits<double>::max();
    CHECK(ineq::gini(std::vector{m, m}) == 0.0);
    CHECK(ineq::gini(std::vector{m, 0.0, m, 0.0}) == Approx(0.5).epsilon(1e-15));
    CHECK(ineq::cumulative_shares(std::vector{m, m, m, m}) ==
          std::vector<double>{0.25, 0.5, 0.75, 1.0});
}

TEST_CASE("integers of every width give the same Gini") {
    const std::vector<std::uint8_t> u8{1, 2, 3, 4, 5};
    const std::vector<std::int16_t> i16{1, 2, 3, 4, 5};
    const std::vector<unsigned long long> ull{1, 2, 3, 4, 5};
    const std::vector<float> f{1, 2, 3, 4, 5};
    CHECK(ineq::gini(u8) == Approx(4.0 / 15.0).epsilon(1e-15));
    CHECK(ineq::gini(i16) == ineq::gini(u8));
    CHECK(ineq::gini(ull) == ineq::gini(u8));
    CHECK(ineq::gini(f) == ineq::gini(u8));
}

TEST_CASE("gini, gini_sorted and gini_in_place report bad values in the same words") {
    // The three entry points share one validation rule: not finite is reported before the
    // sign (so -inf is "finite"), the index is the position in the caller's range, and an
    // empty range is named as such. Expected texts written out from that rule.
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    constexpr double inf = std::numeric_limits<double>::infinity();
    const auto all_three = [](std::vector<double> x) {
        std::vector<std::string> out;
        out.push_back(message_of([&] { (void)ineq::gini(x); }));
        out.push_back(message_of([&] { (void)ineq::gini_sorted(x); }));
        out.push_back(message_of([&] { (void)ineq::gini_in_place(x); }));
        return out;
    };
    const auto named = [](const std::string& tail) {
        return std::vector<std::string>{"ineq::gini: " + tail, "ineq::gini_sorted: " + tail,
                                        "ineq::gini_in_place: " + tail};
    };
    CHECK(all_three({1.0, 2.0, nan}) == named("values must be finite (index 2, value nan)"));
    CHECK(all_three({1.0, -inf}) == named("values must be finite (index 1, value -inf)"));
    CHECK(all_three({inf}) == named("values must be finite (index 0, value inf)"));
    CHECK(all_three({0.0, 0.5, -0.25}) == named("values must be non-negative (index 2, value -0.25)"));
    CHECK(all_three({}) == named("needs at least one value, got an empty range"));
    // -0.0 is a zero, not a negative value.
    CHECK(ineq::gini_sorted(std::vector{-0.0, 0.0, 4.0}) == Approx(2.0 / 3.0).epsilon(1e-15));

    // Integers: only the sign can be wrong; above 4096 values gini counts integers straight
    // from the range (detail/shares.hpp), with the same message.
    std::vector<long long> counts(5000, 3);
    counts[4321] = -7;
    CHECK(message_of([&] { (void)ineq::gini(counts); }) ==
          "ineq::gini: values must be non-negative (index 4321, value -7)");
    CHECK(message_of([&] { (void)ineq::gini_sorted(counts); }) ==
          "ineq::gini_sorted: values must be non-negative (index 4321, value -7)");
    CHECK(message_of([&] { (void)ineq::gini_in_place(counts); }) ==
          "ineq::gini_in_place: values must be non-negative (index 4321, value -7)");
    // A value out of order is checked after the value itself.
    CHECK(message_of([] { (void)ineq::gini_sorted(std::vector{1.0, 3.0, -2.0}); }) ==
          "ineq::gini_sorted: values must be non-negative (index 2, value -2)");
    CHECK(message_of([] { (void)ineq::gini_sorted(std::vector{1.0, 3.0, nan}); }) ==
          "ineq::gini_sorted: values must be finite (index 2, value nan)");
}

TEST_CASE("a workspace reused across inputs of different sizes gives the results of fresh calls") {
    // Sizes on both sides of the scratch path's threshold (2^18), growing and shrinking,
    // so that the workspace holds larger buffers and stale histograms from earlier calls.
    // The reference is gini_in_place (std::sort of a copy, then the shared sums).
    ineq::gini_workspace ws;
    std::mt19937_64 rng(19);
    std::lognormal_distribution<double> lognormal(0.0, 1.5);
    std::uniform_real_distribution<double> packed(5.0, 5.5);
    for (const std::size_t n : {300'000u, 1'000u, 600'000u, 262'144u, 5'000u, 270'000u}) {
        std::vector<double> x(n);
        for (auto& v : x) {
            v = n % 2 == 0 ? lognormal(rng) : packed(rng);
        }
        auto copy = x;
        const auto expected = std::bit_cast<std::uint64_t>(ineq::gini_in_place(copy));
        CAPTURE(n);
        CHECK(std::bit_cast<std::uint64_t>(ineq::gini(x, ws)) == expected);
        CHECK(std::bit_cast<std::uint64_t>(ineq::gini(x, ws, 2)) == expected);
        CHECK(std::bit_cast<std::uint64_t>(ineq::gini(x)) == expected);
        CHECK(std::bit_cast<std::uint64_t>(ineq::gini(x, 3)) == expected);
    }
    CHECK(ws.bytes() >= 600'000 * sizeof(double));  // the largest input's copy is kept
    ws.release();
    CHECK(ws.bytes() == 0);
    // Small inputs, integers and other ranges ignore the workspace and the thread count.
    CHECK(ineq::gini(std::vector{1, 2, 3, 4, 5}, ws) == Approx(4.0 / 15.0).epsilon(1e-15));
    CHECK(ineq::gini(std::vector{0, 0, 0, 10}, 2) == 0.75);
    CHECK(ws.bytes() == 0);
    ineq::release_gini_cache();
}
