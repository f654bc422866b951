#include <ineq/measures/bonferroni.hpp>

#include "error_message.hpp"
#include "study_data.hpp"

#include <doctest/doctest.h>

#include <vector>

TEST_CASE("bonferroni: closed forms") {
    // {1, 2, 3, 4}: lower means 1, 1.5, 2 over mu = 2.5: B = 1 - (0.4 + 0.6 + 0.8) / 3 = 0.4.
    CHECK(ineq::bonferroni(std::vector{4, 3, 2, 1}) == doctest::Approx(0.4).epsilon(1e-15));
    CHECK(ineq::bonferroni(std::vector{7, 7}) == 0.0);
    CHECK(ineq::bonferroni(std::vector{0, 0, 0, 1}) == 1.0);
    // Two values {1, 3}: B = 1 - (1 / 2) = 1/2.
    CHECK(ineq::bonferroni(std::vector{1, 3}) == doctest::Approx(0.5).epsilon(1e-15));
}

TEST_CASE("bonferroni: Table 1 against numpy and genieclust's formula") {
    // /usr/bin/python3 -c "import numpy as np; x=np.array([7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,
    //   107,1364,598,194,18,2,26,125,797,31,127,11,24,418],float); n=len(x); s=np.sort(x); mu=x.mean();
    //   d=s[::-1]; print(1-np.mean([s[:i].mean()/mu for i in range(1,n)]),
    //   sum((n-sum(n/(n-j+1) for j in range(1,i+1)))*d[i-1] for i in range(1,n+1))/((n-1)*x.sum()))"
    //   -> 0.7724017607147308 0.7724017607147308
    // (the second is genieclust's documented bonferroni_index formula, written out in numpy)
    CHECK(ineq::bonferroni(ineq_test::table1_cooperative) == doctest::Approx(0.7724017607147308).epsilon(1e-13));
}

TEST_CASE("bonferroni: errors") {
    using ineq_test::message_of;
    CHECK(message_of([] { (void)ineq::bonferroni(std::vector<int>{}); }) ==
          "ineq::bonferroni: needs at least one value, got an empty range");
    CHECK(message_of([] { (void)ineq::bonferroni(std::vector{1}); }) == "ineq::bonferroni: needs at least two values; got (got 1)");
    CHECK(message_of([] { (void)ineq::bonferroni(std::vector{1, -1}); }) ==
          "ineq::bonferroni: values must be non-negative (index 1, value -1)");
}
