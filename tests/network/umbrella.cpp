#include <ineq/network.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

// The module header brings in every part; a short pipeline exercises each.
TEST_CASE("ineq/network.hpp: province network to measures") {
    namespace net = ineq::network;
    net::graph g({"a", "b", "c"});
    g.add_edge("a", "b", 2.0);
    g.add_edge("b", "c", 1.0);
    const net::adjacency_list v(g);
    CHECK(net::density(v) == doctest::Approx(2.0 / 3));
    CHECK(net::betweenness(v)[1] == 1.0);
    CHECK(net::closeness(v)[1] == 1.0);
    CHECK(net::eigenvector_centrality(v)[1] > net::eigenvector_centrality(v)[2]);
    CHECK(net::leading_eigenvector(net::dense_adjacency(g), net::edge_weights::ignore).eigenvalue ==
          doctest::Approx(std::sqrt(2.0)));  // the path a - b - c
    CHECK(net::largest_component(g).node_count() == 3);
    CHECK(*net::constraint(v)[0] == 1.0);
    CHECK(net::to_graphml(g).find("edgedefault=\"undirected\"") != std::string::npos);
    CHECK(net::province_network(std::vector<ineq::patent_record>{}).node_count() == 31);
}

namespace {

ineq::applicant app(std::string name, ineq::applicant_kind kind, long code) {
    ineq::applicant a;
    a.name = std::move(name);
    a.kind = kind;
    a.province_of = ineq::province_from_code(code);
    return a;
}

}  // namespace

// README.md, "Cooperation networks": the snippet as written, on three records.
TEST_CASE("README: cooperation networks") {
    using namespace std::chrono;
    using ineq::applicant_kind;
    std::vector<ineq::patent_record> records(3);
    records[0].filing_date = 2019y / May / 1;  // Beijing university + Guangdong enterprise
    records[0].applicants = {app("Tsinghua University", applicant_kind::university, 11),
                             app("Huawei", applicant_kind::enterprise, 44)};
    records[1].filing_date = 2020y / June / 2;  // Jiangsu university + Beijing enterprise
    records[1].applicants = {app("Nanjing University", applicant_kind::university, 32),
                             app("ByteDance", applicant_kind::enterprise, 11)};
    records[2].filing_date = 2021y / July / 3;  // Guangdong enterprise + Beijing university
    records[2].applicants = {app("Huawei", applicant_kind::enterprise, 44),
                             app("Tsinghua University", applicant_kind::university, 11)};

    namespace net = ineq::network;
    net::network_filter f;                         // years, cooperation kinds, full or fractional
    f.first_year = std::chrono::year{2012};
    f.last_year = std::chrono::year{2021};
    net::graph provinces = net::province_network(records, f);     // 31 nodes, English labels
    net::graph institutions = net::institution_network(records, f);  // applicants by normalised name
    net::adjacency_list v(provinces);              // build once, measure many times
    double d = net::density(v);
    double total = provinces.total_weight();       // each edge once, internal weight excluded
    // weights are tie strengths (co-applications): a path's edge has length 1 / w
    auto bc = net::betweenness(v, net::edge_weights::strength, net::betweenness_scaling::normalized);
    auto ev = net::leading_eigenvector(v, net::edge_weights::strength, net::eigenvector_scaling::max_one);
    double lambda = ev.eigenvalue;                 // ev.centrality: largest 1 per component (igraph)
    net::graph giant = net::largest_component(institutions);
    auto holes = net::constraint(giant);           // optional<double> per node
    std::string xml = net::to_graphml(provinces);  // for Gephi or Cytoscape
    Eigen::MatrixXd a = net::dense_adjacency(provinces);  // 31 x 31, diagonal = internal weight

    // By hand: province edges Beijing-Guangdong 2, Beijing-Jiangsu 1 (a path G - B - J).
    CHECK(d == doctest::Approx(2.0 / (31.0 * 30.0 / 2.0)));
    CHECK(total == 3.0);
    const auto bj = *provinces.find("Beijing");
    CHECK(bc[bj] == doctest::Approx(1.0 / (30.0 * 29.0 / 2.0)));  // one pair of the 435 without Beijing
    // Star with weights 2 and 1: lambda = sqrt(2^2 + 1^2), centre largest.
    CHECK(lambda == doctest::Approx(std::sqrt(5.0)));
    CHECK(ev.centrality[bj] == 1.0);
    // Institutions: Tsinghua - Huawei (2) and Nanjing - ByteDance (1), two components of
    // two nodes; the tie goes to the one holding node 0, Tsinghua - Huawei.
    CHECK(giant.node_count() == 2);
    CHECK(giant.weight(0, 1) == 2.0);
    CHECK(holes.size() == giant.node_count());
    CHECK(xml.find("Beijing") != std::string::npos);
    CHECK(a.rows() == 31);
    CHECK(a(static_cast<Eigen::Index>(bj), static_cast<Eigen::Index>(*provinces.find("Guangdong"))) == 2.0);
}
