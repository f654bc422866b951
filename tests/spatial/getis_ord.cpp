// General G: spdep's globalG.test values (tests/spatial/reference/spdep_global.R), a
// closed form, permutation determinism and agreement with the analytic p, and errors.

#include <ineq/spatial/getis_ord.hpp>

#include "error_message.hpp"
#include "spatial/reference/spdep_global.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <utility>
#include <vector>

using doctest::Approx;
using ineq_test::message_of;
namespace sp = ineq::spatial;
namespace ref = ineq_test::spdep;

TEST_CASE("general_g_test: spdep globalG.test on the Table 1 column, styles B and W, Hainan kept or joined") {
    for (const std::string vector : {"table", "ranked"}) {
        const auto& x = vector == "table" ? ref::table : ref::ranked;
        for (const std::string islands : {"keep", "keep_n", "join"}) {
            const auto count = islands == "keep_n" ? sp::island_count::included : sp::island_count::excluded;
            for (const std::string style : {"W", "B"}) {
                const auto w = ref::contiguity(islands == "join" ? "join" : "keep",
                                               style == "W" ? sp::weights_style::row_standardised
                                                            : sp::weights_style::binary);
                const auto& c = ref::find("G " + vector + " " + islands + " " + style);
                CAPTURE(c.label);
                REQUIRE(c.label != "missing");
                const auto t = sp::general_g_test(x, w, {.alternative = sp::alternative::greater, .islands = count});
                CHECK(t.statistic == Approx(c.statistic).epsilon(1e-12));
                CHECK(t.expectation == Approx(c.expectation).epsilon(1e-14));
                CHECK(t.variance == Approx(c.variance).epsilon(1e-10));
                CHECK(t.z == Approx(c.z).epsilon(1e-10));
                CHECK(t.p_value == Approx(c.p).epsilon(1e-10));
                CHECK(sp::general_g(x, w, count) == Approx(c.statistic).epsilon(1e-12));
            }
        }
    }
}

TEST_CASE("general_g: closed form") {
    // Path 0-1-2, binary, x = (1, 2, 3): numerator 2 (1·2 + 2·3) = 16, denominator
    // 6² - 14 = 22: G = 8/11.
    const std::vector<std::pair<std::size_t, std::size_t>> pairs{{0, 1}, {1, 2}};
    const auto w = sp::weights::from_pairs(3, pairs, sp::weights_style::binary);
    CHECK(sp::general_g(std::vector{1, 2, 3}, w) == Approx(8.0 / 11.0).epsilon(1e-15));
    // Zeros are allowed.
    CHECK(sp::general_g(std::vector{0, 2, 3}, w) == Approx(12.0 / 12.0).epsilon(1e-15));
}

TEST_CASE("general_g_permutation: deterministic, thread-independent, close to the analytic p") {
    const auto w = ref::contiguity("keep", sp::weights_style::binary);
    sp::global_options o;
    o.resamples = 999;
    o.seed = 5;
    const auto a = sp::general_g_permutation(ref::table, w, o);
    o.threads = 2;
    const auto b = sp::general_g_permutation(ref::table, w, o);
    CHECK(a.p_value == b.p_value);
    CHECK(a.expectation == b.expectation);
    CHECK(a.statistic == Approx(ref::find("G table keep B").statistic).epsilon(1e-12));

    // 20 x 20 lattice, binary rook contiguity, positive values with a weak trend.
    const std::size_t side = 20;
    const std::size_t n = side * side;
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t r = 0; r < side; ++r) {
        for (std::size_t c = 0; c < side; ++c) {
            const std::size_t i = r * side + c;
            if (c + 1 < side) pairs.emplace_back(i, i + 1);
            if (r + 1 < side) pairs.emplace_back(i, i + side);
        }
    }
    const auto lattice = sp::weights::from_pairs(n, pairs, sp::weights_style::binary);
    std::vector<double> x(n);
    ineq::detail::stream_engine noise(2024, 2);
    for (std::size_t i = 0; i < n; ++i) {
        x[i] = 1.0 + 0.01 * static_cast<double>(i / side + i % side) + noise.uniform();
    }
    const auto analytic = sp::general_g_test(x, lattice);
    sp::global_options big;
    big.resamples = 20000;
    big.seed = 13;
    big.threads = 2;
    const auto perm = sp::general_g_permutation(x, lattice, big);
    CHECK(std::abs(perm.expectation - analytic.expectation) < 4.0 * std::sqrt(analytic.variance / 20000.0));
    CHECK(perm.standard_error == Approx(std::sqrt(analytic.variance)).epsilon(0.03));
    CHECK(analytic.p_value > 0.005);
    CHECK(analytic.p_value < 0.5);
    CHECK(std::abs(perm.p_value - analytic.p_value) < 0.01);
}

TEST_CASE("general_g: errors") {
    const auto w = ref::contiguity("keep", sp::weights_style::binary);
    std::vector<double> neg(ref::table.begin(), ref::table.end());
    neg[7] = -0.5;
    CHECK(message_of([&] { (void)sp::general_g(neg, w); }) ==
          "ineq::general_g: values must be non-negative (index 7, value -0.5)");
    CHECK(message_of([&] { (void)sp::general_g_test(std::vector<double>(31, 3.0), w); }) ==
          "ineq::general_g_test: values are constant: the statistic is undefined (got 3)");
    std::vector<double> one(31, 0.0);
    one[4] = 9.0;
    CHECK(message_of([&] { (void)sp::general_g(one, w); }) ==
          "ineq::general_g: needs at least two positive values among the units with neighbours");
    CHECK(message_of([&] { (void)sp::general_g(std::vector<double>(5, 1.0), w); }) ==
          "ineq::general_g: needs one value per unit of the weights (31), got 5");
    const auto lonely = sp::weights::from_links(4, {}, sp::weights_style::binary, sp::island_policy::keep());
    CHECK(message_of([&] { (void)sp::general_g_permutation(std::vector{1, 2, 3, 4}, lonely); }) ==
          "ineq::general_g_permutation: the weights have no links (every unit is an island): the statistic is "
          "undefined");
}
