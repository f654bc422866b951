#include <ineq/network/build.hpp>

#include <ineq/patent/counting.hpp>
#include <ineq/patent/record.hpp>
#include <ineq/patent/split.hpp>
#include <ineq/region/province.hpp>

#include "std_views.hpp"

#include <doctest/doctest.h>
#include <range/v3/view/take.hpp>

#include <chrono>
#include <utility>
#include <ranges>
#include <type_traits>
#include <set>
#include <string>
#include <vector>

namespace net = ineq::network;
using doctest::Approx;
using ineq::applicant;
using ineq::applicant_kind;
using ineq::cooperation_kind;
using ineq::patent_record;

namespace {
using namespace std::chrono;

applicant app(std::string name, applicant_kind kind, long code) {
    applicant a;
    a.name = std::move(name);
    a.kind = kind;
    if (code != 0) {
        a.province_of = ineq::province_from_code(code);
    } else {
        a.country = "US";
    }
    return a;
}

patent_record rec(year_month_day date, std::vector<applicant> apps) {
    patent_record r;
    r.filing_date = date;
    r.applicants = std::move(apps);
    return r;
}

constexpr auto U = applicant_kind::university;
constexpr auto E = applicant_kind::enterprise;
constexpr auto I = applicant_kind::institute;

// Beijing 11, Shanghai 31, Jiangsu 32, Zhejiang 33, Guangdong 44.
std::vector<patent_record> records() {
    return {
        // 1. Beijing university + Guangdong enterprise: Beijing-Guangdong.
        rec(2019y / May / 1, {app("Tsinghua University", U, 11), app("Huawei", E, 44)}),
        // 2. Jiangsu university + Jiangsu institute + Beijing enterprise: pairs JS-JS
        //    (internal), JS-BJ, JS-BJ.
        rec(2020y / June / 2, {app("Nanjing University", U, 32), app("Jiangsu Institute", I, 32),
                               app("ByteDance", E, 11)}),
        // 3. Filed 2011: outside 2012..2021.
        rec(2011y / March / 3, {app("Peking University", U, 11), app("SAIC", E, 31)}),
        // 4. Two enterprises (kind "other"): Guangdong-Zhejiang.
        rec(2018y / January / 4, {app("Tencent", E, 44), app("Alibaba", E, 33)}),
        // 5. One applicant written twice (counts once) + a Zhejiang enterprise: BJ-ZJ.
        rec(2016y / July / 5, {app("TSINGHUA  UNIVERSITY ", U, 11), app("Tsinghua University", U, 11),
                               app("Geely", E, 33)}),
        // 6. A foreign applicant has no province: one participant left, nothing added.
        rec(2017y / August / 6, {app("Tsinghua University", U, 11), app("IBM", E, 0)}),
        // 7. Unknown filing date: left out once a year window is set.
        rec(year_month_day{}, {app("Fudan University", U, 31), app("Huawei", E, 44)}),
    };
}

std::size_t idx(long code) { return ineq::province_from_code(code)->index(); }
}  // namespace

TEST_CASE("normalize_applicant_name") {
    CHECK(net::normalize_applicant_name("  Tsinghua   University（Beijing） ") ==
          "tsinghua university(beijing)");
    CHECK(net::normalize_applicant_name("\xE3\x80\x80华为技术有限公司\xE3\x80\x80") == "华为技术有限公司");
    CHECK(net::normalize_applicant_name("A\t\nB［1］｛2｝") == "a b[1]{2}");
    CHECK(net::normalize_applicant_name("") == "");
    CHECK(net::normalize_applicant_name("   ") == "");
    CHECK(net::normalize_applicant_name("\xFF\xEF\xBC") == "\xFF\xEF\xBC");  // invalid bytes kept, no overrun
}

TEST_CASE("province network, full counting, 2012..2021: edge by edge") {
    net::network_filter f;
    f.first_year = 2012y;
    f.last_year = 2021y;
    const auto g = net::province_network(records(), f);
    REQUIRE(g.node_count() == 31);
    CHECK(g.label(0) == "Beijing");
    CHECK(g.find("Guangdong") == idx(44));
    // 1: BJ-GD 1; 2: JS-BJ 2, JS internal 1; 4: GD-ZJ 1; 5: BJ-ZJ 1. 3 and 7 out, 6 adds nothing.
    CHECK(g.edge_count() == 4);
    CHECK(g.weight(idx(11), idx(44)) == 1.0);
    CHECK(g.weight(idx(32), idx(11)) == 2.0);
    CHECK(g.weight(idx(44), idx(33)) == 1.0);
    CHECK(g.weight(idx(11), idx(33)) == 1.0);
    CHECK(g.weight(idx(11), idx(31)) == 0.0);
    CHECK(g.internal(idx(32)) == 1.0);
    CHECK(g.internal(idx(11)) == 0.0);  // record 5's duplicate is one applicant, not a pair
    CHECK(g.weight(idx(11), idx(11)) == 0.0);
}

TEST_CASE("province network: fractional counting, no window, kind filter") {
    net::network_filter f;
    f.count = net::counting::fractional;
    const auto g = net::province_network(records(), f);
    // 2 has three pairs: 1/3 each. 3 and 7 now enter with weight 1.
    CHECK(g.weight(idx(32), idx(11)) == Approx(2.0 / 3));
    CHECK(g.internal(idx(32)) == Approx(1.0 / 3));
    CHECK(g.weight(idx(11), idx(31)) == 1.0);
    CHECK(g.weight(idx(31), idx(44)) == 1.0);
    CHECK(g.edge_count() == 6);

    net::network_filter iur;
    iur.kinds = {cooperation_kind::university_enterprise, cooperation_kind::all_three};
    const auto h = net::province_network(records(), iur);
    // Record 2 is all_three; record 4 ("other") drops out.
    CHECK(h.weight(idx(44), idx(33)) == 0.0);
    CHECK(h.weight(idx(32), idx(11)) == 2.0);
    CHECK(h.weight(idx(11), idx(44)) == 1.0);
}

TEST_CASE("institution network: normalised names, full and fractional") {
    const auto g = net::institution_network(records());
    const auto t = g.find("tsinghua university");
    REQUIRE(t.has_value());
    CHECK(!g.find("Tsinghua University").has_value());
    // Tsinghua: with Huawei (1), Geely (5), IBM (6).
    CHECK(g.weight(*t, *g.find("huawei")) == 1.0);
    CHECK(g.weight(*t, *g.find("geely")) == 1.0);
    CHECK(g.weight(*t, *g.find("ibm")) == 1.0);
    CHECK(g.weight(*g.find("nanjing university"), *g.find("bytedance")) == 1.0);
    // 12 distinct applicants (Tsinghua, Huawei, Nanjing, Jiangsu Institute, ByteDance,
    // Peking, SAIC, Tencent, Alibaba, Geely, IBM, Fudan); pairs by record:
    // 1 + 3 + 1 + 1 + 1 + 1 + 1 = 9 edges, none repeated.
    CHECK(g.node_count() == 12);
    CHECK(g.edge_count() == 9);
    net::network_filter f;
    f.count = net::counting::fractional;
    f.last_year = 2019y;
    const auto h = net::institution_network(records(), f);
    CHECK(!h.find("nanjing university").has_value());  // 2020
    CHECK(!h.find("fudan university").has_value());    // unknown date
    CHECK(h.weight(*h.find("peking university"), *h.find("saic")) == 1.0);
}

TEST_CASE("empty input gives 31 isolated provinces / an empty graph") {
    const std::vector<patent_record> none;
    CHECK(net::province_network(none).node_count() == 31);
    CHECK(net::province_network(none).edge_count() == 0);
    CHECK(net::institution_network(none).node_count() == 0);
}

TEST_CASE("blank names are ignored, bytes are kept, a reversed year window selects nothing") {
    CHECK(net::normalize_applicant_name(std::string("A\0B", 3)) == std::string("a\0b", 3));
    CHECK(net::normalize_applicant_name("\t\xE3\x80\x80\n") == "");
    // A blank name is no participant: the record has one participant and adds nothing.
    const std::vector<patent_record> blank{
        rec(2019y / May / 1, {app("Tsinghua University", U, 11), app("  \xE3\x80\x80", E, 44)})};
    CHECK(net::province_network(blank).edge_count() == 0);
    const auto inst = net::institution_network(blank);
    CHECK(inst.node_count() == 1);
    CHECK(inst.edge_count() == 0);
    // Invalid UTF-8 is a name like any other.
    const std::vector<patent_record> bad{rec(2019y / May / 1, {app("\xFF", U, 11), app("\xFE", E, 44)})};
    const auto g = net::institution_network(bad);
    REQUIRE(g.find("\xFF").has_value());
    CHECK(g.weight(*g.find("\xFF"), *g.find("\xFE")) == 1.0);
    CHECK(net::province_network(bad).weight(idx(11), idx(44)) == 1.0);
    // first_year after last_year: no record lies in the window.
    net::network_filter reversed;
    reversed.first_year = 2021y;
    reversed.last_year = 2012y;
    CHECK(net::province_network(records(), reversed).edge_count() == 0);
    CHECK(net::institution_network(records(), reversed).node_count() == 0);
}

TEST_CASE("a name with a trailing no-break space is the same applicant and the same node") {
    // U+00A0 (C2 A0) after a name, as HTML-derived exports write it. White space is one
    // rule for the whole library (ineq::detail::utf8::is_space), so splitting the field
    // and normalising the node name both drop it.
    CHECK(net::normalize_applicant_name("清华大学\u00A0") == "清华大学");
    CHECK(net::normalize_applicant_name("Tsinghua\u00A0\u00A0University") == "tsinghua university");
    CHECK(net::normalize_applicant_name("\u202F清华大学\u3000") == "清华大学");
    // Two records read from an export's applicant field.
    std::vector<patent_record> records;
    for (const std::string_view field : {"清华大学\u00A0| 华为技术有限公司", "清华大学 | 北京百度网讯科技有限公司"}) {
        patent_record r;
        r.filing_date = 2020y / March / 1;
        for (const std::string_view name : ineq::split_applicants(field)) {
            r.applicants.push_back(app(std::string(name), U, 11));
        }
        records.push_back(std::move(r));
    }
    // One applicant: the same name in both records.
    CHECK(records[0].applicants[0].name == records[1].applicants[0].name);
    std::set<std::string> names;
    for (const auto& r : records) {
        for (const auto& a : r.applicants) names.insert(a.name);
    }
    CHECK(names.size() == 3);
    // One node: 清华大学 with two partners; three nodes in all.
    const auto g = net::institution_network(records);
    CHECK(g.node_count() == 3);
    REQUIRE(g.find("清华大学").has_value());
    CHECK(g.weight(*g.find("清华大学"), *g.find("华为技术有限公司")) == 1.0);
    CHECK(g.weight(*g.find("清华大学"), *g.find("北京百度网讯科技有限公司")) == 1.0);
    // The same without splitting: the raw name with U+00A0 still lands on the same node.
    records[0].applicants[0].name = "清华大学\u00A0";
    CHECK(net::institution_network(records).node_count() == 3);
    // A lone C2 byte is not white space: kept, a different name.
    records[0].applicants[0].name = "清华大学\xC2";
    CHECK(net::institution_network(records).node_count() == 4);
}

TEST_CASE("networks count with the library's one counting vocabulary") {
    static_assert(std::is_same_v<net::counting, ineq::counting>);
    CHECK(net::network_filter{}.count == ineq::counting::whole);
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
    // The former network name of whole counting is kept, deprecated.
    static_assert(ineq::counting::full == ineq::counting::whole);
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
    // Whole counting by the shared name: record 2 gives JS-BJ 2 (as "full" did).
    net::network_filter f;
    f.count = ineq::counting::whole;
    CHECK(net::province_network(records(), f).weight(idx(32), idx(11)) == 2.0);
    // A network has no first applicant: rejected before any record is read.
    f.count = ineq::counting::first_applicant;
    const std::vector<patent_record> none;
    CHECK_THROWS_WITH_AS((void)net::province_network(none, f),
                         "ineq::province_network: counting must be whole or fractional (a network has no first "
                         "applicant)",
                         ineq::domain_error);
    CHECK_THROWS_WITH_AS((void)net::institution_network(records(), f),
                         "ineq::institution_network: counting must be whole or fractional (a network has no first "
                         "applicant)",
                         ineq::domain_error);
}

template <class R>
concept builds_province_network = requires(R&& r) { net::province_network(std::forward<R>(r)); };
template <class R>
concept builds_institution_network = requires(R&& r) { net::institution_network(std::forward<R>(r)); };

TEST_CASE("the network builders take any range of records and reject other ranges") {
    static_assert(builds_province_network<std::vector<patent_record>&>);
    static_assert(builds_institution_network<const std::vector<patent_record>&>);
    static_assert(!builds_province_network<std::vector<int>&>);
    static_assert(!builds_institution_network<std::vector<std::string>&>);
    static_assert(ineq::patent_record_range<std::vector<patent_record>>);
    static_assert(!ineq::patent_record_range<std::vector<int>>);
    static_assert(!ineq::patent_record_range<std::vector<applicant>>);
    // A view over records is accepted.
    const auto all = records();
    const auto g = net::province_network(all | ranges::views::take(2));
    CHECK(g.weight(idx(32), idx(11)) == 2.0);
    CHECK(g.weight(idx(11), idx(44)) == 1.0);
#if INEQ_TEST_STD_VIEWS
    const auto h = net::province_network(all | std::views::take(2));
    CHECK(h.edge_count() == g.edge_count());
    CHECK(h.weight(idx(32), idx(11)) == 2.0);
#endif
}

TEST_CASE("region network: cities and macro-regions from the same records") {
    auto at = [](std::string name, applicant_kind kind, long province, long prefecture) {
        applicant a = app(std::move(name), kind, province);
        a.prefecture_of = ineq::prefecture_from_code(prefecture);
        return a;
    };
    const std::vector<patent_record> rs{
        // Shenzhen university + Guangzhou firm + Shenzhen firm: SZ-GZ twice, SZ internal once.
        rec(2019y / May / 1, {at("SZU", U, 44, 4403), at("GAC", E, 44, 4401), at("Huawei", E, 44, 4403)}),
        // Hangzhou firm + a Hubei firm known only by province: one placed participant, no pair.
        rec(2019y / May / 2, {at("Alibaba", E, 33, 3301), app("Hubei Co", E, 42)}),
        // Beijing (municipality, no prefecture) + Hangzhou.
        rec(2019y / May / 3, {app("Tsinghua University", U, 11), at("Alibaba", E, 33, 3301)}),
    };
    const auto cities = ineq::prefecture_regions();
    const auto g = net::region_network(rs, cities);
    CHECK(g.node_count() == 337);
    const auto sz = cities->find_code(4403).value();
    const auto gz = cities->find_code(4401).value();
    const auto hz = cities->find_code(3301).value();
    const auto bj = cities->find_code(1100).value();
    CHECK(g.label(sz) == "深圳市");
    CHECK(g.weight(sz, gz) == 2.0);
    CHECK(g.internal(sz) == 1.0);
    CHECK(g.weight(bj, hz) == 1.0);
    CHECK(g.edge_count() == 2);
    // Macro-regions: SZ, GZ, HZ, BJ are East, Hubei Central (placed at this level by its
    // province): record 1 three East pairs, record 2 East-Central, record 3 one East pair.
    const auto m = net::region_network(rs, ineq::macro_regions());
    CHECK(m.node_count() == 4);
    CHECK(m.label(0) == "East");
    CHECK(m.internal(0) == 4.0);
    CHECK(m.weight(0, 1) == 1.0);
    CHECK(m.edge_count() == 1);
    // The province network is the region network over the province set.
    const auto p = net::province_network(records());
    const auto q = net::region_network(records(), ineq::province_regions());
    CHECK(p.edge_count() == q.edge_count());
    CHECK(p.weight(idx(32), idx(11)) == q.weight(idx(32), idx(11)));
}
