#ifndef INEQ_VIEWS_HPP
#define INEQ_VIEWS_HPP

/// \file
/// The study's pipeline as one expression: range-v3 adaptors over records
/// (<ineq/views/adaptors.hpp>, no Eigen) and the sinks that end in panels
/// (<ineq/views/sinks.hpp>, no range-v3):
///
///     auto panel = records
///                | ineq::views::classify_applicants   // fill unknown kinds from names
///                | ineq::views::unique_applications() // one document per application
///                | ineq::views::select(ineq::study_rules())
///                | ineq::to_panel(2012, 2021);        // a count_panel, whole counting
///
/// Include the part you need to pay only for it; this header includes both.

#include <ineq/views/adaptors.hpp>
#include <ineq/views/sinks.hpp>

#endif
