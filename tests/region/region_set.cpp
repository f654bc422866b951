#include <ineq/region/region_set.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using ineq_test::message_of;

namespace {

struct csv_prefecture {
    long code;
    std::string name;
    long province;
};

// tests/data/prefectures.csv: code,name,province code (an independent copy of the table).
std::vector<csv_prefecture> csv_prefectures() {
    const char* dir = std::getenv("INEQ_SOURCE_DIR");
    std::ifstream in(std::string(dir ? dir : ".") + "/tests/data/prefectures.csv");
    REQUIRE(in);
    std::string line;
    std::getline(in, line);
    std::vector<csv_prefecture> out;
    while (std::getline(in, line)) {
        std::istringstream row(line);
        std::string code, name, prov;
        std::getline(row, code, ',');
        std::getline(row, name, ',');
        std::getline(row, prov, ',');
        out.push_back({std::stol(code), name, std::stol(prov)});
    }
    return out;
}

bool placeholder(const std::string& name) {
    return name == "市辖区" || name == "县" || name == "省直辖县级行政区划" || name == "自治区直辖县级行政区划";
}

}  // namespace

TEST_CASE("province_regions: the 31 provinces in code order, parents the macro-regions") {
    const auto set = ineq::province_regions();
    REQUIRE(set->size() == 31);
    CHECK(set->level() == ineq::region_level::province);
    CHECK(set->at(0).code == 11);
    CHECK(set->at(0).label == "Beijing");
    CHECK(set->at(30).code == 65);
    CHECK(set->find_code(44) == 18u);
    CHECK(set->find_label("Guangdong") == 18u);
    CHECK_FALSE(set->find_code(71).has_value());  // Taiwan is not a mainland unit
    REQUIRE(set->parent() != nullptr);
    CHECK(set->parent()->name() == "macro-region");
    // NBS: 10 East, 6 Central, 12 West, 3 Northeast (tests/data/provinces.csv).
    std::vector<int> members(4, 0);
    for (std::size_t i = 0; i < 31; ++i) {
        ++members[set->parent_of(i).value()];
    }
    CHECK(members == std::vector<int>{10, 6, 12, 3});
    CHECK(set == ineq::province_regions());  // one shared instance
}

TEST_CASE("prefecture_regions: the prefecture table without placeholders, municipalities whole") {
    const auto rows = csv_prefectures();
    std::set<long> expected_codes;
    for (const auto& r : rows) {
        if (r.province == 11 || r.province == 12 || r.province == 31 || r.province == 50) {
            expected_codes.insert(r.province * 100);
        } else if (!placeholder(r.name)) {
            expected_codes.insert(r.code);
        }
    }
    const auto set = ineq::prefecture_regions();
    CHECK(set->size() == expected_codes.size());
    CHECK(set->size() == 337);
    std::set<long> codes;
    long previous = 0;
    for (const auto& u : set->units()) {
        codes.insert(u.code);
        CHECK(u.code > previous);  // code order
        previous = u.code;
    }
    CHECK(codes == expected_codes);
    // Parents are provinces: 深圳市 (4403) in Guangdong, 海南藏族自治州 (6325) in Qinghai.
    const auto shenzhen = set->find_code(4403).value();
    CHECK(set->at(shenzhen).label == "深圳市");
    CHECK(ineq::province_regions()->at(set->parent_of(shenzhen).value()).code == 44);
    CHECK(ineq::province_regions()->at(set->parent_of(set->find_code(6325).value()).value()).code == 63);
    CHECK(set->at(set->find_code(1100).value()).label == "北京市");
    CHECK(set->parent()->name() == "province");
}

TEST_CASE("region_set::unit_of: an applicant's unit at each level") {
    const auto gd = ineq::province_from_code(44).value();
    const auto hb = ineq::province_from_code(42).value();
    const auto bj = ineq::province_from_code(11).value();
    const auto pref = ineq::prefecture_regions();
    CHECK(pref->unit_of(gd, ineq::prefecture_from_code(4403)) == pref->find_code(4403));
    // A province without a prefecture has no city.
    CHECK_FALSE(pref->unit_of(gd, std::nullopt).has_value());
    // 仙桃市 lies directly under Hubei (placeholder row 4290): no prefecture unit.
    CHECK_FALSE(pref->unit_of(hb, ineq::prefecture_from_code(429004)).has_value());
    // A prefecture of another province than the applicant's: not placed.
    CHECK_FALSE(pref->unit_of(hb, ineq::prefecture_from_code(4403)).has_value());
    // Municipalities are one unit, with or without a district.
    CHECK(pref->unit_of(bj, std::nullopt) == pref->find_code(1100));
    CHECK(pref->unit_of(bj, ineq::prefecture_from_code(1101)) == pref->find_code(1100));
    CHECK(ineq::province_regions()->unit_of(gd, std::nullopt) == 18u);
    // Macro-regions: Guangdong is East (0), Hubei Central (1).
    CHECK(ineq::macro_regions()->unit_of(gd, std::nullopt) == 0u);
    CHECK(ineq::macro_regions()->unit_of(hb, std::nullopt) == 1u);
}

TEST_CASE("region_set::grouping: user-defined zones over cities, with a parent") {
    const auto pref = ineq::prefecture_regions();
    std::vector<std::optional<std::size_t>> member(pref->size());
    // Greater Bay Area (mainland part): 广州 4401, 深圳 4403, 珠海 4404, 佛山 4406, 江门 4407,
    // 肇庆 4412, 惠州 4413, 东莞 4419, 中山 4420.
    for (const long c : {4401L, 4403L, 4404L, 4406L, 4407L, 4412L, 4413L, 4419L, 4420L}) {
        member[pref->find_code(c).value()] = 0;
    }
    member[pref->find_code(3100).value()] = 1;  // Shanghai as a zone of its own
    const auto zones = ineq::region_set::grouping("zone", pref, {"Greater Bay Area", "Shanghai"}, member);
    CHECK(zones->size() == 2);
    CHECK(zones->at(0).code == 1);
    CHECK(zones->group_of(pref->find_code(4403).value()) == 0u);
    CHECK_FALSE(zones->group_of(pref->find_code(4405).value()).has_value());  // 汕头 is not in the GBA
    const auto gd = ineq::province_from_code(44).value();
    CHECK(zones->unit_of(gd, ineq::prefecture_from_code(4419)) == 0u);
    CHECK_FALSE(zones->unit_of(gd, ineq::prefecture_from_code(4405)).has_value());
    CHECK(zones->parent() == nullptr);

    // With a parent: both zones in the East macro-region.
    const auto with_parent = ineq::region_set::grouping("zone", pref, {"GBA", "SH"}, member, ineq::macro_regions(), {0, 0});
    CHECK(with_parent->parent_of(1) == 0u);
    CHECK(ineq::parent_labels(*with_parent) == std::vector<std::string>{"East", "East"});

    CHECK(message_of([&] { (void)ineq::region_set::grouping("z", pref, {"a"}, {}); }) ==
          "ineq::region_set::grouping: needs one membership per unit of the base set (337), got 0");
    CHECK(message_of([&] { (void)ineq::region_set::grouping("z", pref, {"a", "a"}, member); }) ==
          "ineq::region_set::grouping: group labels must be distinct (\"a\" repeats)");
    CHECK(message_of([&] { (void)ineq::region_set::grouping("z", pref, {"a"}, member); }) ==
          "ineq::region_set::grouping: a base unit belongs to a group that does not exist (index " +
              std::to_string(pref->find_code(3100).value()) + ", value 1)");
    CHECK(message_of([&] { (void)ineq::region_set::grouping("z", nullptr, {"a"}, member); }) ==
          "ineq::region_set::grouping: needs a base region set");
    CHECK(message_of([&] { (void)ineq::parent_labels(*zones); }) ==
          "ineq::parent_labels: the zone set has no parent set");
    CHECK(message_of([&] { (void)pref->at(337); }) ==
          "ineq::region_set::at: unit index out of range (index 337, value 337)");
}
