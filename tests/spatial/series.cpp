// Statistics per period: per_period over Eigen matrices and province × year panels, and
// moran_series, against the spdep reference values of the single columns.

#include <ineq/spatial/geary.hpp>
#include <ineq/spatial/series.hpp>

#include "error_message.hpp"
#include "spatial/reference/spdep_global.hpp"

#include <doctest/doctest.h>

#include <Eigen/Core>

#include <cstdint>
#include <vector>

using doctest::Approx;
using ineq_test::message_of;
namespace sp = ineq::spatial;
namespace ref = ineq_test::spdep;

namespace {

// A panel 2019..2021 with the "table" column in 2019 and the "ranked" one in 2020; 2021
// is all zero unless `fill_last`.
ineq::basic_panel<std::int64_t> make_panel(bool fill_last) {
    ineq::basic_panel<std::int64_t> p(2019, 2021);
    for (std::size_t i = 0; i < 31; ++i) {
        const auto prov = ineq::province::from_index(i);
        p.add(prov, 2019, static_cast<std::int64_t>(ref::table[i]));
        p.add(prov, 2020, static_cast<std::int64_t>(ref::ranked[i]));
        if (fill_last) p.add(prov, 2021, static_cast<std::int64_t>(ref::table[i]) + 1);
    }
    return p;
}

}  // namespace

TEST_CASE("moran_series: each year of a panel is that column's moran.test") {
    const auto w = ref::contiguity("keep", sp::weights_style::row_standardised);
    const auto t = sp::moran_series(make_panel(true), w);
    REQUIRE(t.size() == 3);
    const auto& c2019 = ref::find("moran table keep W randomisation");
    const auto& c2020 = ref::find("moran ranked keep W randomisation");
    CHECK(t[0].statistic == Approx(c2019.statistic).epsilon(1e-12));
    CHECK(t[0].p_value == Approx(c2019.p).epsilon(1e-10));
    CHECK(t[1].statistic == Approx(c2020.statistic).epsilon(1e-12));
    CHECK(t[1].z == Approx(c2020.z).epsilon(1e-11));
    CHECK(t[2].statistic == Approx(c2019.statistic).epsilon(1e-12));  // x + 1: I unchanged

    const auto n = sp::moran_series(make_panel(true), w, {.null_model = sp::null_model::normality});
    CHECK(n[1].variance == Approx(ref::find("moran ranked keep W normality").variance).epsilon(1e-11));
}

TEST_CASE("per_period: any statistic over the columns of a matrix or a panel") {
    const auto wb = ref::contiguity("join", sp::weights_style::binary);
    Eigen::MatrixXi m(31, 2);
    for (Eigen::Index i = 0; i < 31; ++i) {
        m(i, 0) = static_cast<int>(ref::ranked[static_cast<std::size_t>(i)]);
        m(i, 1) = static_cast<int>(ref::table[static_cast<std::size_t>(i)]);
    }
    const auto c = sp::per_period(m, [&](const Eigen::VectorXd& col) { return sp::geary(col, wb); });
    REQUIRE(c.size() == 2);
    CHECK(c[0] == Approx(ref::find("geary ranked join B randomisation").statistic).epsilon(1e-12));
    CHECK(c[1] == Approx(ref::find("geary table join B randomisation").statistic).epsilon(1e-12));

    const auto panel = make_panel(false);
    const auto sums = sp::per_period(panel, [](const Eigen::VectorXd& col) { return col.sum(); });
    CHECK(sums == std::vector<double>{5487.0, 5487.0, 0.0});

    const auto empty = sp::per_period(Eigen::MatrixXd(31, 0), [](const Eigen::VectorXd& col) { return col.sum(); });
    CHECK(empty.empty());

    const auto mt = sp::moran_series(m, wb);
    CHECK(mt[1].statistic == Approx(ref::find("moran table join B randomisation").statistic).epsilon(1e-12));
}

TEST_CASE("moran_series: errors name the period") {
    const auto w = ref::contiguity("keep", sp::weights_style::row_standardised);
    CHECK(message_of([&] { (void)sp::moran_series(make_panel(false), w); }) ==
          "ineq::moran_series: year 2021: values are constant: the statistic is undefined (got 0)");
    Eigen::MatrixXd wrong = Eigen::MatrixXd::Ones(30, 2);
    CHECK(message_of([&] { (void)sp::moran_series(wrong, w); }) ==
          "ineq::moran_series: column 0: needs one value per unit of the weights (31), got 30");
}
