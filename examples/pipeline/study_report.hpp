#ifndef INEQ_EXAMPLES_PIPELINE_STUDY_REPORT_HPP
#define INEQ_EXAMPLES_PIPELINE_STUDY_REPORT_HPP

// The pipeline's tables as data, written as CSV (ineq::io::write_csv_file) and shown in the
// HTML report (ineq::io::html_report), the parts of the report the console does not show --
// the maps of cooperative patents by province and of LISA clusters (drawn by
// examples/spatial/map_svg.hpp) and the network's top centralities -- and `write`, which
// puts the CSV files and report.html into the output directory.
//
// A table keeps two sets of rows: the CSV rows hold every number at full precision (the
// shortest text that reads back to the same double), the shown rows as the console prints
// them (percentages, fixed decimals, and summary rows such as "national").

#include <ineq/io/boundaries.hpp>
#include "../spatial/map_svg.hpp"

#include <ineq/io/csv_table.hpp>
#include <ineq/io/report.hpp>
#include <ineq/measures/breaks.hpp>
#include <ineq/network.hpp>
#include <ineq/region.hpp>
#include <ineq/spatial/lisa.hpp>
#include <ineq/spatial/provinces.hpp>

#include <fmt/format.h>

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <deque>
#include <exception>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace study_report {

/// One table of the study: the CSV file's stem, a title, and the rows for CSV and for reading.
struct table {
    std::string stem;
    std::string title;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> csv;    // full precision
    std::vector<std::vector<std::string>> shown;  // as printed
    std::vector<std::string> notes;
};

/// The shortest text of a number that reads back to the same double; empty if undefined.
inline std::string full(double v) { return fmt::format("{}", v); }
inline std::string full(const std::optional<double>& v) { return v ? full(*v) : std::string(); }

/// The tables of a run, in the order they were printed.
class tables {
public:
    table& add(std::string stem, std::string title, std::vector<std::string> header) {
        all_.push_back({std::move(stem), std::move(title), std::move(header), {}, {}, {}});
        return all_.back();
    }
    [[nodiscard]] const table* find(std::string_view stem) const {
        for (const auto& t : all_) {
            if (t.stem == stem) return &t;
        }
        return nullptr;
    }
    [[nodiscard]] const std::deque<table>& all() const { return all_; }

    /// Writes <stem>.csv for every table into `dir`; returns the file names.
    std::vector<std::string> write_csv(const std::filesystem::path& dir) const {
        std::vector<std::string> names;
        for (const auto& t : all_) {
            ineq::io::write_csv_file(dir / (t.stem + ".csv"), t.header, t.csv);
            names.push_back(t.stem + ".csv");
        }
        return names;
    }

private:
    std::deque<table> all_;  // references stay valid as tables are added
};

/// Adds a table's shown rows, its title as caption, and its notes to the report.
inline void show(ineq::io::html_report& r, const table& t) {
    r.table(t.header, t.shown, t.title + "  (" + t.stem + ".csv)");
    for (const auto& n : t.notes) r.note(n);
}

inline std::string read_text(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return {};
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// ---- The network's top centralities ------------------------------------------------------

/// The `top` units by degree, strength, betweenness (normalised, path length 1/weight) and
/// eigenvector centrality (largest 1 per component), one rank per row, as the network
/// example ranks them (ties by node index).
inline table& centrality_table(tables& ts, const ineq::network::graph& g, std::size_t top) {
    namespace net = ineq::network;
    const net::adjacency_list v(g);
    std::vector<std::pair<std::string, std::vector<double>>> measures;
    measures.emplace_back("degree", net::degree(v));
    measures.emplace_back("strength", net::strength(v));
    if (g.node_count() >= 3) {
        measures.emplace_back("betweenness",
                              net::betweenness(v, net::edge_weights::strength, net::betweenness_scaling::normalized));
    }
    measures.emplace_back(
        "eigenvector",
        net::leading_eigenvector(v, net::edge_weights::strength, net::eigenvector_scaling::max_one).centrality);
    std::vector<std::string> header{"rank"};
    for (const auto& [name, values] : measures) {
        header.push_back("by_" + name);
        header.push_back(name);
    }
    auto& t = ts.add("network_centrality", "Top units of the cooperation network by centrality", header);
    const std::size_t n = std::min(top, g.node_count());
    std::vector<std::vector<std::size_t>> orders;
    for (const auto& measure : measures) {
        const auto& values = measure.second;
        std::vector<std::size_t> order(values.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::ranges::stable_sort(order, [&values](std::size_t a, std::size_t b) { return values[a] > values[b]; });
        orders.push_back(std::move(order));
    }
    for (std::size_t k = 0; k < n; ++k) {
        std::vector<std::string> csv{std::to_string(k + 1)};
        std::vector<std::string> shown{std::to_string(k + 1)};
        for (std::size_t m = 0; m < measures.size(); ++m) {
            const std::size_t i = orders[m][k];
            const double x = measures[m].second[i];
            csv.push_back(g.label(i));
            csv.push_back(full(x));
            shown.push_back(g.label(i));
            shown.push_back(m < 2 ? fmt::format("{:.6g}", x) : fmt::format("{:.4f}", x));
        }
        t.csv.push_back(csv);
        t.shown.push_back(shown);
    }
    t.notes.push_back("degree: distinct partner units; strength: co-applications; betweenness: normalised, a link's "
                      "length 1/weight; eigenvector: leading eigenvector of the weighted adjacency, largest 1 per "
                      "component. Ties in index order.");
    return t;
}

// ---- Maps ------------------------------------------------------------------------------

/// A drawn map and its caption.
struct figure {
    std::string svg;
    std::string caption;
};

/// The maps of the report at the province level: the cooperative patents of the years of
/// the study's Figure 2 within the window (Jenks breaks pooled over them, at most five
/// classes), and the LISA clusters of the last year (local Moran with row-standardised land
/// borders, 9,999 conditional permutations, two-sided, pseudo p <= 0.05). `values` is
/// provinces x years from `first_year`. Throws std::runtime_error if the boundaries in
/// `geo_dir` cannot be read.
inline std::vector<figure> province_maps(const Eigen::MatrixXd& values, int first_year, const std::string& geo_dir,
                                         bool synthetic) {
    namespace sp = ineq::spatial;
    const int last_year = first_year + static_cast<int>(values.cols()) - 1;
    const std::vector<ineq::io::boundary_feature> china = ineq::io::read_boundaries((std::filesystem::path(geo_dir) / "china.json").string());
    std::vector<std::optional<std::size_t>> row_of;
    for (const auto& f : china) {
        const auto p = ineq::province_from_code(f.code);
        row_of.push_back(p ? std::optional<std::size_t>(p->index()) : std::nullopt);
    }
    const auto label = [](const ineq::io::boundary_feature& f) {
        const auto p = ineq::province_from_code(f.code);
        return p ? fmt::format("{} ({})", p->english(), f.name) : f.name;
    };
    const std::string prefix = synthetic ? "SYNTHETIC DATA \u2013 " : "";
    std::vector<figure> out;

    std::vector<int> years;
    for (const int y : {2012, 2015, 2018, 2021}) {
        if (y >= first_year && y <= last_year) years.push_back(y);
    }
    if (years.empty()) years.push_back(last_year);
    const auto values_in = [&](int year) {
        std::vector<std::optional<double>> v;
        for (const auto& row : row_of) {
            v.push_back(row ? std::optional<double>(values(static_cast<Eigen::Index>(*row), year - first_year))
                            : std::nullopt);
        }
        return v;
    };
    std::vector<double> pooled;
    for (const int y : years) {
        for (const auto& v : values_in(y)) {
            if (v) pooled.push_back(*v);
        }
    }
    const std::size_t distinct = std::set<double>(pooled.begin(), pooled.end()).size();
    const auto breaks = ineq::jenks_breaks(pooled, std::max<std::size_t>(1, std::min<std::size_t>(5, distinct)));
    const bool whole = std::ranges::all_of(pooled, [](double x) { return x == std::round(x); });
    map_svg::layout lay;
    lay.title = prefix + "Cooperative (industry\u2013university\u2013research) invention patents by province";
    lay.subtitle = "Applications filed in each year; Jenks natural breaks shared by all maps";
    lay.legend_title = "Cooperative patents";
    lay.legend = map_svg::sequential_legend(breaks, whole);
    lay.legend_caption = map_svg::integral(breaks) && whole ? "" : "Each class includes its lower bound";
    lay.columns = years.size() == 1 ? 1 : 2;
    lay.panel_width = years.size() == 1 ? 560.0 : 400.0;
    std::vector<map_svg::panel> panels;
    for (const int y : years) {
        const auto v = values_in(y);
        auto p = map_svg::choropleth_panel(std::to_string(y), china, v, breaks);
        for (std::size_t i = 0; i < china.size(); ++i) {
            p.tooltip[i] = fmt::format("{}: {}", label(china[i]), v[i] ? map_svg::format_number(*v[i]) : "no data");
        }
        panels.push_back(std::move(p));
    }
    out.push_back({map_svg::render(china, panels, lay),
                   "Figure 2. Cooperative invention patents by province in the years of the study's Figure 2 "
                   "(one shared scale). Point at a province for its value."});

    // LISA clusters of the last year.
    const sp::weights w = sp::province_contiguity(sp::weights_style::row_standardised, sp::island_policy::keep());
    const Eigen::VectorXd column = values.col(values.cols() - 1);
    try {
        sp::local_options o;
        o.resamples = 9999;
        o.alternative = ineq::stats::alternative::two_sided;
        const auto quadrants = sp::local_quadrants(column, w);
        const auto tests = sp::local_moran_permutation(column, w, o);
        const auto p = sp::p_values(tests);
        const auto clusters = sp::lisa_clusters(quadrants, p, 0.05);
        const auto controlled = sp::lisa_clusters(quadrants, p, 0.05, sp::p_adjustment::benjamini_hochberg);
        std::vector<std::optional<map_svg::cluster>> by_row(ineq::province::count);
        std::size_t significant = 0;
        std::size_t fdr = 0;
        for (std::size_t i = 0; i < clusters.size(); ++i) {
            by_row[i] = map_svg::cluster_of(clusters[i]);  // none for an island (no neighbours)
            const auto counts = [](sp::lisa_cluster c) {
                return c != sp::lisa_cluster::not_significant && c != sp::lisa_cluster::undefined;
            };
            significant += counts(clusters[i]) ? 1U : 0U;
            fdr += counts(controlled[i]) ? 1U : 0U;
        }
        std::vector<std::optional<map_svg::cluster>> by_feature;
        for (const auto& row : row_of) by_feature.push_back(row ? by_row[*row] : std::nullopt);
        map_svg::layout l;
        l.title = prefix + fmt::format("Clusters of cooperative invention patents, {}", last_year);
        l.subtitle = fmt::format("Local Moran, {}; 9,999 conditional permutations; {} at pseudo p \u2264 0.05, {} after "
                                 "Benjamini\u2013Hochberg",
                                 last_year, significant == 1 ? std::string("1 province") : fmt::format("{} provinces", significant),
                                 fdr);
        l.legend_title = "LISA cluster";
        l.legend = map_svg::lisa_legend();
        l.no_data_label = "No data (Hainan: no land neighbour)";
        l.columns = 1;
        l.panel_width = 560.0;
        out.push_back({map_svg::render(china, {map_svg::cluster_panel(std::to_string(last_year), china, by_feature)}, l),
                       fmt::format("LISA cluster map of {}: provinces whose cooperative patents are high or low together "
                                   "with their neighbours' (land borders, row-standardised; Hainan has none).",
                                   last_year)});
    } catch (const ineq::domain_error& e) {
        // e.g. no cooperative patent in the last year: no cluster map, said in the report
        out.push_back({"", fmt::format("No LISA cluster map of {}: {}", last_year, e.what())});
    }
    return out;
}

// ---- The report -------------------------------------------------------------------------

/// What the report needs besides the tables: where the files are, what was drawn, the data
/// of the maps and the lines the console printed.
struct run {
    std::filesystem::path dir;                   // --out: the tables, figures and report go here
    std::string shown_dir;                       // dir as the reader should see it (absolute)
    std::string title;
    std::string input;                           // "file.csv (format); whole counting"
    bool synthetic = false;
    bool cities = false;
    std::vector<std::string> drawn;              // the SVG files gnuplot wrote
    bool gnuplot = false;                        // whether gnuplot is installed
    std::vector<int> lorenz_years;
    bool density = false;                        // whether a density figure was asked for
    std::string dynamics_undefined;              // why there is no Markov chain, if there is none
    const Eigen::MatrixXd* cooperative = nullptr;  // units x years, for the maps
    int first_year = 0;
    std::string geo_dir;
    std::string network_summary;
    std::string graphml;
};

/// Writes every table as <stem>.csv into `r.dir`, and report.html: the tables in the order
/// of the study, the figures gnuplot drew inline, the maps (provinces only), the network
/// summary and the list of files. Returns the number of CSV files. A map that cannot be
/// drawn (no boundaries) is named on stderr and in the report; it does not stop the report.
inline std::size_t write(const tables& ts, const run& r) {
    const auto csv_files = ts.write_csv(r.dir);
    ineq::io::html_report report(r.title);
    if (r.synthetic) {
        report.banner("SYNTHETIC DATA: generated by examples/synthetic, not real patents; the numbers only imitate "
                      "the study");
    }
    report.paragraph("Input: " + r.input + "; written by the ineq pipeline example.");
    const auto figure = [&](const std::string& stem, const std::string& caption) {
        const std::string name = stem + ".svg";
        if (std::ranges::find(r.drawn, name) == r.drawn.end()) {
            report.note(fmt::format("{} not drawn ({}).", name, r.gnuplot ? "gnuplot failed" : "gnuplot is not installed"));
            return;
        }
        report.svg(read_text(r.dir / name), caption);
    };
    const auto section_of = [&](std::string_view stem, std::string_view heading) {
        if (const auto* t = ts.find(stem)) show(report.section(heading), *t);
    };
    section_of("provenance", "Data: where the numbers come from");
    section_of("table1", "Table 1. Cooperation degree");
    const std::string plural = r.cities ? "cities" : "provinces";
    figure("figure_" + plural + "_degree", "Cooperation degree in Table 1's order, with the national level.");
    figure("figure_" + plural + "_counts", "All and IUR-cooperative invention patents in Table 1's order.");
    section_of("targets", "Achieved vs target");
    section_of("yearly_series", "Yearly series (Figures 1, 3 and 4)");
    figure("figure1_totals", "Figure 1. Invention patents per year.");
    figure("figure3_range_sd", "Figure 3. Range and sample standard deviation across the units.");
    figure("figure4_gini_cv", "Figure 4. Gini coefficient and coefficient of variation.");
    section_of("macro_regions", "Macro-regions");
    section_of("dagum", "Dagum decomposition");
    report.section("Distribution dynamics");
    if (const auto* t = ts.find("markov")) show(report, *t);
    if (!r.dynamics_undefined.empty()) {
        report.note(fmt::format("Markov chain of relative positions: undefined ({}).", r.dynamics_undefined));
    }
    for (const int y : r.lorenz_years) figure(fmt::format("lorenz_{}", y), fmt::format("Lorenz curve of {}.", y));
    if (r.density) figure("figure_density", "Kernel densities of the relative positions (value / the year's mean).");
    report.section("Maps");
    if (r.cities) {
        report.note("The maps are drawn at the province level (run without --level prefecture, or the spatial "
                    "example for the prefecture map).");
    } else if (r.cooperative != nullptr) {
        try {
            for (const auto& m : province_maps(*r.cooperative, r.first_year, r.geo_dir, r.synthetic)) {
                if (m.svg.empty()) {
                    report.note(m.caption);
                } else {
                    report.svg(m.svg, m.caption);
                }
            }
        } catch (const std::exception& e) {
            fmt::print(stderr, "pipeline: no maps in the report: {}\n", e.what());
            report.note(fmt::format("No maps: {}", e.what()));
        }
    }
    report.section("Cooperation network");
    report.paragraph(r.network_summary + ".");
    if (const auto* t = ts.find("network_links")) show(report, *t);
    if (const auto* t = ts.find("network_centrality")) show(report, *t);
    report.note(fmt::format("The whole network: {} (GraphML, for Gephi, networkx or igraph).", r.graphml));
    report.section("Files");
    report.paragraph(fmt::format("Beside this report in {}:", r.shown_dir));
    std::vector<std::string> files = csv_files;
    files.insert(files.end(), r.drawn.begin(), r.drawn.end());
    files.push_back(r.graphml);
    report.list(files);
    report.write_file(r.dir / "report.html");
    return csv_files.size();
}

}  // namespace study_report

#endif  // INEQ_EXAMPLES_PIPELINE_STUDY_REPORT_HPP
