#ifndef INEQ_IO_DETAIL_BOUNDARIES_HPP
#define INEQ_IO_DETAIL_BOUNDARIES_HPP

// Boundary files into ineq::spatial shapes (ineq/io/boundaries.hpp): ECharts' compressed
// GeoJSON ("UTF8Encoding": true; rings as strings of zig-zag-encoded deltas, see
// examples/data/geo/README.md) and plain GeoJSON (rings as arrays of [lon, lat]).
//
// nlohmann-json parses the JSON: this header and ineq/io/boundaries.hpp are the only ones of
// the library that need it, so a program that reads exports but no maps does not need it.

#include <ineq/io/detail/csv_file.hpp>
#include <ineq/io/error.hpp>
#include <ineq/spatial/geometry.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ineq::io {

/// One feature of a boundary file: its code (the 6-digit GB/T 2260 code of the `id`, or 0
/// where the file has none), its name (`properties.name`), its label point
/// (`properties.cp`, ECharts files; else (0, 0)) and its shape (empty for an empty geometry).
struct boundary_feature {
    long code = 0;
    std::string name;
    ineq::spatial::geo_point label{};
    ineq::spatial::multipolygon shape;
};

/// How read_boundaries treats features without a code.
struct boundary_options {
    /// A feature without a code whose name is the name of a coded feature is joined to it
    /// (its polygons appended): province/xizang.json gives Shannan (540500) an empty
    /// geometry and its shape to an uncoded feature of the same name. False: every feature
    /// as the file has it, in file order.
    bool join_unnamed = true;
};

namespace detail {

/// A boundary file's defect, rethrown by read_boundaries with the file's name.
struct boundary_defect : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The code points of a UTF-8 string (the file's strings are well-formed JSON text).
inline std::vector<std::uint32_t> code_points(std::string_view s) {
    std::vector<std::uint32_t> out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::uint32_t cp = 0;
        std::size_t len = 1;
        if (c < 0x80U) {
            cp = c;
        } else if ((c >> 5U) == 0x6U) {
            cp = c & 0x1FU;
            len = 2;
        } else if ((c >> 4U) == 0xEU) {
            cp = c & 0x0FU;
            len = 3;
        } else if ((c >> 3U) == 0x1EU) {
            cp = c & 0x07U;
            len = 4;
        } else {
            throw boundary_defect("invalid UTF-8 in a coordinate string");
        }
        if (i + len > s.size()) throw boundary_defect("truncated UTF-8 in a coordinate string");
        for (std::size_t k = 1; k < len; ++k) cp = (cp << 6U) | (static_cast<unsigned char>(s[i + k]) & 0x3FU);
        out.push_back(cp);
        i += len;
    }
    return out;
}

// One compressed ring: start at the offsets, add zig-zag-decoded deltas, scale by 1/1024.
inline ineq::spatial::ring decode_ring(std::string_view encoded, const nlohmann::json& offsets) {
    const auto cps = code_points(encoded);
    if (cps.size() % 2 != 0 || !offsets.is_array() || offsets.size() != 2) {
        throw boundary_defect("a ring has an odd number of characters or bad offsets");
    }
    auto x = offsets[0].get<std::int64_t>();
    auto y = offsets[1].get<std::int64_t>();
    ineq::spatial::ring r;
    r.reserve(cps.size() / 2);
    for (std::size_t k = 0; k < cps.size(); k += 2) {
        const auto dx = static_cast<std::int64_t>(cps[k]) - 64;
        const auto dy = static_cast<std::int64_t>(cps[k + 1]) - 64;
        x += (dx >> 1) ^ -(dx & 1);
        y += (dy >> 1) ^ -(dy & 1);
        r.push_back({static_cast<double>(x) / 1024.0, static_cast<double>(y) / 1024.0});
    }
    return r;
}

inline ineq::spatial::polygon decode_polygon(const nlohmann::json& rings, const nlohmann::json& offsets) {
    if (!rings.is_array() || rings.empty() || !offsets.is_array() || offsets.size() != rings.size()) {
        throw boundary_defect("a polygon's rings and offsets do not match");
    }
    ineq::spatial::polygon p;
    p.outer = decode_ring(rings[0].get<std::string>(), offsets[0]);
    for (std::size_t k = 1; k < rings.size(); ++k) {
        p.holes.push_back(decode_ring(rings[k].get<std::string>(), offsets[k]));
    }
    return p;
}

// One plain GeoJSON polygon (rings of [lon, lat]); the first ring is the outer one.
inline ineq::spatial::polygon plain_polygon(const nlohmann::json& rings) {
    ineq::spatial::polygon p;
    for (std::size_t k = 0; k < rings.size(); ++k) {
        ineq::spatial::ring r;
        for (const auto& pt : rings[k]) r.push_back({pt.at(0).get<double>(), pt.at(1).get<double>()});
        (k == 0 ? p.outer : p.holes.emplace_back()) = std::move(r);
    }
    return p;
}

inline boundary_feature read_feature(const nlohmann::json& f, bool compressed) {
    boundary_feature ft;
    const auto& id = f.contains("id") ? f["id"] : nlohmann::json();
    if (id.is_string() && !id.get<std::string>().empty()) {
        const auto text = id.get<std::string>();
        try {
            ft.code = std::stol(text);
        } catch (const std::exception&) {
            throw boundary_defect("a feature's id \"" + text + "\" is not a number");
        }
    } else if (id.is_number_integer()) {
        ft.code = id.get<long>();
    }
    const auto& props = f.at("properties");
    if (props.contains("name") && props["name"].is_string()) ft.name = props["name"].get<std::string>();
    if (props.contains("cp") && props["cp"].is_array() && props["cp"].size() == 2) {
        ft.label = {props["cp"][0].get<double>(), props["cp"][1].get<double>()};
    }
    const auto& g = f.at("geometry");
    const auto type = g.at("type").get<std::string>();
    const auto& c = g.at("coordinates");
    if (type == "Polygon") {
        if (compressed) {
            ft.shape.push_back(decode_polygon(c, g.at("encodeOffsets")));
        } else if (!c.empty()) {
            ft.shape.push_back(plain_polygon(c));
        }
    } else if (type == "MultiPolygon") {
        if (compressed) {
            const auto& offs = g.at("encodeOffsets");
            if (c.size() != offs.size()) throw boundary_defect("a multipolygon's parts and offsets do not match");
            for (std::size_t k = 0; k < c.size(); ++k) ft.shape.push_back(decode_polygon(c[k], offs[k]));
        } else {
            for (const auto& rings : c) {
                if (!rings.empty()) ft.shape.push_back(plain_polygon(rings));
            }
        }
    } else {
        throw boundary_defect("unsupported geometry type " + type);
    }
    return ft;
}

inline std::vector<boundary_feature> read_boundaries(const std::filesystem::path& file,
                                                     const boundary_options& options) {
    constexpr const char* function = "read_boundaries";
    const std::string text = file_bytes(file, function);
    try {
        const auto doc = nlohmann::json::parse(text);
        const bool compressed = doc.contains("UTF8Encoding") && doc["UTF8Encoding"].is_boolean() &&
                                doc["UTF8Encoding"].get<bool>();
        std::vector<boundary_feature> out;
        std::vector<boundary_feature> unnamed;
        for (const auto& f : doc.at("features")) {
            auto ft = read_feature(f, compressed);
            if (options.join_unnamed && ft.code == 0) {
                unnamed.push_back(std::move(ft));
            } else {
                out.push_back(std::move(ft));
            }
        }
        for (auto& u : unnamed) {
            const auto named = std::find_if(out.begin(), out.end(),
                                            [&](const boundary_feature& f) { return f.code != 0 && f.name == u.name; });
            if (named != out.end()) {
                named->shape.insert(named->shape.end(), u.shape.begin(), u.shape.end());
            } else {
                out.push_back(std::move(u));
            }
        }
        return out;
    } catch (const nlohmann::json::exception& e) {
        fail_io(function, file.string() + ": " + e.what());
    } catch (const boundary_defect& e) {
        fail_io(function, file.string() + ": " + e.what());
    }
}

}  // namespace detail

}  // namespace ineq::io

#endif
