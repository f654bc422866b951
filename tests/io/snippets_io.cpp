// The C++ code blocks of docs/io.md, compiled and run (tests/docs.cpp checks that every line
// of them appears here): the shipped Patsnap sample read with an on_skip callback, a user
// column map, and the table writers.
#include <ineq/io/csv.hpp>
#include <ineq/io/read_export.hpp>
#include <ineq/io/tables.hpp>

#include "sample_export.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <string>

TEST_CASE("docs/io.md: reading an export, a user column map, writing the tables") {
    const auto dir = std::filesystem::temp_directory_path() / ("ineq_io_snippets_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto previous = std::filesystem::current_path();
    std::filesystem::copy_file(ineq_test::sample_export_path(), dir / "export.csv");
    std::filesystem::current_path(dir);

ineq::io::read_options options;                 // UTF-8, one thread, no gazetteer
options.on_skip = [](const ineq::io::skipped_row& s) {
    std::cerr << "line " << s.where.first_line << ": " << ineq::io::to_string(s.problem) << '\n';
};
const auto data = ineq::io::read_export("export.csv", options);
    CHECK(data.records.size() == 531);  // python3 -c "import pandas; print(len(pandas.read_csv(...)))"
    CHECK(data.skipped_total == 0);

options.columns = {{"Anmelder", ineq::io::column::applicants},
                   {"Anmeldetag", ineq::io::column::filing_date}};
    CHECK(ineq::io::read_export("export.csv", options).records.size() == 531);  // the built-in names still read it

    ineq::count_panel all(2012, 2021);
    ineq::count_panel coop(2012, 2021);
    all.add(ineq::province_from_code(11)->index(), 2015, 2);
    coop.add(ineq::province_from_code(11)->index(), 2015, 1);
    const auto table = ineq::cooperation_degree_table(all, coop);
    const auto series = ineq::yearly_inequality(coop);
ineq::io::write_cooperation_table("table1.csv", table);  // rank,code,label,all,cooperative,degree
ineq::io::write_yearly_series("series.csv", series);     // year,total,range,sample_sd,gini,cv
    CHECK(ineq::io::read_csv_rows("table1.csv").front().front() == "rank");
    CHECK(ineq::io::read_csv_rows("series.csv").size() == 1 + 10 + 1);  // header, 2012..2021, growth

    std::filesystem::current_path(previous);
    std::filesystem::remove_all(dir);
}
