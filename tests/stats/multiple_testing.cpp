#include <ineq/stats/multiple_testing.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <optional>
#include <vector>

namespace st = ineq::stats;
using st::p_adjustment;

namespace {
// Rscript -e 'p <- c(0.01, 0.04, 0.03, 0.04, 0.2, 1, 0.0001, 0.5);
//   print(p.adjust(p, "holm"), digits = 17); print(p.adjust(p, "BH"), digits = 17);
//   print(p.adjust(p, "bonferroni"), digits = 17)'        (R 4.2.2)
const std::vector<double> q{0.01, 0.04, 0.03, 0.04, 0.2, 1, 0.0001, 0.5};
const std::vector<double> holm{0.07, 0.2, 0.18, 0.2, 0.6, 1, 0.0008, 1};
const std::vector<double> bh{0.04, 0.064, 0.064, 0.064, 0.26666666666666666297, 1, 0.0008, 0.57142857142857139685};
const std::vector<double> bonferroni{0.08, 0.32, 0.24, 0.32, 1, 1, 0.0008, 1};

void check_all(const std::vector<double>& got, const std::vector<double>& want) {
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        CAPTURE(i);
        CHECK(got[i] == doctest::Approx(want[i]).epsilon(1e-15));
    }
}
}  // namespace

TEST_CASE("p_adjust: R p.adjust's Holm, Benjamini-Hochberg and Bonferroni") {
    check_all(st::p_adjust(q, p_adjustment::holm), holm);
    check_all(st::p_adjust(q, p_adjustment::benjamini_hochberg), bh);
    check_all(st::p_adjust(q, p_adjustment::bonferroni), bonferroni);
    check_all(st::p_adjust(q, p_adjustment::none), q);
}

TEST_CASE("p_adjust: missing tests stay missing and do not count (R's NA)") {
    // Rscript -e 'print(p.adjust(c(0.02, NA, 0.01, 0.04), "holm"), digits = 17)' -> 0.04 NA 0.03 0.04
    const std::vector<std::optional<double>> p{0.02, std::nullopt, 0.01, 0.04};
    const auto h = st::p_adjust(p, p_adjustment::holm);
    CHECK(*h[0] == doctest::Approx(0.04).epsilon(1e-15));
    CHECK(!h[1].has_value());
    CHECK(*h[2] == doctest::Approx(0.03).epsilon(1e-15));
    CHECK(*h[3] == doctest::Approx(0.04).epsilon(1e-15));
}

TEST_CASE("significant: the adjusted p at most alpha; Holm rejects no fewer than Bonferroni") {
    const auto by_holm = st::significant(q, 0.1, p_adjustment::holm);
    const auto by_bonferroni = st::significant(q, 0.1, p_adjustment::bonferroni);
    CHECK(by_holm == std::vector<bool>{true, false, false, false, false, false, true, false});
    CHECK(by_bonferroni == std::vector<bool>{true, false, false, false, false, false, true, false});
    CHECK(st::significant(q, 0.07, p_adjustment::holm)[0]);
    CHECK(!st::significant(q, 0.07, p_adjustment::bonferroni)[0]);  // 0.08 > 0.07
}

TEST_CASE("p_adjust and significant: errors name the index and value") {
    CHECK(ineq_test::message_of([] { (void)st::p_adjust(std::vector{0.1, 1.5}, p_adjustment::holm); }) ==
          "ineq::p_adjust: p-values must lie in [0, 1] (index 1, value 1.5)");
    CHECK(ineq_test::message_of([] { (void)st::significant(std::vector{0.1}, 1.0); }) ==
          "ineq::significant: alpha must lie in (0, 1) (got 1)");
}
