#ifndef INEQ_PATENT_HPP
#define INEQ_PATENT_HPP

/// \file
/// The patent module: records and applicants, applicant classification, patent types,
/// export-field parsing, cooperation kinds, counting rules, the study's selection rules and
/// deduplication. Standard library only (plus `<ineq/region/province.hpp>`).

#include <ineq/patent/applicant.hpp>
#include <ineq/patent/classify.hpp>
#include <ineq/patent/counting.hpp>
#include <ineq/patent/date.hpp>
#include <ineq/patent/dedup.hpp>
#include <ineq/patent/patent_type.hpp>
#include <ineq/patent/record.hpp>
#include <ineq/patent/resolve.hpp>
#include <ineq/patent/selection.hpp>
#include <ineq/patent/split.hpp>

#endif
