#include <ineq/patent/dedup.hpp>

#include "std_views.hpp"

#include <doctest/doctest.h>
#include <range/v3/view/take.hpp>

#include <cstdint>
#include <list>
#include <random>
#include <unordered_set>
#include <ranges>
#include <span>
#include <limits>
#include <stdexcept>
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

TEST_CASE("application_key_set: packed and stored keys, exact membership") {
    ineq::application_key_set s;
    CHECK(s.insert("CN201910123456.7"));
    CHECK_FALSE(s.insert("CN201910123456.7"));
    // Keys that a careless packing would merge: other check character, none, leading zeros,
    // other letters, lower case (stored as text), too many digits (stored as text).
    for (const char* k : {"CN201910123456.X", "CN201910123456", "CN01", "CN1", "CN001", "US1", "cn1",
                          "CN12345678901234", "CN1234567890123", "CN201910123456.7 ", "CN2019101234567",
                          "WO2021123456A1", "专利201910123456.7"}) {
        CAPTURE(k);
        CHECK_FALSE(s.contains(k));
        CHECK(s.insert(k));
        CHECK(s.contains(k));
        CHECK_FALSE(s.insert(k));
    }
    CHECK(s.size() == 14);
    CHECK(s.insert(""));  // an empty key identifies nothing
    CHECK(s.insert(""));
    CHECK(s.size() == 14);
}

TEST_CASE("application_key_set agrees with std::unordered_set on random keys") {
    // Reference: std::unordered_set<std::string>. Keys from a small alphabet so that many
    // repeat; some have the packed form, some not; the set grows through several rehashes.
    std::mt19937 rng(42);
    const std::string alphabet = "0123456789.XC";
    std::uniform_int_distribution<std::size_t> length(1, 9);
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> coin(0, 3);
    ineq::application_key_set s;
    std::unordered_set<std::string> reference;
    for (int i = 0; i < 200000; ++i) {
        std::string k = coin(rng) == 0 ? "" : "CN";
        const std::size_t n = length(rng);
        for (std::size_t j = 0; j < n; ++j) k += alphabet[pick(rng)];
        REQUIRE(s.insert(k) == reference.insert(k).second);
    }
    CHECK(s.size() == reference.size());
}

TEST_CASE("application_key_set::reserve: one table for that many keys, the set unchanged") {
    ineq::application_key_set s;
    CHECK(s.insert("CN201910123456.7"));
    CHECK(s.insert("专利1"));  // stored as text
    s.reserve(100000);
    const std::size_t reserved = s.memory_bytes();
    CHECK(reserved >= 125000 * sizeof(std::uint64_t));  // at most 80 % full after 100,000 keys
    CHECK(s.size() == 2);
    CHECK(s.contains("CN201910123456.7"));
    CHECK(s.contains("专利1"));
    CHECK_FALSE(s.insert("CN201910123456.7"));
    for (int i = 0; i < 99998; ++i) CHECK(s.insert("CN" + std::to_string(1000000 + i)));
    CHECK(s.size() == 100000);
    CHECK(s.memory_bytes() == reserved);  // the table did not grow (packed keys use no arena)
    s.reserve(10);  // never shrinks
    CHECK(s.memory_bytes() >= reserved);
    CHECK(s.contains("CN1000000"));
    CHECK_THROWS_AS(s.reserve(std::numeric_limits<std::size_t>::max()), std::length_error);
    CHECK(s.size() == 100000);
}

TEST_CASE("deduplicate: 1, 2 and 3 threads keep the same first documents") {
    // 30000 documents over 12000 applications in random order; some without any number.
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> app(0, 11999);
    std::uniform_int_distribution<int> coin(0, 19);
    std::vector<patent_record> records;
    for (int i = 0; i < 30000; ++i) {
        const int a = app(rng);
        const bool none = coin(rng) == 0;
        // Built by append: g++ 12 -O3 reports a false -Wrestrict on "literal" + std::string.
        std::string publication;
        if (!none) {
            publication.append("CN").append(std::to_string(100000 + a)).append(coin(rng) < 10 ? "A" : "B");
        }
        std::string application;
        if (!none && coin(rng) >= 10) {
            application.append("CN2019").append(std::to_string(100000 + a)).append(".1");
        }
        records.push_back(pub(publication, application));
        records.back().publication_number.append("#").append(std::to_string(i));  // tells the documents apart
    }
    // Reference: the first document of each key, by a std::unordered_set.
    std::vector<std::string> expected;
    {
        std::unordered_set<std::string> seen;
        for (const auto& r : records) {
            const std::string key(application_key(r));
            if (key.empty() || seen.insert(key).second) expected.push_back(r.publication_number);
        }
    }
    CHECK(expected.size() < records.size());
    for (const unsigned t : {1U, 2U, 3U, 0U}) {
        CAPTURE(t);
        CHECK(numbers(deduplicate(records, t)) == expected);
    }
}
