#ifndef INEQ_IO_HPP
#define INEQ_IO_HPP

/// \file
/// ineq::io, the library's only reading and writing of files: export formats and record
/// building, strict CSV, encodings, input checks, gazetteers, table writers. Link the CMake
/// target `ineq::io`. Boundary files (<ineq/io/boundaries.hpp>) are not included here: they
/// need nlohmann-json, which the rest of ineq::io does not.

#include <ineq/io/csv.hpp>
#include <ineq/io/encoding.hpp>
#include <ineq/io/error.hpp>
#include <ineq/io/export_format.hpp>
#include <ineq/io/gazetteer.hpp>
#include <ineq/io/input_check.hpp>
#include <ineq/io/read_export.hpp>
#include <ineq/io/tables.hpp>

#endif
