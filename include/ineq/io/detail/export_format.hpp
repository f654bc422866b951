// The export column maps and record building behind ineq/io/export_format.hpp.

#ifndef INEQ_IO_DETAIL_EXPORT_FORMAT_HPP
#define INEQ_IO_DETAIL_EXPORT_FORMAT_HPP

#include <ineq/io/detail/text.hpp>
#include <ineq/patent/applicant.hpp>
#include <ineq/patent/date.hpp>
#include <ineq/patent/patent_type.hpp>
#include <ineq/patent/record.hpp>
#include <ineq/patent/split.hpp>
#include <ineq/patent/resolve.hpp>
#include <ineq/region/prefecture.hpp>
#include <ineq/region/province.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace ineq::io {

namespace detail {

[[nodiscard]] inline std::string normalise_header(std::string_view cell) {
    if (cell.starts_with("\xEF\xBB\xBF")) cell.remove_prefix(3);
    std::string out;
    out.reserve(cell.size());
    std::size_t i = 0;
    while (i < cell.size()) {
        const std::string_view rest = cell.substr(i);
        if (rest.starts_with("\xEF\xBC\x88")) {  // （
            out += '(';
            i += 3;
        } else if (rest.starts_with("\xEF\xBC\x89")) {  // ）
            out += ')';
            i += 3;
        } else if (rest.starts_with("\xE3\x80\x80")) {  // ideographic space
            i += 3;
        } else {
            const char c = cell[i];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                // dropped
            } else if (c >= 'A' && c <= 'Z') {
                out += static_cast<char>(c - 'A' + 'a');
            } else {
                out += c;
            }
            ++i;
        }
    }
    return out;
}

}  // namespace detail

/// The columns of an export that ineq::io reads; every one is optional except the filing
/// date and the applicants.
enum class column : std::size_t {
    application_number,
    publication_number,
    filing_date,
    applicants,
    applicant_type,
    applicant_country,
    applicant_address,
    applicant_province_code,
    patent_type,
    source,
    count_
};

inline constexpr std::size_t column_count = static_cast<std::size_t>(column::count_);

[[nodiscard]] constexpr std::string_view to_string(column c) noexcept {
    switch (c) {
        case column::application_number: return "application number (申请号)";
        case column::publication_number: return "publication number (公开(公告)号)";
        case column::filing_date: return "filing date (申请日)";
        case column::applicants: return "applicants (申请人 / 当前申请(专利权)人)";
        case column::applicant_type: return "applicant type (申请人类型)";
        case column::applicant_country: return "applicant country code (申请人国别代码)";
        case column::applicant_address: return "applicant address (申请人地址)";
        case column::applicant_province_code: return "applicant province code (申请人省市代码)";
        case column::patent_type: return "patent type (专利类型)";
        case column::source: return "source (来源)";
        case column::count_: break;
    }
    return "?";
}

namespace detail {

struct header_alias {
    std::string_view key;  // normalised
    column col;
};

// Keys after normalise_header. Earlier entries win when a file has two columns that map to
// the same field (e.g. both 当前申请(专利权)人 and 原始申请(专利权)人: the current owner wins).
inline constexpr std::array<header_alias, 34> header_aliases{{
    {"申请号", column::application_number},
    {"applicationnumber", column::application_number},
    {"applicationno.", column::application_number},
    {"公开(公告)号", column::publication_number},
    {"公开号", column::publication_number},
    {"公告号", column::publication_number},
    {"publicationnumber", column::publication_number},
    {"publicationno.", column::publication_number},
    {"申请日", column::filing_date},
    {"申请日期", column::filing_date},
    {"filingdate", column::filing_date},
    {"applicationdate", column::filing_date},
    {"申请人", column::applicants},
    {"当前申请(专利权)人", column::applicants},
    {"申请(专利权)人", column::applicants},
    {"原始申请(专利权)人", column::applicants},
    {"专利权人", column::applicants},
    {"applicants", column::applicants},
    {"applicant", column::applicants},
    {"申请人类型", column::applicant_type},
    {"applicanttype", column::applicant_type},
    {"申请人国别代码", column::applicant_country},
    {"申请人国家代码", column::applicant_country},
    {"申请人国家/地区", column::applicant_country},
    {"applicantcountry", column::applicant_country},
    {"申请人地址", column::applicant_address},
    {"applicantaddress", column::applicant_address},
    {"申请人省市代码", column::applicant_province_code},
    {"申请人省份代码", column::applicant_province_code},
    {"applicantprovincecode", column::applicant_province_code},
    {"专利类型", column::patent_type},
    {"patenttype", column::patent_type},
    {"来源", column::source},
    {"source", column::source},
}};

}  // namespace detail

namespace detail {

// Header cells (normalised) that only one vendor writes: incoPat names the applicant column
// 申请人 and adds per-applicant type, country, province-code and address columns and a
// running number; Patsnap names the applicants after the right they hold and has a combined
// legal status/event column.
inline constexpr std::array<std::string_view, 7> incopat_headers{
    "申请人", "申请人类型", "申请人国别代码", "申请人省市代码", "申请人地址", "序号", "第一申请人"};
inline constexpr std::array<std::string_view, 5> patsnap_headers{
    "当前申请(专利权)人", "原始申请(专利权)人", "申请(专利权)人", "法律状态/事件", "[标]当前申请(专利权)人"};

}  // namespace detail

/// A header name the caller maps to a column (an export layout ineq::io does not know).
/// The header is compared after normalise_header, so spaces, case, full-width brackets and
/// a byte order mark do not matter.
struct column_alias {
    std::string_view header;
    column col;
};

/// Which field of a row holds which column, from the header row.
struct column_map {
    std::array<std::optional<std::size_t>, column_count> index{};
    std::size_t width = 0;  ///< number of fields in the header row
    std::vector<std::string> incopat_marks;  ///< header cells only incoPat writes, as found
    std::vector<std::string> patsnap_marks;  ///< header cells only Patsnap writes, as found

    [[nodiscard]] std::optional<std::size_t> operator[](column c) const noexcept {
        return index[static_cast<std::size_t>(c)];
    }
    [[nodiscard]] bool has(column c) const noexcept { return (*this)[c].has_value(); }
    /// Recognisable as an export: filing date and applicants are present.
    [[nodiscard]] bool usable() const noexcept { return has(column::filing_date) && has(column::applicants); }
    /// The export format the header shows, with the header cells that show it, e.g.
    /// "incoPat-style: 申请人, 申请人类型"; "mixed incoPat/Patsnap headers: ..." when both
    /// vendors' cells are present; "unrecognised vendor (generic column names)" when neither.
    [[nodiscard]] std::string vendor() const {
        const auto list = [](const std::vector<std::string>& v) {
            std::string out;
            for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
            return out;
        };
        if (!incopat_marks.empty() && !patsnap_marks.empty()) {
            return "mixed incoPat/Patsnap headers: " + list(incopat_marks) + "; " + list(patsnap_marks);
        }
        if (!incopat_marks.empty()) return "incoPat-style: " + list(incopat_marks);
        if (!patsnap_marks.empty()) return "Patsnap-style: " + list(patsnap_marks);
        return "unrecognised vendor (generic column names)";
    }
};

namespace detail {

[[nodiscard]] inline column_map map_columns_of(std::span<const std::string_view> header,
                                              std::span<const column_alias> user = {}) {
    column_map m;
    m.width = header.size();
    // Rank of the alias that claimed each column, so an earlier alias wins regardless of
    // the order of the columns in the file; the caller's aliases rank before every built-in
    // one (rank 0..user.size()-1), and each built-in alias a ranks user.size() + a.
    std::array<std::size_t, column_count> rank{};
    rank.fill(user.size() + detail::header_aliases.size());
    std::vector<std::string> user_keys;
    user_keys.reserve(user.size());
    for (const auto& u : user) user_keys.push_back(detail::normalise_header(u.header));
    for (std::size_t f = 0; f < header.size(); ++f) {
        const std::string key = detail::normalise_header(header[f]);
        for (std::size_t a = 0; a < user.size(); ++a) {
            if (user_keys[a] != key) continue;
            const auto c = static_cast<std::size_t>(user[a].col);
            if (c < column_count && a < rank[c]) {
                rank[c] = a;
                m.index[c] = f;
            }
        }
        if (std::ranges::find(detail::incopat_headers, key) != detail::incopat_headers.end()) {
            m.incopat_marks.push_back(key);
        }
        if (std::ranges::find(detail::patsnap_headers, key) != detail::patsnap_headers.end()) {
            m.patsnap_marks.push_back(key);
        }
        for (std::size_t a = 0; a < detail::header_aliases.size(); ++a) {
            if (detail::header_aliases[a].key != key) continue;
            const auto c = static_cast<std::size_t>(detail::header_aliases[a].col);
            if (user.size() + a < rank[c]) {
                rank[c] = user.size() + a;
                m.index[c] = f;
            }
            break;
        }
    }
    return m;
}

[[nodiscard]] inline column_map map_columns(const std::vector<std::string>& header,
                                           std::span<const column_alias> user = {}) {
    const std::vector<std::string_view> views(header.begin(), header.end());
    return detail::map_columns_of(std::span<const std::string_view>(views), user);
}

}  // namespace detail

/// Why a data row could not be turned into a record.
enum class row_problem {
    field_count,       ///< a different number of fields than the header
    invalid_utf8,      ///< a field is not well-formed UTF-8
    bad_date,          ///< the filing date is missing or not a date
    no_applicants,     ///< the applicants field is empty
    malformed_csv,     ///< the CSV scanner rejected the quoting (reported by the reader)
};

[[nodiscard]] constexpr std::string_view to_string(row_problem p) noexcept {
    switch (p) {
        case row_problem::field_count: return "wrong number of fields";
        case row_problem::invalid_utf8: return "invalid UTF-8";
        case row_problem::bad_date: return "unparsable filing date";
        case row_problem::no_applicants: return "no applicants";
        case row_problem::malformed_csv: return "malformed CSV quoting";
    }
    return "?";
}

struct row_error {
    row_problem problem;
    std::string detail;  ///< e.g. the offending value, already safe to print
};

/// What a row carried besides the record.
struct row_info {
    bool synthetic = false;  ///< the source column says "synthetic"
};

namespace detail {

[[nodiscard]] inline std::string_view field_of(std::span<const std::string_view> row, const column_map& m, column c) {
    const auto i = m[c];
    if (!i || *i >= row.size()) return {};
    return row[*i];
}

[[nodiscard]] inline std::string printable(std::string_view s) {
    std::string out;
    for (const char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x20 || b == 0x7F) {
            out += ' ';
        } else {
            out += c;
        }
    }
    if (out.size() > 60) out.resize(60);
    if (!valid_utf8(out)) return "(not printable)";
    return out;
}

[[nodiscard]] inline bool icontains(std::string_view text, std::string_view word) {
    if (word.size() > text.size()) return false;
    for (std::size_t i = 0; i + word.size() <= text.size(); ++i) {
        bool eq = true;
        for (std::size_t k = 0; k < word.size() && eq; ++k) {
            char a = text[i + k];
            if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
            eq = a == word[k];
        }
        if (eq) return true;
    }
    return false;
}


// Documented in <ineq/io/export_format.hpp>.
[[nodiscard]] inline ineq::applicant applicant_from_fields(std::string_view name, std::string_view type_text,
                                                    std::string_view country, std::string_view address,
                                                    std::string_view code,
                                                    const ineq::gazetteer* known = nullptr) {
    std::string cc;
    for (const char c : country) {
        if (c == ' ') continue;
        cc += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    const bool outside_by_column = !cc.empty() && cc != "CN";  // overseas, Hong Kong, Macao, Taiwan
    auto from_code = ineq::province_from_code(code);
    if (!from_code) from_code = ineq::find_province(code);
    std::optional<ineq::prefecture_info> prefecture_by_code;
    if (from_code) {
        prefecture_by_code = ineq::prefecture_from_code(code);
        if (prefecture_by_code && prefecture_by_code->is_placeholder()) prefecture_by_code.reset();
    }
    // Without a gazetteer (which outranks the columns), a country other than CN or a
    // prefecture code decides the place by itself: only the kind is resolved then, and
    // the address and name are not searched (most rows of an export with a code column).
    const bool columns_decide_place = known == nullptr && (outside_by_column || prefecture_by_code.has_value());
    const ineq::applicant_profile p = columns_decide_place ? ineq::resolve_applicant_kind(name, type_text)
                                                           : ineq::resolve_applicant(name, address, type_text, known);
    ineq::applicant a = ineq::make_applicant(name, p);
    if (p.place_source == ineq::resolution_source::gazetteer) return a;

    if (outside_by_column) {
        a.country = cc;
        a.province_of.reset();
        a.prefecture_of.reset();
        return a;
    }
    if (from_code) {
        a.country = "CN";
        a.province_of = from_code;
        a.prefecture_of = prefecture_by_code;
        if (!a.prefecture_of && p.where.prefecture && p.where.prefecture->province_code == from_code->code()) {
            a.prefecture_of = p.where.prefecture;
        }
    } else if (cc == "CN" && a.country.empty()) {
        a.country = "CN";
    }
    return a;
}

}  // namespace detail

/// Scratch space reused from row to row by make_record_into.
struct record_buffers {
    std::vector<std::string_view> names, types, countries, addresses, codes;
};

namespace detail {

// Documented in <ineq/io/export_format.hpp>.
[[nodiscard]] inline std::optional<row_error> make_record_into(std::span<const std::string_view> row,
                                                               const column_map& m, ineq::patent_record& r,
                                                               record_buffers& buffers, row_info* info = nullptr,
                                                               const ineq::gazetteer* known = nullptr) {
    if (row.size() != m.width) {
        return row_error{row_problem::field_count,
                         std::to_string(row.size()) + " fields, the header has " + std::to_string(m.width)};
    }
    for (std::size_t f = 0; f < row.size(); ++f) {
        if (!valid_utf8(row[f])) {
            return row_error{row_problem::invalid_utf8, "field " + std::to_string(f + 1)};
        }
    }
    const std::string_view date_text = field_of(row, m, column::filing_date);
    const auto date = ineq::parse_date(date_text);
    if (!date) {
        // appended rather than `"\"" + printable(...)`: g++ 12 at -O3 reports a false -Wrestrict
        // for a short literal + std::string&& (GCC bug 105329)
        return row_error{row_problem::bad_date, date_text.empty() ? std::string("empty")
                                                                  : std::string("\"")
                                                                        .append(printable(date_text))
                                                                        .append("\"")};
    }
    ineq::split_applicants_into(field_of(row, m, column::applicants), buffers.names);
    const auto& names = buffers.names;
    if (names.empty()) return row_error{row_problem::no_applicants, {}};

    // Per-applicant columns keep their empty entries, so that entry i stays with applicant i.
    ineq::split_aligned_into(field_of(row, m, column::applicant_type), buffers.types);
    ineq::split_aligned_into(field_of(row, m, column::applicant_country), buffers.countries);
    ineq::split_aligned_into(field_of(row, m, column::applicant_address), buffers.addresses);
    ineq::split_aligned_into(field_of(row, m, column::applicant_province_code), buffers.codes);
    const auto at = [](const std::vector<std::string_view>& v, std::size_t i) {
        return i < v.size() ? v[i] : std::string_view{};
    };

    r.application_number.assign(field_of(row, m, column::application_number));
    r.publication_number.assign(field_of(row, m, column::publication_number));
    r.filing_date = *date;
    r.type = ineq::patent_type_from_text(field_of(row, m, column::patent_type));
    if (r.type == ineq::patent_type::unknown) {
        r.type = ineq::patent_type_from_kind_code(ineq::kind_code_of(r.publication_number));
    }
    r.applicants.resize(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        r.applicants[i] = detail::applicant_from_fields(names[i], at(buffers.types, i), at(buffers.countries, i),
                                         at(buffers.addresses, i), at(buffers.codes, i), known);
    }
    if (info != nullptr) info->synthetic = icontains(field_of(row, m, column::source), "synthetic");
    return std::nullopt;
}

// Documented in <ineq/io/export_format.hpp>.
[[nodiscard]] inline std::variant<ineq::patent_record, row_error> make_record(const std::vector<std::string>& row,
                                                                              const column_map& m,
                                                                              row_info* info = nullptr,
                                                                              const ineq::gazetteer* known = nullptr) {
    const std::vector<std::string_view> views(row.begin(), row.end());
    ineq::patent_record r;
    record_buffers buffers;
    if (auto err = detail::make_record_into(views, m, r, buffers, info, known)) return std::move(*err);
    return r;
}

}  // namespace detail

}  // namespace ineq::io

#endif
