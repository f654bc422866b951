#include <ineq/spatial/inference.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <list>
#include <vector>

namespace sp = ineq::spatial;
namespace d = ineq::spatial::detail;

TEST_CASE("unit_values: one finite value per unit, from any numeric range") {
    const std::list<int> ints{1, 2, 3};
    const Eigen::VectorXd x = d::unit_values("f", ints, 3);
    CHECK(x(2) == 3.0);
    Eigen::MatrixXd m(3, 2);
    m << 1, 4, 2, 5, 3, 6;
    CHECK(d::unit_values("f", m.col(1), 3)(0) == 4.0);
    CHECK(ineq_test::message_of([] { (void)d::unit_values("f", std::vector<double>{1.0, NAN}, 2); }) ==
          "ineq::f: values must be finite (index 1, value nan)");
    CHECK(ineq_test::message_of([] { (void)d::unit_values("f", std::vector<double>{1.0, 2.0}, 3); }) ==
          "ineq::f: needs one value per unit of the weights (3), got 2");
    CHECK(ineq_test::message_of([] { (void)d::unit_values("f", std::array<double, 4>{}, 3); }) ==
          "ineq::f: needs one value per unit of the weights (3), got 4");
}

TEST_CASE("the options of each family: one default alternative, spdep's defaults") {
    // spdep: moran.test / geary.test / globalG.test alternative = "greater", randomisation = TRUE,
    // adjust.n = TRUE; localmoran / localG alternative = "two.sided", conditional = TRUE.
    const sp::global_options g;
    CHECK(g.alternative == sp::alternative::greater);
    CHECK(g.null_model == sp::null_model::randomisation);
    CHECK(g.islands == sp::island_count::excluded);
    const sp::local_options l;
    CHECK(l.alternative == sp::alternative::two_sided);
    CHECK(l.variance == sp::local_moran_variance::conditional);
    // Both families share the resampling defaults.
    CHECK(g.resamples == l.resamples);
    CHECK(g.seed == l.seed);
    const auto r = sp::resampling_of(g);
    CHECK(r.resamples == 999);
    CHECK(r.seed == 20211231);
    CHECK(r.threads == 1);
}
