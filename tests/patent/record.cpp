#include <ineq/patent/record.hpp>

#include "std_views.hpp"

#include <doctest/doctest.h>
#include <range/v3/view/iota.hpp>
#include <range/v3/view/transform.hpp>

#include <array>
#include <ranges>
#include <span>
#include <string>
#include <vector>

using ineq::applicant_kind;
using ineq::cooperation_kind;
using ineq::cooperation_of;
using ineq::patent_record;

namespace {

constexpr auto E = applicant_kind::enterprise;
constexpr auto U = applicant_kind::university;
constexpr auto I = applicant_kind::institute;
constexpr auto G = applicant_kind::government;
constexpr auto P = applicant_kind::individual;
constexpr auto X = applicant_kind::unknown;

patent_record with_kinds(std::initializer_list<applicant_kind> kinds) {
    patent_record r;
    int i = 0;
    for (auto k : kinds) {
        r.applicants.push_back(ineq::applicant{.name = "applicant " + std::to_string(i++), .kind = k});
    }
    return r;
}

}  // namespace

TEST_CASE("to_string(cooperation_kind)") {
    CHECK(ineq::to_string(cooperation_kind::none) == "none");
    CHECK(ineq::to_string(cooperation_kind::university_enterprise) == "university-enterprise");
    CHECK(ineq::to_string(cooperation_kind::university_institute) == "university-institute");
    CHECK(ineq::to_string(cooperation_kind::enterprise_institute) == "enterprise-institute");
    CHECK(ineq::to_string(cooperation_kind::all_three) == "all three");
    CHECK(ineq::to_string(cooperation_kind::other) == "other");
    CHECK(ineq::to_string(static_cast<cooperation_kind>(77)).empty());
}

TEST_CASE("cooperation_of: the IUR pairs") {
    CHECK(cooperation_of(with_kinds({U, E})) == cooperation_kind::university_enterprise);
    CHECK(cooperation_of(with_kinds({E, U})) == cooperation_kind::university_enterprise);
    CHECK(cooperation_of(with_kinds({U, I})) == cooperation_kind::university_institute);
    CHECK(cooperation_of(with_kinds({I, E})) == cooperation_kind::enterprise_institute);
    CHECK(cooperation_of(with_kinds({U, E, I})) == cooperation_kind::all_three);
    CHECK(cooperation_of(with_kinds({E, E, I, U, U})) == cooperation_kind::all_three);
    CHECK(cooperation_of(with_kinds({U, U, E})) == cooperation_kind::university_enterprise);
    // Other kinds alongside do not break a pair.
    CHECK(cooperation_of(with_kinds({U, E, G})) == cooperation_kind::university_enterprise);
    CHECK(cooperation_of(with_kinds({U, E, P})) == cooperation_kind::university_enterprise);
    CHECK(cooperation_of(with_kinds({I, X, E})) == cooperation_kind::enterprise_institute);
    // Hospitals count with the research institutes.
    constexpr auto H = applicant_kind::hospital;
    CHECK(cooperation_of(with_kinds({H, E})) == cooperation_kind::enterprise_institute);
    CHECK(cooperation_of(with_kinds({U, H})) == cooperation_kind::university_institute);
    CHECK(cooperation_of(with_kinds({H, I})) == cooperation_kind::other);
    CHECK(ineq::cooperation_of_kinds(std::array{H, U, E}) == cooperation_kind::all_three);
}

TEST_CASE("cooperation_of: no pair") {
    CHECK(cooperation_of(with_kinds({})) == cooperation_kind::none);
    CHECK(cooperation_of(with_kinds({U})) == cooperation_kind::none);
    CHECK(cooperation_of(with_kinds({P})) == cooperation_kind::none);
    // Two universities cooperate, but they are one side of the triangle: other.
    CHECK(cooperation_of(with_kinds({U, U})) == cooperation_kind::other);
    CHECK(cooperation_of(with_kinds({E, E, E})) == cooperation_kind::other);
    CHECK(cooperation_of(with_kinds({I, I})) == cooperation_kind::other);
    CHECK(cooperation_of(with_kinds({E, G})) == cooperation_kind::other);
    CHECK(cooperation_of(with_kinds({U, P})) == cooperation_kind::other);
    CHECK(cooperation_of(with_kinds({X, X})) == cooperation_kind::other);
    CHECK(cooperation_of(with_kinds({G, P, X})) == cooperation_kind::other);
}

TEST_CASE("cooperation_of_kinds and is_iur") {
    CHECK(ineq::cooperation_of_kinds(std::array{U, I}) == cooperation_kind::university_institute);
    CHECK(ineq::cooperation_of_kinds(std::vector<applicant_kind>{}) == cooperation_kind::none);
    CHECK(ineq::cooperation_of_kinds(std::vector{G, G}) == cooperation_kind::other);
    static_assert(ineq::cooperation_of_kinds(std::array{U, E, I}) == cooperation_kind::all_three);
    CHECK(ineq::is_iur(cooperation_kind::university_enterprise));
    CHECK(ineq::is_iur(cooperation_kind::university_institute));
    CHECK(ineq::is_iur(cooperation_kind::enterprise_institute));
    CHECK(ineq::is_iur(cooperation_kind::all_three));
    CHECK_FALSE(ineq::is_iur(cooperation_kind::none));
    CHECK_FALSE(ineq::is_iur(cooperation_kind::other));
    CHECK_FALSE(ineq::is_iur(static_cast<cooperation_kind>(77)));  // outside the enumeration
}

TEST_CASE("patent_record defaults") {
    const patent_record r;
    CHECK(r.type == ineq::patent_type::unknown);
    CHECK_FALSE(r.filing_date.ok());
    CHECK(r.applicants.empty());
    const ineq::applicant a;
    CHECK(a.country == "CN");
    CHECK(a.kind == applicant_kind::unknown);
    CHECK_FALSE(a.province_of.has_value());
}

TEST_CASE("cooperation_of: applicants are counted as listed") {
    // The same name listed twice is two applicants: two universities, no IUR pair.
    patent_record r;
    r.applicants = {ineq::applicant{.name = "清华大学", .kind = U}, ineq::applicant{.name = "清华大学", .kind = U}};
    CHECK(cooperation_of(r) == cooperation_kind::other);
    r.applicants.push_back(ineq::applicant{.name = "清华大学", .kind = E});
    CHECK(cooperation_of(r) == cooperation_kind::university_enterprise);
}

TEST_CASE("patent_record_range: ranges of records, not ranges of other things") {
    static_assert(ineq::patent_record_range<std::vector<patent_record>>);
    static_assert(ineq::patent_record_range<const std::vector<patent_record>&>);
    static_assert(ineq::patent_record_range<std::array<patent_record, 2>>);
    static_assert(ineq::patent_record_range<std::span<const patent_record>>);
    // a view yielding records by value
    static_assert(ineq::patent_record_range<decltype(ranges::views::iota(0, 2) |
                                                     ranges::views::transform([](int) { return patent_record{}; }))>);
#if INEQ_TEST_STD_VIEWS
    static_assert(ineq::patent_record_range<decltype(std::views::iota(0, 2) |
                                                     std::views::transform([](int) { return patent_record{}; }))>);
#endif
    // a range of a type derived from patent_record
    struct tagged_record : patent_record {
        int tag = 0;
    };
    static_assert(ineq::patent_record_range<std::vector<tagged_record>>);
    // rejected: numbers, strings, applicants, one record, a range of pointers
    static_assert(!ineq::patent_record_range<std::vector<int>>);
    static_assert(!ineq::patent_record_range<std::vector<std::string>>);
    static_assert(!ineq::patent_record_range<std::vector<ineq::applicant>>);
    static_assert(!ineq::patent_record_range<patent_record>);
    static_assert(!ineq::patent_record_range<std::vector<const patent_record*>>);
}
