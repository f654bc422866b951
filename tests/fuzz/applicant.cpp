// libFuzzer target: applicant names and applicant fields as untrusted text.
//   classify_applicant, applicant_kind_from_type_text, split_applicants
#include "fuzz_check.hpp"

#include <ineq/patent/applicant.hpp>
#include <ineq/patent/classify.hpp>
#include <ineq/patent/split.hpp>
#include <ineq/detail/utf8.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

bool valid_kind(ineq::applicant_kind k) {
    return static_cast<unsigned>(k) <= static_cast<unsigned>(ineq::applicant_kind::unknown);
}

bool has_separator(std::string_view s) {
    return s.find('|') != std::string_view::npos || s.find(';') != std::string_view::npos ||
           s.find("\xEF\xBC\x9B") != std::string_view::npos ||  // ；
           s.find("\xEF\xBD\x9C") != std::string_view::npos;    // ｜
}

bool trimmed(std::string_view s) {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    return !blank(s.front()) && !blank(s.back()) && !s.starts_with("\xE3\x80\x80") &&
           !s.ends_with("\xE3\x80\x80");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // An owned copy, so ASan sees reads past the end of exactly `size` bytes.
    const std::string buffer(reinterpret_cast<const char*>(data), size);
    const std::string_view text(buffer);

    const ineq::applicant_kind k = ineq::classify_applicant(text);
    FUZZ_CHECK(valid_kind(k));
    FUZZ_CHECK(k == ineq::classify_applicant(text));  // deterministic
    if (!ineq::detail::utf8::valid(text) || text.find('\0') != std::string_view::npos) {
        FUZZ_CHECK(k == ineq::applicant_kind::unknown);  // documented
    }

    const ineq::applicant_kind t = ineq::applicant_kind_from_type_text(text);
    FUZZ_CHECK(valid_kind(t));
    if (!ineq::detail::utf8::valid(text)) {
        FUZZ_CHECK(t == ineq::applicant_kind::unknown);
    }

    const auto parts = ineq::split_applicants(text);
    const char* cursor = text.data();
    for (const std::string_view p : parts) {
        FUZZ_CHECK(!p.empty());
        FUZZ_CHECK(ineq_fuzz::points_into(p, text));
        FUZZ_CHECK(p.data() >= cursor);  // in input order, not overlapping
        cursor = p.data() + p.size();
        FUZZ_CHECK(!has_separator(p));
        FUZZ_CHECK(trimmed(p));
        // Each name classifies like any other text: no crash, a valid kind.
        FUZZ_CHECK(valid_kind(ineq::classify_applicant(p)));
    }
    // A field without separators is one name (or none if blank).
    if (!has_separator(text)) {
        FUZZ_CHECK(parts.size() <= 1);
    }
    return 0;
}
