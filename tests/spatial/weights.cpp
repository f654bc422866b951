#include <ineq/spatial/weights.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <utility>
#include <vector>

using ineq::spatial::island_policy;
using ineq::spatial::neighbour_link;
using ineq::spatial::weights;
using ineq::spatial::weights_style;
using ineq_test::message_of;

namespace {

// A path 0 - 1 - 2 - 3 and a unit 4 without neighbours.
const std::vector<std::pair<std::size_t, std::size_t>> path_pairs{{0, 1}, {1, 2}, {2, 3}};

}  // namespace

TEST_CASE("weights: neighbours, values and cardinality of a path") {
    const auto w = weights::from_pairs(4, path_pairs, weights_style::binary);
    CHECK(w.size() == 4);
    CHECK(w.link_count() == 6);
    REQUIRE(w.neighbours(1).size() == 2);
    CHECK(w.neighbours(1)[0] == 0);
    CHECK(w.neighbours(1)[1] == 2);
    CHECK(w.cardinality(0) == 1);
    CHECK(w.values(2)[0] == 1.0);
    CHECK(w.symmetric());
    CHECK(w.islands().empty());
    CHECK(std::string(to_string(w.style())) == "B");
}

TEST_CASE("weights: styles by hand on a path of four") {
    // Binary: S0 = 6 links; S1 = ½ Σ (w_ij + w_ji)² = ½ · 6 · 4 = 12;
    // S2 = Σ (row_i + col_i)² = (2·1)² + (2·2)² + (2·2)² + (2·1)² = 40.
    const auto b = weights::from_pairs(4, path_pairs, weights_style::binary);
    CHECK(b.s0() == doctest::Approx(6.0));
    CHECK(b.s1() == doctest::Approx(12.0));
    CHECK(b.s2() == doctest::Approx(40.0));

    // Row-standardised: rows 0 and 3 give 1 to their one neighbour, rows 1 and 2 give ½.
    const auto w = b.restyled(weights_style::row_standardised);
    CHECK(w.values(0)[0] == doctest::Approx(1.0));
    CHECK(w.values(1)[0] == doctest::Approx(0.5));
    CHECK(w.s0() == doctest::Approx(4.0));
    CHECK_FALSE(w.symmetric());
    // Pairs (0,1) and (2,3): w+w' = 1.5; pair (1,2): 1. S1 = ½ · 2 · (2·1.5² + 1²) = 5.5.
    CHECK(w.s1() == doctest::Approx(5.5));
    // Column sums: 0.5, 1.5, 1.5, 0.5; row sums 1: S2 = 1.5² + 2.5² + 2.5² + 1.5² = 17.
    CHECK(w.s2() == doctest::Approx(17.0));

    // Global: every weight n/S0 = 4/6.
    const auto c = b.restyled(weights_style::global);
    CHECK(c.values(1)[1] == doctest::Approx(4.0 / 6.0));
    CHECK(c.s0() == doctest::Approx(4.0));

    // Variance-stabilising: u_ij = 1/√card(i): rows 0,3 give 1, rows 1,2 give 1/√2 each;
    // Σu = 2 + 4/√2 = 2 + 2√2; w = 4 u / Σu.
    const auto s = b.restyled(weights_style::variance_stabilising);
    const double total = 2.0 + 2.0 * std::sqrt(2.0);
    CHECK(s.values(0)[0] == doctest::Approx(4.0 / total));
    CHECK(s.values(1)[0] == doctest::Approx(4.0 / std::sqrt(2.0) / total));
    CHECK(s.s0() == doctest::Approx(4.0));
}

TEST_CASE("weights: lag is W x, zero for an island") {
    const auto w = weights::from_pairs(5, path_pairs, weights_style::row_standardised, island_policy::keep());
    Eigen::VectorXd x(5);
    x << 1.0, 2.0, 4.0, 8.0, 100.0;
    const Eigen::VectorXd lag = w.lag(x);
    CHECK(lag[0] == doctest::Approx(2.0));
    CHECK(lag[1] == doctest::Approx(2.5));
    CHECK(lag[2] == doctest::Approx(5.0));
    CHECK(lag[3] == doctest::Approx(4.0));
    CHECK(lag[4] == 0.0);
    CHECK(message_of([&] { (void)w.lag(Eigen::VectorXd::Zero(3)); }) ==
          "ineq::weights::lag: needs one value per unit (5), got 3");
}

TEST_CASE("weights: islands are an error unless the caller chooses") {
    CHECK(message_of([] { (void)weights::from_pairs(5, path_pairs); }) ==
          "ineq::weights::from_links: 1 unit(s) without neighbours (islands: 4); choose "
          "island_policy::keep() or nearest()");
    const auto kept = weights::from_pairs(5, path_pairs, weights_style::row_standardised, island_policy::keep());
    REQUIRE(kept.islands().size() == 1);
    CHECK(kept.islands()[0] == 4);
    CHECK(kept.cardinality(4) == 0);
    // Islands add nothing: S0 counts the four units with neighbours.
    CHECK(kept.s0() == doctest::Approx(4.0));
    // C and S scale to n' = 4, the units with neighbours (spdep's zero.policy constants).
    CHECK(kept.restyled(weights_style::global).s0() == doctest::Approx(4.0));

    // Nearest: unit 4 sits next to unit 3, so it joins 3 both ways.
    const std::vector<ineq::spatial::geo_point> pts{{100, 30}, {101, 30}, {102, 30}, {103, 30}, {103.5, 30}};
    const auto joined = weights::from_pairs(5, path_pairs, weights_style::binary, island_policy::nearest(pts));
    CHECK(joined.islands().empty());
    REQUIRE(joined.neighbours(4).size() == 1);
    CHECK(joined.neighbours(4)[0] == 3);
    CHECK(joined.neighbours(3).size() == 2);
    CHECK(joined.symmetric());
    // Two nearest: 3 and then 2.
    const auto two = weights::from_pairs(5, path_pairs, weights_style::binary, island_policy::nearest(pts, 2));
    CHECK(two.neighbours(4).size() == 2);
    CHECK(two.neighbours(4)[0] == 2);

    CHECK(message_of([&] {
              (void)weights::from_pairs(5, path_pairs, weights_style::binary,
                                        island_policy::nearest({{1, 1}}));
          }) == "ineq::weights::from_links: island_policy::nearest needs one point per unit (5), got 1");
    CHECK(message_of([] { (void)island_policy::nearest({}, 0); }) ==
          "ineq::island_policy::nearest: k must be at least 1");
}

TEST_CASE("weights: bad links are named") {
    CHECK(message_of([] { (void)weights::from_links(3, {{0, 3, 1.0}}); }) ==
          "ineq::weights::from_links: a link names a unit outside 0..n-1 (index 0, value 3)");
    CHECK(message_of([] { (void)weights::from_links(3, {{1, 1, 1.0}}); }) ==
          "ineq::weights::from_links: a unit cannot be its own neighbour (index 0, value 1)");
    CHECK(message_of([] { (void)weights::from_links(2, {{0, 1, 1.0}, {1, 0, -2.0}}); }) ==
          "ineq::weights::from_links: general weights must be finite and positive (index 1, value -2)");
    CHECK(message_of([] { (void)weights::from_links(2, {{0, 1, NAN}, {1, 0, 1.0}}); }) ==
          "ineq::weights::from_links: general weights must be finite and positive (index 0, value nan)");
    CHECK(message_of([] { (void)weights::from_links(2, {{0, 1, 1.0}, {1, 0, 1.0}, {0, 1, 2.0}}); }) ==
          "ineq::weights::from_links: a link given twice with different weights (from unit 0 to unit 1)");
    // The same link twice with the same weight is one link.
    CHECK(weights::from_links(2, {{0, 1, 1.0}, {1, 0, 1.0}, {0, 1, 1.0}}).link_count() == 2);
    const auto w = weights::from_pairs(4, path_pairs);
    CHECK(message_of([&] { (void)w.neighbours(4); }) ==
          "ineq::weights::neighbours: unit index out of range (index 4, value 4)");
}

TEST_CASE("weights: neighbour lists as spdep's nb, and general weights kept for restyling") {
    const auto w = weights::from_neighbour_lists({{1}, {0, 2}, {1}}, weights_style::binary);
    CHECK(w.link_count() == 4);
    const auto d = weights::from_links(3, {{0, 1, 0.5}, {1, 0, 0.5}, {1, 2, 2.0}, {2, 1, 2.0}},
                                       weights_style::row_standardised);
    // Row 1: 0.5 and 2 → 0.2 and 0.8.
    CHECK(d.values(1)[0] == doctest::Approx(0.2));
    CHECK(d.values(1)[1] == doctest::Approx(0.8));
    CHECK(d.restyled(weights_style::binary).values(1)[1] == 2.0);
    CHECK(d.general().coeff(1, 2) == 2.0);
}
