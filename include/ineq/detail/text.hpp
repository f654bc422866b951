#ifndef INEQ_DETAIL_TEXT_HPP
#define INEQ_DETAIL_TEXT_HPP

/// \file
/// ASCII case-insensitive comparisons shared by the patent headers; constexpr,
/// noexcept, allocation-free, byte-wise (so UTF-8 text passes through unchanged).

#include <ineq/detail/utf8.hpp>

#include <cstddef>
#include <string_view>

namespace ineq::detail {

/// ASCII case-insensitive equality.
[[nodiscard]] constexpr bool iequals_ascii(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (utf8::ascii_lower(a[i]) != utf8::ascii_lower(b[i])) return false;
    }
    return true;
}

/// ASCII case-insensitive search for `needle` (given in lower case) in `s`.
[[nodiscard]] constexpr bool icontains_ascii(std::string_view s, std::string_view needle) noexcept {
    if (needle.size() > s.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= s.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && utf8::ascii_lower(s[i + k]) == needle[k]) ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

}  // namespace ineq::detail

#endif
