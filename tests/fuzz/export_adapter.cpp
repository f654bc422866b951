// libFuzzer target: the examples' CSV record adapter (examples/pipeline/) on arbitrary
// bytes read as an export: libcsv through pipeline::csv_reader, the header through
// pipeline::map_columns, every data row through pipeline::make_record, plus
// ineq::split_aligned and printable on raw fields.
//
// Invariants: no crash, leak or exception escapes; a row either becomes a record whose
// applicants are non-empty, valid UTF-8 and whose date is a valid calendar date, or a
// row_error whose detail is printable (valid UTF-8); split_aligned returns views into
// its argument; the reader reports rows with line numbers in order.
#include "fuzz_check.hpp"

#include <csv_reader.hpp>
#include <export_format.hpp>

#include <ineq/patent/record.hpp>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::istringstream in(text);

    bool have_header = false;
    pipeline::column_map columns;
    std::size_t last_line = 0;
    std::size_t rows = 0;
    const auto check_position = [&](pipeline::row_position where) {
        FUZZ_CHECK(where.first_line >= 1 && where.first_line <= where.last_line);
        // Rows come in order; two can share a line (libcsv ends a row at a bare CR).
        FUZZ_CHECK(where.first_line >= last_line);
        last_line = where.last_line;
    };
    pipeline::csv_reader reader(
        [&](std::vector<std::string>& fields, pipeline::row_position where) {
            check_position(where);
            ++rows;
            if (!have_header) {
                columns = pipeline::map_columns(fields);
                FUZZ_CHECK(columns.width == fields.size());
                have_header = true;
                return;
            }
            for (const std::string& f : fields) {
                FUZZ_CHECK(pipeline::valid_utf8(pipeline::detail::printable(f)));
                for (const std::string_view part : ineq::split_aligned(f)) {
                    FUZZ_CHECK(ineq_fuzz::points_into(part, f));
                }
            }
            pipeline::row_info info;
            const auto result = pipeline::make_record(fields, columns, &info);
            if (const auto* r = std::get_if<ineq::patent_record>(&result)) {
                FUZZ_CHECK(r->filing_date.ok());
                FUZZ_CHECK(!r->applicants.empty());
                for (const auto& a : r->applicants) {
                    FUZZ_CHECK(!a.name.empty());
                    FUZZ_CHECK(pipeline::valid_utf8(a.name));
                }
            } else {
                const auto& e = std::get<pipeline::row_error>(result);
                FUZZ_CHECK(pipeline::valid_utf8(e.detail));
                FUZZ_CHECK(!pipeline::to_string(e.problem).empty());
            }
        },
        [&](pipeline::row_position where, const std::string& message) {
            check_position(where);
            FUZZ_CHECK(!message.empty());
        });
    reader.read(in);
    FUZZ_CHECK(rows <= size + 1);
    return 0;
}
