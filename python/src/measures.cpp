// The measures over one or two arrays of numbers: dispersion, Gini and Lorenz, entropy family,
// concentration, polarisation, weighted forms, class breaks, standard errors and the bootstrap.
#include "common.hpp"

#include <ineq/measures.hpp>

#include <functional>
#include <optional>
#include <string>

namespace ineq_python {

namespace {

template <class F>
auto with_one(const char* function, const py::handle& x, F&& f) {
    const doubles d(x, function);
    return maybe_without_gil(d.size(), [&] { return f(d.span()); });
}

template <class F>
auto with_two(const char* function, const py::handle& x, const py::handle& y, F&& f) {
    const doubles a(x, function);
    const doubles b(y, function);
    return maybe_without_gil(a.size() + b.size(), [&] { return f(a.span(), b.span()); });
}

constexpr const char* numbers_note =
    "\n\n`x` is any one-dimensional sequence of numbers; a C-contiguous float64 numpy array is read in "
    "place, anything else is converted once to float64. Bad input raises ineq.DomainError (a ValueError) "
    "with the library's message; text (str values, a pandas Series of str) and pandas NA raise TypeError, "
    "since strings are not numbers.";

std::string doc(const char* text) { return std::string(text) + numbers_note; }



/// The library measures a bootstrap can name by string (computed without the GIL).
std::optional<double (*)(const std::vector<double>&)> named_measure(const std::string& name) {
    using vm = double (*)(const std::vector<double>&);
    if (name == "gini") return vm{&ineq::gini<const std::vector<double>&>};
    if (name == "corrected_gini") return vm{&ineq::corrected_gini<const std::vector<double>&>};
    if (name == "cv") return vm{&ineq::cv<const std::vector<double>&>};
    if (name == "sample_sd") return vm{&ineq::sample_sd<const std::vector<double>&>};
    if (name == "mean") return vm{&ineq::mean<const std::vector<double>&>};
    if (name == "theil_t") return vm{&ineq::theil_t<const std::vector<double>&>};
    if (name == "mean_log_deviation") return vm{&ineq::mean_log_deviation<const std::vector<double>&>};
    if (name == "hoover") return vm{&ineq::hoover<const std::vector<double>&>};
    if (name == "herfindahl") return vm{&ineq::herfindahl<const std::vector<double>&>};
    return std::nullopt;
}

}  // namespace

void bind_measures(py::module_& m) {
#define INEQ_UNARY(name, text)                                                                    \
    m.def(#name, [](const py::handle& x) { return with_one(#name, x, [](auto s) { return ineq::name(s); }); }, \
          py::arg("x"), doc(text).c_str())

    INEQ_UNARY(mean, "Arithmetic mean (compensated sum).\nRaises for empty input or NaN/infinity.");
    INEQ_UNARY(range, "Range, max - min (the study's absolute gap).\nRaises for empty input or NaN/infinity.");
    INEQ_UNARY(sample_sd, "Sample standard deviation, sqrt(sum (x_i - mean)^2 / (N - 1)) (the study's eq. 1); "
                          "numpy's std(x, ddof=1).\nRaises for fewer than two values or NaN/infinity.");
    INEQ_UNARY(sample_variance, "Sample variance, sum (x_i - mean)^2 / (N - 1).\nRaises for fewer than two values.");
    INEQ_UNARY(population_sd, "Population standard deviation, divisor N; numpy's std(x).\nRaises for empty input.");
    INEQ_UNARY(population_variance, "Population variance, divisor N.\nRaises for empty input.");
    INEQ_UNARY(cv, "Coefficient of variation, sample_sd / mean (the study's eq. 2).\n"
                   "Raises for fewer than two values or a mean that is not positive.");
    INEQ_UNARY(population_cv, "Population coefficient of variation, population_sd / mean.");
    INEQ_UNARY(gini, "Gini coefficient, the study's eq. 3: G = 1 - (1/N)(2 sum_{i=1}^{N-1} W_i + 1), W_i the "
                     "cumulative share of the i smallest values; equals the mean absolute difference over twice "
                     "the mean (divisor N). One value gives 0.\nRaises for empty input, a negative value or "
                     "NaN/infinity (naming its index), or a zero total. Example: gini([1, 2, 3, 4, 5]) is 4/15.");
    INEQ_UNARY(gini_sorted, "Gini for values known to be sorted ascending: skips the sort and checks the order.\n"
                            "Raises as gini does, and for a value smaller than the one before it.");
    INEQ_UNARY(corrected_gini, "Gini rescaled to [0, 1] by its maximum: gini(x) * N / (N - 1).\n"
                               "Raises as gini does, and for fewer than two values.");
    INEQ_UNARY(theil_t, "Theil T index (GE(1)), T = (1/N) sum (x_i/mu) ln(x_i/mu), 0 ln 0 = 0; from 0 to ln N.");
    INEQ_UNARY(mean_log_deviation, "Mean log deviation (Theil L, GE(0)), L = (1/N) sum ln(mu / x_i).\n"
                                   "Raises for a zero value.");
    INEQ_UNARY(hoover, "Hoover (Robin Hood) index, (1/2) sum |x_i/T - 1/N|; from 0 to 1 - 1/N.");
    INEQ_UNARY(herfindahl, "Herfindahl(-Hirschman) index, sum (x_i/T)^2, in [1/N, 1].");
    INEQ_UNARY(normalized_herfindahl, "Normalized Herfindahl, (HHI - 1/N) / (1 - 1/N), in [0, 1].");
    INEQ_UNARY(palma_ratio, "Palma ratio, top_share(x, 0.1) / bottom_share(x, 0.4); 0.25 for equal values.");
    INEQ_UNARY(bonferroni, "Bonferroni index B = 1 - (1/(N-1)) sum_{i<N} L_i / mu.\n"
                           "Raises for fewer than two values.");
    INEQ_UNARY(wolfson, "Wolfson's polarisation index P = 2 (mu / m) (1 - 2 L(1/2) - G), m the median.");
    INEQ_UNARY(zenga, "Zenga's (2007) index Z, the mean of the Zenga curve.");
#undef INEQ_UNARY

    m.def("max_gini", &ineq::max_gini, py::arg("n"), "Largest Gini of n values, 1 - 1/n (one unit holds all).");
    m.def("generalized_entropy",
          [](const py::handle& x, double alpha) {
              return with_one("generalized_entropy", x, [alpha](auto s) { return ineq::generalized_entropy(s, alpha); });
          },
          py::arg("x"), py::arg("alpha"),
          doc("Generalized entropy GE(alpha) = 1/(N alpha (alpha - 1)) sum ((x_i/mu)^alpha - 1); GE(0) is the "
              "mean log deviation, GE(1) Theil T, GE(2) half the squared population CV.").c_str());
    m.def("atkinson",
          [](const py::handle& x, double epsilon) {
              return with_one("atkinson", x, [epsilon](auto s) { return ineq::atkinson(s, epsilon); });
          },
          py::arg("x"), py::arg("epsilon"),
          doc("Atkinson index with inequality aversion epsilon >= 0 (epsilon = 1 via the geometric mean).").c_str());
    m.def("kolm", [](const py::handle& x, double a) { return with_one("kolm", x, [a](auto s) { return ineq::kolm(s, a); }); },
          py::arg("x"), py::arg("a"),
          doc("Kolm index K(a) = (1/a) ln((1/N) sum exp(a (mu - x_i))), a > 0.").c_str());
    m.def("concentration_ratio",
          [](const py::handle& x, std::size_t k) {
              return with_one("concentration_ratio", x, [k](auto s) { return ineq::concentration_ratio(s, k); });
          },
          py::arg("x"), py::arg("k"), doc("Concentration ratio CR_k: share of the total held by the k largest values.").c_str());
    m.def("top_share",
          [](const py::handle& x, double p) { return with_one("top_share", x, [p](auto s) { return ineq::top_share(s, p); }); },
          py::arg("x"), py::arg("p"),
          doc("Share of the total held by the richest fraction p of the units, interpolated on the Lorenz curve.").c_str());
    m.def("bottom_share",
          [](const py::handle& x, double p) { return with_one("bottom_share", x, [p](auto s) { return ineq::bottom_share(s, p); }); },
          py::arg("x"), py::arg("p"), doc("Share held by the poorest fraction p: the Lorenz curve L(p).").c_str());
    m.def("esteban_ray",
          [](const py::handle& x, double alpha) {
              return with_one("esteban_ray", x, [alpha](auto s) { return ineq::esteban_ray(s, alpha); });
          },
          py::arg("x"), py::arg("alpha"),
          doc("Esteban-Ray polarisation with the distinct values of x as the groups.").c_str());

    // Weighted forms and two-array measures.
#define INEQ_BINARY(name, a, b, text)                                                                \
    m.def(#name,                                                                                     \
          [](const py::handle& x, const py::handle& y) {                                            \
              return with_two(#name, x, y, [](auto s, auto t) { return ineq::name(s, t); });                \
          },                                                                                         \
          py::arg(a), py::arg(b), doc(text).c_str())
    INEQ_BINARY(weighted_gini, "x", "w", "Gini with frequency weights w; weighted_gini(x, ones) is gini(x), integer "
                                         "weights give the Gini of the expanded data (R laeken::gini / 100).");
    INEQ_BINARY(weighted_corrected_gini, "x", "w", "Weighted Gini rescaled by its maximum.");
    INEQ_BINARY(weighted_cv, "x", "w", "Sample CV with frequency weights, sqrt(sum w (x - mu)^2 / (W - 1)) / mu.");
    INEQ_BINARY(weighted_theil_t, "x", "w", "Theil T with frequency weights.");
    INEQ_BINARY(weighted_mean_log_deviation, "x", "w", "Mean log deviation with frequency weights.");
    INEQ_BINARY(williamson_index, "x", "population",
                "Williamson's population-weighted CV of the per-capita values x with the regions' population.");
    INEQ_BINARY(locational_gini, "regional", "reference",
                "Krugman's locational Gini of an industry's count per region against the reference count per region.");
#undef INEQ_BINARY
    m.def("weighted_generalized_entropy",
          [](const py::handle& x, const py::handle& w, double alpha) {
              return with_two("weighted_generalized_entropy", x, w, [alpha](auto s, auto t) { return ineq::weighted_generalized_entropy(s, t, alpha); });
          },
          py::arg("x"), py::arg("w"), py::arg("alpha"), doc("GE(alpha) with frequency weights.").c_str());
    m.def("weighted_atkinson",
          [](const py::handle& x, const py::handle& w, double epsilon) {
              return with_two("weighted_atkinson", x, w, [epsilon](auto s, auto t) { return ineq::weighted_atkinson(s, t, epsilon); });
          },
          py::arg("x"), py::arg("w"), py::arg("epsilon"), doc("Atkinson index with frequency weights.").c_str());

    // Curves and breaks.
    m.def("cumulative_shares",
          [](const py::handle& x) { return to_array(with_one("cumulative_shares", x, [](auto s) { return ineq::cumulative_shares(s); })); },
          py::arg("x"), doc("Cumulative shares W_1..W_N of the values sorted ascending (W_N = 1): the W_i of eq. 3.").c_str());
    m.def("lorenz_curve",
          [](const py::handle& x) {
              const auto pts = with_one("lorenz_curve", x, [](auto s) { return ineq::lorenz_curve(s); });
              std::vector<double> p(pts.size());
              std::vector<double> l(pts.size());
              for (std::size_t i = 0; i < pts.size(); ++i) {
                  p[i] = pts[i].population_share;
                  l[i] = pts[i].value_share;
              }
              return py::make_tuple(to_array(p), to_array(l));
          },
          py::arg("x"),
          doc("Lorenz curve: N + 1 points (i/N, W_i) from (0, 0) to (1, 1), as a tuple (population_share, value_share).").c_str());
    m.def("zenga_curve",
          [](const py::handle& x) { return to_array(with_one("zenga_curve", x, [](auto s) { return ineq::zenga_curve(s); })); },
          py::arg("x"), doc("Zenga's curve Z(p) at p = i/N, i = 1..N-1.").c_str());
    m.def("quantile_breaks",
          [](const py::handle& x, std::size_t k) { return to_array(with_one("quantile_breaks", x, [k](auto s) { return ineq::quantile_breaks(s, k); })); },
          py::arg("x"), py::arg("k"), doc("Quantile class breaks b_0..b_k (R's type-7 quantiles).").c_str());
    m.def("equal_interval_breaks",
          [](const py::handle& x, std::size_t k) {
              return to_array(with_one("equal_interval_breaks", x, [k](auto s) { return ineq::equal_interval_breaks(s, k); }));
          },
          py::arg("x"), py::arg("k"), doc("Equal-interval class breaks b_j = min + j (max - min) / k.").c_str());
    m.def("jenks_breaks",
          [](const py::handle& x, std::size_t k) { return to_array(with_one("jenks_breaks", x, [k](auto s) { return ineq::jenks_breaks(s, k); })); },
          py::arg("x"), py::arg("k"), doc("Jenks natural breaks (Fisher's exact optimum), deterministic among ties.").c_str());

    m.def("summarize",
          [](const py::handle& x) {
              const auto s = with_one("summarize", x, [](auto v) { return ineq::summarize(v); });
              py::dict d;
              d["n"] = s.n;
              d["min"] = s.min;
              d["max"] = s.max;
              d["range"] = s.range;
              d["mean"] = s.mean;
              d["sample_sd"] = s.sample_sd;
              d["cv"] = s.cv;
              d["gini"] = s.gini;
              return d;
          },
          py::arg("x"), doc("n, min, max, range, mean, sample_sd, cv and gini in one dict; each equals its function.").c_str());

    // Standard errors: results bound from their field tables.
    bind_result<ineq::gini_estimate>(m, "GiniEstimate", "A Gini with its standard error: estimate, standard_error, records.");
    bind_result<ineq::gini_change_result>(
        m, "GiniChange", "Change of the Gini between two samples: before, after (GiniEstimate), change, standard_error, z, p_value.");
    bind_result<ineq::bootstrap_interval>(
        m, "BootstrapInterval", "A bootstrap interval: estimate, lower, upper, standard_error, bias, replicates, skipped.");
    m.def("gini_jackknife",
          [](const py::handle& x) { return with_one("gini_jackknife", x, [](auto s) { return ineq::gini_jackknife(s); }); },
          py::arg("x"), doc("Gini with its delete-one jackknife standard error: a GiniEstimate (estimate, standard_error, records).").c_str());
    m.def("gini_linearised",
          [](const py::handle& x) { return with_one("gini_linearised", x, [](auto s) { return ineq::gini_linearised(s); }); },
          py::arg("x"), doc("Gini with Langel and Tille's linearised standard error.").c_str());
    m.def("weighted_gini_linearised",
          [](const py::handle& x, const py::handle& w) {
              return with_two("weighted_gini_linearised", x, w, [](auto s, auto t) { return ineq::weighted_gini_linearised(s, t); });
          },
          py::arg("x"), py::arg("w"), doc("Weighted Gini with its linearised standard error (sampling weights).").c_str());
    m.def("gini_change",
          [](const py::handle& before, const py::handle& after, const std::string& method) {
              ineq::gini_variance v = ineq::gini_variance::linearised;
              if (method == "jackknife") {
                  v = ineq::gini_variance::jackknife;
              } else if (method != "linearised") {
                  throw py::value_error("ineq.gini_change: method must be 'linearised' or 'jackknife'");
              }
              return with_two("gini_change", before, after, [v](auto a, auto b) { return ineq::gini_change(a, b, v); });
          },
          py::arg("before"), py::arg("after"), py::arg("method") = "linearised",
          doc("Change of the Gini between two independent samples, with its standard error, z and two-sided p.").c_str());

    m.def("bootstrap_ci",
          [](const py::handle& x, const py::object& measure, std::size_t replicates, double confidence,
             std::uint64_t seed, const std::string& method, bool skip_degenerate) {
              ineq::bootstrap_options o;
              o.replicates = replicates;
              o.confidence = confidence;
              o.seed = seed;
              if (method == "bca") {
                  o.method = ineq::bootstrap_method::bca;
              } else if (method != "percentile") {
                  throw py::value_error("ineq.bootstrap_ci: method must be 'percentile' or 'bca'");
              }
              o.degenerate = skip_degenerate ? ineq::bootstrap_degenerate::skip : ineq::bootstrap_degenerate::fail;
              const doubles d(x, "bootstrap_ci");
              ineq::bootstrap_interval r;
              if (py::isinstance<py::str>(measure)) {
                  const auto f = named_measure(measure.cast<std::string>());
                  if (!f) {
                      throw py::value_error("ineq.bootstrap_ci: unknown measure name '" + measure.cast<std::string>() +
                                            "'; pass a callable for other measures");
                  }
                  py::gil_scoped_release release;
                  r = ineq::bootstrap_ci(d.span(), *f, o);
              } else {
                  // A Python callable receives each resample as a float64 array; its
                  // ineq.DomainError counts as a degenerate replicate like the library's.
                  const auto call = [&measure](const std::vector<double>& v) -> double {
                      try {
                          return measure(to_array(v)).cast<double>();
                      } catch (py::error_already_set& e) {
                          if (e.matches(PyExc_ValueError)) {
                              throw ineq::domain_error(py::str(e.value()).cast<std::string>());
                          }
                          throw;
                      }
                  };
                  r = ineq::bootstrap_ci(d.span(), call, o);
              }
              return r;
          },
          py::arg("x"), py::arg("measure") = "gini", py::arg("replicates") = 2000, py::arg("confidence") = 0.95,
          py::arg("seed") = 20211231, py::arg("method") = "percentile", py::arg("skip_degenerate") = false,
          doc("Bootstrap confidence interval of a measure: resample x with replacement `replicates` times "
              "(std::mt19937_64 seeded with `seed`, so results are reproducible across platforms) and take the "
              "percentile or BCa interval. `measure` is the name of a library measure ('gini', 'corrected_gini', "
              "'cv', 'sample_sd', 'mean', 'theil_t', 'mean_log_deviation', 'hoover', 'herfindahl'; computed "
              "without the GIL) or a Python callable taking a float64 array. Returns a dict estimate, lower, "
              "upper, standard_error, bias, replicates, skipped.").c_str());
}

}  // namespace ineq_python
