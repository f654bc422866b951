// The umbrella header brings in the whole library.
#include <ineq/ineq.hpp>

#include <doctest/doctest.h>

#include <vector>

TEST_CASE("the umbrella header exposes the measures") {
    const std::vector<int> x{0, 0, 0, 10};
    CHECK(ineq::gini(x) == 0.75);
    CHECK(ineq::summarize(x).range == 10.0);
}

TEST_CASE("the umbrella header exposes the spatial layer") {
    const auto w = ineq::spatial::province_contiguity(ineq::spatial::weights_style::binary,
                                                      ineq::spatial::island_policy::keep());
    CHECK(w.link_count() == 136);  // 68 land borders, both ways
}
