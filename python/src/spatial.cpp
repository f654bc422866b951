// The spatial layer: weights from the provinces' contiguity or from links; Moran's I, Geary's C
// and Getis-Ord General G with their analytic and permutation tests; LISA (local Moran) and
// local G / G* with seeded permutations; the spatial Gini of Rey and Smith.
#include "common.hpp"

#include <ineq/spatial/geary.hpp>
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

sp::permutation_options permutation_options_of(std::size_t permutations, std::uint64_t seed,
                                              const std::string& alternative, unsigned threads) {
    sp::permutation_options o;
    o.permutations = permutations;
    o.seed = seed;
    o.threads = threads;
    o.alternative = alternative_named(alternative);
    return o;
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

py::dict analytic_dict(const sp::analytic_test& t) {
    py::dict d;
    d["statistic"] = t.statistic;
    d["expectation"] = t.expectation;
    d["variance"] = t.variance;
    d["z"] = t.z;
    d["p"] = t.p;
    return d;
}

// The five numbers of each unit's test (analytic: statistic, expectation, variance, z, p;
// permutation: statistic, mean, sd, z, p) as five arrays under `names`; NaN where a unit
// has no test.
template <class Test>
py::dict local_dict(const std::vector<std::optional<Test>>& tests, const std::array<const char*, 5>& names) {
    const auto n = static_cast<py::ssize_t>(tests.size());
    std::array<py::array_t<double>, 5> columns{py::array_t<double>(n), py::array_t<double>(n), py::array_t<double>(n),
                                               py::array_t<double>(n), py::array_t<double>(n)};
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t i = 0; i < tests.size(); ++i) {
        const auto& t = tests[i];
        std::array<double, 5> v{nan, nan, nan, nan, nan};
        if constexpr (std::is_same_v<Test, sp::analytic_test>) {
            if (t) v = {t->statistic, t->expectation, t->variance, t->z, t->p};
        } else {
            if (t) v = {t->statistic, t->mean, t->sd, t->z, t->p};
        }
        for (std::size_t k = 0; k < 5; ++k) columns[k].mutable_data()[i] = v[k];
    }
    py::dict out;
    for (std::size_t k = 0; k < 5; ++k) out[names[k]] = columns[k];
    return out;
}

py::dict permutation_dict(const sp::permutation_test& t) {
    py::dict d;
    d["statistic"] = t.statistic;
    d["mean"] = t.mean;
    d["sd"] = t.sd;
    d["z"] = t.z;
    d["p"] = t.p;
    d["permutations"] = t.permutations;
    d["seed"] = t.seed;
    return d;
}

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

// A global permutation test: f(values, weights, permutations=999, seed, alternative='greater',
// threads=1), computed without the GIL, returned as permutation_dict.
template <class F>
void def_permutation(py::module_& m, const char* name, F f, const char* doc) {
    m.def(
        name,
        [f](const py::handle& x, const sp::weights& w, std::size_t permutations, std::uint64_t seed,
            const std::string& alternative, unsigned threads) {
            const doubles d(x);
            const auto o = permutation_options_of(permutations, seed, alternative, threads);
            return permutation_dict(without_gil([&] { return f(d.span(), w, o); }));
        },
        py::arg("values"), py::arg("weights"), py::arg("permutations") = 999, py::arg("seed") = 20211231,
        py::arg("alternative") = "greater", py::arg("threads") = 1, doc);
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
    m.def("moran_test",
          [](const py::handle& x, const sp::weights& w, const std::string& null, const std::string& alternative) {
              const doubles d(x);
              return analytic_dict(sp::moran_test(d.span(), w, null_named("moran_test", null), alternative_named(alternative)));
          },
          py::arg("values"), py::arg("weights"), py::arg("null") = "randomisation", py::arg("alternative") = "greater",
          "Moran's I with its analytic test (spdep's moran.test): dict statistic, expectation, variance, z, p.");
    def_permutation(m, "moran_permutation",
                    [](std::span<const double> x, const sp::weights& w, const sp::permutation_options& o) {
                        return sp::moran_permutation(x, w, o);
                    },
                    "Moran's I with a permutation test; permutation r uses random stream (seed, r), so the result depends\n"
                    "on the seed only, not on threads. Returns dict statistic, mean, sd, z, p, permutations, seed.");
    def_statistic(m, "geary",
                  [](std::span<const double> x, const sp::weights& w, sp::island_count c) { return sp::geary(x, w, c); },
                  "Geary's C = (n - 1) sum_ij w_ij (x_i - x_j)^2 / (2 S0 sum_i (x_i - mean)^2) (spdep's geary.test\n"
                  "statistic): below 1 where neighbours are alike. n counts the units with a neighbour unless\n"
                  "include_islands. Raises as moran.");
    m.def("geary_test",
          [](const py::handle& x, const sp::weights& w, const std::string& null, const std::string& alternative) {
              const doubles d(x);
              return analytic_dict(sp::geary_test(d.span(), w, null_named("geary_test", null), alternative_named(alternative)));
          },
          py::arg("values"), py::arg("weights"), py::arg("null") = "randomisation", py::arg("alternative") = "greater",
          "Geary's C with its analytic test (spdep's geary.test; z = (E - C) / sd, so 'greater' tests for\n"
          "positive autocorrelation): dict statistic, expectation, variance, z, p.");
    def_permutation(m, "geary_permutation",
                    [](std::span<const double> x, const sp::weights& w, const sp::permutation_options& o) {
                        return sp::geary_permutation(x, w, o);
                    },
                    "Geary's C with a permutation test ('greater': small simulated C count), as moran_permutation.");
    def_statistic(m, "general_g",
                  [](std::span<const double> x, const sp::weights& w, sp::island_count c) { return sp::general_g(x, w, c); },
                  "Getis-Ord General G = sum_{i != j} w_ij x_i x_j / sum_{i != j} x_i x_j (spdep's globalG.test\n"
                  "statistic) of non-negative values. Raises for negative values, fewer than two positive values, or\n"
                  "as moran.");
    m.def("general_g_test",
          [](const py::handle& x, const sp::weights& w, const std::string& alternative) {
              const doubles d(x);
              return analytic_dict(sp::general_g_test(d.span(), w, alternative_named(alternative)));
          },
          py::arg("values"), py::arg("weights"), py::arg("alternative") = "greater",
          "General G with its test under randomisation (spdep's globalG.test, B1correct=TRUE): dict statistic,\n"
          "expectation, variance, z, p.");
    def_permutation(m, "general_g_permutation",
                    [](std::span<const double> x, const sp::weights& w, const sp::permutation_options& o) {
                        return sp::general_g_permutation(x, w, o);
                    },
                    "General G with a permutation test, as moran_permutation.");
    m.def("spatial_gini",
          [](const py::handle& x, const sp::weights& w) {
              const doubles d(x);
              const auto r = sp::spatial_gini(d.span(), w);
              py::dict out;
              out["gini"] = r.gini;
              out["neighbours"] = r.neighbours;
              out["non_neighbours"] = r.non_neighbours;
              out["total_differences"] = r.total_differences;
              out["neighbour_differences"] = r.neighbour_differences;
              return out;
          },
          py::arg("values"), py::arg("weights"),
          "The spatial Gini (Rey and Smith 2013, PySAL's Gini_Spatial): G = sum_ij |x_i - x_j| / (2 n^2 mean)\n"
          "split into the neighbouring pairs (w_ij != 0) and the rest. Dict gini, neighbours, non_neighbours,\n"
          "total_differences, neighbour_differences. Raises for negative values or a zero total.");
    def_permutation(m, "spatial_gini_permutation",
                    [](std::span<const double> x, const sp::weights& w, const sp::permutation_options& o) {
                        return sp::spatial_gini_permutation(x, w, o);
                    },
                    "Permutation test of the spatial Gini's neighbour part G_N (the statistic): 'greater' tests for\n"
                    "neighbours more alike than a random assignment of the values; otherwise as moran_permutation.");
    m.def("local_moran_permutation",
          [](const py::handle& x, const sp::weights& w, std::size_t permutations, std::uint64_t seed,
             const std::string& alternative, unsigned threads) {
              const doubles d(x);
              const auto o = permutation_options_of(permutations, seed, alternative, threads);
              return local_dict(without_gil([&] { return sp::local_moran_permutation(d.span(), w, o); }),
                                {"statistic", "mean", "sd", "z", "p"});
          },
          py::arg("values"), py::arg("weights"), py::arg("permutations") = 999, py::arg("seed") = 20211231,
          py::arg("alternative") = "greater", py::arg("threads") = 1,
          "LISA: local Moran I_i = (z_i / m2) sum_j w_ij z_j with conditional permutations (spdep's\n"
          "localmoran_perm, drawing without replacement); unit i uses random stream (seed, i). Returns a dict of\n"
          "arrays statistic, mean, sd, z, p (NaN for islands).");
    m.def("local_g",
          [](const py::handle& x, const sp::weights& w, bool star, const std::string& alternative) {
              const doubles d(x);
              return local_dict(sp::local_g(d.span(), w, kind_of(star), alternative_named(alternative)),
                                {"statistic", "expectation", "variance", "z", "p"});
          },
          py::arg("values"), py::arg("weights"), py::arg("star") = false, py::arg("alternative") = "two_sided",
          "Local Getis-Ord G_i (star=False: neighbours only) or G*_i (star=True: the unit included, with\n"
          "spdep's include.self weights) of non-negative values, as spdep's localG(..., return_internals=TRUE):\n"
          "dict of arrays statistic, expectation, variance, z, p on the scale of G (NaN where undefined).");
    m.def("local_g_permutation",
          [](const py::handle& x, const sp::weights& w, bool star, std::size_t permutations, std::uint64_t seed,
             const std::string& alternative, unsigned threads) {
              const doubles d(x);
              const auto o = permutation_options_of(permutations, seed, alternative, threads);
              return local_dict(without_gil([&] { return sp::local_g_permutation(d.span(), w, kind_of(star), o); }),
                                {"statistic", "mean", "sd", "z", "p"});
          },
          py::arg("values"), py::arg("weights"), py::arg("star") = false, py::arg("permutations") = 999,
          py::arg("seed") = 20211231, py::arg("alternative") = "two_sided", py::arg("threads") = 1,
          "Local G_i or G*_i with conditional permutations (x_i stays, its neighbours' slots get values drawn\n"
          "without replacement); unit i uses random stream (seed, i). Dict of arrays statistic, mean, sd, z, p\n"
          "(NaN for islands and undefined units).");
}

}  // namespace ineq_python
