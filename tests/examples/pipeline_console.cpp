// Tests of the examples' console helpers (examples/pipeline/console.hpp): display widths.
// Widths come from Python 3, another implementation:
//   sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in text)
#include "../../examples/pipeline/console.hpp"

#include <doctest/doctest.h>

TEST_CASE("display_width counts East Asian wide characters as two columns") {
    CHECK(pipeline::display_width("新疆维吾尔自治区") == 16);
    CHECK(pipeline::display_width("Xinjiang") == 8);
    CHECK(pipeline::display_width("（公告）") == 8);
    CHECK(pipeline::display_width("é") == 1);
    CHECK(pipeline::display_width("한국어") == 6);
    CHECK(pipeline::display_width("𠀀") == 2);
    CHECK(pipeline::display_width("\xFF") == 1);  // an invalid byte counts one
    CHECK(pipeline::pad_right("西藏自治区", 14) == "西藏自治区    ");
    CHECK(pipeline::pad_right("新疆维吾尔自治区", 14) == "新疆维吾尔自治区");
}
