#include <ineq/stats/rank.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <vector>

namespace st = ineq::stats;

TEST_CASE("kendall_tau: tau-b with ties in both variables, as R's cor(method = \"kendall\")") {
    // Rscript -e 'print(cor(c(1,2,2,3,4,5,5), c(2,1,3,3,5,4,4), method = "kendall"), digits = 17)'
    //   -> 0.63157894736842113
    const std::vector<double> x{1, 2, 2, 3, 4, 5, 5};
    const std::vector<double> y{2, 1, 3, 3, 5, 4, 4};
    CHECK(st::kendall_tau(x, y) == doctest::Approx(0.63157894736842113).epsilon(1e-15));
    CHECK(st::kendall_tau(std::vector{1, 2, 3}, std::vector{1, 3, 2}) == doctest::Approx(1.0 / 3.0).epsilon(1e-15));
    CHECK(st::kendall_tau(std::vector{1, 2, 3}, std::vector{3, 2, 1}) == -1.0);
    CHECK(ineq_test::message_of([] { (void)st::kendall_tau(std::vector{1, 1}, std::vector{1, 2}); }) ==
          "ineq::kendall_tau: all x or all y are equal, so tau-b is undefined");
}
