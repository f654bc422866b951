#ifndef INEQ_SPATIAL_WEIGHTS_HPP
#define INEQ_SPATIAL_WEIGHTS_HPP

/// \file
/// Spatial weights: who is whose neighbour and how much each neighbour counts.
///
/// A `weights` object holds n units and, for each unit i, its neighbours j ≠ i with a
/// general weight g_ij > 0 (1 for contiguity, d_ij^−α for inverse distance), and a style
/// that turns g into the w_ij the statistics use (spdep's `style` letters):
///
/// | style                  | spdep | w_ij                                              |
/// |------------------------|-------|---------------------------------------------------|
/// | binary                 | B     | g_ij                                              |
/// | row_standardised       | W     | g_ij / Σ_k g_ik (each non-empty row sums to 1)    |
/// | global                 | C     | n' · g_ij / Σ_kl g_kl                             |
/// | variance_stabilising   | S     | n' · u_ij / Σ_kl u_kl, u_ij = g_ij / √(Σ_k g_ik²) |
///
/// n' is the number of units with at least one neighbour (islands add nothing to any sum).
///
/// Islands — units without neighbours, such as Hainan under contiguity — are never
/// handled silently. Every builder takes an `island_policy`: `error` (the default: throw,
/// naming the islands), `keep` (an empty row: the spatial lag of an island is 0, and the
/// global statistics say how n is counted), or `nearest` (each island is joined,
/// symmetrically, to its k nearest units by great-circle distance between given points).

#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>
#include <ineq/spatial/geometry.hpp>

#include <Eigen/Core>
#include <Eigen/SparseCore>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numeric>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace ineq::spatial {

/// How general weights g_ij become the weights w_ij (see the table in the file comment).
enum class weights_style : std::uint8_t {
    binary,                ///< B: w = g
    row_standardised,      ///< W: rows sum to 1
    global,                ///< C: all weights sum to n'
    variance_stabilising,  ///< S: Tiefelsdorf, Griffith and Boots (1999)
};

/// spdep's letter for a style: "B", "W", "C" or "S".
[[nodiscard]] constexpr const char* to_string(weights_style s) noexcept {
    switch (s) {
        case weights_style::binary: return "B";
        case weights_style::row_standardised: return "W";
        case weights_style::global: return "C";
        case weights_style::variance_stabilising: return "S";
    }
    return "?";
}

/// What a builder does with a unit that has no neighbour.
class island_policy {
public:
    enum class kind : std::uint8_t { error, keep, nearest };

    /// Throw `domain_error` naming the islands (the default).
    [[nodiscard]] static island_policy error() noexcept { return island_policy(kind::error); }
    /// Keep islands with an empty row.
    [[nodiscard]] static island_policy keep() noexcept { return island_policy(kind::keep); }
    /// Join each island symmetrically to its k nearest units (great-circle distance between
    /// `points`, one per unit; ties broken by the lower index), with general weight 1.
    /// \throws domain_error if k is 0 (checked here) or if `points` does not have one point
    /// per unit or k ≥ n (checked by the builder).
    [[nodiscard]] static island_policy nearest(std::vector<geo_point> points, std::size_t k = 1) {
        if (k == 0) {
            ineq::detail::fail("island_policy::nearest", "k must be at least 1");
        }
        island_policy p(kind::nearest);
        p.points_ = std::move(points);
        p.k_ = k;
        return p;
    }

    [[nodiscard]] kind what() const noexcept { return kind_; }
    [[nodiscard]] std::span<const geo_point> points() const noexcept { return points_; }
    [[nodiscard]] std::size_t k() const noexcept { return k_; }

private:
    explicit island_policy(kind k) noexcept : kind_(k) {}
    kind kind_;
    std::vector<geo_point> points_;
    std::size_t k_ = 0;
};

/// One neighbour relation with its general weight g (1 for contiguity).
struct neighbour_link {
    std::size_t from = 0;
    std::size_t to = 0;
    double weight = 1.0;
};

/// Sparse spatial weights over n units (row i: the neighbours of unit i). Immutable;
/// `restyled` gives a copy in another style. Storage is a row-major Eigen sparse matrix,
/// so `matrix() * x` is the spatial lag.
class weights {
public:
    using matrix_type = Eigen::SparseMatrix<double, Eigen::RowMajor, int>;

    /// Weights from directed links i → j with general weights g_ij, in style `style`.
    /// A pair given twice keeps one link (the weights must then agree).
    /// \throws domain_error if n exceeds 2^31 − 1, a link has i == j or an index ≥ n, a
    /// general weight is not finite and positive, a repeated link has another weight, or
    /// an island is found under `island_policy::error()` (the message lists up to ten).
    /// Example: `weights::from_links(3, {{0, 1}, {1, 0}, {1, 2}, {2, 1}})` is a path of three.
    [[nodiscard]] static weights from_links(std::size_t n, std::vector<neighbour_link> links,
                                            weights_style style = weights_style::row_standardised,
                                            const island_policy& islands = island_policy::error()) {
        constexpr const char* fn = "weights::from_links";
        if (n > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
            ineq::detail::fail(fn, "at most 2^31 - 1 units");
        }
        for (std::size_t e = 0; e < links.size(); ++e) {
            const auto& l = links[e];
            if (l.from >= n || l.to >= n) {
                ineq::detail::fail(fn, "a link names a unit outside 0..n-1", e,
                                   static_cast<double>(std::max(l.from, l.to)));
            }
            if (l.from == l.to) {
                ineq::detail::fail(fn, "a unit cannot be its own neighbour", e,
                                   static_cast<double>(l.from));
            }
            if (!std::isfinite(l.weight) || l.weight <= 0.0) {
                ineq::detail::fail(fn, "general weights must be finite and positive", e, l.weight);
            }
        }
        std::sort(links.begin(), links.end(), [](const neighbour_link& a, const neighbour_link& b) {
            return a.from != b.from ? a.from < b.from : a.to < b.to;
        });
        std::vector<neighbour_link> unique;
        unique.reserve(links.size());
        for (const auto& l : links) {
            if (!unique.empty() && unique.back().from == l.from && unique.back().to == l.to) {
                if (unique.back().weight != l.weight) {
                    ineq::detail::fail(fn, "a link given twice with different weights (from unit " +
                                               std::to_string(l.from) + " to unit " +
                                               std::to_string(l.to) + ")");
                }
                continue;
            }
            unique.push_back(l);
        }
        apply_island_policy(n, unique, islands, fn);
        weights w;
        w.general_ = to_matrix(n, unique);
        w.restyle(style);
        return w;
    }

    /// Symmetric weights from undirected pairs {a, b} (each pair gives a → b and b → a).
    /// \throws as `from_links`.
    /// Example: `weights::from_pairs(3, {{0, 1}, {1, 2}})` is a path of three, style W.
    [[nodiscard]] static weights from_pairs(std::size_t n,
                                            std::span<const std::pair<std::size_t, std::size_t>> pairs,
                                            weights_style style = weights_style::row_standardised,
                                            const island_policy& islands = island_policy::error()) {
        std::vector<neighbour_link> links;
        links.reserve(2 * pairs.size());
        for (const auto& [a, b] : pairs) {
            links.push_back({a, b, 1.0});
            links.push_back({b, a, 1.0});
        }
        return from_links(n, std::move(links), style, islands);
    }

    /// Weights from a neighbour list (list i holds the neighbours of unit i), all g = 1,
    /// as spdep's `nb` objects.
    /// \throws as `from_links`.
    [[nodiscard]] static weights from_neighbour_lists(
        const std::vector<std::vector<std::size_t>>& lists,
        weights_style style = weights_style::row_standardised,
        const island_policy& islands = island_policy::error()) {
        std::vector<neighbour_link> links;
        for (std::size_t i = 0; i < lists.size(); ++i) {
            for (const std::size_t j : lists[i]) {
                links.push_back({i, j, 1.0});
            }
        }
        return from_links(lists.size(), std::move(links), style, islands);
    }

    /// The same neighbours and general weights in another style.
    [[nodiscard]] weights restyled(weights_style style) const {
        weights w;
        w.general_ = general_;
        w.restyle(style);
        return w;
    }

    /// Number of units n (islands included).
    [[nodiscard]] std::size_t size() const noexcept { return static_cast<std::size_t>(w_.rows()); }
    [[nodiscard]] weights_style style() const noexcept { return style_; }

    /// Neighbours of unit i, ascending. \pre i < size() (checked: throws domain_error).
    [[nodiscard]] std::span<const int> neighbours(std::size_t i) const {
        check_index(i, "weights::neighbours");
        const int* inner = w_.innerIndexPtr();
        const int* outer = w_.outerIndexPtr();
        return {inner + outer[i], static_cast<std::size_t>(outer[i + 1] - outer[i])};
    }
    /// Styled weights w_ij of unit i's neighbours, in the order of `neighbours(i)`.
    [[nodiscard]] std::span<const double> values(std::size_t i) const {
        check_index(i, "weights::values");
        const int* outer = w_.outerIndexPtr();
        return {w_.valuePtr() + outer[i], static_cast<std::size_t>(outer[i + 1] - outer[i])};
    }
    /// Number of neighbours of unit i (spdep's `card`).
    [[nodiscard]] std::size_t cardinality(std::size_t i) const { return neighbours(i).size(); }

    /// Indices of the units without neighbours, ascending.
    [[nodiscard]] std::vector<std::size_t> islands() const {
        std::vector<std::size_t> out;
        const int* outer = w_.outerIndexPtr();
        for (std::size_t i = 0; i < size(); ++i) {
            if (outer[i] == outer[i + 1]) {
                out.push_back(i);
            }
        }
        return out;
    }
    /// Number of directed links (non-zero w_ij).
    [[nodiscard]] std::size_t link_count() const noexcept { return static_cast<std::size_t>(w_.nonZeros()); }

    /// True if w_ij = w_ji for all i, j (exactly). Row standardisation usually breaks it.
    [[nodiscard]] bool symmetric() const {
        const matrix_type t = w_.transpose();
        return (w_ - t).norm() == 0.0;
    }

    /// S0 = Σ_i Σ_j w_ij.
    [[nodiscard]] double s0() const noexcept { return constants_.s0; }
    /// S1 = ½ Σ_i Σ_j (w_ij + w_ji)².
    [[nodiscard]] double s1() const noexcept { return constants_.s1; }
    /// S2 = Σ_i (w_i· + w_·i)², row sums plus column sums.
    [[nodiscard]] double s2() const noexcept { return constants_.s2; }

    /// The styled weights as a row-major sparse matrix.
    [[nodiscard]] const matrix_type& matrix() const noexcept { return w_; }
    /// The general weights g (before styling).
    [[nodiscard]] const matrix_type& general() const noexcept { return general_; }

    /// Spatial lag (Wx)_i = Σ_j w_ij x_j; 0 for an island.
    /// \throws domain_error if x does not have one value per unit.
    [[nodiscard]] Eigen::VectorXd lag(const Eigen::Ref<const Eigen::VectorXd>& x) const {
        if (static_cast<std::size_t>(x.size()) != size()) {
            ineq::detail::fail("weights::lag", "needs one value per unit (" + std::to_string(size()) +
                                                   "), got " + std::to_string(x.size()));
        }
        return w_ * x;
    }

private:
    struct constants {
        double s0 = 0.0, s1 = 0.0, s2 = 0.0;
    };

    weights() = default;

    void check_index(std::size_t i, const char* fn) const {
        if (i >= size()) {
            ineq::detail::fail(fn, "unit index out of range", i, static_cast<double>(i));
        }
    }

    static matrix_type to_matrix(std::size_t n, const std::vector<neighbour_link>& links) {
        std::vector<Eigen::Triplet<double, int>> t;
        t.reserve(links.size());
        for (const auto& l : links) {
            t.emplace_back(static_cast<int>(l.from), static_cast<int>(l.to), l.weight);
        }
        const auto dim = static_cast<Eigen::Index>(n);
        matrix_type m(dim, dim);
        m.setFromTriplets(t.begin(), t.end());
        m.makeCompressed();
        return m;
    }

    static void apply_island_policy(std::size_t n, std::vector<neighbour_link>& links,
                                    const island_policy& policy, const char* fn) {
        std::vector<char> has(n, 0);
        for (const auto& l : links) {
            has[l.from] = 1;
        }
        std::vector<std::size_t> lonely;
        for (std::size_t i = 0; i < n; ++i) {
            if (has[i] == 0) {
                lonely.push_back(i);
            }
        }
        if (lonely.empty()) {
            return;
        }
        switch (policy.what()) {
            case island_policy::kind::keep: return;
            case island_policy::kind::error: {
                std::string list;
                for (std::size_t k = 0; k < lonely.size() && k < 10; ++k) {
                    list += (k == 0 ? "" : ", ") + std::to_string(lonely[k]);
                }
                if (lonely.size() > 10) {
                    list += ", ...";
                }
                ineq::detail::fail(fn, std::to_string(lonely.size()) +
                                           " unit(s) without neighbours (islands: " + list +
                                           "); choose island_policy::keep() or nearest()");
            }
            case island_policy::kind::nearest: break;
        }
        const auto points = policy.points();
        if (points.size() != n) {
            ineq::detail::fail(fn, "island_policy::nearest needs one point per unit (" +
                                       std::to_string(n) + "), got " + std::to_string(points.size()));
        }
        if (policy.k() >= n) {
            ineq::detail::fail(fn, "island_policy::nearest needs k < n (k = " +
                                       std::to_string(policy.k()) + ", n = " + std::to_string(n) + ")");
        }
        for (std::size_t i = 0; i < n; ++i) {
            detail::check_point(fn, points[i], i);
        }
        for (const std::size_t i : lonely) {
            std::vector<std::pair<double, std::size_t>> d(n - 1);
            for (std::size_t j = 0, m = 0; j < n; ++j) {
                if (j != i) {
                    d[m++] = {great_circle_km(points[i], points[j]), j};
                }
            }
            // A whole sort (islands are few): by distance, then by the lower index.
            std::sort(d.begin(), d.end());
            const std::size_t take = std::min(policy.k(), d.size());  // k < n was checked: take == k
            for (std::size_t k = 0; k < take; ++k) {
                links.push_back({i, d[k].second, 1.0});
                links.push_back({d[k].second, i, 1.0});
            }
        }
        std::sort(links.begin(), links.end(), [](const neighbour_link& a, const neighbour_link& b) {
            return a.from != b.from ? a.from < b.from : a.to < b.to;
        });
        // A link the island join repeats (two islands that are each other's nearest) is kept once.
        links.erase(std::unique(links.begin(), links.end(),
                                [](const neighbour_link& a, const neighbour_link& b) {
                                    return a.from == b.from && a.to == b.to;
                                }),
                    links.end());
    }

    void restyle(weights_style style) {
        style_ = style;
        w_ = general_;
        const auto n = w_.rows();
        double* v = w_.valuePtr();
        const int* outer = w_.outerIndexPtr();
        std::size_t with_neighbours = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            with_neighbours += outer[i] != outer[i + 1] ? 1U : 0U;
        }
        const auto n_prime = static_cast<double>(with_neighbours);
        auto row_sum = [&](Eigen::Index i, bool squares) {
            ineq::detail::neumaier_sum s;
            for (int k = outer[i]; k < outer[i + 1]; ++k) {
                s.add(squares ? v[k] * v[k] : v[k]);
            }
            return s.value();
        };
        auto scale_all_to = [&](double target) {
            ineq::detail::neumaier_sum total;
            for (Eigen::Index k = 0; k < w_.nonZeros(); ++k) {
                total.add(v[k]);
            }
            if (total.value() > 0.0) {
                const double f = target / total.value();
                for (Eigen::Index k = 0; k < w_.nonZeros(); ++k) {
                    v[k] *= f;
                }
            }
        };
        switch (style) {
            case weights_style::binary: break;
            case weights_style::row_standardised:
                for (Eigen::Index i = 0; i < n; ++i) {
                    const double s = row_sum(i, false);
                    for (int k = outer[i]; k < outer[i + 1]; ++k) {
                        v[k] /= s;
                    }
                }
                break;
            case weights_style::global: scale_all_to(n_prime); break;
            case weights_style::variance_stabilising:
                for (Eigen::Index i = 0; i < n; ++i) {
                    const double q = std::sqrt(row_sum(i, true));
                    for (int k = outer[i]; k < outer[i + 1]; ++k) {
                        v[k] /= q;
                    }
                }
                scale_all_to(n_prime);
                break;
        }
        compute_constants();
    }

    void compute_constants() {
        const auto n = static_cast<std::size_t>(w_.rows());
        ineq::detail::neumaier_sum s0;
        std::vector<double> row(n, 0.0), col(n, 0.0);
        for (Eigen::Index i = 0; i < w_.outerSize(); ++i) {
            for (matrix_type::InnerIterator it(w_, i); it; ++it) {
                s0.add(it.value());
                row[static_cast<std::size_t>(it.row())] += it.value();
                col[static_cast<std::size_t>(it.col())] += it.value();
            }
        }
        const matrix_type t = w_.transpose();
        const matrix_type sym = w_ + t;
        ineq::detail::neumaier_sum s1;
        for (Eigen::Index k = 0; k < sym.nonZeros(); ++k) {
            const double x = sym.valuePtr()[k];
            s1.add(x * x);
        }
        ineq::detail::neumaier_sum s2;
        for (std::size_t i = 0; i < n; ++i) {
            const double x = row[i] + col[i];
            s2.add(x * x);
        }
        constants_ = {s0.value(), s1.value() / 2.0, s2.value()};
    }

    matrix_type general_;
    matrix_type w_;
    weights_style style_ = weights_style::row_standardised;
    constants constants_;
};

}  // namespace ineq::spatial

#endif  // INEQ_SPATIAL_WEIGHTS_HPP
