#ifndef INEQ_SPATIAL_MARKOV_HPP
#define INEQ_SPATIAL_MARKOV_HPP

/// \file
/// The spatial Markov chain (Rey 2001): the classic chain of `ineq/panel/markov.hpp`,
/// with each transition of unit i from period t to t + 1 also filed under the class of
/// unit i's spatial lag in period t,
///
///     lag_it = sum_j w_ij y_jt,
///
/// so that there is one k x k transition matrix per lag class: how a region moves given
/// how rich its neighbourhood is. With row-standardised weights (style W, the usual
/// choice) the lag is the neighbours' average; other styles are used as given. Values and
/// lags are classed by the rules of `ineq::markov_classes` (by default the same rule for
/// both; quantile rules take the quantiles of the lags, not of the values), with the same
/// boundary rule: a value on a cut point goes to the lower class, equal values share a
/// class. The homogeneity test (Bickenbach and Bode 2003) asks whether the conditional
/// matrices differ from their pooled matrix, i.e. whether the neighbourhood matters.
///
/// Islands (units without neighbours) have no spatial lag. They are never classed
/// silently: by default the chain throws; with `island_transitions::exclude` their
/// transitions stay in the pooled chain of all units (`counts`) but enter no conditional
/// matrix and no homogeneity test, their lag class is -1, and their lags (0) are left out
/// of the lag quantiles.

#include <ineq/error.hpp>
#include <ineq/panel/markov.hpp>
#include <ineq/spatial/weights.hpp>

#include <Eigen/Core>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ineq::spatial {

/// What the spatial Markov chain does with the transitions of units without neighbours.
enum class island_transitions : std::uint8_t {
    error,    ///< throw, naming the islands (the default)
    exclude,  ///< keep them out of the conditional matrices (lag class -1)
};

/// Options of `spatial_markov`.
struct spatial_markov_options {
    /// Rule for the lag classes; by default the rule of the values.
    std::optional<markov_classes> lag_classes;
    /// Probabilities of empty rows. Conditional matrices often have classes never seen with
    /// a given lag class, so the default is a row of zeros (as giddy); `stay` makes them
    /// absorbing, `error` throws naming the lag class.
    empty_row_rule empty_rows = empty_row_rule::zero;
    island_transitions islands = island_transitions::error;
};

/// The spatial Markov chain of a panel: classes of values and lags, the pooled chain, one
/// conditional chain per lag class, and the homogeneity test of the conditional chains.
struct spatial_markov_result {
    Eigen::MatrixXi classes;                  ///< n x T classes of the values
    Eigen::MatrixXd cut_points;               ///< (k - 1) x T cut points of the values
    Eigen::MatrixXd lags;                     ///< n x T spatial lags (0 for an island)
    Eigen::MatrixXi lag_classes;              ///< n x T lag classes (-1 for an excluded island)
    Eigen::MatrixXd lag_cut_points;           ///< (m - 1) x T cut points of the lags
    Eigen::MatrixXd counts;                   ///< k x k pooled transition counts (all units)
    Eigen::MatrixXd probabilities;            ///< k x k pooled probabilities
    std::vector<Eigen::MatrixXd> conditional_counts;         ///< m matrices k x k, by lag class
    std::vector<Eigen::MatrixXd> conditional_probabilities;  ///< m matrices k x k
    homogeneity_test homogeneity;             ///< conditional chains against their pooled chain
};

/// The spatial Markov chain (Rey 2001) of a panel (units x periods) under weights `w`.
/// \throws domain_error if the panel has fewer than two periods, no rows, or NaN/infinity
/// (index = unit + rows * period); if `w` does not have one unit per row; if `w` has
/// islands under `island_transitions::error` (the message lists up to ten), or every unit
/// is an island; or if an empty row is met under `empty_row_rule::error` (naming the lag
/// class, or "pooled").
/// Example: `auto sm = ineq::spatial::spatial_markov(rel, w, ineq::markov_classes::quantiles(4));`
/// `sm.conditional_probabilities[0]` is the chain of units with the poorest neighbourhoods.
template <class Derived>
[[nodiscard]] spatial_markov_result spatial_markov(const Eigen::MatrixBase<Derived>& panel, const weights& w,
                                                   const markov_classes& classes,
                                                   const spatial_markov_options& options = {}) {
    constexpr std::string_view fn = "spatial_markov";
    ineq::detail::dynamics::check_panel_values(panel, fn, 2);
    const Eigen::Index n = panel.rows();
    const Eigen::Index T = panel.cols();
    if (w.size() != static_cast<std::size_t>(n)) {
        ineq::detail::fail(fn, "the weights need one unit per row of the panel (" + std::to_string(n) +
                                   "), got " + std::to_string(w.size()));
    }
    const std::vector<std::size_t> islands = w.islands();
    if (!islands.empty() && options.islands == island_transitions::error) {
        std::string list;
        for (std::size_t k = 0; k < islands.size() && k < 10; ++k) {
            list += (k == 0 ? "" : ", ") + std::to_string(islands[k]);
        }
        if (islands.size() > 10) {
            list += ", ...";
        }
        ineq::detail::fail(fn, std::to_string(islands.size()) + " unit(s) without neighbours (islands: " + list +
                                   "); choose island_transitions::exclude or weights joining them");
    }
    if (islands.size() == static_cast<std::size_t>(n)) {
        ineq::detail::fail(fn, "every unit is an island; there is no spatial lag to condition on");
    }
    const markov_classes& lag_rule = options.lag_classes ? *options.lag_classes : classes;

    spatial_markov_result out;
    markov_classification c = ineq::detail::dynamics::classify(panel, classes, fn);
    out.classes = std::move(c.classes);
    out.cut_points = std::move(c.cut_points);

    const Eigen::MatrixXd values = panel.template cast<double>();
    out.lags = w.matrix() * values;

    // Lags of the units with neighbours, classed; islands get -1.
    std::vector<char> island(static_cast<std::size_t>(n), 0);
    for (const std::size_t i : islands) {
        island[i] = 1;
    }
    const auto kept = static_cast<Eigen::Index>(static_cast<std::size_t>(n) - islands.size());
    Eigen::MatrixXd kept_lags(kept, T);
    for (Eigen::Index i = 0, r = 0; i < n; ++i) {
        if (island[static_cast<std::size_t>(i)] == 0) {
            kept_lags.row(r++) = out.lags.row(i);
        }
    }
    markov_classification lc = ineq::detail::dynamics::classify(kept_lags, lag_rule, fn);
    out.lag_classes = Eigen::MatrixXi::Constant(n, T, -1);
    for (Eigen::Index i = 0, r = 0; i < n; ++i) {
        if (island[static_cast<std::size_t>(i)] == 0) {
            out.lag_classes.row(i) = lc.classes.row(r++);
        }
    }
    out.lag_cut_points = std::move(lc.cut_points);

    const auto k = static_cast<Eigen::Index>(classes.count());
    const std::size_t m = lag_rule.count();
    std::vector<Eigen::MatrixXd> pooled{Eigen::MatrixXd::Zero(k, k)};
    ineq::detail::dynamics::add_transitions(out.classes, pooled, [](Eigen::Index, Eigen::Index) { return 0; });
    out.counts = std::move(pooled.front());
    out.conditional_counts.assign(m, Eigen::MatrixXd::Zero(k, k));
    const Eigen::MatrixXi& lag_classes = out.lag_classes;
    ineq::detail::dynamics::add_transitions(out.classes, out.conditional_counts,
                                            [&lag_classes](Eigen::Index i, Eigen::Index t) { return lag_classes(i, t); });

    out.probabilities = ineq::detail::dynamics::probabilities(out.counts, options.empty_rows, "spatial_markov: pooled chain");
    out.conditional_probabilities.reserve(m);
    for (std::size_t l = 0; l < m; ++l) {
        const std::string name = "spatial_markov: lag class " + std::to_string(l);
        out.conditional_probabilities.push_back(
            ineq::detail::dynamics::probabilities(out.conditional_counts[l], options.empty_rows, name));
    }
    out.homogeneity = markov_homogeneity(out.conditional_counts);
    return out;
}

}  // namespace ineq::spatial

#endif  // INEQ_SPATIAL_MARKOV_HPP
