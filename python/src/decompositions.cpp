// Decompositions by groups: Theil T and the mean log deviation (between + within), and
// Dagum's Gini decomposition (within + net between + transvariation).
#include "common.hpp"

#include <ineq/measures/dagum.hpp>
#include <ineq/measures/decomposition.hpp>

namespace ineq_python {

namespace {

/// Any Python labels (str, int, tuples: anything hashable) as codes 0, 1, ... by first
/// appearance, and the list of distinct labels.
struct coded_labels {
    std::vector<std::size_t> codes;
    py::list distinct;
};

coded_labels code_labels(const py::handle& labels) {
    coded_labels out;
    py::object seq = py::reinterpret_borrow<py::object>(labels);
    if (py::hasattr(seq, "tolist")) {
        seq = seq.attr("tolist")();
    }
    py::dict index;
    for (const py::handle item : seq) {
        if (!index.contains(item)) {
            index[item] = py::int_(py::len(out.distinct));
            out.distinct.append(item);
        }
        out.codes.push_back(index[item].cast<std::size_t>());
    }
    return out;
}

template <class D>
py::dict decomposition_dict(const D& d, const py::list& distinct) {
    py::dict out;
    out["total"] = d.total;
    out["between"] = d.between;
    out["within"] = d.within;
    py::list groups;
    for (const auto& g : d.groups) {
        py::dict gd;
        gd["label"] = distinct[g.label];
        gd["count"] = g.count;
        gd["population_share"] = g.population_share;
        gd["value_share"] = g.value_share;
        gd["mean"] = g.mean;
        gd["index"] = g.index;
        gd["within_contribution"] = g.within_contribution;
        gd["between_contribution"] = g.between_contribution;
        groups.append(gd);
    }
    out["groups"] = groups;
    return out;
}

}  // namespace

void bind_decompositions(py::module_& m) {
    m.def("theil_t_decomposition",
          [](const py::handle& x, const py::handle& labels) {
              const doubles d(x);
              const auto l = code_labels(labels);
              const auto r = ineq::theil_t_decomposition(d.span(), l.codes);
              return decomposition_dict(r, l.distinct);
          },
          py::arg("x"), py::arg("labels"),
          "Theil T split into between- and within-group parts; labels[i] (any hashable) is the group of x[i].\n"
          "Returns a dict total, between, within and groups (in order of first appearance: label, count,\n"
          "population_share, value_share, mean, index, within_contribution, between_contribution).\n"
          "Raises ineq.DomainError for empty x, a negative value or NaN, a zero total or labels of another length.");
    m.def("mean_log_deviation_decomposition",
          [](const py::handle& x, const py::handle& labels) {
              const doubles d(x);
              const auto l = code_labels(labels);
              const auto r = ineq::mean_log_deviation_decomposition(d.span(), l.codes);
              return decomposition_dict(r, l.distinct);
          },
          py::arg("x"), py::arg("labels"),
          "Mean log deviation split into between- and within-group parts (population-share weights).\n"
          "Returns a dict as theil_t_decomposition. Raises also for a zero value.");
    m.def("dagum_decomposition",
          [](const py::handle& x, const py::handle& labels) {
              const doubles d(x);
              const auto l = code_labels(labels);
              const auto r = ineq::dagum_decomposition(d.span(), l.codes);
              py::dict out;
              out["total"] = r.total;
              out["within"] = r.within;
              out["net_between"] = r.net_between;
              out["transvariation"] = r.transvariation;
              py::list groups;
              for (const auto& g : r.groups) {
                  py::dict gd;
                  gd["label"] = l.distinct[g.label];
                  gd["count"] = g.count;
                  gd["mean"] = g.mean;
                  gd["population_share"] = g.population_share;
                  gd["value_share"] = g.value_share;
                  gd["gini"] = g.gini;
                  gd["within_contribution"] = g.within_contribution;
                  groups.append(gd);
              }
              out["groups"] = groups;
              py::list pairs;
              for (const auto& p : r.pairs) {
                  py::dict pd;
                  pd["high"] = p.high;
                  pd["low"] = p.low;
                  pd["gini"] = p.gini;
                  pd["economic_affluence"] = p.economic_affluence;
                  pd["transvariation"] = p.transvariation;
                  pd["relative_affluence"] = p.relative_affluence;
                  pd["net_between_contribution"] = p.net_between_contribution;
                  pd["transvariation_contribution"] = p.transvariation_contribution;
                  pairs.append(pd);
              }
              out["pairs"] = pairs;
              return out;
          },
          py::arg("x"), py::arg("labels"),
          "Dagum (1997) Gini decomposition: total = within + net_between + transvariation.\n"
          "Groups come in ascending order of mean; pairs (high, low) index into them.\n"
          "Raises ineq.DomainError as gini does, or for labels of another length.");
}

}  // namespace ineq_python
