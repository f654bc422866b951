#ifndef INEQ_EXAMPLES_SPATIAL_MAP_SVG_HPP
#define INEQ_EXAMPLES_SPATIAL_MAP_SVG_HPP

// Choropleth maps of China as standalone SVG, with no plotting program: an Albers
// equal-area projection, one path per unit (holes drawn with the even-odd rule), a legend,
// a title, Hong Kong, Macao and Taiwan hatched as "no data", and a note on the boundaries.
//
//   - `render` draws one or more panels (small multiples) of the same units sharing one
//     legend: every panel gives each unit a class index into the legend, or none (hatched).
//   - `sequential_legend` turns class breaks (ineq::quantile_breaks, equal_interval_breaks,
//     jenks_breaks) into legend entries on a light-to-dark colour scale; `choropleth_panel`
//     classifies one panel's values with them.
//   - `lisa_legend` is the categorical variant for a LISA cluster map (HH, LL, LH, HL, not
//     significant).
//   - Prefecture maps: pass the prefecture shapes as units and the provinces as `outlines`,
//     drawn unfilled on top.
//
// The shapes are drawn as they come (nothing is simplified); coordinates are rounded to
// 0.1 px, consecutive points that round to the same position are written once, and rings
// are written with relative moves, which keeps the files small.

#include <ineq/io/boundaries.hpp>

#include <ineq/measures/breaks.hpp>
#include <ineq/spatial/geometry.hpp>
#include <ineq/spatial/lisa.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numbers>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace map_svg {

// ---- Projection -----------------------------------------------------------------------------

/// Albers equal-area conic projection on the sphere (Snyder, "Map Projections: A Working
/// Manual", USGS 1987, eqs. 14-1 to 14-4), with the parameters commonly used for maps of
/// China: standard parallels 25° N and 47° N, central meridian 105° E, latitude of origin
/// 0° (the origin only translates the map, which is then fitted to its panel). Areas are
/// true to scale, so a province's share of the ink matches its share of the land.
///   n = (sin φ1 + sin φ2) / 2,  C = cos² φ1 + 2n sin φ1,  ρ(φ) = √(C − 2n sin φ) / n,
///   θ = n (λ − λ0),  x = ρ(φ) sin θ,  y = ρ(φ0) − ρ(φ) cos θ   (unit sphere, y north).
struct albers {
    double central_meridian = 105.0;
    double parallel_1 = 25.0;
    double parallel_2 = 47.0;
    double origin_latitude = 0.0;

    struct xy {
        double x = 0.0;
        double y = 0.0;
    };

    [[nodiscard]] xy operator()(const ineq::spatial::geo_point& p) const {
        constexpr double rad = std::numbers::pi / 180.0;
        const double s1 = std::sin(parallel_1 * rad);
        const double n = (s1 + std::sin(parallel_2 * rad)) / 2.0;
        const double c = std::cos(parallel_1 * rad) * std::cos(parallel_1 * rad) + 2.0 * n * s1;
        const double rho0 = std::sqrt(c - 2.0 * n * std::sin(origin_latitude * rad)) / n;
        const double rho = std::sqrt(c - 2.0 * n * std::sin(p.lat * rad)) / n;
        const double theta = n * (p.lon - central_meridian) * rad;
        return {rho * std::sin(theta), rho0 - rho * std::cos(theta)};
    }
};

// ---- Colours and text -----------------------------------------------------------------------

namespace detail {

struct rgb {
    double r = 0.0, g = 0.0, b = 0.0;  // sRGB in [0, 1]
};
struct lab {
    double l = 0.0, a = 0.0, b = 0.0;  // CIELAB, D65 white
};

inline double to_linear(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }
inline double from_linear(double c) {
    return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055;
}

inline rgb from_hex(std::string_view hex) {
    const auto byte = [&](std::size_t at) {
        return static_cast<double>(std::stoi(std::string(hex.substr(at, 2)), nullptr, 16)) / 255.0;
    };
    return {byte(1), byte(3), byte(5)};
}

inline std::string to_hex(const rgb& c) {
    const auto byte = [](double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255.0)); };
    return fmt::format("#{:02x}{:02x}{:02x}", byte(c.r), byte(c.g), byte(c.b));
}

// sRGB <-> CIELAB (D65), the standard formulas (IEC 61966-2-1 and CIE 15).
inline constexpr std::array<double, 3> white{0.95047, 1.0, 1.08883};

inline lab to_lab(const rgb& c) {
    const double r = to_linear(c.r), g = to_linear(c.g), b = to_linear(c.b);
    const std::array<double, 3> xyz{0.4124 * r + 0.3576 * g + 0.1805 * b, 0.2126 * r + 0.7152 * g + 0.0722 * b,
                                    0.0193 * r + 0.1192 * g + 0.9505 * b};
    const auto f = [](double t) { return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0; };
    const double fx = f(xyz[0] / white[0]), fy = f(xyz[1] / white[1]), fz = f(xyz[2] / white[2]);
    return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

inline rgb from_lab(const lab& c) {
    const double fy = (c.l + 16.0) / 116.0;
    const double fx = fy + c.a / 500.0;
    const double fz = fy - c.b / 200.0;
    const auto inv = [](double t) { return t * t * t > 216.0 / 24389.0 ? t * t * t : (116.0 * t - 16.0) * 27.0 / 24389.0; };
    const double x = inv(fx) * white[0], y = inv(fy) * white[1], z = inv(fz) * white[2];
    return {from_linear(3.2406 * x - 1.5372 * y - 0.4986 * z), from_linear(-0.9689 * x + 1.8758 * y + 0.0415 * z),
            from_linear(0.0557 * x - 0.2040 * y + 1.0570 * z)};
}

inline std::string xml_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (const char ch : s) {
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += ch;
        }
    }
    return out;
}

// A coordinate in tenths of a pixel as text: 123 -> "12.3", -40 -> "-4".
inline void append_tenths(std::string& out, long t) {
    if (t < 0) {
        out += '-';
        t = -t;
    }
    out += std::to_string(t / 10);
    if (t % 10 != 0) {
        out += '.';
        out += static_cast<char>('0' + t % 10);
    }
}

}  // namespace detail

/// `k` colours from light to dark on one sequential scale (pale yellow, orange, dark red),
/// evenly spaced in CIELAB so that equal steps look equal; k = 1 gives the lightest (one
/// class says nothing about high or low, and is often all zeros).
inline std::vector<std::string> sequential_palette(std::size_t k) {
    const std::array<detail::lab, 3> anchors{detail::to_lab(detail::from_hex("#fff3c4")),
                                             detail::to_lab(detail::from_hex("#ee8a3c")),
                                             detail::to_lab(detail::from_hex("#6e0f1e"))};
    std::vector<std::string> out;
    for (std::size_t j = 0; j < k; ++j) {
        const double t = k == 1 ? 0.0 : static_cast<double>(j) / static_cast<double>(k - 1);
        const double u = t < 0.5 ? t * 2.0 : (t - 0.5) * 2.0;
        const detail::lab& a = anchors[t < 0.5 ? 0 : 1];
        const detail::lab& b = anchors[t < 0.5 ? 1 : 2];
        out.push_back(detail::to_hex(detail::from_lab(
            {a.l + u * (b.l - a.l), a.a + u * (b.a - a.a), a.b + u * (b.b - a.b)})));
    }
    return out;
}

/// A number for a legend: integers without decimals, others with at most two.
inline std::string format_number(double v) {
    if (std::abs(v - std::round(v)) < 1e-9 * std::max(1.0, std::abs(v))) {
        return fmt::format("{:.0f}", v);
    }
    std::string s = fmt::format("{:.2f}", v);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

// ---- Legends and panels ---------------------------------------------------------------------

/// One entry of a legend: its fill colour and its text.
struct legend_entry {
    std::string fill;
    std::string label;
};

/// Whether `breaks` are all whole numbers (then counts can be labelled as integer ranges).
inline bool integral(const std::vector<double>& breaks) {
    return std::all_of(breaks.begin(), breaks.end(), [](double b) { return b == std::round(b); });
}

/// Legend entries for class breaks b0..bk on the sequential palette. Class j covers
/// b_j <= v < b_{j+1} (the last also bk). For values that are whole numbers (counts)
/// with whole-number breaks, class j is labelled with the integers it holds,
/// "b_j – (b_{j+1} − 1)", the last "b_{k−1} – b_k"; otherwise "b_j – b_{j+1}" (the caller
/// should then say that a class includes its lower bound). A class of one value is
/// labelled with that value.
inline std::vector<legend_entry> sequential_legend(const std::vector<double>& breaks, bool integer_values) {
    const std::size_t k = breaks.size() < 2 ? 0 : breaks.size() - 1;
    const auto colours = sequential_palette(k);
    const bool whole = integer_values && integral(breaks);
    std::vector<legend_entry> out;
    for (std::size_t j = 0; j < k; ++j) {
        const double lo = breaks[j];
        const double hi = whole && j + 1 < k ? std::max(lo, breaks[j + 1] - 1.0) : breaks[j + 1];
        const std::string label =
            lo == hi ? format_number(lo) : format_number(lo) + " \u2013 " + format_number(hi);
        out.push_back({colours[j], label});
    }
    return out;
}

/// The LISA cluster categories, in legend order.
enum class cluster : std::uint8_t { high_high, low_low, low_high, high_low, not_significant };

/// The map category of a LISA cluster; none for an undefined one (an island: drawn as no data).
inline std::optional<cluster> cluster_of(ineq::spatial::lisa_cluster c) {
    switch (c) {
        case ineq::spatial::lisa_cluster::high_high: return cluster::high_high;
        case ineq::spatial::lisa_cluster::low_low: return cluster::low_low;
        case ineq::spatial::lisa_cluster::low_high: return cluster::low_high;
        case ineq::spatial::lisa_cluster::high_low: return cluster::high_low;
        case ineq::spatial::lisa_cluster::not_significant: return cluster::not_significant;
        case ineq::spatial::lisa_cluster::undefined: break;
    }
    return std::nullopt;
}

/// The categorical legend of a LISA cluster map: HH red, LL blue, LH light blue, HL pink,
/// not significant grey (an island, which has no neighbours, is drawn as "no data"; use
/// `cluster_panel` for the panels).
inline std::vector<legend_entry> lisa_legend() {
    return {{"#d7191c", "High\u2013high (hot spot)"},
            {"#2b5fad", "Low\u2013low (cold spot)"},
            {"#9ecae1", "Low\u2013high (low among high)"},
            {"#f4a3bd", "High\u2013low (high among low)"},
            {"#d9d9d9", "Not significant"}};
}

/// One panel of a map: a title (a year, say) and, per unit, its legend class or none
/// (drawn hatched as "no data"), and the text shown when the pointer rests on it.
struct panel {
    std::string title;
    std::vector<std::optional<std::size_t>> class_of;
    std::vector<std::string> tooltip;
};

/// Hong Kong (81), Macao (82) and Taiwan (71), by their GB/T 2260 code (6-digit, or 0
/// for Taiwan's prefectures, which have none in the file).
inline bool outside_mainland(long code) {
    const long p = code / 10000;
    return p == 71 || p == 81 || p == 82;
}

/// A choropleth panel: each unit's value classified by `breaks` (ineq::classify). A unit
/// without a value (nullopt), and Hong Kong, Macao and Taiwan, get no class (no data).
inline panel choropleth_panel(std::string title, const std::vector<ineq::io::boundary_feature>& units,
                              const std::vector<std::optional<double>>& values, const std::vector<double>& breaks) {
    panel p;
    p.title = std::move(title);
    for (std::size_t i = 0; i < units.size(); ++i) {
        const auto& v = values.at(i);
        if (v && !outside_mainland(units[i].code)) {
            p.class_of.emplace_back(ineq::classify(*v, breaks));
            p.tooltip.push_back(fmt::format("{}: {}", units[i].name, format_number(*v)));
        } else {
            p.class_of.emplace_back(std::nullopt);
            p.tooltip.push_back(fmt::format("{}: no data", units[i].name));
        }
    }
    return p;
}

/// A LISA cluster panel: each unit's `cluster` (legend order of `lisa_legend()`), or none
/// for an island without neighbours, a unit without data, and Hong Kong, Macao and
/// Taiwan (all drawn hatched; say so in `layout::no_data_label`).
inline panel cluster_panel(std::string title, const std::vector<ineq::io::boundary_feature>& units,
                           const std::vector<std::optional<cluster>>& clusters) {
    static constexpr std::array<std::string_view, 5> names{"high\u2013high", "low\u2013low", "low\u2013high",
                                                           "high\u2013low", "not significant"};
    panel p;
    p.title = std::move(title);
    for (std::size_t i = 0; i < units.size(); ++i) {
        const auto& c = clusters.at(i);
        if (c && !outside_mainland(units[i].code)) {
            const auto k = static_cast<std::size_t>(*c);
            p.class_of.emplace_back(k);
            p.tooltip.push_back(fmt::format("{}: {}", units[i].name, names[k]));
        } else {
            p.class_of.emplace_back(std::nullopt);
            p.tooltip.push_back(fmt::format("{}: no data", units[i].name));
        }
    }
    return p;
}

/// Everything around the panels.
struct layout {
    std::string title;
    std::string subtitle;                 ///< one line under the title (may be empty)
    std::string legend_title;
    std::vector<legend_entry> legend;     ///< class i of a panel is legend[i]
    std::string legend_caption;           ///< small text under the legend (may be empty)
    std::string no_data_label = "No data (Hong Kong, Macao, Taiwan)";
    std::string note = "Boundaries simplified from ECharts 4.9.0 map data (Apache-2.0); not an authoritative map\n"
                       "South China Sea islands not shown";
    std::string unit_class = "province";  ///< CSS class of a mainland unit's path
    std::size_t columns = 2;              ///< panels per row
    double panel_width = 420.0;           ///< pixels
};

namespace detail {

struct frame {
    albers proj;
    double min_x = 0.0, max_y = 0.0, scale = 1.0;
    double width = 0.0, height = 0.0;
};

inline frame fit(const std::vector<ineq::io::boundary_feature>& units, const std::vector<ineq::io::boundary_feature>& outlines,
                 double width) {
    frame f;
    f.width = width;
    double min_x = std::numeric_limits<double>::infinity(), max_x = -min_x;
    double min_y = min_x, max_y = -min_x;
    const auto see = [&](const std::vector<ineq::io::boundary_feature>& fs) {
        for (const auto& ft : fs) {
            for (const auto& poly : ft.shape) {
                for (const auto& pt : poly.outer) {
                    const auto q = f.proj(pt);
                    min_x = std::min(min_x, q.x);
                    max_x = std::max(max_x, q.x);
                    min_y = std::min(min_y, q.y);
                    max_y = std::max(max_y, q.y);
                }
            }
        }
    };
    see(units);
    see(outlines);
    if (!(max_x > min_x) || !(max_y > min_y)) {
        throw std::runtime_error("map_svg: nothing to draw (no shapes, or all in one point)");
    }
    constexpr double pad = 4.0;
    f.scale = (width - 2.0 * pad) / (max_x - min_x);
    f.min_x = min_x - pad / f.scale;
    f.max_y = max_y + pad / f.scale;
    f.height = std::ceil((max_y - min_y) * f.scale + 2.0 * pad);
    return f;
}

// The path data of one multipolygon in the frame, in tenths of a pixel, relative moves.
inline std::string path_data(const ineq::spatial::multipolygon& shape, const frame& f) {
    std::string d;
    const auto ring_data = [&](const ineq::spatial::ring& r) {
        std::vector<std::array<long, 2>> pts;
        pts.reserve(r.size());
        for (const auto& pt : r) {
            const auto q = f.proj(pt);
            const std::array<long, 2> t{std::lround((q.x - f.min_x) * f.scale * 10.0),
                                        std::lround((f.max_y - q.y) * f.scale * 10.0)};
            if (pts.empty() || pts.back() != t) pts.push_back(t);
        }
        while (pts.size() > 1 && pts.back() == pts.front()) pts.pop_back();
        if (pts.size() < 3) return;  // collapsed below 0.1 px: nothing visible to draw
        d += 'M';
        append_tenths(d, pts[0][0]);
        d += ' ';
        append_tenths(d, pts[0][1]);
        d += 'l';
        for (std::size_t i = 1; i < pts.size(); ++i) {
            const long dx = pts[i][0] - pts[i - 1][0];
            const long dy = pts[i][1] - pts[i - 1][1];
            if (i > 1 && dx >= 0) d += ' ';
            append_tenths(d, dx);
            if (dy >= 0) d += ' ';
            append_tenths(d, dy);
        }
        d += 'z';
    };
    for (const auto& poly : shape) {
        ring_data(poly.outer);
        for (const auto& hole : poly.holes) ring_data(hole);
    }
    return d;
}

}  // namespace detail

/// The SVG document of `panels` (each classifying every unit of `units`, in order) laid
/// out `lay.columns` to a row, with the legend to the right and the note underneath.
/// `outlines` (optional) are drawn unfilled over every panel: the provinces over a
/// prefecture map. Throws std::invalid_argument if a panel does not give one class per
/// unit or a class has no legend entry.
inline std::string render(const std::vector<ineq::io::boundary_feature>& units, const std::vector<panel>& panels,
                          const layout& lay, const std::vector<ineq::io::boundary_feature>& outlines = {}) {
    for (const auto& p : panels) {
        if (p.class_of.size() != units.size() || p.tooltip.size() != units.size()) {
            throw std::invalid_argument("map_svg::render: a panel must give one class and one tooltip per unit");
        }
        for (const auto& c : p.class_of) {
            if (c && *c >= lay.legend.size()) {
                throw std::invalid_argument("map_svg::render: a class has no legend entry");
            }
        }
    }
    const detail::frame f = detail::fit(units, outlines, lay.panel_width);
    std::vector<std::string> unit_paths;
    unit_paths.reserve(units.size());
    for (const auto& u : units) unit_paths.push_back(detail::path_data(u.shape, f));
    std::string outline_paths;
    for (const auto& o : outlines) outline_paths += detail::path_data(o.shape, f);

    constexpr double margin = 16.0, gap = 14.0, panel_title = 22.0;
    // Wide enough for the longest legend line (about 7 px a character at 12 px).
    std::size_t longest = std::max(lay.no_data_label.size(), lay.legend_title.size());
    for (const auto& e : lay.legend) longest = std::max(longest, e.label.size());
    const double legend_width = std::max(180.0, 34.0 + 7.0 * static_cast<double>(longest));
    const std::size_t cols = std::max<std::size_t>(1, std::min(lay.columns, std::max<std::size_t>(1, panels.size())));
    const std::size_t rows = (panels.size() + cols - 1) / cols;
    const double top = margin + 26.0 + (lay.subtitle.empty() ? 8.0 : 26.0);
    const double grid_w = static_cast<double>(cols) * f.width + static_cast<double>(cols - 1) * gap;
    const double grid_h = static_cast<double>(rows) * (panel_title + f.height) + static_cast<double>(rows - 1) * gap;
    const double legend_x = margin + grid_w + 20.0;
    const double legend_h = 24.0 + 22.0 * static_cast<double>(lay.legend.size() + 1) + (lay.legend_caption.empty() ? 0 : 30.0);
    const double note_y = top + std::max(grid_h, legend_h) + 18.0;
    const double width = legend_x + legend_width + margin;
    const auto note_lines = static_cast<double>(std::count(lay.note.begin(), lay.note.end(), '\n') + 1);
    const double height = note_y + 13.0 * (note_lines - 1.0) + 10.0;
    const double unit_stroke = outlines.empty() ? 0.5 : 0.2;
    const char* unit_stroke_colour = outlines.empty() ? "#6b6b6b" : "#ffffff";

    std::string s;
    s += fmt::format(R"svg(<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{:.0f}" height="{:.0f}" viewBox="0 0 {:.0f} {:.0f}" font-family="sans-serif">
<defs><pattern id="nodata" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#efefef"/><line x1="0" y1="0" x2="0" y2="5" stroke="#9a9a9a" stroke-width="1.3"/></pattern></defs>
<rect width="100%" height="100%" fill="#ffffff"/>
<text class="title" x="{}" y="{}" font-size="19" font-weight="bold">{}</text>
)svg",
                     width, height, width, height, margin, margin + 18.0, detail::xml_escape(lay.title));
    if (!lay.subtitle.empty()) {
        s += fmt::format("<text class=\"subtitle\" x=\"{}\" y=\"{}\" font-size=\"13\" fill=\"#444444\">{}</text>\n", margin,
                         margin + 40.0, detail::xml_escape(lay.subtitle));
    }
    for (std::size_t k = 0; k < panels.size(); ++k) {
        const auto& p = panels[k];
        const double x = margin + static_cast<double>(k % cols) * (f.width + gap);
        const double y = top + static_cast<double>(k / cols) * (panel_title + f.height + gap);
        s += fmt::format("<g class=\"panel\" transform=\"translate({:.1f} {:.1f})\">\n", x, y);
        s += fmt::format("<text class=\"panel-title\" x=\"{:.1f}\" y=\"16\" font-size=\"15\" font-weight=\"bold\" "
                         "text-anchor=\"middle\">{}</text>\n",
                         f.width / 2.0, detail::xml_escape(p.title));
        s += fmt::format("<g transform=\"translate(0 {:.0f})\" stroke=\"{}\" stroke-width=\"{}\" "
                         "stroke-linejoin=\"round\" fill-rule=\"evenodd\">\n",
                         panel_title, unit_stroke_colour, unit_stroke);
        for (std::size_t i = 0; i < units.size(); ++i) {
            if (unit_paths[i].empty()) continue;
            const auto& c = p.class_of[i];
            const std::string fill = c ? lay.legend[*c].fill : std::string("url(#nodata)");
            const char* cls = outside_mainland(units[i].code) ? "nodata" : lay.unit_class.c_str();
            s += fmt::format("<path class=\"{}\" data-code=\"{}\" fill=\"{}\" d=\"{}\"><title>{}</title></path>\n", cls,
                             units[i].code, fill, unit_paths[i], detail::xml_escape(p.tooltip[i]));
        }
        if (!outline_paths.empty()) {
            s += fmt::format("<path class=\"outline\" fill=\"none\" stroke=\"#303030\" stroke-width=\"0.7\" d=\"{}\"/>\n",
                             outline_paths);
        }
        s += "</g>\n</g>\n";
    }
    // Legend.
    s += fmt::format("<g class=\"legend\" transform=\"translate({:.1f} {:.1f})\" font-size=\"12\">\n", legend_x, top);
    s += fmt::format("<text class=\"legend-title\" x=\"0\" y=\"12\" font-size=\"13\" font-weight=\"bold\">{}</text>\n",
                     detail::xml_escape(lay.legend_title));
    double ly = 24.0;
    for (const auto& e : lay.legend) {
        s += fmt::format("<g class=\"legend-item\"><rect x=\"0\" y=\"{:.0f}\" width=\"22\" height=\"15\" fill=\"{}\" "
                         "stroke=\"#6b6b6b\" stroke-width=\"0.5\"/><text x=\"30\" y=\"{:.0f}\">{}</text></g>\n",
                         ly, e.fill, ly + 12.0, detail::xml_escape(e.label));
        ly += 22.0;
    }
    s += fmt::format("<g class=\"legend-item nodata\"><rect x=\"0\" y=\"{:.0f}\" width=\"22\" height=\"15\" "
                     "fill=\"url(#nodata)\" stroke=\"#6b6b6b\" stroke-width=\"0.5\"/><text x=\"30\" y=\"{:.0f}\">{}</text></g>\n",
                     ly, ly + 12.0, detail::xml_escape(lay.no_data_label));
    ly += 22.0;
    if (!lay.legend_caption.empty()) {
        s += fmt::format("<text class=\"legend-caption\" x=\"0\" y=\"{:.0f}\" font-size=\"10.5\" fill=\"#555555\">{}</text>\n",
                         ly + 12.0, detail::xml_escape(lay.legend_caption));
    }
    s += "</g>\n";
    // The note, one <tspan> per line of `lay.note`.
    s += fmt::format("<text class=\"note\" x=\"{}\" y=\"{:.0f}\" font-size=\"10.5\" fill=\"#555555\">", margin, note_y);
    std::string_view rest = lay.note;
    for (bool first = true; !rest.empty() || first; first = false) {
        const std::size_t nl = rest.find('\n');
        const std::string_view line = rest.substr(0, nl);
        rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
        s += fmt::format("<tspan x=\"{}\" dy=\"{}\">{}</tspan>", margin, first ? 0 : 13, detail::xml_escape(line));
    }
    s += "</text>\n";
    s += "</svg>\n";
    return s;
}

}  // namespace map_svg

#endif  // INEQ_EXAMPLES_SPATIAL_MAP_SVG_HPP
