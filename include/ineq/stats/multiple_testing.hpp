#ifndef INEQ_STATS_MULTIPLE_TESTING_HPP
#define INEQ_STATS_MULTIPLE_TESTING_HPP

/// \file
/// Multiple-testing adjustment of a family of p-values (R `p.adjust`): Bonferroni, Holm,
/// Benjamini–Hochberg, with missing tests (islands) left out of the family as R leaves NA,
/// and the significance filter built on it.

#include <ineq/error.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace ineq::stats {

/// How a family of p-values is adjusted for multiple testing (R `p.adjust` methods).
enum class p_adjustment : std::uint8_t {
    none,                ///< p unchanged
    bonferroni,          ///< min(1, m · p_i): family-wise error rate
    holm,                ///< step-down Bonferroni (Holm 1979): family-wise error rate, never less powerful
    benjamini_hochberg,  ///< step-up false-discovery-rate control (R "BH", "fdr")
};

/// "none", "bonferroni", "holm" or "benjamini_hochberg" — the names Python uses.
[[nodiscard]] constexpr std::string_view to_string(p_adjustment m) noexcept {
    switch (m) {
        case p_adjustment::none: return "none";
        case p_adjustment::bonferroni: return "bonferroni";
        case p_adjustment::holm: return "holm";
        case p_adjustment::benjamini_hochberg: return "benjamini_hochberg";
    }
    return "?";
}

namespace detail {

inline void check_p(const char* fn, double p, std::size_t i) {
    if (!(p >= 0.0 && p <= 1.0)) {  // also rejects NaN
        ineq::detail::fail(fn, "p-values must lie in [0, 1]", i, p);
    }
}

/// Adjusts the m values in `p` in place (no missing values).
inline void adjust_in_place(std::vector<double>& p, p_adjustment method) {
    const std::size_t m = p.size();
    if (m == 0 || method == p_adjustment::none) {
        return;
    }
    const auto dm = static_cast<double>(m);
    if (method == p_adjustment::bonferroni) {
        for (double& v : p) {
            v = std::min(1.0, dm * v);
        }
        return;
    }
    std::vector<std::size_t> order(m);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::vector<double> out(m);
    if (method == p_adjustment::holm) {
        // Ascending: q_(k) = max over j ≤ k of min(1, (m − j + 1)·p_(j)).
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return p[a] < p[b]; });
        double running = 0.0;
        for (std::size_t k = 0; k < m; ++k) {
            running = std::max(running, std::min(1.0, static_cast<double>(m - k) * p[order[k]]));
            out[order[k]] = running;
        }
        p = std::move(out);
        return;
    }
    // Benjamini–Hochberg: descending, q_(k) = min over j ≥ k of m/j · p_(j), capped at 1.
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return p[a] > p[b]; });
    double running = 1.0;
    for (std::size_t r = 0; r < m; ++r) {
        const std::size_t rank = m - r;  // rank of p[order[r]] in ascending order (1-based)
        running = std::min(running, dm / static_cast<double>(rank) * p[order[r]]);
        out[order[r]] = running;
    }
    p = std::move(out);
}

}  // namespace detail

/// Adjusted p-values for m tests, as R `p.adjust(p, method)`, with p_(1) ≤ … ≤ p_(m):
/// Bonferroni p̃_i = min(1, m·p_i); Holm p̃_(k) = max_{j ≤ k} min(1, (m − j + 1)·p_(j));
/// Benjamini–Hochberg p̃_(k) = min_{j ≥ k} min(1, m·p_(j)/j). Order and length are kept.
/// \throws domain_error if a p-value is outside [0, 1] or NaN (index and value named).
/// Example: `p_adjust(std::vector{0.01, 0.04, 0.03}, p_adjustment::benjamini_hochberg)`
/// is {0.03, 0.04, 0.04}.
[[nodiscard]] inline std::vector<double> p_adjust(std::span<const double> p, p_adjustment method) {
    for (std::size_t i = 0; i < p.size(); ++i) {
        detail::check_p("p_adjust", p[i], i);
    }
    std::vector<double> out(p.begin(), p.end());
    detail::adjust_in_place(out, method);
    return out;
}

/// Adjusted p-values where some tests are not defined (islands): missing entries stay
/// missing and do not count in m, as R `p.adjust` does with NA.
/// \throws domain_error if a present p-value is outside [0, 1] or NaN.
/// Example: `p_adjust(p_values(local_moran(x, w)), p_adjustment::holm)`.
[[nodiscard]] inline std::vector<std::optional<double>> p_adjust(std::span<const std::optional<double>> p,
                                                                 p_adjustment method) {
    std::vector<double> present;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i]) {
            detail::check_p("p_adjust", *p[i], i);
            present.push_back(*p[i]);
        }
    }
    detail::adjust_in_place(present, method);
    std::vector<std::optional<double>> out(p.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i]) {
            out[i] = present[k++];
        }
    }
    return out;
}

/// The p-values of a vector of tests (any result with a `p_value`), missing where the test
/// is not defined.
/// Example: `auto p = p_values(local_moran_permutation(x, w));`
template <class Test>
[[nodiscard]] std::vector<std::optional<double>> p_values(const std::vector<std::optional<Test>>& tests) {
    std::vector<std::optional<double>> out(tests.size());
    for (std::size_t i = 0; i < tests.size(); ++i) {
        if (tests[i]) {
            out[i] = tests[i]->p_value;
        }
    }
    return out;
}

/// Which tests are significant at level `alpha` after adjustment: adjusted p ≤ alpha.
/// Missing tests are not significant. For Benjamini–Hochberg this is the step-up rule
/// (reject the k smallest, k the largest with p_(k) ≤ k·alpha/m).
/// \throws domain_error if alpha is not in (0, 1) or a p-value is outside [0, 1].
/// Example: `significant(p_values(t), 0.05, p_adjustment::benjamini_hochberg)`.
[[nodiscard]] inline std::vector<bool> significant(std::span<const std::optional<double>> p, double alpha,
                                                   p_adjustment method = p_adjustment::none) {
    if (!(alpha > 0.0 && alpha < 1.0)) {
        ineq::detail::fail_got("significant", "alpha must lie in (0, 1)", alpha);
    }
    const auto adjusted = p_adjust(p, method);
    std::vector<bool> out(p.size(), false);
    for (std::size_t i = 0; i < p.size(); ++i) {
        out[i] = adjusted[i].has_value() && *adjusted[i] <= alpha;
    }
    return out;
}

/// `significant` for p-values that are all present.
/// \throws domain_error as the other overload.
/// Example: `significant(std::vector{0.01, 0.2}, 0.05, p_adjustment::bonferroni)` is {true, false}.
[[nodiscard]] inline std::vector<bool> significant(std::span<const double> p, double alpha,
                                                   p_adjustment method = p_adjustment::none) {
    const std::vector<std::optional<double>> all(p.begin(), p.end());
    return significant(std::span<const std::optional<double>>(all), alpha, method);
}

}  // namespace ineq::stats

#endif  // INEQ_STATS_MULTIPLE_TESTING_HPP
