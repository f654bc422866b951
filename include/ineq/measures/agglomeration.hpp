#ifndef INEQ_MEASURES_AGGLOMERATION_HPP
#define INEQ_MEASURES_AGGLOMERATION_HPP

/// \file
/// Specialisation and agglomeration from counts: units (provinces, cities) by sectors
/// (technology fields, industries), and plants (applicants) located in regions.
///
/// Unit x sector counts x_us (patents of province u in field s), with row totals x_u., column
/// totals x_.s and grand total x_..:
///
///     location quotient             LQ_us  = (x_us / x_u.) / (x_.s / x_..)
///     revealed comparative advantage        the same ratio (Balassa 1965; for patents,
///                                           revealed technological advantage)
///     symmetric RCA                 (LQ_us - 1) / (LQ_us + 1), in [-1, 1] (Laursen 1998)
///     Krugman specialisation        K_u = sum_s |x_us / x_u. - r_s|, in [0, 2], with r_s the
///                                   share of sector s in the other units (Krugman 1991) or
///                                   in all units
///
/// Counts come as a flat row-major range with the number of units and sectors, or as a range
/// of rows (`std::vector<std::vector<int>>`); results are row-major matrices of the same shape.
///
/// Plants j of size e_j (employment, or patents of an applicant: "plants = applicants") in
/// regions r(j), in one industry, against reference shares x_r of the regions in the whole
/// economy (all patents of region r over all patents), with E = sum e_j:
///
///     s_r   = sum_{j in r} e_j / E           the industry's regional shares
///     H     = sum_j (e_j / E)^2              the plant Herfindahl
///     G     = sum_r (s_r - x_r)^2            raw geographic concentration
///     Ellison–Glaeser (1997)   gamma = (G - (1 - sum x_r^2) H) / ((1 - sum x_r^2)(1 - H))
///     Maurel–Sédillot (1999)   gamma = (sum s_r^2 - sum x_r^2 - (1 - sum x_r^2) H)
///                                      / ((1 - sum x_r^2)(1 - H))
///
/// Both are 0 in expectation when plants locate at random in proportion to x_r (the dartboard),
/// positive for agglomeration and negative for dispersion; with equal reference shares they
/// coincide. The caller's data is never reordered.

#include <ineq/concepts.hpp>
#include <ineq/detail/numeric.hpp>
#include <ineq/error.hpp>

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <ranges>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace ineq {

/// A units x sectors matrix of results, row-major.
struct unit_sector_matrix {
    std::size_t units = 0;       ///< rows
    std::size_t sectors = 0;     ///< columns
    std::vector<double> values;  ///< values[u * sectors + s]

    /// The value for unit `u` and sector `s`.
    /// \throws domain_error if `u` or `s` is out of range.
    [[nodiscard]] double at(std::size_t u, std::size_t s) const {
        if (u >= units) {
            detail::fail("unit_sector_matrix::at", "unit index out of range", u, static_cast<double>(u));
        }
        if (s >= sectors) {
            detail::fail("unit_sector_matrix::at", "sector index out of range", s, static_cast<double>(s));
        }
        return values[u * sectors + s];
    }
};

/// How `krugman_specialisation` forms the reference shares.
enum class krugman_reference {
    other_units,  ///< the other units together (Krugman 1991), the default
    all_units,    ///< all units, the unit itself included
};

/// An agglomeration index of one industry with its parts.
struct agglomeration_index {
    double gamma = 0.0;                 ///< the index (Ellison–Glaeser or Maurel–Sédillot)
    double raw_concentration = 0.0;     ///< G = sum (s_r - x_r)^2 (EG) or sum s_r^2 - sum x_r^2 (MS)
    double plant_herfindahl = 0.0;      ///< H = sum (e_j / E)^2
    double reference_herfindahl = 0.0;  ///< sum x_r^2
    std::vector<double> region_shares;  ///< s_r, the industry's share in each region
};

namespace detail {

/// Validated counts as a row-major matrix of doubles.
struct count_matrix {
    std::size_t units = 0;
    std::size_t sectors = 0;
    std::vector<double> x;
};

template <numeric_range R>
[[nodiscard]] count_matrix flat_counts(R&& flat, std::size_t units, std::size_t sectors, std::string_view fn) {
    count_matrix m{units, sectors, to_doubles(flat, fn, /*non_negative=*/true)};
    if (units == 0 || sectors == 0) {
        fail(fn, "needs at least one unit and one sector");
    }
    if (m.x.size() != units * sectors) {
        fail_got(fn, "the number of counts must be units * sectors; number of counts", static_cast<double>(m.x.size()));
    }
    return m;
}

template <class Rows>
[[nodiscard]] count_matrix row_counts(Rows&& rows, std::string_view fn) {
    count_matrix m;
    for (auto&& row : rows) {
        const std::size_t before = m.x.size();
        std::size_t i = 0;
        for (auto&& raw : row) {
            const double v = static_cast<double>(raw) + 0.0;
            require_finite(v, fn, before + i);
            if (v < 0.0) {
                fail(fn, "values must be non-negative", before + i, v);
            }
            m.x.push_back(v);
            ++i;
        }
        if (m.units == 0) {
            m.sectors = i;
        } else if (i != m.sectors) {
            fail(fn, "every row must have as many sectors as row 0; length of row", m.units, static_cast<double>(i));
        }
        ++m.units;
    }
    if (m.units == 0 || m.sectors == 0) {
        fail(fn, "needs at least one unit and one sector");
    }
    return m;
}

struct margins {
    std::vector<double> row;
    std::vector<double> col;
    double total = 0.0;
};

/// Row and column totals; every row and column must have a positive total.
[[nodiscard]] inline margins margins_of(const count_matrix& m, std::string_view fn) {
    margins out{std::vector<double>(m.units), std::vector<double>(m.sectors), 0.0};
    std::vector<neumaier_sum> cols(m.sectors);
    neumaier_sum all;
    for (std::size_t u = 0; u < m.units; ++u) {
        neumaier_sum r;
        for (std::size_t s = 0; s < m.sectors; ++s) {
            const double v = m.x[u * m.sectors + s];
            r.add(v);
            cols[s].add(v);
            all.add(v);
        }
        out.row[u] = r.value();
        if (!(out.row[u] > 0.0)) {
            fail(fn, "every unit needs a positive total; unit", u, out.row[u]);
        }
    }
    for (std::size_t s = 0; s < m.sectors; ++s) {
        out.col[s] = cols[s].value();
        if (!(out.col[s] > 0.0)) {
            fail(fn, "every sector needs a positive total; sector", s, out.col[s]);
        }
    }
    out.total = all.value();
    if (!std::isfinite(out.total)) {
        fail(fn, "the total of the counts overflows the range of double");
    }
    return out;
}

[[nodiscard]] inline unit_sector_matrix quotients_of(const count_matrix& m, std::string_view fn, bool symmetric) {
    const margins g = margins_of(m, fn);
    unit_sector_matrix out{m.units, m.sectors, std::vector<double>(m.x.size())};
    for (std::size_t u = 0; u < m.units; ++u) {
        for (std::size_t s = 0; s < m.sectors; ++s) {
            const double lq = (m.x[u * m.sectors + s] / g.row[u]) / (g.col[s] / g.total);
            out.values[u * m.sectors + s] = symmetric ? (lq - 1.0) / (lq + 1.0) : lq;
        }
    }
    return out;
}

[[nodiscard]] inline std::vector<double> krugman_of(const count_matrix& m, krugman_reference ref, std::string_view fn) {
    const margins g = margins_of(m, fn);
    std::vector<double> out(m.units);
    for (std::size_t u = 0; u < m.units; ++u) {
        const double rest = ref == krugman_reference::other_units ? g.total - g.row[u] : g.total;
        if (!(rest > 0.0)) {
            fail(fn, "the other units hold nothing, so there is no reference; unit", u, g.row[u]);
        }
        neumaier_sum k;
        for (std::size_t s = 0; s < m.sectors; ++s) {
            const double own = m.x[u * m.sectors + s];
            const double other = ref == krugman_reference::other_units ? g.col[s] - own : g.col[s];
            k.add(std::abs(own / g.row[u] - std::max(0.0, other) / rest));
        }
        out[u] = std::clamp(k.value(), 0.0, 2.0);
    }
    return out;
}

/// The parts both indices share, and sum s_r^2.
struct plant_parts {
    agglomeration_index index;
    double share_herfindahl = 0.0;  ///< sum s_r^2
};

/// Reads plants and reference shares, and fills s_r, H, sum x_r^2, G (EG) and sum s_r^2.
template <class S, class G, class X>
[[nodiscard]] plant_parts plant_concentration(S&& sizes, G&& regions, X&& reference, std::string_view fn) {
    std::vector<double> x = to_doubles(reference, fn, /*non_negative=*/true);
    if (x.size() < 2) {
        fail_got(fn, "needs at least two regions in the reference; got", static_cast<double>(x.size()));
    }
    neumaier_sum xt;
    for (const double v : x) {
        xt.add(v);
    }
    if (!(xt.value() > 0.0) || !std::isfinite(xt.value())) {
        fail_got(fn, "the reference total must be positive and finite", xt.value());
    }
    agglomeration_index out;
    neumaier_sum x2;
    for (double& v : x) {
        v /= xt.value();
        x2.add(v * v);
    }
    out.reference_herfindahl = x2.value();
    if (!(out.reference_herfindahl < 1.0)) {
        fail(fn, "the reference needs at least two regions with a positive share");
    }
    const std::vector<double> e = to_doubles(sizes, fn, /*non_negative=*/true);
    if (e.empty()) {
        fail(fn, "needs at least one plant, got an empty range");
    }
    std::vector<std::size_t> r;
    r.reserve(e.size());
    std::size_t i = 0;
    for (auto&& raw : regions) {
        using T = std::remove_cvref_t<decltype(raw)>;
        if constexpr (std::is_signed_v<T>) {
            if (raw < 0) {
                fail(fn, "plant regions must be indices into the reference", i, static_cast<double>(raw));
            }
        }
        if (static_cast<std::size_t>(raw) >= x.size()) {
            fail(fn, "plant regions must be indices into the reference", i, static_cast<double>(raw));
        }
        r.push_back(static_cast<std::size_t>(raw));
        ++i;
    }
    if (r.size() != e.size()) {
        fail_got(fn, "sizes and regions must have the same length; number of regions", static_cast<double>(r.size()));
    }
    neumaier_sum et;
    double largest = 0.0;
    for (const double v : e) {
        et.add(v);
        largest = std::max(largest, v);
    }
    const double total = et.value();
    if (!(total > 0.0)) {
        fail(fn, "the total size must be positive (all sizes are zero)");
    }
    std::vector<neumaier_sum> regional(x.size());
    neumaier_sum h;
    for (std::size_t j = 0; j < e.size(); ++j) {
        const double z = e[j] / total;
        h.add(z * z);
        regional[r[j]].add(z);
    }
    out.plant_herfindahl = h.value();
    if (!(out.plant_herfindahl < 1.0)) {
        fail(fn, "needs at least two plants with a positive size (the plant Herfindahl is 1)");
    }
    out.region_shares.resize(x.size());
    for (std::size_t k = 0; k < x.size(); ++k) {
        out.region_shares[k] = regional[k].value();
    }
    neumaier_sum eg;
    neumaier_sum ms;
    for (std::size_t k = 0; k < x.size(); ++k) {
        const double d = out.region_shares[k] - x[k];
        eg.add(d * d);
        ms.add(out.region_shares[k] * out.region_shares[k]);
    }
    out.raw_concentration = eg.value();
    return {std::move(out), ms.value()};
}

}  // namespace detail

/// Location quotients LQ_us = (x_us / x_u.) / (x_.s / x_..) of a units x sectors table given
/// row-major in `counts`.
/// \throws domain_error if `units` or `sectors` is 0, the number of counts is not
/// units * sectors, a count is negative or NaN/infinity (naming its index), or a unit or a
/// sector has a zero total (naming it: the quotient is 0/0).
/// Example: `ineq::location_quotients(std::vector{1, 3, 2, 2}, 2, 2).at(0, 0)` is
/// (1/4) / (3/8) = 2/3.
template <numeric_range R>
[[nodiscard]] unit_sector_matrix location_quotients(R&& counts, std::size_t units, std::size_t sectors) {
    constexpr std::string_view fn = "location_quotients";
    return detail::quotients_of(detail::flat_counts(counts, units, sectors, fn), fn, false);
}

/// Location quotients of a table given as rows, one per unit.
/// \throws domain_error as the flat form does, and if the rows differ in length (naming the row).
/// Example: `ineq::location_quotients(std::vector<std::vector<int>>{{1, 3}, {2, 2}}).at(1, 0)` is 4/3.
template <std::ranges::input_range Rows>
    requires numeric_range<std::ranges::range_reference_t<Rows>>
[[nodiscard]] unit_sector_matrix location_quotients(Rows&& rows) {
    constexpr std::string_view fn = "location_quotients";
    return detail::quotients_of(detail::row_counts(rows, fn), fn, false);
}

/// Balassa's revealed comparative advantage (revealed technological advantage for patents):
/// numerically the location quotient, named for the trade and innovation literature.
/// \throws domain_error as `location_quotients` does.
/// Example: `ineq::revealed_comparative_advantage(counts, provinces, fields)`.
template <numeric_range R>
[[nodiscard]] unit_sector_matrix revealed_comparative_advantage(R&& counts, std::size_t units, std::size_t sectors) {
    constexpr std::string_view fn = "revealed_comparative_advantage";
    return detail::quotients_of(detail::flat_counts(counts, units, sectors, fn), fn, false);
}

/// `revealed_comparative_advantage` of a table given as rows.
/// \throws domain_error as `location_quotients` does.
/// Example: `ineq::revealed_comparative_advantage(rows).at(u, s) > 1` marks a specialisation.
template <std::ranges::input_range Rows>
    requires numeric_range<std::ranges::range_reference_t<Rows>>
[[nodiscard]] unit_sector_matrix revealed_comparative_advantage(Rows&& rows) {
    constexpr std::string_view fn = "revealed_comparative_advantage";
    return detail::quotients_of(detail::row_counts(rows, fn), fn, false);
}

/// Symmetric RCA (RCA - 1) / (RCA + 1) in [-1, 1]: 0 where a unit's share of a sector is the
/// overall share.
/// \throws domain_error as `location_quotients` does.
/// Example: `ineq::symmetric_revealed_comparative_advantage(std::vector{1, 3, 2, 2}, 2, 2).at(0, 0)` is -0.2.
template <numeric_range R>
[[nodiscard]] unit_sector_matrix symmetric_revealed_comparative_advantage(R&& counts, std::size_t units,
                                                                          std::size_t sectors) {
    constexpr std::string_view fn = "symmetric_revealed_comparative_advantage";
    return detail::quotients_of(detail::flat_counts(counts, units, sectors, fn), fn, true);
}

/// Krugman's specialisation index of each unit, sum_s |x_us / x_u. - r_s|, against the other
/// units (default) or all units.
/// \throws domain_error as `location_quotients` does, and (other units) if every count lies
/// in one unit.
/// Example: `ineq::krugman_specialisation(std::vector{1, 3, 2, 2}, 2, 2)` is {0.5, 0.5}.
template <numeric_range R>
[[nodiscard]] std::vector<double> krugman_specialisation(R&& counts, std::size_t units, std::size_t sectors,
                                                         krugman_reference reference = krugman_reference::other_units) {
    constexpr std::string_view fn = "krugman_specialisation";
    return detail::krugman_of(detail::flat_counts(counts, units, sectors, fn), reference, fn);
}

/// `krugman_specialisation` of a table given as rows.
/// \throws domain_error as the flat form does, and if the rows differ in length.
/// Example: `ineq::krugman_specialisation(std::vector<std::vector<int>>{{1, 3}, {2, 2}})` is {0.5, 0.5}.
template <std::ranges::input_range Rows>
    requires numeric_range<std::ranges::range_reference_t<Rows>>
[[nodiscard]] std::vector<double> krugman_specialisation(Rows&& rows,
                                                         krugman_reference reference = krugman_reference::other_units) {
    constexpr std::string_view fn = "krugman_specialisation";
    return detail::krugman_of(detail::row_counts(rows, fn), reference, fn);
}

/// Ellison–Glaeser (1997) agglomeration index of one industry: plants of size `sizes[j]` in
/// region `regions[j]` (an index into `reference`), against the regions' shares of the whole
/// economy `reference` (counts or shares; divided by their sum).
/// \throws domain_error if there is no plant, the lengths differ, a size or reference value
/// is negative or NaN/infinity (naming its index), a region index is negative or not below
/// the number of regions (naming the plant), all sizes are zero, fewer than two plants have
/// a positive size (H = 1), or fewer than two regions have a positive reference share.
/// Example: `ineq::ellison_glaeser(std::vector{2, 1, 1}, std::vector{0, 0, 1}, std::vector{1, 3}).gamma`
/// is 23/15.
template <numeric_range S, std::ranges::input_range G, numeric_range X>
    requires std::integral<std::remove_cvref_t<std::ranges::range_value_t<G>>>
[[nodiscard]] agglomeration_index ellison_glaeser(S&& sizes, G&& regions, X&& reference) {
    auto out = detail::plant_concentration(sizes, regions, reference, "ellison_glaeser").index;
    const double spread = 1.0 - out.reference_herfindahl;
    const double h = out.plant_herfindahl;
    out.gamma = (out.raw_concentration - spread * h) / (spread * (1.0 - h));
    return out;
}

/// Maurel–Sédillot (1999) agglomeration index, with the same inputs as `ellison_glaeser`;
/// `raw_concentration` is sum s_r^2 - sum x_r^2.
/// \throws domain_error as `ellison_glaeser` does.
/// Example: `ineq::maurel_sedillot(std::vector{2, 1, 1}, std::vector{0, 0, 1}, std::vector{1, 3}).gamma`
/// is -3/5.
template <numeric_range S, std::ranges::input_range G, numeric_range X>
    requires std::integral<std::remove_cvref_t<std::ranges::range_value_t<G>>>
[[nodiscard]] agglomeration_index maurel_sedillot(S&& sizes, G&& regions, X&& reference) {
    auto parts = detail::plant_concentration(sizes, regions, reference, "maurel_sedillot");
    auto out = std::move(parts.index);
    const double spread = 1.0 - out.reference_herfindahl;
    const double h = out.plant_herfindahl;
    out.raw_concentration = parts.share_herfindahl - out.reference_herfindahl;
    out.gamma = (out.raw_concentration - spread * h) / (spread * (1.0 - h));
    return out;
}

}  // namespace ineq

#endif
