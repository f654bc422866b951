#include <ineq/spatial/lisa.hpp>
#include <ineq/spatial/provinces.hpp>

#include "error_message.hpp"
#include "reference/spdep_local.hpp"
#include "study_data.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

// Reference values: tests/spatial/reference/spdep_local.hpp, the output of
//   Rscript tests/spatial/reference/spdep_local.R > tests/spatial/reference/spdep_local.hpp
// (R 4.2.2, spdep 1.2.7). The variable is Table 1's cooperative column (tests/study_data.hpp)
// applied in its printed order to the provinces in ineq's order; the neighbours are the 68
// land borders (`province_contiguity`, Hainan an island, spdep's zero.policy = TRUE).

namespace sp = ineq::spatial;

namespace {

const std::size_t hainan = ineq::province_from_code(46).value().index();
const std::size_t guangdong = ineq::province_from_code(44).value().index();

std::vector<double> column() {
    return {ineq_test::table1_cooperative.begin(), ineq_test::table1_cooperative.end()};
}

bool close(double a, double b, double rel = 1e-10) {
    return std::abs(a - b) <= rel * std::max(1.0, std::abs(b));
}

void check_against(const std::vector<std::optional<sp::analytic_test>>& got,
                   const std::array<std::array<double, 5>, 31>& want, std::size_t island) {
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        CAPTURE(i);
        if (i == island) {
            CHECK_FALSE(got[i].has_value());
            CHECK(std::isnan(want[i][3]));  // spdep: I = 0, z and p NaN
            continue;
        }
        REQUIRE(got[i].has_value());
        const auto& t = *got[i];
        CHECK(close(t.statistic, want[i][0]));
        CHECK(close(t.expectation, want[i][1]));
        CHECK(close(t.variance, want[i][2]));
        CHECK(close(t.z, want[i][3]));
        CHECK(close(t.p_value, want[i][4]));
    }
}

std::string code(const std::optional<sp::quadrant>& q) { return q ? sp::to_string(*q) : "none"; }

// Random symmetric neighbours: each unit linked to `k` others chosen at random (so about
// 2k neighbours each); no islands.
sp::weights random_weights(std::size_t n, std::size_t k, unsigned seed,
                           sp::weights_style style = sp::weights_style::row_standardised) {
    std::mt19937_64 gen(seed);
    std::uniform_int_distribution<std::size_t> pick(0, n - 1);
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t t = 0; t < k; ++t) {
            std::size_t j = pick(gen);
            while (j == i) {
                j = pick(gen);
            }
            pairs.emplace_back(i, j);
        }
    }
    return sp::weights::from_pairs(n, pairs, style);
}

}  // namespace

TEST_CASE("local_moran: spdep localmoran on Table 1, contiguity, styles W and B") {
    const auto x = column();
    const auto w = sp::province_contiguity(sp::weights_style::row_standardised, sp::island_policy::keep());
    const auto b = w.restyled(sp::weights_style::binary);
    REQUIRE(hainan == 20);
    check_against(sp::local_moran(x, w), spdep_ref::localmoran_W, hainan);
    check_against(sp::local_moran(x, b), spdep_ref::localmoran_B, hainan);

    sp::local_options total;
    total.variance = sp::local_moran_variance::total;
    total.alternative = sp::alternative::greater;
    check_against(sp::local_moran(x, w, total), spdep_ref::localmoran_total_greater_W, hainan);
    check_against(sp::local_moran(x, b, total), spdep_ref::localmoran_total_greater_B, hainan);

    // Hainan joined to Guangdong: no island, every unit defined.
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (const auto& border : sp::province_borders) {
        pairs.emplace_back(ineq::province_from_code(border.a).value().index(),
                           ineq::province_from_code(border.b).value().index());
    }
    pairs.emplace_back(guangdong, hainan);
    const auto joined = sp::weights::from_pairs(31, pairs);
    check_against(sp::local_moran(x, joined), spdep_ref::joined_localmoran_W, 31);
}

TEST_CASE("local_moran: closed forms on a path of four") {
    // x = (0, 1, 5, 6), path 0-1-2-3, binary. x̄ = 3, z = (-3, -2, 2, 3), m2 = 26/4 = 6.5.
    // I_0 = z_0 z_1/m2 = 6/6.5 = 12/13; I_1 = z_1 (z_0 + z_2)/m2 = 2/6.5 = 4/13; by symmetry
    // I_2 = 4/13, I_3 = 12/13. Conditional moments of unit 0 (w_0 = w_0(2) = 1, n = 4):
    // E = -z_0² w_0/((n-1) m2) = -9/19.5 = -6/13;
    // Var = (z_0/m2)² n/(n-2) (w_0(2) - w_0²/(n-1)) (m2 - z_0²/(n-1)) = (9/42.25)·2·(2/3)·3.5 = 168/169.
    const auto w = sp::weights::from_pairs(
        4, std::vector<std::pair<std::size_t, std::size_t>>{{0, 1}, {1, 2}, {2, 3}}, sp::weights_style::binary);
    const auto t = sp::local_moran(std::vector{0.0, 1.0, 5.0, 6.0}, w);
    for (const auto& ti : t) {
        REQUIRE(ti.has_value());
    }
    CHECK(t[0]->statistic == doctest::Approx(12.0 / 13.0).epsilon(1e-14));
    CHECK(t[1]->statistic == doctest::Approx(4.0 / 13.0).epsilon(1e-14));
    CHECK(t[2]->statistic == doctest::Approx(4.0 / 13.0).epsilon(1e-14));
    CHECK(t[3]->statistic == doctest::Approx(12.0 / 13.0).epsilon(1e-14));
    CHECK(t[0]->expectation == doctest::Approx(-6.0 / 13.0).epsilon(1e-14));
    CHECK(t[0]->variance == doctest::Approx(168.0 / 169.0).epsilon(1e-14));
    // A unit whose neighbours are all the other units has no randomness: Var = 0, not defined.
    const auto star = sp::weights::from_pairs(
        3, std::vector<std::pair<std::size_t, std::size_t>>{{0, 1}, {1, 2}}, sp::weights_style::binary);
    const auto s = sp::local_moran(std::vector{0.0, 1.0, 5.0}, star);
    CHECK(s[0].has_value());
    CHECK_FALSE(s[1].has_value());
}

TEST_CASE("local_moran: bad input") {
    const auto w = sp::province_contiguity(sp::weights_style::row_standardised, sp::island_policy::keep());
    auto x = column();
    x[3] = std::nan("");
    CHECK(ineq_test::message_of([&] { (void)sp::local_moran(x, w); }) ==
          "ineq::local_moran: values must be finite (index 3, value nan)");
    CHECK(ineq_test::message_of([&] { (void)sp::local_moran(std::vector<double>(31, 2.0), w); }) ==
          "ineq::local_moran: values must not all be equal");
    CHECK(ineq_test::message_of([&] { (void)sp::local_moran(std::vector<double>(30, 2.0), w); }) ==
          "ineq::local_moran: needs one value per unit of the weights (31), got 30");
    const auto two = sp::weights::from_pairs(2, std::vector<std::pair<std::size_t, std::size_t>>{{0, 1}});
    CHECK(ineq_test::message_of([&] { (void)sp::local_moran(std::vector{1.0, 2.0}, two); }) ==
          "ineq::local_moran: needs at least 3 units, got 2");
    sp::local_options none;
    none.resamples = 0;
    CHECK(ineq_test::message_of([&] { (void)sp::local_moran_permutation(column(), w, none); }) ==
          "ineq::local_moran_permutation: needs at least one resample");
}

TEST_CASE("local_quadrants: spdep's quadrant columns") {
    const auto x = column();
    const auto w = sp::province_contiguity(sp::weights_style::row_standardised, sp::island_policy::keep());
    for (const auto* style : {"W", "B"}) {
        const auto ww = std::string(style) == "W" ? w : w.restyled(sp::weights_style::binary);
        const auto& want = std::string(style) == "W" ? spdep_ref::quadrants_pysal_W : spdep_ref::quadrants_pysal_B;
        const auto q = sp::local_quadrants(x, ww);
        for (std::size_t i = 0; i < 31; ++i) {
            CAPTURE(i);
            // spdep puts the island in a quadrant with lag 0 ("HL" here); ineq has none.
            CHECK(code(q[i]) == (i == hainan ? std::string("none") : std::string(want[i])));
        }
    }
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (const auto& border : sp::province_borders) {
        pairs.emplace_back(ineq::province_from_code(border.a).value().index(),
                           ineq::province_from_code(border.b).value().index());
    }
    pairs.emplace_back(guangdong, hainan);
    const auto joined = sp::weights::from_pairs(31, pairs);
    const auto centred = sp::local_quadrants(x, joined, sp::quadrant_rule::centred);
    const auto mean = sp::local_quadrants(x, joined, sp::quadrant_rule::mean);
    const auto median = sp::local_quadrants(x, joined, sp::quadrant_rule::median);
    for (std::size_t i = 0; i < 31; ++i) {
        CAPTURE(i);
        CHECK(code(centred[i]) == spdep_ref::joined_quadrants_pysal[i]);
        CHECK(code(mean[i]) == spdep_ref::joined_quadrants_mean[i]);
        CHECK(code(median[i]) == spdep_ref::joined_quadrants_median[i]);
    }
    // The rules differ on this data (else the test above could not tell them apart).
    CHECK(code(mean[9]) != code(centred[9]));
}

TEST_CASE("p_adjust: R p.adjust") {
    const std::vector<double> q{0.01, 0.04, 0.03, 0.04, 0.2, 1, 0.0001, 0.5};
    const auto bh = sp::p_adjust(q, sp::p_adjustment::benjamini_hochberg);
    const auto bonf = sp::p_adjust(q, sp::p_adjustment::bonferroni);
    for (std::size_t i = 0; i < q.size(); ++i) {
        CAPTURE(i);
        CHECK(close(bh[i], spdep_ref::p_adjust_BH_q[i], 1e-14));
        CHECK(close(bonf[i], spdep_ref::p_adjust_bonferroni_q[i], 1e-14));
    }
    CHECK(sp::p_adjust(q, sp::p_adjustment::none) == q);

    // Missing tests (Hainan) are left out of m, as R does with NA.
    const auto w = sp::province_contiguity(sp::weights_style::row_standardised, sp::island_policy::keep());
    sp::local_options total;
    total.variance = sp::local_moran_variance::total;
    total.alternative = sp::alternative::greater;
    const auto p = sp::p_values(sp::local_moran(column(), w, total));
    const auto pbh = sp::p_adjust(p, sp::p_adjustment::benjamini_hochberg);
    const auto pbonf = sp::p_adjust(p, sp::p_adjustment::bonferroni);
    for (std::size_t i = 0; i < 31; ++i) {
        CAPTURE(i);
        if (i == hainan) {
            CHECK_FALSE(pbh[i].has_value());
            CHECK_FALSE(pbonf[i].has_value());
            continue;
        }
        CHECK(close(*pbh[i], spdep_ref::p_adjust_BH_W[i], 1e-9));
        CHECK(close(*pbonf[i], spdep_ref::p_adjust_bonferroni_W[i], 1e-9));
    }

    CHECK(sp::p_adjust(std::vector<double>{}, sp::p_adjustment::benjamini_hochberg).empty());
    CHECK(ineq_test::message_of([] { (void)sp::p_adjust(std::vector{0.1, 1.5}, sp::p_adjustment::bonferroni); }) ==
          "ineq::p_adjust: p-values must lie in [0, 1] (index 1, value 1.5)");
}

TEST_CASE("significant and lisa_clusters") {
    // BH at 0.05 on q: adjusted 0.04, 0.064, 0.064, 0.064, 0.267, 1, 0.0008, 0.571 -> units 0 and 6.
    const std::vector<std::optional<double>> q{0.01, 0.04, 0.03, 0.04, 0.2, 1, 0.0001, 0.5};
    const auto bh = sp::significant(q, 0.05, sp::p_adjustment::benjamini_hochberg);
    CHECK(bh == std::vector<bool>{true, false, false, false, false, false, true, false});
    // Bonferroni (m = 8): 0.08, 0.32, 0.24, ... -> only unit 6.
    CHECK(sp::significant(q, 0.05, sp::p_adjustment::bonferroni) ==
          std::vector<bool>{false, false, false, false, false, false, true, false});
    const std::vector<double> plain{0.01, 0.2};
    CHECK(sp::significant(plain, 0.05, sp::p_adjustment::bonferroni) == std::vector<bool>{true, false});
    // Unadjusted: 0.01, 0.04, 0.03, 0.04, 0.0001.
    CHECK(sp::significant(q, 0.05) == std::vector<bool>{true, true, true, true, false, false, true, false});

    const std::vector<std::optional<sp::quadrant>> quads{sp::quadrant::high_high, sp::quadrant::low_low,
                                                         sp::quadrant::high_low, std::nullopt};
    const std::vector<std::optional<double>> p{0.01, 0.2, 0.03, std::nullopt};
    const auto c = sp::lisa_clusters(quads, p, 0.05);
    CHECK(c == std::vector<sp::lisa_cluster>{sp::lisa_cluster::high_high, sp::lisa_cluster::not_significant,
                                             sp::lisa_cluster::high_low, sp::lisa_cluster::undefined});
    // Bonferroni over the three defined tests: 0.03, 0.6, 0.09.
    const auto cb = sp::lisa_clusters(quads, p, 0.05, sp::p_adjustment::bonferroni);
    CHECK(cb == std::vector<sp::lisa_cluster>{sp::lisa_cluster::high_high, sp::lisa_cluster::not_significant,
                                              sp::lisa_cluster::not_significant, sp::lisa_cluster::undefined});
    CHECK(std::string(sp::to_string(sp::lisa_cluster::low_high)) == "LH");
    CHECK(ineq_test::message_of([&] { (void)sp::lisa_clusters(quads, std::vector<std::optional<double>>{0.1}); }) ==
          "ineq::lisa_clusters: needs one p-value per quadrant (4), got 1");
    CHECK(ineq_test::message_of([&] { (void)sp::significant(q, 0.0); }) ==
          "ineq::significant: alpha must lie in (0, 1) (got 0)");
}

TEST_CASE("local_moran_permutation: reproducible per seed, independent of threads") {
    const auto x = column();
    const auto w = sp::province_contiguity(sp::weights_style::row_standardised, sp::island_policy::keep());
    sp::local_options o;
    o.resamples = 999;
    o.seed = 7;
    o.alternative = sp::alternative::two_sided;
    const auto a = sp::local_moran_permutation(x, w, o);
    const auto analytic = sp::local_moran(x, w);
    o.threads = 2;
    const auto b = sp::local_moran_permutation(x, w, o);
    o.threads = 5;
    const auto c = sp::local_moran_permutation(x, w, o);
    o.threads = 1;
    o.seed = 8;
    const auto d = sp::local_moran_permutation(x, w, o);
    std::size_t differ = 0;
    for (std::size_t i = 0; i < 31; ++i) {
        CAPTURE(i);
        if (i == hainan) {
            CHECK_FALSE(a[i].has_value());
            continue;
        }
        REQUIRE(a[i].has_value());
        REQUIRE(b[i].has_value());
        REQUIRE(c[i].has_value());
        REQUIRE(d[i].has_value());
        REQUIRE(analytic[i].has_value());
        CHECK(a[i]->statistic == doctest::Approx(analytic[i]->statistic).epsilon(1e-12));
        CHECK(a[i]->resamples == 999);
        CHECK(a[i]->seed == 7);
        // Bitwise the same whatever the thread count.
        CHECK(a[i]->expectation == b[i]->expectation);
        CHECK(a[i]->standard_error == b[i]->standard_error);
        CHECK(a[i]->p_value == b[i]->p_value);
        CHECK(a[i]->expectation == c[i]->expectation);
        CHECK(a[i]->p_value == c[i]->p_value);
        differ += a[i]->expectation != d[i]->expectation ? 1U : 0U;
        CHECK(a[i]->p_value >= 1.0 / 1000.0);
        CHECK(a[i]->p_value <= 1.0);
    }
    CHECK(differ == 30);  // another seed, other draws
}

TEST_CASE("local_moran_permutation: the draws have the conditional moments; p agrees with the normal one") {
    // Drawing k_i of the other n - 1 values without replacement is conditional randomisation, whose
    // exact mean and variance are spdep's conditional E.Ii and Var.Ii (Sokal, Oden and Thomson 1998).
    // So the mean of R draws is within a few Monte Carlo standard errors sqrt(Var/R) of E.Ii, and
    // their variance within a few per cent of Var.Ii. On n = 2000 normal values with about 6
    // neighbours each the permutation distribution is close to normal, so the pseudo p-values
    // (R = 9999, Monte Carlo sd at most 0.005) agree with the analytic ones: loose bounds, mean
    // absolute difference < 0.02, none beyond 0.1 (measured: 0.006 and 0.031).
    const std::size_t n = 2000;
    const auto w = random_weights(n, 3, 11);
    std::mt19937_64 gen(5);
    std::normal_distribution<double> normal(10.0, 2.0);
    std::vector<double> x(n);
    for (auto& v : x) {
        v = normal(gen);
    }
    sp::local_options o;
    o.resamples = 9999;
    o.seed = 3;
    o.threads = 2;
    o.alternative = sp::alternative::two_sided;
    const auto perm = sp::local_moran_permutation(x, w, o);
    const auto analytic = sp::local_moran(x, w);
    double sum_abs = 0.0;
    double worst = 0.0;
    std::size_t mean_outside = 0;
    std::size_t var_outside = 0;
    for (std::size_t i = 0; i < n; ++i) {
        REQUIRE(perm[i].has_value());
        REQUIRE(analytic[i].has_value());
        const double se = std::sqrt(analytic[i]->variance / 9999.0);
        mean_outside += std::abs(perm[i]->expectation - analytic[i]->expectation) > 4.0 * se ? 1U : 0U;
        const double ratio = perm[i]->standard_error * perm[i]->standard_error / analytic[i]->variance;
        var_outside += std::abs(ratio - 1.0) > 0.08 ? 1U : 0U;
        const double diff = std::abs(perm[i]->p_value - analytic[i]->p_value);
        sum_abs += diff;
        worst = std::max(worst, diff);
    }
    // 4 standard errors: about 0.006 % of units outside by chance; 8 % on the variance is over 5
    // standard errors of a sample variance of 9999 near-normal draws (sd ≈ sqrt(2/R) = 1.4 %).
    CHECK(mean_outside <= 2);
    CHECK(var_outside <= 2);
    CHECK(sum_abs / static_cast<double>(n) < 0.02);
    CHECK(worst < 0.1);
}

TEST_CASE("local_moran_permutation: moments on Table 1 (heavy tails)") {
    // The same identity on the study's skewed column: mean within 4 Monte Carlo standard errors
    // for every unit, and the sample variance within 10 % of Var.Ii (the sample variance of
    // draws from a heavy-tailed pool is noisier: 1364 is 4.2 sd above the mean; measured worst
    // 4.2 %). Drawing with replacement (spdep 1.2.7) would inflate the variance by
    // (n - 2)/(n - 1 - k_i), 21 % for k_i = 6, and fail here.
    const auto x = column();
    for (const auto style : {sp::weights_style::row_standardised, sp::weights_style::binary}) {
        const auto w = sp::province_contiguity(style, sp::island_policy::keep());
        sp::local_options o;
        o.resamples = 9999;
        const auto perm = sp::local_moran_permutation(x, w, o);
        const auto analytic = sp::local_moran(x, w);
        for (std::size_t i = 0; i < 31; ++i) {
            CAPTURE(i);
            if (i == hainan) {
                continue;
            }
            REQUIRE(perm[i].has_value());
            REQUIRE(analytic[i].has_value());
            const double se = std::sqrt(analytic[i]->variance / 9999.0);
            CHECK(std::abs(perm[i]->expectation - analytic[i]->expectation) <= 4.0 * se);
            CHECK(perm[i]->standard_error * perm[i]->standard_error == doctest::Approx(analytic[i]->variance).epsilon(0.1));
        }
    }
}

TEST_CASE("local_moran_permutation: ties and a zero deviation") {
    // x = (1, 1, 1, 4) on the path 0-1-2-3 (binary): z = (-0.75, -0.75, -0.75, 2.25).
    // Unit 1 (neighbours 0 and 2, both -0.75): the others are {-0.75, -0.75, 2.25}; a draw of two
    // gives lag -1.5 (prob 1/3, a tie with the observed lag) or 1.5. I_1 = z_1/m2·lag decreases in
    // the lag, so "greater" counts draws with lag <= -1.5: all ties, about R/3 of them.
    const auto w = sp::weights::from_pairs(
        4, std::vector<std::pair<std::size_t, std::size_t>>{{0, 1}, {1, 2}, {2, 3}}, sp::weights_style::binary);
    sp::local_options o;
    o.resamples = 3000;
    o.alternative = sp::alternative::greater;  // the local default is two_sided
    const auto t = sp::local_moran_permutation(std::vector{1.0, 1.0, 1.0, 4.0}, w, o);
    REQUIRE(t[1].has_value());
    CHECK(t[1]->p_value == doctest::Approx(1.0 / 3.0).epsilon(0.1));
    // A unit at the mean has I = 0 in every draw: p = 1.
    const auto u = sp::local_moran_permutation(std::vector{0.0, 1.0, 2.0, 5.0}, w, o);
    const auto v = sp::local_moran_permutation(std::vector{0.0, 2.0, 1.0, 1.0}, w, o);
    REQUIRE(v[2].has_value());
    CHECK(v[2]->statistic == 0.0);
    CHECK(v[2]->p_value == 1.0);
    CHECK(u[0].has_value());
}
