// Global Moran's I: spdep's moran.test values (tests/spatial/reference/spdep_global.R),
// bivariate Moran against spdep's moran_bv and the closed form, permutation determinism,
// thread independence and agreement with the randomisation p-value, and the errors.

#include <ineq/spatial/moran.hpp>

#include "error_message.hpp"
#include "spatial/reference/spdep_global.hpp"

#include <doctest/doctest.h>

#include <Eigen/Core>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

using doctest::Approx;
using ineq_test::message_of;
namespace sp = ineq::spatial;
namespace ref = ineq_test::spdep;

namespace {

sp::weights_style style_of(const std::string& s) {
    return s == "W" ? sp::weights_style::row_standardised : sp::weights_style::binary;
}

void check_case(const sp::analytic_test& t, const ref::reference_case& c) {
    CAPTURE(c.label);
    REQUIRE(c.label != "missing");
    CHECK(t.statistic == Approx(c.statistic).epsilon(1e-12));
    CHECK(t.expectation == Approx(c.expectation).epsilon(1e-14));
    CHECK(t.variance == Approx(c.variance).epsilon(1e-11));
    CHECK(t.z == Approx(c.z).epsilon(1e-11));
    CHECK(t.p_value == Approx(c.p).epsilon(1e-10));
}

}  // namespace

TEST_CASE("moran_test: spdep moran.test on the Table 1 column, styles W and B, Hainan kept or joined") {
    for (const std::string vector : {"table", "ranked"}) {
        const auto& x = vector == "table" ? ref::table : ref::ranked;
        for (const std::string islands : {"keep", "keep_n", "join"}) {
            const auto count = islands == "keep_n" ? sp::island_count::included : sp::island_count::excluded;
            for (const std::string style : {"W", "B"}) {
                const auto w = ref::contiguity(islands == "join" ? "join" : "keep", style_of(style));
                for (const std::string model : {"randomisation", "normality"}) {
                    const auto m = model == "normality" ? sp::null_model::normality : sp::null_model::randomisation;
                    const auto& c = ref::find("moran " + vector + " " + islands + " " + style + " " + model);
                    check_case(sp::moran_test(x, w, {.null_model = m, .alternative = sp::alternative::greater, .islands = count}), c);
                    CHECK(sp::moran(x, w, count) == Approx(c.statistic).epsilon(1e-12));
                }
            }
        }
    }
}

TEST_CASE("moran_test: alternatives and the expectation") {
    const auto w = ref::contiguity("keep", sp::weights_style::row_standardised);
    const auto& c = ref::find("moran table keep W randomisation");
    const auto less = sp::moran_test(ref::table, w, {.alternative = sp::alternative::less});
    const auto two = sp::moran_test(ref::table, w, {.alternative = sp::alternative::two_sided});
    CHECK(less.p_value == Approx(1.0 - c.p).epsilon(1e-12));
    CHECK(two.p_value == Approx(2.0 * c.p).epsilon(1e-12));
    // Hainan is an island: n = 30 units with neighbours, E = -1/29 (spdep adjust.n = TRUE).
    CHECK(less.expectation == Approx(-1.0 / 29.0).epsilon(1e-15));
    const auto included = sp::moran_test(ref::table, w, {.islands = sp::island_count::included});
    CHECK(included.expectation == Approx(-1.0 / 30.0).epsilon(1e-15));
}

TEST_CASE("moran: closed forms on a path of four") {
    // Path 0-1-2-3, binary weights, x = (1, 2, 3, 4): z = (-1.5, -0.5, 0.5, 1.5), Σz² = 5,
    // Σ_ij w_ij z_i z_j = 2 (0.75 + (-0.25) + 0.75) = 2.5, S0 = 6, I = (4/6)(2.5/5) = 1/3.
    const std::vector<std::pair<std::size_t, std::size_t>> pairs{{0, 1}, {1, 2}, {2, 3}};
    const auto w = sp::weights::from_pairs(4, pairs, sp::weights_style::binary);
    CHECK(sp::moran(std::vector{1, 2, 3, 4}, w) == Approx(1.0 / 3.0).epsilon(1e-15));
    // Alternating values: z = (-0.5, 0.5, -0.5, 0.5), cross sum 2(-0.25 * 3) = -1.5, Σz² = 1.
    CHECK(sp::moran(std::vector{0, 1, 0, 1}, w) == Approx(-1.0).epsilon(1e-15));
    // Invariant under x -> a x + b.
    CHECK(sp::moran(std::vector{5.0, 7.0, 9.0, 11.0}, w) == Approx(1.0 / 3.0).epsilon(1e-15));
}

TEST_CASE("moran_bivariate: spdep moran_bv and the closed form") {
    const auto wj = ref::contiguity("join", sp::weights_style::row_standardised);
    CHECK(sp::moran_bivariate(ref::ranked, ref::table, wj) == Approx(ref::moran_bv_ranked_table_w_join).epsilon(1e-12));
    CHECK(sp::moran_bivariate(ref::table, ref::ranked, wj) == Approx(ref::moran_bv_table_ranked_w_join).epsilon(1e-12));
    const auto bj = ref::contiguity("join", sp::weights_style::binary);
    CHECK(sp::moran_bivariate(ref::ranked, ref::table, bj) == Approx(ref::bivariate_ranked_table_b_join).epsilon(1e-12));
    const auto bk = ref::contiguity("keep", sp::weights_style::binary);
    CHECK(sp::moran_bivariate(ref::ranked, ref::table, bk) == Approx(ref::bivariate_ranked_table_b_keep).epsilon(1e-12));
    // x with itself is Moran's I.
    CHECK(sp::moran_bivariate(ref::table, ref::table, bk) == Approx(sp::moran(ref::table, bk)).epsilon(1e-13));
}

TEST_CASE("moran_permutation: deterministic per seed, independent of the thread count") {
    const auto w = ref::contiguity("keep", sp::weights_style::row_standardised);
    sp::global_options o;
    o.resamples = 999;
    o.seed = 42;
    const auto a = sp::moran_permutation(ref::table, w, o);
    const auto b = sp::moran_permutation(ref::table, w, o);
    CHECK(a.p_value == b.p_value);
    CHECK(a.expectation == b.expectation);
    CHECK(a.standard_error == b.standard_error);
    CHECK(a.statistic == Approx(ref::find("moran table keep W randomisation").statistic).epsilon(1e-12));
    CHECK(a.resamples == 999);
    CHECK(a.seed == 42);
    for (const unsigned threads : {2U, 3U, 7U, 0U}) {
        CAPTURE(threads);
        auto ot = o;
        ot.threads = threads;
        const auto t = sp::moran_permutation(ref::table, w, ot);
        CHECK(t.p_value == a.p_value);  // bit for bit
        CHECK(t.expectation == a.expectation);
        CHECK(t.standard_error == a.standard_error);
        CHECK(t.z == a.z);
    }
    auto other = o;
    other.seed = 43;
    const auto c = sp::moran_permutation(ref::table, w, other);
    CHECK(c.expectation != a.expectation);  // another seed, other draws
    // The pseudo p-value is (1 + k) / (R + 1).
    const double k = a.p_value * 1000.0 - 1.0;
    CHECK(std::abs(k - std::round(k)) < 1e-9);

    auto bv = sp::moran_bivariate_permutation(ref::ranked, ref::table, w, o);
    o.threads = 4;
    auto bv4 = sp::moran_bivariate_permutation(ref::ranked, ref::table, w, o);
    CHECK(bv.p_value == bv4.p_value);
    CHECK(bv.expectation == bv4.expectation);
    CHECK(bv.statistic == Approx(sp::moran_bivariate(ref::ranked, ref::table, w)).epsilon(1e-14));
}

TEST_CASE("moran_permutation: the tails and the bivariate null") {
    const auto w = ref::contiguity("join", sp::weights_style::binary);
    sp::global_options o;
    o.resamples = 1999;
    o.seed = 8;
    const auto greater = sp::moran_permutation(ref::table, w, o);
    o.alternative = sp::alternative::less;
    const auto less = sp::moran_permutation(ref::table, w, o);
    o.alternative = sp::alternative::two_sided;
    const auto two = sp::moran_permutation(ref::table, w, o);
    // No simulated I ties the observed one: the tail counts add up to R.
    CHECK(greater.p_value + less.p_value == Approx(2001.0 / 2000.0).epsilon(1e-14));
    CHECK(two.p_value == Approx(2.0 * std::min(greater.p_value, less.p_value)).epsilon(1e-14));
    CHECK(greater.expectation == less.expectation);  // the same draws

    // y is permuted and x stays: E[I_xy] = (n/S0) Σ_ij w_ij z_x,i E[z_y,π(j)] / Σ z_x² = 0.
    o.alternative = sp::alternative::greater;
    o.resamples = 20000;
    o.threads = 2;
    const auto bv = sp::moran_bivariate_permutation(ref::ranked, ref::table, w, o);
    CHECK(std::abs(bv.expectation) < 4.0 * bv.standard_error / std::sqrt(20000.0));
}

TEST_CASE("moran_permutation: the permutation distribution matches the randomisation moments") {
    // Under random assignment the exact mean of I is E = -1/(n-1) and its variance the
    // randomisation variance; with R = 20000 permutations the simulated mean is within a
    // few standard errors of E and the p-values agree to about 0.01 (a larger sample:
    // a 20 x 20 lattice with a smooth trend plus noise, rook contiguity).
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
    const auto w = sp::weights::from_pairs(n, pairs, sp::weights_style::row_standardised);
    std::vector<double> x(n);
    ineq::detail::stream_engine noise(2024, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const double trend = 0.008 * static_cast<double>(i / side + i % side);
        x[i] = trend + noise.uniform();
    }
    const auto analytic = sp::moran_test(x, w);
    sp::global_options o;
    o.resamples = 20000;
    o.seed = 7;
    o.threads = 2;
    const auto perm = sp::moran_permutation(x, w, o);
    const double se_mean = std::sqrt(analytic.variance / 20000.0);
    CHECK(std::abs(perm.expectation - analytic.expectation) < 4.0 * se_mean);
    CHECK(perm.standard_error == Approx(std::sqrt(analytic.variance)).epsilon(0.03));
    CHECK(analytic.p_value > 0.005);  // the trend is weak enough that p is not at the floor
    CHECK(analytic.p_value < 0.5);
    CHECK(std::abs(perm.p_value - analytic.p_value) < 0.01);
}

TEST_CASE("moran: errors") {
    const auto w = ref::contiguity("keep", sp::weights_style::row_standardised);
    CHECK(message_of([&] { (void)sp::moran(std::vector<double>(31, 2.5), w); }) ==
          "ineq::moran: values are constant: the statistic is undefined (got 2.5)");
    CHECK(message_of([&] { (void)sp::moran(std::vector<double>(30, 1.0), w); }) ==
          "ineq::moran: needs one value per unit of the weights (31), got 30");
    std::vector<double> bad(ref::table.begin(), ref::table.end());
    bad[3] = std::nan("");
    CHECK(message_of([&] { (void)sp::moran(bad, w); }) == "ineq::moran: values must be finite (index 3, value nan)");
    const auto lonely = sp::weights::from_links(3, {}, sp::weights_style::binary, sp::island_policy::keep());
    CHECK(message_of([&] { (void)sp::moran(std::vector{1, 2, 3}, lonely); }) ==
          "ineq::moran: the weights have no links (every unit is an island): the statistic is undefined");
    const std::vector<std::pair<std::size_t, std::size_t>> pair{{0, 1}};
    const auto small = sp::weights::from_pairs(3, pair, sp::weights_style::binary, sp::island_policy::keep());
    CHECK(message_of([&] { (void)sp::moran_test(std::vector{1, 2, 4}, small); }) ==
          "ineq::moran_test: needs at least 4 units with neighbours, got 2");
    sp::global_options none;
    none.resamples = 0;
    CHECK(message_of([&] { (void)sp::moran_permutation(ref::table, w, none); }) ==
          "ineq::moran_permutation: needs at least one resample");
    CHECK(message_of([&] { (void)sp::moran_bivariate(ref::table, std::vector<double>(31, 0.0), w); }) ==
          "ineq::moran_bivariate: values are constant: the statistic is undefined (got 0)");
}

TEST_CASE("moran: accepts Eigen vectors and integer ranges") {
    const auto w = ref::contiguity("join", sp::weights_style::binary);
    Eigen::VectorXd v(31);
    std::vector<int> ints(31);
    for (std::size_t i = 0; i < 31; ++i) {
        v[static_cast<Eigen::Index>(i)] = ref::table[i];
        ints[i] = static_cast<int>(ref::table[i]);
    }
    const double expected = ref::find("moran table join B randomisation").statistic;
    CHECK(sp::moran(v, w) == Approx(expected).epsilon(1e-12));
    CHECK(sp::moran(ints, w) == Approx(expected).epsilon(1e-12));
}
