#ifndef INEQ_MEASURES_DAGUM_HPP
#define INEQ_MEASURES_DAGUM_HPP

/// \file
/// Dagum's (1997) decomposition of the Gini coefficient by group, the usual first table of
/// a regional-disparity study (provinces grouped into macro-regions):
///
///     G = G_w + G_nb + G_t          (within, net between, transvariation)
///
/// With N units, mean mu, groups j = 1..k of n_j units and mean mu_j, ordered so that
/// mu_1 <= mu_2 <= ... <= mu_k, population shares p_j = n_j / N and value shares
/// s_j = n_j mu_j / (N mu):
///
///     G     = sum_i sum_r |y_i - y_r| / (2 N^2 mu)                   (eq. 3 of the study)
///     G_jj  = sum_i sum_r |y_ji - y_jr| / (2 n_j^2 mu_j)             (Gini of group j)
///     G_jh  = sum_i sum_r |y_ji - y_hr| / (n_j n_h (mu_j + mu_h))    (between-group Gini)
///     d_jh  = sum_i sum_r max(y_ji - y_hr, 0) / (n_j n_h)            (economic affluence)
///     p_jh  = sum_i sum_r max(y_hr - y_ji, 0) / (n_j n_h)            (transvariation)
///     D_jh  = (d_jh - p_jh) / (d_jh + p_jh)                          (relative affluence)
///     G_w   = sum_j G_jj p_j s_j
///     G_nb  = sum_{j>h} G_jh (p_j s_h + p_h s_j) D_jh
///     G_t   = sum_{j>h} G_jh (p_j s_h + p_h s_j) (1 - D_jh)
///
/// Since d_jh - p_jh = mu_j - mu_h >= 0 for j > h, D_jh lies in [0, 1], and G_jh D_jh =
/// (mu_j - mu_h) / (mu_j + mu_h), so G_nb = sum_{j>h} p_j p_h (mu_j - mu_h) / mu is the Gini of
/// the data with every unit given its group's mean (the "between" part of Bhattacharya and
/// Mahalanobis, and of R dineq's gini_decomp, whose "overlap" is G_t). The identity holds
/// exactly in real arithmetic; `total` is computed from all the data directly (the same
/// number as `ineq::gini`), not as the sum of the parts, so the identity is a check: it holds
/// to about 1e-15 in double.
///
/// Order and ties. Groups are reported in ascending order of their mean, as Dagum's sums
/// require; groups with equal means keep the order in which they were given (the order of
/// first appearance of their label, or their position in a vector of groups). The order of
/// tied groups changes no number: for equal means D_jh = 0 whichever comes first. Pairs are
/// listed (j, h) with j > h: (1, 0), (2, 0), (2, 1), (3, 0), ... in that order of groups.
/// Nothing is random; the same input gives the same output, bit for bit.
///
/// Degenerate groups. A group whose values are all zero has G_jj = 0 (its weight p_j s_j is
/// 0 too); two such groups have G_jh = 0 and D_jh = 0. Two groups that hold one and the same
/// constant have d_jh + p_jh = 0: D_jh is reported as 0 and both contributions vanish.
///
/// Labels are any equality-comparable type (integers, enums, `std::string`,
/// `std::string_view`; a `const char*` label compares by pointer), as in decomposition.hpp.
/// The pairwise sums run in O(n_j + n_h) over sorted copies, so the whole decomposition costs
/// O(N log N + k N). The caller's data is never reordered.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/detail/shares.hpp>
#include <ineq/error.hpp>
#include <ineq/measures/decomposition.hpp>
#include <ineq/measures/gini.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>
#include <ranges>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace ineq {

/// One group of a Dagum decomposition.
template <class Label>
struct dagum_group {
    Label label{};                     ///< the group's label (its index for a vector of groups)
    std::size_t count = 0;             ///< n_j
    double mean = 0.0;                 ///< mu_j, in the caller's units
    double population_share = 0.0;     ///< p_j = n_j / N
    double value_share = 0.0;          ///< s_j = n_j mu_j / (N mu)
    double gini = 0.0;                 ///< G_jj, the Gini within the group
    double within_contribution = 0.0;  ///< G_jj p_j s_j
};

/// One pair of groups (j, h), j > h, so mu_j >= mu_h.
struct dagum_pair {
    std::size_t high = 0;                      ///< j, index into `groups` (the larger mean)
    std::size_t low = 0;                       ///< h, index into `groups`
    double gini = 0.0;                         ///< G_jh, the between-group Gini
    double economic_affluence = 0.0;           ///< d_jh, in the caller's units
    double transvariation = 0.0;               ///< p_jh, in the caller's units
    double relative_affluence = 0.0;           ///< D_jh = (d_jh - p_jh) / (d_jh + p_jh)
    double net_between_contribution = 0.0;     ///< G_jh (p_j s_h + p_h s_j) D_jh
    double transvariation_contribution = 0.0;  ///< G_jh (p_j s_h + p_h s_j) (1 - D_jh)
};

/// The Gini coefficient split by Dagum (1997): total = within + net_between + transvariation.
template <class Label>
struct dagum_decomposition_result {
    double total = 0.0;           ///< G over all units (as `ineq::gini`)
    double within = 0.0;          ///< G_w
    double net_between = 0.0;     ///< G_nb
    double transvariation = 0.0;  ///< G_t
    std::vector<dagum_group<Label>> groups;  ///< in ascending order of mean (ties: given order)
    std::vector<dagum_pair> pairs;           ///< (1,0), (2,0), (2,1), (3,0), ...

    /// G_jh for groups j and h (indices into `groups`, either order); G_jj for j == h.
    /// \throws domain_error if an index is not below the number of groups.
    [[nodiscard]] double between_gini(std::size_t j, std::size_t h) const {
        return pair_or_group(j, h, "dagum_decomposition_result::between_gini");
    }

    /// The pair (j, h) as stored, whichever order the indices are given in.
    /// \throws domain_error if j == h or an index is not below the number of groups.
    [[nodiscard]] const dagum_pair& pair(std::size_t j, std::size_t h) const {
        constexpr std::string_view fn = "dagum_decomposition_result::pair";
        check_index(j, fn);
        check_index(h, fn);
        if (j == h) {
            detail::fail(fn, "a pair needs two different groups", j, static_cast<double>(h));
        }
        const std::size_t hi = std::max(j, h);
        const std::size_t lo = std::min(j, h);
        return pairs[hi * (hi - 1) / 2 + lo];
    }

private:
    void check_index(std::size_t j, std::string_view fn) const {
        if (j >= groups.size()) {
            detail::fail(fn, "group index out of range", j, static_cast<double>(j));
        }
    }
    [[nodiscard]] double pair_or_group(std::size_t j, std::size_t h, std::string_view fn) const {
        check_index(j, fn);
        check_index(h, fn);
        return j == h ? groups[j].gini : pair(j, h).gini;
    }
};

namespace detail {

/// sum_i sum_r max(a_i - b_r, 0) over sorted a and b, in one merge walk: for each a_i,
/// (number of b below a_i) * a_i - (their sum).
[[nodiscard]] inline double positive_part_sum(const std::vector<double>& a, const std::vector<double>& b) {
    neumaier_sum out;
    neumaier_sum below;
    std::size_t count = 0;
    for (const double v : a) {
        while (count < b.size() && b[count] < v) {
            below.add(b[count]);
            ++count;
        }
        out.add(static_cast<double>(count) * v - below.value());
    }
    return std::max(0.0, out.value());
}

/// The decomposition over groups of validated, non-negative values (divided by `scale`,
/// a power of two) given in their presentation order before sorting by mean.
template <class Label>
[[nodiscard]] dagum_decomposition_result<Label> dagum_of(std::vector<std::vector<double>> parts,
                                                         std::vector<Label> labels, double scale,
                                                         double total_gini) {
    const std::size_t k = parts.size();
    std::vector<double> sums(k);
    std::size_t n_all = 0;
    neumaier_sum grand;
    for (std::size_t g = 0; g < k; ++g) {
        std::ranges::sort(parts[g]);
        neumaier_sum s;
        for (const double v : parts[g]) {
            s.add(v);
        }
        sums[g] = s.value();
        grand.add(sums[g]);
        n_all += parts[g].size();
    }
    const double n = static_cast<double>(n_all);
    const double total = grand.value();

    std::vector<std::size_t> order(k);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::ranges::stable_sort(order, [&](std::size_t a, std::size_t b) {
        return sums[a] / static_cast<double>(parts[a].size()) < sums[b] / static_cast<double>(parts[b].size());
    });

    dagum_decomposition_result<Label> out;
    out.total = total_gini;
    out.groups.reserve(k);
    std::vector<const std::vector<double>*> sorted(k);
    std::vector<double> means(k);
    neumaier_sum within;
    for (std::size_t j = 0; j < k; ++j) {
        const std::size_t g = order[j];
        sorted[j] = &parts[g];
        const double nj = static_cast<double>(parts[g].size());
        means[j] = sums[g] / nj;
        dagum_group<Label> c;
        c.label = std::move(labels[g]);
        c.count = parts[g].size();
        c.mean = means[j] * scale;
        c.population_share = nj / n;
        c.value_share = sums[g] / total;
        // sum_i sum_r |y_i - y_r| = 2 * sum of positive parts.
        const double self = positive_part_sum(parts[g], parts[g]);
        c.gini = means[j] > 0.0 ? self / (nj * nj * means[j]) : 0.0;
        c.within_contribution = c.gini * c.population_share * c.value_share;
        within.add(c.within_contribution);
        out.groups.push_back(std::move(c));
    }
    out.within = within.value();

    neumaier_sum net;
    neumaier_sum trans;
    out.pairs.reserve(k * (k - 1) / 2);
    for (std::size_t j = 1; j < k; ++j) {
        for (std::size_t h = 0; h < j; ++h) {
            const auto& gj = out.groups[j];
            const auto& gh = out.groups[h];
            const double nn = static_cast<double>(gj.count) * static_cast<double>(gh.count);
            const double up = positive_part_sum(*sorted[j], *sorted[h]);    // y_j above y_h
            const double down = positive_part_sum(*sorted[h], *sorted[j]);  // y_h above y_j
            dagum_pair p;
            p.high = j;
            p.low = h;
            const double mean_sum = means[j] + means[h];
            p.gini = mean_sum > 0.0 ? (up + down) / (nn * mean_sum) : 0.0;
            p.economic_affluence = up / nn * scale;
            p.transvariation = down / nn * scale;
            p.relative_affluence = up + down > 0.0 ? std::clamp((up - down) / (up + down), -1.0, 1.0) : 0.0;
            const double weight = gj.population_share * gh.value_share + gh.population_share * gj.value_share;
            p.net_between_contribution = p.gini * weight * p.relative_affluence;
            p.transvariation_contribution = p.gini * weight * (1.0 - p.relative_affluence);
            net.add(p.net_between_contribution);
            trans.add(p.transvariation_contribution);
            out.pairs.push_back(p);
        }
    }
    out.net_between = net.value();
    out.transvariation = trans.value();
    return out;
}

/// Largest value of non-empty groups, for the power-of-two rescaling.
[[nodiscard]] inline double dagum_scale(const std::vector<std::vector<double>>& parts) {
    double largest = 0.0;
    for (const auto& p : parts) {
        for (const double v : p) {
            largest = std::max(largest, v);
        }
    }
    return largest > 0.0 ? std::ldexp(1.0, std::ilogb(largest)) : 1.0;
}

/// Divides every value by the scale (exact), and returns the Gini of all values together.
[[nodiscard]] inline double dagum_prepare(std::vector<std::vector<double>>& parts, double scale,
                                          std::string_view fn) {
    std::vector<double> all;
    for (auto& p : parts) {
        for (double& v : p) {
            v /= scale;
            all.push_back(v);
        }
    }
    const auto s = sorted_copy_for_shares(all, fn);  // throws for a zero total
    return gini_of_sorted_guarded(s.values, s.total, s.values.size());
}

}  // namespace detail

/// Dagum (1997) Gini decomposition of `x` by the groups `labels` (`labels[i]` is the group
/// of `x[i]`): within, net between and transvariation parts, each group's Gini and shares,
/// each pair's between-group Gini, affluence and transvariation (see the file comment for
/// the formulas, the order of groups and pairs, and the tie rule).
/// \throws domain_error if `x` is empty, holds a negative value or NaN/infinity (naming its
/// index), sums to zero, or if `labels` has a different length.
/// Example: `auto d = ineq::dagum_decomposition(std::vector{1, 2, 4, 8},
/// std::vector<std::string>{"w", "w", "e", "e"});` gives d.within + d.net_between + d.transvariation == d.total.
template <numeric_range R, std::ranges::input_range G>
    requires group_label<std::remove_cvref_t<std::ranges::range_value_t<G>>>
[[nodiscard]] auto dagum_decomposition(R&& x, G&& labels) {
    constexpr std::string_view fn = "dagum_decomposition";
    using Label = std::remove_cvref_t<std::ranges::range_value_t<G>>;
    const std::vector<double> values = detail::to_doubles(x, fn, /*non_negative=*/true);
    if (values.empty()) {
        detail::fail(fn, "needs at least one value, got an empty range");
    }
    detail::group_indexer<Label> index;
    std::vector<std::vector<double>> parts;
    std::size_t i = 0;
    for (auto&& l : labels) {
        const std::size_t g = index(static_cast<const Label&>(l));
        if (g == parts.size()) {
            parts.emplace_back();
        }
        if (i < values.size()) {
            parts[g].push_back(values[i] + 0.0);
        }
        ++i;
    }
    if (i != values.size()) {
        detail::fail_got(fn, "values and labels must have the same length; number of labels",
                         static_cast<double>(i));
    }
    const double scale = detail::dagum_scale(parts);
    const double g = detail::dagum_prepare(parts, scale, fn);
    return detail::dagum_of<Label>(std::move(parts), index.labels(), scale, g);
}

/// Dagum decomposition of groups given as separate ranges (a vector of vectors, say); group
/// labels are their positions 0, 1, 2, ... in `groups`.
/// \throws domain_error if there is no group, a group is empty (naming its index), a value is
/// negative or NaN/infinity (naming its index within all values taken in order), or all
/// values are zero.
/// Example: `ineq::dagum_decomposition(std::vector<std::vector<double>>{{1, 2}, {4, 8}}).groups[1].label` is 1.
template <std::ranges::input_range Groups>
    requires numeric_range<std::ranges::range_reference_t<Groups>>
[[nodiscard]] auto dagum_decomposition(Groups&& groups) {
    constexpr std::string_view fn = "dagum_decomposition";
    std::vector<std::vector<double>> parts;
    std::vector<std::size_t> labels;
    std::size_t offset = 0;
    for (auto&& group : groups) {
        std::vector<double> v;
        std::size_t i = 0;
        for (auto&& raw : group) {
            const double d = static_cast<double>(raw) + 0.0;
            detail::require_finite(d, fn, offset + i);
            if (d < 0.0) {
                detail::fail(fn, "values must be non-negative", offset + i, d);
            }
            v.push_back(d);
            ++i;
        }
        if (v.empty()) {
            detail::fail(fn, "groups must not be empty", parts.size(), 0.0);
        }
        offset += i;
        labels.push_back(parts.size());
        parts.push_back(std::move(v));
    }
    if (parts.empty()) {
        detail::fail(fn, "needs at least one group, got none");
    }
    const double scale = detail::dagum_scale(parts);
    const double g = detail::dagum_prepare(parts, scale, fn);
    return detail::dagum_of<std::size_t>(std::move(parts), std::move(labels), scale, g);
}

}  // namespace ineq

#endif
