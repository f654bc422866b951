// Short examples of the disparity toolkit, written as they would stand in the README; each
// block between "snippet" markers is at most ten lines, and the checks after it keep it true.
#include <ineq/measures.hpp>
#include <ineq/region/province.hpp>

#include "study_data.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

namespace {
std::vector<int> cooperative_counts() {
    return {ineq_test::table1_cooperative.begin(), ineq_test::table1_cooperative.end()};
}
}  // namespace

TEST_CASE("snippet: Dagum decomposition by macro-region") {
    const std::vector<int> counts = cooperative_counts();  // 31 provinces, GB/T code order
    // --- snippet: dagum ---
    std::vector<ineq::macro_region> region;
    for (const auto& info : ineq::provinces()) region.push_back(info.region);
    auto d = ineq::dagum_decomposition(counts, region);  // groups in ascending order of mean
    // d.total == d.within + d.net_between + d.transvariation
    std::string table;
    for (const auto& g : d.groups) table += std::string(ineq::to_string(g.label)) + " ";
    double lowest_two = d.between_gini(0, 1);  // G_jh of the two regions with the lowest means
    // --- end ---
    CHECK(std::abs(d.within + d.net_between + d.transvariation - d.total) <= 1e-12);
    CHECK(d.groups.size() == 4);
    CHECK(!table.empty());
    CHECK(lowest_two == d.pairs[0].gini);
}

TEST_CASE("snippet: Gini by source") {
    const std::vector<int> cooperative = cooperative_counts();
    std::vector<int> other;
    for (std::size_t i = 0; i < cooperative.size(); ++i) other.push_back(static_cast<int>(i % 5) * 20);
    // --- snippet: source ---
    auto s = ineq::gini_source_decomposition(std::vector{cooperative, other});
    double share = s.sources[0].contribution_share;  // S_k G_k R_k / G
    double effect = s.sources[0].marginal_effect;    // +1 % of source 0 changes G by effect %
    // --- end ---
    CHECK(std::abs(s.sources[0].contribution + s.sources[1].contribution - s.total) <= 1e-12);
    CHECK(share > 0.0);
    CHECK(effect > 0.0);
}

TEST_CASE("snippet: standard errors and a test of change") {
    const std::vector<int> y2021 = cooperative_counts();
    std::vector<int> y2012;
    for (const int v : y2021) y2012.push_back(v / 10 + 1);
    // --- snippet: inference ---
    auto g = ineq::gini_linearised(y2021);  // g.estimate, g.standard_error
    auto j = ineq::gini_jackknife(y2021);   // delete-one jackknife, same estimate
    auto c = ineq::gini_change(y2012, y2021);  // independent samples: se = sqrt(se0^2 + se1^2)
    bool significant = c.p_value < 0.05;
    // --- end ---
    CHECK(g.estimate == doctest::Approx(ineq_test::table1_gini));
    CHECK(j.estimate == doctest::Approx(g.estimate).epsilon(1e-14));
    CHECK(c.change == doctest::Approx(g.estimate - ineq::gini(y2012)).epsilon(1e-12));
    // 2012 as a tenth of each count plus one: G = 0.632120796156486
    // (/usr/bin/python3 -c "import numpy as np; x=(np.array([7,46,...,418])//10+1).astype(float); n=len(x);
    //  print(np.abs(x[:,None]-x[None,:]).sum()/(2*n*n*x.mean()))"), a change of 0.02 against a standard
    // error of about 0.07 on 31 provinces: far from significant.
    CHECK(c.before.estimate == doctest::Approx(0.632120796156486).epsilon(1e-13));
    CHECK(!significant);
    CHECK(c.z == doctest::Approx(c.change / c.standard_error).epsilon(1e-14));
}

TEST_CASE("snippet: polarisation and further indices") {
    const std::vector<int> counts = cooperative_counts();
    // --- snippet: indices ---
    double er = ineq::esteban_ray(counts, 1.3);  // alpha = 1.3; alpha = 0 gives 2 * Gini
    double w = ineq::wolfson(counts);
    double z = ineq::zenga(counts);
    double b = ineq::bonferroni(counts);
    double k = ineq::kolm(counts, 0.01);  // absolute: in patents
    // --- end ---
    CHECK(er > 0.0);
    CHECK(w == doctest::Approx(0.7430002661955812).epsilon(1e-12));
    CHECK(z == doctest::Approx(0.9183433582835168).epsilon(1e-12));
    CHECK(b == doctest::Approx(0.7724017607147308).epsilon(1e-12));
    CHECK(k > 0.0);
}

TEST_CASE("snippet: specialisation and agglomeration") {
    // --- snippet: agglomeration ---
    std::vector<int> counts{12, 0, 3, 5, 40, 22, 9, 1, 7, 7, 7, 7};  // 3 provinces x 4 fields
    auto lq = ineq::location_quotients(counts, 3, 4);                // lq.at(province, field)
    auto k = ineq::krugman_specialisation(counts, 3, 4);             // one value per province
    std::vector<int> patents{120, 40, 40, 10, 5};                    // per applicant in one field
    std::vector<int> where{0, 0, 1, 2, 2};                           // the applicant's province
    auto eg = ineq::ellison_glaeser(patents, where, std::vector{20, 72, 28});  // all fields
    auto ms = ineq::maurel_sedillot(patents, where, std::vector{20, 72, 28});
    // --- end ---
    CHECK(lq.at(0, 1) == 0.0);
    CHECK(k.size() == 3);
    CHECK(eg.plant_herfindahl == ms.plant_herfindahl);
    CHECK(std::isfinite(eg.gamma));
}
