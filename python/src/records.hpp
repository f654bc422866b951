// Patent records built from columns (one entry per document), shared by the patent and
// panel binding units.
#ifndef INEQ_PYTHON_RECORDS_HPP
#define INEQ_PYTHON_RECORDS_HPP

#include "common.hpp"

#include <ineq/patent/record.hpp>

#include <vector>

namespace ineq_python {

/// An immutable batch of records, the input of the panel builders.
struct record_batch {
    std::vector<ineq::patent_record> records;
};

}  // namespace ineq_python

#endif
