#include <ineq/spatial/local_g.hpp>
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
// (R 4.2.2, spdep 1.2.7): localG(x, listw, zero.policy = TRUE, return_internals = TRUE) on
// nb2listw(nb, style) (G) and on nb2listw(include.self(nb), style) (G*), styles W and B. The
// variable is Table 1's cooperative column in its printed order over the provinces in ineq's
// order; nb the 68 land borders (Hainan an island).

namespace sp = ineq::spatial;

namespace {

const std::size_t hainan = ineq::province_from_code(46).value().index();

std::vector<double> column() {
    return {ineq_test::table1_cooperative.begin(), ineq_test::table1_cooperative.end()};
}

bool close(double a, double b, double rel = 1e-10) {
    return std::abs(a - b) <= rel * std::max(1.0, std::abs(b));
}

// The raw scale is small (G ~ 0.01, V ~ 1e-4): compare relatively.
bool rel_close(double a, double b, double rel = 1e-10) { return std::abs(a - b) <= rel * std::abs(b); }

void check_against(const std::vector<std::optional<sp::analytic_test>>& got,
                   const std::array<std::array<double, 5>, 31>& want, bool island_defined) {
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        CAPTURE(i);
        if (i == hainan && !island_defined) {
            CHECK_FALSE(got[i].has_value());
            CHECK(std::isnan(want[i][3]));
            continue;
        }
        REQUIRE(got[i].has_value());
        const auto& t = *got[i];
        CHECK(rel_close(t.statistic, want[i][0]));
        CHECK(rel_close(t.expectation, want[i][1]));
        CHECK(rel_close(t.variance, want[i][2]));
        CHECK(close(t.z, want[i][3]));
        CHECK(close(t.p_value, want[i][4]));
    }
}

}  // namespace

TEST_CASE("local_g: spdep localG on Table 1, styles W and B, with and without self") {
    const auto x = column();
    const auto w = sp::province_contiguity(sp::weights_style::row_standardised, sp::island_policy::keep());
    const auto b = w.restyled(sp::weights_style::binary);
    check_against(sp::local_g(x, w), spdep_ref::localG_W, false);
    check_against(sp::local_g(x, b), spdep_ref::localG_B, false);
    // G* keeps the island (w_ii = 1): spdep reports it too.
    check_against(sp::local_g(x, w, sp::local_g_kind::g_star), spdep_ref::localG_star_W, true);
    check_against(sp::local_g(x, b, sp::local_g_kind::g_star), spdep_ref::localG_star_B, true);
}

TEST_CASE("local_g: closed forms") {
    // Path 0-1-2, binary, x = (1, 2, 3). G_0 = 2/(2 + 3) = 0.4. For G_0: others (2, 3),
    // x̄_0 = 2.5, s_0² = (4 + 9)/2 - 6.25 = 0.25, W_0 = S1_0 = 1, E = 2.5, V = 0.25 (2·1 - 1)/1 = 0.25,
    // z = (2 - 2.5)/0.5 = -1. Unit 1 has every other unit as neighbour: G_1 = 1 always,
    // V = s_1² ((n-1)·2 - 2²)/(n-2) = 0, so it is not defined.
    const auto w = sp::weights::from_pairs(3, std::vector<std::pair<std::size_t, std::size_t>>{{0, 1}, {1, 2}},
                                           sp::weights_style::binary);
    const std::vector<double> x{1.0, 2.0, 3.0};
    const auto g = sp::local_g(x, w);
    REQUIRE(g[0].has_value());
    CHECK_FALSE(g[1].has_value());
    CHECK(g[0]->statistic == doctest::Approx(0.4).epsilon(1e-15));
    CHECK(g[0]->z == doctest::Approx(-1.0).epsilon(1e-14));
    CHECK(g[0]->expectation == doctest::Approx(2.5 / 5.0).epsilon(1e-14));
    // G*_0 = (1 + 2)/6 = 0.5 (binary, w_00 = 1).
    const auto gs = sp::local_g(x, w, sp::local_g_kind::g_star);
    REQUIRE(gs[0].has_value());
    CHECK(gs[0]->statistic == doctest::Approx(0.5).epsilon(1e-15));
    // Row-standardised G*: row 0 is {self, 1} with 1/2 each: G*_0 = (1/2 + 2/2)/6 = 0.25.
    // E = W_0 x̄ / Σx = 1·2/6; s² = 2/3, V = s² (3·(1/2) - 1)/2 / 36 = 1/6/36; z = (1.5 - 2)/√(1/6).
    const auto gw = sp::local_g(x, w.restyled(sp::weights_style::row_standardised), sp::local_g_kind::g_star);
    REQUIRE(gw[0].has_value());
    CHECK(gw[0]->statistic == doctest::Approx(0.25).epsilon(1e-15));
    CHECK(gw[0]->expectation == doctest::Approx(1.0 / 3.0).epsilon(1e-15));
    CHECK(gw[0]->z == doctest::Approx(-0.5 / std::sqrt(1.0 / 6.0)).epsilon(1e-14));
    CHECK_FALSE(gw[1].has_value());  // all three units with 1/3 each: G*_1 = 1/3 always
}

TEST_CASE("local_g: bad input and undefined units") {
    const auto w = sp::province_contiguity(sp::weights_style::row_standardised, sp::island_policy::keep());
    auto x = column();
    x[4] = -1.0;
    CHECK(ineq_test::message_of([&] { (void)sp::local_g(x, w); }) ==
          "ineq::local_g: values must be non-negative (index 4, value -1)");
    CHECK(ineq_test::message_of([&] { (void)sp::local_g(std::vector<double>(31, 0.0), w); }) ==
          "ineq::local_g: values must not all be zero");
    CHECK(ineq_test::message_of([&] { (void)sp::local_g_permutation(x, w, sp::local_g_kind::g_star); }) ==
          "ineq::local_g_permutation: values must be non-negative (index 4, value -1)");
    // Only unit 0 positive: for G_0 the others sum to 0, undefined; the others are defined.
    const auto path = sp::weights::from_pairs(
        4, std::vector<std::pair<std::size_t, std::size_t>>{{0, 1}, {1, 2}, {2, 3}}, sp::weights_style::binary);
    const auto g = sp::local_g(std::vector{5.0, 0.0, 0.0, 0.0}, path);
    CHECK_FALSE(g[0].has_value());
    REQUIRE(g[1].has_value());
    CHECK(g[1]->statistic == doctest::Approx(1.0).epsilon(1e-15));  // (5 + 0)/(5 + 0)
}

TEST_CASE("local_g_permutation: reproducible, thread-independent, conditional moments") {
    const auto x = column();
    for (const auto kind : {sp::local_g_kind::g, sp::local_g_kind::g_star}) {
        const auto w = sp::province_contiguity(sp::weights_style::binary, sp::island_policy::keep());
        sp::local_options o;
        o.resamples = 9999;
        o.seed = 99;
        const auto a = sp::local_g_permutation(x, w, kind, o);
        o.threads = 3;
        const auto b = sp::local_g_permutation(x, w, kind, o);
        const auto analytic = sp::local_g(x, w, kind);
        // For G*, the analytic moments permute x_i too; the conditional ones keep it:
        //   E = (x_i + Σ_{j∈N(i)} 1 · x̄_(i))/Σx, with x̄_(i) the mean of the others (binary weights),
        //   V = k_i S²_(i) (1 - k_i/(n - 1)) / (Σx)², S²_(i) = Σ_{j≠i} (x_j - x̄_(i))²/(n - 2).
        double total = 0.0;
        for (const double v : x) {
            total += v;
        }
        for (std::size_t i = 0; i < 31; ++i) {
            CAPTURE(i);
            if (i == hainan) {
                CHECK_FALSE(a[i].has_value());  // no neighbours to permute, also for G*
                continue;
            }
            REQUIRE(a[i].has_value());
            REQUIRE(b[i].has_value());
            REQUIRE(analytic[i].has_value());
            CHECK(a[i]->expectation == b[i]->expectation);
            CHECK(a[i]->standard_error == b[i]->standard_error);
            CHECK(a[i]->p_value == b[i]->p_value);
            CHECK(a[i]->statistic == doctest::Approx(analytic[i]->statistic).epsilon(1e-12));
            const double k = static_cast<double>(w.cardinality(i));
            const double mean_others = (total - x[i]) / 30.0;
            double ss = 0.0;
            for (std::size_t j = 0; j < 31; ++j) {
                if (j != i) {
                    ss += (x[j] - mean_others) * (x[j] - mean_others);
                }
            }
            const double s2 = ss / 29.0;
            const double self = kind == sp::local_g_kind::g_star ? x[i] : 0.0;
            const double denom = kind == sp::local_g_kind::g_star ? total : total - x[i];
            const double e = (self + k * mean_others) / denom;
            const double v = k * s2 * (1.0 - k / 30.0) / (denom * denom);
            if (kind == sp::local_g_kind::g) {  // for G these are spdep's moments
                CHECK(e == doctest::Approx(analytic[i]->expectation).epsilon(1e-12));
                CHECK(v == doctest::Approx(analytic[i]->variance).epsilon(1e-10));
            }
            CHECK(std::abs(a[i]->expectation - e) <= 4.0 * std::sqrt(v / 9999.0));
            CHECK(a[i]->standard_error * a[i]->standard_error == doctest::Approx(v).epsilon(0.1));  // with replacement: +21 % at k = 6
        }
    }
}
