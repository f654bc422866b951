#ifndef INEQ_PATENT_COUNTING_HPP
#define INEQ_PATENT_COUNTING_HPP

/// \file
/// How a patent record with several applicants counts: the one vocabulary of counting
/// rules that the province × year panels (`ineq::add_record`, `ineq::aggregate`,
/// `ineq::cooperation_panels_of`) and the cooperation networks
/// (`ineq::network::network_filter::count`) share. Standard library only, so that
/// code that names a rule does not pay for Eigen.

#include <cstdint>
#include <string_view>

namespace ineq {

/// A counting rule. What each rule means for a panel and for a network:
enum class counting : std::uint8_t {
    /// Whole (full) counting. Panels: +1 for each distinct province among the applicants
    /// (the study's rule: a patent counts once for each province it involves; two
    /// applicants from Beijing count once). Networks: each pair of participants adds 1.
    whole,
    /// Fractional counting: every record weighs 1 in total. Panels: 1/k for each of the
    /// k applicants with a known mainland province (a province with two of three
    /// applicants gets 2/3). Networks: 1/P for each of the record's P pairs.
    fractional,
    /// Panels only: +1 for the province of the first applicant, if it is known. The
    /// network builders reject it (a network has no first applicant).
    first_applicant,
    /// The network module's former name of `whole`.
    full [[deprecated("use ineq::counting::whole")]] = whole,
};

/// English name: "whole", "fractional" or "first applicant" (empty outside the
/// enumeration).
/// Example: `to_string(ineq::counting::first_applicant)` is "first applicant".
[[nodiscard]] constexpr std::string_view to_string(counting c) noexcept {
    switch (c) {
        case counting::whole: return "whole";
        case counting::fractional: return "fractional";
        case counting::first_applicant: return "first applicant";
    }
    return {};
}

}  // namespace ineq

#endif
