#include <ineq/patent/split.hpp>

#include <doctest/doctest.h>

#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using ineq::split_applicants;
using list = std::vector<std::string_view>;

TEST_CASE("split_applicants: Patsnap and incoPat separators") {
    CHECK(split_applicants("中铁二十五局集团第四工程有限公司 | 中铁二十五局集团第六工程有限公司") ==
          list{"中铁二十五局集团第四工程有限公司", "中铁二十五局集团第六工程有限公司"});
    CHECK(split_applicants("清华大学|北京大学") == list{"清华大学", "北京大学"});
    CHECK(split_applicants("清华大学; 北京大学;") == list{"清华大学", "北京大学"});
    CHECK(split_applicants("清华大学；北京大学") == list{"清华大学", "北京大学"});  // full-width ；
    CHECK(split_applicants("清华大学｜北京大学") == list{"清华大学", "北京大学"});  // full-width ｜
    CHECK(split_applicants("\u3000清华大学\u3000|\t北京大学 ") == list{"清华大学", "北京大学"});
    CHECK(split_applicants("A | B ; C；D") == list{"A", "B", "C", "D"});
}

TEST_CASE("split_applicants: one name, empties, the enumeration comma") {
    CHECK(split_applicants("中国科学院、水利部成都山地灾害与环境研究所") ==
          list{"中国科学院、水利部成都山地灾害与环境研究所"});
    CHECK(split_applicants("Huawei Technologies Co., Ltd.") == list{"Huawei Technologies Co., Ltd."});
    CHECK(split_applicants("").empty());
    CHECK(split_applicants("   ").empty());
    CHECK(split_applicants(" | | ;；").empty());
    CHECK(split_applicants("||清华大学||") == list{"清华大学"});
}

TEST_CASE("split_applicants: views point into the field") {
    const std::string field = "甲公司 | 乙大学";
    const auto parts = split_applicants(field);
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].data() == field.data());
    CHECK(parts[1].data() == field.data() + field.find("乙"));
}

TEST_CASE("split_applicants: invalid UTF-8 is split without reading out of bounds") {
    CHECK(split_applicants("\xFF\xFE|\xE5") == list{"\xFF\xFE", "\xE5"});
    CHECK(split_applicants("\xEF\xBC") == list{"\xEF\xBC"});    // truncated ；
    CHECK(split_applicants("a\xEF") == list{"a\xEF"});
    CHECK(split_applicants("\xE3\x80") == list{"\xE3\x80"});    // truncated U+3000
    const std::string with_nul("a\0b|c", 5);
    CHECK(split_applicants(with_nul) == list{std::string_view("a\0b", 3), "c"});
}

TEST_CASE("split_applicants: every white space of the library's one rule is trimmed") {
    // U+00A0 no-break space (C2 A0) is what HTML exports put around names; U+202F, U+2009
    // and U+3000 as well. Each is in Unicode's White_Space property (PropList.txt).
    CHECK(split_applicants("清华大学\u00A0| 华为技术有限公司") == list{"清华大学", "华为技术有限公司"});
    CHECK(split_applicants("\u00A0清华大学\u202F;\u2009北京大学\u3000") == list{"清华大学", "北京大学"});
    // Inner white space is part of the name.
    CHECK(split_applicants("Tsinghua\u00A0University") == list{"Tsinghua\u00A0University"});
    // A lone C2 byte before a separator is not a no-break space: kept.
    CHECK(split_applicants("a\xC2|b") == list{"a\xC2", "b"});
    // Zero-width no-break space U+FEFF (a BOM) is not white space.
    CHECK(split_applicants("\uFEFF清华大学") == list{"\uFEFF清华大学"});
}

TEST_CASE("split_applicants_into: the same names, the vector's storage reused") {
    std::vector<std::string_view> out{"stale"};
    ineq::split_applicants_into("清华大学 | 北京大学", out);
    CHECK(out == list{"清华大学", "北京大学"});
    const auto* storage = out.data();
    ineq::split_applicants_into(" | ", out);
    CHECK(out.empty());
    ineq::split_applicants_into("甲公司", out);
    CHECK(out == list{"甲公司"});
    CHECK(out.data() == storage);  // no reallocation for a shorter list
    for (const std::string_view field : {"", "A | B ; C；D", "||清华大学||", "\xFF\xFE|\xE5", "\u3000清华大学\u3000|\t北京大学 "}) {
        ineq::split_applicants_into(field, out);
        CHECK(out == split_applicants(field));
    }
}

TEST_CASE("split_aligned: per-applicant columns keep their empty entries") {
    using ineq::split_aligned;
    CHECK(split_aligned("").empty());
    CHECK(split_aligned(" \u3000\t").empty());  // blank: no entries
    CHECK(split_aligned("4403; ; 1101") == list{"4403", "", "1101"});
    CHECK(split_aligned("a；b｜c") == list{"a", "b", "c"});
    CHECK(split_aligned(";") == list{"", ""});
    CHECK(split_aligned("企业 | 大专院校") == list{"企业", "大专院校"});
    CHECK(split_aligned("\u00A0CN\u3000|JP ") == list{"CN", "JP"});
    CHECK(split_aligned("中国科学院、水利部") == list{"中国科学院、水利部"});  // 、 is not a separator
    CHECK(split_aligned("\xEF\xBC") == list{"\xEF\xBC"});                    // truncated ；, kept
    const std::string field = "甲 | 乙";
    const auto parts = split_aligned(field);
    REQUIRE(parts.size() == 2);
    CHECK(parts[1].data() == field.data() + field.find("乙"));
    std::vector<std::string_view> out{"stale", "stale", "stale"};
    ineq::split_aligned_into("x;y", out);
    CHECK(out == list{"x", "y"});
}

TEST_CASE("applicant_key: white space, full-width forms and ASCII case do not matter") {
    CHECK(ineq::applicant_key(" 腾讯科技（深圳）有限公司\u3000") == "腾讯科技(深圳)有限公司");
    CHECK(ineq::applicant_key("清华大学\u00A0") == "清华大学");
    CHECK(ineq::applicant_key("Sony  Group\tCorporation") == "sony group corporation");
    CHECK(ineq::applicant_key("ＳＯＮＹ") == "sony");
    // Chinese characters are not folded: simplified and traditional stay apart.
    CHECK(ineq::applicant_key("台湾大学") != ineq::applicant_key("臺灣大學"));
    CHECK(ineq::applicant_key("").empty());
    CHECK(ineq::applicant_key(" \u3000 ").empty());
    // Ill-formed bytes and NUL bytes are kept as they are (the gazetteer rejects such names).
    CHECK(ineq::applicant_key("A\xC3\x28") == "a\xC3(");
    CHECK(ineq::applicant_key("\xFF\xEF\xBC") == "\xFF\xEF\xBC");  // a cut-off sequence at the end
    CHECK(ineq::applicant_key(std::string_view("A\0B", 3)) == std::string_view("a\0b", 3));
}

TEST_CASE("split_applicants and split_aligned agree with a byte-by-byte reference on random fields") {
    // Reference: the separators found one byte at a time (applicant_separator_at at every
    // byte), so that the eight-byte skip over names is checked at every offset of a word.
    const auto reference = [](std::string_view field, bool keep_empty) {
        list out;
        if (keep_empty && ineq::detail::utf8::trim(field).empty()) return out;
        std::size_t start = 0;
        std::size_t i = 0;
        const auto emit = [&](std::size_t end) {
            const std::string_view v = ineq::detail::utf8::trim(field.substr(start, end - start));
            if (keep_empty || !v.empty()) out.push_back(v);
        };
        while (i < field.size()) {
            const std::size_t len = ineq::detail::applicant_separator_at(field, i);
            if (len == 0) {
                ++i;
                continue;
            }
            emit(i);
            i += len;
            start = i;
        }
        emit(field.size());
        return out;
    };
    std::mt19937 rng(20261201);
    const std::string_view pieces[] = {"清华大学", "Huawei Technologies Co., Ltd.", "abcdefgh", "（深圳）", "|", ";",
                                       "；", "｜", " ", "\u3000", "\xEF", "\xEF\xBC", "\xEF\xBD\x9C", "x"};
    std::uniform_int_distribution<std::size_t> length(0, 16);
    std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1);
    std::vector<std::string_view> out;
    for (int k = 0; k < 20000; ++k) {
        std::string field;
        const std::size_t n = length(rng);
        for (std::size_t i = 0; i < n; ++i) field += pieces[pick(rng)];
        CAPTURE(field);
        ineq::split_applicants_into(field, out);
        REQUIRE(out == reference(field, false));
        ineq::split_aligned_into(field, out);
        REQUIRE(out == reference(field, true));
    }
}
