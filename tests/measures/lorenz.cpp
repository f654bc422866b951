#include <ineq/measures/lorenz.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <limits>
#include <string>
#include <vector>

using doctest::Approx;
using ineq_test::message_of;

TEST_CASE("cumulative shares of (1..5) are the triangular numbers over 15") {
    const auto w = ineq::cumulative_shares(std::vector{4, 2, 5, 1, 3});
    REQUIRE(w.size() == 5);
    CHECK(w[0] == Approx(1.0 / 15.0).epsilon(1e-15));
    CHECK(w[1] == Approx(3.0 / 15.0).epsilon(1e-15));
    CHECK(w[2] == Approx(6.0 / 15.0).epsilon(1e-15));
    CHECK(w[3] == Approx(10.0 / 15.0).epsilon(1e-15));
    CHECK(w[4] == 1.0);
}

TEST_CASE("Lorenz curve of (1..5): ordinates 0, 1/15, 1/5, 2/5, 2/3, 1") {
    const auto c = ineq::lorenz_curve(std::vector{1, 2, 3, 4, 5});
    REQUIRE(c.size() == 6);
    const double expected_y[] = {0.0, 1.0 / 15.0, 1.0 / 5.0, 2.0 / 5.0, 2.0 / 3.0, 1.0};
    for (std::size_t i = 0; i < c.size(); ++i) {
        CHECK(c[i].population_share == Approx(static_cast<double>(i) / 5.0).epsilon(1e-15));
        CHECK(c[i].value_share == Approx(expected_y[i]).epsilon(1e-15));
    }
    CHECK(c.front() == ineq::lorenz_point{0.0, 0.0});
    CHECK(c.back() == ineq::lorenz_point{1.0, 1.0});
}

TEST_CASE("one value, one holder of everything") {
    const auto one = ineq::lorenz_curve(std::vector{7});
    REQUIRE(one.size() == 2);
    CHECK(one[1] == ineq::lorenz_point{1.0, 1.0});
    const auto w = ineq::cumulative_shares(std::vector{0, 0, 0, 10});
    CHECK(w == std::vector<double>{0.0, 0.0, 0.0, 1.0});
}

TEST_CASE("edge cases") {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK(message_of([] { (void)ineq::cumulative_shares(std::vector<int>{}); }) ==
          "ineq::cumulative_shares: needs at least one value, got an empty range");
    CHECK(message_of([] { (void)ineq::lorenz_curve(std::vector{0, 0}); }) ==
          "ineq::lorenz_curve: the total must be positive (all values are zero)");
    CHECK(message_of([] { (void)ineq::lorenz_curve(std::vector{1, -2}); }) ==
          "ineq::lorenz_curve: values must be non-negative (index 1, value -2)");
    CHECK(message_of([&] { (void)ineq::cumulative_shares(std::vector{nan}); }) ==
          "ineq::cumulative_shares: values must be finite (index 0, value nan)");
}
