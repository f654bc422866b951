// table1: recompute the study's Table 1 from its published numbers and audit them.
//
// The study (IUR cooperation in AI invention patents, 31 provinces, 2012-2021) publishes a
// per-province table of cooperative ("co-invention") patents, a national level and yearly
// inequality measures. This program holds the published numbers that are part of ineq's
// reference data, recomputes everything that can be derived from them with ineq, and checks
// each published figure against its own inputs and against what the formulas allow for 31
// provinces. A failed check is a finding about the publication, not an error of the program:
// it exits 0 whenever it ran to the end.
//
// Run:  cmake --workflow --preset example

#include <ineq/measures.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <numeric>
#include <tuple>
#include <utility>
#include <string>
#include <vector>

namespace {

// ---- The published numbers ---------------------------------------------------------------

// Table 1, cooperative (co-invention) patents per province, in the order the table prints
// them. The reference data holds this column and the totals row; the table's province labels
// and its all-patents column are not part of it, so rows are named by their position.
constexpr std::array<int, 31> published_cooperative{
    7,  46,  33,   91,  86,  27, 28, 13, 129, 23,  91, 327, 328, 43,  169, 122,
    82, 107, 1364, 598, 194, 18, 2,  26, 125, 797, 31, 127, 11,  24,  418};

// The totals row: national cooperative and all AI invention patents, and their ratio.
constexpr int published_total_cooperative = 5483;
constexpr int published_total_all = 11101;
constexpr double published_national_degree_percent = 49.39;

// Figures 3 and 4: first and last year of the yearly series across the 31 provinces.
struct yearly_figure {
    const char* measure;
    int first_year;
    double first;
    int last_year;
    double last;
    double published_growth;  // (last - first) / first as printed
};
constexpr yearly_figure published_range{"range", 2012, 11.0, 2021, 445.0, 39.45};
constexpr yearly_figure published_sd{"sample sd", 2012, 4.42, 2021, 90.3, 19.43};
constexpr std::array<std::pair<int, double>, 2> published_gini{{{2012, 0.538}, {2021, 0.970}}};

constexpr std::size_t provinces = 31;

// ---- Reporting ---------------------------------------------------------------------------

struct audit {
    int passed = 0;
    int failed = 0;

    void check(const std::string& statement, bool ok, const std::string& detail) {
        fmt::print("  [{}] {}\n         {}\n", ok ? "pass" : "FAIL", statement, detail);
        (ok ? passed : failed) += 1;
    }
};

// A published figure printed to `decimals` places agrees with a recomputed value if the
// recomputed value rounds to it.
bool rounds_to(double exact, double published, int decimals) {
    const double unit = std::pow(10.0, -decimals);
    return std::abs(exact - published) <= unit / 2 + 1e-12;
}

void print_table() {
    const std::vector<int> column(published_cooperative.begin(), published_cooperative.end());
    std::vector<std::size_t> order(column.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::ranges::stable_sort(order, [&](std::size_t a, std::size_t b) { return column[a] > column[b]; });
    std::vector<std::size_t> rank(column.size());
    for (std::size_t r = 0; r < order.size(); ++r) {
        rank[order[r]] = r + 1;
    }
    const double total = std::accumulate(column.begin(), column.end(), 0.0);

    fmt::print("Table 1, recomputed from the published cooperative column\n\n");
    fmt::print("  {:>4}  {:>11}  {:>4}  {:>8}  {:>13}\n", "row", "cooperative", "rank", "share %",
               "cumulative %");
    double cumulative = 0.0;
    for (std::size_t r = 0; r < order.size(); ++r) {
        const std::size_t i = order[r];
        cumulative += column[i];
        fmt::print("  {:>4}  {:>11}  {:>4}  {:>8.2f}  {:>13.2f}\n", i + 1, column[i], rank[i],
                   100.0 * column[i] / total, 100.0 * cumulative / total);
    }
    fmt::print("  {:>4}  {:>11}\n\n", "sum", static_cast<long>(total));

    const auto s = ineq::summarize(column);
    fmt::print("Inequality of the cooperative column across the {} provinces\n", s.n);
    fmt::print("  range {:.0f}   mean {:.2f}   sample sd {:.3f}   CV {:.4f}\n", s.range, s.mean,
               s.sample_sd, s.cv);
    fmt::print("  Gini (eq. 3) {:.4f}   corrected Gini {:.4f}   largest possible Gini {:.4f}\n",
               s.gini, ineq::corrected_gini(column), ineq::max_gini(s.n));
    const auto shares = ineq::cumulative_shares(column);
    fmt::print("  the 10 largest provinces hold {:.1f} % of all cooperative patents\n\n",
               100.0 * (1.0 - shares[s.n - 11]));
}

void run_audit() {
    audit a;
    const auto n = static_cast<double>(provinces);
    fmt::print("Audit of the published numbers\n\n");

    // 1. The totals row against the sum of its rows.
    const int column_sum =
        std::accumulate(published_cooperative.begin(), published_cooperative.end(), 0);
    a.check("totals row: national cooperative patents = sum of the 31 rows",
            column_sum == published_total_cooperative,
            fmt::format("published total {}, rows sum to {} (difference {})",
                        published_total_cooperative, column_sum,
                        column_sum - published_total_cooperative));

    // 2. The national level against its two counts.
    const double degree = 100.0 * published_total_cooperative / published_total_all;
    a.check("national cooperation degree = cooperative / all",
            rounds_to(degree, published_national_degree_percent, 2),
            fmt::format("{} / {} = {:.4f} %, published {:.2f} %", published_total_cooperative,
                        published_total_all, degree, published_national_degree_percent));

    // 3. The reported growth rates against their endpoints.
    for (const auto& f : {published_range, published_sd}) {
        const double g = ineq::growth_rate(f.first, f.last);
        a.check(fmt::format("growth of the yearly {} {}-{}", f.measure, f.first_year, f.last_year),
                rounds_to(g, f.published_growth, 2),
                fmt::format("({} - {}) / {} = {:.4f}, published {:.2f}", f.last, f.first, f.first, g,
                            f.published_growth));
    }

    // 4. Range and sample sd of one year must be compatible: for N values spanning a range R,
    //    R / sqrt(2 (N - 1)) <= sd <= R sqrt(k (N - k) / (N (N - 1))), k = floor(N / 2).
    //    The lower bound puts two values at the ends and the rest at the mean; the upper
    //    bound splits the values between the two ends.
    for (const auto& [year, range, sd] : {std::tuple{published_range.first_year, published_range.first,
                                                     published_sd.first},
                                          std::tuple{published_range.last_year, published_range.last,
                                                     published_sd.last}}) {
        const double lo = range / std::sqrt(2.0 * (n - 1.0));
        const double k = std::floor(n / 2.0);  // values at the top end in the widest split
        const double hi = range * std::sqrt(k * (n - k) / (n * (n - 1.0)));
        a.check(fmt::format("{}: a sample sd of {} is possible for 31 values with range {}", year, sd,
                            range),
                lo <= sd && sd <= hi,
                fmt::format("the formulas allow {:.2f} <= sd <= {:.2f}", lo, hi));
    }

    // 5. Every reported yearly Gini against the largest eq. 3 Gini of 31 values, 1 - 1/31.
    const double gmax = ineq::max_gini(provinces);
    for (const auto& [year, g] : published_gini) {
        a.check(fmt::format("{}: a Gini of {:.3f} is possible for 31 provinces", year, g), g <= gmax,
                fmt::format("eq. 3 cannot exceed 1 - 1/31 = {:.4f}; {}", gmax,
                            g <= gmax ? "within bounds"
                                      : fmt::format("{:.3f} needs at least {:.0f} units, or the "
                                                    "corrected Gini (maximum 1)",
                                                    g, std::ceil(1.0 / (1.0 - g)))));
    }

    // 6. The coefficient of variation of 31 non-negative values is at most sqrt(31) (sample
    //    sd; one province holds everything). The CV implied by the last year's sd needs the
    //    mean, which the reference data does not hold, so only the bound is stated.
    fmt::print("  [note] the sample CV of 31 non-negative values lies in [0, sqrt(31) = {:.4f}];\n"
               "         the yearly CVs of Fig. 4 are not part of the reference data.\n",
               std::sqrt(n));

    fmt::print("\n{} checks passed, {} failed (failures are findings about the publication)\n",
               a.passed, a.failed);
}

}  // namespace

int main() {
    print_table();
    run_audit();
    return 0;
}
