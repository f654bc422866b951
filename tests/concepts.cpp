#include <ineq/concepts.hpp>

#include "std_views.hpp"

#include <doctest/doctest.h>

#include <Eigen/Core>
#include <range/v3/view/subrange.hpp>

#include <array>
#include <cstdint>
#include <list>
#include <ranges>
#include <string>
#include <vector>

// Numbers are accepted...
static_assert(ineq::arithmetic_value<int>);
static_assert(ineq::arithmetic_value<const double>);
static_assert(ineq::arithmetic_value<std::uint8_t>);
static_assert(ineq::arithmetic_value<long double>);
// ...truth values and characters are not.
static_assert(!ineq::arithmetic_value<bool>);
static_assert(!ineq::arithmetic_value<char>);
static_assert(!ineq::arithmetic_value<char8_t>);
static_assert(!ineq::arithmetic_value<wchar_t>);
static_assert(!ineq::arithmetic_value<std::string>);

static_assert(ineq::numeric_range<std::vector<int>>);
static_assert(ineq::numeric_range<const std::list<double>&>);
static_assert(ineq::numeric_range<int[4]>);
#if INEQ_TEST_STD_VIEWS
static_assert(ineq::numeric_range<std::ranges::subrange<const float*>>);
#endif
static_assert(ineq::numeric_range<ranges::subrange<const float*>>);
static_assert(ineq::numeric_range<Eigen::VectorXd>);
static_assert(ineq::numeric_range<Eigen::ArrayXi>);
static_assert(ineq::numeric_range<Eigen::Map<const Eigen::VectorXd>>);
static_assert(!ineq::numeric_range<std::vector<bool>>);
static_assert(!ineq::numeric_range<std::string>);
static_assert(!ineq::numeric_range<int>);

static_assert(ineq::sortable_numeric_range<std::vector<double>&>);
static_assert(ineq::sortable_numeric_range<Eigen::VectorXd&>);
static_assert(!ineq::sortable_numeric_range<const std::vector<double>&>);
static_assert(!ineq::sortable_numeric_range<std::list<double>&>);

TEST_CASE("the concepts are checked at compile time") {
    CHECK(ineq::numeric_range<std::array<short, 3>>);
    CHECK_FALSE(ineq::numeric_range<std::vector<std::string>>);
}
