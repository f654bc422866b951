#ifndef INEQ_NETWORK_HPP
#define INEQ_NETWORK_HPP

/// \file
/// Cooperation networks: the graph type and its adjacency list (standard library only,
/// `<ineq/network/graph.hpp>`), the Eigen matrix conversions (`<ineq/network/matrix.hpp>`),
/// builders from patent records, density and components, degree, betweenness and
/// closeness, eigenvector centrality, Burt's structural holes, and GraphML rendering.
/// Needs Eigen.

#include <ineq/network/build.hpp>
#include <ineq/network/degree.hpp>
#include <ineq/network/eigenvector.hpp>
#include <ineq/network/graph.hpp>
#include <ineq/network/graphml.hpp>
#include <ineq/network/matrix.hpp>
#include <ineq/network/paths.hpp>
#include <ineq/network/structural_holes.hpp>

#endif
