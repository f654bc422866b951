#ifndef INEQ_MEASURES_HPP
#define INEQ_MEASURES_HPP

/// \file
/// Every inequality and dispersion measure; standard library only.

#include <ineq/measures/dispersion.hpp>
#include <ineq/measures/gini.hpp>
#include <ineq/measures/gini_threads.hpp>
#include <ineq/measures/growth.hpp>
#include <ineq/measures/lorenz.hpp>
#include <ineq/measures/summary.hpp>
#include <ineq/measures/atkinson.hpp>
#include <ineq/measures/breaks.hpp>
#include <ineq/measures/bootstrap.hpp>
#include <ineq/measures/concentration.hpp>
#include <ineq/measures/decomposition.hpp>
#include <ineq/measures/entropy.hpp>
#include <ineq/measures/locational_gini.hpp>
#include <ineq/measures/weighted.hpp>
#include <ineq/measures/williamson.hpp>
#include <ineq/measures/agglomeration.hpp>
#include <ineq/measures/bonferroni.hpp>
#include <ineq/measures/dagum.hpp>
#include <ineq/measures/inference.hpp>
#include <ineq/measures/kolm.hpp>
#include <ineq/measures/polarisation.hpp>
#include <ineq/measures/source_decomposition.hpp>
#include <ineq/measures/zenga.hpp>

#endif
