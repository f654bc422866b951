// Places outside the mainland (include/ineq/region/outside.hpp): names and GB/T codes. The
// lists behind resolve_name and resolve_address are tested through them in name.cpp and
// address.cpp.
#include <ineq/region/outside.hpp>

#include <doctest/doctest.h>

using ineq::outside_mainland;

TEST_CASE("to_string(outside_mainland)") {
    CHECK(ineq::to_string(outside_mainland::hong_kong) == "Hong Kong");
    CHECK(ineq::to_string(outside_mainland::macao) == "Macao");
    CHECK(ineq::to_string(outside_mainland::taiwan) == "Taiwan");
    CHECK(ineq::to_string(outside_mainland::abroad) == "abroad");
    CHECK(ineq::to_string(static_cast<outside_mainland>(7)).empty());
}

TEST_CASE("outside_mainland_from_code: GB/T 2260 province parts 71, 81, 82") {
    // GB/T 2260: 71 Taiwan, 81 Hong Kong, 82 Macao
    CHECK(ineq::outside_mainland_from_code(71) == outside_mainland::taiwan);
    CHECK(ineq::outside_mainland_from_code(810000) == outside_mainland::hong_kong);
    CHECK(ineq::outside_mainland_from_code(8201) == outside_mainland::macao);
    CHECK_FALSE(ineq::outside_mainland_from_code(11).has_value());
    CHECK_FALSE(ineq::outside_mainland_from_code(0).has_value());
    CHECK_FALSE(ineq::outside_mainland_from_code(811).has_value());
}

TEST_CASE("the Latin words that tie a name to the mainland are whole words") {
    using ineq::detail::outside::latin_name_without_mainland_word;
    CHECK(latin_name_without_mainland_word("Sanofi"));
    CHECK_FALSE(latin_name_without_mainland_word("China Steel"));
    CHECK_FALSE(latin_name_without_mainland_word("SINO-OCEAN GROUP"));
    CHECK_FALSE(latin_name_without_mainland_word("Suzhou Keda"));
    CHECK(latin_name_without_mainland_word("Chinatown Ltd"));  // one word, not "China"
    CHECK_FALSE(latin_name_without_mainland_word("X"));        // fewer than two letters
    CHECK_FALSE(latin_name_without_mainland_word("123"));
}
