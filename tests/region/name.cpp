#include <ineq/region/name.hpp>
#include <ineq/patent/applicant.hpp>  // is_overseas must agree with resolve_name

#include <doctest/doctest.h>

#include <optional>
#include <string_view>
#include <tuple>
#include <vector>

// Expected places are hand labels: the seat of the named body as its name states it,
// with GB/T 2260 codes from tests/data/provinces.csv and prefectures.csv (county-level
// names: counties.csv of the reference data, cityCode column; university seats: the city
// column of the Ministry of Education list, universities.csv).

using ineq::outside_mainland;
using ineq::resolve_name;
using namespace std::string_view_literals;

namespace {
int prov_of(const ineq::place& p) { return p.mainland ? p.mainland->code() : -1; }
int pref_of(const ineq::place& p) { return p.prefecture ? p.prefecture->code : -1; }

void check_places(const std::vector<std::tuple<std::string_view, int, int>>& cases) {
    for (const auto& c : cases) {
        // named copies: clang 14 cannot capture structured bindings in CAPTURE's lambda
        const std::string_view name = std::get<0>(c);
        const int province = std::get<1>(c);
        const int prefecture = std::get<2>(c);
        CAPTURE(name);
        const ineq::place p = resolve_name(name);
        CHECK(prov_of(p) == province);
        CHECK(pref_of(p) == prefecture);
        CHECK_FALSE(p.outside.has_value());
    }
}

void check_outside(std::initializer_list<std::string_view> names, outside_mainland where) {
    for (const std::string_view name : names) {
        CAPTURE(name);
        const ineq::place p = resolve_name(name);
        CHECK(p.outside == where);
        CHECK_FALSE(p.mainland.has_value());
        CHECK_FALSE(p.prefecture.has_value());
    }
}

void check_nowhere(std::initializer_list<std::string_view> names) {
    for (const std::string_view name : names) {
        CAPTURE(name);
        CHECK_FALSE(resolve_name(name).known());
    }
}
}  // namespace

TEST_CASE("brand words are no places: 阿里巴巴 is not in Ngari, Tibet") {
    check_nowhere({"阿里巴巴(中国)有限公司"sv, "阿里巴巴集团控股有限公司"sv, "阿里云计算有限公司"sv, "华夏银行股份有限公司"sv,
                   "中原利达铁路轨道技术发展有限公司"sv, "长城汽车股份有限公司"sv, "华北制药股份有限公司"sv,
                   "东方电气集团东方电机有限公司"sv,  // 东方 of 东方市 (Hainan) as a word
                   "中国东方航空股份有限公司"sv});
    // the 地区 name counts with its ending, as an address would write it
    check_places({{"阿里地区某某有限公司", 54, 5425}});
}

TEST_CASE("rule 1: a place in brackets locates the applicant there, not at the parent") {
    check_places({
        {"哈尔滨工业大学(深圳)", 44, 4403},
        {"哈尔滨工业大学（威海）", 37, 3710},
        {"山东大学(威海)", 37, 3710},
        {"腾讯科技(深圳)有限公司", 44, 4403},
        {"中国矿业大学(北京)", 11, 1101},
        {"中国矿业大学（北京）", 11, 1101},
        {"中国地质大学(武汉)", 42, 4201},
        {"华为技术(苏州)有限公司", 32, 3205},
        {"富士康精密组件(昆山)有限公司", 32, 3205},  // county-level city without 市
        {"联想(北京)有限公司", 11, 1101},
        {"香港中文大学（深圳）", 44, 4403},           // mainland, though it starts with 香港
    });
    check_outside({"某某贸易(香港)有限公司"sv}, outside_mainland::hong_kong);
    check_outside({"阿斯利康(瑞典)有限公司"sv}, outside_mainland::abroad);
    // (中国) marks a mainland subsidiary: not abroad, no province from it
    check_nowhere({"三星(中国)投资有限公司"sv, "日本电气(中国)有限公司"sv, "西门子(中国)有限公司"sv});
    // a bracket that is not exactly a place is ignored
    check_places({{"中国石油大学(华东)", 37, 3702}});  // seat from the university list (Qingdao)
    check_nowhere({"某某(集团)有限公司"sv, "某某(深圳湾)科技有限公司"sv});
}

TEST_CASE("rule 2: a place after the parent's name") {
    check_places({
        {"北京航空航天大学杭州创新研究院", 33, 3301},
        {"清华大学深圳国际研究生院", 44, 4403},
        {"北京大学深圳研究生院", 44, 4403},
        {"香港理工大学深圳研究院", 44, 4403},
        {"浙江大学台州研究院", 33, 3310},
        {"中国科学院武汉病毒研究所", 42, 4201},
        {"中国科学院深圳先进技术研究院", 44, 4403},
        {"中国科学院大连化学物理研究所", 21, 2102},
        {"中国科学院西安光学精密机械研究所", 61, 6101},
        {"中国移动通信集团广东有限公司", 44, -1},
        {"中国地质调查局成都地质调查中心", 51, 5101},
        {"中车株洲电力机车有限公司", 43, 4302},
        {"国网山东省电力公司济南供电公司", 37, 3701},  // a later city of the same province
        {"国网浙江省电力有限公司杭州供电公司", 33, 3301},
        {"华能西藏雅鲁藏布江水电开发投资有限公司", 54, -1},
        {"中国石油化工股份有限公司上海石油化工研究院", 31, 3101},
        {"某某有限公司义乌市分公司", 33, 3307},     // county-level name with its ending
    });
    check_outside({"中国科学院香港创新研究院人工智能与机器人创新中心有限公司"sv}, outside_mainland::hong_kong);
    // a street after the parent is not a place
    check_nowhere({"某某学院北京路校区"sv});
}

TEST_CASE("rule 3: outside the mainland, one list for every function") {
    check_outside({"香港大学"sv, "香港中文大学"sv}, outside_mainland::hong_kong);
    check_outside({"澳门大学"sv, "澳門科技大學"sv}, outside_mainland::macao);
    check_outside({"台北医学大学"sv, "台湾积体电路制造股份有限公司"sv, "國立臺灣大學"sv, "国立清华大学"sv, "财团法人工业技术研究院"sv,
                   "財團法人工業技術研究院"sv},
                  outside_mainland::taiwan);
    check_outside({"三星电子株式会社"sv, "丰田自动车株式会社"sv, "LG电子株式会社"sv, "索尼半导体解决方案有限会社"sv,
                   "国立大学法人东京大学"sv, "一般财团法人电力中央研究所"sv, "雷蛇(亚太)私人有限公司"sv},
                  outside_mainland::abroad);
    check_outside({"서울대학교 산학협력단"sv, "ソニー株式会社"sv}, outside_mainland::abroad);
    check_outside({"美国陶氏益农公司"sv, "日本电气株式会社"sv, "德国弗劳恩霍夫协会"sv, "新加坡国立大学"sv, "皇家飞利浦有限公司"sv},
                  outside_mainland::abroad);
    check_outside({"麻省理工学院"sv, "哈佛大学"sv, "东京大学"sv, "首尔大学校产学协力团"sv, "斯坦福大学"sv},
                  outside_mainland::abroad);
    // 澳 of 澳门 is not Australia's 澳洲, and 东北大学 is the university in Shenyang
    check_places({{"东北大学", 21, 2101}});
}

TEST_CASE("outside the mainland: resolve_name, find_outside_mainland and is_overseas agree") {
    for (const std::string_view name : {"台北医学大学"sv, "香港大学"sv, "澳门大学"sv, "臺灣大學"sv}) {
        CAPTURE(name);
        REQUIRE(resolve_name(name).outside.has_value());
        CHECK(ineq::find_outside_mainland(name) == resolve_name(name).outside);
        CHECK(ineq::is_overseas(ineq::applicant{.name = std::string(name), .country = ""}));
        CHECK(ineq::is_overseas(ineq::applicant{.name = std::string(name)}));
    }
    for (const std::string_view name : {"三星电子株式会社"sv, "麻省理工学院"sv, "Robert Bosch GmbH"sv}) {
        CAPTURE(name);
        CHECK(ineq::is_overseas(ineq::applicant{.name = std::string(name), .country = ""}));
    }
    for (const std::string_view name : {"香港中文大学(深圳)"sv, "三星(中国)投资有限公司"sv, "清华大学"sv, "阿里巴巴(中国)有限公司"sv}) {
        CAPTURE(name);
        CHECK_FALSE(resolve_name(name).outside.has_value());
        CHECK_FALSE(ineq::is_overseas(ineq::applicant{.name = std::string(name), .country = ""}));
    }
}

TEST_CASE("rule 4: universities without a place in their name, from the Ministry of Education list") {
    check_places({
        {"清华大学", 11, 1101},
        {"井冈山大学", 36, 3608},      // Ji'an
        {"中国矿业大学", 32, 3203},    // Xuzhou; its Beijing campus is rule 1
        {"中山大学", 44, 4401},        // Guangzhou, not 中山市
        {"东南大学", 32, 3201},
        {"长安大学", 61, 6101},
        {"河北工业大学", 12, 1201},    // seat in Tianjin, although named for Hebei
        {"中国科学院大学", 11, 1101},
        {"中南大学湘雅医院", 43, 4301},  // begins with the university's name
    });
}

TEST_CASE("rule 5: a province or city at the start, with or without its ending") {
    check_places({
        {"深圳市腾讯计算机系统有限公司", 44, 4403},
        {"杭州海康威视数字技术股份有限公司", 33, 3301},
        {"北京百度网讯科技有限公司", 11, 1101},
        {"浙江大华技术股份有限公司", 33, -1},
        {"浙江杭州某某有限公司", 33, 3301},
        {"江苏沙钢集团有限公司", 32, -1},
        {"吉林大学", 22, 2201},        // the university list gives Changchun
        {"吉林市某某有限公司", 22, 2202},
        {"中国科学院", -1, -1},
    });
    check_places({{"湖南华菱涟源钢铁有限公司", 43, 4313}});  // 涟源(市) after its province
}

TEST_CASE("rule 6: full names anywhere") {
    check_places({
        {"某某研究会深圳市分会", 44, 4403},
        {"某某协会浙江省分会", 33, -1},
    });
}

TEST_CASE("rule 7: county-level names unique in the country") {
    check_places({
        {"昆山市某某电子有限公司", 32, 3205},
        {"义乌市某某饰品有限公司", 33, 3307},
        {"晋江市某某鞋业有限公司", 35, 3505},
    });
    // repeated names never count, and a county-level city's name without 市 does not count
    // at the start
    check_nowhere({"鼓楼区某某有限公司"sv, "朝阳区某某有限公司"sv, "昆山国显光电有限公司"sv});
}

TEST_CASE("rule 8: Chinese-written company forms that mainland law does not use") {
    check_outside({"英特尔公司"sv, "苹果公司"sv, "西门子股份公司"sv, "拜耳股份公司"sv, "罗伯特·博世有限公司"sv}, outside_mainland::abroad);
    check_nowhere({"中国铁路总公司"sv, "中国石油化工集团公司"sv, "某某有限公司"sv, "某某股份有限公司"sv, "某某有限责任公司"sv});
    check_places({{"北京赛福思创减震科技股份公司", 11, 1101}});  // a mainland place wins
}

TEST_CASE("rules 9-10: Latin-script names") {
    check_places({
        {"Hangzhou Hikvision Digital Technology Co., Ltd.", 33, 3301},
        {"SHENZHEN TENCENT COMPUTER SYSTEMS COMPANY LIMITED", 44, 4403},
        {"Zhejiang Geely Holding Group Co., Ltd.", 33, -1},
        {"ZHEJIANGGEELY HOLDING", 33, -1},   // glued to the next word at the start
        {"Shenzhenshi Huawei", 44, 4403},    // glued administrative suffix
        {"Guangdongsheng Jiaotong", 44, -1},
        {"HARBIN INSTITUTE OF TECHNOLOGY, SHENZHEN", 44, 4403},
        {"The Chinese University of Hong Kong, Shenzhen", 44, 4403},
        {"Beijing Institute of Technology", 11, 1101},
        {"TENCENT TECHNOLOGY (SHENZHEN) COMPANY LIMITED", 44, 4403},
        {"Lenovo (Beijing) Co., Ltd.", 11, 1101},
        {"Xi'an Jiaotong University", 61, 6101},
    });
    check_outside({"National Taiwan University"sv, "Taiwan Semiconductor Manufacturing Co., Ltd."sv},
                  outside_mainland::taiwan);
    check_outside({"The Hong Kong University of Science and Technology"sv}, outside_mainland::hong_kong);
    check_outside({"CHIESI FARMACEUTICI S.P.A."sv, "Chugai Seiyaku Kabushiki Kaisha"sv, "Robert Bosch GmbH"sv,
                   "Google LLC"sv, "Siemens Aktiengesellschaft"sv, "Koninklijke Philips N.V."sv, "Nokia Oyj"sv,
                   "Novo Nordisk A/S"sv, "Intel Corporation"sv, "Les Laboratoires Servier"sv,
                   "Technische Universität München"sv, "Massachusetts Institute of Technology"sv,
                   "Sony Group Corporation, Tokyo, Japan"sv, "Telefonaktiebolaget LM Ericsson (publ)"sv,
                   "Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V."sv, "UAB VIRPIL"sv},
                  outside_mainland::abroad);
    // mainland words (China, Chinese, and the pinyin of city names two prefectures share)
    // keep foreign forms and rule 11 from applying
    check_nowhere({"China Petroleum & Chemical Corporation"sv, "Suzhou Keda"sv, "Fuzhou Rockchip"sv,
                   "SINO-OCEAN GROUP"sv});
}

TEST_CASE("rule 11: any other Latin-only name is abroad; resolve_name_strict leaves it unknown") {
    // Co., Ltd. is no foreign form (rule 10 does not apply); rule 11 reads these as
    // foreign applicants' own spellings, as they are in CNIPA-derived records.
    for (const std::string_view name : {"HUAWEI TECHNOLOGIES CO., LTD."sv, "BYD COMPANY LIMITED"sv,
                                        "Nanyang Technological University"sv, "Sanofi"sv, "L'Oreal"sv,
                                        "PERHEENTUPA, ELJAS"sv, "Samsung Electronics Co., Ltd."sv}) {
        CAPTURE(name);
        CHECK(resolve_name(name).outside == outside_mainland::abroad);
        CHECK_FALSE(ineq::resolve_name_strict(name).known());
    }
    // Everything else reads the same both ways.
    for (const std::string_view name : {"CHIESI FARMACEUTICI S.P.A."sv, "Hangzhou Hikvision Digital Technology Co., Ltd."sv,
                                        "National Taiwan University"sv, "清华大学"sv, "三星电子株式会社"sv,
                                        "阿里巴巴(中国)有限公司"sv, "China Petroleum & Chemical Corporation"sv}) {
        CAPTURE(name);
        CHECK(resolve_name(name) == ineq::resolve_name_strict(name));
    }
    // One letter, digits and punctuation are no name.
    check_nowhere({"X"sv, "123 456"sv, "-- / --"sv});
}

TEST_CASE("bad input gives empty") {
    check_nowhere({""sv, " "sv, "\u3000"sv, "某某"sv, "12345"sv, "北京\xFF"sv, "\xE5\x8C\x97"sv,
                   std::string_view("北京\0大学", 10), "深圳\xC0\xAF"sv, "（）"sv, "()"sv});
    CHECK(resolve_name("  深圳市某某有限公司  ") == resolve_name("深圳市某某有限公司"));
}

TEST_CASE("resolve_name is usable in constant expressions") {
    static_assert(resolve_name("哈尔滨工业大学(深圳)").prefecture->code == 4403);
    static_assert(resolve_name("三星电子株式会社").outside == outside_mainland::abroad);
    static_assert(!resolve_name("阿里巴巴集团控股有限公司").known());
    constexpr ineq::place p = resolve_name("井冈山大学");
    CHECK(p.prefecture->code == 3608);
}
