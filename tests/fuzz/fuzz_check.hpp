// Shared by the fuzz targets: a check that stops the run with a readable message.
#ifndef INEQ_TESTS_FUZZ_CHECK_HPP
#define INEQ_TESTS_FUZZ_CHECK_HPP

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace ineq_fuzz {

[[noreturn]] inline void check_failed(const char* what, const char* file, int line) {
    std::fprintf(stderr, "%s:%d: invariant violated: %s\n", file, line, what);
    std::abort();
}

/// True if `part` lies inside the bytes of `whole`.
inline bool points_into(std::string_view part, std::string_view whole) {
    if (part.empty()) return true;
    const auto* p = part.data();
    return p >= whole.data() && p + part.size() <= whole.data() + whole.size();
}

}  // namespace ineq_fuzz

#define FUZZ_CHECK(cond) ((cond) ? (void)0 : ::ineq_fuzz::check_failed(#cond, __FILE__, __LINE__))

#endif
