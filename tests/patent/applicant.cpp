#include <ineq/patent/applicant.hpp>

#include <doctest/doctest.h>

#include <string_view>

using ineq::applicant;
using ineq::applicant_kind;
using ineq::applicant_kind_from_type_text;
using ineq::is_overseas;

TEST_CASE("to_string(applicant_kind)") {
    CHECK(ineq::to_string(applicant_kind::enterprise) == "enterprise");
    CHECK(ineq::to_string(applicant_kind::university) == "university");
    CHECK(ineq::to_string(applicant_kind::institute) == "institute");
    CHECK(ineq::to_string(applicant_kind::hospital) == "hospital");
    CHECK(ineq::to_string(applicant_kind::government) == "government");
    CHECK(ineq::to_string(applicant_kind::individual) == "individual");
    CHECK(ineq::to_string(applicant_kind::unknown) == "unknown");
    CHECK(ineq::to_string(static_cast<applicant_kind>(200)).empty());
}

TEST_CASE("applicant_kind_from_type_text: incoPat / CNIPA vocabulary") {
    // Vocabulary as listed in /work/shared/data/README.md (incoPat / CNIPA applicant types).
    CHECK(applicant_kind_from_type_text("大专院校") == applicant_kind::university);
    CHECK(applicant_kind_from_type_text("科研单位") == applicant_kind::institute);
    CHECK(applicant_kind_from_type_text("企业") == applicant_kind::enterprise);
    CHECK(applicant_kind_from_type_text("工矿企业") == applicant_kind::enterprise);
    CHECK(applicant_kind_from_type_text("机关团体") == applicant_kind::government);
    CHECK(applicant_kind_from_type_text("个人") == applicant_kind::individual);
    CHECK(applicant_kind_from_type_text("機關團體") == applicant_kind::government);
    CHECK(applicant_kind_from_type_text(" 个人\u3000") == applicant_kind::individual);
    CHECK(applicant_kind_from_type_text("University") == applicant_kind::university);
    CHECK(applicant_kind_from_type_text("INDIVIDUAL") == applicant_kind::individual);
    CHECK(applicant_kind_from_type_text("医院") == applicant_kind::hospital);
    CHECK(applicant_kind_from_type_text("醫療機構") == applicant_kind::hospital);
    CHECK(applicant_kind_from_type_text("Hospital") == applicant_kind::hospital);
    for (auto k : {applicant_kind::enterprise, applicant_kind::university, applicant_kind::institute,
                   applicant_kind::hospital, applicant_kind::government, applicant_kind::individual}) {
        CHECK(applicant_kind_from_type_text(ineq::to_string(k)) == k);
    }
}

TEST_CASE("applicant_kind_from_type_text: unknown and bad input") {
    CHECK(applicant_kind_from_type_text("") == applicant_kind::unknown);
    CHECK(applicant_kind_from_type_text("   ") == applicant_kind::unknown);
    CHECK(applicant_kind_from_type_text("其他") == applicant_kind::unknown);
    CHECK(applicant_kind_from_type_text("企业 个人") == applicant_kind::unknown);
    CHECK(applicant_kind_from_type_text("\xE4\xBC\x81") == applicant_kind::unknown);  // 企 + nothing
    CHECK(applicant_kind_from_type_text("\xE4\xBC") == applicant_kind::unknown);      // truncated
    CHECK(applicant_kind_from_type_text(std::string_view("企业\0", 7)) == applicant_kind::unknown);
}

TEST_CASE("is_overseas: country code") {
    CHECK_FALSE(is_overseas(applicant{.name = "清华大学"}));  // default country CN
    CHECK(is_overseas(applicant{.name = "Google LLC", .country = "US"}));
    CHECK(is_overseas(applicant{.name = "Sony Corporation", .country = "jp"}));
    CHECK_FALSE(is_overseas(applicant{.name = "华为技术有限公司", .country = "cn"}));
    // Hong Kong, Macao and Taiwan are outside the 31 mainland provinces.
    CHECK(is_overseas(applicant{.name = "香港大学", .country = "HK"}));
    CHECK(is_overseas(applicant{.name = "澳门大学", .country = "MO"}));
    CHECK(is_overseas(applicant{.name = "鸿海精密工业股份有限公司", .country = "TW"}));
    // An unknown country alone does not make an applicant overseas.
    CHECK_FALSE(is_overseas(applicant{.name = "某某科技有限公司", .country = ""}));
    CHECK_FALSE(is_overseas(applicant{.name = "", .country = ""}));
}

TEST_CASE("is_overseas: name, when the province is unknown") {
    CHECK(is_overseas(applicant{.name = "香港理工大学", .country = ""}));
    CHECK(is_overseas(applicant{.name = "香港中文大学"}));
    CHECK(is_overseas(applicant{.name = "台湾积体电路制造股份有限公司"}));
    CHECK(is_overseas(applicant{.name = "臺灣大學"}));
    CHECK(is_overseas(applicant{.name = "澳門科技大學"}));
    CHECK(is_overseas(applicant{.name = "The Hong Kong University of Science and Technology"}));
    CHECK(is_overseas(applicant{.name = "National Taiwan University"}));
    CHECK(is_overseas(applicant{.name = "University of Macau"}));
    // Mainland campuses and institutes of Hong Kong universities are not overseas.
    CHECK_FALSE(is_overseas(applicant{.name = "香港中文大学(深圳)"}));
    CHECK_FALSE(is_overseas(applicant{.name = "香港理工大学深圳研究院"}));
    CHECK_FALSE(is_overseas(applicant{.name = "The Chinese University of Hong Kong, Shenzhen"}));
    // A name merely mentioning a place further in is not enough in Chinese.
    CHECK_FALSE(is_overseas(applicant{.name = "深圳市香港科技有限公司"}));
    // A known mainland province wins over the name.
    CHECK_FALSE(is_overseas(applicant{.name = "香港理工大学", .province_of = ineq::province::from_index(18)}));
    // Garbage names never make an applicant overseas.
    CHECK_FALSE(is_overseas(applicant{.name = "\xFF香港"}));
    CHECK_FALSE(is_overseas(applicant{.name = "\xE9\xA6\x99"}));  // 香 alone
}

TEST_CASE("is_overseas: NUL bytes and blank names never make an applicant overseas") {
    using namespace std::string_view_literals;
    CHECK_FALSE(is_overseas(applicant{.name = std::string("香港\0大学"sv), .country = ""}));
    CHECK_FALSE(is_overseas(applicant{.name = std::string("Hong Kong\0"sv), .country = ""}));
    CHECK_FALSE(is_overseas(applicant{.name = "   ", .country = ""}));
    // The country code decides whatever the name holds.
    CHECK(is_overseas(applicant{.name = std::string("\xFF\0"sv), .country = "US"}));
}
