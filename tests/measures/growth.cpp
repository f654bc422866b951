#include <ineq/measures/growth.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <limits>
#include <string>

using doctest::Approx;
using ineq_test::message_of;

TEST_CASE("the study's growth rates") {
    // Range 11 -> 445: (445 - 11) / 11 = 434/11 = 39.4545...
    CHECK(ineq::growth_rate(11, 445) == Approx(434.0 / 11.0).epsilon(1e-15));
    // Sample sd 4.42 -> 90.3: 85.88 / 4.42 = 19.4299...
    CHECK(ineq::growth_rate(4.42, 90.3) == Approx(85.88 / 4.42).epsilon(1e-14));
    CHECK(ineq::growth_rate(4.42, 90.3) == Approx(19.4299).epsilon(1e-5));
}

TEST_CASE("falls and no change") {
    CHECK(ineq::growth_rate(10, 10) == 0.0);
    CHECK(ineq::growth_rate(10, 5) == -0.5);
    CHECK(ineq::growth_rate(10, 0) == -1.0);
    CHECK(ineq::growth_rate(2.0f, 3) == 0.5);
}

TEST_CASE("edge cases") {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    constexpr double inf = std::numeric_limits<double>::infinity();
    CHECK(message_of([] { (void)ineq::growth_rate(0, 5); }) ==
          "ineq::growth_rate: `from` must be positive (got 0)");
    CHECK(message_of([] { (void)ineq::growth_rate(-2, 5); }) ==
          "ineq::growth_rate: `from` must be positive (got -2)");
    CHECK(message_of([&] { (void)ineq::growth_rate(nan, 5); }) ==
          "ineq::growth_rate: `from` must be finite (got nan)");
    CHECK(message_of([&] { (void)ineq::growth_rate(1, inf); }) ==
          "ineq::growth_rate: `to` must be finite (got inf)");
    CHECK(message_of([] { (void)ineq::growth_rate(1e-300, 1e300); }) ==
          "ineq::growth_rate: the result overflows the range of double");
}
