#ifndef INEQ_IO_BOUNDARIES_HPP
#define INEQ_IO_BOUNDARIES_HPP

/// \file
/// Boundary files (provinces, prefectures) into `ineq::spatial` shapes: ECharts' compressed
/// GeoJSON (`"UTF8Encoding": true`, the files in examples/data/geo/) and plain GeoJSON
/// (Polygon and MultiPolygon features, such as examples/data/geo/province/xizang.json).
///
/// This is the one header of ineq::io that needs nlohmann-json (Debian nlohmann-json3-dev),
/// because a boundary file is JSON and a JSON parser of the library's own would be a second
/// parser to keep correct; the rest of ineq::io needs none, and <ineq/io.hpp> does not
/// include this header. The types (`boundary_feature`, `boundary_options`) are defined, with
/// their documentation, in detail/boundaries.hpp.

#include <ineq/io/detail/boundaries.hpp>
#include <ineq/io/error.hpp>
#include <ineq/spatial/geometry.hpp>

#include <filesystem>
#include <vector>

namespace ineq::io {

/// Every feature of a boundary file, in file order (with `options.join_unnamed`, a feature
/// without a code is joined to the coded feature of the same name and the unmatched ones
/// follow the coded ones). Longitude and latitude in degrees; an ECharts ring is decoded
/// exactly (integer deltas / 1024).
/// \throws io_error `ineq::io::read_boundaries: <file>: <what>` when the file cannot be
/// read, is not JSON, lacks `features`, `geometry` or `coordinates`, has a geometry other
/// than Polygon or MultiPolygon, or an ECharts ring that does not decode.
/// Example: `for (const auto& f : ineq::io::read_boundaries("geo/china.json"))`
///          `    if (auto p = ineq::province_from_code(f.code)) shapes[p->index()] = f.shape;`
[[nodiscard]] inline std::vector<boundary_feature> read_boundaries(const std::filesystem::path& file,
                                                                   const boundary_options& options = {}) {
    return detail::read_boundaries(file, options);
}

}  // namespace ineq::io

#endif
