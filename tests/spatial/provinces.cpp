#include <ineq/spatial/provinces.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using ineq::spatial::island_policy;
using ineq::spatial::province_contiguity;
using ineq::spatial::weights_style;

namespace {

// tests/data/province_adjacency.csv: an independent copy of the reference table.
std::set<std::pair<int, int>> csv_pairs() {
    const char* dir = std::getenv("INEQ_SOURCE_DIR");
    std::ifstream in(std::string(dir ? dir : ".") + "/tests/data/province_adjacency.csv");
    REQUIRE(in);
    std::string line;
    std::getline(in, line);  // header
    std::set<std::pair<int, int>> out;
    while (std::getline(in, line)) {
        std::istringstream row(line);
        std::string a, b;
        std::getline(row, a, ',');
        std::getline(row, b, ',');
        out.emplace(std::stoi(a), std::stoi(b));
    }
    return out;
}

std::size_t index_of(int code) { return ineq::province_from_code(code).value().index(); }

}  // namespace

TEST_CASE("province_borders: the 68 pairs of the reference table, each once, a < b") {
    const auto expected = csv_pairs();
    REQUIRE(expected.size() == 68);
    std::set<std::pair<int, int>> table;
    for (const auto& b : ineq::spatial::province_borders) {
        CAPTURE(b.a);
        CAPTURE(b.b);
        CHECK(b.a < b.b);
        CHECK(ineq::province_from_code(b.a).has_value());
        CHECK(ineq::province_from_code(b.b).has_value());
        table.emplace(b.a, b.b);
    }
    CHECK(table == expected);
}

TEST_CASE("province_contiguity: spdep's constants and cardinalities") {
    // Rscript tests/spatial/reference/spdep_weights.R (spdep 1.2-7, zero.policy = TRUE):
    //   B n=30 S0=136 S1=272 S2=2824
    //   W n=30 S0=30 S1=14.5187896825397 S2=125.615853174603
    //   C n=30 S0=30 S1=13.2352941176471 S2=137.413494809689
    //   S n=30 S0=30 S1=13.5050881931321 S2=130.225617519816
    //   S weights of Beijing (row 1): 0.338487279212922 0.338487279212922
    //   cards: 2 2 7 4 8 3 3 2 2 4 5 6 3 6 4 6 6 6 4 4 0 5 7 5 4 4 8 6 4 3 3
    const auto w = province_contiguity(weights_style::row_standardised, island_policy::keep());
    CHECK(w.size() == 31);
    CHECK(w.link_count() == 136);
    const std::vector<std::size_t> cards{2, 2, 7, 4, 8, 3, 3, 2, 2, 4, 5, 6, 3, 6, 4, 6,
                                         6, 6, 4, 4, 0, 5, 7, 5, 4, 4, 8, 6, 4, 3, 3};
    for (std::size_t i = 0; i < 31; ++i) {
        CAPTURE(i);
        CHECK(w.cardinality(i) == cards[i]);
    }
    CHECK(w.s0() == doctest::Approx(30.0).epsilon(1e-13));
    CHECK(w.s1() == doctest::Approx(14.5187896825397).epsilon(1e-13));
    CHECK(w.s2() == doctest::Approx(125.615853174603).epsilon(1e-13));
    const auto b = w.restyled(weights_style::binary);
    CHECK(b.s0() == 136.0);
    CHECK(b.s1() == 272.0);
    CHECK(b.s2() == 2824.0);
    const auto c = w.restyled(weights_style::global);
    CHECK(c.s1() == doctest::Approx(13.2352941176471).epsilon(1e-13));
    CHECK(c.s2() == doctest::Approx(137.413494809689).epsilon(1e-13));
    const auto s = w.restyled(weights_style::variance_stabilising);
    CHECK(s.s0() == doctest::Approx(30.0).epsilon(1e-13));
    CHECK(s.s1() == doctest::Approx(13.5050881931321).epsilon(1e-13));
    CHECK(s.s2() == doctest::Approx(130.225617519816).epsilon(1e-13));
    CHECK(s.values(0)[0] == doctest::Approx(0.338487279212922).epsilon(1e-13));
}

TEST_CASE("province_contiguity: Hainan is an island the caller must place") {
    const auto hainan = index_of(46);
    CHECK(hainan == 20);
    CHECK(ineq_test::message_of([] { (void)province_contiguity(); }) ==
          "ineq::weights::from_links: 1 unit(s) without neighbours (islands: 20); choose "
          "island_policy::keep() or nearest()");
    // Nearest by label points: Nanning 449.9 km, Guangzhou 578.9 km from Hainan's point
    //   (haversine, R = 6371.0088 km, in Python with math.asin/math.sin/math.cos).
    const auto joined = province_contiguity(
        weights_style::binary, island_policy::nearest(ineq::spatial::province_label_point_vector()));
    REQUIRE(joined.neighbours(hainan).size() == 1);
    CHECK(static_cast<std::size_t>(joined.neighbours(hainan)[0]) == index_of(45));
    CHECK(joined.islands().empty());
    CHECK(joined.link_count() == 138);
}
