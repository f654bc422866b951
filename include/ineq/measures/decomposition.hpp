#ifndef INEQ_MEASURES_DECOMPOSITION_HPP
#define INEQ_MEASURES_DECOMPOSITION_HPP

/// \file
/// Between- and within-group decomposition of Theil T and the mean log deviation
/// (Shorrocks 1980, 1984), e.g. provinces grouped into macro-regions. With groups g of
/// n_g units, population shares p_g = n_g / N, value shares s_g = n_g mu_g / (N mu):
///
///     Theil T:  T = sum_g s_g T_g  +  sum_g s_g ln(mu_g / mu)       (within + between)
///     MLD:      L = sum_g p_g L_g  +  sum_g p_g ln(mu / mu_g)
///
/// T_g and L_g are the index within group g. The identity holds exactly in real
/// arithmetic and to about 1e-15 in double; `total` is computed from the data directly,
/// not as the sum of the parts, so the identity is a check, not a definition.
///
/// Groups come as a parallel range of labels of any equality-comparable type (strings,
/// enums such as `ineq::macro_region`, integers). Hashable labels are grouped through a
/// hash table, otherwise ordered ones through a tree, otherwise by linear search. Groups
/// are reported in the order their label first appears. A `const char*` label compares
/// by pointer; pass `std::string` or `std::string_view` to compare text.

#include <ineq/concepts.hpp>
#include <ineq/detail/family.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <functional>
#include <map>
#include <ranges>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace ineq {

/// One group of a decomposition.
template <class Label>
struct group_component {
    Label label{};                      ///< the group's label
    std::size_t count = 0;              ///< number of units n_g
    double population_share = 0.0;      ///< p_g = n_g / N
    double value_share = 0.0;           ///< s_g = the group's share of the total
    double mean = 0.0;                  ///< mu_g
    double index = 0.0;                 ///< the measure within the group (T_g or L_g)
    double within_contribution = 0.0;   ///< s_g T_g (Theil T) or p_g L_g (MLD)
    double between_contribution = 0.0;  ///< s_g ln(mu_g/mu) (Theil T) or p_g ln(mu/mu_g) (MLD)
};

/// A measure split into its between-group and within-group parts.
template <class Label>
struct decomposition {
    double total = 0.0;    ///< the measure over all units
    double between = 0.0;  ///< the measure if every unit had its group's mean
    double within = 0.0;   ///< the weighted sum of the within-group measures
    std::vector<group_component<Label>> groups;  ///< in order of first appearance
};

/// Labels a decomposition accepts.
template <class L>
concept group_label = std::equality_comparable<L> && std::copy_constructible<L>;

namespace detail {

template <class L>
concept hashable_label = requires(const L& l) {
    { std::hash<L>{}(l) } -> std::convertible_to<std::size_t>;
};

/// Group index of every unit, groups numbered by first appearance.
template <class Label>
class group_indexer {
public:
    std::size_t operator()(const Label& l) {
        if constexpr (hashable_label<Label>) {
            auto [it, inserted] = hashed_.try_emplace(l, labels_.size());
            if (inserted) {
                labels_.push_back(l);
            }
            return it->second;
        } else if constexpr (std::totally_ordered<Label>) {
            auto [it, inserted] = ordered_.try_emplace(l, labels_.size());
            if (inserted) {
                labels_.push_back(l);
            }
            return it->second;
        } else {
            for (std::size_t g = 0; g < labels_.size(); ++g) {
                if (labels_[g] == l) {
                    return g;
                }
            }
            labels_.push_back(l);
            return labels_.size() - 1;
        }
    }
    [[nodiscard]] const std::vector<Label>& labels() const noexcept { return labels_; }

private:
    std::vector<Label> labels_;
    struct none {};
    std::conditional_t<hashable_label<Label>, std::unordered_map<Label, std::size_t>, none>
        hashed_{};
    std::conditional_t<!hashable_label<Label> && std::totally_ordered<Label>,
                       std::map<Label, std::size_t>, none>
        ordered_{};
};

template <numeric_range R, std::ranges::input_range G>
[[nodiscard]] auto decompose(R&& x, G&& labels, double alpha, std::string_view fn) {
    using Label = std::remove_cvref_t<std::ranges::range_value_t<G>>;
    const weighted_values all = load_values(x, fn);
    const double total = generalized_entropy_of(all, alpha, fn);  // validates zeros and the mean

    group_indexer<Label> index;
    std::vector<std::size_t> group_of;
    group_of.reserve(all.x.size());
    for (auto&& l : labels) {
        group_of.push_back(index(static_cast<const Label&>(l)));
    }
    if (group_of.size() != all.x.size()) {
        fail_got(fn, "values and labels must have the same length; number of labels",
                 static_cast<double>(group_of.size()));
    }
    const auto k = index.labels().size();
    std::vector<weighted_values> parts(k);
    for (std::size_t i = 0; i < all.x.size(); ++i) {
        parts[group_of[i]].x.push_back(all.x[i]);
    }
    const double n = static_cast<double>(all.x.size());
    decomposition<Label> out;
    out.total = total;
    neumaier_sum between;
    neumaier_sum within;
    for (std::size_t g = 0; g < k; ++g) {
        auto& part = parts[g];
        neumaier_sum t;
        for (const double v : part.x) {
            t.add(v);
        }
        const double ng = static_cast<double>(part.x.size());
        part.total_weight = ng;
        part.mean = t.value() / ng;
        group_component<Label> c;
        c.label = index.labels()[g];
        c.count = part.x.size();
        c.population_share = ng / n;
        c.value_share = t.value() / (n * all.mean);
        c.mean = part.mean * all.scale;  // in the caller's units
        // A group of zeros (possible for Theil T only) is internally equal: index 0,
        // value share 0, so both of its contributions vanish.
        c.index = part.mean > 0.0 ? generalized_entropy_of(part, alpha, fn) : 0.0;
        if (alpha == 1.0) {
            c.within_contribution = c.value_share * c.index;
            c.between_contribution =
                part.mean > 0.0 ? c.value_share * std::log(part.mean / all.mean) : 0.0;
        } else {
            c.within_contribution = c.population_share * c.index;
            c.between_contribution = c.population_share * std::log(all.mean / part.mean);
        }
        within.add(c.within_contribution);
        between.add(c.between_contribution);
        out.groups.push_back(std::move(c));
    }
    out.between = std::max(0.0, between.value());
    out.within = std::max(0.0, within.value());
    return out;
}

}  // namespace detail

/// Theil T split into between- and within-group parts, with each group's share and
/// contribution. `labels[i]` is the group of `x[i]`.
/// \throws domain_error if `x` is empty, holds a negative value or NaN/infinity (naming
/// its index), sums to zero, or if `labels` has a different length.
/// Example: `auto d = ineq::theil_t_decomposition(std::vector{1, 3, 2, 6},
/// std::vector<std::string>{"a", "a", "b", "b"});` gives d.between + d.within == d.total.
template <numeric_range R, std::ranges::input_range G>
    requires group_label<std::remove_cvref_t<std::ranges::range_value_t<G>>>
[[nodiscard]] auto theil_t_decomposition(R&& x, G&& labels) {
    return detail::decompose(x, labels, 1.0, "theil_t_decomposition");
}

/// Mean log deviation split into between- and within-group parts (population-share
/// weights; the between part is the MLD of the group means).
/// \throws domain_error as `theil_t_decomposition` does, and if a value is zero (the
/// measure is infinite).
/// Example: `ineq::mean_log_deviation_decomposition(std::vector{1, 1, 4, 4},
/// std::vector{0, 0, 1, 1}).between` is ln 2.5 - ln 2, and `.within` is 0.
template <numeric_range R, std::ranges::input_range G>
    requires group_label<std::remove_cvref_t<std::ranges::range_value_t<G>>>
[[nodiscard]] auto mean_log_deviation_decomposition(R&& x, G&& labels) {
    return detail::decompose(x, labels, 0.0, "mean_log_deviation_decomposition");
}

}  // namespace ineq

#endif
