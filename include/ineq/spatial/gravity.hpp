#ifndef INEQ_SPATIAL_GRAVITY_HPP
#define INEQ_SPATIAL_GRAVITY_HPP

/// \file
/// Distance decay of flows (cooperation, trade, migration): the gravity model
///
///     flow_ij = exp(a) · m_i^b · m_j^c · d_ij^−β · ε_ij
///
/// fitted by OLS on logs (positive flows only) or by Poisson pseudo-maximum likelihood
/// (PPML, Santos Silva and Tenreyro 2006), which keeps the zero flows and stays consistent
/// when ε is heteroskedastic. β > 0 is the "distance attenuation": a 1 % longer distance
/// means β % fewer flows.
///
/// Which pairs enter (`flow_pairs`):
/// - `undirected` (the default, for cooperation counted once per pair): the pairs i < j of
///   a symmetric flow matrix (checked). The two masses of a pair have no order, so they
///   share one elasticity, b = c: log flow_ij = a + b·log(m_i·m_j) − β·log d_ij.
/// - `directed` (origin i, destination j): every ordered pair i ≠ j, with b the origin's
///   and c the destination's elasticity.
///
/// The diagonal (flows of a unit with itself) is ignored, as are the distances on it.

#include <ineq/detail/distributions.hpp>
#include <ineq/stats/distributions.hpp>
#include <ineq/stats/fields.hpp>
#include <ineq/error.hpp>
#include <ineq/spatial/inference.hpp>

#include <Eigen/Core>
#include <Eigen/Cholesky>
#include <Eigen/QR>
#include <Eigen/SVD>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <tuple>
#include <vector>

namespace ineq::spatial {

/// Which pairs of a flow matrix enter a gravity fit (see the file comment).
enum class flow_pairs : std::uint8_t {
    undirected,  ///< i < j of a symmetric matrix; one mass elasticity b = c
    directed,    ///< every i ≠ j; origin elasticity b, destination elasticity c
};

/// How the covariance of the estimates is computed.
enum class standard_errors : std::uint8_t {
    classical,  ///< OLS: σ²(X'X)⁻¹; PPML: quasi-Poisson φ(X'WX)⁻¹, φ = Pearson χ² / (N − k)
    hc0,        ///< heteroskedasticity-robust sandwich (White; R `sandwich::vcovHC(type = "HC0")`)
    hc1,        ///< HC0 · N / (N − k) (Stata's `robust`; R `vcovHC(type = "HC1")`)
};

/// One estimated coefficient.
struct gravity_term {
    double estimate = 0.0;
    double standard_error = 0.0;
    double statistic = 0.0;  ///< estimate / standard_error: t (OLS) or z (PPML)
    double p_value = 0.0;    ///< two-sided: Student t with N − k degrees of freedom (OLS), standard normal (PPML)

    static constexpr auto fields = std::tuple{
        stats::field("estimate", &gravity_term::estimate), stats::field("standard_error", &gravity_term::standard_error),
        stats::field("statistic", &gravity_term::statistic), stats::field("p_value", &gravity_term::p_value)};
};

/// A fitted gravity model log E[flow_ij] = a + b·log m_i + c·log m_j − β·log d_ij.
struct gravity_fit {
    gravity_term constant;  ///< a
    gravity_term mass_i;    ///< b (directed: origin; undirected: the common elasticity)
    gravity_term mass_j;    ///< c (directed: destination; undirected: the same numbers as mass_i)
    gravity_term decay;     ///< β: positive when flows fall with distance
    /// Covariance of the estimated parameters in the order (a, b, c, β) for directed pairs
    /// and (a, b, β) for undirected ones (k = 4 or 3).
    Eigen::MatrixXd covariance;
    flow_pairs pairs = flow_pairs::undirected;
    standard_errors errors = standard_errors::hc1;
    std::size_t observations = 0;  ///< N, pairs in the fit
    std::size_t zero_flows = 0;    ///< pairs with flow 0: dropped by OLS, kept (in N) by PPML
    std::size_t parameters = 0;    ///< k
    /// OLS: R² = 1 − RSS/TSS of the log flows. PPML: the deviance pseudo-R² 1 − D/D₀, D₀
    /// the deviance of the constant-only model (R: 1 − deviance / null.deviance).
    double r_squared = 0.0;
    double deviance = 0.0;       ///< PPML: 2 Σ [y log(y/μ) − (y − μ)]; OLS: the residual sum of squares
    std::size_t iterations = 0;  ///< PPML: IRLS steps taken; OLS: 0
};

/// Options of `gravity_ols`.
struct gravity_ols_options {
    flow_pairs pairs = flow_pairs::undirected;
    standard_errors errors = standard_errors::hc1;
};

/// Options of `gravity_ppml`.
struct gravity_ppml_options {
    flow_pairs pairs = flow_pairs::undirected;
    standard_errors errors = standard_errors::hc0;
    std::size_t max_iterations = 100;
    /// Converged when the deviance changes by less than tolerance · (|D| + 0.1) (R's `glm`
    /// rule) and no coefficient by more than √tolerance · (|θ| + 1).
    double tolerance = 1e-10;
};

namespace detail {

/// The pairs of a gravity fit: response y and design X (columns 1, log-mass columns,
/// −log d).
struct gravity_design {
    Eigen::VectorXd y;
    Eigen::MatrixXd X;
    std::size_t zeros = 0;
};

[[noreturn]] inline void fail_at(const char* fn, const std::string& rule, Eigen::Index i, Eigen::Index j,
                                 double value) {
    ineq::detail::fail(fn, rule + " (row " + std::to_string(i) + ", column " + std::to_string(j) + ", value " +
                               ineq::detail::format_value(value) + ")");
}

template <class = void>
[[nodiscard]] gravity_design make_gravity_design(const char* fn, const Eigen::Ref<const Eigen::MatrixXd>& flows,
                                                        const Eigen::Ref<const Eigen::VectorXd>& masses,
                                                        const Eigen::Ref<const Eigen::MatrixXd>& distances_km,
                                                        flow_pairs pairs, bool keep_zeros) {
    const Eigen::Index n = flows.rows();
    if (flows.cols() != n || n < 2) {
        ineq::detail::fail(fn, "flows must be a square matrix of at least 2 units (got " + std::to_string(flows.rows()) +
                                   " x " + std::to_string(flows.cols()) + ")");
    }
    if (masses.size() != n) {
        ineq::detail::fail(fn, "needs one mass per unit (" + std::to_string(n) + "), got " +
                                   std::to_string(masses.size()));
    }
    if (distances_km.rows() != n || distances_km.cols() != n) {
        ineq::detail::fail(fn, "distances must be " + std::to_string(n) + " x " + std::to_string(n) + " (got " +
                                   std::to_string(distances_km.rows()) + " x " + std::to_string(distances_km.cols()) +
                                   ")");
    }
    for (Eigen::Index i = 0; i < n; ++i) {
        if (!std::isfinite(masses(i)) || masses(i) <= 0.0) {
            ineq::detail::fail(fn, "masses must be finite and positive", static_cast<std::size_t>(i), masses(i));
        }
    }
    for (Eigen::Index i = 0; i < n; ++i) {
        for (Eigen::Index j = 0; j < n; ++j) {
            if (i == j) {
                continue;
            }
            if (!std::isfinite(flows(i, j)) || flows(i, j) < 0.0) {
                fail_at(fn, "flows must be finite and non-negative", i, j, flows(i, j));
            }
            if (pairs == flow_pairs::undirected && j > i && flows(i, j) != flows(j, i)) {
                fail_at(fn, "undirected flows must be symmetric (flows(i, j) == flows(j, i))", i, j, flows(i, j));
            }
        }
    }
    const bool directed = pairs == flow_pairs::directed;
    const Eigen::Index k = directed ? 4 : 3;
    std::vector<Eigen::Index> from, to;
    std::size_t zeros = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
        for (Eigen::Index j = directed ? 0 : i + 1; j < n; ++j) {
            if (i == j) {
                continue;
            }
            const double dij = distances_km(i, j);
            if (!std::isfinite(dij) || dij <= 0.0) {
                fail_at(fn, "distances between distinct units must be finite and positive", i, j, dij);
            }
            if (flows(i, j) == 0.0) {
                ++zeros;
                if (!keep_zeros) {
                    continue;
                }
            }
            from.push_back(i);
            to.push_back(j);
        }
    }
    gravity_design g;
    g.zeros = zeros;
    const auto obs = static_cast<Eigen::Index>(from.size());
    g.y.resize(obs);
    g.X.resize(obs, k);
    for (Eigen::Index r = 0; r < obs; ++r) {
        const Eigen::Index i = from[static_cast<std::size_t>(r)];
        const Eigen::Index j = to[static_cast<std::size_t>(r)];
        g.y(r) = flows(i, j);
        g.X(r, 0) = 1.0;
        if (directed) {
            g.X(r, 1) = std::log(masses(i));
            g.X(r, 2) = std::log(masses(j));
        } else {
            g.X(r, 1) = std::log(masses(i)) + std::log(masses(j));
        }
        g.X(r, k - 1) = -std::log(distances_km(i, j));
    }
    if (obs <= k) {
        ineq::detail::fail(fn, "needs more usable pairs than parameters (" + std::to_string(obs) + " pairs, " +
                                   std::to_string(k) + " parameters)");
    }
    Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(g.X);
    qr.setThreshold(1e-10);
    if (qr.rank() < k) {
        ineq::detail::fail(fn, "the regressors are collinear (equal masses or equal distances for every pair?)");
    }
    return g;
}

[[nodiscard]] inline gravity_term make_term(const Eigen::VectorXd& theta, const Eigen::MatrixXd& cov, Eigen::Index p,
                                            bool student, double df) {
    gravity_term t;
    t.estimate = theta(p);
    t.standard_error = std::sqrt(cov(p, p));
    t.statistic = t.estimate / t.standard_error;
    t.p_value = student ? ineq::detail::student_t_two_sided_p(t.statistic, df)
                        : stats::normal_p_value(t.statistic, stats::alternative::two_sided);
    return t;
}

inline void fill_terms(gravity_fit& fit, const Eigen::VectorXd& theta, bool student) {
    const auto k = theta.size();
    const double df = static_cast<double>(fit.observations) - static_cast<double>(k);
    fit.parameters = static_cast<std::size_t>(k);
    fit.constant = make_term(theta, fit.covariance, 0, student, df);
    fit.mass_i = make_term(theta, fit.covariance, 1, student, df);
    fit.mass_j = k == 4 ? make_term(theta, fit.covariance, 2, student, df) : fit.mass_i;
    fit.decay = make_term(theta, fit.covariance, k - 1, student, df);
}

}  // namespace detail

/// Gravity model by OLS on logs: log flow_ij = a + b·log m_i + c·log m_j − β·log d_ij + e_ij
/// over the pairs with a positive flow (zero flows have no logarithm and are dropped:
/// `zero_flows` counts them; PPML keeps them). Undirected pairs fit one mass elasticity.
/// Standard errors: `classical` σ²(X'X)⁻¹ with σ² = RSS/(N − k); `hc0` (X'X)⁻¹X'diag(e²)X(X'X)⁻¹;
/// `hc1` (the default) HC0 · N/(N − k). t = estimate / SE, p two-sided from Student t with
/// N − k degrees of freedom (as R's `lm` and `lmtest::coeftest`).
/// \throws domain_error if flows is not square with n ≥ 2, masses or distances do not
/// match it, a mass is not finite and positive, a flow is negative or not finite, an
/// undirected flow matrix is not symmetric, a distance between distinct units is not finite
/// and positive, N ≤ k positive pairs remain, the regressors are collinear, the log flows
/// are all equal, or the fit is exact (RSS ≤ 1e-20 · TSS: standard errors undefined).
/// Example: `auto fit = gravity_ols(flows, masses, distance_matrix_km(points));
/// double beta = fit.decay.estimate;`
template <class = void>  // compiled only where called: the Eigen solvers are costly to instantiate
[[nodiscard]] gravity_fit gravity_ols(const Eigen::Ref<const Eigen::MatrixXd>& flows,
                                             const Eigen::Ref<const Eigen::VectorXd>& masses,
                                             const Eigen::Ref<const Eigen::MatrixXd>& distances_km,
                                             const gravity_ols_options& options = {}) {
    constexpr const char* fn = "gravity_ols";
    auto g = detail::make_gravity_design(fn, flows, masses, distances_km, options.pairs, false);
    const Eigen::VectorXd y = g.y.array().log().matrix();
    const auto obs = g.X.rows();
    const auto k = g.X.cols();
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(g.X);
    const Eigen::VectorXd theta = qr.solve(y);
    const Eigen::VectorXd e = y - g.X * theta;
    const double rss = e.squaredNorm();
    const double tss = (y.array() - y.mean()).matrix().squaredNorm();
    if (tss == 0.0) {
        ineq::detail::fail(fn, "the positive flows are all equal: nothing to explain");
    }
    if (rss <= 1e-20 * tss) {
        ineq::detail::fail(fn, "the fit is exact (no residual): standard errors are undefined");
    }
    // (X'X)⁻¹ = R⁻¹R⁻ᵀ from X = QR.
    const Eigen::MatrixXd r = qr.matrixQR().topRows(k).template triangularView<Eigen::Upper>();
    const Eigen::MatrixXd r_inv = r.template triangularView<Eigen::Upper>().solve(Eigen::MatrixXd::Identity(k, k));
    const Eigen::MatrixXd bread = r_inv * r_inv.transpose();
    const double dof = static_cast<double>(obs - k);
    gravity_fit fit;
    switch (options.errors) {
        case standard_errors::classical: fit.covariance = (rss / dof) * bread; break;
        case standard_errors::hc0:
        case standard_errors::hc1: {
            const Eigen::MatrixXd meat = g.X.transpose() * e.array().square().matrix().asDiagonal() * g.X;
            fit.covariance = bread * meat * bread;
            if (options.errors == standard_errors::hc1) {
                fit.covariance *= static_cast<double>(obs) / dof;
            }
            break;
        }
    }
    fit.pairs = options.pairs;
    fit.errors = options.errors;
    fit.observations = static_cast<std::size_t>(obs);
    fit.zero_flows = g.zeros;
    fit.r_squared = 1.0 - rss / tss;
    fit.deviance = rss;
    fit.iterations = 0;
    detail::fill_terms(fit, theta, true);
    return fit;
}

/// Gravity model by Poisson pseudo-maximum likelihood: E[flow_ij] = exp(a + b·log m_i +
/// c·log m_j − β·log d_ij), every pair kept, zero flows included (Santos Silva and
/// Tenreyro 2006). Solved by iteratively reweighted least squares from μ = y + 0.1 (R's
/// `glm` start), halving a step whose deviance is not finite.
/// Standard errors, with B = (X'diag(μ)X)⁻¹: `classical` the quasi-Poisson φ·B, φ = Σ(y −
/// μ)²/μ / (N − k) (R `summary(glm(family = quasipoisson))`); `hc0` (the default) the
/// sandwich B·X'diag((y − μ)²)X·B (R `sandwich::vcovHC(type = "HC0")`); `hc1` HC0 · N/(N − k).
/// z = estimate / SE, p two-sided from the standard normal.
///
/// Separation: if the pairs with a positive flow leave one direction γ of the regressors
/// undetermined (Xγ = 0 on them) and Xγ has one sign on the zero-flow pairs, the estimates
/// do not exist (they run off to infinity); this is detected and reported. Separation
/// along several directions at once is not checked directly; it makes the coefficients
/// drift without converging, reported as non-convergence.
/// \throws domain_error for the input errors of `gravity_ols` (with zero flows counted as
/// usable pairs), if every flow is 0, on separation, if IRLS has not converged after
/// `max_iterations`, or if the options are invalid (max_iterations 0, tolerance not in (0, 1)).
/// Example: `auto fit = gravity_ppml(flows, masses, distances); fit.decay.estimate;`
template <class = void>  // compiled only where called, as gravity_ols
[[nodiscard]] gravity_fit gravity_ppml(const Eigen::Ref<const Eigen::MatrixXd>& flows,
                                              const Eigen::Ref<const Eigen::VectorXd>& masses,
                                              const Eigen::Ref<const Eigen::MatrixXd>& distances_km,
                                              const gravity_ppml_options& options = {}) {
    constexpr const char* fn = "gravity_ppml";
    if (options.max_iterations == 0) {
        ineq::detail::fail(fn, "max_iterations must be at least 1");
    }
    if (!(options.tolerance > 0.0 && options.tolerance < 1.0)) {
        ineq::detail::fail_got(fn, "the tolerance must be in (0, 1)", options.tolerance);
    }
    const auto g = detail::make_gravity_design(fn, flows, masses, distances_km, options.pairs, true);
    const Eigen::VectorXd& y = g.y;
    const Eigen::MatrixXd& X = g.X;
    const auto obs = X.rows();
    const auto k = X.cols();
    const auto positives = static_cast<Eigen::Index>((y.array() > 0.0).count());
    if (positives == 0) {
        ineq::detail::fail(fn, "every flow is 0: nothing to fit");
    }

    // Separation along one direction: the positive pairs' regressors have a null space of
    // dimension 1, spanned by γ, and Xγ keeps one sign on the zero pairs.
    {
        Eigen::MatrixXd xp(positives, k);
        Eigen::Index r = 0;
        for (Eigen::Index o = 0; o < obs; ++o) {
            if (y(o) > 0.0) {
                xp.row(r++) = X.row(o);
            }
        }
        const Eigen::JacobiSVD<Eigen::MatrixXd> svd(xp, Eigen::ComputeFullV);
        const auto& s = svd.singularValues();
        Eigen::Index rank = 0;
        for (Eigen::Index q = 0; q < s.size(); ++q) {
            rank += s(q) > 1e-10 * s(0) ? 1 : 0;
        }
        if (rank == k - 1) {
            const Eigen::VectorXd gamma = svd.matrixV().col(k - 1);
            const Eigen::VectorXd xg = X * gamma;
            const double scale = xg.cwiseAbs().maxCoeff();
            bool below = false, above = false;
            for (Eigen::Index o = 0; o < obs; ++o) {
                if (y(o) == 0.0) {
                    below = below || xg(o) < -1e-9 * scale;
                    above = above || xg(o) > 1e-9 * scale;
                }
            }
            if (below != above) {
                ineq::detail::fail(fn, "the zero flows are separated from the positive ones along a combination of "
                                       "the regressors: the estimates do not exist (drop those pairs or add data)");
            }
        }
    }

    auto deviance_of = [&](const Eigen::VectorXd& mu) {
        double dev = 0.0;
        for (Eigen::Index o = 0; o < obs; ++o) {
            dev += (y(o) > 0.0 ? y(o) * std::log(y(o) / mu(o)) : 0.0) - (y(o) - mu(o));
        }
        return 2.0 * dev;
    };

    Eigen::VectorXd mu = (y.array() + 0.1).matrix();
    Eigen::VectorXd eta = mu.array().log().matrix();
    Eigen::VectorXd theta = Eigen::VectorXd::Zero(k);
    double dev = deviance_of(mu);
    bool converged = false;
    std::size_t it = 0;
    const double theta_tol = std::sqrt(options.tolerance);
    while (it < options.max_iterations) {
        ++it;
        const Eigen::VectorXd z = eta + ((y - mu).array() / mu.array()).matrix();
        const Eigen::VectorXd sw = mu.array().sqrt().matrix();
        const Eigen::MatrixXd xw = sw.asDiagonal() * X;
        const Eigen::VectorXd zw = sw.cwiseProduct(z);
        Eigen::VectorXd next = Eigen::HouseholderQR<Eigen::MatrixXd>(xw).solve(zw);
        Eigen::VectorXd next_eta = X * next;
        Eigen::VectorXd next_mu = next_eta.array().exp().matrix();
        double next_dev = deviance_of(next_mu);
        for (int halving = 0; !std::isfinite(next_dev) && halving < 50 && it > 1; ++halving) {
            next = (next + theta) / 2.0;
            next_eta = X * next;
            next_mu = next_eta.array().exp().matrix();
            next_dev = deviance_of(next_mu);
        }
        if (!std::isfinite(next_dev)) {
            ineq::detail::fail(fn, "IRLS produced non-finite fitted flows (iteration " + std::to_string(it) + ")");
        }
        const double dev_change = std::abs(next_dev - dev) / (std::abs(next_dev) + 0.1);
        const double theta_change = ((next - theta).array().abs() / (next.array().abs() + 1.0)).maxCoeff();
        theta = next;
        eta = next_eta;
        mu = next_mu;
        dev = next_dev;
        if (it > 1 && dev_change < options.tolerance && theta_change < theta_tol) {
            converged = true;
            break;
        }
    }
    if (!converged) {
        ineq::detail::fail(fn, "IRLS did not converge in " + std::to_string(options.max_iterations) +
                                   " iterations (separated zero flows, or raise max_iterations)");
    }

    const Eigen::MatrixXd xtwx = X.transpose() * mu.asDiagonal() * X;
    const Eigen::MatrixXd bread = xtwx.ldlt().solve(Eigen::MatrixXd::Identity(k, k));
    const Eigen::VectorXd resid = y - mu;
    const double dof = static_cast<double>(obs - k);
    gravity_fit fit;
    switch (options.errors) {
        case standard_errors::classical: {
            const double phi = (resid.array().square() / mu.array()).sum() / dof;
            fit.covariance = phi * bread;
            break;
        }
        case standard_errors::hc0:
        case standard_errors::hc1: {
            const Eigen::MatrixXd meat = X.transpose() * resid.array().square().matrix().asDiagonal() * X;
            fit.covariance = bread * meat * bread;
            if (options.errors == standard_errors::hc1) {
                fit.covariance *= static_cast<double>(obs) / dof;
            }
            break;
        }
    }
    const double ybar = y.mean();
    double null_dev = 0.0;
    for (Eigen::Index o = 0; o < obs; ++o) {
        null_dev += (y(o) > 0.0 ? y(o) * std::log(y(o) / ybar) : 0.0) - (y(o) - ybar);
    }
    null_dev *= 2.0;
    fit.pairs = options.pairs;
    fit.errors = options.errors;
    fit.observations = static_cast<std::size_t>(obs);
    fit.zero_flows = g.zeros;
    fit.r_squared = null_dev > 0.0 ? 1.0 - dev / null_dev : 0.0;
    fit.deviance = dev;
    fit.iterations = it;
    detail::fill_terms(fit, theta, false);
    return fit;
}

}  // namespace ineq::spatial

#endif  // INEQ_SPATIAL_GRAVITY_HPP
