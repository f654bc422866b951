// Tests of ineq/io/error.hpp: what a caller catches when a file cannot be read, and the
// message's shape `ineq::io::<function>: <file>[:<line>]: <what>`.

#include <ineq/io/error.hpp>
#include <ineq/io/csv.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <type_traits>

TEST_CASE("io_error: a std::runtime_error, apart from ineq::domain_error") {
    static_assert(std::is_base_of_v<std::runtime_error, ineq::io::io_error>);
    const ineq::io::io_error e("ineq::io::read_gazetteer: places.csv:3: unknown province \"Atlantis\"");
    CHECK(std::string(e.what()) == "ineq::io::read_gazetteer: places.csv:3: unknown province \"Atlantis\"");
}

TEST_CASE("io_error: a missing file is named by the reader that was asked for it") {
    const auto missing = std::filesystem::temp_directory_path() / "ineq_io_error_test_no_such_file.csv";
    std::filesystem::remove(missing);
    std::string message;
    try {
        (void)ineq::io::read_csv_rows(missing);
    } catch (const ineq::io::io_error& e) {
        message = e.what();
    }
    REQUIRE(!message.empty());
    CHECK(message.starts_with("ineq::io::read_csv_rows: "));
    CHECK(message.find(missing.filename().string()) != std::string::npos);
}
