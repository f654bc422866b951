#ifndef INEQ_TESTS_ERROR_MESSAGE_HPP
#define INEQ_TESTS_ERROR_MESSAGE_HPP

// The message a call reports through ineq::domain_error, for tests that pin the exact text.

#include <ineq/error.hpp>

#include <string>

namespace ineq_test {

/// Runs `f` and returns the what() of the ineq::domain_error it throws, or "no exception".
/// Any other exception propagates, so doctest reports it as a failure.
template <class F>
std::string message_of(F&& f) {
    try {
        f();
    } catch (const ineq::domain_error& e) {
        return e.what();
    }
    return "no exception";
}

}  // namespace ineq_test

#endif  // INEQ_TESTS_ERROR_MESSAGE_HPP
