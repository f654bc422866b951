// Contiguity, areas and centroids computed from the shipped boundaries
// (examples/data/geo/, ECharts 4.9.0, Apache-2.0):
// - the 31 mainland provinces of china.json reproduce exactly the 68 land borders of
//   ineq::spatial::province_borders (three independent boundary sets agree on them), under
//   queen and rook contiguity;
// - province areas and centroids agree with R's s2 package on the same decoded rings;
// - the 450 prefecture-level units of province/*.json give the contiguity counts of
//   independent implementations (scipy's cKDTree and spdep's poly2nb for queen, edge-set
//   intersection for rook).
// Reference commands: python3 examples/spatial/polygons_reference.py, then
// Rscript examples/spatial/polygons_reference.R (outputs quoted beside the checks).

#include <ineq/io/boundaries.hpp>

#include <ineq/region/province.hpp>
#include <ineq/spatial/polygons.hpp>
#include <ineq/spatial/provinces.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#ifndef INEQ_GEO_DIR
#error "INEQ_GEO_DIR (examples/data/geo) must be defined by the build"
#endif

namespace sp = ineq::spatial;
using doctest::Approx;

namespace {

const std::string geo_dir = INEQ_GEO_DIR;

// The files' vertices lie on a grid of 1/1024°, so shared boundary vertices coincide
// exactly; 0.002° (two grid steps, about 200 m) also absorbs a vertex rounded the other
// way, and stays far below the closest pair of provinces that do not touch: Guangdong and
// Hainan, 0.139° apart across the Qiongzhou Strait (the next is Jiangsu–Henan, 0.186°;
// polygons_reference.py: "closest provinces without a shared vertex").
constexpr double tolerance = 0.002;

std::vector<std::pair<std::size_t, std::size_t>> pairs_of(const sp::weights& w) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (std::size_t i = 0; i < w.size(); ++i) {
        for (const int j : w.neighbours(i)) {
            if (static_cast<std::size_t>(j) > i) {
                out.emplace_back(i, static_cast<std::size_t>(j));
            }
        }
    }
    return out;
}

// The 31 mainland provinces of china.json, in ineq::provinces() order.
std::vector<sp::multipolygon> province_shapes() {
    std::vector<sp::multipolygon> shapes(ineq::province::count);
    std::vector<bool> seen(ineq::province::count, false);
    for (auto& f : ineq::io::read_boundaries(geo_dir + "/china.json")) {
        const auto p = ineq::province_from_code(f.code);
        if (!p) {
            continue;  // Taiwan, Hong Kong, Macao
        }
        REQUIRE_FALSE(seen[p->index()]);
        seen[p->index()] = true;
        shapes[p->index()] = std::move(f.shape);
    }
    REQUIRE(std::count(seen.begin(), seen.end(), true) == 31);
    return shapes;
}

struct prefecture_set {
    std::vector<sp::multipolygon> shapes;
    std::vector<std::string> names;
    std::vector<std::string> files;
};

// Every prefecture-level unit but Taiwan's, Hong Kong's and Macao's, files in name order.
prefecture_set prefecture_shapes() {
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(geo_dir + "/province")) {
        const auto name = e.path().filename().string();
        if (name != "taiwan.json" && name != "xianggang.json" && name != "aomen.json") {
            files.push_back(name);
        }
    }
    std::sort(files.begin(), files.end());
    prefecture_set out;
    for (const auto& file : files) {
        // Every feature as the file has it (xizang.json, plain GeoJSON, keeps its empty
        // Shannan feature apart from the uncoded one holding the shape).
        for (auto& f : ineq::io::read_boundaries(geo_dir + "/province/" + file, {.join_unnamed = false})) {
            out.shapes.push_back(std::move(f.shape));
            out.names.push_back(f.name);
            out.files.push_back(file);
        }
    }
    return out;
}

}  // namespace

TEST_CASE("the province polygons reproduce the 68 land borders") {
    const auto shapes = province_shapes();
    std::vector<std::pair<std::size_t, std::size_t>> expected;
    for (const auto& b : sp::province_borders) {
        const auto i = ineq::province_from_code(b.a)->index();
        const auto j = ineq::province_from_code(b.b)->index();
        expected.emplace_back(std::min(i, j), std::max(i, j));
    }
    std::sort(expected.begin(), expected.end());
    const auto hainan = ineq::province_from_code(46)->index();

    for (const auto rule : {sp::contiguity_rule::queen, sp::contiguity_rule::rook}) {
        for (const double tol : {0.0, tolerance, 0.139}) {
            CAPTURE(static_cast<int>(rule));
            CAPTURE(tol);
            const auto w = sp::polygon_contiguity(shapes, rule, tol, sp::weights_style::binary,
                                                  sp::island_policy::keep());
            CHECK(pairs_of(w) == expected);
            CHECK(w.islands() == std::vector<std::size_t>{hainan});
        }
    }
    // Past the 0.139° strait Hainan joins Guangdong: the tolerance means what it says.
    const auto wide = sp::polygon_contiguity(shapes, sp::contiguity_rule::queen, 0.14, sp::weights_style::binary,
                                             sp::island_policy::keep());
    CHECK(wide.link_count() == 2 * 69);
    const auto guangdong = ineq::province_from_code(44)->index();
    CHECK(std::vector<int>(wide.neighbours(hainan).begin(), wide.neighbours(hainan).end()) ==
          std::vector<int>{static_cast<int>(guangdong)});

    // Without a policy for Hainan the build refuses, naming it.
    CHECK_THROWS_WITH_AS((void)sp::polygon_contiguity(shapes, sp::contiguity_rule::queen, tolerance),
                         "ineq::polygon_contiguity: 1 unit(s) without neighbours (islands: 20); choose "
                         "island_policy::keep() or nearest()",
                         ineq::domain_error);
    // ... and the same weights as the shipped table when Hainan is kept.
    const auto table = sp::province_contiguity(sp::weights_style::row_standardised, sp::island_policy::keep());
    const auto computed = sp::polygon_contiguity(shapes, sp::contiguity_rule::queen, tolerance,
                                                 sp::weights_style::row_standardised, sp::island_policy::keep());
    CHECK(table.matrix().isApprox(computed.matrix(), 0.0));
}

TEST_CASE("province areas and centroids agree with R's s2") {
    const auto shapes = province_shapes();
    // Rscript examples/spatial/polygons_reference.R (area_km2; centroid for one-ring provinces):
    struct row {
        long code;
        double area_km2;
        double lon = 0.0, lat = 0.0;  // 0: not compared (several rings)
    };
    const std::vector<row> rows{
        {14, 156734.587928, 112.2789347148, 37.5471980005},  {15, 1143688.808658, 113.2020290043, 44.0868751095},
        {21, 147761.881464},                                  {22, 190703.298036, 126.2413651479, 43.6676634320},
        {23, 451693.733683, 127.9245299442, 47.7901405345},   {32, 103541.345818, 119.5027857424, 32.9574254664},
        {33, 106776.303972},                                  {34, 140278.335578},
        {35, 124730.056522},                                  {36, 167268.205188, 115.7167742565, 27.5995028335},
        {37, 157401.072854},                                  {41, 165698.854151, 113.6214457818, 33.8760934445},
        {42, 186237.493358},                                  {43, 212271.905274},
        {44, 181775.686448},                                  {45, 237993.164770},
        {46, 37275.650075, 109.7536410603, 19.1857001453},    {51, 486902.535514},
        {52, 176576.473329},                                  {53, 384082.092042, 101.4943299351, 24.9619654589},
        {54, 1203764.352723, 88.5542434507, 31.5434654777},   {61, 205778.400065, 108.8502722463, 35.1506995577},
        {62, 425534.899725},                                  {63, 696833.346959},
        {64, 51892.660213},                                   {65, 1628533.741390, 84.9919636318, 41.0603901652},
        {11, 16391.870202, 116.4174058503, 40.1856207960},    {12, 12213.032598, 117.3520361406, 39.2844108830},
        {31, 7749.642836},                                    {50, 82412.352468},
    };
    // Hebei (13) is left out: s2 takes the outside of one of its small self-crossing rings
    // (510,254,056 km²); ineq counts that ring's two lobes with opposite signs.
    for (const auto& r : rows) {
        CAPTURE(r.code);
        const auto& shape = shapes[ineq::province_from_code(r.code)->index()];
        CHECK(sp::area_km2(shape) == Approx(r.area_km2).epsilon(1e-9));
        if (r.lon != 0.0) {
            const auto c = sp::area_centroid(shape);
            CHECK(c.lon == Approx(r.lon).epsilon(1e-10));
            CHECK(c.lat == Approx(r.lat).epsilon(1e-10));
        }
    }
    double total = 0.0;
    for (const auto& s : shapes) {
        total += sp::area_km2(s);
    }
    // The 31 provinces cover about 9.4 million km² of the 9.6 million usually quoted for
    // China (the shapes are simplified; Taiwan, Hong Kong and Macao are not among them).
    CHECK(total > 9.2e6);
    CHECK(total < 9.7e6);
    MESSAGE("area of the 31 mainland provinces: " << total << " km2");
    // A centroid lies inside a compact province: Henan's within its bounding box.
    const auto& henan = shapes[ineq::province_from_code(41)->index()];
    const auto box = sp::bounding_box(henan);
    const auto c = sp::area_centroid(henan);
    CHECK(c.lon > box.min_lon);
    CHECK(c.lon < box.max_lon);
    CHECK(c.lat > box.min_lat);
    CHECK(c.lat < box.max_lat);
}

TEST_CASE("prefecture-level contiguity") {
    const auto pre = prefecture_shapes();
    REQUIRE(pre.shapes.size() == 450);
    std::size_t vertices = 0;
    for (const auto& s : pre.shapes) {
        for (const auto& p : s) {
            vertices += p.outer.size();
            for (const auto& h : p.holes) {
                vertices += h.size();
            }
        }
    }
    const auto start = std::chrono::steady_clock::now();
    const auto queen = sp::polygon_contiguity(pre.shapes, sp::contiguity_rule::queen, tolerance,
                                              sp::weights_style::binary, sp::island_policy::keep());
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // python3 examples/spatial/polygons_reference.py:
    //   tol 0.0   units 450 queen pairs 1205 islands [(139, 三沙市, hainan.json),
    //             (333, 崇明区, shanghai.json), (418, 山南市, xizang.json)] min neighbours in Guangdong 2
    //   tol 0.002 units 450 queen pairs 1206 islands (the same) min neighbours in Guangdong 2
    //   rook pairs (tol 0) 1194
    // and R spdep (Rscript examples/spatial/polygons_reference.R, poly2nb on the same shapes
    // less the empty feature): "prefectures 449 queen pairs 1205 islands 139 333 queen pairs
    // (snap 0.002) 1206 rook pairs 1199". spdep's rook needs two shared points, consecutive
    // or not; five pairs of prefectures touch at two separate points without a common edge.
    CHECK(queen.link_count() == 2 * 1206);
    CHECK(sp::polygon_contiguity(pre.shapes, sp::contiguity_rule::queen, 0.0, sp::weights_style::binary,
                                 sp::island_policy::keep())
              .link_count() == 2 * 1205);
    CHECK(sp::polygon_contiguity(pre.shapes, sp::contiguity_rule::rook, 0.0, sp::weights_style::binary,
                                 sp::island_policy::keep())
              .link_count() == 2 * 1194);
    // The islands: Sansha (the South China Sea islands), Chongming (drawn apart from
    // Jiangsu here), and an empty duplicate feature of Shannan in xizang.json.
    const auto islands = queen.islands();
    REQUIRE(islands == std::vector<std::size_t>{139, 333, 418});
    CHECK(pre.names[139] == "三沙市");
    CHECK(pre.names[333] == "崇明区");
    CHECK(pre.names[418] == "山南市");
    CHECK(pre.shapes[418].empty());

    std::size_t guangdong_units = 0;
    std::size_t guangdong_min = 1000;
    std::size_t cross_province = 0;
    for (std::size_t i = 0; i < pre.shapes.size(); ++i) {
        if (pre.files[i] == "guangdong.json") {
            ++guangdong_units;
            guangdong_min = std::min(guangdong_min, queen.cardinality(i));
        }
        for (const int j : queen.neighbours(i)) {
            cross_province += pre.files[static_cast<std::size_t>(j)] != pre.files[i] ? 1 : 0;
        }
    }
    CHECK(guangdong_units == 21);
    CHECK(guangdong_min == 2);
    CHECK(cross_province > 0);
    MESSAGE("prefectures: " << pre.shapes.size() << " units, " << vertices << " vertices, "
                            << queen.link_count() / 2 << " queen pairs (" << cross_province / 2
                            << " across provincial borders), " << islands.size() << " islands; queen built in "
                            << seconds << " s");
}
