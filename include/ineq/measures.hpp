#ifndef INEQ_MEASURES_HPP
#define INEQ_MEASURES_HPP

/// \file
/// Every inequality and dispersion measure; standard library only.

#include <ineq/measures/dispersion.hpp>
#include <ineq/measures/gini.hpp>
#include <ineq/measures/growth.hpp>
#include <ineq/measures/lorenz.hpp>
#include <ineq/measures/summary.hpp>

#endif
