// Shared by the binding translation units: how numbers and text cross from Python into the
// library without more copying than needed, and the declarations of each unit's bind_*.
#ifndef INEQ_PYTHON_COMMON_HPP
#define INEQ_PYTHON_COMMON_HPP

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstddef>
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
