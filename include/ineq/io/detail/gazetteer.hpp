#ifndef INEQ_IO_DETAIL_GAZETTEER_HPP
#define INEQ_IO_DETAIL_GAZETTEER_HPP

// Reading a user's gazetteer CSV into an `ineq::gazetteer` (ineq/io/gazetteer.hpp).
//
// The file is UTF-8 CSV (read strictly, ineq/io/csv.hpp) with a header row naming its columns,
// in any order:
//   name        required: the applicant's name as exports write it
//   kind        optional: enterprise, university, institute, hospital, government,
//               individual, or the CNIPA words (企业, 大专院校, 科研单位, 机关团体, 个人)
//   province    optional: a two-digit GB/T 2260 code (33) or a name (浙江, 浙江省, Zhejiang)
//   prefecture  optional: a four-digit code (3301) or a Chinese name (杭州市, 杭州)
//   country     optional: ISO 3166-1 alpha-2 code; HK, MO, TW or any code other than CN
//               places the applicant outside the mainland (then province must be empty)
// A row whose cells cannot be read (an unknown kind word, an unknown province, a
// prefecture of another province) stops the run with its line number: a gazetteer is
// the caller's ground truth, so a typo in it must not be guessed around.

#include <ineq/io/detail/csv_file.hpp>
#include <ineq/io/error.hpp>

#include <ineq/patent/resolve.hpp>

#include <array>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ineq::io {

namespace detail {

[[nodiscard]] inline std::string upper_ascii(std::string_view s) {
    std::string out;
    for (const char c : s) {
        if (c == ' ') continue;
        out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return out;
}

[[nodiscard]] inline ineq::gazetteer read_gazetteer(const std::filesystem::path& file) {
    constexpr const char* function = "read_gazetteer";
    const std::string path = file.string();
    const auto rows = read_csv_rows_at(file, function);
    if (rows.empty()) fail_io(function, path + ": the gazetteer is empty");
    enum { name, kind, province, prefecture, country, count };
    constexpr std::array<std::string_view, count> headers{"name", "kind", "province", "prefecture", "country"};
    std::array<std::optional<std::size_t>, count> col{};
    const auto fail = [&](row_position where, const std::string& what) {
        fail_io(function, path + ":" + std::to_string(where.first_line) + ": " + what);
    };
    const auto& header = rows.front().fields;
    for (std::size_t f = 0; f < header.size(); ++f) {
        std::string_view h = header[f];
        if (f == 0 && h.starts_with("\xEF\xBB\xBF")) h.remove_prefix(3);
        for (std::size_t c = 0; c < count; ++c) {
            if (ineq::applicant_key(h) == headers[c]) col[c] = f;
        }
    }
    if (!col[name]) fail(rows.front().where, "the header has no \"name\" column");
    ineq::gazetteer g;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& fields = rows[r].fields;
        const row_position where = rows[r].where;
        const auto cell = [&](int c) -> std::string_view {
            const auto& i = col[static_cast<std::size_t>(c)];
            return (i && *i < fields.size()) ? std::string_view(fields[*i]) : std::string_view{};
        };
        ineq::applicant_kind k = ineq::applicant_kind::unknown;
        if (!ineq::applicant_key(cell(kind)).empty()) {
            k = ineq::applicant_kind_from_type_text(cell(kind));
            if (k == ineq::applicant_kind::unknown) fail(where, "unknown kind \"" + std::string(cell(kind)) + "\"");
        }
        ineq::place p;
        const std::string cc = upper_ascii(cell(country));
        if (!cc.empty() && cc != "CN") {
            if (cc == "HK") p.outside = ineq::outside_mainland::hong_kong;
            else if (cc == "MO") p.outside = ineq::outside_mainland::macao;
            else if (cc == "TW") p.outside = ineq::outside_mainland::taiwan;
            else p.outside = ineq::outside_mainland::abroad;
        }
        if (!ineq::applicant_key(cell(province)).empty()) {
            p.mainland = ineq::province_from_code(cell(province));
            if (!p.mainland) p.mainland = ineq::find_province(cell(province));
            if (!p.mainland) fail(where, "unknown province \"" + std::string(cell(province)) + "\"");
        }
        if (!ineq::applicant_key(cell(prefecture)).empty()) {
            p.prefecture = ineq::prefecture_from_code(cell(prefecture));
            if (!p.prefecture) p.prefecture = ineq::find_prefecture(cell(prefecture));
            if (!p.prefecture) fail(where, "unknown prefecture \"" + std::string(cell(prefecture)) + "\"");
            if (!p.mainland) p.mainland = p.prefecture->province_of();
        }
        try {
            g.add(cell(name), k, p);
        } catch (const ineq::domain_error& e) {
            fail(where, e.what());
        }
    }
    return g;
}

}  // namespace detail

}  // namespace ineq::io

#endif
