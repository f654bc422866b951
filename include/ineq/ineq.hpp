#ifndef INEQ_INEQ_HPP
#define INEQ_INEQ_HPP

/// \file
/// The whole library: measures, regions, patent records, panels, networks and pipeline views.

#include <ineq/measures.hpp>
#include <ineq/network.hpp>
#include <ineq/panel.hpp>
#include <ineq/patent.hpp>
#include <ineq/region.hpp>
#include <ineq/spatial.hpp>
#include <ineq/stats.hpp>
#include <ineq/views.hpp>

#endif
