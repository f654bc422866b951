// README snippets for distribution dynamics (kernel densities, Markov chains, rank
// mobility, the spatial Markov chain), compiled and checked so that the README stays true.
// Each block between "snippet" markers is the README's text.
#include <ineq/panel.hpp>
#include <ineq/spatial/markov.hpp>
#include <ineq/spatial/provinces.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace {
// A province x year panel as the pipeline builds it: province i grows at its own pace and
// the ranks reshuffle a little every year.
ineq::count_panel study_like_panel() {
    ineq::count_panel panel(2012, 2021);
    for (std::size_t i = 0; i < ineq::province::count; ++i) {
        for (int y = 2012; y <= 2021; ++y) {
            const auto t = static_cast<std::size_t>(y - 2011);
            const auto v = (i + 1) * t + (i * 7 + t * 3) % 13 * t;
            panel.add(ineq::province::from_index(i), y, static_cast<std::int64_t>(v + 1));
        }
    }
    return panel;
}
}  // namespace

TEST_CASE("README: kernel densities of the provinces, one curve per year") {
    const ineq::count_panel panel = study_like_panel();
    // snippet: densities
    ineq::density_options o;            // Gaussian kernel, Silverman's bandwidth (R's bw.nrd0)
    o.points = 200;                     // grid: [min - 3h, max + 3h] over all years
    auto d = ineq::kernel_density_by_period(panel, o);
    // d.grid(g), d.density(g, t) for year 2012 + t, d.bandwidths(t)
    o.kernel = ineq::density_kernel::epanechnikov;  // h is the kernel's sd, as in R
    auto e = ineq::kernel_density(panel.year(2021), o);
    // end snippet
    CHECK(d.density.rows() == 200);
    CHECK(d.density.cols() == 10);
    const double step = d.grid(1) - d.grid(0);
    CHECK(step * d.density.col(9).sum() == doctest::Approx(1.0).epsilon(1e-2));
    CHECK(e.bandwidth == d.bandwidths(9));
}

TEST_CASE("README: a Markov chain of relative positions") {
    const ineq::count_panel panel = study_like_panel();
    // snippet: markov
    auto rel = ineq::relative_positions(panel.values());   // value / year's mean
    auto m = ineq::markov_chain(rel, ineq::markov_classes::quantiles(4));
    // m.classes (province x year, 0..3), m.counts, m.probabilities (4 x 4)
    auto pi = ineq::steady_state(m.probabilities);          // empty if not unique
    double shorrocks = ineq::shorrocks_mobility(m.probabilities);
    auto stay = ineq::sojourn_times(m.probabilities);      // 1 / (1 - p_ii)
    double tau = ineq::kendall_tau(panel.year(2012), panel.year(2021));  // rank mobility
    // end snippet
    CHECK(m.counts.sum() == 31.0 * 9.0);
    REQUIRE(pi.has_value());
    CHECK(pi->sum() == doctest::Approx(1.0).epsilon(1e-12));
    CHECK(shorrocks >= 0.0);
    CHECK(shorrocks <= 4.0 / 3.0);
    CHECK(stay.size() == 4);
    CHECK(tau > 0.0);
    CHECK(tau <= 1.0);
}

TEST_CASE("README: is the chain the same in two sub-periods?") {
    const ineq::count_panel panel = study_like_panel();
    // snippet: homogeneity
    auto m = ineq::markov_chain(ineq::relative_positions(panel.values()),
                                ineq::markov_classes::breaks({0.5, 1.0, 1.5}));
    auto early = ineq::transition_counts(m.classes.leftCols(6), 4);   // 2012 -> 2017
    auto late = ineq::transition_counts(m.classes.rightCols(5), 4);   // 2017 -> 2021
    auto h = ineq::markov_homogeneity({early, late});
    // h.chi2, h.lr, h.dof, h.chi2_p_value, h.lr_p_value (Bickenbach and Bode 2003)
    // end snippet
    CHECK(early + late == m.counts);
    CHECK(h.regimes == 2);
    CHECK(h.chi2_p_value >= 0.0);
    CHECK(h.chi2_p_value <= 1.0);
}

TEST_CASE("README: the spatial Markov chain of the provinces") {
    const ineq::count_panel panel = study_like_panel();
    // snippet: spatial markov
    using namespace ineq::spatial;
    auto w = province_contiguity(weights_style::row_standardised,
                                 island_policy::nearest(province_label_point_vector()));
    auto sm = spatial_markov(ineq::relative_positions(panel.values()), w,
                             ineq::markov_classes::quantiles(4));
    // sm.conditional_probabilities[l]: the chain of provinces whose neighbours are in class l
    // sm.homogeneity.lr_p_value: does the neighbourhood change the dynamics?
    // end snippet
    CHECK(sm.conditional_counts.size() == 4);
    CHECK(sm.counts.sum() == 31.0 * 9.0);
    CHECK(sm.homogeneity.lr_p_value >= 0.0);
}
