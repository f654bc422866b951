#ifndef INEQ_STATS_FIELDS_HPP
#define INEQ_STATS_FIELDS_HPP

/// \file
/// Field tables: a result type lists its fields once, as
/// `static constexpr auto fields = std::tuple{field("p_value", &T::p_value), ...};`, and
/// everything that shows a result — the Python bindings, table writers, the examples —
/// builds its columns from that list, so a field added to the type appears everywhere.

#include <array>
#include <cstddef>
#include <string_view>
#include <tuple>

namespace ineq::stats {

/// One named field of a result type: a name and a pointer to the data member.
template <class T, class M>
struct field_description {
    const char* name;   ///< the field's name, as C++, Python and tables spell it
    M T::*member;       ///< the data member it reads
};

/// A field description; `name` must be a string literal (it is stored as a pointer).
/// Example: `static constexpr auto fields = std::tuple{field("statistic", &my_result::statistic)};`
template <class T, class M>
[[nodiscard]] constexpr field_description<T, M> field(const char* name, M T::*member) noexcept {
    return {name, member};
}

/// Whether `T` describes its fields with a `fields` table.
template <class T>
concept described = requires { std::tuple_size<std::remove_cvref_t<decltype(T::fields)>>::value; };

/// The names of T's fields, in table order.
/// Example: `field_names<analytic_test>()[4]` is "p_value".
template <described T>
[[nodiscard]] constexpr auto field_names() noexcept {
    return std::apply([](auto... f) { return std::array<std::string_view, sizeof...(f)>{f.name...}; }, T::fields);
}

/// Calls `visit(name, value)` for every field of `value`, in table order.
/// Example: `for_each_field(t, [&](std::string_view name, const auto& v) { row[name] = v; });`
template <described T, class Visit>
constexpr void for_each_field(const T& value, Visit&& visit) {
    std::apply([&](auto... f) { (visit(std::string_view(f.name), value.*(f.member)), ...); }, T::fields);
}

}  // namespace ineq::stats

#endif  // INEQ_STATS_FIELDS_HPP
