#include <ineq/patent/patent_type.hpp>

#include <doctest/doctest.h>

#include <string_view>

using ineq::kind_code_of;
using ineq::patent_type;
using ineq::patent_type_from_kind_code;
using ineq::patent_type_from_text;

// Kind codes as CNIPA assigns them (WIPO Standard ST.16 and CNIPA's "专利文献种类标识
// 代码"): A = invention application, B/C = granted invention, U/Y = utility model,
// S/D = design. Sample numbers come from tests/data/patsnap_export_sample.csv.

TEST_CASE("to_string(patent_type)") {
    CHECK(ineq::to_string(patent_type::invention) == "invention");
    CHECK(ineq::to_string(patent_type::utility_model) == "utility model");
    CHECK(ineq::to_string(patent_type::design) == "design");
    CHECK(ineq::to_string(patent_type::unknown) == "unknown");
    CHECK(ineq::to_string(static_cast<patent_type>(9)).empty());
}

TEST_CASE("kind_code_of") {
    CHECK(kind_code_of("CN110210173A") == "A");
    CHECK(kind_code_of("CN110210173B") == "B");
    CHECK(kind_code_of("CN213624990U") == "U");
    CHECK(kind_code_of("WO2021123456A1") == "A1");
    CHECK(kind_code_of(" CN110210173 B ") == "B");
    CHECK(kind_code_of("cn110210173a") == "a");
    CHECK(kind_code_of("CN110210173").empty());
    CHECK(kind_code_of("CN110210173AB").empty());
    CHECK(kind_code_of("CN110210173A12").empty());
    CHECK(kind_code_of("A").empty());
    CHECK(kind_code_of("CN").empty());
    CHECK(kind_code_of("").empty());
    CHECK(kind_code_of("\xFF" "123A").empty());
}

TEST_CASE("patent_type_from_kind_code: bare kind codes") {
    for (std::string_view k : {"A", "A1", "B", "B1", "C", "a", "b", "A8", "B9"}) {
        CAPTURE(k);
        CHECK(patent_type_from_kind_code(k) == patent_type::invention);
    }
    for (std::string_view k : {"U", "Y", "U1", "u"}) {
        CAPTURE(k);
        CHECK(patent_type_from_kind_code(k) == patent_type::utility_model);
    }
    for (std::string_view k : {"S", "D", "S1"}) {
        CAPTURE(k);
        CHECK(patent_type_from_kind_code(k) == patent_type::design);
    }
    for (std::string_view k : {"", " ", "E", "Z", "AB", "1", "A-", "\xC3", "\xC3\xA4"}) {
        CAPTURE(k);
        CHECK(patent_type_from_kind_code(k) == patent_type::unknown);
    }
}

TEST_CASE("patent_type_from_kind_code: whole publication numbers") {
    CHECK(patent_type_from_kind_code("CN113917562A") == patent_type::invention);
    CHECK(patent_type_from_kind_code("CN110210173B") == patent_type::invention);
    CHECK(patent_type_from_kind_code("CN213624990U") == patent_type::utility_model);
    CHECK(patent_type_from_kind_code("CN305123456S") == patent_type::design);
    CHECK(patent_type_from_kind_code("110210173A") == patent_type::invention);  // no office prefix
    CHECK(patent_type_from_kind_code("WO2021123456A1") == patent_type::unknown);
    CHECK(patent_type_from_kind_code("US10123456B2") == patent_type::unknown);
    CHECK(patent_type_from_kind_code("CN110210173") == patent_type::unknown);
}

TEST_CASE("patent_type_from_text") {
    for (std::string_view t : {"发明", "发明申请", "发明授权", "发明专利", "發明", "invention", "Invention",
                               " 发明 ", "INVENTION PATENT"}) {
        CAPTURE(t);
        CHECK(patent_type_from_text(t) == patent_type::invention);
    }
    for (std::string_view t : {"实用新型", "實用新型", "utility model", "Utility Model"}) {
        CAPTURE(t);
        CHECK(patent_type_from_text(t) == patent_type::utility_model);
    }
    for (std::string_view t : {"外观设计", "外觀設計", "design", "Design"}) {
        CAPTURE(t);
        CHECK(patent_type_from_text(t) == patent_type::design);
    }
    for (std::string_view t : {"", "   ", "专利", "发 明", "inventions", "\xE5\x8F", "发明\xFF"}) {
        CAPTURE(t);
        CHECK(patent_type_from_text(t) == patent_type::unknown);
    }
}

TEST_CASE("office_of") {
    CHECK(ineq::office_of("CN110210173A") == "CN");
    CHECK(ineq::office_of("WO2021123456A1") == "WO");
    CHECK(ineq::office_of(" us10123456B2 ") == "us");
    CHECK(ineq::office_of("110210173A").empty());
    CHECK(ineq::office_of("").empty());
    CHECK(ineq::office_of("   ").empty());
    CHECK(ineq::office_of("CN\xFF" "1A").empty());  // invalid UTF-8
}

TEST_CASE("kind codes and type text: NUL bytes and blank text") {
    using namespace std::string_view_literals;
    for (std::string_view s : {"CN110210173A\0"sv, "CN1\0" "10210173A"sv, "\0"sv}) {
        CAPTURE(s.size());
        CHECK(kind_code_of(s).empty());
        CHECK(ineq::office_of(s).empty());
        CHECK(patent_type_from_kind_code(s) == patent_type::unknown);
    }
    CHECK(kind_code_of("   ").empty());
    CHECK(patent_type_from_kind_code("A\0"sv) == patent_type::unknown);
    CHECK(patent_type_from_text("发明\0"sv) == patent_type::unknown);
    CHECK(patent_type_from_text("\0"sv) == patent_type::unknown);
    CHECK(patent_type_from_text("\t发明\n") == patent_type::invention);  // surrounding white space
}

TEST_CASE("type text and numbers are trimmed of every white space of the library's one rule") {
    // U+00A0 no-break space and U+3000 ideographic space, as in HTML and full-width exports.
    CHECK(patent_type_from_text("发明\u00A0") == patent_type::invention);
    CHECK(patent_type_from_text("\u3000实用新型\u00A0") == patent_type::utility_model);
    CHECK(kind_code_of("CN110210173A\u00A0") == "A");
    CHECK(patent_type_from_kind_code("\u00A0CN213624990U") == patent_type::utility_model);
    CHECK(patent_type_from_text("发明\xC2") == patent_type::unknown);  // a lone C2 byte: invalid UTF-8
}
