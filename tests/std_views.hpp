#ifndef INEQ_TESTS_STD_VIEWS_HPP
#define INEQ_TESTS_STD_VIEWS_HPP

// Clang before 16 cannot instantiate libstdc++'s std::ranges::subrange and range adaptors
// (view_interface's constraints are checked too early), whatever the library does, so the
// tests that build such views are compiled only where the toolchain supports them. The same
// cases run through range-v3's equivalents everywhere.
#if defined(__clang__) && __clang_major__ < 16 && defined(__GLIBCXX__)
#define INEQ_TEST_STD_VIEWS 0
#else
#define INEQ_TEST_STD_VIEWS 1
#endif

#endif
