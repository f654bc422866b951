#include <ineq/measures/decomposition.hpp>
#include <ineq/measures/entropy.hpp>

#include "study_data.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

enum class region { east, central, west, northeast };

// Ordered but not hashable.
struct ordered_label {
    int v;
    friend auto operator<=>(const ordered_label&, const ordered_label&) = default;
};
// Equality only.
struct plain_label {
    int v;
    friend bool operator==(const plain_label&, const plain_label&) = default;
};

bool close(double a, double b, double tol = 1e-12) { return std::abs(a - b) <= tol * std::abs(b) + 1e-14; }

}  // namespace

TEST_CASE("theil_t_decomposition and mean_log_deviation_decomposition: closed forms") {
    // Two groups, equal inside: everything is between. {1, 1 | 4, 4}: mu = 2.5.
    const std::vector<int> x{1, 1, 4, 4};
    const std::vector<std::string> g{"a", "a", "b", "b"};
    const auto t = ineq::theil_t_decomposition(x, g);
    CHECK(t.within == doctest::Approx(0.0));
    CHECK(t.between == doctest::Approx(ineq::theil_t(x)).epsilon(1e-14));
    REQUIRE(t.groups.size() == 2);
    CHECK(t.groups[0].label == "a");
    CHECK(t.groups[0].count == 2);
    CHECK(t.groups[0].population_share == 0.5);
    CHECK(t.groups[0].value_share == doctest::Approx(0.2).epsilon(1e-15));
    CHECK(t.groups[0].mean == 1.0);
    // between_a = 0.2 ln(1/2.5), between_b = 0.8 ln(4/2.5).
    CHECK(t.groups[0].between_contribution == doctest::Approx(0.2 * std::log(0.4)).epsilon(1e-14));
    CHECK(t.groups[1].between_contribution == doctest::Approx(0.8 * std::log(1.6)).epsilon(1e-14));
    const auto l = ineq::mean_log_deviation_decomposition(x, std::vector{0, 0, 1, 1});
    CHECK(l.between == doctest::Approx(std::log(2.5) - std::log(2.0)).epsilon(1e-14));
    CHECK(l.within == 0.0);
    // One group: everything is within.
    const auto one = ineq::theil_t_decomposition(std::vector{1, 3}, std::vector{7, 7});
    CHECK(one.between == doctest::Approx(0.0));
    CHECK(one.within == doctest::Approx((3 * std::log(3.0) - 4 * std::log(2.0)) / 4).epsilon(1e-14));
    // A group of zeros (Theil T only): index 0, share 0.
    const auto z = ineq::theil_t_decomposition(std::vector{0, 0, 2, 6}, std::vector{1, 1, 2, 2});
    CHECK(z.groups[0].index == 0.0);
    CHECK(z.groups[0].value_share == 0.0);
    CHECK(close(z.between + z.within, z.total));
    CHECK(close(z.total, ineq::theil_t(std::vector{0, 0, 2, 6})));
}

TEST_CASE("decomposition of the Table 1 column into four groups (i mod 4)") {
    // /usr/bin/python3 -c "import numpy as np; x=np.array([7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,107,1364,598,194,18,2,26,125,797,31,127,11,24,418],float);
    //   g=np.arange(31)%4; m=x.mean(); gm=np.array([x[g==k].mean() for k in g]); r=gm/m;
    //   print(np.mean(r*np.log(r)), np.mean(x/m*np.log(x/m))-np.mean(r*np.log(r)), np.mean(np.log(m/gm)));
    //   [print(k, len(x[g==k]), x[g==k].sum()/x.sum(), np.mean(x[g==k]/x[g==k].mean()*np.log(x[g==k]/x[g==k].mean())),
    //     np.mean(np.log(x[g==k].mean()/x[g==k]))) for k in range(4)]"
    //   -> T between 0.051760265873685256, T within 0.749447301837731, L between 0.05083703942977279
    //      group 1: 8 0.1977401129943503 1.0365458327702675 0.979483512343178
    //      group 3: 7 0.23765263349735738 0.4832472722989066 0.6321866708541989
    std::vector<region> labels;
    for (std::size_t i = 0; i < 31; ++i) labels.push_back(static_cast<region>(i % 4));
    const auto t = ineq::theil_t_decomposition(ineq_test::table1_cooperative, labels);
    CHECK(t.between == doctest::Approx(0.051760265873685256).epsilon(1e-12));
    CHECK(t.within == doctest::Approx(0.749447301837731).epsilon(1e-12));
    CHECK(std::abs(t.between + t.within - t.total) <= 1e-12);
    REQUIRE(t.groups.size() == 4);
    CHECK(t.groups[1].label == region::central);
    CHECK(t.groups[1].count == 8);
    CHECK(t.groups[1].value_share == doctest::Approx(0.1977401129943503).epsilon(1e-12));
    CHECK(t.groups[1].index == doctest::Approx(1.0365458327702675).epsilon(1e-12));
    CHECK(t.groups[3].count == 7);
    CHECK(t.groups[3].index == doctest::Approx(0.4832472722989066).epsilon(1e-12));
    const auto l = ineq::mean_log_deviation_decomposition(ineq_test::table1_cooperative, labels);
    CHECK(l.between == doctest::Approx(0.05083703942977279).epsilon(1e-12));
    CHECK(l.groups[3].index == doctest::Approx(0.6321866708541989).epsilon(1e-12));
    CHECK(std::abs(l.between + l.within - l.total) <= 1e-12);
}

TEST_CASE("decomposition: NBS macro-regions of the 31 provinces (README example)") {
    // GB/T 2260 codes in ascending order and their NBS regions.
    const std::vector<int> codes{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41,
                                 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65};
    const auto region_of = [](int code) -> std::string_view {
        for (int c : {11, 12, 13, 31, 32, 33, 35, 37, 44, 46}) if (c == code) return "East";
        for (int c : {14, 34, 36, 41, 42, 43}) if (c == code) return "Central";
        for (int c : {21, 22, 23}) if (c == code) return "Northeast";
        return "West";
    };
    std::vector<std::string_view> regions;
    for (int c : codes) regions.push_back(region_of(c));
    // Any per-province vector in the same order; here 10 + code.
    std::vector<double> patents;
    for (int c : codes) patents.push_back(10.0 + c);
    const auto d = ineq::theil_t_decomposition(patents, regions);
    REQUIRE(d.groups.size() == 4);
    CHECK(d.groups[0].label == "East");
    CHECK(d.groups[0].count == 10);
    CHECK(d.groups[1].label == "Central");
    CHECK(d.groups[1].count == 6);
    CHECK(d.groups[2].label == "West");
    CHECK(d.groups[2].count == 12);
    CHECK(d.groups[3].label == "Northeast");
    CHECK(d.groups[3].count == 3);
    CHECK(std::abs(d.between + d.within - d.total) <= 1e-12);
}

TEST_CASE("decomposition: label types and bad input") {
    const std::vector<double> x{1, 2, 3, 4};
    const auto a = ineq::theil_t_decomposition(x, std::vector<ordered_label>{{1}, {2}, {1}, {2}});
    const auto b = ineq::theil_t_decomposition(x, std::vector<plain_label>{{1}, {2}, {1}, {2}});
    const auto c = ineq::theil_t_decomposition(x, std::vector<std::string>{"p", "q", "p", "q"});
    CHECK(a.between == doctest::Approx(c.between).epsilon(1e-15));
    CHECK(b.between == doctest::Approx(c.between).epsilon(1e-15));
    CHECK(a.groups[0].label == ordered_label{1});
    CHECK(b.groups[1].label == plain_label{2});

    const std::vector<double> empty;
    const std::vector<int> no_labels;
    CHECK_THROWS_WITH_AS((void)ineq::theil_t_decomposition(empty, no_labels),
                         doctest::Contains("ineq::theil_t_decomposition: needs at least one"), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::theil_t_decomposition(x, std::vector{1, 2, 3}), doctest::Contains("same length"),
                         ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::theil_t_decomposition(x, std::vector{1, 2, 3, 4, 5}), ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::theil_t_decomposition(std::vector{0, 0}, std::vector{1, 2}),
                         doctest::Contains("total must be positive"), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::theil_t_decomposition(std::vector{1, -1}, std::vector{1, 2}), ineq::domain_error);
    CHECK_THROWS_AS((void)ineq::theil_t_decomposition(std::vector{1.0, std::nan("")}, std::vector{1, 2}),
                    ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)ineq::mean_log_deviation_decomposition(std::vector{0, 1}, std::vector{1, 2}),
                         doctest::Contains("ineq::mean_log_deviation_decomposition: undefined for a zero value"),
                         ineq::domain_error);
}

TEST_CASE("decomposition: identity and consistency on seeded random inputs") {
    std::mt19937_64 rng(8080);
    for (int trial = 0; trial < 2000; ++trial) {
        const auto n = 1 + static_cast<std::size_t>(rng() % 60);
        const auto k = 1 + static_cast<int>(rng() % 6);
        std::vector<double> x(n);
        std::vector<int> g(n);
        for (std::size_t i = 0; i < n; ++i) {
            x[i] = 1.0 + static_cast<double>(rng() % 10000) / 7.0;
            g[i] = static_cast<int>(rng() % static_cast<std::uint64_t>(k));
        }
        for (const bool theil : {true, false}) {
            const auto d = theil ? ineq::theil_t_decomposition(x, g) : ineq::mean_log_deviation_decomposition(x, g);
            const double direct = theil ? ineq::theil_t(x) : ineq::mean_log_deviation(x);
            CHECK(close(d.total, direct));
            CHECK(std::abs(d.between + d.within - d.total) <= 1e-12);
            CHECK(d.between >= 0.0);
            CHECK(d.within >= 0.0);
            double ps = 0.0;
            double vs = 0.0;
            double wc = 0.0;
            double bc = 0.0;
            std::size_t count = 0;
            for (const auto& c : d.groups) {
                ps += c.population_share;
                vs += c.value_share;
                wc += c.within_contribution;
                bc += c.between_contribution;
                count += c.count;
                // Each group's index is the measure on its own values.
                std::vector<double> own;
                for (std::size_t i = 0; i < n; ++i) if (g[i] == c.label) own.push_back(x[i]);
                CHECK(close(c.index, theil ? ineq::theil_t(own) : ineq::mean_log_deviation(own)));
            }
            CHECK(count == n);
            CHECK(close(ps, 1.0));
            CHECK(close(vs, 1.0));
            CHECK(std::abs(wc - d.within) <= 1e-13);
            CHECK(std::abs(bc - d.between) <= 1e-13);
            // Relabelling the groups or permuting units together with their labels changes nothing.
            std::vector<std::size_t> idx(n);
            for (std::size_t i = 0; i < n; ++i) idx[i] = i;
            std::shuffle(idx.begin(), idx.end(), rng);
            std::vector<double> px;
            std::vector<std::string> pg;
            for (auto i : idx) {
                px.push_back(x[i]);
                pg.push_back(std::string("g").append(std::to_string(g[i])));  // not "g" + ...: GCC bug 105329
            }
            const auto e = theil ? ineq::theil_t_decomposition(px, pg) : ineq::mean_log_deviation_decomposition(px, pg);
            CHECK(close(e.between, d.between, 1e-10));
            CHECK(close(e.within, d.within, 1e-10));
        }
    }
}
