#include <ineq/region/province.hpp>

#include "csv.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

using ineq::find_province;
using ineq::macro_region;
using ineq::province;
using ineq::province_from_code;
using namespace std::string_view_literals;

namespace {

int code_of(const std::optional<province>& p) { return p ? p->code() : -1; }

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}
std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

static_assert(std::is_trivially_copyable_v<province>);
static_assert(sizeof(province) == 1);
static_assert(province::count == 31);
static_assert(ineq::provinces().size() == 31);
static_assert(province::from_index(0).code() == 11);
static_assert(province::from_index(30).code() == 65);

TEST_CASE("the table matches tests/data/provinces.csv row by row") {
    // provinces.csv: GB/T 2260 codes and names, ISO 3166-2:CN, NBS regions (see tests/data/README.md)
    const auto rows = ineq_test::read_csv("provinces.csv");
    REQUIRE(rows.size() == 31);
    const auto table = ineq::provinces();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        REQUIRE(r.size() == 10);
        CAPTURE(r[1]);
        const auto& p = table[i];
        CHECK(int{p.code} == std::stoi(r[0]));
        CHECK(p.chinese == r[1]);
        CHECK(p.chinese_short == r[2]);
        CHECK(p.pinyin == r[3]);
        CHECK(p.english == r[4]);
        CHECK(ineq::to_string(p.region) == r[5]);
        CHECK(p.iso3166_2 == r[7]);
        const province q = province::from_index(i);
        CHECK(q.index() == i);
        CHECK(&q.info() == &p);
        CHECK(q.code() == p.code);
        CHECK(q.english() == p.english);
        CHECK(q.chinese() == p.chinese);
        CHECK(q.region() == p.region);
    }
}

TEST_CASE("macro-regions: 10 East, 6 Central, 12 West, 3 Northeast (NBS)") {
    int n[4] = {0, 0, 0, 0};
    for (const auto& p : ineq::provinces()) ++n[static_cast<int>(p.region)];
    CHECK(n[0] == 10);
    CHECK(n[1] == 6);
    CHECK(n[2] == 12);
    CHECK(n[3] == 3);
    CHECK(ineq::to_string(macro_region::east) == "East");
    CHECK(ineq::to_string(macro_region::central) == "Central");
    CHECK(ineq::to_string(macro_region::west) == "West");
    CHECK(ineq::to_string(macro_region::northeast) == "Northeast");
    CHECK(ineq::to_string(static_cast<macro_region>(9)).empty());
}

TEST_CASE("province ordering, equality and from_index errors") {
    CHECK(province::from_index(0) < province::from_index(1));
    CHECK(province::from_index(5) == province::from_index(5));
    CHECK(province::from_index(5) != province::from_index(6));
    CHECK_THROWS_AS((void)province::from_index(31), ineq::domain_error);
    CHECK_THROWS_WITH((void)province::from_index(99), doctest::Contains("ineq::province::from_index"));
}

TEST_CASE("province_from_code: 2, 4 and 6 digits, integer and text") {
    const auto rows = ineq_test::read_csv("provinces.csv");
    for (const auto& r : rows) {
        const int c = std::stoi(r[0]);
        CAPTURE(c);
        CHECK(code_of(province_from_code(c)) == c);
        CHECK(code_of(province_from_code(c * 100 + 1)) == c);
        CHECK(code_of(province_from_code(c * 10000 + 108)) == c);
        CHECK(code_of(province_from_code(c * 10000)) == c);
        CHECK(code_of(province_from_code(std::string_view{r[0]})) == c);
        CHECK(code_of(province_from_code(std::string_view{r[0] + "01"})) == c);
        CHECK(code_of(province_from_code(std::string_view{r[0] + "0108"})) == c);
    }
    CHECK(code_of(province_from_code(110108)) == 11);
    CHECK(code_of(province_from_code(1101)) == 11);
    CHECK(code_of(province_from_code(" 110108 "sv)) == 11);
    // not mainland provinces: Taiwan 71, Hong Kong 81, Macao 82 (GB/T 2260), unassigned 20, 47, 99
    for (long c : {71L, 81L, 82L, 7100L, 810000L, 820000L, 20L, 47L, 99L, 10L, 66L, 3800L, 990000L}) {
        CAPTURE(c);
        CHECK_FALSE(province_from_code(c).has_value());
    }
    // other lengths and signs
    for (long c : {0L, 1L, 9L, 110L, 11010L, 1101080L, 110108000000L, -11L, -110108L}) {
        CAPTURE(c);
        CHECK_FALSE(province_from_code(c).has_value());
    }
    for (std::string_view s : {""sv, " "sv, "1"sv, "110"sv, "+11"sv, "-11"sv, "11a"sv, "1 1"sv, "８１"sv,
                               "11\0"sv, "\xFF\xFF"sv, "71"sv, "81"sv, "820000"sv, "0011"sv}) {
        CAPTURE(s);
        CHECK_FALSE(province_from_code(s).has_value());
    }
}

TEST_CASE("find_province: every name form in the table") {
    const auto rows = ineq_test::read_csv("provinces.csv");
    for (const auto& r : rows) {
        const int c = std::stoi(r[0]);
        CAPTURE(r[4]);
        // Chinese full and short, pinyin, English, ISO subdivision name (with and
        // without its Shi/Sheng/Zizhiqu ending), ISO code, division code, case variants
        for (const std::string& name : {r[1], r[2], r[3], r[4], r[8], r[7], r[0], lower(r[3]), upper(r[3]),
                                        lower(r[4]), upper(r[4]), lower(r[7]), " " + r[3] + "\t",
                                        r[3] + " Province", r[3] + " Sheng", r[3] + " Shi"}) {
            CAPTURE(name);
            CHECK(code_of(find_province(name)) == c);
        }
        const std::string iso_name_core = r[8].substr(0, r[8].rfind(' '));  // "Nei Mongol Zizhiqu" -> "Nei Mongol"
        CHECK(code_of(find_province(iso_name_core)) == c);
    }
}

TEST_CASE("find_province: hand-written aliases and the study's translations") {
    const std::vector<std::pair<std::string_view, int>> aliases{
        // pinyin with tones, spaces, case
        {"Běijīng", 11}, {"Bei Jing", 11}, {"BEIJING", 11}, {"Nèi Měnggǔ", 15}, {"Nei Mongol", 15},
        {"neimenggu", 15}, {"Nei Menggu", 15}, {"Hēilóngjiāng", 23}, {"Hei Long Jiang", 23},
        {"Xīnjiāng", 65}, {"Xizang", 54}, {"Guǎngdōng", 44}, {"Sìchuān", 51},
        // NFD: a + combining caron / macron
        {"Sha\u030Cnxi\u0304", 61}, {"Sha\u0304nxi\u0304", 14},
        // Shaanxi (陕西, 61) vs Shanxi (山西, 14)
        {"Shaanxi", 61}, {"Shanxi", 14}, {"Shǎnxī", 61}, {"Shānxī", 14}, {"SHAANXI", 61}, {"shanxi", 14},
        {"Shaanxi Province", 61}, {"Shanxi Province", 14}, {"Shensi", 61}, {"Shansi", 14},
        {"陕西", 61}, {"山西", 14}, {"陕西省", 61}, {"山西省", 14},
        // English, case-insensitive, with endings
        {"inner mongolia", 15}, {"Inner Mongolia Autonomous Region", 15}, {"Tibet", 54},
        {"Tibet Autonomous Region", 54}, {"GUANGXI ZHUANG AUTONOMOUS REGION", 45}, {"Guangxi Zhuangzu Zizhiqu", 45},
        {"Xinjiang Uygur Autonomous Region", 65}, {"Xinjiang Uyghur Autonomous Region", 65},
        {"Ningxia Hui Autonomous Region", 64}, {"Beijing Shi", 11}, {"Hebei Sheng", 13},
        {"Guangdong Province", 44}, {"Beijing Municipality", 11}, {"Chongqing Municipality", 50},
        {"Shanghai City", 31}, {"Henan (Province)", 41}, {"Hunan province", 43},
        // the study's own translations and older romanisations
        {"Pekin", 11}, {"Peking", 11}, {"Canton", 44}, {"Chungking", 50}, {"Szechuan", 51},
        {"Szechwan", 51}, {"Ji Lin", 22}, {"Kwangtung", 44}, {"Fukien", 35},
        {"Tientsin", 12}, {"Sinkiang", 65}, {"Kirin", 22}, {"Honan", 41}, {"Hupeh", 42},
        // Chinese full, short, traditional, partial endings
        {"北京市", 11}, {"北京", 11}, {"内蒙古自治区", 15}, {"内蒙古", 15}, {"內蒙古", 15}, {"广西壮族自治区", 45},
        {"广西", 45}, {"廣西壯族自治區", 45}, {"广西壮族", 45}, {"廣東省", 44}, {"黑龍江", 23}, {"新疆维吾尔自治区", 65},
        {"宁夏回族自治区", 64}, {"西藏自治区", 54}, {"\u3000重庆市 ", 50}, {"重慶", 50},
        // codes
        {"CN-GD", 44}, {"cn-xj", 65}, {"44", 44}, {"4403", 44}, {"440305", 44},
    };
    for (const auto& entry : aliases) {
        const auto& name = entry.first;
        const auto& code = entry.second;
        CAPTURE(name);
        CHECK(code_of(find_province(name)) == code);
    }
}

TEST_CASE("find_province: unknown, outside the mainland, garbage and invalid UTF-8 give empty") {
    for (std::string_view s :
         {""sv, " "sv, "   "sv, "\t\n"sv, "\u3000"sv, "Mongolia"sv, "蒙古"sv, "foo"sv, "China"sv, "中国"sv,
          "Hong Kong"sv, "香港"sv, "Macao"sv, "澳门"sv, "Taiwan"sv, "台湾"sv, "臺灣"sv, "Shan"sv, "Beijin"sv,
          "Beijingg"sv, "北"sv, "北京市海淀区"sv, "Beijing, China"sv, "京"sv, "沪"sv, "粤"sv, "Province"sv, "Shi"sv,
          "Sheng"sv, "Municipality"sv, "Region"sv, "71"sv, "81"sv, "82"sv, "CN-TW"sv, "CN-HK"sv, "CN-71"sv,
          "Amurland"sv, "Beijing\0"sv, "Bei\0jing"sv, "\xE5\x8C"sv, "\x80"sv, "\xC0\xAF"sv, "北\xE4\xBA"sv,
          "\xED\xA0\x80"sv, "Hainanese"sv, "Jilin City Road"sv}) {
        CAPTURE(s);
        CHECK_FALSE(find_province(s).has_value());
    }
}

TEST_CASE("find_province never crashes on random bytes") {
    std::mt19937 gen(7);
    std::uniform_int_distribution<int> len_dist(0, 24);
    std::uniform_int_distribution<int> byte_dist(0, 255);
    int found = 0;
    for (int t = 0; t < 5000; ++t) {
        std::string s;
        const int n = len_dist(gen);
        for (int k = 0; k < n; ++k) s.push_back(static_cast<char>(byte_dist(gen)));
        found += find_province(s).has_value() ? 1 : 0;
        (void)province_from_code(std::string_view{s});
        (void)ineq::province_from_abbreviation(s);
    }
    CHECK(found == 0);
}

TEST_CASE("province_from_abbreviation") {
    // 简称 from the GB/T 2260 order; the alternatives 蜀 黔 滇 秦 陇
    const std::vector<std::pair<std::string_view, int>> abbr{
        {"京", 11}, {"津", 12}, {"冀", 13}, {"晋", 14}, {"蒙", 15}, {"辽", 21}, {"吉", 22}, {"黑", 23},
        {"沪", 31}, {"苏", 32}, {"浙", 33}, {"皖", 34}, {"闽", 35}, {"赣", 36}, {"鲁", 37}, {"豫", 41},
        {"鄂", 42}, {"湘", 43}, {"粤", 44}, {"桂", 45}, {"琼", 46}, {"渝", 50}, {"川", 51}, {"贵", 52},
        {"云", 53}, {"藏", 54}, {"陕", 61}, {"甘", 62}, {"青", 63}, {"宁", 64}, {"新", 65},
        {"蜀", 51}, {"黔", 52}, {"滇", 53}, {"秦", 61}, {"陇", 62}, {" 粤 ", 44}};
    std::set<int> seen;
    for (const auto& entry : abbr) {
        const auto& a = entry.first;
        const auto& code = entry.second;
        CAPTURE(a);
        CHECK(code_of(ineq::province_from_abbreviation(a)) == code);
        seen.insert(code);
    }
    CHECK(seen.size() == 31);
    for (std::string_view s : {""sv, "港"sv, "澳"sv, "台"sv, "京津"sv, "北京"sv, "j"sv, "\xE4\xBA"sv}) {
        CAPTURE(s);
        CHECK_FALSE(ineq::province_from_abbreviation(s).has_value());
    }
}

TEST_CASE("alias keys are unique and folded") {
    const auto& idx = ineq::detail::latin_alias_index;
    for (std::size_t i = 0; i < idx.size(); ++i) {
        CAPTURE(idx[i].key);
        if (i > 0) CHECK(idx[i - 1].key < idx[i].key);
        CHECK(std::all_of(idx[i].key.begin(), idx[i].key.end(),
                          [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }));
        CHECK(province_from_code(idx[i].code).has_value());
    }
}

TEST_CASE("find_province: every name form, driven by the constexpr table itself") {
    for (std::size_t i = 0; i < province::count; ++i) {
        const ineq::province_info& p = ineq::provinces()[i];
        const province expected = province::from_index(i);
        CAPTURE(p.english);
        for (std::string_view name : {p.chinese, p.chinese_short, p.pinyin, p.english, p.iso3166_2}) {
            CAPTURE(name);
            REQUIRE(find_province(name).has_value());
            CHECK(*find_province(name) == expected);
            CHECK(find_province(upper(std::string(name))) == expected);
            CHECK(find_province(lower(std::string(name))) == expected);
            CHECK(find_province(std::string(name) + " ") == expected);
        }
        CHECK(province_from_code(long{p.code}) == expected);
    }
}

TEST_CASE("province_from_abbreviation and province_from_code: NUL bytes and blank text give empty") {
    // Lookups never throw: blank input, embedded NUL bytes and invalid UTF-8 give empty.
    for (std::string_view s : {" "sv, "\t\n"sv, "\u3000"sv, "粤\0"sv, "\0粤"sv, "\0"sv, "\xE7\xB2"sv, "\xFF"sv}) {
        CAPTURE(s.size());
        CHECK_FALSE(ineq::province_from_abbreviation(s).has_value());
    }
    for (std::string_view s : {"\0"sv, "4\0"sv, "44\0"sv, "\0" "4403"sv, "44\xFF"sv, "\t"sv}) {
        CAPTURE(s.size());
        CHECK_FALSE(province_from_code(s).has_value());
    }
    // White space around the digits is allowed (the documented contract).
    CHECK(code_of(province_from_code("\t44\n"sv)) == 44);
}

TEST_CASE("province::code() is an int and prints as a number") {
    static_assert(std::is_same_v<decltype(province::from_index(0).code()), int>);
    std::ostringstream out;
    out << province::from_index(18).code() << ' ' << find_province("Beijing")->code();
    CHECK(out.str() == "44 11");  // GB/T 2260: Guangdong 44, Beijing 11
}

TEST_CASE("find_province: a generic administrative word alone is never a province") {
    // Before, "Autonomous Region" resolved to Xinjiang (65) in the general lookup.
    for (std::string_view s :
         {"Province"sv, "province"sv, "PROVINCE"sv, "Municipality"sv, "Autonomous Region"sv, "autonomous region"sv,
          "AutonomousRegion"sv, "Autonomous-Region"sv, "Special Administrative Region"sv, "Region"sv, "City"sv,
          "Sheng"sv, "Shi"sv, "Zizhiqu"sv, "PRC"sv, "Autonomous Region Province"sv, "Province City"sv,
          "Municipality (City)"sv, "Region PRC"sv, "Autonomous Prefecture"sv, "Sheng Shi"sv,
          "\u00A0Autonomous Region\u00A0"sv, "省"sv, "市"sv, "自治区"sv, "自治區"sv, "直辖市"sv, "特别行政区"sv,
          "省市"sv, "自治州"sv, "地区"sv, "\u3000省\u3000"sv}) {
        CAPTURE(s);
        CHECK_FALSE(find_province(s).has_value());
    }
    // The same words as endings still work.
    CHECK(code_of(find_province("Xinjiang Uygur Autonomous Region")) == 65);
    CHECK(code_of(find_province("Hong Kong Special Administrative Region")) == -1);
    CHECK(code_of(find_province("Beijing Municipality")) == 11);
}

TEST_CASE("find_study_province: the labels of the study's Table 1") {
    using ineq::find_study_province;
    // Labels that name a province only inside that table.
    CHECK(code_of(find_study_province("Autonomous Region")) == 65);  // Xinjiang
    CHECK(code_of(find_study_province("autonomous  region")) == 65);
    CHECK(code_of(find_study_province("Amur")) == 23);               // Heilongjiang
    CHECK_FALSE(find_province("Amur").has_value());                  // a Russian oblast elsewhere
    // Everything find_province reads, as find_province reads it.
    CHECK(code_of(find_study_province("Canton")) == 44);
    CHECK(code_of(find_study_province("Pekin")) == 11);
    CHECK(code_of(find_study_province("新疆维吾尔自治区")) == 65);
    CHECK(code_of(find_study_province("44")) == 44);
    // Other generic words stay unknown; so do bad input and other places.
    for (std::string_view s : {"Province"sv, "Municipality"sv, "Special Administrative Region"sv, "自治区"sv, "省"sv,
                               ""sv, "Amurland"sv, "Amur Oblast"sv, "Autonomous Region\xFF"sv, "Amur\0"sv,
                               "Hong Kong"sv}) {
        CAPTURE(s);
        CHECK_FALSE(find_study_province(s).has_value());
    }
}

TEST_CASE("names and codes are trimmed of every white space of the library's one rule") {
    // U+00A0 no-break space, U+3000 ideographic space, U+2009 thin space (Unicode White_Space).
    CHECK(code_of(find_province("广东省\u00A0")) == 44);
    CHECK(code_of(find_province("\u00A0Guangdong\u2009")) == 44);
    CHECK(code_of(province_from_code("\u00A044\u3000"sv)) == 44);
    CHECK(code_of(province_from_code("\t4403\n"sv)) == 44);
    CHECK_FALSE(province_from_code("\xC2" "44"sv).has_value());  // a lone C2 byte is not white space
}
