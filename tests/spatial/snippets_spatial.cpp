// The snippets of docs/spatial.md, compiled and checked (tests/docs.cpp checks that every C++
// line of the docs appears in a compiled test).
#include <ineq/panel.hpp>
#include <ineq/spatial.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <vector>

namespace {

// Table 1's cooperative column in the placement tests/spatial/reference/spdep_global.R calls
// "ranked" (a test vector, not a finding about provinces), in every year of a panel.
ineq::cooperation_panels snippet_panels() {
    constexpr std::array<int, 31> ranked{1364, 122, 43, 27,  23, 125, 46, 86, 418, 598, 328, 127, 91, 33, 327, 82,
                                         169,  107, 797, 31, 13, 91,  194, 26, 28,  2,   129, 24,  7,  11, 18};
    ineq::count_panel p(2020, 2021);
    for (std::size_t i = 0; i < 31; ++i) {
        p.add(ineq::province::from_index(i), 2020, ranked[i] / 2 + 1);
        p.add(ineq::province::from_index(i), 2021, ranked[i]);
    }
    return {p, p};
}

}  // namespace

TEST_CASE("docs/spatial.md: global statistics") {
    const auto panels = snippet_panels();
    const auto column = panels.cooperative.year(2021);
    using namespace ineq::spatial;
    auto w = province_contiguity(weights_style::row_standardised, island_policy::keep());
    auto moran = moran_test(column, w);
    auto geary_c = geary_test(column, w);
    auto general = general_g_test(column, w);
    auto parts = spatial_gini(column, w);
    auto by_year = moran_series(panels.cooperative, w);
    // spdep 1.2.7 on this vector (tests/spatial/reference/spdep_global.hpp,
    // "moran ranked keep W randomisation"): I = 0.031866845150978818, z = 0.69298032985812652.
    CHECK(moran.statistic == doctest::Approx(0.031866845150978818).epsilon(1e-12));
    CHECK(moran.z == doctest::Approx(0.69298032985812652).epsilon(1e-10));
    CHECK(moran.expectation == doctest::Approx(-1.0 / 29.0));
    CHECK(geary_c.expectation == 1.0);
    CHECK(general.statistic > 0.0);
    CHECK(parts.gini == doctest::Approx(parts.neighbours + parts.non_neighbours));
    CHECK(parts.gini == doctest::Approx(ineq::gini(column)).epsilon(1e-12));
    REQUIRE(by_year.size() == 2);
    CHECK(by_year[1].statistic == doctest::Approx(moran.statistic));

    global_options o;
    o.resamples = 9999;
    o.threads = 2;
    auto perm = moran_permutation(column, w, o);
    o.threads = 1;
    CHECK(moran_permutation(column, w, o).p_value == perm.p_value);
    CHECK(perm.p_value > 0.0);
    CHECK(perm.p_value <= 1.0);

    auto lisa = local_moran_permutation(column, w, {.resamples = o.resamples, .threads = 2});
    auto q = local_quadrants(column, w);
    auto fdr = lisa_clusters(q, p_values(lisa), 0.05, p_adjustment::benjamini_hochberg);
    auto hot = local_g(column, w, local_g_kind::g_star);
    CHECK_FALSE(lisa[20].has_value());  // Hainan
    CHECK(fdr[20] == lisa_cluster::undefined);
    CHECK(hot.size() == 31);
}

TEST_CASE("docs/spatial.md: weights from points, and the gravity fit") {
    using namespace ineq::spatial;
    auto seats = province_label_point_vector();
    auto knn = knn_weights(seats, 4);
    auto idw = inverse_distance_weights(seats, 1.0);
    auto joined = province_contiguity(weights_style::binary, island_policy::nearest(seats));
    CHECK(knn.link_count() == 31 * 4);
    CHECK(idw.link_count() == 31 * 30);
    CHECK(joined.neighbours(20).size() == 1);
    CHECK(joined.neighbours(20)[0] == 19);  // Guangxi

    // Flows exactly m_i m_j / d^2 between four squares: PPML recovers b = 1 and beta = 2.
    std::vector<multipolygon> shapes;
    for (const double lon : {100.0, 102.0, 104.0, 108.0}) {
        shapes.push_back({polygon{{{lon, 30.0}, {lon + 1.0, 30.0}, {lon + 1.0, 31.0}, {lon, 31.0}}, {}}});
    }
    const Eigen::MatrixXd d = distance_matrix_km(area_centroids(shapes));
    const Eigen::Vector4d masses(1.0, 2.0, 5.0, 3.0);
    Eigen::MatrixXd flows = Eigen::MatrixXd::Zero(4, 4);
    for (Eigen::Index i = 0; i < 4; ++i) {
        for (Eigen::Index j = 0; j < 4; ++j) {
            if (i != j) flows(i, j) = 1e6 * masses(i) * masses(j) / (d(i, j) * d(i, j));
        }
    }
    auto fit = gravity_ppml(flows, masses, distance_matrix_km(area_centroids(shapes)));
    double beta = fit.decay.estimate;
    CHECK(beta == doctest::Approx(2.0).epsilon(1e-8));
    CHECK(fit.mass_i.estimate == doctest::Approx(1.0).epsilon(1e-8));
}
