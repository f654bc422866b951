// <ineq/stats.hpp> alone gives the whole inference vocabulary: the result types and field
// tables, distributions, multiple testing and rank statistics.

#include <ineq/stats.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <vector>

TEST_CASE("the stats umbrella reaches every part") {
    // Φ(1.959963984540054) = 0.975 (R: pnorm(1.959963984540054) = 0.975).
    CHECK(ineq::stats::normal_cdf(1.959963984540054) == doctest::Approx(0.975).epsilon(1e-12));
    // Bonferroni on (0.01, 0.04): (0.02, 0.08) (R: p.adjust(c(0.01, 0.04), "bonferroni")).
    const std::array<double, 2> p{0.01, 0.04};
    const auto adjusted = ineq::stats::p_adjust(p, ineq::stats::p_adjustment::bonferroni);
    REQUIRE(adjusted.size() == 2);
    CHECK(adjusted[0] == doctest::Approx(0.02));
    CHECK(adjusted[1] == doctest::Approx(0.08));
    // Perfect concordance: tau = 1 (R: cor(1:4, c(2, 4, 6, 8), method = "kendall") = 1).
    const std::vector<double> x{1, 2, 3, 4};
    const std::vector<double> y{2, 4, 6, 8};
    CHECK(ineq::stats::kendall_tau(x, y) == doctest::Approx(1.0));
    CHECK(ineq::stats::field_names<ineq::stats::permutation_test>()[0] == "statistic");
}
