#include <ineq/error.hpp>

#include <doctest/doctest.h>

#include <limits>
#include <stdexcept>
#include <string>

TEST_CASE("domain_error is a std::domain_error with the documented message shape") {
    try {
        ineq::detail::fail("gini", "values must be non-negative", 3, -2.0);
        FAIL("fail() returned");
    } catch (const std::domain_error& e) {
        CHECK(std::string(e.what()) == "ineq::gini: values must be non-negative (index 3, value -2)");
        CHECK(dynamic_cast<const ineq::domain_error*>(&e) != nullptr);
    }
    CHECK_THROWS_WITH_AS(ineq::detail::fail("mean", "needs at least one value"),
                         "ineq::mean: needs at least one value", ineq::domain_error);
    CHECK_THROWS_WITH_AS(ineq::detail::fail_got("cv", "the mean must be positive", -0.25),
                         "ineq::cv: the mean must be positive (got -0.25)", ineq::domain_error);
}

TEST_CASE("values print in their shortest exact form") {
    CHECK(ineq::detail::format_value(0.1) == "0.1");
    CHECK(ineq::detail::format_value(1e-300) == "1e-300");
    CHECK(ineq::detail::format_value(std::numeric_limits<double>::quiet_NaN()) == "nan");
    CHECK(ineq::detail::format_value(-std::numeric_limits<double>::infinity()) == "-inf");
}
