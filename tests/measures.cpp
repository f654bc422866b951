// The umbrella header, and the input forms every measure accepts: the same answers for
// standard containers, C arrays, Eigen vectors and arrays (including maps and blocks) and
// iterator pairs, with the caller's data left untouched.
#include <ineq/measures.hpp>

#include "std_views.hpp"

#include <doctest/doctest.h>

#include <Eigen/Core>
#include <range/v3/view/drop.hpp>
#include <range/v3/view/subrange.hpp>
#include <range/v3/view/take.hpp>

#include <array>
#include <deque>
#include <list>
#include <ranges>
#include <vector>

using doctest::Approx;

namespace {
// Expected values for x = (1, 2, 3, 4, 5): mean 3, sample variance 2.5, Gini 4/15.
template <class R>
void check_all(R&& x) {
    CHECK(ineq::mean(x) == 3.0);
    CHECK(ineq::range(x) == 4.0);
    CHECK(ineq::sample_variance(x) == 2.5);
    CHECK(ineq::population_variance(x) == 2.0);
    CHECK(ineq::cv(x) == Approx(std::sqrt(2.5) / 3.0).epsilon(1e-15));
    CHECK(ineq::gini(x) == Approx(4.0 / 15.0).epsilon(1e-15));
    CHECK(ineq::corrected_gini(x) == Approx(1.0 / 3.0).epsilon(1e-15));
    CHECK(ineq::lorenz_curve(x).size() == 6);
    CHECK(ineq::cumulative_shares(x).back() == 1.0);
    CHECK(ineq::summarize(x).gini == ineq::gini(x));
}
}  // namespace

TEST_CASE("standard containers and C arrays") {
    const std::vector<int> v{3, 1, 5, 2, 4};
    check_all(v);
    CHECK(v == std::vector<int>{3, 1, 5, 2, 4});
    const std::list<double> l{3, 1, 5, 2, 4};
    check_all(l);
    CHECK(l == std::list<double>{3, 1, 5, 2, 4});
    const std::deque<long> d{3, 1, 5, 2, 4};
    check_all(d);
    const std::array<unsigned, 5> a{3, 1, 5, 2, 4};
    check_all(a);
    const int c[] = {3, 1, 5, 2, 4};
    check_all(c);
    CHECK(c[0] == 3);
    CHECK(c[4] == 4);
}

TEST_CASE("iterator pairs through a subrange, and views") {
    const std::vector<double> v{9, 3, 1, 5, 2, 4, 9};
#if INEQ_TEST_STD_VIEWS
    check_all(std::ranges::subrange(v.begin() + 1, v.end() - 1));
    check_all(v | std::views::drop(1) | std::views::take(5));
#endif
    check_all(ranges::subrange(v.begin() + 1, v.end() - 1));
    check_all(v | ranges::views::drop(1) | ranges::views::take(5));
    CHECK(v == std::vector<double>{9, 3, 1, 5, 2, 4, 9});
}

TEST_CASE("Eigen vectors, arrays, maps and blocks") {
    Eigen::VectorXd vd(5);
    vd << 3, 1, 5, 2, 4;
    check_all(vd);
    CHECK(vd(0) == 3.0);
    CHECK(vd(4) == 4.0);

    Eigen::ArrayXi ai(5);
    ai << 3, 1, 5, 2, 4;
    check_all(ai);
    CHECK(ai(1) == 1);

    const double raw[] = {3, 1, 5, 2, 4};
    check_all(Eigen::Map<const Eigen::VectorXd>(raw, 5));

    Eigen::MatrixXd m(5, 2);
    m << 3, 0, 1, 0, 5, 0, 2, 0, 4, 0;
    check_all(m.col(0));
    check_all(m.col(0).head(5));
    CHECK(m(0, 0) == 3.0);

    Eigen::RowVectorXf rf(5);
    rf << 3, 1, 5, 2, 4;
    check_all(rf);
}

// A wrong argument type is rejected by the concept, not deep inside the library.
static_assert(!std::is_invocable_v<decltype([](auto&& r) -> decltype(ineq::gini(r)) { return 0; }),
                                   std::vector<bool>>);
static_assert(!std::is_invocable_v<decltype([](auto&& r) -> decltype(ineq::mean(r)) { return 0; }),
                                   std::vector<std::string>>);
static_assert(!std::is_invocable_v<decltype([](auto&& r) -> decltype(ineq::mean(r)) { return 0; }),
                                   int>);
