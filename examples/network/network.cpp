// network: the study's cooperation-network analysis on a CSV patent export.
//
//   network export.csv [--out DIR] [--from Y] [--to Y] [--all-kinds] [--fractional] [--top N]
//
// Reads the export as examples/pipeline does (bad rows reported and skipped, A/B
// publications of one application counted once), keeps the study's IUR cooperations
// (invention patents, no individual or overseas applicant, an industry-university-research
// pair) filed in the years, and builds two networks:
//   - provinces: an edge per co-application between two provinces (cooperation inside a
//     province is the node's internal weight, not a self-loop);
//   - institutions: applicants by normalised name, an edge per co-application.
// For each it prints the density, the components, the ten nodes with the highest degree,
// betweenness and eigenvector centrality, and for institutions the ten with the lowest
// Burt constraint (the richest in structural holes). Both networks are written as GraphML
// for Gephi or Cytoscape.

#include "../pipeline/console.hpp"

#include <ineq/io/read_export.hpp>

#include <ineq/network.hpp>
#include <ineq/patent.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <exception>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

namespace fs = std::filesystem;
namespace net = ineq::network;

namespace {

// Indices of the `top` largest values, ties broken by node index.
std::vector<std::size_t> top_nodes(const std::vector<double>& values, std::size_t top) {
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::ranges::stable_sort(order, [&](std::size_t a, std::size_t b) { return values[a] > values[b]; });
    order.resize(std::min(top, order.size()));
    return order;
}

void print_top(const net::graph& g, std::string_view title, const std::vector<double>& values, std::size_t top,
               std::string_view format) {
    fmt::print("  top {} by {}:\n", std::min(top, values.size()), title);
    const auto nodes = top_nodes(values, top);
    // Names padded by display width (a Chinese character takes two columns), the column as
    // wide as the widest name shown.
    std::size_t width = 44;
    for (const auto i : nodes) width = std::max(width, pipeline::display_width(g.label(i)));
    for (const auto i : nodes) {
        fmt::print("    {} {}\n", pipeline::pad_right(g.label(i), width), fmt::format(fmt::runtime(format), values[i]));
    }
}

void analyse(const net::graph& g, std::string_view name, std::size_t top, bool structural_holes) {
    const net::adjacency_list v(g);
    const auto components = net::connected_components(v);
    std::size_t isolates = 0;
    for (std::size_t i = 0; i < v.node_count(); ++i) {
        isolates += v.degree(i) == 0 ? 1 : 0;
    }
    const auto largest = components.count == 0 ? std::size_t{0} : components.nodes(components.largest()).size();
    fmt::print("\n{} network: {} nodes, {} edges, total weight {:.1f}\n", name, g.node_count(), g.edge_count(),
               g.total_weight());
    if (g.node_count() < 2) {
        fmt::print("  too few nodes for network measures\n");
        return;
    }
    fmt::print("  density {:.4f}, {} components (largest {} nodes, {} isolates)\n", net::density(v),
               components.count, largest, isolates);
    if (g.node_count() >= 3) {
        fmt::print("  Freeman degree centralization {:.4f}\n", net::degree_centralization(v));
    }
    print_top(g, "degree (distinct partners)", net::degree(v), top, "{:.0f}");
    print_top(g, "strength (co-applications)", net::strength(v), top, "{:.1f}");
    // Weights are tie strengths: frequent partners are close (path length 1/weight), as
    // networkx users do with distance=1/w.
    if (g.node_count() >= 3) {
        print_top(g, "betweenness (normalised, length 1/weight)",
                  net::betweenness(v, net::edge_weights::strength, net::betweenness_scaling::normalized), top,
                  "{:.4f}");
    }
    const auto ev = net::leading_eigenvector(v, net::edge_weights::strength, net::eigenvector_scaling::max_one);
    fmt::print("  leading eigenvalue of the adjacency matrix {:.4f}\n", ev.eigenvalue);
    print_top(g, "eigenvector centrality (per component, largest 1)", ev.centrality, top, "{:.4f}");
    if (structural_holes) {
        const auto c = net::constraint(v);
        std::vector<std::size_t> with_value;
        for (std::size_t i = 0; i < c.size(); ++i) {
            if (c[i]) with_value.push_back(i);
        }
        std::ranges::stable_sort(with_value, [&](std::size_t a, std::size_t b) { return *c[a] < *c[b]; });
        with_value.resize(std::min(top, with_value.size()));
        const auto es = net::effective_size(v);
        fmt::print("  lowest Burt constraint (richest in structural holes; isolates have none):\n");
        std::size_t width = 44;
        for (const auto i : with_value) width = std::max(width, pipeline::display_width(g.label(i)));
        for (const auto i : with_value) {
            fmt::print("    {} constraint {:.4f}, effective size {:.2f}\n", pipeline::pad_right(g.label(i), width), *c[i],
                       es[i].value_or(0.0));
        }
    }
}

void write_graphml(const net::graph& g, const fs::path& file) {
    std::ofstream out(file, std::ios::binary);
    out << net::to_graphml(g);
    if (!out) throw std::runtime_error("cannot write " + file.string());
    fmt::print("  written: {}\n", file.string());
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"ineq network: province and institution cooperation networks from a CSV patent export"};
    std::string input;
    std::string out_dir = "ineq-networks";
    int from_year = 2012;
    int to_year = 2021;
    bool all_kinds = false;
    bool fractional = false;
    std::string encoding;
    std::string level = "province";
    bool quiet = false;
    std::size_t top = 10;
    app.add_option("input", input, "CSV export (incoPat or Patsnap)")->required();  // checked by read_export
    app.add_option("--out", out_dir, "directory for the GraphML files")->capture_default_str();
    app.add_option("--from", from_year, "first filing year")->capture_default_str();
    app.add_option("--to", to_year, "last filing year")->capture_default_str();
    app.add_flag("--all-kinds", all_kinds, "keep every cooperation, not only IUR pairs (still no individuals/overseas)");
    app.add_flag("--fractional", fractional, "fractional counting: each patent spreads weight 1 over its pairs");
    app.add_option("--level", level, "the regions of the regional network: provinces or prefecture-level cities")
        ->check(CLI::IsMember({"province", "prefecture"}))
        ->capture_default_str();
    app.add_option("--top", top, "how many nodes each ranking lists")->capture_default_str();
    app.add_option("--encoding", encoding, "the input's character encoding when it is not UTF-8, e.g. GB18030");
    app.add_flag("--quiet", quiet, "do not list skipped rows");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? pipeline::exit_ok : pipeline::exit_usage;
    }
    if (!encoding.empty() && !ineq::io::encoding_known(encoding)) {
        fmt::print(stderr, "network: unknown --encoding {} (iconv --list names the known ones)\n", encoding);
        return pipeline::exit_usage;
    }

    try {
        if (to_year < from_year) {
            fmt::print(stderr, "network: --to {} precedes --from {}\n", to_year, from_year);
            return pipeline::exit_usage;
        }
        ineq::io::read_result data;
        try {
            pipeline::progress_bar no_bar(false);
            ineq::io::read_options options = pipeline::reporting_options(input, !quiet, no_bar);
            options.encoding = encoding;
            data = ineq::io::read_export(input, options);
        } catch (const ineq::io::io_error& e) {
            fmt::print(stderr, "network: {}\n", e.what());
            return pipeline::exit_bad_input;
        }
        if (!data.header_ok) {
            fmt::print(stderr,
                       "network: {}: the header row ({}) lacks a filing date (申请日) or an applicants column; "
                       "nothing after the header was read\n",
                       input, data.columns.vendor());
            return pipeline::exit_bad_input;
        }
        const std::size_t documents = data.records.size();
        const auto records = ineq::deduplicate(std::move(data.records));

        // The study's selection, over the chosen years; the network filter repeats the
        // years and picks the cooperation kinds.
        using namespace std::chrono;
        ineq::selection_rules rules = ineq::study_rules();
        rules.filed_from = year{from_year} / January / 1;
        rules.filed_to = year{to_year} / December / 31;
        rules.require_iur_pair = !all_kinds;
        std::vector<ineq::patent_record> selected;
        std::ranges::copy_if(records, std::back_inserter(selected), rules);

        net::network_filter filter;
        filter.first_year = year{from_year};
        filter.last_year = year{to_year};
        filter.count = fractional ? ineq::counting::fractional : ineq::counting::whole;

        if (data.synthetic || fs::path(input).filename().string().find("synthetic") != std::string::npos) {
            fmt::print("*** SYNTHETIC DATA: generated by examples/synthetic, not real patents ***\n");
        }
        fmt::print("Input: {}: {} documents, {} after removing A/B duplicates, {} {} cooperations filed {}..{}\n",
                   input, documents, records.size(), selected.size(),
                   all_kinds ? "organisational" : "IUR", from_year, to_year);
        fmt::print("Counting: {}\n", fractional ? "fractional (each patent spreads 1 over its pairs)"
                                                 : "whole (each pair of a patent +1)");

        const bool cities = level == "prefecture";
        const net::graph provinces =
            net::region_network(selected, cities ? ineq::prefecture_regions() : ineq::province_regions(), filter);
        const net::graph institutions = net::institution_network(selected, filter);
        analyse(provinces, cities ? "City" : "Province", top, false);
        analyse(institutions, "Institution", top, true);

        fs::create_directories(out_dir);
        fmt::print("\nGraphML (opens in Gephi or Cytoscape):\n");
        write_graphml(provinces, fs::path(out_dir) / (cities ? "cities.graphml" : "provinces.graphml"));
        write_graphml(institutions, fs::path(out_dir) / "institutions.graphml");
        return pipeline::exit_ok;
    } catch (const std::exception& e) {
        fmt::print(stderr, "network: {}\n", e.what());
        return 1;
    }
}
