#ifndef INEQ_PANEL_MARKOV_HPP
#define INEQ_PANEL_MARKOV_HPP

/// \file
/// Distribution dynamics as a discrete Markov chain (Quah 1993): each entity's value per
/// period (usually its relative position, value / period mean) is put in one of k
/// classes, and the chain counts the moves between consecutive periods.
///
/// Classes. Cut points c_1 <= ... <= c_(k-1) split the line; a value v goes to class
///
///     class(v) = #{ j : v > c_j }     (0-based: class 0 is v <= c_1, class k-1 is v > c_(k-1))
///
/// so a value on a cut point goes to the lower class, and equal values always share a
/// class (no random tie breaking: the same input gives the same classes, always). This is
/// mapclassify's rule (x <= upper bound). Cut points come from
///
/// - `markov_classes::quantiles(k)`: each period's own quantiles, c_j = Q(j / k),
/// - `markov_classes::pooled_quantiles(k)`: the quantiles of all periods pooled (giddy's
///   `fixed=True`),
/// - `markov_classes::breaks({...})`: given cut points,
///
/// with Q the quantile by linear interpolation between order statistics (R's type 7,
/// numpy's default). Ties can make two cut points equal; the class between them is then
/// empty and k is kept (mapclassify drops the duplicate and renumbers).
///
/// Transitions. counts(a, b) = number of (entity, t) with class a in period t and b in
/// t + 1; p(a, b) = counts(a, b) / sum_b counts(a, b). A class that never starts a
/// transition has an empty row; `empty_row_rule` says what its probabilities are.
///
/// From a transition matrix P: the steady state pi = pi P (unique when the chain has one
/// recurrent class), mean first passage times (Kemeny and Snell 1976, ch. 4), sojourn
/// times 1 / (1 - p_ii), Shorrocks' (1978) mobility index (k - trace P) / (k - 1), Prais'
/// (1955) 1 - p_ii, and the homogeneity tests of Bickenbach and Bode (2003) of one chain
/// against several (sub-periods, regions, spatial-lag classes). Rank mobility between two
/// periods is Kendall's tau-b.

#include <ineq/concepts.hpp>
#include <ineq/detail/distributions.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>
#include <ineq/panel/density.hpp>
#include <ineq/panel/panel.hpp>
#include <ineq/stats/distributions.hpp>
#include <ineq/stats/fields.hpp>
#include <ineq/stats/rank.hpp>

#include <Eigen/Core>
#include <Eigen/LU>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numeric>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <tuple>
#include <vector>

namespace ineq {

/// How a panel's values become Markov classes 0..k-1 (rules in the file comment).
class markov_classes {
public:
    enum class kind : std::uint8_t { quantiles, pooled_quantiles, breaks };

    /// k classes by each period's quantiles j / k, j = 1..k-1.
    /// \throws domain_error if k < 2.
    /// Example: `ineq::markov_classes::quantiles(5)` gives quintiles per year.
    [[nodiscard]] static markov_classes quantiles(std::size_t k) {
        check_k(k, "markov_classes::quantiles");
        return markov_classes(kind::quantiles, k, {});
    }
    /// k classes by the quantiles of all periods pooled.
    /// \throws domain_error if k < 2.
    /// Example: `ineq::markov_classes::pooled_quantiles(4)` fixes one set of quartile bounds for all years.
    [[nodiscard]] static markov_classes pooled_quantiles(std::size_t k) {
        check_k(k, "markov_classes::pooled_quantiles");
        return markov_classes(kind::pooled_quantiles, k, {});
    }
    /// cut_points.size() + 1 classes by given cut points (each the inclusive upper bound of
    /// the class below it).
    /// \throws domain_error if there is no cut point, or one is not finite or is below the
    /// one before it (naming its index).
    /// Example: `ineq::markov_classes::breaks({0.8, 0.9, 1.0, 1.2})` gives giddy's five
    /// classes of relative income.
    [[nodiscard]] static markov_classes breaks(std::vector<double> cut_points) {
        constexpr std::string_view fn = "markov_classes::breaks";
        if (cut_points.empty()) {
            detail::fail(fn, "needs at least one cut point");
        }
        for (std::size_t j = 0; j < cut_points.size(); ++j) {
            detail::require_finite(cut_points[j], fn, j);
            if (j > 0 && cut_points[j] < cut_points[j - 1]) {
                detail::fail(fn, "cut points must be ascending", j, cut_points[j]);
            }
        }
        const std::size_t k = cut_points.size() + 1;
        return markov_classes(kind::breaks, k, std::move(cut_points));
    }

    [[nodiscard]] kind what() const noexcept { return kind_; }
    /// Number of classes k.
    [[nodiscard]] std::size_t count() const noexcept { return k_; }
    /// The given cut points (empty for the quantile rules).
    [[nodiscard]] std::span<const double> cut_points() const noexcept { return cuts_; }

private:
    markov_classes(kind w, std::size_t k, std::vector<double> cuts) : kind_(w), k_(k), cuts_(std::move(cuts)) {}
    static void check_k(std::size_t k, std::string_view fn) {
        if (k < 2) {
            detail::fail_got(fn, "needs at least two classes", static_cast<double>(k));
        }
    }
    kind kind_;
    std::size_t k_;
    std::vector<double> cuts_;
};

/// What the probabilities of a class that never starts a transition (an empty row of
/// counts) are.
enum class empty_row_rule : std::uint8_t {
    error,  ///< throw, naming the class (the default: no silent NaN, no silent choice)
    zero,   ///< a row of zeros (giddy's default); the matrix is then not stochastic
    stay,   ///< p_ii = 1: the class is absorbing (giddy's fill_empty_classes=True)
};

/// Classes of every value of a panel, and the cut points used: column t of `cut_points`
/// holds period t's k - 1 cut points (the same in every column for pooled quantiles and
/// given breaks).
struct markov_classification {
    Eigen::MatrixXi classes;
    Eigen::MatrixXd cut_points;
};

/// A Markov chain estimated from a panel: its classes, transition counts (k x k) and
/// probabilities.
struct markov_chain_result {
    Eigen::MatrixXi classes;
    Eigen::MatrixXd cut_points;
    Eigen::MatrixXd counts;
    Eigen::MatrixXd probabilities;
};

/// Bickenbach and Bode's (2003) test that m chains (regimes: sub-periods, groups, lag
/// classes) share one transition matrix. Under H0 the pooled probabilities p_ij = n_ij / n_i
/// (n_ij summed over regimes); regime r has p_ij(r) = n_ij(r) / n_i(r):
///
///     Q  = sum_r sum_i sum_j n_i(r) (p_ij(r) - p_ij)^2 / p_ij     (terms with p_ij = 0 omitted)
///     LR = 2 sum_r sum_i sum_j n_ij(r) ln(p_ij(r) / p_ij)         (terms with n_ij(r) = 0 omitted)
///     dof = sum_i (b_i - 1)(a_i - 1),
///
/// b_i the number of regimes with transitions from class i, a_i the number of non-zero
/// p_ij. Both statistics are chi-squared with dof degrees of freedom under H0 (giddy's
/// `homogeneity`). With dof = 0 both statistics are 0 and the p-values 1. A class with no
/// transitions in any regime adds nothing to dof (giddy's formula adds (0 - 1)(0 - 1) = 1
/// for it).
struct homogeneity_test {
    double chi2 = 0.0;             ///< Q
    double chi2_p_value = 1.0;     ///< P(chi2_dof > Q)
    double lr = 0.0;               ///< LR
    double lr_p_value = 1.0;       ///< P(chi2_dof > LR)
    std::size_t dof = 0;
    std::size_t regimes = 0;       ///< m
    Eigen::MatrixXd pooled_probabilities;  ///< p_ij under H0 (empty rows are zero)

    static constexpr auto fields = std::tuple{
        stats::field("chi2", &homogeneity_test::chi2), stats::field("chi2_p_value", &homogeneity_test::chi2_p_value),
        stats::field("lr", &homogeneity_test::lr), stats::field("lr_p_value", &homogeneity_test::lr_p_value),
        stats::field("dof", &homogeneity_test::dof), stats::field("regimes", &homogeneity_test::regimes),
        stats::field("pooled_probabilities", &homogeneity_test::pooled_probabilities)};
};

namespace detail::dynamics {

/// Type-7 quantile cut points j / k, j = 1..k-1, of a sorted vector.
[[nodiscard]] inline Eigen::VectorXd quantile_cuts(const std::vector<double>& sorted, std::size_t k) {
    Eigen::VectorXd c(static_cast<Eigen::Index>(k - 1));
    for (std::size_t j = 1; j < k; ++j) {
        c(static_cast<Eigen::Index>(j - 1)) =
            detail::sorted_quantile(sorted, static_cast<double>(j) / static_cast<double>(k));
    }
    return c;
}

/// #{ j : v > c_j } for ascending cut points.
[[nodiscard]] inline int class_of(double v, const Eigen::VectorXd& cuts) {
    const double* b = cuts.data();
    return static_cast<int>(std::lower_bound(b, b + cuts.size(), v) - b);
}

template <class Derived>
void check_panel_values(const Eigen::MatrixBase<Derived>& panel, std::string_view fn, Eigen::Index min_periods) {
    if (panel.rows() == 0) {
        fail(fn, "the panel has no entities (rows)");
    }
    if (panel.cols() < min_periods) {
        fail_got(fn, "the panel has too few periods (columns)", static_cast<double>(panel.cols()));
    }
    for (Eigen::Index t = 0; t < panel.cols(); ++t) {
        for (Eigen::Index i = 0; i < panel.rows(); ++i) {
            const auto v = static_cast<double>(panel(i, t));
            if (!std::isfinite(v)) {
                fail(fn, "values must be finite (index = entity + rows * period)",
                     static_cast<std::size_t>(i + panel.rows() * t), v);
            }
        }
    }
}

template <class Derived>
[[nodiscard]] markov_classification classify(const Eigen::MatrixBase<Derived>& panel, const markov_classes& rule,
                                             std::string_view fn) {
    check_panel_values(panel, fn, 1);
    const Eigen::Index n = panel.rows();
    const Eigen::Index T = panel.cols();
    const auto k = static_cast<Eigen::Index>(rule.count());
    markov_classification out;
    out.classes.resize(n, T);
    out.cut_points.resize(k - 1, T);
    if (rule.what() == markov_classes::kind::breaks) {
        const auto c = rule.cut_points();
        for (Eigen::Index t = 0; t < T; ++t) {
            for (Eigen::Index j = 0; j < k - 1; ++j) {
                out.cut_points(j, t) = c[static_cast<std::size_t>(j)];
            }
        }
    } else if (rule.what() == markov_classes::kind::pooled_quantiles) {
        std::vector<double> all;
        all.reserve(static_cast<std::size_t>(n * T));
        for (Eigen::Index t = 0; t < T; ++t) {
            for (Eigen::Index i = 0; i < n; ++i) {
                all.push_back(static_cast<double>(panel(i, t)));
            }
        }
        std::sort(all.begin(), all.end());
        const Eigen::VectorXd c = quantile_cuts(all, rule.count());
        for (Eigen::Index t = 0; t < T; ++t) {
            out.cut_points.col(t) = c;
        }
    } else {
        std::vector<double> col(static_cast<std::size_t>(n));
        for (Eigen::Index t = 0; t < T; ++t) {
            for (Eigen::Index i = 0; i < n; ++i) {
                col[static_cast<std::size_t>(i)] = static_cast<double>(panel(i, t));
            }
            std::sort(col.begin(), col.end());
            out.cut_points.col(t) = quantile_cuts(col, rule.count());
        }
    }
    for (Eigen::Index t = 0; t < T; ++t) {
        const Eigen::VectorXd c = out.cut_points.col(t);
        for (Eigen::Index i = 0; i < n; ++i) {
            out.classes(i, t) = class_of(static_cast<double>(panel(i, t)), c);
        }
    }
    return out;
}

template <class Derived>
void check_classes(const Eigen::MatrixBase<Derived>& classes, std::size_t k, std::string_view fn) {
    if (k == 0) {
        fail(fn, "needs at least one class (k = 0)");
    }
    if (classes.rows() == 0) {
        fail(fn, "the panel has no entities (rows)");
    }
    if (classes.cols() < 2) {
        fail_got(fn, "needs at least two periods (columns) for a transition", static_cast<double>(classes.cols()));
    }
    for (Eigen::Index t = 0; t < classes.cols(); ++t) {
        for (Eigen::Index i = 0; i < classes.rows(); ++i) {
            const auto c = static_cast<double>(classes(i, t));
            if (!(c >= 0.0 && c < static_cast<double>(k) && c == std::floor(c))) {
                fail(fn, "classes must be integers in 0..k-1 (index = entity + rows * period)",
                     static_cast<std::size_t>(i + classes.rows() * t), c);
            }
        }
    }
}

template <class Derived>
void check_counts(const Eigen::MatrixBase<Derived>& counts, std::string_view fn) {
    if (counts.rows() == 0 || counts.rows() != counts.cols()) {
        fail(fn, "needs a non-empty square matrix of counts, got " + std::to_string(counts.rows()) + " x " +
                     std::to_string(counts.cols()));
    }
    for (Eigen::Index j = 0; j < counts.cols(); ++j) {
        for (Eigen::Index i = 0; i < counts.rows(); ++i) {
            const auto v = static_cast<double>(counts(i, j));
            if (!(std::isfinite(v) && v >= 0.0)) {
                fail(fn, "counts must be finite and non-negative (index = row + k * column)",
                     static_cast<std::size_t>(i + counts.rows() * j), v);
            }
        }
    }
}

/// Row-normalised counts; empty rows by `empty_rows`.
template <class Derived>
[[nodiscard]] Eigen::MatrixXd probabilities(const Eigen::MatrixBase<Derived>& counts, empty_row_rule empty_rows,
                                            std::string_view fn) {
    check_counts(counts, fn);
    Eigen::MatrixXd p = counts.template cast<double>();
    for (Eigen::Index i = 0; i < p.rows(); ++i) {
        const double s = p.row(i).sum();
        if (s > 0.0) {
            p.row(i) /= s;
            continue;
        }
        switch (empty_rows) {
            case empty_row_rule::error:
                fail(fn, "a class never starts a transition; choose empty_row_rule::zero or stay (index = class)",
                     static_cast<std::size_t>(i), 0.0);
            case empty_row_rule::zero: break;
            case empty_row_rule::stay: p(i, i) = 1.0; break;
        }
    }
    return p;
}

/// Checks that P is a stochastic matrix: square, entries in [0, 1], rows summing to 1
/// within 1e-9.
template <class Derived>
[[nodiscard]] Eigen::MatrixXd stochastic(const Eigen::MatrixBase<Derived>& p, std::string_view fn) {
    if (p.rows() == 0 || p.rows() != p.cols()) {
        fail(fn, "needs a non-empty square transition matrix, got " + std::to_string(p.rows()) + " x " +
                     std::to_string(p.cols()));
    }
    Eigen::MatrixXd m = p.template cast<double>();
    for (Eigen::Index j = 0; j < m.cols(); ++j) {
        for (Eigen::Index i = 0; i < m.rows(); ++i) {
            const double v = m(i, j);
            if (!(v >= 0.0 && v <= 1.0)) {
                fail(fn, "probabilities must lie in [0, 1] (index = row + k * column)",
                     static_cast<std::size_t>(i + m.rows() * j), v);
            }
        }
    }
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        neumaier_sum s;
        for (Eigen::Index j = 0; j < m.cols(); ++j) {
            s.add(m(i, j));
        }
        if (std::abs(s.value() - 1.0) > 1e-9) {
            fail(fn, "every row must sum to 1 (empty rows: see empty_row_rule::stay) (index = row)",
                 static_cast<std::size_t>(i), s.value());
        }
    }
    return m;
}

/// reach(i, j): j can be reached from i in zero or more steps.
[[nodiscard]] inline std::vector<std::vector<char>> reachability(const Eigen::MatrixXd& p) {
    const auto k = static_cast<std::size_t>(p.rows());
    std::vector<std::vector<char>> r(k, std::vector<char>(k, 0));
    for (std::size_t i = 0; i < k; ++i) {
        r[i][i] = 1;
        for (std::size_t j = 0; j < k; ++j) {
            if (p(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) > 0.0) {
                r[i][j] = 1;
            }
        }
    }
    for (std::size_t m = 0; m < k; ++m) {
        for (std::size_t i = 0; i < k; ++i) {
            if (r[i][m] != 0) {
                for (std::size_t j = 0; j < k; ++j) {
                    if (r[m][j] != 0) {
                        r[i][j] = 1;
                    }
                }
            }
        }
    }
    return r;
}

[[nodiscard]] inline std::vector<std::vector<std::size_t>> recurrent_of(const Eigen::MatrixXd& p) {
    const auto r = reachability(p);
    const auto k = r.size();
    std::vector<std::vector<std::size_t>> out;
    std::vector<char> seen(k, 0);
    for (std::size_t i = 0; i < k; ++i) {
        if (seen[i] != 0) {
            continue;
        }
        bool closed = true;
        std::vector<std::size_t> cls;
        for (std::size_t j = 0; j < k; ++j) {
            if (r[i][j] != 0) {
                if (r[j][i] != 0) {
                    cls.push_back(j);
                } else {
                    closed = false;
                }
            }
        }
        for (const std::size_t j : cls) {
            seen[j] = 1;
        }
        if (closed) {
            out.push_back(std::move(cls));
        }
    }
    return out;
}

/// The stationary distribution of P restricted to a closed communicating class: solve
/// pi (I - P_C) = 0 with one equation replaced by sum pi = 1.
template <class = void>  // compiled only where called: the LU solver is costly to instantiate
[[nodiscard]] Eigen::VectorXd stationary_on(const Eigen::MatrixXd& p, const std::vector<std::size_t>& cls) {
    const auto m = static_cast<Eigen::Index>(cls.size());
    Eigen::MatrixXd a(m, m);
    for (Eigen::Index r = 0; r < m; ++r) {
        for (Eigen::Index c = 0; c < m; ++c) {
            // a = (I - P_C)^T
            a(r, c) = (r == c ? 1.0 : 0.0) -
                      p(static_cast<Eigen::Index>(cls[static_cast<std::size_t>(c)]),
                        static_cast<Eigen::Index>(cls[static_cast<std::size_t>(r)]));
        }
    }
    a.row(m - 1).setOnes();
    Eigen::VectorXd b = Eigen::VectorXd::Zero(m);
    b(m - 1) = 1.0;
    Eigen::VectorXd pi = a.fullPivLu().solve(b);
    pi = pi.cwiseMax(0.0);
    pi /= pi.sum();
    Eigen::VectorXd out = Eigen::VectorXd::Zero(p.rows());
    for (Eigen::Index r = 0; r < m; ++r) {
        out(static_cast<Eigen::Index>(cls[static_cast<std::size_t>(r)])) = pi(r);
    }
    return out;
}

/// Adds each entity's moves from period t to t + 1 to `counts`; `regime(i, t)` picks the
/// matrix (a lag class for the spatial chain), or -1 to skip the move.
template <class Derived, class Regime>
void add_transitions(const Eigen::MatrixBase<Derived>& classes, std::vector<Eigen::MatrixXd>& counts,
                     Regime&& regime) {
    for (Eigen::Index t = 0; t + 1 < classes.cols(); ++t) {
        for (Eigen::Index i = 0; i < classes.rows(); ++i) {
            const int r = regime(i, t);
            if (r >= 0) {
                counts[static_cast<std::size_t>(r)](static_cast<Eigen::Index>(classes(i, t)),
                                                    static_cast<Eigen::Index>(classes(i, t + 1))) += 1.0;
            }
        }
    }
}

}  // namespace detail::dynamics

/// Each value over its period's mean, y_it / mean_t(y): relative positions, the usual
/// input of a Markov chain of regional disparity.
/// \throws domain_error if the panel has no rows or columns, holds NaN/infinity (index =
/// entity + rows * period), or a period's mean is not positive (naming the period).
/// Example: `ineq::relative_positions(panel.values())`: a column {1, 3} becomes {0.5, 1.5}.
template <class Derived>
[[nodiscard]] Eigen::MatrixXd relative_positions(const Eigen::MatrixBase<Derived>& panel) {
    constexpr std::string_view fn = "relative_positions";
    detail::dynamics::check_panel_values(panel, fn, 1);
    Eigen::MatrixXd out = panel.template cast<double>();
    for (Eigen::Index t = 0; t < out.cols(); ++t) {
        detail::neumaier_sum s;
        for (Eigen::Index i = 0; i < out.rows(); ++i) {
            s.add(out(i, t));
        }
        const double mean = s.value() / static_cast<double>(out.rows());
        if (!(mean > 0.0)) {
            detail::fail(fn, "every period's mean must be positive (index = period)", static_cast<std::size_t>(t), mean);
        }
        out.col(t) /= mean;
    }
    return out;
}

/// Classes 0..k-1 of every value of a panel (entities x periods) by `rule`, with the cut
/// points used per period. Rule and tie handling in the file comment.
/// \throws domain_error if the panel has no rows or columns or holds NaN/infinity (index =
/// entity + rows * period).
/// Example: `auto c = ineq::markov_classify(panel, ineq::markov_classes::quantiles(4));`
/// `c.classes(i, t)` is entity i's quartile in period t.
template <class Derived>
[[nodiscard]] markov_classification markov_classify(const Eigen::MatrixBase<Derived>& panel,
                                                    const markov_classes& rule) {
    return detail::dynamics::classify(panel, rule, "markov_classify");
}

/// Transition counts between consecutive periods of a classes matrix (entities x periods,
/// values 0..k-1): a k x k matrix of whole numbers. For sub-periods pass a block, e.g.
/// `classes.leftCols(6)` and `classes.rightCols(5)` (the transition from column 5 to 6
/// belongs to the second).
/// \throws domain_error if k is 0, the matrix has no rows or fewer than two columns, or a
/// class is outside 0..k-1 (index = entity + rows * period).
/// Example: `ineq::transition_counts(Eigen::MatrixXi{{0, 1}, {1, 1}}, 2)` is {{0, 1}, {0, 1}}.
template <class Derived>
[[nodiscard]] Eigen::MatrixXd transition_counts(const Eigen::MatrixBase<Derived>& classes, std::size_t k) {
    detail::dynamics::check_classes(classes, k, "transition_counts");
    const auto kk = static_cast<Eigen::Index>(k);
    std::vector<Eigen::MatrixXd> counts{Eigen::MatrixXd::Zero(kk, kk)};
    detail::dynamics::add_transitions(classes, counts, [](Eigen::Index, Eigen::Index) { return 0; });
    return counts.front();
}

/// Transition probabilities p(a, b) = counts(a, b) / sum_b counts(a, b); empty rows by `empty_rows`.
/// \throws domain_error if `counts` is not a non-empty square matrix of finite
/// non-negative numbers, or (under empty_row_rule::error) a row sums to 0 (naming it).
/// Example: `ineq::transition_probabilities(Eigen::MatrixXd{{3, 1}, {0, 2}})` is {{0.75, 0.25}, {0, 1}}.
template <class Derived>
[[nodiscard]] Eigen::MatrixXd transition_probabilities(const Eigen::MatrixBase<Derived>& counts,
                                                       empty_row_rule empty_rows = empty_row_rule::error) {
    return detail::dynamics::probabilities(counts, empty_rows, "transition_probabilities");
}

/// The Markov chain of a panel in one call: classes by `rule`, counts, probabilities.
/// \throws domain_error as `markov_classify` and `transition_probabilities` do, and if the
/// panel has fewer than two periods.
/// Example: `auto m = ineq::markov_chain(ineq::relative_positions(p.values()), ineq::markov_classes::quantiles(5));`
/// `m.probabilities` is the 5 x 5 quintile transition matrix.
template <class Derived>
[[nodiscard]] markov_chain_result markov_chain(const Eigen::MatrixBase<Derived>& panel, const markov_classes& rule,
                                               empty_row_rule empty_rows = empty_row_rule::error) {
    constexpr std::string_view fn = "markov_chain";
    detail::dynamics::check_panel_values(panel, fn, 2);
    markov_classification c = detail::dynamics::classify(panel, rule, fn);
    markov_chain_result out;
    out.counts = transition_counts(c.classes, rule.count());
    out.probabilities = detail::dynamics::probabilities(out.counts, empty_rows, fn);
    out.classes = std::move(c.classes);
    out.cut_points = std::move(c.cut_points);
    return out;
}

/// The recurrent (closed communicating) classes of a transition matrix, each ascending,
/// ordered by their smallest state. One class holding every state: the chain is irreducible.
/// \throws domain_error if `p` is not stochastic (square, entries in [0, 1], rows summing
/// to 1 within 1e-9).
/// Example: for {{0.5, 0.5, 0}, {0.5, 0.5, 0}, {0, 0, 1}} the recurrent classes are {0, 1} and {2}.
template <class Derived>
[[nodiscard]] std::vector<std::vector<std::size_t>> recurrent_classes(const Eigen::MatrixBase<Derived>& p) {
    return detail::dynamics::recurrent_of(detail::dynamics::stochastic(p, "recurrent_classes"));
}

/// The steady state (ergodic distribution) pi = pi P, sum pi = 1, solved as a linear system
/// on the chain's recurrent class (transient states get exactly 0). Empty when the chain
/// has more than one recurrent class, so the long-run distribution depends on the start.
/// \throws domain_error if `p` is not stochastic (as `recurrent_classes`).
/// Example: for Kemeny and Snell's Land of Oz, {{.5, .25, .25}, {.5, 0, .5}, {.25, .25, .5}},
/// the steady state is {0.4, 0.2, 0.4}.
template <class Derived>
[[nodiscard]] std::optional<Eigen::VectorXd> steady_state(const Eigen::MatrixBase<Derived>& p) {
    const Eigen::MatrixXd m = detail::dynamics::stochastic(p, "steady_state");
    const auto rec = detail::dynamics::recurrent_of(m);
    if (rec.size() != 1) {
        return std::nullopt;
    }
    return detail::dynamics::stationary_on(m, rec.front());
}

/// Mean first passage times (Kemeny and Snell 1976, ch. 4): m_ij, the expected number
/// of steps to first reach j from i, and on the diagonal the mean recurrence time 1 / pi_i
/// (as giddy's `mfpt`):
///
///     Z = (I - P + 1 pi^T)^(-1),   m_ij = (delta_ij - z_ij + z_jj) / pi_j.
///
/// \throws domain_error if `p` is not stochastic or the chain is not irreducible (some
/// state cannot be reached from another, so its passage time is infinite).
/// Example: for the Land of Oz chain, m(0, 1) = 4 days from rain to the first nice day.
template <class Derived>
[[nodiscard]] Eigen::MatrixXd mean_first_passage_times(const Eigen::MatrixBase<Derived>& p) {
    constexpr std::string_view fn = "mean_first_passage_times";
    const Eigen::MatrixXd m = detail::dynamics::stochastic(p, fn);
    const auto rec = detail::dynamics::recurrent_of(m);
    if (rec.size() != 1 || rec.front().size() != static_cast<std::size_t>(m.rows())) {
        detail::fail(fn, "the chain must be irreducible (every state reachable from every other)");
    }
    const Eigen::VectorXd pi = detail::dynamics::stationary_on(m, rec.front());
    const Eigen::Index k = m.rows();
    const Eigen::MatrixXd a = Eigen::VectorXd::Ones(k) * pi.transpose();
    const Eigen::MatrixXd z = (Eigen::MatrixXd::Identity(k, k) - m + a).fullPivLu().inverse();
    Eigen::MatrixXd out(k, k);
    for (Eigen::Index i = 0; i < k; ++i) {
        for (Eigen::Index j = 0; j < k; ++j) {
            out(i, j) = ((i == j ? 1.0 : 0.0) - z(i, j) + z(j, j)) / pi(j);
        }
    }
    return out;
}

/// Sojourn times 1 / (1 - p_ii): the expected number of periods a class holds an entity
/// once entered (geometric). +infinity for an absorbing class (p_ii = 1).
/// \throws domain_error if `p` is not stochastic.
/// Example: for {{.5, .25, .25}, {.5, 0, .5}, {.25, .25, .5}} the sojourn times are {2, 1, 2}.
template <class Derived>
[[nodiscard]] Eigen::VectorXd sojourn_times(const Eigen::MatrixBase<Derived>& p) {
    const Eigen::MatrixXd m = detail::dynamics::stochastic(p, "sojourn_times");
    Eigen::VectorXd out(m.rows());
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        out(i) = m(i, i) >= 1.0 ? std::numeric_limits<double>::infinity() : 1.0 / (1.0 - m(i, i));
    }
    return out;
}

/// Shorrocks' (1978) mobility index (k - trace P) / (k - 1): 0 when no entity ever changes
/// class (P = I), 1 when trace P = 1, as for rows all equal to 1/k (the next class does not
/// depend on the current one).
/// \throws domain_error if `p` is not stochastic or has fewer than two classes.
/// Example: for {{0.9, 0.1}, {0.2, 0.8}} the index is (2 - 1.7) / 1 = 0.3.
template <class Derived>
[[nodiscard]] double shorrocks_mobility(const Eigen::MatrixBase<Derived>& p) {
    constexpr std::string_view fn = "shorrocks_mobility";
    const Eigen::MatrixXd m = detail::dynamics::stochastic(p, fn);
    if (m.rows() < 2) {
        detail::fail_got(fn, "needs at least two classes", static_cast<double>(m.rows()));
    }
    const auto k = static_cast<double>(m.rows());
    return (k - m.trace()) / (k - 1.0);
}

/// Prais' (1955) mobility per class, 1 - p_ii: the probability of leaving class i in one step.
/// \throws domain_error if `p` is not stochastic.
/// Example: for {{0.9, 0.1}, {0.2, 0.8}} it is {0.1, 0.2}.
template <class Derived>
[[nodiscard]] Eigen::VectorXd prais_mobility(const Eigen::MatrixBase<Derived>& p) {
    const Eigen::MatrixXd m = detail::dynamics::stochastic(p, "prais_mobility");
    return Eigen::VectorXd::Ones(m.rows()) - m.diagonal();
}

/// Homogeneity test of m transition-count matrices (regimes) against their pooled chain;
/// statistics, degrees of freedom and p-values in `homogeneity_test`. p-values are from
/// the chi-squared distribution (regularised incomplete gamma function, relative error
/// about 1e-14).
/// \throws domain_error if fewer than two regimes are given, the matrices differ in shape
/// or are empty, or a count is negative or not finite (naming the regime in the rule).
/// Example: `auto h = ineq::markov_homogeneity({ineq::transition_counts(c.leftCols(6), 5),`
/// `ineq::transition_counts(c.rightCols(5), 5)});` tests 2012-2017 against 2017-2021.
[[nodiscard]] inline homogeneity_test markov_homogeneity(const std::vector<Eigen::MatrixXd>& counts) {
    constexpr std::string_view fn = "markov_homogeneity";
    if (counts.size() < 2) {
        detail::fail_got(fn, "needs at least two regimes", static_cast<double>(counts.size()));
    }
    const Eigen::Index r = counts.front().rows();
    const Eigen::Index c = counts.front().cols();
    if (r == 0 || c == 0) {
        detail::fail(fn, "the count matrices are empty");
    }
    for (std::size_t g = 0; g < counts.size(); ++g) {
        const auto& m = counts[g];
        if (m.rows() != r || m.cols() != c) {
            detail::fail(fn, "every regime needs a count matrix of the same shape (regime " + std::to_string(g) + ")");
        }
        for (Eigen::Index k = 0; k < m.size(); ++k) {
            const double v = m.data()[k];
            if (!(std::isfinite(v) && v >= 0.0)) {
                detail::fail(fn, "counts must be finite and non-negative (regime " + std::to_string(g) +
                                     "; index = row + rows * column)",
                             static_cast<std::size_t>(k), v);
            }
        }
    }
    Eigen::MatrixXd pooled = Eigen::MatrixXd::Zero(r, c);
    for (const auto& m : counts) {
        pooled += m;
    }
    Eigen::MatrixXd p0 = pooled;
    for (Eigen::Index i = 0; i < r; ++i) {
        const double s = pooled.row(i).sum();
        if (s > 0.0) {
            p0.row(i) /= s;
        }
    }
    detail::neumaier_sum q;
    detail::neumaier_sum lr;
    std::vector<std::size_t> b(static_cast<std::size_t>(r), 0);
    for (const auto& m : counts) {
        for (Eigen::Index i = 0; i < r; ++i) {
            const double ni = m.row(i).sum();
            if (!(ni > 0.0)) {
                continue;
            }
            ++b[static_cast<std::size_t>(i)];
            for (Eigen::Index j = 0; j < c; ++j) {
                const double pij = p0(i, j);
                if (pij > 0.0) {
                    const double prm = m(i, j) / ni;
                    const double d = prm - pij;
                    q.add(ni * d * d / pij);
                    if (m(i, j) > 0.0) {
                        lr.add(m(i, j) * std::log(prm / pij));
                    }
                }
            }
        }
    }
    std::size_t dof = 0;
    for (Eigen::Index i = 0; i < r; ++i) {
        const auto a = static_cast<std::size_t>((p0.row(i).array() > 0.0).count());
        const std::size_t bi = b[static_cast<std::size_t>(i)];
        if (bi > 0 && a > 0) {
            dof += (bi - 1) * (a - 1);
        }
    }
    homogeneity_test out;
    out.dof = dof;
    out.regimes = counts.size();
    out.pooled_probabilities = std::move(p0);
    out.chi2 = dof == 0 ? 0.0 : q.value();
    out.lr = dof == 0 ? 0.0 : std::max(0.0, 2.0 * lr.value());
    out.chi2_p_value = stats::chi_squared_survival(out.chi2, dof);
    out.lr_p_value = stats::chi_squared_survival(out.lr, dof);
    return out;
}

// The chi-squared survival function and Kendall's tau live with the library's distributions
// and rank statistics; these names keep `ineq::chi_squared_survival` and `ineq::kendall_tau`.
using stats::chi_squared_survival;
using stats::kendall_tau;

}  // namespace ineq

#endif
