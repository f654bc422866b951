#ifndef INEQ_STATS_HPP
#define INEQ_STATS_HPP

/// \file
/// Umbrella header of the inference layer (`ineq::stats`): the vocabulary, field tables,
/// resampling engine, distributions, multiple testing and rank statistics. Standard
/// library only.

#include <ineq/stats/distributions.hpp>
#include <ineq/stats/fields.hpp>
#include <ineq/stats/inference.hpp>
#include <ineq/stats/multiple_testing.hpp>
#include <ineq/stats/rank.hpp>
#include <ineq/stats/resampling.hpp>

#endif  // INEQ_STATS_HPP
