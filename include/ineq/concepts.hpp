#ifndef INEQ_CONCEPTS_HPP
#define INEQ_CONCEPTS_HPP

/// \file
/// What the measures accept. A measure takes any `std::ranges::input_range` whose values
/// are numbers: standard containers, C arrays, views, `std::ranges::subrange` over an
/// iterator pair, and dense one-dimensional Eigen vectors, arrays, maps and blocks
/// (Eigen 3.4 and later give those `begin()`/`end()`, so no Eigen header is needed here).

#include <concepts>
#include <ranges>
#include <type_traits>

namespace ineq {

/// An integer or floating-point type that is a number, not a truth value or a character:
/// `bool`, `char`, `wchar_t`, `char8_t`, `char16_t` and `char32_t` are rejected.
/// (`signed char` and `unsigned char` are accepted as small integers.)
template <class T>
concept arithmetic_value =
    std::is_arithmetic_v<T> && !std::same_as<std::remove_cv_t<T>, bool> &&
    !std::same_as<std::remove_cv_t<T>, char> && !std::same_as<std::remove_cv_t<T>, wchar_t> &&
    !std::same_as<std::remove_cv_t<T>, char8_t> && !std::same_as<std::remove_cv_t<T>, char16_t> &&
    !std::same_as<std::remove_cv_t<T>, char32_t>;

/// A range the measures can read: single pass is enough, values are `arithmetic_value`s.
template <class R>
concept numeric_range =
    std::ranges::input_range<R> && arithmetic_value<std::ranges::range_value_t<R>>;

/// A range of numbers that can be sorted in place (for the `_in_place` forms).
template <class R>
concept sortable_numeric_range =
    numeric_range<R> && std::ranges::random_access_range<R> &&
    std::sortable<std::ranges::iterator_t<R>>;

}  // namespace ineq

#endif
