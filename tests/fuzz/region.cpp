// libFuzzer target: province, prefecture and address resolution from untrusted text.
//   find_province, province_from_code(string_view), province_from_abbreviation,
//   find_prefecture, prefecture_from_code(string_view), resolve_address,
//   province_from_address, find_outside_mainland, resolve_name
#include "fuzz_check.hpp"

#include <ineq/region/address.hpp>
#include <ineq/region/name.hpp>
#include <ineq/detail/utf8.hpp>
#include <ineq/region/prefecture.hpp>
#include <ineq/region/province.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace {

bool clean(std::string_view s) {
    return ineq::detail::utf8::valid(s) && s.find('\0') == std::string_view::npos;
}

void check_province(const std::optional<ineq::province>& p) {
    if (!p) return;
    FUZZ_CHECK(p->index() < ineq::province::count);
    FUZZ_CHECK(ineq::province::from_index(p->index()) == *p);
    FUZZ_CHECK(!p->chinese().empty());
}

// The invariants of a place: at most one of mainland / outside; a prefecture only with
// its own mainland province, and always a row of the prefecture table.
void check_place(const ineq::place& where) {
    FUZZ_CHECK(!(where.mainland && where.outside));
    FUZZ_CHECK(where.known() == (where.mainland.has_value() || where.outside.has_value()));
    check_province(where.mainland);
    if (where.outside) {
        FUZZ_CHECK(static_cast<unsigned>(*where.outside) <=
                   static_cast<unsigned>(ineq::outside_mainland::abroad));
    }
    if (where.prefecture) {
        FUZZ_CHECK(where.mainland.has_value());
        FUZZ_CHECK(where.mainland && where.mainland->code() == where.prefecture->province_code);
        FUZZ_CHECK(ineq::prefecture_from_code(static_cast<long>(where.prefecture->code)) == where.prefecture);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string buffer(reinterpret_cast<const char*>(data), size);
    const std::string_view text(buffer);
    const bool is_clean = clean(text);

    const auto named = ineq::find_province(text);
    check_province(named);
    if (!is_clean) FUZZ_CHECK(!named);

    const auto coded = ineq::province_from_code(text);
    check_province(coded);
    if (coded) {
        // Only 2, 4 or 6 ASCII digits (and white space) get a province.
        std::size_t digits = 0;
        for (const char c : text) {
            if (c >= '0' && c <= '9') ++digits;
        }
        FUZZ_CHECK(digits == 2 || digits == 4 || digits == 6);
    }

    const auto abbreviated = ineq::province_from_abbreviation(text);
    check_province(abbreviated);
    if (!is_clean) FUZZ_CHECK(!abbreviated);

    const auto prefecture = ineq::find_prefecture(text);
    if (prefecture) {
        FUZZ_CHECK(is_clean);
        FUZZ_CHECK(!prefecture->is_placeholder());
        FUZZ_CHECK(prefecture->code / 100 == prefecture->province_code);
        FUZZ_CHECK(prefecture->province_of().code() == prefecture->province_code);
        FUZZ_CHECK(ineq::prefecture_from_code(static_cast<long>(prefecture->code)).has_value());
    }
    const auto prefecture_by_code = ineq::prefecture_from_code(text);
    if (prefecture_by_code) {
        FUZZ_CHECK(prefecture_by_code->code / 100 == prefecture_by_code->province_code);
        // A prefecture code's province is the province of the same code.
        const auto p = ineq::province_from_code(text);
        FUZZ_CHECK(p && p->code() == prefecture_by_code->province_code);
    }

    const ineq::place where = ineq::resolve_address(text);
    check_place(where);
    if (!is_clean) FUZZ_CHECK(!where.known());
    const ineq::place from_name = ineq::resolve_name(text);
    check_place(from_name);
    if (!is_clean) FUZZ_CHECK(!from_name.known());
    FUZZ_CHECK(ineq::resolve_name(text) == from_name);  // deterministic
    FUZZ_CHECK(ineq::resolve_address(text) == where);  // deterministic
    FUZZ_CHECK(ineq::province_from_address(text) == where.mainland);
    FUZZ_CHECK(ineq::find_outside_mainland(text) == where.outside);

    // A Chinese province name names a province when read as an address too. (Latin
    // names are not held to this: find_province folds a whole field, dropping every ASCII
    // character that is not a letter or digit, so "Hena[[n" is Henan, while addresses are
    // read word by word.)
    const bool all_non_ascii = !text.empty() && std::all_of(text.begin(), text.end(), [](char ch) {
        return static_cast<unsigned char>(ch) >= 0x80;
    });
    if (named && all_non_ascii && !where.outside) {
        FUZZ_CHECK(where.mainland.has_value());
    }
    return 0;
}
