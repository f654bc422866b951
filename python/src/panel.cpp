// Region × year panels: built from records, merged with += (a map-reduce over shards),
// pickled (so that Dask and multiprocessing can ship them), read as numpy arrays.
#include "records.hpp"

#include <ineq/panel/aggregate.hpp>
#include <ineq/panel/panel.hpp>
#include <ineq/patent/dedup.hpp>
#include <ineq/patent/selection.hpp>

namespace ineq_python {

namespace {

using ineq::count_panel;
using ineq::fractional_panel;

std::shared_ptr<const ineq::region_set> regions_named(const std::string& name) {
    if (name == "province") return ineq::province_regions();
    if (name == "prefecture") return ineq::prefecture_regions();
    if (name == "macro_region") return ineq::macro_regions();
    throw py::value_error("ineq: regions must be 'province', 'prefecture' or 'macro_region', got '" + name + "'");
}

std::string name_of(const ineq::region_set& set) {
    for (const char* n : {"province", "prefecture", "macro_region"}) {
        if (set == *regions_named(n)) return n;
    }
    throw py::value_error("ineq: a panel over a user-defined region set cannot be pickled");
}

ineq::counting counting_named(const std::string& name) {
    if (name == "whole") return ineq::counting::whole;
    if (name == "fractional") return ineq::counting::fractional;
    if (name == "first_applicant") return ineq::counting::first_applicant;
    throw py::value_error("ineq: counting must be 'whole', 'fractional' or 'first_applicant', got '" + name + "'");
}

ineq::selection_rules rules_named(const std::string& name) {
    if (name == "study") return ineq::study_rules();
    if (name == "inventions") return ineq::study_inventions();
    if (name == "all") return ineq::selection_rules{};
    throw py::value_error("ineq: select must be 'study', 'inventions' or 'all', got '" + name + "'");
}

template <class Scalar>
py::array_t<Scalar> matrix_copy(const typename ineq::basic_panel<Scalar>::matrix_type& m) {
    py::array_t<Scalar> out({static_cast<py::ssize_t>(m.rows()), static_cast<py::ssize_t>(m.cols())});
    auto v = out.template mutable_unchecked<2>();
    for (Eigen::Index r = 0; r < m.rows(); ++r) {
        for (Eigen::Index c = 0; c < m.cols(); ++c) v(r, c) = m(r, c);
    }
    return out;
}

template <class Scalar>
py::array_t<Scalar> vector_copy(const Eigen::Matrix<Scalar, Eigen::Dynamic, 1>& m) {
    py::array_t<Scalar> out(static_cast<py::ssize_t>(m.size()));
    for (Eigen::Index i = 0; i < m.size(); ++i) out.mutable_data()[i] = m(i);
    return out;
}

template <class Scalar>
void bind_panel_class(py::module_& m, const char* name, const char* doc) {
    using P = ineq::basic_panel<Scalar>;
    py::class_<P>(m, name, doc)
        .def(py::init([](int first_year, int last_year, const std::string& regions) {
                 return P(regions_named(regions), first_year, last_year);
             }),
             py::arg("first_year"), py::arg("last_year"), py::arg("regions") = "province",
             "A zero panel of the units of `regions` ('province': the 31 provinces in GB/T 2260 code order;\n"
             "'prefecture'; 'macro_region') over the years first_year..last_year (inclusive).")
        .def_property_readonly("first_year", &P::first_year)
        .def_property_readonly("last_year", &P::last_year)
        .def_property_readonly("years", [](const P& p) {
            std::vector<int> y;
            for (int k = p.first_year(); k <= p.last_year(); ++k) y.push_back(k);
            return y;
        }, "The years of the columns.")
        .def_property_readonly("regions", [](const P& p) { return name_of(*p.regions()); },
                               "The region set's name: 'province', 'prefecture' or 'macro_region'.")
        .def_property_readonly("unit_codes", [](const P& p) {
            std::vector<long> c;
            for (std::size_t i = 0; i < p.unit_count(); ++i) c.push_back(p.regions()->at(i).code);
            return c;
        }, "The code of each row's unit (GB/T 2260 two-digit codes for provinces).")
        .def_property_readonly("unit_labels", [](const P& p) {
            std::vector<std::string> c;
            for (std::size_t i = 0; i < p.unit_count(); ++i) c.push_back(p.regions()->at(i).label);
            return c;
        }, "The label of each row's unit.")
        .def_property_readonly("values", [](const P& p) { return matrix_copy<Scalar>(p.values()); },
                               "The matrix as a new numpy array, units × years.")
        .def("at", &P::at, py::arg("unit"), py::arg("year"), "The value of unit `unit` (row index) in `year`.")
        .def("add", py::overload_cast<std::size_t, int, Scalar>(&P::add), py::arg("unit"), py::arg("year"),
             py::arg("amount"), "Adds `amount` to a cell; integer panels raise instead of overflowing.")
        .def("year", [](const P& p, int y) {
            return vector_copy<Scalar>(Eigen::Matrix<Scalar, Eigen::Dynamic, 1>(p.year(y)));
        }, py::arg("year"), "One year across the units, as a numpy array (a column the measures accept).")
        .def("totals_by_unit", [](const P& p) { return vector_copy<Scalar>(p.totals_by_unit()); },
             "Sum over the years per unit.")
        .def("totals_by_year", [](const P& p) { return vector_copy<Scalar>(p.totals_by_year()); },
             "Sum over the units per year.")
        .def("__iadd__", [](P& a, const P& b) -> P& { return a += b; }, py::arg("other"),
             "Cell-wise sum of two panels over the same region set and years: merging shards gives the same\n"
             "panel as one pass over all records. Raises for other sets or years, or an overflowing count.")
        .def("__add__", [](const P& a, const P& b) { return a + b; }, py::arg("other"))
        .def("merge", [](P& a, const P& b) -> P& { return a += b; }, py::arg("other"),
             "Same as `self += other`; returns self.")
        .def("__eq__", [](const P& a, const P& b) { return a == b; }, py::arg("other"))
        .def("__copy__", [](const P& p) { return P(p); })
        .def("__deepcopy__", [](const P& p, const py::dict&) { return P(p); }, py::arg("memo"))
        .def(py::pickle(
            [](const P& p) { return py::make_tuple(name_of(*p.regions()), p.first_year(), matrix_copy<Scalar>(p.values())); },
            [](const py::tuple& t) {
                if (t.size() != 3) throw std::runtime_error("ineq: invalid panel state");
                const auto values = t[2].cast<py::array_t<Scalar, py::array::c_style | py::array::forcecast>>();
                if (values.ndim() != 2) throw std::runtime_error("ineq: invalid panel state");
                const int first = t[1].cast<int>();
                P p(regions_named(t[0].cast<std::string>()), first,
                    first + static_cast<int>(values.shape(1)) - 1);
                if (static_cast<std::size_t>(values.shape(0)) != p.unit_count()) {
                    throw std::runtime_error("ineq: invalid panel state");
                }
                const auto v = values.template unchecked<2>();
                for (py::ssize_t r = 0; r < values.shape(0); ++r) {
                    for (py::ssize_t c = 0; c < values.shape(1); ++c) {
                        p.add(static_cast<std::size_t>(r), first + static_cast<int>(c), v(r, c));
                    }
                }
                return p;
            }))
        .def("__repr__", [name](const P& p) {
            return std::string("<ineq.") + name + " " + name_of(*p.regions()) + " " + std::to_string(p.first_year()) +
                   ".." + std::to_string(p.last_year()) + ">";
        });
}

}  // namespace

void bind_panel(py::module_& m) {
    bind_panel_class<std::int64_t>(m, "CountPanel",
                                   "Region × year panel of int64 counts: row i is unit i of the region set, column j is\n"
                                   "year first_year + j. Panels add with += (checked for overflow) and pickle.");
    bind_panel_class<double>(m, "FractionalPanel", "Region × year panel of float64 (fractional) counts.");

    m.def("aggregate",
          [](const record_batch& r, int first_year, int last_year, const std::string& counting,
             const std::string& select, const std::string& regions) -> py::object {
              const auto mode = counting_named(counting);
              const auto rules = rules_named(select);
              const auto set = regions_named(regions);
              if (mode == ineq::counting::fractional) {
                  auto p = [&] {
                      py::gil_scoped_release release;
                      return ineq::aggregate<fractional_panel>(r.records, first_year, last_year, mode, rules, set);
                  }();
                  return py::cast(std::move(p));
              }
              auto p = [&] {
                  py::gil_scoped_release release;
                  return ineq::aggregate<count_panel>(r.records, first_year, last_year, mode, rules, set);
              }();
              return py::cast(std::move(p));
          },
          py::arg("records"), py::arg("first_year"), py::arg("last_year"), py::arg("counting") = "whole",
          py::arg("select") = "all", py::arg("regions") = "province",
          "A panel of the records that `select` keeps ('all'; 'inventions': the study's denominator, invention\n"
          "patents filed 2012-2021 without individual or overseas applicants; 'study': the study's cooperative\n"
          "selection), counted by `counting` ('whole': +1 per distinct province of a record; 'fractional':\n"
          "1/k per applicant, giving a FractionalPanel; 'first_applicant'). Applicants without a mainland\n"
          "province add nothing; records outside the years add nothing.");
    m.def("cooperation_panels",
          [](const record_batch& r, const std::string& counting, const std::string& regions, bool deduplicate) {
              const auto mode = counting_named(counting);
              const auto set = regions_named(regions);
              // An application published twice (A and B) counts once, as the study counts it.
              std::vector<ineq::patent_record> unique;
              {
                  py::gil_scoped_release release;
                  if (deduplicate) unique = ineq::deduplicate(r.records);
              }
              const std::vector<ineq::patent_record>& records = deduplicate ? unique : r.records;
              if (mode == ineq::counting::fractional) {
                  ineq::fractional_cooperation_panels p{fractional_panel(2012, 2012), fractional_panel(2012, 2012)};
                  {
                      py::gil_scoped_release release;
                      p = ineq::cooperation_panels_of<double>(records, ineq::study_rules(), ineq::study_inventions(), mode, set);
                  }
                  return py::make_tuple(py::cast(p.all), py::cast(p.cooperative));
              }
              ineq::cooperation_panels p{count_panel(2012, 2012), count_panel(2012, 2012)};
              {
                  py::gil_scoped_release release;
                  p = ineq::cooperation_panels_of<std::int64_t>(records, ineq::study_rules(), ineq::study_inventions(), mode, set);
              }
              return py::make_tuple(py::cast(p.all), py::cast(p.cooperative));
          },
          py::arg("records"), py::arg("counting") = "whole", py::arg("regions") = "province",
          py::arg("deduplicate") = true,
          "The two panels of the study in one pass, over 2012..2021: (all, cooperative), where `all` counts the\n"
          "records of the study's denominator ('inventions') and `cooperative` those of the study's selection.\n"
          "The records are deduplicated first, as `deduplicate(records)` does, so that an application published\n"
          "twice (A and B) counts once; pass deduplicate=False only for records already deduplicated (the\n"
          "result is the same, without the extra pass). Records split into shards count right only if every\n"
          "application's documents are in one shard (see docs/python.md, Scaling out with Dask).");
}

}  // namespace ineq_python
