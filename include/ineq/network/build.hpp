#ifndef INEQ_NETWORK_BUILD_HPP
#define INEQ_NETWORK_BUILD_HPP

/// \file
/// Cooperation networks from patent records: the province network (31 nodes) and the
/// institution network (one node per applicant).
///
/// Counting. Within one record, the participants are its applicants with distinct
/// normalised names (`normalize_applicant_name`; an applicant listed twice counts once,
/// an empty name is ignored). Every unordered pair of participants is one co-application:
/// - `counting::whole` (`ineq::counting`, shared with the panels): each pair adds 1;
/// - `counting::fractional`: each record spreads weight 1 over its P pairs, 1 / P each,
///   so every cooperative record weighs 1 in total;
/// - `counting::first_applicant` has no meaning for a network and is rejected.
/// Province network: a participant enters only with a known `province_of`; a pair in two
/// provinces adds to their edge, a pair inside one province to that province's internal
/// weight (not a self-loop). P counts the pairs among these participants. Nodes are the
/// 31 provinces in `province::from_index` order, labelled with English names, so node i
/// is province i whether or not it cooperates.
/// Institution network: nodes are the normalised names of every participant of every
/// selected record, in order of first appearance (applicants of single-applicant records
/// become isolates); pairs add to edges; internal weights stay 0.
///
/// Selection (`network_filter`): a record enters if its filing year lies in
/// [first_year, last_year] (each bound optional; with a bound set, records with an
/// unknown or invalid filing date are left out) and, when `kinds` is not empty, its
/// `cooperation_of` is one of `kinds`. Records are counted as given: remove the second
/// publication (A/B) of one application first, e.g. with `ineq::deduplicate`.

#include <ineq/error.hpp>
#include <ineq/detail/utf8.hpp>
#include <ineq/network/graph.hpp>
#include <ineq/patent/counting.hpp>
#include <ineq/patent/record.hpp>
#include <ineq/patent/split.hpp>
#include <ineq/region/province.hpp>
#include <ineq/region/region_set.hpp>

#include <algorithm>
#include <chrono>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <ranges>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ineq::network {

/// How a record's unit of cooperation is shared among its pairs: the library's one
/// counting vocabulary, `ineq::counting` (whole or fractional; see the file comment),
/// also reachable as `ineq::network::counting`.
using ineq::counting;

/// Which records enter a network and how they are counted; the default takes every
/// record with whole counting.
struct network_filter {
    std::optional<std::chrono::year> first_year{};  ///< inclusive; none = no lower bound
    std::optional<std::chrono::year> last_year{};   ///< inclusive; none = no upper bound
    std::vector<cooperation_kind> kinds{};          ///< empty = every kind
    counting count = counting::whole;
};

/// The key two spellings of one applicant share: `ineq::applicant_key`
/// (`<ineq/patent/split.hpp>`), the library's one normalisation of applicant names, so that
/// network nodes and gazetteer entries match alike.
/// Example: `normalize_applicant_name("  Tsinghua   University（Beijing） ")` is
/// "tsinghua university(beijing)"; `normalize_applicant_name("清华大学\u00A0")` is "清华大学".
[[nodiscard]] inline std::string normalize_applicant_name(std::string_view name) { return applicant_key(name); }

namespace detail {

[[nodiscard]] inline bool selected(const patent_record& r, const network_filter& f) {
    if (f.first_year || f.last_year) {
        if (!r.filing_date.ok()) {
            return false;
        }
        const std::chrono::year y = r.filing_date.year();
        if ((f.first_year && y < *f.first_year) || (f.last_year && y > *f.last_year)) {
            return false;
        }
    }
    return f.kinds.empty() || std::find(f.kinds.begin(), f.kinds.end(), cooperation_of(r)) != f.kinds.end();
}

/// The record's participants: distinct non-empty normalised names, with the applicant.
[[nodiscard]] inline std::vector<std::pair<std::string, const applicant*>> participants(
    const patent_record& r) {
    std::vector<std::pair<std::string, const applicant*>> out;
    for (const auto& a : r.applicants) {
        std::string key = normalize_applicant_name(a.name);
        if (key.empty()) {
            continue;
        }
        const bool seen = std::any_of(out.begin(), out.end(),
                                      [&](const auto& p) { return p.first == key; });
        if (!seen) {
            out.emplace_back(std::move(key), &a);
        }
    }
    return out;
}

[[nodiscard]] inline double pair_weight(std::size_t k, counting c) {
    const double pairs = static_cast<double>(k) * static_cast<double>(k - 1) / 2.0;
    return c == counting::fractional ? 1.0 / pairs : 1.0;
}

/// Checked before any record is read, so that an empty range reports it as well.
inline void require_network_counting(counting c, std::string_view fn) {
    if (c != counting::whole && c != counting::fractional) {
        ineq::detail::fail(fn, "counting must be whole or fractional (a network has no first applicant)");
    }
}

}  // namespace detail

/// The cooperation network between the units of a region set (cities with
/// `ineq::prefecture_regions()`, provinces, macro-regions, zones): one node per unit,
/// labelled as the set labels it, built as `province_network` is from the applicants'
/// units. Participants without a unit in the set (a province-only applicant in a city
/// network) are left out of the record's pairs.
/// Never throws on record content.
/// \throws domain_error if `regions` is null or `filter.count` is `counting::first_applicant`.
/// Example: `auto cities = ineq::network::region_network(records, ineq::prefecture_regions());`
template <patent_record_range R>
[[nodiscard]] graph region_network(R&& records, const std::shared_ptr<const region_set>& regions,
                                   const network_filter& filter = {}) {
    detail::require_network_counting(filter.count, "region_network");
    if (!regions) {
        ineq::detail::fail("region_network", "needs a region set");
    }
    std::vector<std::string> labels;
    labels.reserve(regions->size());
    for (const auto& u : regions->units()) {
        labels.push_back(u.label);
    }
    graph g(labels);
    std::vector<std::size_t> where;
    for (const patent_record& r : records) {
        if (!detail::selected(r, filter)) {
            continue;
        }
        where.clear();
        for (const auto& p : detail::participants(r)) {
            const applicant& a = *p.second;
            if (!a.province_of) {
                continue;
            }
            if (const auto u = regions->unit_of(*a.province_of, a.prefecture_of)) {
                where.push_back(*u);
            }
        }
        if (where.size() < 2) {
            continue;
        }
        const double w = detail::pair_weight(where.size(), filter.count);
        for (std::size_t a = 0; a < where.size(); ++a) {
            for (std::size_t b = a + 1; b < where.size(); ++b) {
                if (where[a] == where[b]) {
                    g.add_internal(where[a], w);
                } else {
                    g.add_edge(where[a], where[b], w);
                }
            }
        }
    }
    return g;
}

/// The inter-provincial cooperation network of `records`; see the file comment.
/// `region_network(records, ineq::province_regions(), filter)`: nodes are the 31 provinces
/// labelled by their English names.
/// Never throws on record content (applicants without a province are skipped).
/// \throws domain_error if `filter.count` is `counting::first_applicant`.
/// Example: a record with applicants in Beijing, Beijing and Jiangsu adds, with whole
/// counting, 2 to the Beijing-Jiangsu edge and 1 to Beijing's internal weight.
template <patent_record_range R>
[[nodiscard]] graph province_network(R&& records, const network_filter& filter = {}) {
    detail::require_network_counting(filter.count, "province_network");
    return region_network(std::forward<R>(records), province_regions(), filter);
}

/// The inter-institution cooperation network of `records`; see the file comment.
/// Never throws on record content.
/// \throws domain_error if `filter.count` is `counting::first_applicant`.
/// Example: records {A, B} and {a , b, C} give nodes "a", "b", "c" and edges a-b 2,
/// a-c 1, b-c 1 under whole counting.
template <patent_record_range R>
[[nodiscard]] graph institution_network(R&& records, const network_filter& filter = {}) {
    detail::require_network_counting(filter.count, "institution_network");
    graph g;
    std::vector<std::size_t> ids;
    for (const patent_record& r : records) {
        if (!detail::selected(r, filter)) {
            continue;
        }
        ids.clear();
        for (const auto& p : detail::participants(r)) {
            ids.push_back(g.add_node(p.first));
        }
        if (ids.size() < 2) {
            continue;
        }
        const double w = detail::pair_weight(ids.size(), filter.count);
        for (std::size_t a = 0; a < ids.size(); ++a) {
            for (std::size_t b = a + 1; b < ids.size(); ++b) {
                g.add_edge(ids[a], ids[b], w);
            }
        }
    }
    return g;
}

}  // namespace ineq::network

#endif
