#ifndef INEQ_PANEL_HPP
#define INEQ_PANEL_HPP

/// \file
/// Province × year panels (Eigen): aggregation from patent records, the study's tables and
/// yearly series, growth and convergence, kernel densities and Markov chains of the
/// distribution over periods.

#include <ineq/panel/aggregate.hpp>
#include <ineq/panel/convergence.hpp>
#include <ineq/panel/density.hpp>
#include <ineq/panel/growth.hpp>
#include <ineq/panel/markov.hpp>
#include <ineq/panel/panel.hpp>
#include <ineq/panel/tables.hpp>

#endif
