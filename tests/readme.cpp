// The README's code, compiled and checked, so that the README stays true. Every C++ line of
// the README's code blocks must appear in this file or in tests/docs.cpp (checked there).
#include <ineq/ineq.hpp>

#include "study_data.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

namespace {

// Records as an export would give them: kinds from the names, provinces from the addresses.
std::vector<ineq::patent_record> readme_records() {
    std::vector<ineq::patent_record> records;
    auto add = [&](std::string number, int y, std::vector<std::pair<std::string, std::string>> who) {
        ineq::patent_record r;
        r.publication_number = std::move(number);
        r.type = ineq::patent_type_from_kind_code(r.publication_number);
        r.filing_date = ineq::parse_date(std::to_string(y) + "-05-01").value();
        for (auto& [name, address] : who) {
            r.applicants.push_back({.name = name,
                                    .kind = ineq::classify_applicant(name),
                                    .province_of = ineq::province_from_address(address)});
        }
        records.push_back(std::move(r));
    };
    add("CN1A", 2012, {{"清华大学", "北京市海淀区"}, {"北京百度网讯科技有限公司", "北京市海淀区"}});
    add("CN1B", 2012, {{"清华大学", "北京市海淀区"}, {"北京百度网讯科技有限公司", "北京市海淀区"}});  // its grant
    add("CN2A", 2021, {{"南京大学", "江苏省南京市"}, {"华为技术有限公司", "广东省深圳市"}});
    add("CN3A", 2021, {{"华为技术有限公司", "广东省深圳市"}});
    return records;
}

}  // namespace

TEST_CASE("README: measures") {
    std::vector<int> cooperative{7, 46, 33, 91, 86, 27, 28, 13, 129, 23, 91, 327, 328, 43, 169, 122,
                                 82, 107, 1364, 598, 194, 18, 2, 26, 125, 797, 31, 127, 11, 24, 418};
    double g = ineq::gini(cooperative);
    double sd = ineq::sample_sd(cooperative);
    double cv = ineq::cv(cooperative);
    ineq::summary s = ineq::summarize(cooperative);
    auto lorenz = ineq::lorenz_curve(cooperative);
    double growth = ineq::growth_rate(11, 445);
    CHECK(g == doctest::Approx(ineq_test::table1_gini));
    CHECK(sd == doctest::Approx(ineq_test::table1_sample_sd));
    CHECK(cv == doctest::Approx(ineq_test::table1_cv));
    CHECK(s.gini == g);
    CHECK(lorenz.size() == 32);
    CHECK(growth == doctest::Approx(39.4545).epsilon(1e-5));  // (445 - 11) / 11
    CHECK(cooperative[0] == 7);                               // not reordered
}

TEST_CASE("README: regions") {
    auto gd = ineq::province_from_code(44);
    auto sx = ineq::find_province("Shaanxi");
    auto qh = ineq::province_from_address("青海省海南藏族自治州共和县");
    auto sz = ineq::prefecture_from_code(4403);
    auto hk = ineq::find_outside_mainland("香港特别行政区");
    // GB/T 2260: 44 Guangdong, 61 Shaanxi, 63 Qinghai, 4403 Shenzhen.
    CHECK(gd->english() == "Guangdong");
    CHECK(sx->code() == 61);
    CHECK(qh->code() == 63);
    CHECK(sz->code == 4403);
    CHECK(hk == ineq::outside_mainland::hong_kong);
}

TEST_CASE("README: patent records") {
    ineq::patent_record r;
    r.application_number = "CN201910000001.1";
    r.publication_number = "CN110000001A";
    r.filing_date = std::chrono::year{2019} / 3 / 1;
    r.type = ineq::patent_type_from_kind_code(ineq::kind_code_of(r.publication_number));
    for (std::string name : {"清华大学", "北京百度网讯科技有限公司"})
        r.applicants.push_back(ineq::make_applicant(name, ineq::resolve_applicant(name)));
    bool kept = ineq::selects(ineq::study_rules(), r);
    auto why = ineq::study_rules().why_rejected(r);
    CHECK(r.type == ineq::patent_type::invention);  // kind code A
    CHECK(r.applicants[0].kind == ineq::applicant_kind::university);
    CHECK(r.applicants[1].kind == ineq::applicant_kind::enterprise);
    CHECK(r.applicants[1].province_of->code() == 11);  // 北京 in the name
    CHECK(kept);
    CHECK(why == ineq::rejection_reason::selected);
}

TEST_CASE("README: panels and views") {
    const std::vector<ineq::patent_record> records = readme_records();
    auto panels = records | ineq::views::classify_applicants
                          | ineq::views::unique_applications()
                          | ineq::to_cooperation_panels();
    auto table = ineq::cooperation_degree_table(panels.all, panels.cooperative);
    auto series = ineq::yearly_inequality(panels.cooperative);
    double national = table.national_degree;
    auto first = table.rows.front().where.english();
    // By hand: CN1A/CN1B are one application (Beijing, cooperative); CN2A counts for Jiangsu
    // and Guangdong (cooperative); CN3A for Guangdong (not cooperative). All: Beijing 1,
    // Jiangsu 1, Guangdong 2 = 4; cooperative 3; national 3/4.
    CHECK(table.total_all == 4);
    CHECK(table.total_cooperative == 3);
    CHECK(national == 0.75);
    CHECK((first == "Beijing" || first == "Jiangsu"));  // both 100 %
    CHECK(series.points.back().total == 2.0);
}

TEST_CASE("README: cooperation networks") {
    const std::vector<ineq::patent_record> records = ineq::deduplicate(readme_records());
    {
        namespace net = ineq::network;
        net::network_filter f;
        net::graph provinces = net::province_network(records, f);
        net::graph institutions = net::institution_network(records, f);
        net::adjacency_list v(provinces);
        double d = net::density(v);
        auto bc = net::betweenness(v, net::edge_weights::strength, net::betweenness_scaling::normalized);
        auto holes = net::constraint(net::largest_component(institutions));
        std::string xml = net::to_graphml(provinces);
        // By hand: one inter-province edge (Jiangsu - Guangdong) among 31 provinces:
        // density 1 / (31 * 30 / 2) = 2/930.
        CHECK(provinces.node_count() == 31);
        CHECK(d == doctest::Approx(2.0 / 930.0));
        CHECK(bc.size() == 31);
        CHECK(holes.size() == 2);  // the largest component: 南京大学 - 华为 or 清华 - 百度 (tie: smallest index)
        CHECK(xml.find("<graphml") != std::string::npos);
    }
}

namespace {

// Records with prefectures (resolve_applicant reads the address to the city).
std::vector<ineq::patent_record> readme_city_records() {
    std::vector<ineq::patent_record> records;
    auto add = [&](std::string number, int y, std::vector<std::pair<std::string, std::string>> who) {
        ineq::patent_record r;
        r.publication_number = std::move(number);
        r.type = ineq::patent_type_from_kind_code(r.publication_number);
        r.filing_date = ineq::parse_date(std::to_string(y) + "-05-01").value();
        for (auto& [name, address] : who) {
            r.applicants.push_back(ineq::make_applicant(name, ineq::resolve_applicant(name, address)));
        }
        records.push_back(std::move(r));
    };
    add("CN5A", 2019, {{"深圳大学", "广东省深圳市南山区"}, {"广州汽车集团股份有限公司", "广东省广州市天河区"}});
    add("CN6A", 2020, {{"南京大学", "江苏省南京市鼓楼区"}, {"华为技术有限公司", "广东省"}});
    return records;
}

}  // namespace

TEST_CASE("README: panels at the city level") {
    const std::vector<ineq::patent_record> records = readme_city_records();
    auto cities = ineq::cooperation_panels_of(records, ineq::study_rules(), ineq::study_inventions(),
                                              ineq::counting::whole, ineq::prefecture_regions());
    auto city_table = ineq::cooperation_degree_table(cities.all, cities.cooperative);
    std::size_t unplaced = cities.cooperative_unplaced;
    auto by_province = ineq::roll_up(cities.cooperative);
    // By hand: CN5A adds 1 to Shenzhen and Guangzhou; CN6A 1 to Nanjing, and its Guangdong
    // firm has no city (counted as unplaced). Roll-up: Guangdong 2 (two cities), Jiangsu 1.
    CHECK(city_table.total_cooperative == 3);
    CHECK(unplaced == 1);
    CHECK(by_province(ineq::province_from_code(44).value(), 2019) == 2);
    CHECK(by_province(ineq::province_from_code(32).value(), 2020) == 1);
    CHECK(city_table.rows.size() == 337);
}

namespace {

// A province panel whose 2021 column is Table 1's cooperative column in the placement that
// tests/spatial/reference/spdep_global.R calls "ranked" (arbitrary geography: a test vector).
ineq::count_panel readme_province_panel() {
    constexpr std::array<int, 31> ranked{1364, 122, 43, 27,  23, 125, 46, 86, 418, 598, 328, 127, 91, 33, 327, 82,
                                         169,  107, 797, 31, 13, 91,  194, 26, 28,  2,   129, 24,  7,  11, 18};
    ineq::count_panel p(2012, 2021);
    for (std::size_t i = 0; i < 31; ++i) {
        for (int y = 2012; y <= 2021; ++y) {
            p.add(ineq::province::from_index(i), y, ranked[i] * (y - 2011) / 10 + static_cast<int>(i % 3));
        }
    }
    return p;
}

}  // namespace

TEST_CASE("README: disparity, dynamics and the spatial layer") {
    ineq::cooperation_panels panels{readme_province_panel(), readme_province_panel()};
    auto column = panels.cooperative.year(2021);
    auto dagum = ineq::dagum_decomposition(column, ineq::parent_labels(*panels.cooperative.regions()));
    double transvariation = dagum.transvariation;
    auto densities = ineq::kernel_density_by_period(panels.cooperative);
    auto chain = ineq::markov_chain(ineq::relative_positions(panels.cooperative.values()),
                                    ineq::markov_classes::quantiles(4));
    CHECK(std::abs(dagum.within + dagum.net_between + transvariation - dagum.total) < 1e-12);
    CHECK(dagum.total == doctest::Approx(ineq::gini(column)).epsilon(1e-12));
    CHECK(dagum.groups.size() == 4);
    CHECK(densities.density.cols() == 10);
    CHECK(chain.probabilities.rows() == 4);

    {
        using namespace ineq::spatial;
        auto w = province_contiguity(weights_style::row_standardised, island_policy::keep());
        auto moran = moran_test(column, w);
        auto lisa = local_moran_permutation(column, w);
        auto clusters = lisa_clusters(local_quadrants(column, w), p_values(lisa), 0.05);
        // The 2021 column is `ranked` + (i mod 3); on `ranked` itself spdep gives I = 0.031866845150978818
        // (tests/spatial/reference/spdep_global.hpp, "moran ranked keep W randomisation").
        CHECK(moran.expectation == doctest::Approx(-1.0 / 29.0));
        CHECK(clusters.size() == 31);
        CHECK(clusters[20] == lisa_cluster::undefined);  // Hainan: no neighbours
        std::vector<double> ranked_only(31);
        for (std::size_t i = 0; i < 31; ++i) ranked_only[i] = static_cast<double>(column(static_cast<Eigen::Index>(i))) - static_cast<double>(i % 3);
        CHECK(moran_test(ranked_only, w).statistic == doctest::Approx(0.031866845150978818).epsilon(1e-12));
    }
}
