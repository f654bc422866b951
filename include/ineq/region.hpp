#ifndef INEQ_REGION_HPP
#define INEQ_REGION_HPP

/// \file
/// Chinese regional geography: the 31 mainland provinces and their macro-regions,
/// prefectures, and name and address resolution (Hong Kong, Macao and Taiwan recognised
/// separately); standard library only.

#include <ineq/region/address.hpp>
#include <ineq/region/counties.hpp>
#include <ineq/region/name.hpp>
#include <ineq/region/outside.hpp>
#include <ineq/region/prefecture.hpp>
#include <ineq/region/province.hpp>
#include <ineq/region/universities.hpp>

#endif
