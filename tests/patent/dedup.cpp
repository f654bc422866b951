#include <ineq/patent/dedup.hpp>

#include "std_views.hpp"

#include <doctest/doctest.h>
#include <range/v3/view/take.hpp>

#include <list>
#include <ranges>
#include <span>
#include <string>
#include <utility>
#include <vector>

using ineq::application_key;
using ineq::deduplicate;
using ineq::patent_record;

namespace {

patent_record pub(std::string number, std::string application = "") {
    return patent_record{.application_number = std::move(application), .publication_number = std::move(number)};
}

std::vector<std::string> numbers(const std::vector<patent_record>& rs) {
    std::vector<std::string> out;
    for (const auto& r : rs) out.push_back(r.publication_number);
    return out;
}

using strings = std::vector<std::string>;

}  // namespace

TEST_CASE("application_key") {
    CHECK(application_key(pub("CN110210173A")) == "CN110210173");
    CHECK(application_key(pub("CN110210173B")) == "CN110210173");
    CHECK(application_key(pub("CN213624990U")) == "CN213624990");
    CHECK(application_key(pub("WO2021123456A1")) == "WO2021123456");
    CHECK(application_key(pub(" CN110210173 B ")) == "CN110210173");
    CHECK(application_key(pub("CN110210173")) == "CN110210173");  // no kind code
    CHECK(application_key(pub("CN110210173A", "CN201910123456.7")) == "CN201910123456.7");
    CHECK(application_key(pub("", " CN201910123456.7 ")) == "CN201910123456.7");
    CHECK(application_key(pub("")).empty());
    CHECK(application_key(pub("  ")).empty());
    CHECK(application_key(pub("CN1\xFF" "0A")).empty());  // invalid UTF-8
    CHECK(application_key(pub("CN1A", "\xC0\xAF")).empty());
}

TEST_CASE("deduplicate: A and B publications of one application") {
    // Pairs as they occur in tests/data/patsnap_export_sample.csv (same number, A and B).
    const strings kept = numbers(deduplicate(
        {pub("CN110210173A"), pub("CN213624990U"), pub("CN110210173B"), pub("CN113917562A"), pub("CN113917562B")}));
    CHECK(kept == strings{"CN110210173A", "CN213624990U", "CN113917562A"});
    // The first document of each application is kept, whichever kind it is.
    CHECK(numbers(deduplicate({pub("CN1B"), pub("CN1A")})) == strings{"CN1B"});
}

TEST_CASE("deduplicate: application numbers, empty keys, order") {
    CHECK(numbers(deduplicate({pub("CN1A", "CN2019.1"), pub("CN9B", "CN2019.1"), pub("CN1A", "CN2019.2")})) ==
          strings{"CN1A", "CN1A"});
    // Empty keys cannot be matched and are all kept.
    CHECK(numbers(deduplicate({pub(""), pub(""), pub("CN1A"), pub("")})) == strings{"", "", "CN1A", ""});
    CHECK(deduplicate({}).empty());
    CHECK(numbers(deduplicate({pub("CN3A"), pub("CN2A"), pub("CN1A")})) == strings{"CN3A", "CN2A", "CN1A"});
    // Keys from application numbers and from publication numbers are compared as text;
    // real ones differ in form, so a document keyed one way is not matched to its twin
    // keyed the other way.
    CHECK(numbers(deduplicate({pub("CN110210173A", "CN201910123456.7"), pub("CN110210173B")})) ==
          strings{"CN110210173A", "CN110210173B"});
}

TEST_CASE("deduplicate: long numbers survive the move (no dangling keys)") {
    const std::string long_number(100, '7');
    std::vector<patent_record> in;
    for (int i = 0; i < 50; ++i) in.push_back(pub("CN" + long_number + std::to_string(i % 10) + "A"));
    const auto out = deduplicate(std::move(in));
    REQUIRE(out.size() == 10);
    CHECK(out[3].publication_number == "CN" + long_number + "3A");
}

TEST_CASE("application_key: white space, NUL bytes, invalid UTF-8") {
    using namespace std::string_view_literals;
    // An application number made only of white space is not empty, so it is used: an empty key.
    CHECK(application_key(pub("CN1A", "   ")).empty());
    // A NUL byte is valid UTF-8: the trimmed application number is the key, NUL included.
    const std::string with_nul("CN2019\0.1"sv);
    CHECK(application_key(pub("", " " + with_nul + " ")) == std::string_view(with_nul));
    // Documents with an empty key are never matched, invalid UTF-8 included.
    CHECK(numbers(deduplicate({pub("CN1\xFF" "A"), pub("CN1\xFF" "A")})) == strings{"CN1\xFF" "A", "CN1\xFF" "A"});
}

TEST_CASE("application_key trims every white space of the library's one rule") {
    // U+00A0 no-break space and U+3000 ideographic space around a number; a no-break space
    // between the number and its kind code.
    CHECK(application_key(pub("", "CN201910123456.7\u00A0")) == "CN201910123456.7");
    CHECK(application_key(pub("\u3000CN110210173A\u00A0")) == "CN110210173");
    CHECK(numbers(deduplicate({pub("CN1A", "CN2019.1"), pub("CN1B", "CN2019.1\u00A0")})) == strings{"CN1A"});
}

namespace {
template <class R>
concept deduplicable = requires(R&& r) { deduplicate(std::forward<R>(r)); };
}  // namespace

TEST_CASE("deduplicate takes any range of records, and only records") {
    const std::vector<patent_record> in{pub("CN1A"), pub("CN2A"), pub("CN1B"), pub("CN3U")};
    // A view: the first three documents, CN1 published twice.
    CHECK(numbers(deduplicate(in | ranges::views::take(3))) == strings{"CN1A", "CN2A"});
#if INEQ_TEST_STD_VIEWS
    CHECK(numbers(deduplicate(in | std::views::take(3))) == strings{"CN1A", "CN2A"});
#endif
    const std::list<patent_record> as_list(in.begin(), in.end());
    CHECK(numbers(deduplicate(as_list)) == strings{"CN1A", "CN2A", "CN3U"});
    CHECK(numbers(deduplicate(std::span(in))) == strings{"CN1A", "CN2A", "CN3U"});
    CHECK(as_list.size() == 4);  // the source is not modified
    static_assert(deduplicable<std::vector<patent_record>>);
    static_assert(deduplicable<const std::list<patent_record>&>);
    static_assert(!deduplicable<std::vector<int>>);
    static_assert(!deduplicable<std::vector<std::string>&>);
}
