#include <ineq/measures/agglomeration.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace {
bool close(double a, double b, double tol = 1e-13) { return std::abs(a - b) <= tol * std::abs(b) + 1e-15; }

// 6 provinces x 4 fields, and 9 applicants in 5 regions, with the direct formulas:
// /usr/bin/python3 - <<'P'
// import numpy as np
// X=np.array([[12,0,3,5],[40,22,9,1],[7,7,7,7],[0,1,30,2],[15,60,4,0],[3,3,3,50]],float)
// LQ=(X/X.sum(1,keepdims=True))/(X.sum(0)/X.sum()); print(LQ.tolist())
// print([np.abs(X[u]/X[u].sum()-(X.sum(0)-X[u])/(X.sum()-X[u].sum())).sum() for u in range(6)])
// print([np.abs(X[u]/X[u].sum()-X.sum(0)/X.sum()).sum() for u in range(6)])
// e=np.array([120,40,40,10,5,5,3,1,1],float); r=np.array([0,0,1,0,2,3,4,4,1]); xr=np.array([500,300,100,60,40],float)
// x=xr/xr.sum(); z=e/e.sum(); s=np.array([z[r==k].sum() for k in range(5)]); H=(z**2).sum()
// G=((s-x)**2).sum(); eg=(G-(1-(x**2).sum())*H)/((1-(x**2).sum())*(1-H))
// ms=((s**2).sum()-(x**2).sum()-H*(1-(x**2).sum()))/((1-(x**2).sum())*(1-H))
// print(H, G, eg, ms, (x**2).sum())
// P
const std::vector<int> table{12, 0, 3, 5, 40, 22, 9, 1, 7, 7, 7, 7, 0, 1, 30, 2, 15, 60, 4, 0, 3, 3, 3, 50};
const double lq[6][4] = {
    {2.2675324675324675, 0.0, 0.7794642857142856, 1.1192307692307693},
    {2.0995670995670994, 0.9560931899641577, 0.6495535714285714, 0.06217948717948717},
    {0.9448051948051948, 0.7822580645161291, 1.2991071428571428, 1.1192307692307693},
    {0.0, 0.09481915933528838, 4.724025974025974, 0.27132867132867133},
    {0.7175735656748315, 2.3764801959983672, 0.26311030741410485, 0.0},
    {0.1921637684349549, 0.15910333515582287, 0.26422518159806296, 3.794002607561929}};
const double krugman_rest[] = {0.7774907749077491, 0.7732115677321156, 0.18631178707224336,
                               1.616631430584919,  1.2076665870551708, 1.5656049094097018};
const double krugman_all[] = {0.7240549828178694, 0.581901489117984,  0.16838487972508587,
                              1.4333020930959075, 0.8798120840401933, 1.2481798590482847};
}  // namespace

TEST_CASE("location quotients and RCA: by hand and against numpy") {
    // {{1, 3}, {2, 2}}: row totals 4, 4, column totals 3, 5, total 8.
    // LQ_00 = (1/4)/(3/8) = 2/3, LQ_01 = (3/4)/(5/8) = 6/5, LQ_10 = (2/4)/(3/8) = 4/3, LQ_11 = (2/4)/(5/8) = 4/5.
    const auto m = ineq::location_quotients(std::vector{1, 3, 2, 2}, 2, 2);
    CHECK(close(m.at(0, 0), 2.0 / 3));
    CHECK(close(m.at(0, 1), 6.0 / 5));
    CHECK(close(m.at(1, 0), 4.0 / 3));
    CHECK(close(m.at(1, 1), 4.0 / 5));
    CHECK(close(ineq::symmetric_revealed_comparative_advantage(std::vector{1, 3, 2, 2}, 2, 2).at(0, 0), -0.2));
    const auto rows = ineq::location_quotients(std::vector<std::vector<int>>{{1, 3}, {2, 2}});
    CHECK(rows.values == m.values);
    const auto q = ineq::location_quotients(table, 6, 4);
    const auto rca = ineq::revealed_comparative_advantage(table, 6, 4);
    REQUIRE(q.units == 6);
    REQUIRE(q.sectors == 4);
    for (std::size_t u = 0; u < 6; ++u) {
        for (std::size_t s = 0; s < 4; ++s) {
            CHECK(close(q.at(u, s), lq[u][s]));
            CHECK(rca.at(u, s) == q.at(u, s));
        }
    }
}

TEST_CASE("krugman_specialisation: by hand and against numpy") {
    // {{1, 3}, {2, 2}}: unit 0 shares (1/4, 3/4) against the other unit's (1/2, 1/2): 1/4 + 1/4 = 1/2.
    const auto k = ineq::krugman_specialisation(std::vector<std::vector<int>>{{1, 3}, {2, 2}});
    CHECK(close(k[0], 0.5));
    CHECK(close(k[1], 0.5));
    // Against all units: (3/8, 5/8): |1/4 - 3/8| + |3/4 - 5/8| = 1/4.
    CHECK(close(ineq::krugman_specialisation(std::vector{1, 3, 2, 2}, 2, 2, ineq::krugman_reference::all_units)[0], 0.25));
    // Disjoint specialisations reach the maximum 2.
    CHECK(ineq::krugman_specialisation(std::vector{5, 0, 0, 7}, 2, 2)[0] == 2.0);
    const auto rest = ineq::krugman_specialisation(table, 6, 4);
    const auto all = ineq::krugman_specialisation(table, 6, 4, ineq::krugman_reference::all_units);
    for (std::size_t u = 0; u < 6; ++u) {
        CHECK(close(rest[u], krugman_rest[u]));
        CHECK(close(all[u], krugman_all[u]));
    }
}

TEST_CASE("ellison_glaeser and maurel_sedillot: by hand and against numpy") {
    // Plants of size 2, 1, 1 in regions 0, 0, 1; reference 1 : 3, so x = (1/4, 3/4).
    // E = 4, s = (3/4, 1/4), H = (4 + 1 + 1)/16 = 3/8, sum x^2 = 10/16 = 5/8, 1 - sum x^2 = 3/8.
    // EG: G = (3/4 - 1/4)^2 + (1/4 - 3/4)^2 = 1/2, gamma = (1/2 - (3/8)(3/8)) / ((3/8)(5/8)) = (23/64)/(15/64) = 23/15.
    // MS: sum s^2 = 10/16, gamma = (10/16 - 10/16 - 9/64) / (15/64) = -3/5.
    const auto eg = ineq::ellison_glaeser(std::vector{2, 1, 1}, std::vector{0, 0, 1}, std::vector{1, 3});
    CHECK(close(eg.gamma, 23.0 / 15));
    CHECK(close(eg.raw_concentration, 0.5));
    CHECK(close(eg.plant_herfindahl, 3.0 / 8));
    CHECK(close(eg.reference_herfindahl, 5.0 / 8));
    REQUIRE(eg.region_shares.size() == 2);
    CHECK(close(eg.region_shares[0], 0.75));
    const auto ms = ineq::maurel_sedillot(std::vector{2, 1, 1}, std::vector{0, 0, 1}, std::vector{1, 3});
    CHECK(close(ms.gamma, -3.0 / 5));
    CHECK(close(ms.raw_concentration, 0.0));
    // With equal reference shares the two coincide: x = (1/2, 1/2), sum x^2 = 1/2, G = 1/8:
    // gamma = (1/8 - (1/2)(3/8)) / ((1/2)(5/8)) = -1/5.
    const auto e2 = ineq::ellison_glaeser(std::vector{2, 1, 1}, std::vector<std::uint8_t>{0, 0, 1}, std::vector{5, 5});
    const auto m2 = ineq::maurel_sedillot(std::vector{2, 1, 1}, std::vector<std::uint8_t>{0, 0, 1}, std::vector{5, 5});
    CHECK(close(e2.gamma, -0.2));
    CHECK(close(m2.gamma, -0.2));
    // Nine applicants in five regions (numpy above):
    //   -> H 0.3508345679012346, G 0.08715061728395058, EG -0.3322349147460262, MS 0.05722825522311969, sum x^2 0.3552
    const std::vector<double> sizes{120, 40, 40, 10, 5, 5, 3, 1, 1};
    const std::vector<long> regions{0, 0, 1, 0, 2, 3, 4, 4, 1};
    const std::vector<int> reference{500, 300, 100, 60, 40};
    const auto a = ineq::ellison_glaeser(sizes, regions, reference);
    CHECK(close(a.plant_herfindahl, 0.3508345679012346));
    CHECK(close(a.raw_concentration, 0.08715061728395058));
    CHECK(close(a.gamma, -0.3322349147460262, 1e-12));
    CHECK(close(a.reference_herfindahl, 0.3552));
    CHECK(close(ineq::maurel_sedillot(sizes, regions, reference).gamma, 0.05722825522311969, 1e-12));
}

TEST_CASE("agglomeration: errors") {
    using ineq_test::message_of;
    CHECK(message_of([] { (void)ineq::location_quotients(std::vector{1, 2, 3}, 2, 2); }) ==
          "ineq::location_quotients: the number of counts must be units * sectors; number of counts (got 3)");
    CHECK(message_of([] { (void)ineq::location_quotients(std::vector{1, 2, 0, 0}, 2, 2); }) ==
          "ineq::location_quotients: every unit needs a positive total; unit (index 1, value 0)");
    CHECK(message_of([] { (void)ineq::location_quotients(std::vector{1, 0, 2, 0}, 2, 2); }) ==
          "ineq::location_quotients: every sector needs a positive total; sector (index 1, value 0)");
    CHECK(message_of([] { (void)ineq::location_quotients(std::vector<std::vector<int>>{{1, 2}, {3}}); }) ==
          "ineq::location_quotients: every row must have as many sectors as row 0; length of row (index 1, value 1)");
    CHECK(message_of([] { (void)ineq::revealed_comparative_advantage(std::vector{1, -2, 3, 4}, 2, 2); }) ==
          "ineq::revealed_comparative_advantage: values must be non-negative (index 1, value -2)");
    CHECK(message_of([] { (void)ineq::krugman_specialisation(std::vector{1, 2, 0, 0}, 2, 2); }) ==
          "ineq::krugman_specialisation: every unit needs a positive total; unit (index 1, value 0)");
    CHECK(message_of([] { (void)ineq::location_quotients(std::vector{1, 2}, 1, 2).at(1, 0); }) ==
          "ineq::unit_sector_matrix::at: unit index out of range (index 1, value 1)");
    CHECK(message_of([] { (void)ineq::ellison_glaeser(std::vector{1, 1}, std::vector{0, 2}, std::vector{1, 1}); }) ==
          "ineq::ellison_glaeser: plant regions must be indices into the reference (index 1, value 2)");
    CHECK(message_of([] { (void)ineq::ellison_glaeser(std::vector{1, 1}, std::vector{0, -1}, std::vector{1, 1}); }) ==
          "ineq::ellison_glaeser: plant regions must be indices into the reference (index 1, value -1)");
    CHECK(message_of([] { (void)ineq::maurel_sedillot(std::vector{5, 0}, std::vector{0, 1}, std::vector{1, 1}); }) ==
          "ineq::maurel_sedillot: needs at least two plants with a positive size (the plant Herfindahl is 1)");
    CHECK(message_of([] { (void)ineq::maurel_sedillot(std::vector{5, 1}, std::vector{0, 1}, std::vector{1, 0}); }) ==
          "ineq::maurel_sedillot: the reference needs at least two regions with a positive share");
    CHECK(message_of([] { (void)ineq::maurel_sedillot(std::vector{5, 1}, std::vector{0}, std::vector{1, 1}); }) ==
          "ineq::maurel_sedillot: sizes and regions must have the same length; number of regions (got 1)");
}
