// The spatial layer: weights from the provinces' contiguity or from links; Moran's I, Geary's C
// and Getis-Ord General G with their analytic and permutation tests; LISA (local Moran) and
// local G / G* with seeded permutations; the spatial Gini of Rey and Smith.
#include "common.hpp"

#include <ineq/spatial/geary.hpp>
#include <ineq/spatial/inference.hpp>
#include <ineq/spatial/getis_ord.hpp>
#include <ineq/spatial/lisa.hpp>
#include <ineq/spatial/local_g.hpp>
#include <ineq/spatial/moran.hpp>
#include <ineq/spatial/provinces.hpp>
#include <ineq/spatial/spatial_gini.hpp>
#include <ineq/spatial/weights.hpp>

#include <array>
#include <limits>
#include <optional>
#include <span>
#include <type_traits>
#include <vector>

namespace ineq_python {

namespace {

namespace sp = ineq::spatial;

sp::weights_style style_named(const std::string& s) {
    if (s == "W") return sp::weights_style::row_standardised;
    if (s == "B") return sp::weights_style::binary;
    if (s == "C") return sp::weights_style::global;
    if (s == "S") return sp::weights_style::variance_stabilising;
    throw py::value_error("ineq: style must be 'W', 'B', 'C' or 'S' (spdep's letters), got '" + s + "'");
}

sp::alternative alternative_named(const std::string& s) {
    if (s == "greater") return sp::alternative::greater;
    if (s == "less") return sp::alternative::less;
    if (s == "two_sided") return sp::alternative::two_sided;
    throw py::value_error("ineq: alternative must be 'greater', 'less' or 'two_sided', got '" + s + "'");
}

sp::island_policy islands_named(const std::string& s) {
    if (s == "error") return sp::island_policy::error();
    if (s == "keep") return sp::island_policy::keep();
    throw py::value_error("ineq: islands must be 'error' or 'keep', got '" + s + "'");
}

sp::island_count count_of(bool include_islands) {
    return include_islands ? sp::island_count::included : sp::island_count::excluded;
}

sp::null_model null_named(const char* fn, const std::string& s) {
    if (s == "randomisation") return sp::null_model::randomisation;
    if (s == "normality") return sp::null_model::normality;
    throw py::value_error(std::string("ineq.") + fn + ": null must be 'randomisation' or 'normality', got '" + s + "'");
}

sp::local_g_kind kind_of(bool star) { return star ? sp::local_g_kind::g_star : sp::local_g_kind::g; }

// Runs `f` with the GIL released (the statistics touch no Python object) and returns its result.
template <class F>
auto without_gil(F&& f) {
    py::gil_scoped_release release;
    return f();
}

std::string null_name(sp::null_model m) { return m == sp::null_model::normality ? "normality" : "randomisation"; }

sp::local_moran_variance variance_named(const std::string& s) {
    if (s == "conditional") return sp::local_moran_variance::conditional;
    if (s == "total") return sp::local_moran_variance::total;
    throw py::value_error("ineq.local_moran: variance must be 'conditional' or 'total', got '" + s + "'");
}

// The C++ defaults, the only source of the Python defaults (and exported as ineq.defaults).
const sp::global_options global_defaults{};
const sp::local_options local_defaults{};

// A global statistic of values on weights: f(values, weights, include_islands=False).
template <class F>
void def_statistic(py::module_& m, const char* name, F f, const char* doc) {
    m.def(
        name,
        [f](const py::handle& x, const sp::weights& w, bool include_islands) {
            const doubles d(x);
            return f(d.span(), w, count_of(include_islands));
        },
        py::arg("values"), py::arg("weights"), py::arg("include_islands") = false, doc);
}

// Every global test, analytic or permutation, takes the same keywords, the fields of
// sp::global_options: f(values, weights, null, alternative, include_islands, resamples, seed,
// threads). Computed without the GIL; the result is an AnalyticTest or a PermutationTest.
template <class F>
void def_global(py::module_& m, const char* name, F f, const char* doc) {
    m.def(
        name,
        [f, name](const py::handle& x, const sp::weights& w, const std::string& null, const std::string& alternative,
                  bool include_islands, std::size_t resamples, std::uint64_t seed, unsigned threads) {
            const doubles d(x);
            sp::global_options o;
            o.null_model = null_named(name, null);
            o.alternative = alternative_named(alternative);
            o.islands = count_of(include_islands);
            o.resamples = resamples;
            o.seed = seed;
            o.threads = threads;
            return without_gil([&] { return f(d.span(), w, o); });
        },
        py::arg("values"), py::arg("weights"), py::arg("null") = null_name(global_defaults.null_model),
        py::arg("alternative") = std::string(ineq::stats::to_string(global_defaults.alternative)),
        py::arg("include_islands") = global_defaults.islands == sp::island_count::included,
        py::arg("resamples") = global_defaults.resamples, py::arg("seed") = global_defaults.seed,
        py::arg("threads") = global_defaults.threads, doc);
}

// Every local test takes the fields of sp::local_options (and local G its kind, star): the
// result is a dict of arrays, one per field of the result type, NaN where a unit has none.
template <class F>
void def_local(py::module_& m, const char* name, F f, const char* doc, bool with_star) {
    auto body = [f](const py::handle& x, const sp::weights& w, bool star, const std::string& alternative,
                    const std::string& variance, std::size_t resamples, std::uint64_t seed, unsigned threads) {
        const doubles d(x);
        sp::local_options o;
        o.alternative = alternative_named(alternative);
        o.variance = variance_named(variance);
        o.resamples = resamples;
        o.seed = seed;
        o.threads = threads;
        return columns(without_gil([&] { return f(d.span(), w, kind_of(star), o); }));
    };
    const auto alt = py::arg("alternative") = std::string(ineq::stats::to_string(local_defaults.alternative));
    const auto var = py::arg("variance") = std::string(local_defaults.variance == sp::local_moran_variance::total ? "total" : "conditional");
    if (with_star) {
        m.def(name, body, py::arg("values"), py::arg("weights"), py::arg("star") = false, alt, var,
              py::arg("resamples") = local_defaults.resamples, py::arg("seed") = local_defaults.seed,
              py::arg("threads") = local_defaults.threads, doc);
    } else {
        m.def(
            name,
            [body](const py::handle& x, const sp::weights& w, const std::string& alternative, const std::string& variance,
                   std::size_t resamples, std::uint64_t seed, unsigned threads) {
                return body(x, w, false, alternative, variance, resamples, seed, threads);
            },
            py::arg("values"), py::arg("weights"), alt, var, py::arg("resamples") = local_defaults.resamples,
            py::arg("seed") = local_defaults.seed, py::arg("threads") = local_defaults.threads, doc);
    }
}

}  // namespace

void bind_spatial(py::module_& m) {
    py::class_<sp::weights>(m, "Weights",
                            "Sparse spatial weights over n units (row i: the neighbours of unit i), immutable.")
        .def_static("from_links",
                    [](std::size_t n, const py::handle& sources, const py::handle& targets, const py::object& general,
                       const std::string& style, const std::string& islands) {
                        const auto s = py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>::ensure(sources);
                        const auto t = py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>::ensure(targets);
                        if (!s || !t || s.size() != t.size()) {
                            throw py::value_error("ineq.Weights.from_links: sources and targets must be integer arrays of one length");
                        }
                        std::vector<double> g;
                        if (!general.is_none()) {
                            const doubles d(general);
                            g.assign(d.span().begin(), d.span().end());
                            if (g.size() != static_cast<std::size_t>(s.size())) {
                                throw py::value_error("ineq.Weights.from_links: weights differ in length from the links");
                            }
                        }
                        std::vector<sp::neighbour_link> links;
                        for (py::ssize_t i = 0; i < s.size(); ++i) {
                            if (s.data()[i] < 0 || t.data()[i] < 0) throw py::value_error("ineq.Weights.from_links: negative unit index");
                            links.push_back({static_cast<std::size_t>(s.data()[i]), static_cast<std::size_t>(t.data()[i]),
                                             g.empty() ? 1.0 : g[static_cast<std::size_t>(i)]});
                        }
                        return sp::weights::from_links(n, std::move(links), style_named(style), islands_named(islands));
                    },
                    py::arg("n"), py::arg("sources"), py::arg("targets"), py::arg("weights") = py::none(),
                    py::arg("style") = "W", py::arg("islands") = "error",
                    "Weights from directed links sources[i] -> targets[i] with general weights (default 1), in style\n"
                    "'W' (rows sum to 1), 'B' (binary), 'C' (global) or 'S' (variance stabilising). A unit without a\n"
                    "neighbour raises (islands='error') or keeps an empty row (islands='keep').")
        .def_static("from_pairs",
                    [](std::size_t n, const std::vector<std::pair<std::size_t, std::size_t>>& pairs,
                       const std::string& style, const std::string& islands) {
                        return sp::weights::from_pairs(n, pairs, style_named(style), islands_named(islands));
                    },
                    py::arg("n"), py::arg("pairs"), py::arg("style") = "W", py::arg("islands") = "error",
                    "Symmetric weights from undirected pairs (a, b).")
        .def_property_readonly("n", &sp::weights::size)
        .def_property_readonly("style", [](const sp::weights& w) { return std::string(sp::to_string(w.style())); })
        .def_property_readonly("s0", &sp::weights::s0)
        .def_property_readonly("link_count", &sp::weights::link_count)
        .def("neighbours", [](const sp::weights& w, std::size_t i) {
            const auto nb = w.neighbours(i);
            return std::vector<int>(nb.begin(), nb.end());
        }, py::arg("i"), "The neighbours of unit i, ascending.")
        .def("islands", &sp::weights::islands, "Units without a neighbour.")
        .def("restyled", [](const sp::weights& w, const std::string& style) { return w.restyled(style_named(style)); },
             py::arg("style"), "The same neighbours in another style.")
        .def("dense", [](const sp::weights& w) {
            const std::size_t n = w.size();
            py::array_t<double> out({static_cast<py::ssize_t>(n), static_cast<py::ssize_t>(n)});
            std::fill(out.mutable_data(), out.mutable_data() + n * n, 0.0);
            for (std::size_t i = 0; i < n; ++i) {
                const auto nb = w.neighbours(i);
                const auto val = w.values(i);
                for (std::size_t k = 0; k < nb.size(); ++k) out.mutable_data()[i * n + static_cast<std::size_t>(nb[k])] = val[k];
            }
            return out;
        }, "The weights as a dense n × n numpy array.");

    m.def("province_contiguity",
          [](const std::string& style, const std::string& islands) {
              if (islands == "nearest") {
                  return sp::province_contiguity(style_named(style),
                                                 sp::island_policy::nearest(sp::province_label_point_vector()));
              }
              return sp::province_contiguity(style_named(style), islands_named(islands));
          },
          py::arg("style") = "W", py::arg("islands") = "keep",
          "Contiguity weights of the 31 provinces (shared borders), units in provinces() order. Hainan (index 20)\n"
          "has no land border: islands='keep' leaves its row empty, 'nearest' joins it to the nearest label\n"
          "point (Guangxi), 'error' raises.");

    def_statistic(m, "moran",
                  [](std::span<const double> x, const sp::weights& w, sp::island_count c) { return sp::moran(x, w, c); },
                  "Moran's I = (n / S0) sum_ij w_ij z_i z_j / sum_i z_i^2, z the deviations from the mean (spdep's\n"
                  "moran). n counts the units with a neighbour unless include_islands. Raises for values not one per\n"
                  "unit, NaN, weights without links, or constant values.");
    def_global(m, "moran_test",
               [](std::span<const double> x, const sp::weights& w, const sp::global_options& o) { return sp::moran_test(x, w, o); },
               "Moran's I with its analytic test (spdep's moran.test): an AnalyticTest (statistic, expectation,\n"
               "variance, z, p_value). Keywords as every global test (see ineq.defaults['global']).");
    def_global(m, "moran_permutation",
               [](std::span<const double> x, const sp::weights& w, const sp::global_options& o) { return sp::moran_permutation(x, w, o); },
               "Moran's I with a permutation test; permutation r uses random stream (seed, r), so the result depends\n"
               "on the seed only, not on threads. A PermutationTest (statistic, expectation, standard_error, z,\n"
               "p_value, resamples, seed).");
    def_statistic(m, "geary",
                  [](std::span<const double> x, const sp::weights& w, sp::island_count c) { return sp::geary(x, w, c); },
                  "Geary's C = (n - 1) sum_ij w_ij (x_i - x_j)^2 / (2 S0 sum_i (x_i - mean)^2) (spdep's geary.test\n"
                  "statistic): below 1 where neighbours are alike. n counts the units with a neighbour unless\n"
                  "include_islands. Raises as moran.");
    def_global(m, "geary_test",
               [](std::span<const double> x, const sp::weights& w, const sp::global_options& o) { return sp::geary_test(x, w, o); },
               "Geary's C with its analytic test (spdep's geary.test; z = (E - C) / sd, so 'greater' tests for\n"
               "positive autocorrelation): an AnalyticTest.");
    def_global(m, "geary_permutation",
               [](std::span<const double> x, const sp::weights& w, const sp::global_options& o) { return sp::geary_permutation(x, w, o); },
               "Geary's C with a permutation test ('greater': small simulated C count), as moran_permutation.");
    def_statistic(m, "general_g",
                  [](std::span<const double> x, const sp::weights& w, sp::island_count c) { return sp::general_g(x, w, c); },
                  "Getis-Ord General G = sum_{i != j} w_ij x_i x_j / sum_{i != j} x_i x_j (spdep's globalG.test\n"
                  "statistic) of non-negative values. Raises for negative values, fewer than two positive values, or\n"
                  "as moran.");
    def_global(m, "general_g_test",
               [](std::span<const double> x, const sp::weights& w, const sp::global_options& o) { return sp::general_g_test(x, w, o); },
               "General G with its test under randomisation (spdep's globalG.test, B1correct=TRUE; `null` is not\n"
               "used): an AnalyticTest.");
    def_global(m, "general_g_permutation",
               [](std::span<const double> x, const sp::weights& w, const sp::global_options& o) { return sp::general_g_permutation(x, w, o); },
               "General G with a permutation test, as moran_permutation.");
    bind_result<sp::spatial_gini_result>(m, "SpatialGini",
                                         "The spatial Gini and its parts: gini, neighbours (G_N), non_neighbours (G_NN),\n"
                                         "total_differences, neighbour_differences.");
    m.def("spatial_gini",
          [](const py::handle& x, const sp::weights& w) {
              const doubles d(x);
              return sp::spatial_gini(d.span(), w);
          },
          py::arg("values"), py::arg("weights"),
          "The spatial Gini (Rey and Smith 2013, PySAL's Gini_Spatial): G = sum_ij |x_i - x_j| / (2 n^2 mean)\n"
          "split into the neighbouring pairs (w_ij != 0) and the rest: a SpatialGini. Raises for negative values\n"
          "or a zero total.");
    def_global(m, "spatial_gini_permutation",
               [](std::span<const double> x, const sp::weights& w, const sp::global_options& o) {
                   return sp::spatial_gini_permutation(x, w, o);
               },
               "Permutation test of the spatial Gini's neighbour part G_N (the statistic): 'greater' tests for\n"
               "neighbours more alike than a random assignment of the values; otherwise as moran_permutation\n"
               "(`null` and `include_islands` are not used).");
    def_local(m, "local_moran",
              [](std::span<const double> x, const sp::weights& w, sp::local_g_kind, const sp::local_options& o) {
                  return sp::local_moran(x, w, o);
              },
              "LISA: local Moran I_i = (z_i / m2) sum_j w_ij z_j with spdep's localmoran moments (variance\n"
              "'conditional' or 'total'): a dict of arrays statistic, expectation, variance, z, p_value (NaN for\n"
              "islands). Keywords as every local test (see ineq.defaults['local']).",
              false);
    def_local(m, "local_moran_permutation",
              [](std::span<const double> x, const sp::weights& w, sp::local_g_kind, const sp::local_options& o) {
                  return sp::local_moran_permutation(x, w, o);
              },
              "LISA with conditional permutations (spdep's localmoran_perm, drawing without replacement); unit i\n"
              "uses random stream (seed, i). A dict of arrays statistic, expectation, standard_error, z, p_value,\n"
              "resamples, seed (NaN for islands).",
              false);
    def_local(m, "local_g",
              [](std::span<const double> x, const sp::weights& w, sp::local_g_kind k, const sp::local_options& o) {
                  return sp::local_g(x, w, k, o);
              },
              "Local Getis-Ord G_i (star=False: neighbours only) or G*_i (star=True: the unit included, with\n"
              "spdep's include.self weights) of non-negative values, as spdep's localG(..., return_internals=TRUE):\n"
              "dict of arrays statistic, expectation, variance, z, p_value on the scale of G (NaN where undefined).",
              true);
    def_local(m, "local_g_permutation",
              [](std::span<const double> x, const sp::weights& w, sp::local_g_kind k, const sp::local_options& o) {
                  return sp::local_g_permutation(x, w, k, o);
              },
              "Local G_i or G*_i with conditional permutations (x_i stays, its neighbours' slots get values drawn\n"
              "without replacement); unit i uses random stream (seed, i). Dict of arrays as local_moran_permutation\n"
              "(NaN for islands and undefined units).",
              true);

    // The defaults of each family of tests, from the C++ options structs.
    py::dict global;
    global["null"] = null_name(global_defaults.null_model);
    global["alternative"] = std::string(ineq::stats::to_string(global_defaults.alternative));
    global["include_islands"] = global_defaults.islands == sp::island_count::included;
    global["resamples"] = global_defaults.resamples;
    global["seed"] = global_defaults.seed;
    global["threads"] = global_defaults.threads;
    py::dict local;
    local["alternative"] = std::string(ineq::stats::to_string(local_defaults.alternative));
    local["variance"] = std::string(local_defaults.variance == sp::local_moran_variance::total ? "total" : "conditional");
    local["resamples"] = local_defaults.resamples;
    local["seed"] = local_defaults.seed;
    local["threads"] = local_defaults.threads;
    py::dict defaults;
    defaults["global"] = global;
    defaults["local"] = local;
    m.attr("defaults") = defaults;
}

}  // namespace ineq_python
