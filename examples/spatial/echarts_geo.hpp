#ifndef INEQ_EXAMPLES_SPATIAL_ECHARTS_GEO_HPP
#define INEQ_EXAMPLES_SPATIAL_ECHARTS_GEO_HPP

// Reads the ECharts map files shipped in examples/data/geo/ (compressed GeoJSON, see the
// README there for the decoding rule) into ineq::spatial shapes. File reading and JSON are
// the example's side; the library takes the decoded polygons.

#include <ineq/spatial/geometry.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace geo_file {

/// One feature: its code (6-digit GB/T 2260, or 0 where the file has none), its Chinese
/// name, its label point (`cp`) and its shape.
struct feature {
    long code = 0;
    std::string name;
    ineq::spatial::geo_point label{};
    ineq::spatial::multipolygon shape;
};

namespace detail {

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
            throw std::runtime_error("geo file: invalid UTF-8 in a coordinate string");
        }
        if (i + len > s.size()) {
            throw std::runtime_error("geo file: truncated UTF-8 in a coordinate string");
        }
        for (std::size_t k = 1; k < len; ++k) {
            cp = (cp << 6U) | (static_cast<unsigned char>(s[i + k]) & 0x3FU);
        }
        out.push_back(cp);
        i += len;
    }
    return out;
}

// One ring: start at the offsets, add zig-zag-decoded deltas, scale by 1/1024.
inline ineq::spatial::ring decode_ring(std::string_view encoded, const nlohmann::json& offsets) {
    const auto cps = code_points(encoded);
    if (cps.size() % 2 != 0 || !offsets.is_array() || offsets.size() != 2) {
        throw std::runtime_error("geo file: a ring has an odd number of characters or bad offsets");
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
        throw std::runtime_error("geo file: a polygon's rings and offsets do not match");
    }
    ineq::spatial::polygon p;
    p.outer = decode_ring(rings[0].get<std::string>(), offsets[0]);
    for (std::size_t k = 1; k < rings.size(); ++k) {
        p.holes.push_back(decode_ring(rings[k].get<std::string>(), offsets[k]));
    }
    return p;
}

}  // namespace detail

/// Every feature of an ECharts map file (china.json or province/<pinyin>.json).
/// Throws std::runtime_error naming the file if it cannot be read or decoded.
inline std::vector<feature> read(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error("cannot open " + path);
    }
    try {
        const auto doc = nlohmann::json::parse(in);
        if (!doc.value("UTF8Encoding", false)) {
            throw std::runtime_error("not an ECharts compressed map (no \"UTF8Encoding\": true)");
        }
        std::vector<feature> out;
        for (const auto& f : doc.at("features")) {
            feature ft;
            const auto& id = f.contains("id") ? f["id"] : nlohmann::json();
            if (id.is_string() && !id.get<std::string>().empty()) {
                ft.code = std::stol(id.get<std::string>());
            }
            const auto& props = f.at("properties");
            ft.name = props.value("name", "");
            if (props.contains("cp") && props["cp"].is_array() && props["cp"].size() == 2) {
                ft.label = {props["cp"][0].get<double>(), props["cp"][1].get<double>()};
            }
            const auto& g = f.at("geometry");
            const auto type = g.at("type").get<std::string>();
            if (type == "Polygon") {
                ft.shape.push_back(detail::decode_polygon(g.at("coordinates"), g.at("encodeOffsets")));
            } else if (type == "MultiPolygon") {
                const auto& polys = g.at("coordinates");
                const auto& offs = g.at("encodeOffsets");
                if (polys.size() != offs.size()) {
                    throw std::runtime_error("a multipolygon's parts and offsets do not match");
                }
                for (std::size_t k = 0; k < polys.size(); ++k) {
                    ft.shape.push_back(detail::decode_polygon(polys[k], offs[k]));
                }
            } else {
                throw std::runtime_error("unsupported geometry type " + type);
            }
            out.push_back(std::move(ft));
        }
        return out;
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(path + ": " + e.what());
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

}  // namespace geo_file

#endif  // INEQ_EXAMPLES_SPATIAL_ECHARTS_GEO_HPP
