// Shared by the binding translation units: how numbers and text cross from Python into the
// library without more copying than needed, and the declarations of each unit's bind_*.
#ifndef INEQ_PYTHON_COMMON_HPP
#define INEQ_PYTHON_COMMON_HPP

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <ineq/stats/fields.hpp>

#include <cstddef>
#include <limits>
#include <optional>
#include <string_view>
#include <span>
#include <string>
#include <vector>

namespace ineq_python {

namespace py = pybind11;

/// Numbers from Python as a contiguous float64 buffer. A C-contiguous float64 numpy array
/// is used in place (no copy); any other array or sequence of numbers (int, float32,
/// bool, a strided view, a list, a pandas Series) is converted once into a new float64
/// array, which is the only copy. The array is kept alive as long as the view.
struct doubles {
    py::array_t<double, py::array::c_style | py::array::forcecast> array;

    using array_type = py::array_t<double, py::array::c_style | py::array::forcecast>;

    explicit doubles(const py::handle& obj) {
        // Fast path (no call into numpy's converter): already a C-contiguous float64 array.
        array = array_type::check_(obj) ? py::reinterpret_borrow<array_type>(obj) : array_type::ensure(obj);
        if (!array) {
            throw py::type_error("ineq: expected a sequence or array of numbers");
        }
        if (array.ndim() != 1) {
            throw py::value_error("ineq: expected a one-dimensional array of numbers, got " +
                                  std::to_string(array.ndim()) + " dimensions");
        }
    }
    [[nodiscard]] std::span<const double> span() const {
        return {array.data(), static_cast<std::size_t>(array.shape(0))};
    }
    [[nodiscard]] std::size_t size() const { return static_cast<std::size_t>(array.shape(0)); }
};

/// Arrays at least this long are computed with the GIL released, so that other Python
/// threads run meanwhile; shorter ones keep it (releasing costs more than the work).
inline constexpr std::size_t release_gil_from = 4096;

/// Calls `f()` with the GIL released when `n` is large enough.
template <class F>
auto maybe_without_gil(std::size_t n, F&& f) {
    if (n >= release_gil_from) {
        py::gil_scoped_release release;
        return f();
    }
    return f();
}

/// UTF-8 strings from a list, a tuple, a pandas Series or a numpy array of str / bytes /
/// object. None and NaN (a missing pandas value) become the empty string.
[[nodiscard]] std::vector<std::string> strings(const py::handle& obj);

/// A column of text read without copying: UTF-8 views into the Python objects (str keeps its
/// UTF-8 form cached; bytes are viewed as they are), valid while this object lives. Same
/// inputs and rules as `strings`; a str that cannot be encoded (lone surrogates) reads as
/// empty text.
struct text_column {
    py::list items;   // keeps the objects alive
    py::list extra;   // str() of items that are neither str nor bytes
    std::vector<std::string_view> views;

    explicit text_column(const py::handle& obj);
    [[nodiscard]] std::size_t size() const { return views.size(); }
};

/// A numpy float64 array holding a copy of `v`.
[[nodiscard]] inline py::array_t<double> to_array(const std::vector<double>& v) {
    py::array_t<double> out(static_cast<py::ssize_t>(v.size()));
    std::copy(v.begin(), v.end(), out.mutable_data());
    return out;
}

// ---- Results from their field tables ---------------------------------------------------------
// A C++ result type lists its fields once (`static constexpr auto fields`, ineq/stats/fields.hpp);
// these templates make the Python class and the tabular form from that list, so a field added in
// C++ appears in Python with no edit here.

/// The field names of T, in table order, as a Python list.
template <ineq::stats::described T>
[[nodiscard]] py::list field_list() {
    py::list out;
    for (const std::string_view name : ineq::stats::field_names<T>()) {
        out.append(py::str(name.data(), name.size()));
    }
    return out;
}

/// One value of a result as a dict in table order.
template <ineq::stats::described T>
[[nodiscard]] py::dict to_dict(const T& value) {
    py::dict d;
    ineq::stats::for_each_field(value, [&](std::string_view name, const auto& v) {
        d[py::str(name.data(), name.size())] = py::cast(v);
    });
    return d;
}

/// Registers T as the Python class `name`: one read-only attribute per field, `to_dict()`,
/// `r["field"]` (as the dicts the bindings used to return), equality by value, a repr, and the
/// class attribute `fields` (the names in table order).
template <ineq::stats::described T>
py::class_<T> bind_result(py::module_& m, const char* name, const char* doc) {
    py::class_<T> cls(m, name, doc);
    std::apply([&](auto... f) {
        (cls.def_property_readonly(f.name, [member = f.member](const T& t) { return t.*member; }), ...);
    }, T::fields);
    cls.def("to_dict", &to_dict<T>, "The fields as a dict, in the order of `fields`.");
    cls.def("__getitem__", [](const T& t, const std::string& key) {
        py::dict d = to_dict(t);
        if (!d.contains(key)) {
            throw py::key_error(key);
        }
        return py::object(d[py::str(key)]);
    });
    cls.def("__eq__", [](const T& a, const py::object& b) {
        if (!py::isinstance<T>(b)) {
            return false;
        }
        return to_dict(a).equal(to_dict(b.cast<const T&>()));
    });
    cls.def("__repr__", [name = std::string(name)](const T& t) {
        return name + "(" + py::str(to_dict(t)).cast<std::string>() + ")";
    });
    cls.attr("fields") = field_list<T>();
    return cls;
}

/// One result per unit (missing where a unit has none) as a dict of float64 arrays, one per
/// field in table order, NaN where a unit has no result: ready for pandas.DataFrame.
template <ineq::stats::described T>
[[nodiscard]] py::dict columns(const std::vector<std::optional<T>>& rows) {
    const auto n = static_cast<py::ssize_t>(rows.size());
    constexpr auto names = ineq::stats::field_names<T>();
    std::vector<py::array_t<double>> cols;
    for (std::size_t k = 0; k < names.size(); ++k) {
        cols.emplace_back(n);
        std::fill(cols.back().mutable_data(), cols.back().mutable_data() + n, std::numeric_limits<double>::quiet_NaN());
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!rows[i]) {
            continue;
        }
        std::size_t k = 0;
        ineq::stats::for_each_field(*rows[i], [&](std::string_view, const auto& v) {
            cols[k++].mutable_data()[i] = static_cast<double>(v);
        });
    }
    py::dict out;
    for (std::size_t k = 0; k < names.size(); ++k) {
        out[py::str(names[k].data(), names[k].size())] = cols[k];
    }
    return out;
}

void bind_results(py::module_& m);
void bind_measures(py::module_& m);
void bind_decompositions(py::module_& m);
void bind_region(py::module_& m);
void bind_patent(py::module_& m);
void bind_panel(py::module_& m);
void bind_dynamics(py::module_& m);
void bind_network(py::module_& m);
void bind_spatial(py::module_& m);

}  // namespace ineq_python

#endif
