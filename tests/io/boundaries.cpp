// Tests of ineq/io/boundaries.hpp: every file shipped in examples/data/geo read by the one
// reader (ECharts compressed files and the plain GeoJSON province/xizang.json), against the
// counts and coordinate sums of an independent decoder in Python:
//   python3 tests/io/boundaries_reference.py
// and the join of xizang.json's uncoded Shannan shape to its coded, empty feature.
#include <ineq/io/boundaries.hpp>

#include <doctest/doctest.h>

#include <unistd.h>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace {

struct reference {
    std::string_view file;
    std::size_t features, polygons, vertices;
    double sum_x, sum_y;
};

// Output of tests/io/boundaries_reference.py.
constexpr reference references[] = {
    {"china.json", 34, 177, 16173, 1782150.2324218750, 554862.2333984375},
    {"province/anhui.json", 16, 24, 13671, 1603804.1650390625, 436467.5605468750},
    {"province/aomen.json", 8, 9, 138, 15671.4755859375, 3059.6796875000},
    {"province/beijing.json", 16, 18, 9116, 1061596.1425781250, 365898.5927734375},
    {"province/chongqing.json", 38, 57, 20246, 2175506.1943359375, 605695.5126953125},
    {"province/fujian.json", 9, 398, 16252, 1926846.6757812500, 420889.0078125000},
    {"province/gansu.json", 14, 22, 21843, 2262616.0185546875, 787824.5908203125},
    {"province/guangdong.json", 21, 260, 31128, 3528312.0087890625, 716191.9687500000},
    {"province/guangxi.json", 14, 23, 21824, 2379264.6269531250, 515256.1357421875},
    {"province/guizhou.json", 9, 20, 14896, 1592472.2089843750, 399893.8583984375},
    {"province/hainan.json", 19, 251, 9938, 1105352.2763671875, 162911.4072265625},
    {"province/hebei.json", 11, 29, 18315, 2129641.5361328125, 718031.1523437500},
    {"province/heilongjiang.json", 13, 14, 37564, 4833611.7207031250, 1768361.9199218750},
    {"province/henan.json", 18, 29, 15943, 1814309.3417968750, 543539.5419921875},
    {"province/hubei.json", 17, 62, 16939, 1906007.4755859375, 522859.3603515625},
    {"province/hunan.json", 14, 17, 21214, 2370880.5673828125, 585662.4277343750},
    {"province/jiangsu.json", 13, 19, 10053, 1199576.4824218750, 329801.2148437500},
    {"province/jiangxi.json", 11, 13, 14872, 1721661.5087890625, 412958.7451171875},
    {"province/jilin.json", 9, 16, 19555, 2469021.5878906250, 850499.3876953125},
    {"province/liaoning.json", 14, 145, 21934, 2690381.6875000000, 903501.5126953125},
    {"province/neimenggu.json", 12, 13, 26691, 3126017.0585937500, 1188642.7988281250},
    {"province/ningxia.json", 5, 9, 5506, 584631.6962890625, 203415.4179687500},
    {"province/qinghai.json", 8, 12, 20794, 2025880.6162109375, 735102.5546875000},
    {"province/shandong.json", 17, 141, 21988, 2605432.6484375000, 802325.9228515625},
    {"province/shanghai.json", 16, 23, 4456, 540615.9765625000, 138697.1806640625},
    {"province/shanxi.json", 11, 11, 10114, 1136719.4023437500, 380492.1884765625},
    {"province/shanxi1.json", 10, 14, 14406, 1565551.7812500000, 505625.0888671875},
    {"province/sichuan.json", 21, 109, 38732, 4028508.7939453125, 1179327.4072265625},
    {"province/taiwan.json", 23, 68, 2286, 276185.8427734375, 54796.8574218750},
    {"province/tianjin.json", 16, 16, 4734, 555335.5488281250, 186489.5927734375},
    {"province/xianggang.json", 18, 163, 2633, 300689.3154296875, 58865.4111328125},
    {"province/xinjiang.json", 23, 55, 40497, 3395542.2832031250, 1712327.3691406250},
    {"province/xizang.json", 8, 9, 24448, 2202266.2021484375, 755987.6425781250},
    {"province/yunnan.json", 16, 20, 29407, 2985075.1699218750, 738691.4580078125},
    {"province/zhejiang.json", 11, 530, 18544, 2240750.6982421875, 543516.7607421875},
};

const std::string geo_dir = INEQ_GEO_DIR;

}  // namespace

TEST_CASE("read_boundaries reads every shipped file as the reference decoder does") {
    std::size_t files = 0;
    for (const auto& e : std::filesystem::directory_iterator(geo_dir + "/province")) {
        files += e.path().extension() == ".json" ? 1 : 0;
    }
    CHECK(files + 1 == std::size(references));  // the table covers every file shipped
    for (const auto& ref : references) {
        CAPTURE(ref.file);
        const auto features = ineq::io::read_boundaries(geo_dir + "/" + std::string(ref.file), {.join_unnamed = false});
        CHECK(features.size() == ref.features);
        std::size_t polygons = 0;
        std::size_t vertices = 0;
        double sx = 0.0;
        double sy = 0.0;
        for (const auto& f : features) {
            polygons += f.shape.size();
            for (const auto& p : f.shape) {
                for (const auto* r : {&p.outer}) {
                    for (const auto& pt : *r) {
                        sx += pt.lon;
                        sy += pt.lat;
                    }
                    vertices += r->size();
                }
                for (const auto& h : p.holes) {
                    for (const auto& pt : h) {
                        sx += pt.lon;
                        sy += pt.lat;
                    }
                    vertices += h.size();
                }
            }
        }
        CHECK(polygons == ref.polygons);
        CHECK(vertices == ref.vertices);
        // Coordinates are multiples of 1/1024 (or the file's decimals): sums agree to rounding.
        CHECK(sx == doctest::Approx(ref.sum_x).epsilon(1e-12));
        CHECK(sy == doctest::Approx(ref.sum_y).epsilon(1e-12));
    }
}

TEST_CASE("read_boundaries: codes, names, and the unnamed Shannan shape joined by name") {
    const auto china = ineq::io::read_boundaries(geo_dir + "/china.json");
    REQUIRE_FALSE(china.empty());
    CHECK(china.front().code != 0);
    const auto xizang = ineq::io::read_boundaries(geo_dir + "/province/xizang.json");
    const auto raw = ineq::io::read_boundaries(geo_dir + "/province/xizang.json", {.join_unnamed = false});
    CHECK(raw.size() == 8);
    CHECK(xizang.size() == 7);
    std::size_t shannan = 0;
    for (const auto& f : xizang) {
        CHECK(f.code != 0);
        if (f.code == 540500) {
            ++shannan;
            CHECK(f.name == "山南市");
            CHECK_FALSE(f.shape.empty());  // the shape of the uncoded feature
        }
    }
    CHECK(shannan == 1);
}

TEST_CASE("read_boundaries: what it refuses") {
    const auto path = std::filesystem::temp_directory_path() /
                      ("ineq_io_boundaries_" + std::to_string(::getpid()) + ".json");
    const auto message = [&](const std::string& text) {
        std::ofstream(path, std::ios::binary) << text;
        try {
            (void)ineq::io::read_boundaries(path);
        } catch (const ineq::io::io_error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    const std::string prefix = "ineq::io::read_boundaries: " + path.string() + ": ";
    CHECK(message(R"({"features":[{"properties":{},"geometry":{"type":"Point","coordinates":[1,2]}}]})") ==
          prefix + "unsupported geometry type Point");
    CHECK(message(R"({"UTF8Encoding":true,"features":[{"properties":{},"geometry":{"type":"Polygon",)"
                  R"("coordinates":["abc"],"encodeOffsets":[[1,2]]}}]})") ==
          prefix + "a ring has an odd number of characters or bad offsets");
    CHECK(message("{not json").starts_with(prefix + "[json.exception.parse_error"));
    CHECK(message(R"({"type":"FeatureCollection"})").starts_with(prefix + "[json.exception.out_of_range"));
    std::filesystem::remove(path);
    CHECK_THROWS_AS((void)ineq::io::read_boundaries(path), ineq::io::io_error);
}
