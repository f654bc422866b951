#ifndef INEQ_ERROR_HPP
#define INEQ_ERROR_HPP

/// \file
/// The one exception type the library throws for bad input, and the helpers that
/// build its messages so that every message has the same shape:
///
///     ineq::<function>: <rule broken> (index <i>, value <v>)
///
/// e.g. `ineq::gini: values must be non-negative (index 3, value -2)`.

#include <charconv>
#include <cstddef>
#include <system_error>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ineq {

/// Thrown for input a function cannot give a meaningful answer for: empty input, too
/// few values, a zero or negative total where a ratio needs a positive one, negative
/// values where shares are taken, NaN or infinity, or an overflowing sum. The message
/// names the function, the rule broken and, where there is one, the offending index
/// and value.
class domain_error : public std::domain_error {
public:
    using std::domain_error::domain_error;
};

namespace detail {

/// Shortest decimal text of a double that reads back to the same value.
[[nodiscard]] inline std::string format_value(double v) {
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return ec == std::errc{} ? std::string(buf, end) : std::string("?");
}

[[noreturn]] inline void fail(std::string_view function, std::string_view rule) {
    std::string msg{"ineq::"};
    msg.append(function).append(": ").append(rule);
    throw domain_error(msg);
}

[[noreturn]] inline void fail(std::string_view function, std::string_view rule, std::size_t index,
                              double value) {
    std::string msg{"ineq::"};
    msg.append(function)
        .append(": ")
        .append(rule)
        .append(" (index ")
        .append(std::to_string(index))
        .append(", value ")
        .append(format_value(value))
        .append(")");
    throw domain_error(msg);
}

/// For a rule broken by a derived quantity (a mean, a total) rather than one element.
[[noreturn]] inline void fail_got(std::string_view function, std::string_view rule, double value) {
    std::string msg{"ineq::"};
    msg.append(function).append(": ").append(rule).append(" (got ").append(format_value(value)).append(")");
    throw domain_error(msg);
}

}  // namespace detail
}  // namespace ineq

#endif
