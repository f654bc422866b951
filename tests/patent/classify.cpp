#include <ineq/patent/classify.hpp>

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using ineq::applicant_kind;
using ineq::classify_applicant;
constexpr auto E = applicant_kind::enterprise;
constexpr auto U = applicant_kind::university;
constexpr auto I = applicant_kind::institute;
constexpr auto G = applicant_kind::government;
constexpr auto P = applicant_kind::individual;
constexpr auto X = applicant_kind::unknown;

struct labelled {
    std::string_view name;
    applicant_kind kind;
};

// Every distinct applicant of tests/data/patsnap_export_sample.csv (column
// 当前申请(专利权)人, split on " | "), in order of first appearance. The labels were
// assigned by reading each name and deciding its kind from its meaning, not by running
// the classifier. Judgements worth noting: a research institute that is part of a
// company (…有限公司…研究所) and a company's branch laboratory (…有限公司…实验室分公司)
// are enterprises; 中国气象局气象探测中心, 中国地质调查局成都地质调查中心 and
// 黑龙江省公路建设中心 are public bodies under government departments (government /
// other); an industry alliance (…战略联盟) is an "other organisation" (government);
// 长江水利委员会长江科学院 and 交通运输部公路科学研究所 are research institutes;
// 2-3 character names such as 张昆 are persons.
constexpr labelled sample_labels[] = {
    {"中原利达铁路轨道技术发展有限公司", E},
    {"中国科学院武汉岩土力学研究所", I},
    {"中铁二院工程集团有限责任公司", E},
    {"中国地质科学院探矿工艺研究所", I},
    {"中国科学院、水利部成都山地灾害与环境研究所", I},
    {"攀钢集团攀枝花钢铁研究院有限公司", E},
    {"安徽通盛能源科技有限公司", E},
    {"西南交通大学", U},
    {"川藏铁路技术创新中心有限公司", E},
    {"中国国家铁路集团有限公司", E},
    {"中国铁道科学研究院集团有限公司", E},
    {"中国铁道科学研究院集团有限公司基础设施检测研究所", E},
    {"北京铁科英迈技术有限公司", E},
    {"石家庄铁道大学", U},
    {"北京交通大学", U},
    {"中铁大桥勘测设计院集团有限公司", E},
    {"中铁科学研究院有限公司", E},
    {"中铁第一勘察设计院集团有限公司", E},
    {"中铁建设集团有限公司", E},
    {"成都理工大学", U},
    {"长安大学", U},
    {"中国铁道科学研究院集团有限公司铁道建筑研究所", E},
    {"北京铁锋建筑工程技术有限公司", E},
    {"杭州创威实业股份有限公司", E},
    {"陕西祐通材料有限公司", E},
    {"中建西部建设西南有限公司", E},
    {"中建西部建设股份有限公司", E},
    {"中南大学", U},
    {"交控科技股份有限公司", E},
    {"石家庄市长安育才建材有限公司", E},
    {"湖南科技大学", U},
    {"宁波大学", U},
    {"西安华捷奥海新材料有限公司", E},
    {"武汉大学", U},
    {"山东大学", U},
    {"中铁二院贵阳勘察设计研究院有限责任公司", E},
    {"张昆", P},
    {"浙江世润建创科技发展有限公司", E},
    {"中交第二公路工程局有限公司", E},
    {"长沙市建筑节能与绿色建筑产业技术创新战略联盟", G},
    {"北京中煤矿山工程有限公司", E},
    {"中铁十一局集团第五工程有限公司", E},
    {"中铁十一局集团有限公司", E},
    {"中铁建设集团基础设施建设有限公司", E},
    {"中国气象局气象探测中心", G},
    {"中国科学院地质与地球物理研究所", I},
    {"燕山大学", U},
    {"北京工业大学", U},
    {"成都归谷环境科技有限责任公司", E},
    {"辽宁科技大学", U},
    {"中铁二十五局集团第四工程有限公司", E},
    {"中铁二十五局集团第六工程有限公司", E},
    {"柳州铁路工程质量检测中心有限公司", E},
    {"中铁工程装备集团有限公司", E},
    {"中交二公局第四工程有限公司", E},
    {"中国人民解放军国防科技大学", U},
    {"中国地质大学(武汉)", U},
    {"防灾科技学院", U},
    {"北京赛福思创减震科技股份公司", E},
    {"中国水利水电第十工程局有限公司", E},
    {"中建二局土木工程集团有限公司", E},
    {"中铁十八局集团有限公司", E},
    {"东北大学", U},
    {"华东交通大学", U},
    {"河北工业大学", U},
    {"北京中矿创新联盟能源环境科学研究院", I},
    {"哈尔滨工业大学", U},
    {"长江水利委员会长江科学院", I},
    {"中国铁建投资集团有限公司", E},
    {"中国矿业大学(北京)", U},
    {"何满潮", P},
    {"重庆大学", U},
    {"中国科学院水利部成都山地灾害与环境研究所", I},
    {"成都旭思特科技有限公司", E},
    {"东南大学", U},
    {"青岛四方庞巴迪铁路运输设备有限公司", E},
    {"中山大学", U},
    {"浩吉铁路股份有限公司", E},
    {"成都西点自动化设备有限公司", E},
    {"襄阳地质基础工程有限责任公司", E},
    {"中车永济电机有限公司", E},
    {"四川铁创科技有限公司", E},
    {"大连理工大学", U},
    {"中交第一公路勘察设计研究院有限公司", E},
    {"中铁十一局集团第二工程有限公司", E},
    {"西华大学", U},
    {"北京全路通信信号研究设计院集团有限公司", E},
    {"河海大学", U},
    {"中铁十二局集团有限公司", E},
    {"中铁十二局集团第二工程有限公司", E},
    {"同济大学", U},
    {"兰州交通大学", U},
    {"中煤特殊凿井有限责任公司", E},
    {"中煤第三建设(集团)有限责任公司", E},
    {"中铁九桥工程有限公司", E},
    {"中铁高新工业股份有限公司", E},
    {"清华大学", U},
    {"重庆交通大学", U},
    {"华能西藏雅鲁藏布江水电开发投资有限公司", E},
    {"华能集团技术创新中心有限公司", E},
    {"成都现代万通锚固技术有限公司", E},
    {"中铁十局集团有限公司", E},
    {"中铁十局集团城市轨道交通工程有限公司", E},
    {"中铁二十局集团有限公司", E},
    {"盾构及掘进技术国家重点实验室", I},
    {"中铁隧道局集团有限公司", E},
    {"中铁十六局集团有限公司", E},
    {"中铁十六局集团北京建功机械有限公司", E},
    {"中车株洲电力机车有限公司", E},
    {"福泉凯威特新材料有限公司", E},
    {"云南凯威特新材料股份有限公司", E},
    {"中铁十四局集团建筑工程有限公司", E},
    {"昆明理工大学", U},
    {"中铁隧道集团二处有限公司", E},
    {"四川师范大学", U},
    {"中建八局装饰工程有限公司", E},
    {"江西理工大学", U},
    {"珠海万力达电气自动化有限公司", E},
    {"武汉瑞敏检测科技有限公司", E},
    {"湖南华菱涟源钢铁有限公司", E},
    {"甘肃长达路业有限责任公司", E},
    {"山东黄金矿业科技有限公司深井开采实验室分公司", E},
    {"中铁工程装备集团隧道设备制造有限公司", E},
    {"西安科技大学", U},
    {"云南中建西部建设有限公司", E},
    {"武汉金瑞威基础工程有限公司", E},
    {"洛阳市高林隧道环境控制技术有限公司", E},
    {"中国电建集团成都勘测设计研究院有限公司", E},
    {"中国铁路经济规划研究院有限公司", E},
    {"中国中铁二院工程集团有限责任公司", E},
    {"广东汇强外加剂有限公司", E},
    {"深圳市广域鹏翔研究开发有限公司", E},
    {"中国铁路设计集团有限公司", E},
    {"铁三院(天津)检测科技有限公司", E},
    {"信承瑞技术有限公司", E},
    {"叙镇铁路有限责任公司", E},
    {"辽宁工程技术大学", U},
    {"河北三楷深发科技股份有限公司", E},
    {"唐山中厚板材有限公司", E},
    {"唐山钢铁集团有限责任公司", E},
    {"河钢股份有限公司唐山分公司", E},
    {"中铁五局集团第一工程有限责任公司", E},
    {"合肥工业大学", U},
    {"中铁桥研科技有限公司", E},
    {"中铁大桥局集团有限公司", E},
    {"中铁大桥科学研究院有限公司", E},
    {"中国科学院西北生态环境资源研究院", I},
    {"通号工程局集团有限公司", E},
    {"通号工程局集团有限公司天津分公司", E},
    {"中国船舶科学研究中心", I},
    {"广东中煤江南工程勘测设计有限公司", E},
    {"鲁飞", P},
    {"张国强", P},
    {"郑超", P},
    {"陈海峰", P},
    {"朱纯", P},
    {"章和高", P},
    {"长江岩土工程有限公司", E},
    {"四川大学", U},
    {"江苏工程职业技术学院", U},
    {"高速铁路建造技术国家工程实验室", I},
    {"浙江华东工程咨询有限公司", E},
    {"中国电建集团华东勘测设计研究院有限公司", E},
    {"中铁西北科学研究院有限公司", E},
    {"北京中车赛德铁道电气科技有限公司", E},
    {"中铁二局集团有限公司", E},
    {"中铁电气化局集团西安电气化工程有限公司", E},
    {"湖南大学", U},
    {"中国铁路总公司", E},
    {"中车资阳机车有限公司", E},
    {"金发科技股份有限公司", E},
    {"成都金发科技新材料有限公司", E},
    {"中国建筑材料科学研究总院有限公司", E},
    {"广州机械科学研究院有限公司", E},
    {"济南大学", U},
    {"上海交通大学", U},
    {"中央财经大学", U},
    {"中国地质调查局成都地质调查中心", G},
    {"铁科创恒新材料科技有限公司", E},
    {"江西运腾工程材料有限公司", E},
    {"江苏中铁山桥重工有限公司", E},
    {"国网西藏电力建设有限公司", E},
    {"中铁西南科学研究院有限公司", E},
    {"成都欣皓地基基础工程有限责任公司", E},
    {"广西岩土钻凿工程科技有限公司", E},
    {"桂林航天工业学院", U},
    {"黑龙江省公路建设中心", G},
    {"交通运输部公路科学研究所", I},
    {"固远晨通科技发展有限公司", E},
    {"中交隧道局第四工程有限公司", E},
    {"成都交竢工程科技有限公司", E},
    {"河北科信特种橡塑有限公司", E},
    {"中建材中研益科技有限公司", E},
    {"浙江大学", U},
    {"中铁建工集团有限公司", E},
    {"中铁环境科技工程有限公司", E},
    {"成都国佳电气工程有限公司", E},
    {"江苏中云筑智慧运维研究院有限公司", E},
    {"中国矿业大学", U},
    {"崔凯", P},
    {"安徽省公路桥梁工程有限公司", E},
    {"川藏铁路有限公司", E},
    {"北京科技大学", U},
    {"成都奥伦达科技有限公司", E},
};

std::string sample_path() {
    const char* dir = std::getenv("INEQ_SOURCE_DIR");
    return std::string(dir ? dir : ".") + "/tests/data/patsnap_export_sample.csv";
}

}  // namespace

TEST_CASE("classify_applicant: hand-labelled names of the Patsnap sample") {
    int right = 0;
    int total = 0;
    for (const auto& l : sample_labels) {
        CAPTURE(l.name);
        CHECK(ineq::to_string(classify_applicant(l.name)) == ineq::to_string(l.kind));
        ++total;
        if (classify_applicant(l.name) == l.kind) ++right;
    }
    MESSAGE("hand-labelled sample names classified right: " << right << " / " << total);
    CHECK(total >= 100);
}

TEST_CASE("classify_applicant: the table covers every applicant of the sample file") {
    std::ifstream in(sample_path());
    REQUIRE(in.good());
    std::set<std::string> labelled_names;
    for (const auto& l : sample_labels) labelled_names.emplace(l.name);
    CHECK(labelled_names.size() == std::size(sample_labels));  // no name listed twice
    std::string line;
    std::getline(in, line);  // header
    std::size_t rows = 0;
    while (std::getline(in, line)) {
        // Fields: publication number, title, filing date, publication date, applicants,
        // inventors, legal status; no field of the sample contains a comma in quotes
        // before the applicant column.
        std::vector<std::string> fields;
        std::stringstream ss(line);
        std::string f;
        while (std::getline(ss, f, ',')) fields.push_back(f);
        REQUIRE(fields.size() >= 5);
        ++rows;
        std::string_view applicants = fields[4];
        std::size_t start = 0;
        while (start <= applicants.size()) {
            const std::size_t bar = applicants.find(" | ", start);
            const std::string_view one =
                applicants.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
            CAPTURE(one);
            CHECK(labelled_names.count(std::string(one)) == 1);
            if (bar == std::string_view::npos) break;
            start = bar + 3;
        }
    }
    CHECK(rows == 531);
}

TEST_CASE("classify_applicant: precedence of legal form, hospital, university, institute") {
    // legal form outweighs research words
    CHECK(classify_applicant("攀钢集团攀枝花钢铁研究院有限公司") == E);
    CHECK(classify_applicant("中国铁道科学研究院集团有限公司铁道建筑研究所") == E);
    CHECK(classify_applicant("清华大学资产经营有限公司") == E);
    CHECK(classify_applicant("海尔集团") == E);
    CHECK(classify_applicant("深圳市某某投资合伙企业(有限合伙)") == E);
    CHECK(classify_applicant("北京市金杜律师事务所") == E);
    CHECK(classify_applicant("上海第一机床厂") == E);
    CHECK(classify_applicant("中国工商银行") == E);
    // universities; 中国科学院大学 is a university, 中国科学院 an academy
    CHECK(classify_applicant("中国科学院大学") == U);
    CHECK(classify_applicant("北京协和医学院") == U);
    CHECK(classify_applicant("中国社会科学院研究生院") == U);
    CHECK(classify_applicant("北京市第一中学学校") == U);
    CHECK(classify_applicant("國立臺灣大學") == U);  // traditional characters
    // institutes
    CHECK(classify_applicant("中国科学院自动化研究所") == I);
    CHECK(classify_applicant("中国科学院") == I);
    CHECK(classify_applicant("中国医学科学院") == I);
    CHECK(classify_applicant("中国工程物理研究院") == I);
    CHECK(classify_applicant("之江实验室") == I);
    CHECK(classify_applicant("國家實驗室") == I);
    CHECK(classify_applicant("中国电力科学研究院") == I);
    CHECK(classify_applicant("北京市市政工程设计研究总院") == I);
    CHECK(classify_applicant("上海市城市规划设计研究院") == I);
    // hospitals are institutes, also when affiliated with a university
    CHECK(classify_applicant("北京大学第三医院") == I);
    CHECK(classify_applicant("上海交通大学医学院附属瑞金医院") == I);
    CHECK(classify_applicant("四川大学华西医院") == I);
    CHECK(classify_applicant("某某医院管理有限公司") == E);  // a company running hospitals
    // government and other organisations
    CHECK(classify_applicant("国家电网公司") == E);
    CHECK(classify_applicant("国家知识产权局") == G);
    CHECK(classify_applicant("广东省科学技术厅") == G);
    CHECK(classify_applicant("深圳市人民政府") == G);
    CHECK(classify_applicant("国家卫生健康委员会") == G);
    CHECK(classify_applicant("中国人工智能学会") == G);
    CHECK(classify_applicant("中国汽车工业协会") == G);
    CHECK(classify_applicant("中国人民解放军61646部队") == G);
    CHECK(classify_applicant("国家卫星气象中心") == G);
    CHECK(classify_applicant("中华人民共和国国防部") == G);
    CHECK(classify_applicant("中共中央党校") == G);
}

TEST_CASE("classify_applicant: Latin-script names") {
    CHECK(classify_applicant("Huawei Technologies Co., Ltd.") == E);
    CHECK(classify_applicant("HUAWEI TECHNOLOGIES CO.,LTD.") == E);
    CHECK(classify_applicant("Google LLC") == E);
    CHECK(classify_applicant("International Business Machines Corporation") == E);
    CHECK(classify_applicant("Siemens AG") == E);
    CHECK(classify_applicant("Robert Bosch GmbH") == E);
    CHECK(classify_applicant("Koninklijke Philips N.V.") == E);
    CHECK(classify_applicant("Thales S.A.") == E);
    CHECK(classify_applicant("Apple Inc.") == E);
    CHECK(classify_applicant("Telefonaktiebolaget LM Ericsson (publ) AB") == E);
    CHECK(classify_applicant("Massachusetts Institute of Technology") == U);
    CHECK(classify_applicant("California Institute of Technology") == U);
    CHECK(classify_applicant("Korea Advanced Institute of Science and Technology") == U);
    CHECK(classify_applicant("Tsinghua University") == U);
    CHECK(classify_applicant("University of Chinese Academy of Sciences") == U);
    CHECK(classify_applicant("Technische Universität München") == U);
    CHECK(classify_applicant("Imperial College London") == U);
    CHECK(classify_applicant("Institute of Automation, Chinese Academy of Sciences") == I);
    CHECK(classify_applicant("Chinese Academy of Sciences") == I);
    CHECK(classify_applicant("Electronics and Telecommunications Research Institute") == I);
    CHECK(classify_applicant("Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V.") == I);
    CHECK(classify_applicant("Massachusetts General Hospital") == I);
    // A medical centre is classified as a hospital even when a university's name is
    // part of its own, as 上海交通大学医学院附属瑞金医院 is.
    CHECK(classify_applicant("University of Texas Southwestern Medical Center") == I);
    CHECK(classify_applicant("Beth Israel Deaconess Medical Center") == I);
    CHECK(classify_applicant("United States Department of Energy") == G);
    CHECK(classify_applicant("Japan Science and Technology Agency") == G);
    CHECK(classify_applicant("John Smith") == P);
    CHECK(classify_applicant("SMITH, John") == P);
    CHECK(classify_applicant("Jean-Pierre Dupont") == P);
    CHECK(classify_applicant("J. R. R. Tolkien") == P);
    CHECK(classify_applicant("Mary O'Brien") == P);
    CHECK(classify_applicant("Google") == X);                     // one word: cannot tell
    CHECK(classify_applicant("A B C D E") == X);                  // five words: not a name
    CHECK(classify_applicant("John Smith 2") == X);               // digits
}

TEST_CASE("classify_applicant: persons' names in Han characters") {
    CHECK(classify_applicant("张三") == P);
    CHECK(classify_applicant("欧阳娜娜") == P);
    CHECK(classify_applicant("  李四  ") == P);
    CHECK(classify_applicant("买买提·艾力") == P);
    CHECK(classify_applicant("王") == X);           // one character
    CHECK(classify_applicant("司马相如之子") == X);   // five characters
    CHECK(classify_applicant("·艾力") == X);         // dot not between names
    CHECK(classify_applicant("艾力·") == X);
    CHECK(classify_applicant("张三 李四") == X);     // two names in one field
}

TEST_CASE("classify_applicant: bad input gives unknown") {
    CHECK(classify_applicant("") == X);
    CHECK(classify_applicant("   ") == X);
    CHECK(classify_applicant("\xE3\x80\x80") == X);                    // ideographic space
    CHECK(classify_applicant("\xFF\xFE") == X);                        // not UTF-8
    CHECK(classify_applicant("清华\xE5\xA4") == X);                      // truncated 大
    CHECK(classify_applicant("\xE5\xA4\xA7\xE5\xAD") == X);            // 大 + truncated 学
    CHECK(classify_applicant(std::string_view("清华大学\0有限公司", 25)) == X);  // embedded NUL
    CHECK(classify_applicant("12345") == X);
    CHECK(classify_applicant("!!!") == X);
    CHECK(classify_applicant("-") == X);
    CHECK(classify_applicant("'") == X);
    static_assert(ineq::classify_applicant("北京大学") == applicant_kind::university);
}

TEST_CASE("classify_applicant: given names ending in 军 and compound surnames") {
    // 军 (army) ends many given names; only a longer name ending in it is a military body.
    CHECK(classify_applicant("刘军") == P);
    CHECK(classify_applicant("张军") == P);
    CHECK(classify_applicant("王建军") == P);
    CHECK(classify_applicant("欧阳海军") == P);
    CHECK(classify_applicant("中国人民解放军陆军") == applicant_kind::government);
    CHECK(classify_applicant("东部战区空军") == applicant_kind::government);
    // Compound surname + three-character given name: five characters, still a person.
    CHECK(classify_applicant("欧阳海燕伟") == P);
    CHECK(classify_applicant("诸葛明远志") == P);
    CHECK(classify_applicant("王海燕伟明") == X);   // five characters, single surname
    CHECK(classify_applicant("欧阳科技部") == applicant_kind::government);  // a final 部 still counts
}
