#ifndef INEQ_PATENT_DEDUP_HPP
#define INEQ_PATENT_DEDUP_HPP

/// \file
/// One document per application: an application is published once as an application
/// (kind code A) and again when granted (B), and exports list both. Counting patents
/// means counting applications, so duplicates are removed by an application key.

#include <ineq/patent/patent_type.hpp>
#include <ineq/patent/record.hpp>
#include <ineq/detail/parallel.hpp>
#include <ineq/detail/utf8.hpp>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <ranges>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
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


/// A set of application keys that remembers which keys it has seen, in little memory: the
/// one-pass deduplication of an export streamed row by row (`insert` returns false for a
/// key seen before).
///
/// Storage rule: a key of the usual form of an application or publication number, two ASCII
/// capital letters, 1 to 13 digits and optionally "." and one check character 0-9 or X
/// ("CN201910123456.7", "CN110210173"), is packed losslessly into one 64-bit word (letters,
/// digit count, digits, check character); any other key is stored as text in an arena and
/// referred to by its index. The table is open addressing with linear probing over 64-bit
/// words, at most 80 % full, so a packed key costs 8 to 16 bytes in all. Membership is exact:
/// packed words are compared whole, and stored text is compared byte for byte, never by a
/// hash alone.
/// Bad input: an empty key is never stored (`insert("")` returns true every time: an empty
/// key identifies nothing, as in `deduplicate`).
/// Example: `application_key_set s; s.insert("CN201910123456.7")` is true, a second
/// `s.insert("CN201910123456.7")` false.
class application_key_set {
public:
    /// Adds `key`; true if it was not in the set (or is empty).
    bool insert(std::string_view key) {
        if (key.empty()) return true;
        if (slots_.empty() || 5 * (size_ + 1) > 4 * slots_.size()) grow();
        const std::uint64_t packed = pack(key);
        if (packed != 0) return insert_word(packed, mix(packed), {});
        return insert_word(0, hash_text(key), key);
    }
    /// True if `key` is in the set.
    [[nodiscard]] bool contains(std::string_view key) const noexcept {
        if (key.empty() || slots_.empty()) return false;
        const std::uint64_t packed = pack(key);
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = static_cast<std::size_t>(packed != 0 ? mix(packed) : hash_text(key)) & mask;
        for (;; i = (i + 1) & mask) {
            const std::uint64_t w = slots_[i];
            if (w == 0) return false;
            if (packed != 0 ? w == packed : (w & text_flag) != 0 && text_of(w) == key) return true;
        }
    }
    /// Makes room for `keys` keys in all, so that inserting up to that many allocates the
    /// table once instead of through a chain of doublings (each a fresh, zeroed block and a
    /// rehash of every key). Never shrinks; the set is unchanged otherwise.
    /// \throws std::length_error if the table for `keys` would exceed what a vector can hold;
    ///   std::bad_alloc.
    void reserve(std::size_t keys) {
        if (keys > slots_.max_size() / 4) throw std::length_error("ineq::application_key_set::reserve: too many keys");
        std::size_t want = 1024;
        while (5 * keys > 4 * want) want *= 2;  // at most 80 % full, as insert keeps it
        if (want > slots_.size()) rehash(want);
    }
    /// The number of keys in the set.
    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    /// Bytes held by the table and the text arena (capacity, not only what is used).
    [[nodiscard]] std::size_t memory_bytes() const noexcept {
        return slots_.capacity() * sizeof(std::uint64_t) + arena_.capacity() + offsets_.capacity() * sizeof(std::size_t);
    }

private:
    static constexpr std::uint64_t text_flag = std::uint64_t{1} << 63;

    // 0 when `key` does not have the packed form. Layout, low to high: check character
    // (4 bits: 0 none, 1-10 digits, 11 X), digits (44 bits, < 10^13), digit count - 1
    // (4 bits), two letters (5 bits each, A = 1). Never 0 and never with bit 63 set.
    [[nodiscard]] static std::uint64_t pack(std::string_view k) noexcept {
        const std::size_t n = k.size();
        if (n < 3 || n > 17) return 0;
        const auto letter = [](char c) { return c >= 'A' && c <= 'Z'; };
        if (!letter(k[0]) || !letter(k[1])) return 0;
        std::size_t end = n;
        std::uint64_t check = 0;
        if (n >= 5 && k[n - 2] == '.') {
            const char c = k[n - 1];
            if (c >= '0' && c <= '9') {
                check = static_cast<std::uint64_t>(c - '0') + 1;
            } else if (c == 'X') {
                check = 11;
            } else {
                return 0;
            }
            end = n - 2;
        }
        const std::size_t digits = end - 2;
        if (digits < 1 || digits > 13) return 0;
        std::uint64_t value = 0;
        for (std::size_t i = 2; i < end; ++i) {
            if (k[i] < '0' || k[i] > '9') return 0;
            value = value * 10 + static_cast<std::uint64_t>(k[i] - '0');
        }
        const std::uint64_t l0 = static_cast<unsigned char>(k[0]) - std::uint64_t{'A' - 1};  // 1 … 26
        const std::uint64_t l1 = static_cast<unsigned char>(k[1]) - std::uint64_t{'A' - 1};
        return check | (value << 4) | (static_cast<std::uint64_t>(digits - 1) << 48) | (l1 << 52) | (l0 << 57);
    }
    [[nodiscard]] static std::uint64_t mix(std::uint64_t x) noexcept {  // splitmix64 finaliser
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }
    [[nodiscard]] static std::uint64_t hash_text(std::string_view s) noexcept {  // FNV-1a, then mixed
        std::uint64_t h = 0xcbf29ce484222325ULL;
        for (const char c : s) {
            h ^= static_cast<unsigned char>(c);
            h *= 0x100000001b3ULL;
        }
        return mix(h);
    }
    [[nodiscard]] std::string_view text_of(std::uint64_t w) const noexcept {
        const auto idx = static_cast<std::size_t>(w & ~text_flag);
        return std::string_view(arena_).substr(offsets_[idx], offsets_[idx + 1] - offsets_[idx]);
    }
    [[nodiscard]] std::uint64_t hash_of_word(std::uint64_t w) const noexcept {
        return (w & text_flag) != 0 ? hash_text(text_of(w)) : mix(w);
    }
    // `packed` != 0: insert that word; else insert `text` into the arena.
    bool insert_word(std::uint64_t packed, std::uint64_t hash, std::string_view text) {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
            const std::uint64_t w = slots_[i];
            if (w == 0) {
                if (packed != 0) {
                    slots_[i] = packed;
                } else {
                    if (offsets_.empty()) offsets_.push_back(0);
                    arena_.append(text);
                    slots_[i] = text_flag | static_cast<std::uint64_t>(offsets_.size() - 1);
                    offsets_.push_back(arena_.size());
                }
                ++size_;
                return true;
            }
            if (packed != 0 ? w == packed : (w & text_flag) != 0 && text_of(w) == text) return false;
        }
    }
    void grow() { rehash(slots_.empty() ? 1024 : 2 * slots_.size()); }
    void rehash(std::size_t slots) {  // `slots`: a power of two that holds every key
        std::vector<std::uint64_t> old = std::move(slots_);
        slots_.assign(slots, 0);
        const std::size_t mask = slots_.size() - 1;
        for (const std::uint64_t w : old) {
            if (w == 0) continue;
            std::size_t i = static_cast<std::size_t>(hash_of_word(w)) & mask;
            while (slots_[i] != 0) i = (i + 1) & mask;
            slots_[i] = w;
        }
    }

    std::vector<std::uint64_t> slots_;
    std::string arena_;
    std::vector<std::size_t> offsets_;
    std::size_t size_ = 0;
};

/// The documents of `records` with one document per application: for each application
/// key the *first* document in input order is kept (with an A-then-B export, the
/// application publication), and the kept documents stay in input order. Documents
/// with an empty key (no application or publication number) are all kept, since they
/// cannot be matched. To prefer the granted document, sort so that it comes first
/// (e.g. by kind code descending) before deduplicating.
/// `threads` (optional, default 1; 0 means std::thread::hardware_concurrency()) splits
/// the work by key: each thread owns the keys whose hash falls in its share and walks the
/// documents in input order, so each key's first document is found exactly as with one
/// thread and the result is identical for every thread count.
/// Example: {CN1A, CN2A, CN1B} gives {CN1A, CN2A}; `deduplicate(records, 2)` gives the same.
[[nodiscard]] inline std::vector<patent_record> deduplicate(std::vector<patent_record> records,
                                                            unsigned threads = 1) {
    if (threads == 0) threads = std::max(1U, std::thread::hardware_concurrency());
    const std::size_t n = records.size();
    if (threads > 1 && n < 4096) threads = 1;  // not worth a thread
    // keep[i] is written by the thread that owns record i's key; bytes, not vector<bool>,
    // so that threads never share a word.
    std::vector<unsigned char> keep(n, 1);
    // One block per part on `threads` threads; an exception (bad_alloc) is rethrown here.
    const auto run = [threads](auto&& job) {
        detail::run_blocks(threads, threads, [&](std::size_t part, unsigned) { job(static_cast<unsigned>(part)); });
    };
    if (threads == 1) {
        application_key_set seen;
        seen.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            if (!seen.insert(application_key(records[i]))) keep[i] = 0;
        }
    } else {
        // 1. Keys and their owners, in contiguous slices of the input.
        std::vector<std::string_view> keys(n);
        std::vector<unsigned> owner(n);
        run([&](unsigned part) {
            const std::size_t from = n * part / threads;
            const std::size_t to = n * (part + 1) / threads;
            for (std::size_t i = from; i < to; ++i) {
                keys[i] = application_key(records[i]);
                std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a of the key picks its owner
                for (const char c : keys[i]) {
                    h ^= static_cast<unsigned char>(c);
                    h *= 0x100000001b3ULL;
                }
                owner[i] = static_cast<unsigned>((h >> 32) % threads);
            }
        });
        // 2. Each owner walks the input in order and keeps the first document of its keys.
        run([&](unsigned part) {
            application_key_set seen;
            seen.reserve(n / threads + n / (std::size_t{8} * threads));  // its share of the keys, with room to spare
            for (std::size_t i = 0; i < n; ++i) {
                if (owner[i] == part && !seen.insert(keys[i])) keep[i] = 0;
            }
        });
    }
    // Compacted in place: no second array of records to allocate and touch.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (keep[i] == 0) continue;
        if (kept != i) records[kept] = std::move(records[i]);
        ++kept;
    }
    records.erase(records.begin() + static_cast<std::ptrdiff_t>(kept), records.end());
    return records;
}

/// As above for any range of records (a view, a list, a span): the records are copied
/// into a vector first. A vector passed as an rvalue takes the overload above and is
/// not copied.
/// Example: `ineq::deduplicate(records | std::views::take(100))`.
template <patent_record_range R>
    requires(!std::same_as<std::remove_cvref_t<R>, std::vector<patent_record>>)
[[nodiscard]] std::vector<patent_record> deduplicate(R&& records, unsigned threads = 1) {
    std::vector<patent_record> copy;
    if constexpr (std::ranges::sized_range<R>) {
        copy.reserve(static_cast<std::size_t>(std::ranges::size(records)));
    }
    for (const patent_record& r : records) {
        copy.push_back(r);
    }
    return deduplicate(std::move(copy), threads);
}

}  // namespace ineq

#endif
