#ifndef INEQ_INEQ_HPP
#define INEQ_INEQ_HPP

/// \file
/// The whole library.

#include <ineq/measures.hpp>
#include <ineq/patent.hpp>
#include <ineq/region.hpp>

#endif
