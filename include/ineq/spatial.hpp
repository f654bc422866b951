#ifndef INEQ_SPATIAL_HPP
#define INEQ_SPATIAL_HPP

/// \file
/// The spatial layer: weights (contiguity, the 68 province borders, k nearest neighbours,
/// distance bands, inverse distance, contiguity from polygons), global statistics (Moran's I,
/// bivariate Moran, Geary's C, Getis–Ord General G, the spatial Gini), local statistics
/// (LISA with conditional permutation, local G and G*), per-period series, the spatial
/// Markov chain and the distance-decay (gravity) fit. Needs Eigen.

#include <ineq/spatial/distance.hpp>
#include <ineq/spatial/geary.hpp>
#include <ineq/spatial/geometry.hpp>
#include <ineq/spatial/getis_ord.hpp>
#include <ineq/spatial/gravity.hpp>
#include <ineq/spatial/inference.hpp>
#include <ineq/spatial/lisa.hpp>
#include <ineq/spatial/local_g.hpp>
#include <ineq/spatial/markov.hpp>
#include <ineq/spatial/moran.hpp>
#include <ineq/spatial/polygons.hpp>
#include <ineq/spatial/provinces.hpp>
#include <ineq/spatial/series.hpp>
#include <ineq/spatial/spatial_gini.hpp>
#include <ineq/spatial/weights.hpp>

#endif
