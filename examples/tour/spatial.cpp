// tour/spatial: who is whose neighbour, and do neighbours resemble each other?
//
// What you learn here:
//   - contiguity weights of the 31 provinces from their 68 land borders, and that an island
//     (Hainan) is never handled silently: the default policy throws and names it;
//   - Moran's I with its analytic test (spdep's moran.test under randomisation);
//   - LISA: local Moran with conditional permutation (seeded: the same result on every run
//     and for any thread count), the Moran-scatter quadrants and the cluster map.
// The variable is one every reader can check: the longitude of each province's label point,
// an east-west gradient, so neighbours resemble each other by construction.
//
// Headers: <ineq/spatial/...> (Eigen) and <ineq/region/province.hpp>.
// Run:  build/dev/examples/tour_spatial

#include <ineq/error.hpp>
#include <ineq/region/province.hpp>
#include <ineq/spatial/lisa.hpp>
#include <ineq/spatial/moran.hpp>
#include <ineq/spatial/provinces.hpp>
#include <ineq/spatial/weights.hpp>

#include <fmt/format.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sp = ineq::spatial;

int main() {
    // Under the 68 land borders Hainan has no neighbour: the default island policy refuses.
    try {
        [[maybe_unused]] auto w = sp::province_contiguity();
    } catch (const ineq::domain_error& e) {
        fmt::print("province_contiguity() throws:\n  {}\n\n", e.what());
    }
    // Keep it as an island (an empty row: no local statistic), row-standardised (spdep "W").
    const sp::weights w = sp::province_contiguity(sp::weights_style::row_standardised, sp::island_policy::keep());

    std::vector<double> longitude;
    for (const sp::geo_point& p : sp::province_label_points) longitude.push_back(p.lon);

    const auto moran = sp::moran_test(longitude, w);  // statistic, expectation, variance, z, p
    fmt::print("Moran's I of longitude: I = {:.4f}, E[I] = {:.4f}, z = {:.2f}, p = {:.2g} (randomisation)\n\n",
               moran.statistic, moran.expectation, moran.z, moran.p_value);

    // LISA: 999 conditional permutations per province, seed fixed by default.
    const auto lisa = sp::local_moran_permutation(longitude, w);
    const auto quadrants = sp::local_quadrants(longitude, w);
    const auto p = sp::p_values(lisa);
    const auto clusters = sp::lisa_clusters(quadrants, p, 0.05);

    std::map<std::string, int> count;
    fmt::print("province        lon   I_i     p  cluster\n");
    for (std::size_t i = 0; i < w.size(); ++i) {
        const auto name = ineq::province::from_index(i).english();
        ++count[sp::to_string(clusters[i])];
        if (!lisa[i]) {
            fmt::print("{:<14} {:5.1f}     -     -  {} (an island)\n", name, longitude[i], sp::to_string(clusters[i]));
            continue;
        }
        if (clusters[i] != sp::lisa_cluster::not_significant)
            fmt::print("{:<14} {:5.1f} {:5.2f} {:5.3f}  {}\n", name, longitude[i], lisa[i]->statistic, *p[i],
                       sp::to_string(clusters[i]));
    }
    fmt::print("(provinces not significant at 0.05 are not listed)\nclusters:");
    for (const auto& [name, n] : count) fmt::print("  {} {}", name, n);
    fmt::print("\n");
}
