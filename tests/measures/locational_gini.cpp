#include <ineq/measures/locational_gini.hpp>

#include "study_data.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <vector>

TEST_CASE("locational_gini: closed forms") {
    // Spread exactly like the reference: 0.
    CHECK(std::abs(ineq::locational_gini(std::vector{1, 2, 3}, std::vector{10, 20, 30})) < 1e-15);
    // Two equal regions, the industry all in one: curve (0,0)-(0.5,0)-(1,1), G = 1 - 0.5 * 1 = 0.5.
    CHECK(ineq::locational_gini(std::vector{0, 1}, std::vector{1, 1}) == doctest::Approx(0.5).epsilon(1e-15));
    // The industry entirely in a region without any reference: 1.
    CHECK(ineq::locational_gini(std::vector{0, 5}, std::vector{3, 0}) == 1.0);
    // Regions with nothing in either distribution do not count.
    CHECK(ineq::locational_gini(std::vector{0, 0, 1}, std::vector{1, 0, 1}) == doctest::Approx(0.5).epsilon(1e-15));
    // r = (1/4, 3/4), s = (3/4, 1/4): q = (3, 1/3); (1/2) sum r_i r_j |q_i - q_j| = r1 r2 |3 - 1/3| = 3/16 * 8/3 = 0.5.
    CHECK(ineq::locational_gini(std::vector{3, 1}, std::vector{1, 3}) == doctest::Approx(0.5).epsilon(1e-15));
    // One region: always 0.
    CHECK(ineq::locational_gini(std::vector{4}, std::vector{9}) == 0.0);
    // Table 1 column against the reference ref = x + 50 * (i mod 3) + 10 (i = 0..30), from the
    // double-sum form:
    //   /usr/bin/python3 -c "import numpy as np; x=np.array([7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,107,1364,598,194,18,2,26,125,797,31,127,11,24,418],float);
    //     ref=x+50*(np.arange(31)%3)+10; s=x/x.sum(); rr=ref/ref.sum(); q=s/rr;
    //     print(0.5*(rr[:,None]*rr[None,:]*np.abs(q[:,None]-q[None,:])).sum())"  -> 0.18974745869858362
    std::vector<double> ref;
    for (std::size_t i = 0; i < 31; ++i) {
        ref.push_back(ineq_test::table1_cooperative[i] + 50.0 * static_cast<double>(i % 3) + 10.0);
    }
    CHECK(ineq::locational_gini(ineq_test::table1_cooperative, ref) == doctest::Approx(0.18974745869858362).epsilon(1e-12));
}

TEST_CASE("locational_gini: mismatches and bad input") {
    const std::vector<double> empty;
    CHECK_THROWS_WITH_AS((void)ineq::locational_gini(empty, empty), doctest::Contains("ineq::locational_gini: needs at least one"),
                         ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::locational_gini(std::vector{1, 2}, std::vector{1, 2, 3}),
                         doctest::Contains("same length"), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::locational_gini(std::vector{0, 0}, std::vector{1, 2}),
                         doctest::Contains("regional total must be positive"), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::locational_gini(std::vector{1, 2}, std::vector{0, 0}),
                         doctest::Contains("reference total must be positive"), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::locational_gini(std::vector{1, -2}, std::vector{1, 2}),
                         doctest::Contains("(index 1, value -2)"), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::locational_gini(std::vector{1, 2}, std::vector{1, -2}), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::locational_gini(std::vector{1.0, std::nan("")}, std::vector{1, 2}), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::locational_gini(std::vector{1.0, 2.0}, std::vector{1.0, HUGE_VAL}), ineq::domain_error);
}

TEST_CASE("locational_gini: properties on seeded random inputs") {
    std::mt19937_64 rng(99);
    for (int trial = 0; trial < 3000; ++trial) {
        const auto n = 1 + static_cast<std::size_t>(rng() % 31);
        std::vector<double> a(n);
        std::vector<double> b(n);
        for (std::size_t i = 0; i < n; ++i) {
            a[i] = static_cast<double>(rng() % 100);
            b[i] = 1.0 + static_cast<double>(rng() % 100);
        }
        if (std::all_of(a.begin(), a.end(), [](double v) { return v == 0.0; })) a[0] = 1.0;
        const double g = ineq::locational_gini(a, b);
        CHECK(g >= 0.0);
        CHECK(g <= 1.0);
        // The double-sum form (all reference shares positive here).
        double A = 0.0;
        double B = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            A += a[i];
            B += b[i];
        }
        double dsum = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = 0; j < n; ++j) {
                dsum += (b[i] / B) * (b[j] / B) * std::abs(a[i] / A / (b[i] / B) - a[j] / A / (b[j] / B));
            }
        }
        CHECK(g == doctest::Approx(0.5 * dsum).epsilon(1e-10).scale(1e-12));
        // Permuting the regions together, scaling either distribution, and replicating every
        // region leave it unchanged.
        std::vector<std::size_t> idx(n);
        for (std::size_t i = 0; i < n; ++i) idx[i] = i;
        std::shuffle(idx.begin(), idx.end(), rng);
        std::vector<double> pa;
        std::vector<double> pb;
        for (const auto i : idx) {
            pa.push_back(a[i] * 3.0);
            pb.push_back(b[i] * 0.5);
        }
        CHECK(ineq::locational_gini(pa, pb) == doctest::Approx(g).epsilon(1e-12).scale(1e-12));
        auto ra = a;
        auto rb = b;
        ra.insert(ra.end(), a.begin(), a.end());
        rb.insert(rb.end(), b.begin(), b.end());
        CHECK(ineq::locational_gini(ra, rb) == doctest::Approx(g).epsilon(1e-12).scale(1e-12));
        // Identical distributions give 0.
        CHECK(std::abs(ineq::locational_gini(b, b)) < 1e-14);
    }
}
