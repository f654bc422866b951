#include <ineq/measures/zenga.hpp>

#include "error_message.hpp"
#include "study_data.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <vector>

TEST_CASE("zenga: closed forms") {
    // {1, 2, 3, 4}: Z_1 = 1 - 1/3, Z_2 = 1 - 1.5/3.5, Z_3 = 1 - 2/4 -> {2/3, 4/7, 1/2}, mean 73/126.
    const auto c = ineq::zenga_curve(std::vector{3, 1, 4, 2});
    REQUIRE(c.size() == 3);
    CHECK(c[0] == doctest::Approx(2.0 / 3).epsilon(1e-15));
    CHECK(c[1] == doctest::Approx(4.0 / 7).epsilon(1e-15));
    CHECK(c[2] == doctest::Approx(0.5).epsilon(1e-15));
    CHECK(ineq::zenga(std::vector{3, 1, 4, 2}) == doctest::Approx(73.0 / 126).epsilon(1e-15));
    CHECK(ineq::zenga(std::vector{5, 5, 5}) == 0.0);
    CHECK(ineq::zenga(std::vector{0, 0, 0, 9}) == 1.0);
    // Scale-free.
    CHECK(ineq::zenga(std::vector{3e300, 1e300, 4e300, 2e300}) == doctest::Approx(73.0 / 126).epsilon(1e-14));
}

TEST_CASE("zenga: Table 1 against numpy") {
    // /usr/bin/python3 -c "import numpy as np; x=np.array([7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,
    //   107,1364,598,194,18,2,26,125,797,31,127,11,24,418],float); s=np.sort(x);
    //   print(np.mean([1-s[:i].mean()/s[i:].mean() for i in range(1,31)]))"  -> 0.9183433582835168
    CHECK(ineq::zenga(ineq_test::table1_cooperative) == doctest::Approx(0.9183433582835168).epsilon(1e-13));
}

TEST_CASE("zenga: errors") {
    using ineq_test::message_of;
    CHECK(message_of([] { (void)ineq::zenga(std::vector{2.0}); }) == "ineq::zenga_curve: needs at least two values; got (got 1)");
    CHECK(message_of([] { (void)ineq::zenga(std::vector{0, 0}); }) ==
          "ineq::zenga_curve: the total must be positive (all values are zero)");
    CHECK(message_of([] { (void)ineq::zenga_curve(std::vector{1.0, NAN}); }) ==
          "ineq::zenga_curve: values must be finite (index 1, value nan)");
}
