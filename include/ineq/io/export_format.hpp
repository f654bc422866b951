#ifndef INEQ_IO_EXPORT_FORMAT_HPP
#define INEQ_IO_EXPORT_FORMAT_HPP

/// \file
/// From the rows of a patent export to `ineq::patent_record`: the column names of the
/// vendors' layouts, header detection, and record building with one set of rejection
/// reasons. This header sees rows of fields only (no file), so it also serves callers that
/// hold the columns in memory (the Python binding's records_from_columns).
///
/// Layouts known (header names compared after normalise_header; docs/io.md lists them all):
///  - incoPat: 公开（公告）号 (full-width brackets), 申请号, 申请日, 专利类型, 申请人 and the
///    per-applicant 申请人类型, 申请人国别代码, 申请人地址, 申请人省市代码;
///  - Patsnap: 公开(公告)号 (ASCII brackets), 申请日, 当前申请(专利权)人 (else
///    申请(专利权)人, 原始申请(专利权)人), 专利类型;
///  - generic English names (Publication Number, Filing Date, Applicants, Patent Type, ...);
///  - anything else through the caller's `column_alias` list, which outranks the built-in
///    names.
/// Types (`column`, `column_alias`, `column_map`, `row_problem`, `row_error`, `row_info`,
/// `record_buffers`) are defined, with their documentation, in detail/export_format.hpp.

#include <ineq/io/detail/export_format.hpp>
#include <ineq/patent/record.hpp>
#include <ineq/patent/resolve.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ineq::io {

/// A header cell reduced to a comparable key: without a UTF-8 byte order mark, without
/// ASCII and ideographic spaces, full-width brackets （） turned into (), ASCII letters in
/// lower case. Throws only std::bad_alloc.
/// Example: `ineq::io::normalise_header("\xEF\xBB\xBF公开（公告）号 ")` and
///          `ineq::io::normalise_header("公开(公告)号")` are both `"公开(公告)号"`.
[[nodiscard]] inline std::string normalise_header(std::string_view cell) { return detail::normalise_header(cell); }

/// The columns of a header row (views of its cells). Where two cells name one column the
/// earlier name in the list of known names wins (当前申请(专利权)人 before 原始申请(专利权)人),
/// whatever their order in the file; `user` names outrank every built-in name. The map also
/// records the header cells that only one vendor writes (`vendor()` names the layout) and
/// whether the header is `usable()` (filing date and applicants present). Throws only
/// std::bad_alloc.
/// Example: `const std::array<std::string_view, 2> h{"Anmelder", "Anmeldetag"};`
///          `const std::array<ineq::io::column_alias, 2> user{{{"Anmelder", ineq::io::column::applicants},
///           {"Anmeldetag", ineq::io::column::filing_date}}}; auto m = ineq::io::map_columns_of(h, user);`
[[nodiscard]] inline column_map map_columns_of(std::span<const std::string_view> header,
                                              std::span<const column_alias> user = {}) {
    return detail::map_columns_of(header, user);
}

/// map_columns_of for a header row of strings.
/// Example: `auto m = ineq::io::map_columns({"申请日", "申请人"});`
///          `assert(m.usable() && m[ineq::io::column::applicants] == 1);`
[[nodiscard]] inline column_map map_columns(const std::vector<std::string>& header,
                                           std::span<const column_alias> user = {}) {
    return detail::map_columns(header, user);
}

/// One applicant from its aligned fields of a row. Precedence, fact by fact:
///  1. the caller's gazetteer (`known`), when it knows the name;
///  2. the export's columns: a country code other than CN places the applicant outside the
///     mainland (no province); a division code (or a province name in that column) gives
///     the province, and the prefecture when it has 4 or 6 digits;
///  3. the address (ineq::resolve_address), then the name (ineq::resolve_name).
/// Kind: gazetteer, else the type column when it names a kind, else the name
/// (ineq::classify_applicant). Country: the code column upper-cased if given; else CN for a
/// mainland place, HK / MO / TW, ZZ (the CLDR code for an unknown region) abroad, or ""
/// when nothing places the applicant. Invalid UTF-8 resolves to unknown. Throws only
/// std::bad_alloc.
/// Example: `auto a = ineq::io::applicant_from_fields("华为技术有限公司", "企业", "CN", "", "4403");`
///          `assert(a.province_of->code() == 44 && a.kind == ineq::applicant_kind::enterprise);`
[[nodiscard]] inline ineq::applicant applicant_from_fields(std::string_view name, std::string_view type_text,
                                                           std::string_view country, std::string_view address,
                                                           std::string_view code,
                                                           const ineq::gazetteer* known = nullptr) {
    return detail::applicant_from_fields(name, type_text, country, address, code, known);
}

/// One data row into `r` (whose strings and applicant list are reused from row to row), or
/// the reason it is not a record (`r` is then unspecified). Rejection reasons, checked in
/// this order (docs/io.md): `field_count` (not as many fields as the header),
/// `invalid_utf8` (a field is not well-formed UTF-8), `bad_date` (the filing date is empty
/// or not a date ineq::parse_date reads), `no_applicants` (the applicants field holds no
/// name). The patent type comes from the type column if it names one, else from the
/// publication number's kind code (CN…A invention, U utility model, S design); with
/// neither it is unknown. `info->synthetic` is set when the source column says "synthetic".
/// Throws only std::bad_alloc.
/// Example: `ineq::patent_record r; ineq::io::record_buffers b;`
///          `if (auto err = ineq::io::make_record_into(fields, columns, r, b)) skip(err->problem);`
[[nodiscard]] inline std::optional<row_error> make_record_into(std::span<const std::string_view> row,
                                                               const column_map& m, ineq::patent_record& r,
                                                               record_buffers& buffers, row_info* info = nullptr,
                                                               const ineq::gazetteer* known = nullptr) {
    return detail::make_record_into(row, m, r, buffers, info, known);
}

/// make_record_into with fresh buffers, for a row of strings.
/// Example: `auto result = ineq::io::make_record(row, columns);`
///          `if (auto* r = std::get_if<ineq::patent_record>(&result)) keep(*r);`
[[nodiscard]] inline std::variant<ineq::patent_record, row_error> make_record(const std::vector<std::string>& row,
                                                                              const column_map& m,
                                                                              row_info* info = nullptr,
                                                                              const ineq::gazetteer* known = nullptr) {
    return detail::make_record(row, m, info, known);
}

}  // namespace ineq::io

#endif
