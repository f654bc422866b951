#ifndef INEQ_PATENT_DEDUP_HPP
#define INEQ_PATENT_DEDUP_HPP

/// \file
/// One document per application: an application is published once as an application
/// (kind code A) and again when granted (B), and exports list both. Counting patents
/// means counting applications, so duplicates are removed by an application key.

#include <ineq/patent/patent_type.hpp>
#include <ineq/patent/record.hpp>
#include <ineq/detail/utf8.hpp>

#include <concepts>
#include <cstddef>
#include <ranges>
#include <string_view>
#include <type_traits>
#include <unordered_set>
#include <utility>
#include <vector>

namespace ineq {

/// The key that identifies a document's application:
///  - the application number, trimmed of white space (`detail::utf8::is_space`, the
///    no-break space U+00A0 included), if it is not empty;
///  - otherwise the publication number, trimmed, without its kind code
///    ("CN110210173A" and "CN110210173B" both give "CN110210173"; see `kind_code_of`);
///  - otherwise (or if the number is not valid UTF-8) an empty key, which identifies
///    nothing.
/// Two documents belong to the same application when their keys are equal and not empty.
/// Keys are compared as text. An application number (CN201910123456.7) and a
/// publication number (CN110210173) of the same application differ, so a document that
/// carries an application number is not matched with its twin that carries none: fill
/// the field for all documents of a data set or for none. The view points into
/// `record`, which must outlive it.
/// Example: `application_key({.publication_number = "CN110210173B"})` is "CN110210173".
[[nodiscard]] constexpr std::string_view application_key(const patent_record& record) noexcept {
    if (!record.application_number.empty()) {
        if (!detail::utf8::valid(record.application_number)) return {};
        return detail::utf8::trim(record.application_number);
    }
    if (!detail::utf8::valid(record.publication_number)) return {};
    std::string_view p = detail::utf8::trim(record.publication_number);
    const std::string_view kind = kind_code_of(p);
    p.remove_suffix(kind.size());
    return detail::utf8::trim(p);  // "CN110210173 B": the space before the kind code
}

/// The documents of `records` with one document per application: for each application
/// key the *first* document in input order is kept (with an A-then-B export, the
/// application publication), and the kept documents stay in input order. Documents
/// with an empty key (no application or publication number) are all kept, since they
/// cannot be matched. To prefer the granted document, sort so that it comes first
/// (e.g. by kind code descending) before deduplicating.
/// Example: {CN1A, CN2A, CN1B} gives {CN1A, CN2A}.
[[nodiscard]] inline std::vector<patent_record> deduplicate(std::vector<patent_record> records) {
    std::vector<bool> keep(records.size(), true);
    {
        // Views into `records`, which is not modified while the set is alive.
        std::unordered_set<std::string_view> seen;
        seen.reserve(records.size());
        for (std::size_t i = 0; i < records.size(); ++i) {
            const std::string_view key = application_key(records[i]);
            if (!key.empty() && !seen.insert(key).second) keep[i] = false;
        }
    }
    std::vector<patent_record> out;
    out.reserve(records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (keep[i]) out.push_back(std::move(records[i]));
    }
    return out;
}

/// As above for any range of records (a view, a list, a span): the records are copied
/// into a vector first. A vector passed as an rvalue takes the overload above and is
/// not copied.
/// Example: `ineq::deduplicate(records | std::views::take(100))`.
template <patent_record_range R>
    requires(!std::same_as<std::remove_cvref_t<R>, std::vector<patent_record>>)
[[nodiscard]] std::vector<patent_record> deduplicate(R&& records) {
    std::vector<patent_record> copy;
    if constexpr (std::ranges::sized_range<R>) {
        copy.reserve(static_cast<std::size_t>(std::ranges::size(records)));
    }
    for (const patent_record& r : records) {
        copy.push_back(r);
    }
    return deduplicate(std::move(copy));
}

}  // namespace ineq

#endif
