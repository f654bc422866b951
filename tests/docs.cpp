// The code of docs/*.md, compiled and checked, so that the documentation stays true; and a
// check that every C++ line of the code blocks in README.md and docs/*.md appears in this
// file, in tests/readme.cpp or in a module's tests/<dir>/snippets_*.cpp, so that a snippet
// edited in the docs cannot drift from the code that is compiled. Expected values are worked out by hand beside each CHECK.
#include <ineq/ineq.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

// Four documents: one application published twice (Beijing, university + enterprise),
// a Jiangsu university with a Guangdong enterprise, a Guangdong enterprise alone, and an
// individual's patent.
std::vector<ineq::patent_record> docs_records() {
    std::vector<ineq::patent_record> records;
    auto add = [&](std::string number, int y, std::vector<std::pair<std::string, std::string>> who) {
        ineq::patent_record r;
        r.publication_number = std::move(number);
        r.type = ineq::patent_type_from_kind_code(r.publication_number);
        r.filing_date = ineq::parse_date(std::to_string(y) + "-05-01").value();
        for (auto& [name, address] : who) r.applicants.push_back(ineq::make_applicant(name, ineq::resolve_applicant(name, address)));
        records.push_back(std::move(r));
    };
    add("CN1A", 2012, {{"清华大学", "北京市海淀区"}, {"北京百度网讯科技有限公司", "北京市海淀区"}});
    add("CN1B", 2012, {{"清华大学", "北京市海淀区"}, {"北京百度网讯科技有限公司", "北京市海淀区"}});
    add("CN2A", 2021, {{"南京大学", "江苏省南京市"}, {"华为技术有限公司", "广东省深圳市"}});
    add("CN3A", 2021, {{"华为技术有限公司", "广东省深圳市"}});
    add("CN4A", 2021, {{"张三", "广东省深圳市"}, {"南京大学", "江苏省南京市"}});
    return records;
}

std::string read_text(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot read ", file.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// White space runs become one space, so that line breaks and alignment do not matter.
std::string collapse(const std::string& text) {
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// A line without its // comment (a // inside a string literal is kept).
std::string code_of(const std::string& line) {
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '"' && (i == 0 || line[i - 1] != '\\')) quoted = !quoted;
        if (!quoted && line.compare(i, 2, "//") == 0) return line.substr(0, i);
    }
    return line;
}

}  // namespace

TEST_CASE("docs/guide.md: from records to Table 1 and the yearly series") {
    const std::vector<ineq::patent_record> records = docs_records();

    auto who = ineq::resolve_applicant("哈尔滨工业大学(深圳)");
    ineq::applicant a = ineq::make_applicant("哈尔滨工业大学(深圳)", who);
    auto addressed = ineq::resolve_applicant("北京某科技有限公司", "上海市浦东新区张江路");
    CHECK(a.kind == ineq::applicant_kind::university);
    CHECK(a.province_of->code() == 44);  // the bracket locates the Shenzhen campus
    CHECK(addressed.where.mainland->code() == 31);  // the address (Shanghai) outranks the name

    std::vector<ineq::patent_record> unique = ineq::deduplicate(records);
    ineq::selection_rules rules = ineq::study_rules();
    std::map<ineq::rejection_reason, int> reasons;
    for (const auto& r : unique) ++reasons[rules.why_rejected(r)];
    int kept = reasons[ineq::rejection_reason::selected];
    CHECK(unique.size() == 4);  // CN1A and CN1B are one application
    CHECK(kept == 2);           // CN1, CN2
    CHECK(reasons[ineq::rejection_reason::too_few_applicants] == 1);    // CN3
    CHECK(reasons[ineq::rejection_reason::individual_applicant] == 1);  // CN4

    ineq::cooperation_panels panels = ineq::cooperation_panels_of(unique);
    ineq::cooperation_table table = ineq::cooperation_degree_table(panels.all, panels.cooperative);
    double national = table.national_degree;
    auto below = table.below_national;
    // All invention patents with a located applicant: Beijing 1 (CN1), Jiangsu 2 (CN2, CN4),
    // Guangdong 3 (CN2, CN3, CN4) = 6; cooperative: Beijing 1, Jiangsu 1, Guangdong 1 = 3.
    CHECK(table.total_all == 6);
    CHECK(table.total_cooperative == 3);
    CHECK(national == 0.5);
    CHECK(below.size() == 1);  // Guangdong, 1/3 < 1/2; Jiangsu is exactly at it
    CHECK(below[0].english() == "Guangdong");

    ineq::yearly_series series = ineq::yearly_inequality(panels.cooperative);
    for (const ineq::yearly_point& y : series.points) {
        double spread = y.range;
        std::optional<double> gini = y.gini;
        CHECK(spread == (y.total > 0 ? 1.0 : 0.0));  // a year's provinces have 0 or 1 patent
        CHECK(gini.has_value() == (y.total > 0));
    }
    std::optional<double> growth = series.gini_growth;
    // 2012: one province with 1 of 31, Gini 1 - 1/31; 2021: two, Gini 1 - 2/31 (eq. 3 on
    // k equal values among 31 is 1 - k/31). Growth = (29/31 - 30/31) / (30/31) = -1/30.
    REQUIRE(growth.has_value());
    CHECK(*growth == doctest::Approx(-1.0 / 30.0));
}

TEST_CASE("docs/panel.md: records to Table 1, and between/within with a bootstrap interval") {
    const std::vector<ineq::patent_record> records = docs_records();
    auto panels = records | ineq::views::classify_applicants
                          | ineq::views::unique_applications()
                          | ineq::to_cooperation_panels();
    auto table  = ineq::cooperation_degree_table(panels.all, panels.cooperative);
    auto series = ineq::yearly_inequality(panels.cooperative);
    for (const auto& row : table.rows)
        std::printf("%2zu %-14s %6lld %6lld %6.2f %%\n", row.rank, row.where.english().data(),
                    (long long)row.all, (long long)row.cooperative, 100 * row.degree.value_or(0));
    std::printf("national %.2f %%, Gini 2012 -> 2021 grew %.2f\n", 100 * table.national_degree,
                series.gini_growth.value_or(0));
    CHECK(table.national_degree == 0.5);  // as in the guide's test above

    // Province i gets (i + 1)^2 cooperative patents in 2021.
    for (std::size_t i = 0; i < ineq::province::count; ++i) {
        panels.cooperative.add(ineq::province::from_index(i), 2021, static_cast<std::int64_t>((i + 1) * (i + 1)));
    }
    auto year = panels.cooperative.year(2021);
    std::vector<ineq::macro_region> region;
    for (const auto& info : ineq::provinces()) region.push_back(info.region);
    auto d = ineq::theil_t_decomposition(year, region);
    for (const auto& g : d.groups)
        std::printf("%s: share %.3f, Theil %.3f\n", ineq::to_string(g.label).data(), g.value_share, g.index);
    auto ci = ineq::bootstrap_ci(year, ineq::gini, {.replicates = 2000, .seed = 7});
    std::printf("Gini %.3f, 95 %% interval [%.3f, %.3f]\n", ci.estimate, ci.lower, ci.upper);
    CHECK(d.total == doctest::Approx(ineq::theil_t(year)).epsilon(1e-12));
    CHECK(d.between + d.within == doctest::Approx(d.total).epsilon(1e-12));
    CHECK(d.groups.size() == 4);
    CHECK(ci.lower < ci.estimate);
    CHECK(ci.estimate < ci.upper);
}

TEST_CASE("docs/applicants.md: a gazetteer outranks the rules") {
    ineq::gazetteer seats;
    seats.add("阿里巴巴(中国)有限公司", ineq::applicant_kind::enterprise,
              ineq::place{.mainland = ineq::find_province("浙江"), .prefecture = ineq::prefecture_from_code(3301)});
    auto a = ineq::resolve_applicant("哈尔滨工业大学(深圳)");
    auto b = ineq::resolve_applicant("三星电子株式会社");
    auto c = ineq::resolve_applicant("阿里巴巴（中国）有限公司", "", "", &seats);
    CHECK(a.kind == ineq::applicant_kind::university);
    CHECK(a.where.prefecture->code == 4403);
    CHECK(b.where.outside == ineq::outside_mainland::abroad);
    CHECK(c.where.mainland->code() == 33);
    CHECK(c.place_source == ineq::resolution_source::gazetteer);
}

TEST_CASE("docs/network.md: the networks of the guide's records") {
    const std::vector<ineq::patent_record> records = ineq::deduplicate(docs_records());
    namespace net = ineq::network;
    net::network_filter f;
    f.first_year = std::chrono::year{2012};
    f.last_year = std::chrono::year{2021};
    net::graph provinces = net::province_network(records, f);
    net::graph institutions = net::institution_network(records, f);
    net::adjacency_list v(provinces);
    double d = net::density(v);
    double total = provinces.total_weight();
    auto bc = net::betweenness(v, net::edge_weights::strength, net::betweenness_scaling::normalized);
    auto ev = net::leading_eigenvector(v, net::edge_weights::strength, net::eigenvector_scaling::max_one);
    double lambda = ev.eigenvalue;
    net::graph giant = net::largest_component(institutions);
    auto holes = net::constraint(giant);
    std::string xml = net::to_graphml(provinces);
    Eigen::MatrixXd a = net::dense_adjacency(provinces);
    // The filter's default keeps every cooperation kind (the selection rules are applied
    // before, if at all): CN1 is inside Beijing (internal weight 1); CN2 and CN4 both join
    // Jiangsu and Guangdong (one edge of weight 2); CN3 has one applicant.
    CHECK(provinces.node_count() == 31);
    CHECK(total == 2.0);
    CHECK(d == doctest::Approx(2.0 / 930.0));  // 1 edge of 31 * 30 / 2
    CHECK(bc.size() == 31);
    CHECK(lambda == doctest::Approx(2.0));  // [[0, w], [w, 0]] has eigenvalues +-w, w = 2
    CHECK(holes.size() == giant.node_count());
    CHECK(xml.find("<graphml") != std::string::npos);
    CHECK(a.rows() == 31);
    CHECK(a.trace() == 1.0);  // Beijing's internal weight from CN1
}

TEST_CASE("every C++ line of README.md and docs/*.md is in tests/readme.cpp, tests/docs.cpp or a snippets_*.cpp") {
    const char* root_env = std::getenv("INEQ_SOURCE_DIR");
    REQUIRE_MESSAGE(root_env != nullptr, "INEQ_SOURCE_DIR is set by CTest");
    const std::filesystem::path root(root_env);
    // The compiled snippets: this file, tests/readme.cpp, and any tests/**/snippets_*.cpp
    // (a module's snippets kept beside its tests).
    std::string compiled = read_text(root / "tests" / "readme.cpp") + "\n" + read_text(root / "tests" / "docs.cpp");
    for (const auto& e : std::filesystem::recursive_directory_iterator(root / "tests")) {
        const std::string file = e.path().filename().string();
        if (file.starts_with("snippets_") && e.path().extension() == ".cpp") compiled += "\n" + read_text(e.path());
    }
    const std::string tests = collapse(compiled);
    std::vector<std::filesystem::path> pages{root / "README.md"};
    for (const auto& e : std::filesystem::directory_iterator(root / "docs")) {
        if (e.path().extension() == ".md") pages.push_back(e.path());
    }
    std::size_t blocks = 0;
    std::size_t lines = 0;
    for (const auto& page : pages) {
        std::istringstream in(read_text(page));
        std::string line;
        bool inside = false;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (!inside && line == "```cpp") {
                inside = true;
                ++blocks;
                continue;
            }
            if (inside && line == "```") {
                inside = false;
                continue;
            }
            if (!inside) continue;
            const std::string code = collapse(code_of(line));
            if (code.empty() || code.starts_with("#include") || code.find("/*") != std::string::npos) continue;
            ++lines;
            CHECK_MESSAGE(tests.find(code) != std::string::npos, page.filename().string(), ": ", code);
        }
    }
    CHECK(blocks >= 10);  // README 5, docs at least 5: the scan found the pages
    CHECK(lines >= 60);
}
