// The panel umbrella header brings in aggregation, tables, growth and convergence.
#include <ineq/panel.hpp>

#include <doctest/doctest.h>

TEST_CASE("the panel umbrella header") {
    ineq::count_panel p(2012, 2013);
    p.add(ineq::province::from_index(0), 2012, 2);
    p.add(ineq::province::from_index(0), 2013, 3);
    p.add(ineq::province::from_index(1), 2012, 1);
    p.add(ineq::province::from_index(1), 2013, 1);
    const auto s = ineq::yearly_inequality(p);
    CHECK(s.points[0].total == 3.0);
    CHECK(*s.total_growth == doctest::Approx(1.0 / 3.0));  // 3 -> 4
}
