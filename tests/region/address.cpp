#include <ineq/region/address.hpp>
#include <ineq/region.hpp>  // the umbrella header compiles and brings nothing conflicting

#include "csv.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <tuple>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using ineq::find_outside_mainland;
using ineq::outside_mainland;
using ineq::province_from_address;
using ineq::resolve_address;
using namespace std::string_view_literals;

namespace {
int code_of(const std::optional<ineq::province>& p) { return p ? p->code() : -1; }
std::string lower(std::string s) {
    for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return s;
}
bool is_placeholder_name(const std::string& n) {
    return n == "市辖区" || n == "县" || n == "省直辖县级行政区划" || n == "自治区直辖县级行政区划";
}
}  // namespace

TEST_CASE("every province in a Chinese and an English address") {
    const auto rows = ineq_test::read_csv("provinces.csv");
    for (const auto& r : rows) {
        const int c = std::stoi(r[0]);
        CAPTURE(r[4]);
        for (const std::string& a : {
                 r[1] + "某某区人民路1号",               // full name at the start
                 r[2] + "某某区人民路1号",               // short name at the start
                 "中国" + r[1] + "某某区",                // after the country
                 "100000 " + r[1],                        // after a postcode
                 "某某研究院，" + r[1] + "某某区",        // full name later in the text
                 "No. 1 Renmin Road, Xinhua District, " + r[4] + " 100000, China",
                 "Xinhua District, " + r[3] + ", P.R. China",
                 lower(r[3]) + ", china",
                 "Room 5, " + r[3] + " Province, PRC",
             }) {
            CAPTURE(a);
            CHECK(code_of(province_from_address(a)) == c);
            CHECK_FALSE(find_outside_mainland(a).has_value());
        }
    }
}

TEST_CASE("every prefecture (from the CSV) resolves to its province in an address") {
    const auto rows = ineq_test::read_csv("prefectures.csv");
    const auto provs = ineq_test::read_csv("provinces.csv");
    std::size_t checked = 0;
    for (const auto& r : rows) {
        if (is_placeholder_name(r[1])) continue;
        const int prov = std::stoi(r[2]);
        std::string prov_name;
        for (const auto& p : provs) {
            if (std::stoi(p[0]) == prov) prov_name = p[1];
        }
        CAPTURE(r[1]);
        CHECK(code_of(province_from_address(r[1] + "某某区人民路1号")) == prov);
        CHECK(code_of(province_from_address(prov_name + r[1] + "某某区")) == prov);
        CHECK(code_of(province_from_address("某某有限公司（" + r[1] + "）")) == prov);
        ++checked;
    }
    CHECK(checked == 333);
}

TEST_CASE("address traps") {
    const std::vector<std::pair<std::string_view, int>> cases{
        {"北京市海淀区中关村北大街", 11},
        {"深圳市南山区科技园", 44},       // via the prefecture table
        {"深圳南山区科技园", 44},         // city without 市 at the start
        {"广东省深圳市南山区", 44},
        {"青海省海南藏族自治州共和县", 63},  // Qinghai, NOT Hainan
        {"海南藏族自治州共和县", 63},
        {"海南省海口市", 46},
        {"海南海口", 46},
        {"吉林省吉林市船营区", 22},
        {"吉林市船营区", 22},
        {"辽宁省朝阳市双塔区", 21},          // Liaoning, NOT Beijing's 朝阳区
        {"朝阳市双塔区", 21},
        {"北京市朝阳区", 11},
        {"内蒙古自治区呼和浩特市", 15},      // 内蒙古 must not read as 蒙古
        {"内蒙古呼和浩特市", 15},
        {"中国内蒙古包头市", 15},
        {"内蒙古", 15},
        {"上海市吉林路", 31},
        {"广州市天河区北京路", 44},
        {"北京路１号，广州市", 44},           // 北京路 is a street, not Beijing
        {"中华人民共和国广西壮族自治区南宁市", 45},
        {"廣東省廣州市", 44},                  // traditional characters
        {"【北京】海淀区", 11},
        {"  \u3000北京海淀区", 11},
        {"新疆维吾尔自治区乌鲁木齐市", 65},
        {"Haidian District, Beijing 100190, China", 11},
        {"Shenzhen, Guangdong, P.R. China", 44},
        {"Beijing Road, Guangzhou, Guangdong", 44},
        {"Hainan Tibetan Autonomous Prefecture, Qinghai", 63},
        {"Jilin City, Jilin Province", 22},
        {"Chaoyang, Liaoning", 21},
        {"Hohhot, Inner Mongolia, China", 15},
        {"Hohhot, Nei Mongol", 15},
        {"Xi'an, Shaanxi 710049, China", 61},
        {"Taiyuan, Shanxi, China", 14},
        {"Xī'ān, Shǎnxī", 61},
        {"Tàiyuán, Shānxī", 14},
        {"Urumqi, Xinjiang Uygur Autonomous Region, China", 65},
        {"Nanning, GUANGXI ZHUANG AUTONOMOUS REGION", 45},
        {"Chengdu, Sichuan, Chengdu 610000", 51},
        {"Hei Long Jiang", 23},
        {"Peking University, Beijing", 11},
    };
    for (const auto& entry : cases) {
        const auto& address = entry.first;
        const auto& code = entry.second;
        CAPTURE(address);
        CHECK(code_of(province_from_address(address)) == code);
        CHECK(resolve_address(address).known());
    }
}

TEST_CASE("ambiguous or unknown addresses give empty") {
    for (std::string_view s : {
             ""sv, " "sv, "   "sv, "\u3000"sv, "Mongolia"sv, "蒙古"sv, "蒙古国乌兰巴托"sv, "Ulaanbaatar, Mongolia"sv,
             "foo"sv, "中国"sv, "China"sv, "P.R. China"sv,
             "朝阳区"sv,                 // Beijing and Changchun both have one
             "朝阳区建国路"sv, "南山区科技园"sv, "鼓楼区中山路"sv, "Chaoyang District"sv,
             "Beijing Road"sv, "Amur Oblast, Russia"sv, "Autonomous Region"sv, "12345"sv, "市辖区"sv, "县"sv,
             "省直辖县级行政区划"sv, "Beijingshire"sv, "Suzhou, China"sv, "Fuzhou"sv, "Taizhou"sv,
             "Nanyang"sv}) {  // 南阳 or 南洋 (Southeast Asia): left out of the pinyin table
        CAPTURE(s);
        CHECK_FALSE(province_from_address(s).has_value());
        CHECK_FALSE(find_outside_mainland(s).has_value());
        CHECK_FALSE(resolve_address(s).known());
    }
}

TEST_CASE("Hong Kong, Macao and Taiwan are recognised and are not mainland provinces") {
    const std::vector<std::pair<std::string_view, outside_mainland>> cases{
        {"香港", outside_mainland::hong_kong}, {"中国香港九龙塘", outside_mainland::hong_kong},
        {"香港特别行政区新界沙田", outside_mainland::hong_kong}, {"Hong Kong SAR", outside_mainland::hong_kong},
        {"Hong Kong", outside_mainland::hong_kong}, {"HONGKONG", outside_mainland::hong_kong},
        {"Kowloon Tong, Kowloon", outside_mainland::hong_kong},
        {"Clear Water Bay, Kowloon, Hong Kong, China", outside_mainland::hong_kong},
        {"澳门", outside_mainland::macao}, {"澳門氹仔", outside_mainland::macao},
        {"Macau", outside_mainland::macao}, {"Macao SAR, China", outside_mainland::macao},
        {"台湾", outside_mainland::taiwan}, {"臺灣", outside_mainland::taiwan}, {"台灣新竹", outside_mainland::taiwan},
        {"中国台湾台北市", outside_mainland::taiwan}, {"臺北市大安區", outside_mainland::taiwan},
        {"Taiwan", outside_mainland::taiwan}, {"Taipei 106, Taiwan", outside_mainland::taiwan},
        {"Hsinchu Science Park, Hsinchu", outside_mainland::taiwan},
    };
    for (const auto& entry : cases) {
        const auto& text = entry.first;
        const auto& where = entry.second;
        CAPTURE(text);
        REQUIRE(find_outside_mainland(text).has_value());
        CHECK(*find_outside_mainland(text) == where);
        CHECK_FALSE(province_from_address(text).has_value());
        CHECK(resolve_address(text) == ineq::place{std::nullopt, where});
    }
    // a mainland province named first wins over a later mention
    CHECK(code_of(province_from_address("广东省深圳市龙岗区香港中文大学（深圳）")) == 44);
    CHECK(code_of(province_from_address("台州市椒江区")) == 33);  // 台州 (Zhejiang) is not 台湾
}

TEST_CASE("invalid UTF-8 and NUL bytes give empty") {
    for (std::string_view s : {"北京市\xFF"sv, "\xE5\x8C\x97\xE4\xBA"sv, "\x80北京市"sv, "\xC0\xAF北京"sv,
                               "北京\0市"sv, "\0"sv, "Beijing\xE0\x80\xAF"sv, "\xED\xA0\x80 Beijing"sv,
                               "Hong Kong\xF5"sv, "香港\xC2"sv}) {
        CAPTURE(s.size());
        CHECK_FALSE(resolve_address(s).known());
        CHECK_FALSE(province_from_address(s).has_value());
        CHECK_FALSE(find_outside_mainland(s).has_value());
    }
}

TEST_CASE("random bytes and random mixes of names never crash") {
    std::mt19937 gen(20261126);
    std::uniform_int_distribution<int> len_dist(0, 40);
    std::uniform_int_distribution<int> byte_dist(0, 255);
    const std::vector<std::string> pieces{"北京", "市", "海南", "藏族", "自治州", "\xE5", "\x8C", "Shan", "xi", " ",
                                          "ǎ", "香港", "Hong", "Kong", "a\xCC\x8C", "Road", "朝阳", "区", ","};
    std::uniform_int_distribution<std::size_t> piece_dist(0, pieces.size() - 1);
    std::size_t known = 0;
    for (int t = 0; t < 4000; ++t) {
        std::string s;
        const int n = len_dist(gen);
        for (int k = 0; k < n; ++k) s.push_back(static_cast<char>(byte_dist(gen)));
        const ineq::place p = resolve_address(s);
        CHECK_FALSE((p.mainland.has_value() && p.outside.has_value()));
        std::string m;
        for (int k = 0; k < n / 4; ++k) m += pieces[piece_dist(gen)];
        const ineq::place q = resolve_address(m);
        CHECK_FALSE((q.mainland.has_value() && q.outside.has_value()));
        known += q.known() ? 1 : 0;
    }
    CHECK(known > 0);
}

TEST_CASE("resolution is usable in constant expressions") {
    static_assert(ineq::resolve_address("辽宁省朝阳市").mainland->code() == 21);
    static_assert(ineq::resolve_address("Hong Kong SAR").outside == outside_mainland::hong_kong);
    static_assert(!ineq::resolve_address("朝阳区").known());
    constexpr ineq::place p = ineq::resolve_address("Xī'ān, Shǎnxī");
    CHECK(p.mainland->code() == 61);
    CHECK(p.known());
    CHECK_FALSE(ineq::place{}.known());
}

// Expected prefecture codes below are GB/T 2260 codes read from tests/data/prefectures.csv
// and, for county-level places, from counties.csv of the reference data (its cityCode
// column): `grep -E '"(昆山市|义乌市|晋江市|浦东新区|仙桃市)"' counties.csv`.
namespace {
int pref_of(const ineq::place& p) { return p.prefecture ? p.prefecture->code : -1; }
}  // namespace

TEST_CASE("prefecture of an address") {
    std::vector<std::tuple<std::string_view, int, int>> cases{
        {"广东省深圳市南山区科技园", 44, 4403},
        {"深圳市南山区", 44, 4403},
        {"深圳南山区", 44, 4403},               // city without 市 at the start
        {"广东深圳南山区", 44, 4403},           // short city name right after the province
        {"吉林省吉林市船营区", 22, 2202},
        {"吉林省长春市朝阳区", 22, 2201},
        {"辽宁省朝阳市双塔区", 21, 2113},
        {"青海省海南藏族自治州共和县", 63, 6325},
        {"北京市海淀区中关村", 11, 1101},        // municipalities: their 市辖区 row
        {"天津市滨海新区", 12, 1201},
        {"上海浦东新区", 31, 3101},
        {"重庆市石柱土家族自治县", 50, 5001},    // the whole municipality, not its 县 row 5002
        {"江苏省昆山市玉山镇", 32, 3205},        // county-level city after its province
        {"浙江省义乌市稠城街道", 33, 3307},
        {"湖北省仙桃市", 42, 4290},              // directly under the province: its placeholder row
        {"Shenzhen, Guangdong, P.R. China", 44, 4403},  // Latin: city before its province
        {"Hangzhou, Zhejiang", 33, 3301},
        {"Xi'an, Shaanxi 710049, China", 61, 6101},
        {"Haidian District, Beijing 100190, China", 11, 1101},
        {"Shenzhen, China", 44, 4403},           // a city alone (was empty before city names)
        {"Harbin 150001, China", 23, 2301},
        {"广东省", 44, -1},                      // province only: no prefecture
        {"Guangdong, China", 44, -1},
        {"Shenzhen, Zhejiang", 33, -1},          // city of another province: the province wins
    };
    cases.push_back({"四望亭路223号（扬州某某学院附近）", 32, 3210});  // a city after punctuation
    cases.push_back({"某某路1号，杭州", 33, 3301});
    for (const auto& c : cases) {
        // named copies: clang 14 cannot capture structured bindings in CAPTURE's lambda
        const auto address = std::get<0>(c);
        const auto province = std::get<1>(c);
        const auto prefecture = std::get<2>(c);
        CAPTURE(address);
        const ineq::place p = resolve_address(address);
        CHECK(code_of(p.mainland) == province);
        CHECK(pref_of(p) == prefecture);
        CHECK(code_of(province_from_address(address)) == province);
        if (p.prefecture) CHECK(p.prefecture->province_code == province);
    }
}

TEST_CASE("county-level places unique in the country locate an address") {
    // 昆山市 320583 (3205 Suzhou), 义乌市 330782 (3307 Jinhua), 晋江市 350582 (3505
    // Quanzhou), 浦东新区 310115 (Shanghai): counties.csv.
    CHECK(pref_of(resolve_address("昆山市玉山镇")) == 3205);
    CHECK(pref_of(resolve_address("义乌市稠城街道")) == 3307);
    CHECK(pref_of(resolve_address("215300 晋江市陈埭镇")) == 3505);
    CHECK(code_of(resolve_address("中国浦东新区张江").mainland) == 31);
    CHECK(code_of(resolve_address("某某大厦, 义乌市").mainland) == 33);  // after punctuation
    // districts whose name is unique: 海淀区 110108, 龙泉驿区 510112 (counties.csv)
    CHECK(pref_of(resolve_address("海淀区")) == 1101);
    CHECK(pref_of(resolve_address("龙泉驿区十陵街道")) == 5101);
    // not inside a longer word: 海城市 (Liaoning) in 上海城市 is no place
    CHECK_FALSE(resolve_address("某某上海城市规划院").known());
    // names repeated across the country never count
    CHECK_FALSE(resolve_address("鼓楼区").known());
    CHECK_FALSE(resolve_address("朝阳区").known());
}

TEST_CASE("foreign countries in addresses are abroad") {
    for (std::string_view s : {"日本国东京都港区"sv, "美国加利福尼亚州"sv, "韩国首尔"sv, "德国慕尼黑"sv, "Tokyo, Japan"sv,
                               "Mountain View, CA 94043, USA"sv, "Seoul, Korea"sv, "80333 Munich, Germany"sv,
                               "Cambridge, MA 02139, United States"sv}) {
        CAPTURE(s);
        CHECK(resolve_address(s) == ineq::place{std::nullopt, outside_mainland::abroad, std::nullopt});
        CHECK(find_outside_mainland(s) == outside_mainland::abroad);
        CHECK_FALSE(province_from_address(s).has_value());
    }
    // addresses in Korean or Japanese script
    CHECK(find_outside_mainland("대전광역시 유성구 대학로 291") == outside_mainland::abroad);
    CHECK(find_outside_mainland("東京都港区赤坂") == outside_mainland::abroad);  // 東京 at the start
    // a foreign name inside a mainland address is not abroad
    CHECK(code_of(province_from_address("上海市日本人学校")) == 31);
}

// The search structures of `match_at` (detail::address): the filter of the first two
// characters must pass every lexicon name and province name where it starts (a miss would
// lose a place), and the index must give each name's first character the run of the lexicon
// that holds the name. Expected values: the lexicon itself, entry by entry.
TEST_CASE("the lexicon filter passes every place name and the index finds its run") {
    namespace a = ineq::detail::address;
    for (std::size_t e = 0; e < a::cjk_lexicon.size(); ++e) {
        const std::string text(a::cjk_lexicon[e].text);
        CAPTURE(text);
        CHECK(a::may_start_name(text, 0));
        CHECK(a::may_start_name("某" + text + "路", 3));  // in the middle of a text
        const a::lexicon_slot run = a::lexicon_run(a::cjk_lexicon[e].first);
        CHECK(run.first <= e);
        CHECK(e < run.last);
        CHECK(run.province == (std::find_if(a::cjk_lexicon.begin() + run.first, a::cjk_lexicon.begin() + run.last,
                                            [](const a::cjk_entry& x) {
                                                return x.kind == a::cjk_kind::province_short;
                                            }) != a::cjk_lexicon.begin() + run.last));
    }
    for (const auto& p : ineq::detail::province_chinese_index) {
        CAPTURE(p.name);
        CHECK(a::may_start_name(p.name, 0));
    }
    // A character that starts no name has no run; the filter rejects most pairs of
    // characters (1,000 pairs of the common ideographs U+4E00..U+4FFF, which start few
    // place names; a broken filter that passes everything fails here).
    CHECK(a::lexicon_run(U'的').first == a::lexicon_run(U'的').last);
    std::size_t passed = 0;
    std::mt19937 rng(7);
    for (int k = 0; k < 1000; ++k) {
        std::string pair;
        for (int c = 0; c < 2; ++c) {
            const auto cp = static_cast<char32_t>(0x4E00 + rng() % 0x200);
            pair += static_cast<char>(0xE0 | (cp >> 12));
            pair += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            pair += static_cast<char>(0x80 | (cp & 0x3F));
        }
        passed += a::may_start_name(pair, 0) ? 1U : 0U;
    }
    CHECK(passed < 200);
}
