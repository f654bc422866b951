// Distribution dynamics: kernel densities of a cross-section or of every period of a panel, a
// panel's relative positions, its Markov chain of classes, the chain's steady state, passage
// and sojourn times, mobility indices, the homogeneity test of several chains, and Kendall's
// tau of two periods. Panels are 2-D arrays, entities × periods.
#include "common.hpp"

#include <ineq/panel/density.hpp>
#include <ineq/panel/markov.hpp>

#include <pybind11/eigen.h>

#include <optional>
#include <string>
#include <vector>

namespace ineq_python {

namespace {

ineq::empty_row_rule empty_rows_named(const std::string& s) {
    if (s == "error") return ineq::empty_row_rule::error;
    if (s == "zero") return ineq::empty_row_rule::zero;
    if (s == "stay") return ineq::empty_row_rule::stay;
    throw py::value_error("ineq: empty_rows must be 'error', 'zero' or 'stay', got '" + s + "'");
}

// classes: a number of classes k (with rule 'pooled' or 'quantiles') or a list of cut points.
ineq::markov_classes classes_of(const py::object& classes, const std::string& rule) {
    if (py::isinstance<py::int_>(classes)) {
        const auto k = classes.cast<std::size_t>();
        if (rule == "pooled") return ineq::markov_classes::pooled_quantiles(k);
        if (rule == "quantiles") return ineq::markov_classes::quantiles(k);
        throw py::value_error("ineq.markov_chain: rule must be 'pooled' or 'quantiles', got '" + rule + "'");
    }
    const doubles cuts(classes);
    return ineq::markov_classes::breaks(std::vector<double>(cuts.span().begin(), cuts.span().end()));
}

ineq::bandwidth_rule rule_named(const std::string& s) {
    if (s == "silverman") return ineq::bandwidth_rule::silverman;
    if (s == "scott") return ineq::bandwidth_rule::scott;
    if (s == "scott_scipy") return ineq::bandwidth_rule::scott_scipy;
    throw py::value_error("ineq: bandwidth rule must be 'silverman', 'scott' or 'scott_scipy', got '" + s + "'");
}

ineq::density_options density_options_of(const std::string& kernel, const std::string& rule,
                                         const std::optional<double>& bandwidth, std::size_t points, double cut) {
    ineq::density_options o;
    if (kernel == "gaussian") {
        o.kernel = ineq::density_kernel::gaussian;
    } else if (kernel == "epanechnikov") {
        o.kernel = ineq::density_kernel::epanechnikov;
    } else {
        throw py::value_error("ineq: kernel must be 'gaussian' or 'epanechnikov', got '" + kernel + "'");
    }
    o.rule = rule_named(rule);
    o.bandwidth = bandwidth;
    o.points = points;
    o.cut = cut;
    return o;
}

}  // namespace

void bind_dynamics(py::module_& m) {
    m.def("density_bandwidth",
          [](const py::handle& x, const std::string& rule) {
              const doubles d(x);
              return ineq::density_bandwidth(d.span(), rule_named(rule));
          },
          py::arg("x"), py::arg("rule") = "silverman",
          "Bandwidth h by 'silverman' (R's bw.nrd0), 'scott' (R's bw.nrd) or 'scott_scipy' (scipy's\n"
          "gaussian_kde 'scott'). Raises for fewer than two values or all values equal.");
    m.def("kernel_density",
          [](const py::handle& x, const py::object& grid, const std::string& kernel, const std::string& rule,
             const std::optional<double>& bandwidth, std::size_t points, double cut) {
              const doubles d(x);
              const auto o = density_options_of(kernel, rule, bandwidth, points, cut);
              const auto e = grid.is_none() ? ineq::kernel_density(d.span(), o)
                                            : ineq::kernel_density(d.span(), doubles(grid).span(), o);
              py::dict out;
              out["grid"] = e.grid;
              out["density"] = e.density;
              out["bandwidth"] = e.bandwidth;
              return out;
          },
          py::arg("x"), py::arg("grid") = py::none(), py::arg("kernel") = "gaussian", py::arg("rule") = "silverman",
          py::arg("bandwidth") = py::none(), py::arg("points") = 512, py::arg("cut") = 3.0,
          "Kernel density f(t) = mean_i K_h(t - x_i), evaluated directly (no binning) on `grid` or on `points`\n"
          "even points over [min - cut h, max + cut h]; h is the kernel's standard deviation (R's density\n"
          "convention), from `bandwidth` or `rule`. Returns dict grid, density, bandwidth.");
    m.def("kernel_density_by_period",
          [](const Eigen::MatrixXd& panel, const py::object& grid, const std::string& kernel, const std::string& rule,
             const std::optional<double>& bandwidth, std::size_t points, double cut) {
              const auto o = density_options_of(kernel, rule, bandwidth, points, cut);
              const auto e = grid.is_none() ? ineq::kernel_density_by_period(panel, o)
                                            : ineq::kernel_density_by_period(panel, doubles(grid).span(), o);
              py::dict out;
              out["grid"] = e.grid;
              out["density"] = e.density;
              out["bandwidths"] = e.bandwidths;
              return out;
          },
          py::arg("panel"), py::arg("grid") = py::none(), py::arg("kernel") = "gaussian",
          py::arg("rule") = "silverman", py::arg("bandwidth") = py::none(), py::arg("points") = 512,
          py::arg("cut") = 3.0,
          "Each period's kernel density on one common grid: dict grid, density (grid points x periods),\n"
          "bandwidths (one per period).");
    m.def("relative_positions",
          [](const Eigen::MatrixXd& panel) { return ineq::relative_positions(panel); }, py::arg("panel"),
          "Each value divided by its period's mean (panel: entities x periods). Raises for NaN/infinity or a\n"
          "period whose mean is not positive.");
    m.def("markov_chain",
          [](const Eigen::MatrixXd& panel, const py::object& classes, const std::string& rule,
             const std::string& empty_rows) {
              const auto r = ineq::markov_chain(panel, classes_of(classes, rule), empty_rows_named(empty_rows));
              py::dict out;
              out["classes"] = r.classes;
              out["cut_points"] = r.cut_points;
              out["counts"] = r.counts;
              out["probabilities"] = r.probabilities;
              return out;
          },
          py::arg("panel"), py::arg("classes") = 4, py::arg("rule") = "pooled", py::arg("empty_rows") = "error",
          "The Markov chain of a panel (entities x periods): classes = k with rule 'pooled' (quantiles of all\n"
          "periods, giddy's fixed=True) or 'quantiles' (each period's own), or a list of cut points. A value\n"
          "goes to class #{cut points below it}. Returns dict classes (int, entities x periods), cut_points\n"
          "(k-1 x periods), counts and probabilities (k x k). A class that starts no transition raises\n"
          "(empty_rows='error'), gets zeros ('zero', giddy's default) or is absorbing ('stay').");
    m.def("transition_counts",
          [](const Eigen::MatrixXi& classes, std::size_t k) { return ineq::transition_counts(classes, k); },
          py::arg("classes"), py::arg("k"),
          "Transition counts (k x k) between consecutive periods of a classes matrix with values 0..k-1.");
    m.def("transition_probabilities",
          [](const Eigen::MatrixXd& counts, const std::string& empty_rows) {
              return ineq::transition_probabilities(counts, empty_rows_named(empty_rows));
          },
          py::arg("counts"), py::arg("empty_rows") = "error", "Row-normalised transition counts.");
    m.def("steady_state",
          [](const Eigen::MatrixXd& p) -> std::optional<Eigen::VectorXd> { return ineq::steady_state(p); },
          py::arg("p"),
          "The steady state pi = pi P of a stochastic matrix, or None when the chain has more than one\n"
          "recurrent class.");
    m.def("mean_first_passage_times",
          [](const Eigen::MatrixXd& p) { return ineq::mean_first_passage_times(p); }, py::arg("p"),
          "Mean first passage times (Kemeny and Snell; giddy's mfpt): m_ij steps from i to j, the mean\n"
          "recurrence time 1 / pi_i on the diagonal. Raises unless the chain is irreducible.");
    m.def("sojourn_times", [](const Eigen::MatrixXd& p) { return ineq::sojourn_times(p); }, py::arg("p"),
          "1 / (1 - p_ii) per class (inf for an absorbing class).");
    m.def("shorrocks_mobility", [](const Eigen::MatrixXd& p) { return ineq::shorrocks_mobility(p); }, py::arg("p"),
          "Shorrocks' mobility index (k - trace P) / (k - 1).");
    m.def("prais_mobility", [](const Eigen::MatrixXd& p) { return ineq::prais_mobility(p); }, py::arg("p"),
          "Prais' mobility 1 - p_ii per class.");
    bind_result<ineq::homogeneity_test>(m, "HomogeneityTest",
                                        "Bickenbach and Bode's homogeneity test: chi2, chi2_p_value, lr, lr_p_value, dof,\n"
                                        "regimes, pooled_probabilities.");
    m.def("markov_homogeneity",
          [](const std::vector<Eigen::MatrixXd>& counts) {
              return ineq::markov_homogeneity(counts);
          },
          py::arg("counts"),
          "Bickenbach and Bode's test that several transition-count matrices (regimes) share one chain\n"
          "(giddy's homogeneity): a HomogeneityTest with chi2, chi2_p_value, lr, lr_p_value, dof, regimes, pooled_probabilities.");
    m.def("kendall_tau",
          [](const py::handle& x, const py::handle& y) {
              const doubles a(x);
              const doubles b(y);
              return ineq::kendall_tau(a.span(), b.span());
          },
          py::arg("x"), py::arg("y"), "Kendall's tau-b (scipy.stats.kendalltau's default), ties counted.");
}

}  // namespace ineq_python
