#ifndef INEQ_PATENT_RESOLVE_HPP
#define INEQ_PATENT_RESOLVE_HPP

/// \file
/// One applicant's kind and place from everything a record holds about it: the caller's
/// gazetteer, the applicant-type field, the address and the name.
///
/// Precedence (the first source that knows a fact decides that fact; kind and place are
/// decided separately):
///
/// | fact  | 1st               | 2nd                          | 3rd                          |
/// |-------|-------------------|------------------------------|------------------------------|
/// | kind  | gazetteer entry   | applicant-type field (企业…) | the name (`classify_applicant`) |
/// | place | gazetteer entry   | the address (`resolve_address`) | the name (`resolve_name`)  |
///
/// A gazetteer entry that leaves a fact unknown (kind `unknown`, an empty place) passes
/// that fact on to the next source. The rules each source applies are documented with
/// `classify_applicant` (`<ineq/patent/classify.hpp>`), `resolve_address` and
/// `resolve_name` (`<ineq/region/address.hpp>`, `<ineq/region/name.hpp>`); they prefer "unknown" to a guess.
///
/// The library ships rules and facts (divisions, the Ministry of Education's list of
/// universities), never a table of company seats: world knowledge such as "阿里巴巴(中国)
/// 有限公司 is registered in Hangzhou" is the caller's, passed in as a `gazetteer`.

#include <ineq/detail/utf8.hpp>
#include <ineq/error.hpp>
#include <ineq/patent/applicant.hpp>
#include <ineq/patent/classify.hpp>
#include <ineq/patent/split.hpp>
#include <ineq/region/address.hpp>
#include <ineq/region/name.hpp>
#include <ineq/region/prefecture.hpp>
#include <ineq/region/province.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace ineq {

/// Where a fact about an applicant came from (see the file comment for the precedence).
enum class resolution_source : std::uint8_t { gazetteer, type_field, address, name, none };

/// Lower-case English name: "gazetteer", "type field", "address", "name" or "none".
/// Example: `to_string(resolution_source::address)` is "address".
[[nodiscard]] constexpr std::string_view to_string(resolution_source s) noexcept {
    switch (s) {
        case resolution_source::gazetteer: return "gazetteer";
        case resolution_source::type_field: return "type field";
        case resolution_source::address: return "address";
        case resolution_source::name: return "name";
        case resolution_source::none: return "none";
    }
    return {};
}

/// What the caller knows about one applicant: its kind and place. Either may be unknown
/// (`applicant_kind::unknown`, an empty `place`), in which case the rules decide it.
struct gazetteer_entry {
    applicant_kind kind = applicant_kind::unknown;
    place where{};
};

/// A caller-supplied table: applicant name -> (kind, place), which outranks the rules.
/// Names are matched by `applicant_key`, so full-width brackets, white space and ASCII
/// case do not matter. Typical use: the top applicants of a field with their registered
/// seats, written once by the researcher and passed to every run.
///
///     ineq::gazetteer g;
///     g.add("阿里巴巴(中国)有限公司", ineq::applicant_kind::enterprise,
///           ineq::place{.mainland = ineq::find_province("浙江")});
///     ineq::resolve_applicant("阿里巴巴（中国）有限公司", "", &g).where.mainland->code();  // 33
class gazetteer {
public:
    /// Adds the entry for `name`. Adding the same facts for a name twice is harmless.
    /// \throws domain_error (function "gazetteer::add") if the name is empty, blank,
    ///   invalid UTF-8 or contains a NUL byte; if the place is both a mainland province
    ///   and outside the mainland; if its prefecture is set without a province or belongs
    ///   to another province (index = the entry's position, value = the prefecture code);
    ///   or if the name is already in the table with different facts.
    void add(std::string_view name, applicant_kind kind, const place& where) {
        std::string key = applicant_key(name);
        const auto position = entries_.size();
        if (key.empty() || !detail::utf8::is_clean_text(name)) {
            detail::fail("gazetteer::add", "the name must be non-blank valid UTF-8 without NUL bytes");
        }
        if (where.mainland.has_value() && where.outside.has_value()) {
            detail::fail("gazetteer::add", "a place is either a mainland province or outside the mainland",
                         position, static_cast<double>(where.mainland->code()));
        }
        if (where.prefecture.has_value() &&
            (!where.mainland.has_value() || where.prefecture->province_code != where.mainland->code())) {
            detail::fail("gazetteer::add", "the prefecture must belong to the entry's province", position,
                         static_cast<double>(where.prefecture->code));
        }
        const gazetteer_entry entry{kind, where};
        const auto [it, inserted] = entries_.emplace(std::move(key), entry);
        if (!inserted && !(it->second.kind == entry.kind && it->second.where == entry.where)) {
            detail::fail("gazetteer::add", "the name is already in the gazetteer with other facts", position,
                         static_cast<double>(position));
        }
    }

    /// The entry for `name` (compared by `applicant_key`), or nullptr.
    /// Allocates the key; \throws std::bad_alloc only.
    [[nodiscard]] const gazetteer_entry* find(std::string_view name) const {
        if (entries_.empty()) return nullptr;
        const auto it = entries_.find(applicant_key(name));
        return it == entries_.end() ? nullptr : &it->second;
    }

    /// Number of distinct names.
    [[nodiscard]] std::size_t size() const noexcept { return entries_.size(); }
    /// True if no name was added.
    [[nodiscard]] bool empty() const noexcept { return entries_.empty(); }

private:
    std::unordered_map<std::string, gazetteer_entry> entries_;
};

/// An applicant's resolved kind and place, with the source of each.
struct applicant_profile {
    applicant_kind kind = applicant_kind::unknown;
    place where{};
    resolution_source kind_source = resolution_source::none;
    resolution_source place_source = resolution_source::none;

    /// True if the place is known to be outside the 31 mainland provinces (Hong Kong,
    /// Macao, Taiwan or abroad); false for mainland and for unknown places.
    [[nodiscard]] constexpr bool outside_mainland_known() const noexcept { return where.outside.has_value(); }
};

namespace detail::resolve {

/// The kind half of the precedence, given the gazetteer entry already looked up (or null).
inline void kind_into(applicant_profile& r, std::string_view name, std::string_view type_text,
                      const gazetteer_entry* e) {
    if (e != nullptr && e->kind != applicant_kind::unknown) {
        r.kind = e->kind;
        r.kind_source = resolution_source::gazetteer;
        return;
    }
    if (!type_text.empty()) {
        if (const applicant_kind k = applicant_kind_from_type_text(type_text); k != applicant_kind::unknown) {
            r.kind = k;
            r.kind_source = resolution_source::type_field;
            return;
        }
    }
    if (const applicant_kind k = classify_applicant(name); k != applicant_kind::unknown) {
        r.kind = k;
        r.kind_source = resolution_source::name;
    }
}

/// The place half of the precedence, given the gazetteer entry already looked up (or null).
inline void place_into(applicant_profile& r, std::string_view name, std::string_view address,
                       const gazetteer_entry* e) {
    if (e != nullptr && e->where.known()) {
        r.where = e->where;
        r.place_source = resolution_source::gazetteer;
        return;
    }
    if (!address.empty()) {
        if (const place p = resolve_address(address); p.known()) {
            r.where = p;
            r.place_source = resolution_source::address;
            return;
        }
    }
    if (const place p = resolve_name(name); p.known()) {
        r.where = p;
        r.place_source = resolution_source::name;
    }
}

[[nodiscard]] inline const gazetteer_entry* entry_of(std::string_view name, const gazetteer* known) {
    return known == nullptr ? nullptr : known->find(name);
}

}  // namespace detail::resolve

/// Kind and place of one applicant from its name, its address (may be empty), the
/// applicant-type field of the export (may be empty; 企业, 大专院校, 科研单位, 机关团体,
/// 个人 and the other words `applicant_kind_from_type_text` accepts) and an optional
/// gazetteer, by the precedence in this file's comment. Never throws for any text: blank,
/// invalid UTF-8 or NUL bytes in a field make that field say nothing (the result is
/// `unknown` / an empty place when every field is like that).
/// Equals `resolve_applicant_kind` and `resolve_applicant_place` combined (one gazetteer
/// lookup instead of two).
/// Example: `resolve_applicant("哈尔滨工业大学(深圳)").where.mainland->code()` is 44
/// (the bracket locates the campus); `resolve_applicant("北京某公司", "上海市浦东新区")`
/// is placed in Shanghai (31), since an address outranks the name.
/// \throws std::bad_alloc only (the gazetteer lookup allocates its key).
[[nodiscard]] inline applicant_profile resolve_applicant(std::string_view name, std::string_view address = {},
                                                         std::string_view type_text = {},
                                                         const gazetteer* known = nullptr) {
    applicant_profile r;
    const gazetteer_entry* e = detail::resolve::entry_of(name, known);
    detail::resolve::kind_into(r, name, type_text, e);
    detail::resolve::place_into(r, name, address, e);
    return r;
}

/// Only the kind of `resolve_applicant(name, {}, type_text, known)`: the place is left
/// empty with source `none`, and neither the address nor the name is searched for a place.
/// For callers whose own data decide the place (a division-code or country column of an
/// export), which then skip the place rules' cost. Same bad-input behaviour as
/// `resolve_applicant`.
/// Example: `resolve_applicant_kind("清华大学").kind` is `applicant_kind::university`, and
/// its `where.known()` is false.
[[nodiscard]] inline applicant_profile resolve_applicant_kind(std::string_view name, std::string_view type_text = {},
                                                              const gazetteer* known = nullptr) {
    applicant_profile r;
    detail::resolve::kind_into(r, name, type_text, detail::resolve::entry_of(name, known));
    return r;
}

/// Only the place of `resolve_applicant(name, address, {}, known)`: the kind is left
/// `unknown` with source `none`, and the name is not classified. Same bad-input behaviour
/// as `resolve_applicant`.
/// Example: `resolve_applicant_place("北京某公司", "上海市浦东新区").where.mainland->code()`
/// is 31, and its kind is `applicant_kind::unknown`.
[[nodiscard]] inline applicant_profile resolve_applicant_place(std::string_view name, std::string_view address = {},
                                                               const gazetteer* known = nullptr) {
    applicant_profile r;
    detail::resolve::place_into(r, name, address, detail::resolve::entry_of(name, known));
    return r;
}

/// The country code `applicant::country` carries for a resolved place: "CN" for the
/// mainland, "HK", "MO", "TW" for Hong Kong, Macao and Taiwan, "ZZ" (the Unicode CLDR
/// code for an unknown region) for a foreign country the text does not name, and ""
/// (unknown) for an unknown place.
/// Example: `country_code_of(resolve_name("三星电子株式会社"))` is "ZZ".
[[nodiscard]] constexpr std::string_view country_code_of(const place& p) noexcept {
    if (p.mainland.has_value()) return "CN";
    if (!p.outside.has_value()) return "";
    switch (*p.outside) {
        case outside_mainland::hong_kong: return "HK";
        case outside_mainland::macao: return "MO";
        case outside_mainland::taiwan: return "TW";
        case outside_mainland::abroad: return "ZZ";
    }
    return "";
}

/// The applicant record of a resolved profile: name, kind, province, prefecture and the
/// country code of `country_code_of` (so that `is_overseas` holds exactly for applicants
/// resolved outside the mainland, whatever source placed them there).
/// Example: `make_applicant("东京大学", resolve_applicant("东京大学")).country` is "ZZ".
[[nodiscard]] inline applicant make_applicant(std::string_view name, const applicant_profile& profile) {
    applicant a;
    a.name = std::string(name);
    a.kind = profile.kind;
    a.province_of = profile.where.mainland;
    a.prefecture_of = profile.where.prefecture;
    a.country = std::string(country_code_of(profile.where));
    return a;
}

}  // namespace ineq

#endif
