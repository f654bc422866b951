// Tests of ineq/stats/fields.hpp: a result type's field table gives its field names in table
// order and visits its values, and a user's own type can describe itself the same way.

#include <ineq/stats/fields.hpp>
#include <ineq/stats/inference.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace {

struct my_result {
    double estimate = 0.0;
    long count = 0;
    static constexpr auto fields =
        std::tuple{ineq::stats::field("estimate", &my_result::estimate), ineq::stats::field("count", &my_result::count)};
};

struct undescribed {
    double x = 0.0;
};

}  // namespace

TEST_CASE("field_names: the table's names in order") {
    static_assert(ineq::stats::described<my_result>);
    static_assert(!ineq::stats::described<undescribed>);
    constexpr auto names = ineq::stats::field_names<my_result>();
    static_assert(names.size() == 2);
    CHECK(names[0] == "estimate");
    CHECK(names[1] == "count");
    // The library's analytic test: the quantity names of the inference vocabulary.
    const auto test_names = ineq::stats::field_names<ineq::stats::analytic_test>();
    const std::vector<std::string_view> got(test_names.begin(), test_names.end());
    CHECK(got == std::vector<std::string_view>{"statistic", "expectation", "variance", "z", "p_value"});
}

TEST_CASE("for_each_field: every value, named, in table order") {
    const my_result r{2.5, 7};
    std::string seen;
    ineq::stats::for_each_field(r, [&](std::string_view name, const auto& v) {
        seen += std::string(name) + "=" + std::to_string(v) + ";";
    });
    CHECK(seen == "estimate=2.500000;count=7;");
}
