// Patent records built through ineq::io (from the columns of a frame, or read from an export
// file), shared by the patent and panel binding units.
#ifndef INEQ_PYTHON_RECORDS_HPP
#define INEQ_PYTHON_RECORDS_HPP

#include "common.hpp"

#include <ineq/patent/record.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace ineq_python {

/// A row ineq::io did not turn into a record: where (the entry's index for columns, the
/// file's lines for a file), the rejection reason and its detail.
struct skipped_entry {
    std::size_t first = 0;
    std::size_t last = 0;
    std::string reason;
    std::string detail;
};

/// An immutable batch of records, the input of the panel builders, and the rows skipped
/// while building it.
struct record_batch {
    std::vector<ineq::patent_record> records;
    std::vector<skipped_entry> skipped;
};

}  // namespace ineq_python

#endif
