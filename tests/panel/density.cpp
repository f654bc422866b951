#include <ineq/panel/density.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <Eigen/Core>

#include <cmath>
#include <limits>
#include <vector>

namespace {
// Ten values with a tie; z has a tie block and a long upper tail.
const std::vector<double> x{2.1, 3.5, 3.5, 4.0, 5.2, 7.9, 8.3, 10.0, 12.4, 15.0};
const std::vector<double> z{1, 1, 1, 1, 2, 2, 3, 5, 8, 13};
const std::vector<double> grid{0.0, 2.0, 3.5, 6.0, 9.0, 14.0, 20.0};
}  // namespace

TEST_CASE("density_bandwidth: R's bw.nrd0 and bw.nrd, scipy's scott factor") {
    // Rscript -e 'options(digits=17); x<-c(2.1,3.5,3.5,4.0,5.2,7.9,8.3,10.0,12.4,15.0);
    //   z<-c(1,1,1,1,2,2,3,5,8,13); print(c(bw.nrd0(x),bw.nrd0(z))); print(c(bw.nrd(x),bw.nrd(z)))'
    //   -> 2.4317991560450825 1.4832206232183647 / 2.8641190060086523 1.7469042895682962
    CHECK(ineq::density_bandwidth(x) == doctest::Approx(2.4317991560450825).epsilon(1e-14));
    CHECK(ineq::density_bandwidth(z, ineq::bandwidth_rule::silverman) == doctest::Approx(1.4832206232183647).epsilon(1e-14));
    CHECK(ineq::density_bandwidth(x, ineq::bandwidth_rule::scott) == doctest::Approx(2.8641190060086523).epsilon(1e-14));
    CHECK(ineq::density_bandwidth(z, ineq::bandwidth_rule::scott) == doctest::Approx(1.7469042895682962).epsilon(1e-14));
    // /usr/bin/python3 -c "import numpy as np; from scipy.stats import gaussian_kde; x=np.array([2.1,3.5,3.5,4.0,5.2,7.9,8.3,10.0,12.4,15.0]);
    //   k=gaussian_kde(x); print(k.factor*x.std(ddof=1))"  -> 2.701999062272314
    CHECK(ineq::density_bandwidth(x, ineq::bandwidth_rule::scott_scipy) == doctest::Approx(2.701999062272314).epsilon(1e-14));
    // IQR = 0 falls back to the sd (as bw.nrd0). {1,1,1,1,1,9}: both quartiles are 1; the mean
    // is 7/3, the squared deviations sum to 5 (4/3)^2 + (20/3)^2 = 160/3, so sd = sqrt(160/3/5)
    // and h = 0.9 sd 6^(-1/5).
    const std::vector<double> flat{1, 1, 1, 1, 1, 9};
    CHECK(ineq::density_bandwidth(flat) == doctest::Approx(0.9 * std::sqrt(160.0 / 3.0 / 5.0) * std::pow(6.0, -0.2)).epsilon(1e-14));
}

TEST_CASE("kernel_density: Gaussian against scipy.stats.gaussian_kde") {
    // scipy's bandwidth is a factor on the sample covariance: bw_method = h / sd gives kernel sd h.
    // /usr/bin/python3 -c "import numpy as np; from scipy.stats import gaussian_kde; x=np.array([2.1,3.5,3.5,4.0,5.2,7.9,8.3,10.0,12.4,15.0]);
    //   g=np.array([0.0,2.0,3.5,6.0,9.0,14.0,20.0]); print(gaussian_kde(x,bw_method=1.3/x.std(ddof=1))(g).tolist()); print(gaussian_kde(x)(g).tolist())"
    const std::vector<double> given{0.010240893874018974, 0.07302167226022846, 0.1202440664730297, 0.06202428099507117,
                                    0.07228771169128943,  0.03749000987740426, 1.8825921403107187e-05};
    const std::vector<double> scott{0.031283808650228895, 0.06114506959018361, 0.07692003431089911, 0.0775095523235312,
                                    0.062042570275213746, 0.033969013111206814, 0.0029649585945572946};
    ineq::density_options o;
    o.bandwidth = 1.3;
    const auto d = ineq::kernel_density(x, grid, o);
    CHECK(d.bandwidth == 1.3);
    REQUIRE(d.density.size() == 7);
    for (Eigen::Index i = 0; i < 7; ++i) {
        CHECK(d.grid(i) == grid[static_cast<std::size_t>(i)]);
        CHECK(d.density(i) == doctest::Approx(given[static_cast<std::size_t>(i)]).epsilon(1e-12));
    }
    ineq::density_options s;
    s.rule = ineq::bandwidth_rule::scott_scipy;
    const auto ds = ineq::kernel_density(x, grid, s);
    for (Eigen::Index i = 0; i < 7; ++i) {
        CHECK(ds.density(i) == doctest::Approx(scott[static_cast<std::size_t>(i)]).epsilon(1e-12));
    }
}

TEST_CASE("kernel_density: R's default grid and Gaussian density()") {
    // Rscript -e 'options(digits=17); x<-c(2.1,3.5,3.5,4.0,5.2,7.9,8.3,10.0,12.4,15.0); d<-density(x);
    //   print(d$bw); print(range(d$x)); print(d$y[c(1,100,256,512)])'
    //   -> 2.4317991560450825; -5.1953974681352477 22.2953974681352491;
    //      0.00025483493068493982 0.03109522592693284015 0.06473628669107148181 0.00018847241113586854
    // R bins the data and convolves by FFT, so its values are within about 1.2 % of the exact
    // sums; the exact values at the same points come from scipy:
    // /usr/bin/python3 -c "import numpy as np; from scipy.stats import gaussian_kde; x=np.array([2.1,3.5,3.5,4.0,5.2,7.9,8.3,10.0,12.4,15.0]);
    //   h=2.4317991560450825; g=np.linspace(x.min()-3*h, x.max()+3*h, 512); print(gaussian_kde(x,bw_method=h/x.std(ddof=1))(g[[0,99,255,511]]).tolist())"
    //   -> 0.000251818040661253 0.031038949307743056 0.06467552809344872 0.00018645647305213112
    const auto d = ineq::kernel_density(x);
    REQUIRE(d.grid.size() == 512);
    CHECK(d.bandwidth == doctest::Approx(2.4317991560450825).epsilon(1e-14));
    CHECK(d.grid(0) == doctest::Approx(-5.1953974681352477).epsilon(1e-14));
    CHECK(d.grid(511) == doctest::Approx(22.2953974681352491).epsilon(1e-14));
    const Eigen::Index at[] = {0, 99, 255, 511};
    const double r[] = {0.00025483493068493982, 0.03109522592693284015, 0.06473628669107148181, 0.00018847241113586854};
    const double exact[] = {0.000251818040661253, 0.031038949307743056, 0.06467552809344872, 0.00018645647305213112};
    for (int k = 0; k < 4; ++k) {
        CHECK(d.density(at[k]) == doctest::Approx(exact[k]).epsilon(1e-12));
        CHECK(d.density(at[k]) == doctest::Approx(r[k]).epsilon(2e-2));
    }
    // The estimate integrates to about 1 over the grid (trapezoid rule; the tails beyond 3h hold ~0.2 %).
    const double step = d.grid(1) - d.grid(0);
    const double area = step * (d.density.sum() - 0.5 * (d.density(0) + d.density(511)));
    CHECK(area == doctest::Approx(1.0).epsilon(5e-3));
}

TEST_CASE("kernel_density: Epanechnikov with R's convention (h is the kernel's standard deviation)") {
    // Exact sums in R, the kernel as R's density() writes it (a = bw * sqrt(5)):
    // Rscript -e 'options(digits=17); x<-c(2.1,3.5,3.5,4.0,5.2,7.9,8.3,10.0,12.4,15.0); g<-c(0,2,6,9,14,20); h<-1.3; a<-h*sqrt(5);
    //   print(sapply(g,function(t) mean(ifelse(abs(t-x)<a, 3/(4*a)*(1-((t-x)/a)^2),0))))'
    //   -> 0.012335522934591467 0.077219152231638166 0.075295543457184533 0.069158315462499190 0.040731652462240149 0
    // and R's binned density(x, bw=1.3, kernel="epanechnikov", from=0, to=20, n=41) at the same points:
    //   -> 1.2356997159556139e-02 7.7260182100596195e-02 7.5427851349780681e-02 6.9162333281893765e-02 4.0744602964030756e-02 ~0
    const std::vector<double> g{0, 2, 6, 9, 14, 20};
    const double exact[] = {0.012335522934591467, 0.077219152231638166, 0.075295543457184533,
                            0.069158315462499190, 0.040731652462240149, 0.0};
    const double r_binned[] = {1.2356997159556139e-02, 7.7260182100596195e-02, 7.5427851349780681e-02,
                               6.9162333281893765e-02, 4.0744602964030756e-02};
    ineq::density_options o;
    o.kernel = ineq::density_kernel::epanechnikov;
    o.bandwidth = 1.3;
    const auto d = ineq::kernel_density(x, g, o);
    for (Eigen::Index i = 0; i < 6; ++i) {
        CHECK(d.density(i) == doctest::Approx(exact[i]).epsilon(1e-12));
    }
    for (Eigen::Index i = 0; i < 5; ++i) {
        CHECK(d.density(i) == doctest::Approx(r_binned[i]).epsilon(5e-3));
    }
    // The other convention (support [-h, h]) would give, at 14: only x = 15 within 1.3,
    // 3/(4*1.3)*(1-(1/1.3)^2)/10 = 0.0235...; R's convention gives 0.0407.
    CHECK(d.density(4) > 0.04);
    // Closed form on z with h = 1 (a = sqrt 5): at t = 4 only 3 and 5 are within sqrt 5, each
    // 3/(4 sqrt5) (1 - 1/5); mean over 10: 2 * 0.6 / sqrt5 / 10 = 0.0536656...
    // /usr/bin/python3 -c "import numpy as np; z=np.array([1,1,1,1,2,2,3,5,8,13.]); a=np.sqrt(5);
    //   print([np.mean(np.where(np.abs(t-z)<a,0.75/a*(1-((t-z)/a)**2),0)) for t in [0.,1.,2.5,4.]])"
    //   -> 0.12074767078498864 0.19453791404248172 0.16938214929560907 0.06708203932499371
    o.bandwidth = 1.0;
    const auto dz = ineq::kernel_density(z, std::vector{0.0, 1.0, 2.5, 4.0}, o);
    CHECK(dz.density(0) == doctest::Approx(0.12074767078498864).epsilon(1e-13));
    CHECK(dz.density(1) == doctest::Approx(0.19453791404248172).epsilon(1e-13));
    CHECK(dz.density(2) == doctest::Approx(0.16938214929560907).epsilon(1e-13));
    CHECK(dz.density(3) == doctest::Approx(0.06708203932499371).epsilon(1e-13));
}

TEST_CASE("kernel_density_by_period: one grid, one bandwidth per period") {
    // Periods x, 1.5 x + 1 and z; bandwidths bw.nrd0 of each:
    // Rscript -e 'options(digits=17); x<-c(2.1,3.5,3.5,4.0,5.2,7.9,8.3,10.0,12.4,15.0); print(bw.nrd0(1.5*x+1))' -> 3.6476987340676241
    // grid: 64 points over [min - 3 h_max, max + 3 h_max] = [1 - 3*3.6477, 23.5 + 3*3.6477]; densities from scipy:
    // /usr/bin/python3 -c "import numpy as np; from scipy.stats import gaussian_kde; x=np.array([2.1,3.5,3.5,4.0,5.2,7.9,8.3,10.0,12.4,15.0]);
    //   y=1.5*x+1; z=np.array([1,1,1,1,2,2,3,5,8,13.]); cols=[x,y,z]; hs=[2.4317991560450825,3.6476987340676241,1.4832206232183647];
    //   g=np.linspace(1-3*max(hs), 23.5+3*max(hs), 64); print(g[0], g[-1]);
    //   [print(gaussian_kde(c,bw_method=h/c.std(ddof=1))(g[[0,10,20,40]]).tolist()) for c,h in zip(cols,hs)]"
    Eigen::MatrixXd p(10, 3);
    for (Eigen::Index i = 0; i < 10; ++i) {
        p(i, 0) = x[static_cast<std::size_t>(i)];
        p(i, 1) = 1.5 * x[static_cast<std::size_t>(i)] + 1.0;
        p(i, 2) = z[static_cast<std::size_t>(i)];
    }
    ineq::density_options o;
    o.points = 64;
    const auto d = ineq::kernel_density_by_period(p, o);
    REQUIRE(d.density.rows() == 64);
    REQUIRE(d.density.cols() == 3);
    CHECK(d.bandwidths(0) == doctest::Approx(2.4317991560450825).epsilon(1e-14));
    CHECK(d.bandwidths(1) == doctest::Approx(3.6476987340676241).epsilon(1e-14));
    CHECK(d.bandwidths(2) == doctest::Approx(1.4832206232183647).epsilon(1e-14));
    CHECK(d.grid(0) == doctest::Approx(-9.943096202202872).epsilon(1e-14));
    CHECK(d.grid(63) == doctest::Approx(34.443096202202874).epsilon(1e-14));
    const Eigen::Index at[] = {0, 10, 20, 40};
    const double expected[3][4] = {
        {8.634260622878113e-08, 0.003375095442712494, 0.08425553759664726, 0.00773585112067824},
        {7.669496017276612e-06, 0.0029749805348451303, 0.04348466171876036, 0.032003014112017204},
        {1.632314977850705e-13, 0.0036466313712530617, 0.07383624937749633, 5.259124196577128e-05}};
    for (Eigen::Index t = 0; t < 3; ++t) {
        for (int k = 0; k < 4; ++k) {
            CHECK(d.density(at[k], t) == doctest::Approx(expected[t][k]).epsilon(1e-11));
        }
    }
    // Given grid and an integer matrix; each column equals the cross-section estimate.
    Eigen::MatrixXi pi(4, 2);
    pi << 1, 2, 3, 5, 4, 4, 10, 7;
    const auto dg = ineq::kernel_density_by_period(pi, grid);
    const auto c1 = ineq::kernel_density(std::vector{2.0, 5.0, 4.0, 7.0}, grid);
    CHECK(dg.bandwidths(1) == c1.bandwidth);
    for (Eigen::Index i = 0; i < 7; ++i) {
        CHECK(dg.density(i, 1) == c1.density(i));
    }
    // A province x year panel: the same as its matrix.
    ineq::fractional_panel fp(2020, 2021);
    for (std::size_t i = 0; i < ineq::province::count; ++i) {
        fp.add(ineq::province::from_index(i), 2020, static_cast<double>(i % 7));
        fp.add(ineq::province::from_index(i), 2021, static_cast<double>((i * i) % 11));
    }
    const auto dp = ineq::kernel_density_by_period(fp);
    const auto dm = ineq::kernel_density_by_period(fp.values());
    CHECK(dp.density == dm.density);
    CHECK(ineq::kernel_density_by_period(fp, grid).density.cols() == 2);
}

TEST_CASE("kernel_density: bad input") {
    using ineq_test::message_of;
    const std::vector<double> empty;
    CHECK(message_of([&] { (void)ineq::kernel_density(empty); }) ==
          "ineq::kernel_density: needs at least one value, got an empty range");
    CHECK(message_of([&] { (void)ineq::kernel_density(std::vector{1.0, std::nan(""), 2.0}); }) ==
          "ineq::kernel_density: values must be finite (index 1, value nan)");
    CHECK(message_of([&] { (void)ineq::kernel_density(std::vector{3.0, 3.0, 3.0}); }) ==
          "ineq::kernel_density: all values are equal, so no bandwidth rule applies; give the bandwidth");
    CHECK(message_of([&] { (void)ineq::kernel_density(std::vector{3.0}); }) ==
          "ineq::kernel_density: a bandwidth rule needs at least two values (got 1)");
    ineq::density_options o;
    o.bandwidth = 0.5;
    // One value and all-equal values work with a given bandwidth.
    const auto one = ineq::kernel_density(std::vector{3.0}, std::vector{3.0}, o);
    CHECK(one.density(0) == doctest::Approx(1.0 / (0.5 * std::sqrt(2.0 * 3.14159265358979323846))).epsilon(1e-15));
    o.bandwidth = -1.0;
    CHECK(message_of([&] { (void)ineq::kernel_density(x, o); }) ==
          "ineq::kernel_density: the bandwidth must be finite and positive (got -1)");
    o.bandwidth = std::numeric_limits<double>::infinity();
    CHECK(message_of([&] { (void)ineq::kernel_density(x, o); }) ==
          "ineq::kernel_density: the bandwidth must be finite and positive (got inf)");
    ineq::density_options few;
    few.points = 1;
    CHECK(message_of([&] { (void)ineq::kernel_density(x, few); }) ==
          "ineq::kernel_density: the grid needs at least two points (got 1)");
    ineq::density_options wide;
    wide.cut = 1e308;
    CHECK(message_of([&] { (void)ineq::kernel_density(x, wide); }) ==
          "ineq::kernel_density: the grid [min - cut h, max + cut h] leaves the range of double; give the grid");
    CHECK(message_of([&] { (void)ineq::kernel_density(x, std::vector<double>{}); }) ==
          "ineq::kernel_density: the grid is empty");
    CHECK(message_of([&] { (void)ineq::kernel_density(x, std::vector{0.0, HUGE_VAL}); }) ==
          "ineq::kernel_density: values must be finite (index 1, value inf)");
    CHECK(message_of([&] { (void)ineq::density_bandwidth(std::vector{1.0}); }) ==
          "ineq::density_bandwidth: a bandwidth rule needs at least two values (got 1)");
    Eigen::MatrixXd p(2, 2);
    p << 1, 2, 3, std::nan("");
    CHECK(message_of([&] { (void)ineq::kernel_density_by_period(p); }) ==
          "ineq::kernel_density_by_period: values must be finite (index = entity + rows * period) (index 3, value nan)");
    Eigen::MatrixXd none(0, 2);
    CHECK(message_of([&] { (void)ineq::kernel_density_by_period(none); }) ==
          "ineq::kernel_density_by_period: the panel has no entities (rows) or no periods (columns)");
}
