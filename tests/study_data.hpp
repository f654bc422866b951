#ifndef INEQ_TESTS_STUDY_DATA_HPP
#define INEQ_TESTS_STUDY_DATA_HPP

// Numbers published by the study, shared by several tests.

#include <array>

namespace ineq_test {

/// Table 1, co-invention (cooperative patent) column, in the table's order.
inline constexpr std::array<int, 31> table1_cooperative{
    7,  46,  33,   91,  86,  27, 28, 13, 129, 23,  91, 327, 328, 43,  169, 122,
    82, 107, 1364, 598, 194, 18, 2,  26, 125, 797, 31, 127, 11,  24,  418};

// Reference values for that column, computed independently:
//   /usr/bin/python3 -c "import numpy as np; x=np.array([7,46,33,91,86,27,28,13,129,23,91,
//     327,328,43,169,122,82,107,1364,598,194,18,2,26,125,797,31,127,11,24,418],float);
//     s=np.sort(x); W=np.cumsum(s)/s.sum(); print(1-(2*W[:-1].sum()+1)/31,
//     x.std(ddof=1), x.std(ddof=1)/x.mean(), x.var(ddof=0))"
//   -> 0.6529215682816276 285.94463333542967 1.6155064030250263 79126.7741935484
// R `ineq::Gini(x)` and PySAL `inequality.gini.Gini(x).g` give the same Gini.
inline constexpr double table1_gini = 0.652921568282;
inline constexpr double table1_sample_sd = 285.944633335;
inline constexpr double table1_cv = 1.61550640303;
inline constexpr double table1_population_variance = 79126.7741935484;
inline constexpr double table1_mean = 5487.0 / 31.0;  // exact: the column sums to 5487

}  // namespace ineq_test

#endif
