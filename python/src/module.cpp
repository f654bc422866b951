// The extension module `ineq._ineq`: the exception mapping and the sub-binders.
#include "common.hpp"

#include <ineq/error.hpp>
#include <ineq/stats/inference.hpp>

#include <cmath>
#include <cstddef>
#include <string>
#include <tuple>

namespace ineq_python {

std::vector<std::string> strings(const py::handle& obj) {
    std::vector<std::string> out;
    if (py::isinstance<py::str>(obj) || py::isinstance<py::bytes>(obj)) {
        throw py::type_error("ineq: expected a sequence of strings, got a single string");
    }
    py::object seq = py::reinterpret_borrow<py::object>(obj);
    if (py::hasattr(seq, "tolist")) {  // numpy arrays, pandas Series: plain Python objects
        seq = seq.attr("tolist")();
    }
    const py::sequence s = py::reinterpret_borrow<py::sequence>(seq);
    out.reserve(py::len(s));
    for (const py::handle item : s) {
        if (item.is_none()) {
            out.emplace_back();
        } else if (py::isinstance<py::str>(item)) {
            out.push_back(item.cast<std::string>());
        } else if (py::isinstance<py::bytes>(item)) {
            out.push_back(std::string(item.cast<py::bytes>()));
        } else if (py::isinstance<py::float_>(item) && std::isnan(item.cast<double>())) {
            out.emplace_back();
        } else {
            out.push_back(py::str(item).cast<std::string>());
        }
    }
    return out;
}

text_column::text_column(const py::handle& obj) {
    if (py::isinstance<py::str>(obj) || py::isinstance<py::bytes>(obj)) {
        throw py::type_error("ineq: expected a sequence of strings, got a single string");
    }
    py::object seq = py::reinterpret_borrow<py::object>(obj);
    if (py::hasattr(seq, "tolist")) {
        seq = seq.attr("tolist")();
    }
    items = py::list(seq);
    views.reserve(items.size());
    for (const py::handle item : items) {
        PyObject* o = item.ptr();
        if (PyUnicode_Check(o)) {
            Py_ssize_t size = 0;
            const char* data = PyUnicode_AsUTF8AndSize(o, &size);
            if (data == nullptr) {
                PyErr_Clear();
                views.emplace_back();
            } else {
                views.emplace_back(data, static_cast<std::size_t>(size));
            }
        } else if (PyBytes_Check(o)) {
            views.emplace_back(PyBytes_AS_STRING(o), static_cast<std::size_t>(PyBytes_GET_SIZE(o)));
        } else if (item.is_none() || (PyFloat_Check(o) && std::isnan(PyFloat_AS_DOUBLE(o)))) {
            views.emplace_back();
        } else {
            py::str text(item);
            extra.append(text);
            Py_ssize_t size = 0;
            const char* data = PyUnicode_AsUTF8AndSize(text.ptr(), &size);
            if (data == nullptr) {
                PyErr_Clear();
                views.emplace_back();
            } else {
                views.emplace_back(data, static_cast<std::size_t>(size));
            }
        }
    }
}

namespace {

// A result type that exists only to test the generic binding: python/tests checks that its
// Python attributes and to_dict() keys are exactly the fields listed here, with no binding code
// naming them.
struct field_probe {
    double statistic = 1.5;
    std::size_t resamples = 7;
    std::string label = "probe";

    static constexpr auto fields = std::tuple{ineq::stats::field("statistic", &field_probe::statistic),
                                              ineq::stats::field("resamples", &field_probe::resamples),
                                              ineq::stats::field("label", &field_probe::label)};
};

}  // namespace

void bind_results(py::module_& m) {
    bind_result<ineq::stats::analytic_test>(
        m, "AnalyticTest",
        "An analytic test: statistic, expectation, variance, z, p_value (ineq/stats/inference.hpp).");
    bind_result<ineq::stats::permutation_test>(
        m, "PermutationTest",
        "A permutation test: statistic, expectation (mean of the simulated values), standard_error (their sd),\n"
        "z, p_value (pseudo p), resamples, seed.");
    bind_result<field_probe>(m, "_FieldProbe", "Test-only: checks that results bind from their field tables.")
        .def(py::init<>());
    py::dict fields;
    fields["AnalyticTest"] = field_list<ineq::stats::analytic_test>();
    fields["PermutationTest"] = field_list<ineq::stats::permutation_test>();
    fields["_FieldProbe"] = field_list<field_probe>();
    m.attr("result_fields") = fields;
}

}  // namespace ineq_python

PYBIND11_MODULE(_ineq, m) {
    namespace py = pybind11;
    m.doc() = "Compiled core of the Python package ineq (inequality measures and regional patent analysis).";
    // ineq::domain_error -> ineq.DomainError, a subclass of ValueError carrying the library's message
    // ("ineq::<function>: <rule> (index i, value v)").
    py::register_exception<ineq::domain_error>(m, "DomainError", PyExc_ValueError);
    ineq_python::bind_results(m);
    ineq_python::bind_measures(m);
    ineq_python::bind_decompositions(m);
    ineq_python::bind_region(m);
    ineq_python::bind_patent(m);
    ineq_python::bind_panel(m);
    ineq_python::bind_dynamics(m);
    ineq_python::bind_network(m);
    ineq_python::bind_spatial(m);
}
