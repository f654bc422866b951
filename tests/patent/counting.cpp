// The counting vocabulary on its own: no Eigen behind it.
#include <ineq/patent/counting.hpp>

#ifdef EIGEN_WORLD_VERSION
#error "<ineq/patent/counting.hpp> must not include Eigen"
#endif

#include <doctest/doctest.h>

#include <type_traits>

TEST_CASE("counting: the rules and their names") {
    CHECK(ineq::to_string(ineq::counting::whole) == "whole");
    CHECK(ineq::to_string(ineq::counting::fractional) == "fractional");
    CHECK(ineq::to_string(ineq::counting::first_applicant) == "first applicant");
    CHECK(ineq::to_string(static_cast<ineq::counting>(7)).empty());
    static_assert(sizeof(ineq::counting) == 1);
    static_assert(ineq::to_string(ineq::counting::whole) == "whole");
}

TEST_CASE("counting::full is the deprecated former name of whole") {
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
    constexpr ineq::counting former = ineq::counting::full;
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
    static_assert(former == ineq::counting::whole);
    CHECK(ineq::to_string(former) == "whole");
}
