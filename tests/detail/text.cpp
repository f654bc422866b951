#include <ineq/detail/text.hpp>

#include <doctest/doctest.h>

using ineq::detail::icontains_ascii;
using ineq::detail::iequals_ascii;

TEST_CASE("iequals_ascii") {
    CHECK(iequals_ascii("CN", "cn"));
    CHECK(iequals_ascii("", ""));
    CHECK_FALSE(iequals_ascii("CN", "CNX"));
    CHECK_FALSE(iequals_ascii("CN", "US"));
    CHECK(iequals_ascii("发明", "发明"));            // non-ASCII bytes compared as they are
    CHECK_FALSE(iequals_ascii("\xC3\xA4", "\xC3\x84"));  // ä and Ä: no Unicode folding
    static_assert(iequals_ascii("Invention", "INVENTION"));
}

TEST_CASE("icontains_ascii") {
    CHECK(icontains_ascii("The Hong Kong Polytechnic University", "hong kong"));
    CHECK(icontains_ascii("MACAU", "macau"));
    CHECK(icontains_ascii("x", ""));
    CHECK_FALSE(icontains_ascii("", "x"));
    CHECK_FALSE(icontains_ascii("Hongkon", "hongkong"));
    CHECK_FALSE(icontains_ascii("\xFF\xFE", "a"));
}
