#include <ineq/patent/resolve.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

using ineq::applicant_kind;
using ineq::gazetteer;
using ineq::outside_mainland;
using ineq::place;
using ineq::resolution_source;
using ineq_test::message_of;

namespace {

place in(std::string_view province) { return place{.mainland = ineq::find_province(province)}; }

}  // namespace

TEST_CASE("to_string(resolution_source)") {
    CHECK(ineq::to_string(resolution_source::gazetteer) == "gazetteer");
    CHECK(ineq::to_string(resolution_source::type_field) == "type field");
    CHECK(ineq::to_string(resolution_source::address) == "address");
    CHECK(ineq::to_string(resolution_source::name) == "name");
    CHECK(ineq::to_string(resolution_source::none) == "none");
    CHECK(ineq::to_string(static_cast<resolution_source>(99)).empty());
}

TEST_CASE("gazetteer: lookups by key, sizes, and errors") {
    gazetteer g;
    CHECK(g.empty());
    CHECK(g.find("阿里巴巴(中国)有限公司") == nullptr);
    g.add("阿里巴巴(中国)有限公司", applicant_kind::enterprise, in("浙江"));
    g.add("阿里巴巴（中国）有限公司 ", applicant_kind::enterprise, in("浙江"));  // same key, same facts
    CHECK(g.size() == 1);
    const auto* e = g.find(" 阿里巴巴（中国）有限公司");
    REQUIRE(e != nullptr);
    CHECK(e->kind == applicant_kind::enterprise);
    CHECK(e->where.mainland->code() == 33);

    CHECK(message_of([&] { g.add("阿里巴巴(中国)有限公司", applicant_kind::enterprise, in("北京")); }) ==
          "ineq::gazetteer::add: the name is already in the gazetteer with other facts (index 1, value 1)");
    CHECK(message_of([&] { g.add(" \u3000", applicant_kind::enterprise, {}); }) ==
          "ineq::gazetteer::add: the name must be non-blank valid UTF-8 without NUL bytes");
    CHECK(message_of([&] { g.add("\xFF", applicant_kind::enterprise, {}); }) ==
          "ineq::gazetteer::add: the name must be non-blank valid UTF-8 without NUL bytes");
    CHECK(message_of([&] {
              g.add("x", applicant_kind::unknown,
                    place{.mainland = ineq::find_province("广东"), .outside = outside_mainland::hong_kong});
          }) == "ineq::gazetteer::add: a place is either a mainland province or outside the mainland "
                "(index 1, value 44)");
    // 3301 is Hangzhou (Zhejiang), not in Guangdong.
    CHECK(message_of([&] {
              g.add("y", applicant_kind::unknown,
                    place{.mainland = ineq::find_province("广东"), .prefecture = ineq::prefecture_from_code(3301)});
          }) == "ineq::gazetteer::add: the prefecture must belong to the entry's province (index 1, value 3301)");
    CHECK(message_of([&] { g.add("z", applicant_kind::unknown, place{.prefecture = ineq::prefecture_from_code(3301)}); }) ==
          "ineq::gazetteer::add: the prefecture must belong to the entry's province (index 1, value 3301)");
    CHECK(g.size() == 1);  // failed adds leave the table as it was
}

TEST_CASE("resolve_applicant: the gazetteer outranks the rules, fact by fact") {
    gazetteer g;
    g.add("阿里巴巴(中国)有限公司", applicant_kind::enterprise,
          place{.mainland = ineq::find_province("浙江"), .prefecture = ineq::prefecture_from_code(3301)});
    g.add("某某研究中心", applicant_kind::unknown, in("湖北"));  // place only: kind from the rules
    g.add("Example Holdings", applicant_kind::enterprise, {});     // kind only: place from the rules

    const auto a = ineq::resolve_applicant("阿里巴巴（中国）有限公司", "", "", &g);
    CHECK(a.kind == applicant_kind::enterprise);
    CHECK(a.kind_source == resolution_source::gazetteer);
    CHECK(a.where.mainland->code() == 33);
    CHECK(a.where.prefecture->code == 3301);
    CHECK(a.place_source == resolution_source::gazetteer);

    const auto b = ineq::resolve_applicant("某某研究中心", "", "", &g);
    CHECK(b.place_source == resolution_source::gazetteer);
    CHECK(b.where.mainland->code() == 42);
    CHECK(b.kind == applicant_kind::institute);  // 研究中心 by the name rules
    CHECK(b.kind_source == resolution_source::name);

    const auto c = ineq::resolve_applicant("Example Holdings", "Shenzhen, Guangdong, P.R. China", "", &g);
    CHECK(c.kind_source == resolution_source::gazetteer);
    CHECK(c.place_source == resolution_source::address);
    CHECK(c.where.mainland->code() == 44);
}

TEST_CASE("resolve_applicant: type field, then the name, for the kind") {
    const auto a = ineq::resolve_applicant("北京某某科技有限公司", "", "科研单位");
    CHECK(a.kind == applicant_kind::institute);
    CHECK(a.kind_source == resolution_source::type_field);
    // An unreadable type field says nothing: the name decides.
    const auto b = ineq::resolve_applicant("北京某某科技有限公司", "", "其他");
    CHECK(b.kind == applicant_kind::enterprise);
    CHECK(b.kind_source == resolution_source::name);
}

TEST_CASE("resolve_applicant: the address outranks the name for the place") {
    const auto a = ineq::resolve_applicant("北京某某科技有限公司", "上海市浦东新区张江路1号");
    CHECK(a.where.mainland->code() == 31);
    CHECK(a.place_source == resolution_source::address);
    // An address without a known place passes the decision to the name.
    const auto b = ineq::resolve_applicant("北京某某科技有限公司", "No. 1, Some Road");
    CHECK(b.where.mainland->code() == 11);
    CHECK(b.place_source == resolution_source::name);
}

TEST_CASE("resolve_applicant: nothing known") {
    const auto a = ineq::resolve_applicant("");
    CHECK(a.kind == applicant_kind::unknown);
    CHECK(a.kind_source == resolution_source::none);
    CHECK(!a.where.known());
    CHECK(a.place_source == resolution_source::none);
    const auto b = ineq::resolve_applicant("\xFF\xFE", "\xC0", "\xE0");
    CHECK(b.kind == applicant_kind::unknown);
    CHECK(!b.where.known());
}

TEST_CASE("country_code_of and make_applicant") {
    CHECK(ineq::country_code_of(in("北京")) == "CN");
    CHECK(ineq::country_code_of(place{.outside = outside_mainland::hong_kong}) == "HK");
    CHECK(ineq::country_code_of(place{.outside = outside_mainland::macao}) == "MO");
    CHECK(ineq::country_code_of(place{.outside = outside_mainland::taiwan}) == "TW");
    CHECK(ineq::country_code_of(place{.outside = outside_mainland::abroad}) == "ZZ");
    CHECK(ineq::country_code_of(place{}).empty());

    ineq::applicant_profile p;
    p.kind = applicant_kind::university;
    p.where = place{.outside = outside_mainland::abroad};
    const ineq::applicant a = ineq::make_applicant("东京大学", p);
    CHECK(a.name == "东京大学");
    CHECK(a.kind == applicant_kind::university);
    CHECK(a.country == "ZZ");
    CHECK(!a.province_of.has_value());
    CHECK(ineq::is_overseas(a));

    p.where = place{.mainland = ineq::find_province("浙江"), .prefecture = ineq::prefecture_from_code(3301)};
    const ineq::applicant b = ineq::make_applicant("浙江大学", p);
    CHECK(b.country == "CN");
    CHECK(b.province_of->code() == 33);
    CHECK(b.prefecture_of->code == 3301);
    CHECK(!ineq::is_overseas(b));

    const ineq::applicant c = ineq::make_applicant("某人", ineq::applicant_profile{});
    CHECK(c.country.empty());
}

TEST_CASE("resolve_applicant_kind and resolve_applicant_place: the two halves of resolve_applicant") {
    gazetteer g;
    g.add("阿里巴巴(中国)有限公司", applicant_kind::enterprise,
          place{.mainland = ineq::find_province("浙江"), .prefecture = ineq::prefecture_from_code(3301)});
    g.add("某某研究中心", applicant_kind::unknown, in("湖北"));
    g.add("Example Holdings", applicant_kind::enterprise, {});

    struct input {
        std::string_view name, address, type;
    };
    const input inputs[] = {
        {"阿里巴巴（中国）有限公司", "", ""},
        {"某某研究中心", "上海市浦东新区", ""},
        {"Example Holdings", "Shenzhen, Guangdong, P.R. China", "企业"},
        {"北京某某科技有限公司", "上海市浦东新区张江路1号", "科研单位"},
        {"北京某某科技有限公司", "No. 1, Some Road", "其他"},
        {"哈尔滨工业大学(深圳)", "", ""},
        {"三星电子株式会社", "", ""},
        {"", "", ""},
        {"\xFF\xFE", "\xC0", "\xE0"},
    };
    const gazetteer* const knowns[] = {nullptr, &g};
    for (const gazetteer* known : knowns) {
        for (const input& in : inputs) {  // not a structured binding: clang 14 cannot capture one in CAPTURE
            CAPTURE(in.name);
            const auto both = ineq::resolve_applicant(in.name, in.address, in.type, known);
            const auto kind = ineq::resolve_applicant_kind(in.name, in.type, known);
            const auto where = ineq::resolve_applicant_place(in.name, in.address, known);
            CHECK(kind.kind == both.kind);
            CHECK(kind.kind_source == both.kind_source);
            CHECK(!kind.where.known());
            CHECK(kind.place_source == resolution_source::none);
            CHECK(where.where == both.where);
            CHECK(where.place_source == both.place_source);
            CHECK(where.kind == applicant_kind::unknown);
            CHECK(where.kind_source == resolution_source::none);
        }
    }
    // The documented examples.
    CHECK(ineq::resolve_applicant_kind("清华大学").kind == applicant_kind::university);
    CHECK(!ineq::resolve_applicant_kind("清华大学").where.known());
    CHECK(ineq::resolve_applicant_place("北京某公司", "上海市浦东新区").where.mainland->code() == 31);
    CHECK(ineq::resolve_applicant_place("北京某公司", "上海市浦东新区").kind == applicant_kind::unknown);
}
