// The README's code, compiled and checked, so that the README stays true.
#include <ineq/ineq.hpp>

#include "study_data.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

TEST_CASE("README: usage") {
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
    CHECK(growth == doctest::Approx(39.4545).epsilon(1e-5));
    CHECK(cooperative[0] == 7);  // not reordered
}

TEST_CASE("README: between/within-region decomposition and a bootstrap interval") {
    // A panel as the pipeline builds it; here province i gets (i + 1)^2 patents in 2021.
    ineq::count_panel panel(2012, 2021);
    for (std::size_t i = 0; i < ineq::province::count; ++i) {
        panel.add(ineq::province::from_index(i), 2021, static_cast<std::int64_t>((i + 1) * (i + 1)));
    }

    auto year = panel.year(2021);  // 31 values in GB/T code order
    std::vector<ineq::macro_region> region;
    for (const auto& info : ineq::provinces()) {
        region.push_back(info.region);
    }
    auto d = ineq::theil_t_decomposition(year, region);  // d.total == d.between + d.within
    std::string report;
    for (const auto& group : d.groups) {
        report += std::string(ineq::to_string(group.label)) + " ";
    }
    auto ci = ineq::bootstrap_ci(year, ineq::gini, {.replicates = 2000, .seed = 7});

    CHECK(d.total == doctest::Approx(ineq::theil_t(year)).epsilon(1e-12));
    CHECK(d.between + d.within == doctest::Approx(d.total).epsilon(1e-12));
    CHECK(report == "East Central West Northeast ");  // order of first appearance
    CHECK(ci.estimate == ineq::gini(year));
    CHECK(ci.lower < ci.estimate);
    CHECK(ci.estimate < ci.upper);
}

TEST_CASE("README: from records to Table 1 and the yearly series") {
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
    add("CN2A", 2021, {{"南京大学", "江苏省南京市"}, {"华为技术有限公司", "广东省深圳市"}});
    add("CN3A", 2021, {{"华为技术有限公司", "广东省深圳市"}});

    auto panels = records | ineq::views::unique_applications() | ineq::to_cooperation_panels();
    auto table = ineq::cooperation_degree_table(panels.all, panels.cooperative);
    auto series = ineq::yearly_inequality(panels.cooperative);

    CHECK(table.rows[0].degree == 1.0);  // Beijing and Jiangsu: all their patents cooperate
    CHECK(table.total_all == 4);         // Beijing 1, Jiangsu 1, Guangdong 2
    CHECK(table.national_degree == 0.75);
    CHECK(series.points.back().total == 2.0);
}

TEST_CASE("README: applicants, kind and place") {
    ineq::gazetteer seats;
    seats.add("阿里巴巴(中国)有限公司", ineq::applicant_kind::enterprise,
              ineq::place{.mainland = ineq::find_province("浙江"), .prefecture = ineq::prefecture_from_code(3301)});
    auto a = ineq::resolve_applicant("哈尔滨工业大学(深圳)");
    auto b = ineq::resolve_applicant("三星电子株式会社");
    auto c = ineq::resolve_applicant("阿里巴巴（中国）有限公司", "", "", &seats);
    CHECK(a.kind == ineq::applicant_kind::university);
    CHECK(a.where.mainland->code() == 44);
    CHECK(a.where.prefecture->code == 4403);
    CHECK(b.kind == ineq::applicant_kind::enterprise);
    CHECK(b.where.outside == ineq::outside_mainland::abroad);
    CHECK(c.where.mainland->code() == 33);
    CHECK(c.where.prefecture->code == 3301);
    CHECK(c.place_source == ineq::resolution_source::gazetteer);
    // Without the gazetteer, 阿里 is a brand here, not Ngari in Tibet.
    CHECK_FALSE(ineq::resolve_applicant("阿里巴巴（中国）有限公司").where.known());
}
