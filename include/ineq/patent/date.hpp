#ifndef INEQ_PATENT_DATE_HPP
#define INEQ_PATENT_DATE_HPP

/// \file
/// Parsing the filing (application) and publication dates found in patent exports.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string_view>

namespace ineq {
namespace detail {

/// Reads 1..max_digits ASCII digits at `i`; -1 if there are none.
[[nodiscard]] constexpr int read_number(std::string_view s, std::size_t& i, std::size_t max_digits) noexcept {
    int v = 0;
    std::size_t n = 0;
    while (i < s.size() && n < max_digits && s[i] >= '0' && s[i] <= '9') {
        v = v * 10 + (s[i] - '0');
        ++i;
        ++n;
    }
    return n == 0 ? -1 : v;
}

}  // namespace detail

/// Calendar date from the text of an export's date field: "2019-06-20", "2019/6/20",
/// "2019.06.20" (a four-digit year, then month and day of one or two digits, with the
/// same separator '-', '/' or '.' twice), "20190620" (eight digits) or "2019年6月20日".
/// Leading and trailing ASCII spaces are ignored. The date must exist in the proleptic
/// Gregorian calendar (no 2019-02-30; 29 February only in leap years) and the year must
/// lie in 1000..9999. Returns an empty optional for anything else: other layouts, a
/// trailing time, empty text, invalid UTF-8.
/// Example: `parse_date("2019/6/20")` is 2019-06-20; `parse_date("2019-02-29")` is empty.
[[nodiscard]] constexpr std::optional<std::chrono::year_month_day> parse_date(std::string_view text) noexcept {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    int y = -1;
    int m = -1;
    int d = -1;
    std::size_t i = 0;
    const bool all_digits = text.size() == 8 && text.find_first_not_of("0123456789") == std::string_view::npos;
    if (all_digits) {
        y = detail::read_number(text, i, 4);
        m = detail::read_number(text, i, 2);
        d = detail::read_number(text, i, 2);
    } else {
        const std::size_t year_start = i;
        y = detail::read_number(text, i, 4);
        if (i - year_start != 4) return std::nullopt;
        if (text.substr(i).starts_with("年")) {
            i += 3;
            m = detail::read_number(text, i, 2);
            if (!text.substr(i).starts_with("月")) return std::nullopt;
            i += 3;
            d = detail::read_number(text, i, 2);
            if (!text.substr(i).starts_with("日")) return std::nullopt;
            i += 3;
        } else {
            if (i >= text.size()) return std::nullopt;
            const char sep = text[i];
            if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
            ++i;
            m = detail::read_number(text, i, 2);
            if (i >= text.size() || text[i] != sep) return std::nullopt;
            ++i;
            d = detail::read_number(text, i, 2);
        }
        if (i != text.size()) return std::nullopt;
    }
    if (y < 1000 || m < 1 || d < 1) return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                          std::chrono::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    return ymd;
}

}  // namespace ineq

#endif
