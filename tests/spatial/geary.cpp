// Geary's C: spdep's geary.test values (tests/spatial/reference/spdep_global.R), closed
// forms, permutation determinism and agreement with the randomisation p-value, errors.

#include <ineq/spatial/geary.hpp>

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

TEST_CASE("geary_test: spdep geary.test on the Table 1 column, styles W and B, Hainan kept or joined") {
    for (const std::string vector : {"table", "ranked"}) {
        const auto& x = vector == "table" ? ref::table : ref::ranked;
        for (const std::string islands : {"keep", "keep_n", "join"}) {
            const auto count = islands == "keep_n" ? sp::island_count::included : sp::island_count::excluded;
            for (const std::string style : {"W", "B"}) {
                const auto w = ref::contiguity(islands == "join" ? "join" : "keep",
                                               style == "W" ? sp::weights_style::row_standardised
                                                            : sp::weights_style::binary);
                for (const std::string model : {"randomisation", "normality"}) {
                    const auto m = model == "normality" ? sp::null_model::normality : sp::null_model::randomisation;
                    const auto& c = ref::find("geary " + vector + " " + islands + " " + style + " " + model);
                    CAPTURE(c.label);
                    REQUIRE(c.label != "missing");
                    const auto t = sp::geary_test(x, w, {.null_model = m, .alternative = sp::alternative::greater, .islands = count});
                    CHECK(t.statistic == Approx(c.statistic).epsilon(1e-12));
                    CHECK(t.expectation == 1.0);
                    CHECK(t.variance == Approx(c.variance).epsilon(1e-11));
                    CHECK(t.z == Approx(c.z).epsilon(1e-11));  // spdep: (1 - C) / sd
                    CHECK(t.p_value == Approx(c.p).epsilon(1e-10));
                    CHECK(sp::geary(x, w, count) == Approx(c.statistic).epsilon(1e-12));
                }
            }
        }
    }
}

TEST_CASE("geary: closed forms on a path of four") {
    // Path 0-1-2-3, binary: Σ_ij w_ij (x_i - x_j)² = 2 · 3 · 1 = 6 for x = (1, 2, 3, 4);
    // Σ z² = 5, S0 = 6, n = 4: C = (3 / 12) · 6 / 5 = 0.3.
    const std::vector<std::pair<std::size_t, std::size_t>> pairs{{0, 1}, {1, 2}, {2, 3}};
    const auto w = sp::weights::from_pairs(4, pairs, sp::weights_style::binary);
    CHECK(sp::geary(std::vector{1, 2, 3, 4}, w) == Approx(0.3).epsilon(1e-15));
    // (0, 1, 0, 1): squared differences 2 · 3 = 6, Σ z² = 1: C = 0.25 · 6 = 1.5.
    CHECK(sp::geary(std::vector{0, 1, 0, 1}, w) == Approx(1.5).epsilon(1e-15));
    // Alternatives: less is the other tail, two-sided twice the smaller.
    const auto wk = ref::contiguity("keep", sp::weights_style::binary);
    const auto& c = ref::find("geary ranked keep B normality");
    const auto less = sp::geary_test(ref::ranked, wk, {.null_model = sp::null_model::normality, .alternative = sp::alternative::less});
    const auto two = sp::geary_test(ref::ranked, wk, {.null_model = sp::null_model::normality, .alternative = sp::alternative::two_sided});
    CHECK(less.p_value == Approx(1.0 - c.p).epsilon(1e-12));
    CHECK(two.p_value == Approx(2.0 * c.p).epsilon(1e-12));
}

TEST_CASE("geary_permutation: deterministic, thread-independent, close to the randomisation p") {
    const auto w = ref::contiguity("join", sp::weights_style::binary);
    sp::global_options o;
    o.resamples = 499;
    o.seed = 3;
    const auto a = sp::geary_permutation(ref::ranked, w, o);
    o.threads = 3;
    const auto b = sp::geary_permutation(ref::ranked, w, o);
    CHECK(a.p_value == b.p_value);
    CHECK(a.expectation == b.expectation);
    CHECK(a.standard_error == b.standard_error);
    CHECK(a.statistic == Approx(ref::find("geary ranked join B randomisation").statistic).epsilon(1e-12));
    CHECK(a.z == Approx((a.expectation - a.statistic) / a.standard_error).epsilon(1e-15));  // positive: clustering
    auto lo = o;
    lo.alternative = sp::alternative::less;  // dispersion: simulated C at least as large
    const auto l = sp::geary_permutation(ref::ranked, w, lo);
    CHECK(a.p_value + l.p_value == Approx(501.0 / 500.0).epsilon(1e-14));  // no ties: the counts add up to R
    CHECK(a.p_value < l.p_value);  // C = 0.58 < 1: the clustering tail is the small one

    // A 20 x 20 lattice, rook contiguity, a weak trend plus noise: with R = 20000 the
    // simulated mean is near E[C] = 1 and the p-value near the randomisation one.
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
    ineq::detail::stream_engine noise(2024, 1);
    for (std::size_t i = 0; i < n; ++i) {
        x[i] = 0.008 * static_cast<double>(i / side + i % side) + noise.uniform();
    }
    const auto analytic = sp::geary_test(x, lattice);
    sp::global_options big;
    big.resamples = 20000;
    big.seed = 11;
    big.threads = 2;
    const auto perm = sp::geary_permutation(x, lattice, big);
    CHECK(std::abs(perm.expectation - 1.0) < 4.0 * std::sqrt(analytic.variance / 20000.0));
    CHECK(perm.standard_error == Approx(std::sqrt(analytic.variance)).epsilon(0.03));
    CHECK(analytic.p_value > 0.005);
    CHECK(analytic.p_value < 0.5);
    CHECK(std::abs(perm.p_value - analytic.p_value) < 0.01);
}

TEST_CASE("geary: errors") {
    const auto w = ref::contiguity("keep", sp::weights_style::binary);
    CHECK(message_of([&] { (void)sp::geary(std::vector<double>(31, 4.0), w); }) ==
          "ineq::geary: values are constant: the statistic is undefined (got 4)");
    CHECK(message_of([&] { (void)sp::geary_test(std::vector<double>(32, 1.0), w); }) ==
          "ineq::geary_test: needs one value per unit of the weights (31), got 32");
    const auto lonely = sp::weights::from_links(2, {}, sp::weights_style::binary, sp::island_policy::keep());
    CHECK(message_of([&] { (void)sp::geary(std::vector{1, 2}, lonely); }) ==
          "ineq::geary: the weights have no links (every unit is an island): the statistic is undefined");
    std::vector<double> bad(ref::table.begin(), ref::table.end());
    bad[30] = INFINITY;
    CHECK(message_of([&] { (void)sp::geary_permutation(bad, w); }) ==
          "ineq::geary_permutation: values must be finite (index 30, value inf)");
}
