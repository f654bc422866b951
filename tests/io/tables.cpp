// Tests of ineq/io/tables.hpp: the CSV text of the cooperation-degree table and of a yearly
// series, written and read back through the strict reader. Degrees by hand and Python's
// repr (the shortest round-trip text of a double): python3 -c "print(repr(5/7))"
// -> 0.7142857142857143.
#include <ineq/io/csv.hpp>
#include <ineq/io/tables.hpp>

#include <doctest/doctest.h>

#include <Eigen/Core>

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

TEST_CASE("cooperation_table_csv: ranked rows, empty degrees, the national row") {
    Eigen::Matrix<std::int64_t, Eigen::Dynamic, 1> all = Eigen::Matrix<std::int64_t, Eigen::Dynamic, 1>::Zero(31);
    Eigen::Matrix<std::int64_t, Eigen::Dynamic, 1> coop = all;
    const auto beijing = static_cast<Eigen::Index>(ineq::province_from_code(11)->index());
    const auto guangdong = static_cast<Eigen::Index>(ineq::province_from_code(44)->index());
    all[beijing] = 4;
    coop[beijing] = 2;
    all[guangdong] = 3;
    coop[guangdong] = 3;
    const auto table = ineq::cooperation_degree_table_of_totals(all, coop);
    const std::string csv = ineq::io::cooperation_table_csv(table);
    CHECK(csv.starts_with("rank,code,label,all,cooperative,degree\n"
                          "1,44,Guangdong,3,3,1\n"
                          "2,11,Beijing,4,2,0.5\n"
                          "3,12,Tianjin,0,0,\n"));
    CHECK(csv.ends_with("\n,,national,7,5,0.7142857142857143\n"));

    const auto path = std::filesystem::temp_directory_path() /
                      ("ineq_io_tables_" + std::to_string(::getpid()) + ".csv");
    ineq::io::write_cooperation_table(path, table);
    const auto rows = ineq::io::read_csv_rows(path);
    REQUIRE(rows.size() == 1 + 31 + 1);
    CHECK(rows[2] == std::vector<std::string>{"2", "11", "Beijing", "4", "2", "0.5"});
    CHECK(std::stod(rows.back()[5]) == 5.0 / 7.0);  // reads back to the same double
    std::filesystem::remove(path);
    CHECK_THROWS_WITH_AS(ineq::io::write_cooperation_table(path.parent_path(), table),
                         ("ineq::io::write_cooperation_table: " + path.parent_path().string() +
                          ": cannot be opened for writing")
                             .c_str(),
                         ineq::io::io_error);
}

TEST_CASE("yearly_series_csv: one row per year, undefined values empty, the growth row") {
    ineq::yearly_series s;
    s.points.push_back({2012, 0.0, 0.0, 0.0, std::nullopt, std::nullopt});
    s.points.push_back({2013, 7.0, 3.0, 1.25, 0.25, 0.5});
    s.total_growth = 0.1;
    CHECK(ineq::io::yearly_series_csv(s) ==
          "year,total,range,sample_sd,gini,cv\n"
          "2012,0,0,0,,\n"
          "2013,7,3,1.25,0.25,0.5\n"
          "growth,0.1,,,,\n");
    const auto path = std::filesystem::temp_directory_path() /
                      ("ineq_io_series_" + std::to_string(::getpid()) + ".csv");
    ineq::io::write_yearly_series(path, s);
    CHECK(ineq::io::read_csv_rows(path).size() == 4);
    std::filesystem::remove(path);
}
