// libFuzzer target: publication numbers, kind codes, patent-type words, dates and
// application keys from untrusted text.
//   kind_code_of, office_of, patent_type_from_kind_code, patent_type_from_text,
//   parse_date, application_key, deduplicate
#include "fuzz_check.hpp"

#include <ineq/patent/date.hpp>
#include <ineq/patent/dedup.hpp>
#include <ineq/patent/patent_type.hpp>
#include <ineq/patent/record.hpp>
#include <ineq/detail/utf8.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

bool valid_type(ineq::patent_type t) {
    return static_cast<unsigned>(t) <= static_cast<unsigned>(ineq::patent_type::unknown);
}

bool ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string buffer(reinterpret_cast<const char*>(data), size);
    const std::string_view text(buffer);
    const bool valid = ineq::detail::utf8::valid(text);

    const std::string_view kind = ineq::kind_code_of(text);
    FUZZ_CHECK(ineq_fuzz::points_into(kind, text));
    if (!kind.empty()) {
        FUZZ_CHECK(valid);
        FUZZ_CHECK(kind.size() <= 2);
        FUZZ_CHECK(ascii_letter(kind[0]));
        FUZZ_CHECK(kind.size() == 1 || ascii_digit(kind[1]));
        FUZZ_CHECK(ineq::detail::utf8::trim(text).ends_with(kind));
    }
    FUZZ_CHECK(valid_type(ineq::patent_type_from_kind_code(kind)));
    FUZZ_CHECK(valid_type(ineq::patent_type_from_kind_code(text)));
    FUZZ_CHECK(valid_type(ineq::patent_type_from_text(text)));
    if (!valid) FUZZ_CHECK(ineq::patent_type_from_text(text) == ineq::patent_type::unknown);

    const std::string_view office = ineq::office_of(text);
    FUZZ_CHECK(ineq_fuzz::points_into(office, text));
    for (const char c : office) FUZZ_CHECK(ascii_letter(c));

    const auto date = ineq::parse_date(text);
    if (date) {
        FUZZ_CHECK(date->ok());
        const int y = static_cast<int>(date->year());
        FUZZ_CHECK(y >= 1000 && y <= 9999);
        FUZZ_CHECK(valid);
    }

    // Records whose two number fields are the two halves of the input at the first
    // newline (the application number may be empty).
    const std::size_t cut = text.find('\n');
    ineq::patent_record a;
    if (cut != std::string_view::npos) {
        a.application_number = std::string(text.substr(0, cut));
        a.publication_number = std::string(text.substr(cut + 1));
    } else {
        a.publication_number = buffer;
    }
    const std::string_view key = ineq::application_key(a);
    if (!key.empty()) {
        FUZZ_CHECK(ineq_fuzz::points_into(key, a.application_number) ||
                   ineq_fuzz::points_into(key, a.publication_number));
        FUZZ_CHECK(ineq::detail::utf8::valid(key));
        FUZZ_CHECK(ineq::detail::utf8::trim(key) == key || key.back() != ' ');
    }

    // Dedup: A and B publications of the same number collapse; deduplicating is idempotent.
    ineq::patent_record b = a;
    ineq::patent_record c;
    c.publication_number = std::string(text.substr(0, text.size() / 2));
    std::vector<ineq::patent_record> records{a, b, c, a};
    const auto once = ineq::deduplicate(records);
    FUZZ_CHECK(once.size() <= records.size());
    FUZZ_CHECK(key.empty() ? once.size() >= 3 : once.size() <= 2);
    const auto twice = ineq::deduplicate(once);
    FUZZ_CHECK(twice.size() == once.size());
    for (std::size_t i = 0; i < once.size(); ++i) {
        FUZZ_CHECK(twice[i].publication_number == once[i].publication_number);
        FUZZ_CHECK(twice[i].application_number == once[i].application_number);
    }
    return 0;
}
