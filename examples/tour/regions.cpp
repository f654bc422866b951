// tour/regions: provinces, prefectures, and the kind and place of an applicant.
//
// What you learn here:
//   - the 31 mainland provinces and their macro-regions, found by code or by any name
//     (Chinese, pinyin, English); Shanxi and Shaanxi are not confused;
//   - prefectures by code and by name, and the place of a free-text address;
//   - ineq::resolve_applicant: an applicant's kind (enterprise, university, ...) and place
//     (province and prefecture, or outside the mainland) from its name, address and the
//     export's type field, and which source decided each fact;
//   - lookups never throw: text they cannot read gives an empty result.
//
// Headers: <ineq/region/...> (standard library only) and <ineq/patent/resolve.hpp>.
// Run:  build/dev/examples/tour_regions

#include <ineq/patent/applicant.hpp>
#include <ineq/patent/resolve.hpp>
#include <ineq/region/address.hpp>
#include <ineq/region/outside.hpp>
#include <ineq/region/prefecture.hpp>
#include <ineq/region/province.hpp>

#include <fmt/format.h>

#include <array>
#include <map>
#include <string>
#include <string_view>

namespace {

// "Guangdong / 深圳市", "Hong Kong", "abroad" or "unknown".
std::string describe(const ineq::place& p) {
    if (p.outside) return std::string(ineq::to_string(*p.outside));
    if (!p.mainland) return "unknown";
    std::string s(p.mainland->english());
    if (p.prefecture) s += fmt::format(" / {} {}", p.prefecture->code, p.prefecture->name);
    return s;
}

}  // namespace

int main() {
    std::map<ineq::macro_region, int> per_region;
    for (const ineq::province_info& p : ineq::provinces()) ++per_region[p.region];
    fmt::print("{} provinces:", ineq::provinces().size());
    for (auto [region, n] : per_region) fmt::print(" {} {}", ineq::to_string(region), n);
    fmt::print("\n\n");

    for (std::string_view name : {"广东", "Shanxi", "Shaanxi", "Szechuan", "Mongolia"}) {
        auto p = ineq::find_province(name);
        fmt::print("find_province({:<10}) {}\n", fmt::format("\"{}\"", name),
                   p ? fmt::format("{} {} ({})", p->code(), p->english(), p->chinese()) : "empty");
    }
    if (auto sz = ineq::prefecture_from_code(4403))
        fmt::print("prefecture 4403      {}, in {}\n\n", sz->name, sz->province_of().english());

    for (std::string_view address : {"青海省海南藏族自治州共和县", "江苏昆山市玉山镇", "Haidian District, Beijing 100190, China",
                                     "香港九龙塘", "朝阳区"})
        fmt::print("address {:<40} {}\n", address, describe(ineq::resolve_address(address)));

    // Applicants: the name alone, then a name with an address, then the export's type field.
    struct example {
        std::string_view name, address, type;
    };
    const std::array<example, 6> applicants{{{"哈尔滨工业大学(深圳)", "", ""},
                                             {"中国科学院自动化研究所", "", ""},
                                             {"北京某科技有限公司", "上海市浦东新区张江路", ""},
                                             {"三星电子株式会社", "", ""},
                                             {"华为技术有限公司", "", "企业"},
                                             {"张伟", "", ""}}};
    fmt::print("\n{:<24} {:<11} {:<11} {:<11} place\n", "applicant", "kind", "kind from", "place from");
    for (const example& a : applicants) {
        ineq::applicant_profile who = ineq::resolve_applicant(a.name, a.address, a.type);
        fmt::print("{:<24} {:<11} {:<11} {:<11} {}\n", a.name, ineq::to_string(who.kind),
                   ineq::to_string(who.kind_source), ineq::to_string(who.place_source), describe(who.where));
    }

    // Your own gazetteer outranks the rules: a name the rules cannot place.
    ineq::gazetteer seats;
    seats.add("华为技术有限公司", ineq::applicant_kind::enterprise,
              ineq::place{.mainland = ineq::find_province("广东"), .prefecture = ineq::prefecture_from_code(4403)});
    ineq::applicant_profile huawei = ineq::resolve_applicant("华为技术有限公司", "", "", &seats);
    fmt::print("\nwith a gazetteer:  华为技术有限公司 -> {} ({})\n", describe(huawei.where),
               ineq::to_string(huawei.place_source));

    // The applicant as a patent record holds it.
    ineq::applicant a = ineq::make_applicant("清华大学", ineq::resolve_applicant("清华大学"));
    fmt::print("make_applicant:    {} is a {} in {}, country {}\n", a.name, ineq::to_string(a.kind),
               a.province_of ? a.province_of->english() : "?", a.country);
}
