// libFuzzer target: ineq::io's export reading on arbitrary bytes read as an export: the
// strict CSV scanner (ineq::io::csv_scanner), the header through ineq::io::map_columns_of,
// every data row through ineq::io::make_record_into, plus ineq::split_aligned and the
// printable form of raw fields.
//
// Invariants: no crash, leak or exception escapes; a row either becomes a record whose
// applicants are non-empty, valid UTF-8 and whose date is a valid calendar date, or a
// row_error whose detail is printable (valid UTF-8); split_aligned returns views into
// its argument; the scanner reports rows with line numbers in order.
#include "fuzz_check.hpp"

#include <ineq/io/csv.hpp>
#include <ineq/io/encoding.hpp>
#include <ineq/io/export_format.hpp>
#include <ineq/patent/record.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);

    bool have_header = false;
    ineq::io::column_map columns;
    std::size_t last_line = 0;
    std::size_t rows = 0;
    ineq::patent_record record;
    ineq::io::record_buffers buffers;
    const auto check_position = [&](ineq::io::row_position where) {
        FUZZ_CHECK(where.first_line >= 1 && where.first_line <= where.last_line);
        // Rows come in order; two can share a line (a bare CR ends a row).
        FUZZ_CHECK(where.first_line >= last_line);
        last_line = where.last_line;
    };
    ineq::io::csv_scanner scanner;
    scanner.scan(
        text,
        [&](std::span<const std::string_view> fields, ineq::io::row_position where) {
            check_position(where);
            ++rows;
            if (!have_header) {
                columns = ineq::io::map_columns_of(fields, {});
                FUZZ_CHECK(columns.width == fields.size());
                have_header = true;
                return;
            }
            for (const std::string_view f : fields) {
                FUZZ_CHECK(ineq::io::valid_utf8(ineq::io::detail::printable(f)));
                for (const std::string_view part : ineq::split_aligned(f)) {
                    FUZZ_CHECK(ineq_fuzz::points_into(part, f));
                }
            }
            ineq::io::row_info info;
            if (const auto err = ineq::io::make_record_into(fields, columns, record, buffers, &info, nullptr)) {
                FUZZ_CHECK(ineq::io::valid_utf8(err->detail));
                FUZZ_CHECK(!ineq::io::to_string(err->problem).empty());
            } else {
                FUZZ_CHECK(record.filing_date.ok());
                FUZZ_CHECK(!record.applicants.empty());
                for (const auto& a : record.applicants) {
                    FUZZ_CHECK(!a.name.empty());
                    FUZZ_CHECK(ineq::io::valid_utf8(a.name));
                }
            }
        },
        [&](ineq::io::row_position where, std::string_view message) {
            check_position(where);
            FUZZ_CHECK(!message.empty());
        },
        [&](std::size_t done, std::size_t keep_from) { FUZZ_CHECK(keep_from <= done && done <= text.size()); });
    FUZZ_CHECK(rows <= size + 1);
    return 0;
}
