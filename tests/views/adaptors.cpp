// The range-v3 adaptors on their own: no Eigen behind them, ranges of records only.
#include <ineq/views/adaptors.hpp>

#ifdef EIGEN_WORLD_VERSION
#error "<ineq/views/adaptors.hpp> must not include Eigen"
#endif

#include <doctest/doctest.h>

#include <range/v3/range/conversion.hpp>

#include <chrono>
#include <string>
#include <utility>
#include <vector>

using namespace std::chrono;

namespace {
ineq::patent_record rec(std::string publication, std::vector<std::string> names) {
    ineq::patent_record r;
    r.publication_number = std::move(publication);
    r.type = ineq::patent_type_from_kind_code(r.publication_number);
    r.filing_date = year{2018} / May / 2;
    for (auto& n : names) {
        ineq::applicant a;
        a.name = std::move(n);
        r.applicants.push_back(std::move(a));
    }
    return r;
}

template <class R>
concept classifiable = requires(R&& r) { std::forward<R>(r) | ineq::views::classify_applicants; };
template <class R>
concept deduplicable = requires(R&& r) { std::forward<R>(r) | ineq::views::unique_applications(); };
template <class R>
concept selectable = requires(R&& r) { std::forward<R>(r) | ineq::views::select(ineq::study_rules()); };
}  // namespace

TEST_CASE("adaptors accept ranges of records and reject other ranges at compile time") {
    using records = std::vector<ineq::patent_record>;
    static_assert(classifiable<records&>);
    static_assert(deduplicable<const records&>);
    static_assert(selectable<records&>);
    static_assert(!classifiable<std::vector<int>&>);
    static_assert(!deduplicable<std::vector<std::string>&>);
    static_assert(!selectable<std::vector<ineq::applicant>&>);
}

TEST_CASE("adaptors compose without Eigen: classify, one per application, select") {
    // CN1A and CN1B are one application; CN2A has a university and an enterprise.
    const std::vector<ineq::patent_record> records{
        rec("CN1A", {"清华大学", "华为技术有限公司"}),
        rec("CN1B", {"清华大学", "华为技术有限公司"}),
        rec("CN2A", {"南京大学", "张伟"}),
    };
    // One pass (a for loop): unique_applications remembers the keys it has seen, so a
    // consumer that walks the view twice (ranges::to counts the elements first) sees
    // fewer records.
    std::vector<ineq::patent_record> kept;
    for (auto&& r : records | ineq::views::classify_applicants | ineq::views::unique_applications()) {
        kept.push_back(r);
    }
    REQUIRE(kept.size() == 2);
    CHECK(kept[0].publication_number == "CN1A");
    CHECK(kept[0].applicants[0].kind == ineq::applicant_kind::university);
    CHECK(kept[0].applicants[1].kind == ineq::applicant_kind::enterprise);
    CHECK(kept[1].applicants[1].kind == ineq::applicant_kind::individual);
    // The study's rules drop CN2A (an individual applicant).
    ineq::selection_rules rules = ineq::study_rules();
    const auto selected = kept | ineq::views::select(rules) | ranges::to<std::vector>();
    REQUIRE(selected.size() == 1);
    CHECK(selected[0].publication_number == "CN1A");
    // A fresh unique_applications view per pass: piping twice sees every application twice.
    const auto closure = ineq::views::unique_applications();
    CHECK(ranges::distance(records | closure) == 2);
    CHECK(ranges::distance(records | closure) == 2);
}
