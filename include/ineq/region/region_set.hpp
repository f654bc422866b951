#ifndef INEQ_REGION_REGION_SET_HPP
#define INEQ_REGION_REGION_SET_HPP

/// \file
/// Region sets: the units a panel, a table or a network is counted over. A region set is an
/// ordered, indexed set of units, each with a numeric code and a label, built on one of two
/// base levels or as a grouping of another set:
///
/// | set                      | units                                                   | code         |
/// |--------------------------|---------------------------------------------------------|--------------|
/// | `province_regions()`     | the 31 mainland provinces, `ineq::provinces()` order    | 11 … 65      |
/// | `prefecture_regions()`   | 337 units: the 333 prefecture-level divisions (the placeholder rows 市辖区, 县, 省直辖县级行政区划 excluded) and the four municipalities, one unit each | 4403; 1100 for Beijing |
/// | `macro_regions()`        | NBS East, Central, West, Northeast (a grouping of provinces) | 1 … 4    |
/// | `region_set::grouping`   | user-defined units over provinces or prefectures (zones) | given       |
///
/// An applicant's unit: at the province level its province; at the prefecture level its
/// prefecture, or its municipality; in a grouping the group of its unit in the base set.
/// An applicant placed only at a coarser level (a province without a prefecture, or a
/// county-level city directly under a province such as 仙桃市) has no unit in a
/// prefecture set: the aggregation counts and reports it rather than guessing.
///
/// Every set also knows the unit of the level above (`parent_of`): a prefecture's province,
/// a province's macro-region, a group's parent as given; `parent()` is that set. Roll-ups
/// (`ineq::roll_up` in <ineq/panel/panel.hpp>) sum a panel along it.

#include <ineq/error.hpp>
#include <ineq/region/prefecture.hpp>
#include <ineq/region/province.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ineq {

/// The base level a region set places applicants at.
enum class region_level : std::uint8_t {
    province,    ///< units are the 31 provinces
    prefecture,  ///< units are prefecture-level divisions (municipalities whole)
    grouping,    ///< units are groups of the units of another set
};

/// An ordered, indexed set of regions (see the file comment). Immutable; shared by
/// `std::shared_ptr<const region_set>` between the panels built over it.
class region_set {
public:
    /// One unit: its code, its label and, if the set has a parent set, the index of its
    /// parent unit there.
    struct unit {
        long code = 0;
        std::string label;
        std::optional<std::size_t> parent;
    };

    /// A user-defined set of groups over `base` (provinces, prefectures or another
    /// grouping): unit k has `labels[k]` and code k + 1; base unit i belongs to group
    /// `member_of[i]` or to none (empty). `parent`, if given, is the set above the groups
    /// and `parent_of[k]` the parent unit of group k (e.g. zones within macro-regions).
    /// \throws domain_error if `base` is null, `member_of` does not have one entry per base
    /// unit, a member index is not a group, a label is empty or repeated, or the parent
    /// mapping does not match `parent`.
    /// Example: `auto gba = region_set::grouping("zone", ineq::prefecture_regions(), {"Greater Bay Area"}, member_of);`
    [[nodiscard]] static std::shared_ptr<const region_set> grouping(
        std::string name, std::shared_ptr<const region_set> base, const std::vector<std::string>& labels,
        const std::vector<std::optional<std::size_t>>& member_of,
        std::shared_ptr<const region_set> parent = nullptr,
        const std::vector<std::size_t>& parent_of = {}) {
        constexpr const char* fn = "region_set::grouping";
        if (!base) {
            detail::fail(fn, "needs a base region set");
        }
        if (member_of.size() != base->size()) {
            detail::fail(fn, "needs one membership per unit of the base set (" + std::to_string(base->size()) +
                                 "), got " + std::to_string(member_of.size()));
        }
        for (std::size_t i = 0; i < member_of.size(); ++i) {
            if (member_of[i] && *member_of[i] >= labels.size()) {
                detail::fail(fn, "a base unit belongs to a group that does not exist", i,
                             static_cast<double>(*member_of[i]));
            }
        }
        if (parent && parent_of.size() != labels.size()) {
            detail::fail(fn, "needs one parent unit per group (" + std::to_string(labels.size()) + "), got " +
                                 std::to_string(parent_of.size()));
        }
        if (!parent && !parent_of.empty()) {
            detail::fail(fn, "a parent mapping needs its parent set");
        }
        auto set = std::shared_ptr<region_set>(new region_set(std::move(name), region_level::grouping));
        for (std::size_t k = 0; k < labels.size(); ++k) {
            if (labels[k].empty()) {
                detail::fail(fn, "group labels must not be empty", k, static_cast<double>(k));
            }
            if (std::count(labels.begin(), labels.end(), labels[k]) > 1) {
                detail::fail(fn, "group labels must be distinct (\"" + labels[k] + "\" repeats)");
            }
            std::optional<std::size_t> up;
            if (parent) {
                if (parent_of[k] >= parent->size()) {
                    detail::fail(fn, "a parent unit index is out of range", k, static_cast<double>(parent_of[k]));
                }
                up = parent_of[k];
            }
            set->units_.push_back({static_cast<long>(k + 1), labels[k], up});
        }
        set->base_ = std::move(base);
        set->member_of_ = member_of;
        set->parent_ = std::move(parent);
        return set;
    }

    /// A name for the set ("province", "prefecture", "macro-region" or the user's).
    [[nodiscard]] const std::string& name() const noexcept { return name_; }
    [[nodiscard]] region_level level() const noexcept { return level_; }
    /// Number of units.
    [[nodiscard]] std::size_t size() const noexcept { return units_.size(); }
    /// Unit i. \throws domain_error if i ≥ size().
    [[nodiscard]] const unit& at(std::size_t i) const {
        if (i >= units_.size()) {
            detail::fail("region_set::at", "unit index out of range", i, static_cast<double>(i));
        }
        return units_[i];
    }
    [[nodiscard]] const std::vector<unit>& units() const noexcept { return units_; }
    /// Index of the unit with `code`, or empty.
    [[nodiscard]] std::optional<std::size_t> find_code(long code) const noexcept {
        for (std::size_t i = 0; i < units_.size(); ++i) {
            if (units_[i].code == code) {
                return i;
            }
        }
        return std::nullopt;
    }
    /// Index of the unit labelled `label`, or empty.
    [[nodiscard]] std::optional<std::size_t> find_label(std::string_view label) const noexcept {
        for (std::size_t i = 0; i < units_.size(); ++i) {
            if (units_[i].label == label) {
                return i;
            }
        }
        return std::nullopt;
    }
    /// The set of the level above (provinces for prefectures, macro-regions for provinces),
    /// or null.
    [[nodiscard]] std::shared_ptr<const region_set> parent() const;
    /// Parent unit of unit i in `parent()`, or empty. \throws domain_error if i ≥ size().
    [[nodiscard]] std::optional<std::size_t> parent_of(std::size_t i) const { return at(i).parent; }
    /// For a grouping: the group of base unit i, or empty (also for sets that are not
    /// groupings and for i out of range).
    [[nodiscard]] std::optional<std::size_t> group_of(std::size_t i) const noexcept {
        return i < member_of_.size() ? member_of_[i] : std::nullopt;
    }
    /// For a grouping: the set it groups, else null.
    [[nodiscard]] const std::shared_ptr<const region_set>& base() const noexcept { return base_; }

    /// The unit of a place: a province and, if known, its prefecture. Empty when the place
    /// has no unit in this set (see the file comment).
    [[nodiscard]] std::optional<std::size_t> unit_of(province p,
                                                     const std::optional<prefecture_info>& pref) const noexcept {
        switch (level_) {
            case region_level::province: return p.index();
            case region_level::prefecture: {
                if (const std::int32_t m = municipality_unit_[p.index()]; m >= 0) {
                    return static_cast<std::size_t>(m);
                }
                // Placeholder rows (市辖区, 省直辖县级行政区划) have no entry in the index.
                if (!pref || pref->province_code != p.code()) {
                    return std::nullopt;
                }
                const std::size_t c = pref->code;
                if (c >= prefecture_index_.size() || prefecture_index_[c] < 0) {
                    return std::nullopt;
                }
                return static_cast<std::size_t>(prefecture_index_[c]);
            }
            case region_level::grouping: {
                const auto b = base_->unit_of(p, pref);
                if (!b) {
                    return std::nullopt;
                }
                return member_of_[*b];
            }
        }
        return std::nullopt;
    }

    /// True if the two sets have the same name, level and units (codes, labels, parents).
    friend bool operator==(const region_set& a, const region_set& b) {
        if (a.name_ != b.name_ || a.level_ != b.level_ || a.units_.size() != b.units_.size()) {
            return false;
        }
        for (std::size_t i = 0; i < a.units_.size(); ++i) {
            const auto& x = a.units_[i];
            const auto& y = b.units_[i];
            if (x.code != y.code || x.label != y.label || x.parent != y.parent) {
                return false;
            }
        }
        return a.member_of_ == b.member_of_;
    }

private:
    friend std::shared_ptr<const region_set> province_regions();
    friend std::shared_ptr<const region_set> prefecture_regions();
    friend std::shared_ptr<const region_set> macro_regions();

    region_set(std::string name, region_level level) : name_(std::move(name)), level_(level) {}

    std::string name_;
    region_level level_;
    std::vector<unit> units_;
    std::shared_ptr<const region_set> parent_;
    std::shared_ptr<const region_set> base_;
    std::vector<std::optional<std::size_t>> member_of_;
    std::int32_t municipality_unit_[province::count] = {};  // province index -> unit, −1 for none
    std::vector<std::int32_t> prefecture_index_;  // 4-digit code -> unit, −1 for none
};

/// The 31 mainland provinces (labels: English names; codes: two-digit GB/T 2260), parent
/// set `macro_regions()`. The default set of every panel.
[[nodiscard]] inline std::shared_ptr<const region_set> province_regions() {
    static const std::shared_ptr<const region_set> set = [] {
        auto s = std::shared_ptr<region_set>(new region_set("province", region_level::province));
        for (std::size_t i = 0; i < province::count; ++i) {
            const province p = province::from_index(i);
            s->units_.push_back({static_cast<long>(p.code()), std::string(p.english()),
                                 static_cast<std::size_t>(p.region())});
        }
        // The parent (macro_regions()) is looked up by parent(): macro_regions() holds this
        // set as its base, and a stored pointer back would make a cycle.
        return std::shared_ptr<const region_set>(std::move(s));
    }();
    return set;
}

/// The NBS macro-regions as a set: East (1), Central (2), West (3), Northeast (4), in the
/// order of `ineq::macro_region`. No parent.
[[nodiscard]] inline std::shared_ptr<const region_set> macro_regions() {
    static const std::shared_ptr<const region_set> set = [] {
        auto s = std::shared_ptr<region_set>(new region_set("macro-region", region_level::grouping));
        for (const macro_region r : {macro_region::east, macro_region::central, macro_region::west,
                                     macro_region::northeast}) {
            s->units_.push_back({static_cast<long>(r) + 1, std::string(to_string(r)), std::nullopt});
        }
        s->base_ = province_regions();
        for (std::size_t i = 0; i < province::count; ++i) {
            s->member_of_.emplace_back(static_cast<std::size_t>(province::from_index(i).region()));
        }
        return std::shared_ptr<const region_set>(std::move(s));
    }();
    return set;
}

/// The prefecture-level divisions (labels: Chinese names; codes: four-digit GB/T 2260;
/// municipalities: province code × 100 and the province's Chinese name), in code order,
/// parent set `province_regions()`.
[[nodiscard]] inline std::shared_ptr<const region_set> prefecture_regions() {
    static const std::shared_ptr<const region_set> set = [] {
        auto s = std::shared_ptr<region_set>(new region_set("prefecture", region_level::prefecture));
        std::fill(std::begin(s->municipality_unit_), std::end(s->municipality_unit_), -1);
        int last_municipality = 0;
        for (const prefecture_info& p : prefectures()) {
            const int pc = p.province_code;
            const province prov = p.province_of();
            if (pc == 11 || pc == 12 || pc == 31 || pc == 50) {
                if (pc != last_municipality) {
                    last_municipality = pc;
                    s->municipality_unit_[prov.index()] = static_cast<std::int32_t>(s->units_.size());
                    s->units_.push_back({static_cast<long>(pc) * 100, std::string(prov.chinese()),
                                         prov.index()});
                }
                continue;
            }
            if (p.is_placeholder()) {
                continue;
            }
            if (s->prefecture_index_.empty()) {
                s->prefecture_index_.assign(10000, -1);
            }
            s->prefecture_index_[p.code] = static_cast<std::int32_t>(s->units_.size());
            s->units_.push_back({static_cast<long>(p.code), std::string(p.name), prov.index()});
        }
        s->parent_ = province_regions();
        return std::shared_ptr<const region_set>(std::move(s));
    }();
    return set;
}

/// The label of each unit's parent unit, in unit order: the group labels for a between /
/// within decomposition along the parent mapping, e.g.
/// `ineq::theil_t_decomposition(city_panel.year(2021), ineq::parent_labels(*city_panel.regions()))`
/// splits the inequality of cities into between provinces and within provinces.
/// \throws domain_error if the set has no parent set or a unit has no parent unit.
[[nodiscard]] inline std::vector<std::string> parent_labels(const region_set& set) {
    const auto up = set.parent();
    if (!up) {
        detail::fail("parent_labels", "the " + set.name() + " set has no parent set");
    }
    std::vector<std::string> out;
    out.reserve(set.size());
    for (std::size_t i = 0; i < set.size(); ++i) {
        const auto p = set.parent_of(i);
        if (!p) {
            detail::fail("parent_labels", "unit " + set.at(i).label + " has no parent unit");
        }
        out.push_back(up->at(*p).label);
    }
    return out;
}

inline std::shared_ptr<const region_set> region_set::parent() const {
    return level_ == region_level::province ? macro_regions() : parent_;
}

}  // namespace ineq

#endif  // INEQ_REGION_REGION_SET_HPP
