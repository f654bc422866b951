// The sinks on their own: no range-v3 behind them; any range of records on their left.
#include <ineq/views/sinks.hpp>

#ifdef RANGE_V3_VERSION
#error "<ineq/views/sinks.hpp> must not include range-v3"
#endif

#include "std_views.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <list>
#include <ranges>
#include <span>
#include <string>
#include <utility>
#include <vector>

using namespace std::chrono;

namespace {
ineq::province p(std::size_t i) { return ineq::province::from_index(i); }

ineq::applicant org(ineq::applicant_kind kind, std::size_t where) {
    ineq::applicant a;
    a.name = "org";
    a.kind = kind;
    a.province_of = p(where);
    return a;
}

ineq::patent_record rec(int y, std::vector<ineq::applicant> applicants) {
    ineq::patent_record r;
    r.filing_date = year{y} / June / 1;
    r.type = ineq::patent_type::invention;
    r.applicants = std::move(applicants);
    return r;
}

constexpr auto U = ineq::applicant_kind::university;
constexpr auto E = ineq::applicant_kind::enterprise;
constexpr auto I = ineq::applicant_kind::institute;

std::vector<ineq::patent_record> records() {
    return {
        rec(2015, {org(U, 0), org(E, 9)}),             // Beijing + Jiangsu, IUR
        rec(2015, {org(U, 0), org(E, 0), org(I, 9)}),  // Beijing x2 + Jiangsu, IUR
        rec(2016, {org(E, 18)}),                       // Guangdong alone
        rec(2011, {org(U, 0), org(E, 9)}),             // before 2012
    };
}

template <class R>
concept sinks_to_panel = requires(R&& r) { std::forward<R>(r) | ineq::to_panel(2012, 2021); };
template <class R>
concept sinks_to_cooperation_panels = requires(R&& r) { std::forward<R>(r) | ineq::to_cooperation_panels(); };
}  // namespace

TEST_CASE("sinks give what aggregate and cooperation_panels_of give") {
    const auto rs = records();
    const auto keep_all = [](const ineq::patent_record&) { return true; };
    for (const auto mode : {ineq::counting::whole, ineq::counting::first_applicant}) {
        CHECK((rs | ineq::to_panel(2012, 2021, mode)) ==
              ineq::aggregate<ineq::count_panel>(rs, 2012, 2021, mode, keep_all));
    }
    CHECK((rs | ineq::to_fractional_panel(2012, 2021)) ==
          ineq::aggregate<ineq::fractional_panel>(rs, 2012, 2021, ineq::counting::fractional, keep_all));
    CHECK((rs | ineq::to_cooperation_panels()) == ineq::cooperation_panels_of(rs));
    // Counted by hand, whole counting: Beijing 2015 twice, Jiangsu 2015 twice, Guangdong 2016.
    const auto panel = rs | ineq::to_panel(2012, 2021);
    CHECK(panel(p(0), 2015) == 2);
    CHECK(panel(p(9), 2015) == 2);
    CHECK(panel(p(18), 2016) == 1);
    CHECK(panel.values().sum() == 5);
}

TEST_CASE("to_cooperation_panels<double>: fractional panels from a sink") {
    const auto panels = records() | ineq::to_cooperation_panels<double>(ineq::study_rules(), ineq::study_inventions(),
                                                                        ineq::counting::fractional);
    static_assert(std::is_same_v<decltype(panels), const ineq::fractional_cooperation_panels>);
    // Record 1: 1/2 + 1/2; record 2: Beijing 2/3, Jiangsu 1/3; record 3 all only.
    CHECK(panels.cooperative(p(0), 2015) == doctest::Approx(0.5 + 2.0 / 3));
    CHECK(panels.cooperative(p(9), 2015) == doctest::Approx(0.5 + 1.0 / 3));
    CHECK(panels.cooperative.values().sum() == doctest::Approx(2.0));
    CHECK(panels.all.values().sum() == doctest::Approx(3.0));
}

TEST_CASE("sinks take any range of records, std::views and lists included, and nothing else") {
    const auto rs = records();
    const std::list<ineq::patent_record> as_list(rs.begin(), rs.end());
    CHECK((as_list | ineq::to_panel(2012, 2021)) == (rs | ineq::to_panel(2012, 2021)));
    const auto two = std::span(rs).first(2) | ineq::to_panel(2012, 2021);
    CHECK(two.values().sum() == 4);
#if INEQ_TEST_STD_VIEWS
    CHECK((rs | std::views::take(2) | ineq::to_panel(2012, 2021)) == two);
#endif
    static_assert(sinks_to_panel<const std::vector<ineq::patent_record>&>);
    static_assert(sinks_to_cooperation_panels<std::list<ineq::patent_record>&>);
    static_assert(!sinks_to_panel<std::vector<int>&>);
    static_assert(!sinks_to_cooperation_panels<std::vector<std::string>&>);
}
