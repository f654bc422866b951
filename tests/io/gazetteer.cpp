// Tests of ineq/io/gazetteer.hpp and of the gazetteer's place in applicant_from_fields's
// precedence.

#include <ineq/io/export_format.hpp>
#include <ineq/io/gazetteer.hpp>

#include <doctest/doctest.h>

#include <cstdio>
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

std::string write_temp(const std::string& text) {
    static int n = 0;
    const auto path = std::filesystem::temp_directory_path() /
                      ("ineq_gazetteer_test_" + std::to_string(::getpid()) + "_" + std::to_string(n++) + ".csv");
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
}

std::string error_of(const std::string& text) {
    const std::string path = write_temp(text);
    try {
        (void)ineq::io::read_gazetteer(path);
    } catch (const ineq::io::io_error& e) {
        std::string m = e.what();
        std::filesystem::remove(path);
        // without the function and the temporary file's name
        const std::string prefix = "ineq::io::read_gazetteer: " + path + ":";
        return m.starts_with(prefix) ? m.substr(prefix.size()) : "unexpected message: " + m;
    }
    std::filesystem::remove(path);
    return "no error";
}

}  // namespace

TEST_CASE("read_gazetteer: columns in any order, names, codes and country codes") {
    const std::string path = write_temp(
        "\xEF\xBB\xBF" "country,Name,kind,prefecture,province\n"
        ",阿里巴巴(中国)有限公司,企业,杭州市,\n"
        ",\"Example, Inc.\",enterprise,,Zhejiang\n"
        "TW,友达光电股份有限公司,enterprise,,\n"
        "US,Google LLC,,,\n"
        ",某某大学,university,4403,44\n");
    const ineq::gazetteer g = ineq::io::read_gazetteer(path);
    std::filesystem::remove(path);
    CHECK(g.size() == 5);
    const auto* ali = g.find("阿里巴巴（中国）有限公司");
    REQUIRE(ali != nullptr);
    CHECK(ali->kind == ineq::applicant_kind::enterprise);
    CHECK(ali->where.mainland->code() == 33);  // from the prefecture
    CHECK(ali->where.prefecture->code == 3301);
    CHECK(g.find("example, inc.")->where.mainland->code() == 33);
    CHECK(g.find("友达光电股份有限公司")->where.outside == ineq::outside_mainland::taiwan);
    CHECK(g.find("Google LLC")->where.outside == ineq::outside_mainland::abroad);
    CHECK(g.find("Google LLC")->kind == ineq::applicant_kind::unknown);
    CHECK(g.find("某某大学")->where.prefecture->code == 4403);
}

TEST_CASE("read_gazetteer: a bad row stops the run with its line") {
    CHECK(error_of("kind,province\nenterprise,33\n") == "1: the header has no \"name\" column");
    CHECK(error_of("name,kind\n甲公司,company-ish\n") == "2: unknown kind \"company-ish\"");
    CHECK(error_of("name,province\n甲公司,Atlantis\n") == "2: unknown province \"Atlantis\"");
    CHECK(error_of("name,prefecture\n甲公司,9999\n") == "2: unknown prefecture \"9999\"");
    CHECK(error_of("name,province,prefecture\n甲公司,44,3301\n") ==
          "2: ineq::gazetteer::add: the prefecture must belong to the entry's province (index 0, value 3301)");
    CHECK(error_of("name,province\n甲公司,44\n甲公司,33\n") ==
          "3: ineq::gazetteer::add: the name is already in the gazetteer with other facts (index 1, value 1)");
    CHECK(error_of("name,province,country\n甲公司,44,JP\n") ==
          "2: ineq::gazetteer::add: a place is either a mainland province or outside the mainland (index 0, value 44)");
    CHECK(error_of("") == " the gazetteer is empty");
}

TEST_CASE("make_applicant: the gazetteer outranks the export's columns and the rules") {
    ineq::gazetteer g;
    g.add("阿里巴巴(中国)有限公司", ineq::applicant_kind::enterprise,
          ineq::place{.mainland = ineq::find_province("浙江"), .prefecture = ineq::prefecture_from_code(3301)});
    // Without it the name places nothing (阿里 is a brand here, not Ngari in Tibet).
    const auto plain = ineq::io::applicant_from_fields("阿里巴巴(中国)有限公司", "", "", "", "");
    CHECK_FALSE(plain.province_of.has_value());
    const auto a = ineq::io::applicant_from_fields("阿里巴巴（中国）有限公司", "", "", "", "11", &g);
    CHECK(a.province_of->code() == 33);
    CHECK(a.prefecture_of->code == 3301);
    CHECK(a.country == "CN");
    // Names the gazetteer does not know follow the export's columns, then the rules.
    const auto b = ineq::io::applicant_from_fields("哈尔滨工业大学(深圳)", "", "", "", "", &g);
    CHECK(b.province_of->code() == 44);
    CHECK(b.prefecture_of->code == 4403);
    CHECK(b.kind == ineq::applicant_kind::university);
    const auto c = ineq::io::applicant_from_fields("哈尔滨工业大学(深圳)", "", "", "", "230103", &g);
    CHECK(c.province_of->code() == 23);
    CHECK(c.prefecture_of->code == 2301);
}
