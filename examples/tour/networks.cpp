// tour/networks: the co-application network of a handful of patents.
//
// What you learn here:
//   - two networks from the same records: provinces (31 nodes, an edge per co-application
//     across provinces, cooperation inside a province as the node's internal weight) and
//     institutions (applicants by normalised name);
//   - density, degree, strength and betweenness; Burt's constraint and effective size, the
//     structural holes a broker spans; an isolate has no constraint (empty, never NaN);
//   - build an adjacency_list once and measure it many times.
//
// Headers: <ineq/network/...> (Eigen) and <ineq/patent/...>.
// Run:  build/dev/examples/tour_networks

#include <ineq/network/build.hpp>
#include <ineq/network/degree.hpp>
#include <ineq/network/graph.hpp>
#include <ineq/network/paths.hpp>
#include <ineq/network/structural_holes.hpp>
#include <ineq/patent/record.hpp>
#include <ineq/patent/resolve.hpp>

#include <fmt/format.h>

#include <chrono>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace net = ineq::network;

namespace {

// An invention filed in `year` by the applicants named (kind and place from the library).
ineq::patent_record patent(int year, std::initializer_list<std::string_view> names) {
    ineq::patent_record r;
    r.filing_date = std::chrono::year{year} / 1 / 1;
    r.type = ineq::patent_type::invention;
    for (std::string_view name : names) r.applicants.push_back(ineq::make_applicant(name, ineq::resolve_applicant(name)));
    return r;
}

}  // namespace

int main() {
    const std::vector<ineq::patent_record> records{
        patent(2019, {"清华大学", "北京百度网讯科技有限公司"}),
        patent(2019, {"清华大学", "腾讯科技(深圳)有限公司"}),
        patent(2020, {"清华大学", "腾讯科技(深圳)有限公司"}),
        patent(2020, {"浙江大学", "腾讯科技(深圳)有限公司"}),
        patent(2020, {"浙江大学", "杭州海康威视数字技术股份有限公司"}),
        patent(2021, {"上海交通大学", "清华大学", "浙江大学"}),
        patent(2021, {"哈尔滨工业大学(深圳)", "腾讯科技(深圳)有限公司"}),
        patent(2021, {"四川大学"}),  // one applicant: a node without ties
    };
    net::network_filter years;
    years.first_year = std::chrono::year{2012};
    years.last_year = std::chrono::year{2021};

    const net::graph provinces = net::province_network(records, years);
    const net::adjacency_list p(provinces);
    const auto p_strength = net::strength(p);
    fmt::print("province network: {} nodes, {} edges, density {:.4f}\n", provinces.node_count(), provinces.edge_count(),
               net::density(p));
    fmt::print("  province      degree strength internal\n");
    for (std::size_t i = 0; i < provinces.node_count(); ++i)
        if (p.degree(i) > 0 || provinces.internal(i) > 0)
            fmt::print("  {:<13} {:>6} {:>8} {:>8}\n", provinces.label(i), p.degree(i), p_strength[i], provinces.internal(i));

    const net::graph institutions = net::institution_network(records, years);
    const net::adjacency_list g(institutions);
    const auto bc = net::betweenness(g, net::edge_weights::ignore, net::betweenness_scaling::normalized);
    const auto c = net::constraint(g);      // weights as tie strengths (co-applications)
    const auto es = net::effective_size(g);
    fmt::print("\ninstitution network: {} nodes, {} edges, density {:.4f}, degree centralization {:.4f}\n",
               institutions.node_count(), institutions.edge_count(), net::density(g), net::degree_centralization(g));
    fmt::print("  {:<34} degree betweenness constraint effective size\n", "institution");
    for (std::size_t i = 0; i < institutions.node_count(); ++i) {
        auto show = [](const std::optional<double>& v) { return v ? fmt::format("{:.3f}", *v) : std::string("-"); };
        fmt::print("  {:<34} {:>6} {:>11.3f} {:>10} {:>14}\n", institutions.label(i), g.degree(i), bc[i], show(c[i]),
                   show(es[i]));
    }
    fmt::print("(low constraint and high effective size: a broker across structural holes; '-': an isolate)\n");
}
