// tour/measures: the inequality measures on one small vector.
//
// What you learn here:
//   - every measure takes any range of numbers (a std::vector, an array, a view) and never
//     reorders the caller's data;
//   - the Gini of eq. 3, its largest value for N regions (1 - 1/N), the CV, Theil's T and the
//     mean log deviation, and the Lorenz curve the Gini is read from;
//   - bad input is an ineq::domain_error whose message names the function, the rule broken
//     and the offending index and value; no measure returns NaN.
//
// Headers: only the measures used, each from <ineq/measures/...> (standard library only).
// Run:  build/dev/examples/tour_measures

#include <ineq/error.hpp>
#include <ineq/measures/dispersion.hpp>
#include <ineq/measures/entropy.hpp>
#include <ineq/measures/gini.hpp>
#include <ineq/measures/lorenz.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <array>
#include <vector>

int main() {
    // Patents of eight regions in one year, in no particular order.
    const std::vector<int> patents{7, 46, 33, 91, 86, 27, 1364, 598};

    fmt::print("patents            {}\n", fmt::join(patents, " "));
    fmt::print("mean               {:.2f}\n", ineq::mean(patents));
    fmt::print("range              {:.0f}\n", ineq::range(patents));
    fmt::print("sample sd          {:.2f}\n", ineq::sample_sd(patents));
    fmt::print("CV (sd / mean)     {:.4f}\n", ineq::cv(patents));
    fmt::print("Gini (eq. 3)       {:.4f}  (at most {:.4f} for {} regions)\n", ineq::gini(patents),
               ineq::max_gini(patents.size()), patents.size());
    fmt::print("corrected Gini     {:.4f}  (Gini * N / (N - 1), range [0, 1])\n", ineq::corrected_gini(patents));
    fmt::print("Theil T            {:.4f}\n", ineq::theil_t(patents));
    fmt::print("mean log deviation {:.4f}\n", ineq::mean_log_deviation(patents));
    fmt::print("input untouched    {}\n\n", fmt::join(patents, " "));

    // The Lorenz curve: the share of all patents held by the poorest i/N of the regions.
    fmt::print("Lorenz curve (regions sorted ascending)\n  regions  patents\n");
    for (const ineq::lorenz_point& p : ineq::lorenz_curve(patents))
        fmt::print("  {:6.1f}%  {:6.1f}%\n", 100 * p.population_share, 100 * p.value_share);

    // The same measures take any range of numbers: here a std::array of doubles.
    const std::array<double, 4> equal{2.5, 2.5, 2.5, 2.5};
    fmt::print("\nfour equal values: Gini {:.4f}, CV {:.4f}\n", ineq::gini(equal), ineq::cv(equal));

    // Bad input throws ineq::domain_error (a std::domain_error) with a message that names
    // the function, the rule and the offending element.
    const std::vector<double> bad{1.0, 2.0, -0.5, 4.0};
    try {
        [[maybe_unused]] double g = ineq::gini(bad);
    } catch (const ineq::domain_error& e) {
        fmt::print("\ngini of {{1, 2, -0.5, 4}} throws:\n  {}\n", e.what());
    }
    const std::vector<double> zeros(5, 0.0);
    try {
        [[maybe_unused]] double c = ineq::cv(zeros);
    } catch (const ineq::domain_error& e) {
        fmt::print("cv of five zeros throws:\n  {}\n", e.what());
    }
}
