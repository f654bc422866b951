#include <ineq/spatial/markov.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <Eigen/Core>

#include <cstddef>
#include <utility>
#include <vector>

namespace {
// Nine units on a 3 x 3 lattice (unit 3r + c), rook contiguity, row-standardised: corners
// have two neighbours, edges three, the centre four. Four periods of integer values.
// Reference: a numpy re-implementation of giddy's Spatial_Markov (quantiles per period,
// mapclassify's boundary rule) and homogeneity test, kept beside:
//   /usr/bin/python3 tests/spatial/reference/spatial_markov.py
const int values[9][4] = {{9, 6, 7, 9}, {6, 7, 8, 3}, {1, 3, 3, 8}, {9, 1, 5, 8}, {2, 8, 2, 5},
                          {8, 3, 4, 3}, {7, 3, 9, 5}, {5, 5, 6, 5}, {5, 9, 8, 8}};
const int classes[9][4] = {{2, 1, 1, 2}, {1, 2, 2, 0}, {0, 0, 0, 1}, {2, 0, 1, 1}, {0, 2, 0, 0},
                           {2, 0, 0, 0}, {1, 0, 2, 0}, {0, 1, 1, 0}, {0, 2, 2, 1}};
const int lag_classes[9][4] = {{2, 0, 2, 1}, {0, 1, 0, 2}, {1, 1, 1, 0}, {1, 1, 1, 1}, {1, 0, 1, 0},
                               {0, 2, 0, 2}, {1, 0, 1, 2}, {0, 2, 2, 1}, {1, 0, 0, 0}};
const int conditional[3][3][3] = {{{1, 1, 1}, {0, 1, 1}, {3, 1, 1}},
                                  {{3, 2, 2}, {1, 1, 0}, {2, 0, 1}},
                                  {{1, 0, 0}, {1, 1, 1}, {0, 1, 0}}};

std::vector<std::pair<std::size_t, std::size_t>> lattice_pairs() {
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t r = 0; r < 3; ++r) {
        for (std::size_t c = 0; c < 3; ++c) {
            if (c + 1 < 3) pairs.emplace_back(3 * r + c, 3 * r + c + 1);
            if (r + 1 < 3) pairs.emplace_back(3 * r + c, 3 * (r + 1) + c);
        }
    }
    return pairs;
}

Eigen::MatrixXd panel() {
    Eigen::MatrixXd p(9, 4);
    for (Eigen::Index i = 0; i < 9; ++i) {
        for (Eigen::Index t = 0; t < 4; ++t) {
            p(i, t) = values[i][t];
        }
    }
    return p;
}
}  // namespace

TEST_CASE("spatial_markov: a 3 x 3 lattice against a numpy re-implementation") {
    const auto pairs = lattice_pairs();
    const auto w = ineq::spatial::weights::from_pairs(9, pairs);
    const auto sm = ineq::spatial::spatial_markov(panel(), w, ineq::markov_classes::quantiles(3));
    for (Eigen::Index i = 0; i < 9; ++i) {
        for (Eigen::Index t = 0; t < 4; ++t) {
            CAPTURE(i);
            CAPTURE(t);
            CHECK(sm.classes(i, t) == classes[i][t]);
            CHECK(sm.lag_classes(i, t) == lag_classes[i][t]);
        }
    }
    // By hand: unit 0 (a corner) has neighbours 1 and 3, lag (6 + 9) / 2 = 7.5 in period 0;
    // the centre's lag is (6 + 9 + 8 + 5) / 4 = 7, exactly the upper lag cut point
    // (np.percentile(L[:,0],[100/3,200/3]) -> 5.555555555555555 7.0), so it is in the lower class 1.
    CHECK(sm.lags(0, 0) == 7.5);
    CHECK(sm.lags(4, 0) == 7.0);
    CHECK(sm.lag_cut_points(1, 0) == 7.0);
    CHECK(sm.lag_cut_points(0, 0) == doctest::Approx(5.555555555555555).epsilon(1e-15));
    CHECK(sm.lag_classes(4, 0) == 1);
    REQUIRE(sm.conditional_counts.size() == 3);
    Eigen::MatrixXd sum = Eigen::MatrixXd::Zero(3, 3);
    for (std::size_t l = 0; l < 3; ++l) {
        for (Eigen::Index a = 0; a < 3; ++a) {
            for (Eigen::Index b = 0; b < 3; ++b) {
                CHECK(sm.conditional_counts[l](a, b) == conditional[l][a][b]);
            }
        }
        sum += sm.conditional_counts[l];
    }
    CHECK(sum == sm.counts);  // no islands: the conditional chains partition the pooled one
    CHECK(sm.counts.sum() == 27.0);
    CHECK(sm.conditional_probabilities[0](2, 0) == doctest::Approx(0.6).epsilon(1e-15));  // 3 / (3 + 1 + 1)
    //   -> Q 7.781269841269841, LR 9.336139925839113, dof 12, p 0.801981304181526, 0.6739830079234004
    CHECK(sm.homogeneity.dof == 12);
    CHECK(sm.homogeneity.chi2 == doctest::Approx(7.781269841269841).epsilon(1e-13));
    CHECK(sm.homogeneity.lr == doctest::Approx(9.336139925839113).epsilon(1e-13));
    CHECK(sm.homogeneity.chi2_p_value == doctest::Approx(0.801981304181526).epsilon(1e-12));
    CHECK(sm.homogeneity.lr_p_value == doctest::Approx(0.6739830079234004).epsilon(1e-12));
    // A different rule for the lags: two pooled-quantile lag classes.
    ineq::spatial::spatial_markov_options o;
    o.lag_classes = ineq::markov_classes::pooled_quantiles(2);
    const auto sm2 = ineq::spatial::spatial_markov(panel(), w, ineq::markov_classes::quantiles(3), o);
    CHECK(sm2.conditional_counts.size() == 2);
    CHECK(sm2.conditional_counts[0] + sm2.conditional_counts[1] == sm.counts);
    CHECK(sm2.lag_cut_points.rows() == 1);
    CHECK(sm2.lag_cut_points(0, 0) == sm2.lag_cut_points(0, 3));
}

TEST_CASE("spatial_markov: islands are an error unless excluded") {
    // A tenth unit without neighbours.
    const auto pairs = lattice_pairs();
    const auto w = ineq::spatial::weights::from_pairs(10, pairs, ineq::spatial::weights_style::row_standardised,
                                                      ineq::spatial::island_policy::keep());
    Eigen::MatrixXd p(10, 4);
    p.topRows(9) = panel();
    p.row(9) << 1, 9, 1, 9;  // it jumps between the extreme classes
    CHECK(ineq_test::message_of([&] {
              (void)ineq::spatial::spatial_markov(p, w, ineq::markov_classes::quantiles(3));
          }) == "ineq::spatial_markov: 1 unit(s) without neighbours (islands: 9); choose "
                "island_transitions::exclude or weights joining them");
    ineq::spatial::spatial_markov_options o;
    o.islands = ineq::spatial::island_transitions::exclude;
    const auto sm = ineq::spatial::spatial_markov(p, w, ineq::markov_classes::quantiles(3), o);
    CHECK((sm.lag_classes.row(9).array() == -1).all());
    CHECK(sm.lags(9, 0) == 0.0);
    // The island's lag (0) is left out of the lag quantiles: the cut points are the lattice's.
    const auto lattice = ineq::spatial::spatial_markov(panel(), ineq::spatial::weights::from_pairs(9, pairs),
                                                       ineq::markov_classes::quantiles(3));
    CHECK(sm.lag_cut_points == lattice.lag_cut_points);
    // Its three transitions stay in the pooled chain only.
    Eigen::MatrixXd sum = Eigen::MatrixXd::Zero(3, 3);
    for (const auto& m : sm.conditional_counts) {
        sum += m;
    }
    CHECK(sm.counts.sum() == 30.0);
    CHECK(sum.sum() == 27.0);
    CHECK(sm.classes(9, 0) == 0);
    CHECK(sm.classes(9, 1) == 2);
    // The pooled transitions of the island (0 -> 2, 2 -> 0, 0 -> 2) are the difference.
    const Eigen::MatrixXd diff = sm.counts - sum;
    CHECK(diff(0, 2) == 2.0);
    CHECK(diff(2, 0) == 1.0);
    CHECK(diff.sum() == 3.0);
}

TEST_CASE("spatial_markov: bad input") {
    const auto pairs = lattice_pairs();
    const auto w = ineq::spatial::weights::from_pairs(9, pairs);
    CHECK(ineq_test::message_of([&] {
              (void)ineq::spatial::spatial_markov(panel().topRows(8), w, ineq::markov_classes::quantiles(3));
          }) == "ineq::spatial_markov: the weights need one unit per row of the panel (8), got 9");
    CHECK(ineq_test::message_of([&] {
              (void)ineq::spatial::spatial_markov(panel().leftCols(1), w, ineq::markov_classes::quantiles(3));
          }) == "ineq::spatial_markov: the panel has too few periods (columns) (got 1)");
    ineq::spatial::spatial_markov_options o;
    o.empty_rows = ineq::empty_row_rule::error;
    CHECK(ineq_test::message_of([&] {
              (void)ineq::spatial::spatial_markov(panel(), w, ineq::markov_classes::breaks({100.0}), o);
          }) == "ineq::spatial_markov: pooled chain: a class never starts a transition; choose "
                "empty_row_rule::zero or stay (index = class) (index 1, value 0)");
    // Under the default (zero rows) the same chain is fine and its empty row is zero.
    const auto zero = ineq::spatial::spatial_markov(panel(), w, ineq::markov_classes::breaks({100.0}));
    CHECK(zero.probabilities(0, 0) == 1.0);
    CHECK(zero.probabilities.row(1).sum() == 0.0);
    const auto alone = ineq::spatial::weights::from_pairs(2, {}, ineq::spatial::weights_style::row_standardised,
                                                          ineq::spatial::island_policy::keep());
    o = {};
    o.islands = ineq::spatial::island_transitions::exclude;
    Eigen::MatrixXd two(2, 2);
    two << 1, 2, 3, 4;
    CHECK(ineq_test::message_of([&] {
              (void)ineq::spatial::spatial_markov(two, alone, ineq::markov_classes::quantiles(2), o);
          }) == "ineq::spatial_markov: every unit is an island; there is no spatial lag to condition on");
}
