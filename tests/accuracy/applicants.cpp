// Accuracy of `resolve_applicant` and `resolve_address` on the hand-labelled corpus of real
// applicant names and addresses in tests/data/corpus/ (sources, licences and labelling
// rules in tests/data/corpus/README.md). The labels were written by hand from the rules
// there, never from the library's output. Each floor below is a regression guard: a change
// that lowers accuracy under it fails. The figures are printed by
//     ctest --test-dir build/dev -R accuracy.applicants -V
// and INEQ_LIST_MISSES=1 in the environment lists every miss.
#include <ineq/patent/resolve.hpp>

#include "accuracy/corpus.hpp"

#include <doctest/doctest.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

struct ratio {
    const char* what;
    int right = 0;
    int total = 0;
    [[nodiscard]] double value() const { return total == 0 ? 0.0 : static_cast<double>(right) / total; }
};

bool list_misses() {
    const char* v = std::getenv("INEQ_LIST_MISSES");
    return v != nullptr && *v != '\0' && *v != '0';
}

void report(const ratio& r) {
    std::printf("  %-52s %6.2f %%  (%d / %d)\n", r.what, 100.0 * r.value(), r.right, r.total);
}

void miss(const std::string& field, const std::string& text, const std::string& want, const std::string& got) {
    if (list_misses()) std::printf("  miss %-10s %s: labelled %s, resolved %s\n", field.c_str(), text.c_str(),
                                   want.c_str(), got.c_str());
}

int code_of(const std::string& s) {
    int v = 0;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return (ec == std::errc{} && p == s.data() + s.size()) ? v : -1;
}

std::string province_text(const ineq::place& p) {
    if (p.mainland) return std::to_string(static_cast<int>(p.mainland->code()));
    if (p.outside) return std::string(ineq::to_string(*p.outside));
    return "none";
}

std::string prefecture_text(const ineq::place& p) {
    return p.prefecture ? std::to_string(p.prefecture->code) : std::string("none");
}

/// Province and prefecture precision and recall of `got` against a labelled row.
struct place_scores {
    ratio mainland{"mainland / outside the mainland, accuracy"};
    ratio province_precision{"province precision (placed names in the right province)"};
    ratio province_recall{"province recall"};
    ratio prefecture_precision{"prefecture precision"};
    ratio prefecture_recall{"prefecture recall"};

    void add(const ineq_test::labelled_row& row, const std::string& text, const ineq::place& got,
             bool counts_for_recall) {
        const bool label_outside = row.at("mainland") == "no";
        ++mainland.total;
        if (got.outside.has_value() == label_outside) {
            ++mainland.right;
        } else {
            miss("mainland", text, row.at("mainland"), province_text(got));
        }
        const int want_province = code_of(row.at("province"));
        const int want_prefecture = code_of(row.at("prefecture"));
        if (got.mainland && (want_province > 0 || label_outside)) {
            ++province_precision.total;
            if (static_cast<int>(got.mainland->code()) == want_province) {
                ++province_precision.right;
            } else {
                miss("province", text, label_outside ? "outside" : row.at("province"), province_text(got));
            }
        }
        if (counts_for_recall && want_province > 0) {
            ++province_recall.total;
            if (got.mainland && static_cast<int>(got.mainland->code()) == want_province) {
                ++province_recall.right;
            } else if (!got.mainland) {
                miss("no place", text, row.at("province"), province_text(got));
            }
        }
        if (got.prefecture && (want_prefecture > 0 || label_outside)) {
            ++prefecture_precision.total;
            if (static_cast<int>(got.prefecture->code) == want_prefecture) {
                ++prefecture_precision.right;
            } else {
                miss("prefecture", text, row.at("prefecture"), prefecture_text(got));
            }
        }
        if (counts_for_recall && want_prefecture > 0) {
            ++prefecture_recall.total;
            if (got.prefecture && static_cast<int>(got.prefecture->code) == want_prefecture) ++prefecture_recall.right;
        }
    }
};

}  // namespace

TEST_CASE("resolve_applicant on the labelled applicant names") {
    const auto rows = ineq_test::read_corpus("applicants.csv");
    REQUIRE(rows.size() >= 600);
    ratio kind{"kind accuracy"};
    // Names chosen for hard classes (tests/data/corpus/README.md) against names drawn as
    // they come from exports and lists.
    ratio kind_hard{"kind accuracy, names chosen for hard classes"};
    ratio kind_drawn{"kind accuracy, names drawn from exports and lists"};
    ratio mainland_hard{"mainland accuracy, names chosen for hard classes"};
    ratio mainland_drawn{"mainland accuracy, names drawn from exports and lists"};
    place_scores place;
    place.province_recall.what = "province recall, names whose text names a place";
    place.prefecture_recall.what = "prefecture recall, names whose text names one";
    for (const auto& row : rows) {
        const std::string& name = row.at("name");
        const ineq::applicant_profile p = ineq::resolve_applicant(name);
        const bool hard = row.at("source") == "known_org" || row.at("source") == "issue_text";
        ratio& group = hard ? kind_hard : kind_drawn;
        ++kind.total;
        ++group.total;
        if (ineq::to_string(p.kind) == row.at("kind")) {
            ++kind.right;
            ++group.right;
        } else {
            miss("kind", name, row.at("kind"), std::string(ineq::to_string(p.kind)));
        }
        place.add(row, name, p.where, row.at("place_in_text") == "yes");
        ratio& m = hard ? mainland_hard : mainland_drawn;
        ++m.total;
        if (p.where.outside.has_value() == (row.at("mainland") == "no")) ++m.right;
    }
    std::printf("applicant names (%zu, tests/data/corpus/applicants.csv):\n", rows.size());
    for (const ratio* r : {&kind, &kind_hard, &kind_drawn, &place.mainland, &mainland_hard, &mainland_drawn, &place.province_precision, &place.province_recall,
                           &place.prefecture_precision, &place.prefecture_recall}) {
        report(*r);
    }
    CHECK(kind.value() >= 0.99);
    // Below the 99 % aimed at: most misses are Taiwanese and foreign bodies whose Chinese
    // names carry no mark of it (友达光电股份有限公司, 谷歌有限责任公司); only a gazetteer
    // places them. The names drawn as they come are held to more.
    CHECK(place.mainland.value() >= 0.95);
    CHECK(mainland_drawn.value() >= 0.97);
    CHECK(place.province_precision.value() >= 0.995);
    CHECK(place.province_recall.value() >= 0.97);
    CHECK(place.prefecture_precision.value() >= 0.995);
    CHECK(place.prefecture_recall.value() >= 0.88);
}

TEST_CASE("resolve_address on the labelled addresses") {
    const auto rows = ineq_test::read_corpus("addresses.csv");
    REQUIRE(rows.size() >= 300);
    place_scores place;
    place.province_recall.what = "province recall";
    for (const auto& row : rows) {
        const std::string& address = row.at("address");
        place.add(row, address, ineq::resolve_address(address), true);
    }
    std::printf("addresses (%zu, tests/data/corpus/addresses.csv):\n", rows.size());
    for (const ratio* r : {&place.mainland, &place.province_precision, &place.province_recall,
                           &place.prefecture_precision, &place.prefecture_recall}) {
        report(*r);
    }
    CHECK(place.mainland.value() >= 0.99);
    CHECK(place.province_precision.value() >= 0.995);
    CHECK(place.province_recall.value() >= 0.99);
    CHECK(place.prefecture_precision.value() >= 0.995);
    CHECK(place.prefecture_recall.value() >= 0.99);
}
