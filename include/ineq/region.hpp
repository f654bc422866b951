#ifndef INEQ_REGION_HPP
#define INEQ_REGION_HPP

/// \file
/// Chinese regional geography: the 31 mainland provinces and their macro-regions,
/// prefectures, county-level names, and the place (province and prefecture, or Hong Kong,
/// Macao, Taiwan or abroad) of an address (`resolve_address`) or of an organisation's
/// name (`resolve_name`); standard library only. The county and university tables make
/// this umbrella slower to compile than `<ineq/region/province.hpp>` alone.

#include <ineq/region/address.hpp>
#include <ineq/region/counties.hpp>
#include <ineq/region/name.hpp>
#include <ineq/region/outside.hpp>
#include <ineq/region/prefecture.hpp>
#include <ineq/region/province.hpp>
#include <ineq/region/region_set.hpp>
#include <ineq/region/universities.hpp>

#endif
