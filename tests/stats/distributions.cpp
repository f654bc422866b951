#include <ineq/stats/distributions.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

namespace st = ineq::stats;

TEST_CASE("normal_cdf and normal_quantile: R's pnorm and qnorm") {
    // Rscript -e 'print(qnorm(0.975), digits = 17)' -> 1.9599639845400536
    CHECK(st::normal_quantile(0.975) == doctest::Approx(1.9599639845400536).epsilon(1e-15));
    CHECK(st::normal_cdf(1.9599639845400536) == doctest::Approx(0.975).epsilon(1e-15));
    CHECK(st::normal_cdf(0.0) == 0.5);
    CHECK(ineq_test::message_of([] { (void)st::normal_quantile(1.0); }) ==
          "ineq::normal_quantile: p must lie in (0, 1) (got 1)");
}

TEST_CASE("chi_squared_survival: R's pchisq(lower.tail = FALSE) and the closed form for 2 dof") {
    // Rscript -e 'print(pchisq(10.5, 4, lower.tail = FALSE), digits = 17)' -> 0.03279698999488366
    CHECK(st::chi_squared_survival(10.5, 4) == doctest::Approx(0.03279698999488366).epsilon(1e-13));
    CHECK(st::chi_squared_survival(3.0, 2) == doctest::Approx(std::exp(-1.5)).epsilon(1e-15));  // e^(-x/2)
    CHECK(st::chi_squared_survival(0.0, 3) == 1.0);
    CHECK(st::chi_squared_survival(std::numeric_limits<double>::infinity(), 3) == 0.0);
    CHECK(ineq_test::message_of([] { (void)st::chi_squared_survival(std::nan(""), 3); }) ==
          "ineq::chi_squared_survival: x must not be NaN (got nan)");
}

TEST_CASE("student_t_p_value: R's pt for each alternative") {
    using st::alternative;
    // Rscript -e 'print(2 * pt(2, 10, lower.tail = FALSE), digits = 17)' -> 0.073388034770740393
    CHECK(st::student_t_p_value(2.0, 10) == doctest::Approx(0.073388034770740393).epsilon(1e-13));
    CHECK(st::student_t_p_value(2.0, 10, alternative::greater) == doctest::Approx(0.073388034770740393 / 2).epsilon(1e-13));
    CHECK(st::student_t_p_value(2.0, 10, alternative::less) ==
          doctest::Approx(1.0 - 0.073388034770740393 / 2).epsilon(1e-13));
    // Rscript -e 'print(pt(-1.5, 7), digits = 17)' -> 0.088649243494985014
    CHECK(st::student_t_p_value(-1.5, 7, alternative::less) == doctest::Approx(0.088649243494985014).epsilon(1e-13));
    CHECK(ineq_test::message_of([] { (void)st::student_t_p_value(1.0, 0.0); }) ==
          "ineq::student_t_p_value: degrees of freedom must be positive (got 0)");
}
