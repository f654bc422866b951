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

/// Why `item` is not a number, if it is text or a missing value that numpy would silently
/// turn into one or refuse with an unclear message: "a string", "a missing value (pandas NA)";
/// else null (None is left to numpy, which reads it as NaN).
[[nodiscard]] inline const char* not_a_number(const py::handle& item) {
    if (py::isinstance<py::str>(item) || py::isinstance<py::bytes>(item)) return "a string";
    const auto type = py::type::handle_of(item);
    if (py::str(type.attr("__name__")).cast<std::string>() == "NAType" &&
        py::str(type.attr("__module__")).cast<std::string>().rfind("pandas", 0) == 0) {
        return "a missing value (pandas NA)";
    }
    return nullptr;
}

/// Refuses text where numbers are expected: numpy would convert '1' to 1.0 without a word, so
/// a column read as text (pandas `dtype=str`, the 'string' dtype) would be measured as if it
/// were numeric. `function` names the caller in the message ("gini" gives "ineq.gini: ...").
/// \throws py::type_error for a str or bytes, an array of str / bytes, or a sequence, object
/// array or pandas Series holding a str, bytes or pandas NA (naming the first's index).
inline void refuse_text(const py::handle& obj, const char* function) {
    const std::string who = std::string("ineq") + (function ? std::string(".") + function : std::string());
    const auto refuse = [&](const char* what, std::size_t index, const py::handle& item) {
        std::string msg = who + ": expected numbers, got " + what + " at index " + std::to_string(index);
        if (py::isinstance<py::str>(item) || py::isinstance<py::bytes>(item)) {
            msg += " (value " + py::repr(item).cast<std::string>() +
                   "); strings are not numbers: convert the column first, e.g. with pandas.to_numeric";
        } else {
            msg += "; a missing value is not a number: drop or fill the missing values first";
        }
        throw py::type_error(msg);
    };
    const auto scan = [&](const py::handle& items) {
        std::size_t i = 0;
        for (const py::handle item : items) {
            if (const char* what = not_a_number(item)) refuse(what, i, item);
            ++i;
        }
    };
    if (py::isinstance<py::str>(obj) || py::isinstance<py::bytes>(obj)) {
        throw py::type_error(who + ": expected a sequence of numbers, got a string; strings are not numbers");
    }
    if (py::isinstance<py::list>(obj) || py::isinstance<py::tuple>(obj)) {
        scan(obj);  // the items themselves: no conversion before the one into float64
        return;
    }
    // An array, a pandas Series or any other array-like: numpy's view of it (no copy for
    // numeric data) tells text apart by its dtype.
    const py::array any = py::array::ensure(obj);
    if (!any || any.ndim() != 1) return;  // reported by the conversion that follows
    const char kind = any.dtype().kind();
    if (kind == 'U' || kind == 'S') {
        if (any.size() > 0) {
            const py::object first = any.attr("item")(0);
            refuse("a string", 0, first);
        }
        throw py::type_error(who + ": expected numbers, got an array of strings; strings are not numbers");
    }
    if (kind == 'O') scan(any);
}

/// Numbers from Python as a contiguous float64 buffer. A C-contiguous float64 numpy array
/// is used in place (no copy); any other array or sequence of numbers (int, float32,
/// bool, a strided view, a list, a pandas Series) is converted once into a new float64
/// array, which is the only copy. The array is kept alive as long as the view. Text is
/// refused, not parsed: a str, an array of str, or a sequence or Series holding str, bytes
/// or pandas NA raises TypeError naming `function` (see `refuse_text`).
struct doubles {
    py::array_t<double, py::array::c_style | py::array::forcecast> array;

    using array_type = py::array_t<double, py::array::c_style | py::array::forcecast>;

    explicit doubles(const py::handle& obj, const char* function = nullptr) {
        // Fast path (no call into numpy's converter): already a C-contiguous float64 array.
        if (array_type::check_(obj)) {
            array = py::reinterpret_borrow<array_type>(obj);
        } else {
            refuse_text(obj, function);
            array = array_type::ensure(obj);
        }
        const std::string who = std::string("ineq") + (function ? std::string(".") + function : std::string());
        if (!array) {
            throw py::type_error(who + ": expected a sequence or array of numbers");
        }
        if (array.ndim() != 1) {
            throw py::value_error(who + ": expected a one-dimensional array of numbers, got " +
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
