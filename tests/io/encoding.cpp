// Tests of ineq/io/encoding.hpp: GB18030 recognition and conversion to UTF-8 with iconv.
// Byte sequences come from Python 3, another implementation:
//   python3 -c "print('新疆'.encode('gb18030').hex())"              -> d0c2bdae
//   python3 -c "print('\u0080'.encode('gb18030').hex())"            -> 81308130
//   python3 -c "print('😀'.encode('gb18030').hex())"                -> 9439fc36
//   python3 -c "print('北京'.encode('utf-16').hex())"               -> fffe1753ac4e
#include <ineq/io/encoding.hpp>

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

TEST_CASE("valid_gb18030: two- and four-byte forms, and what is not GB18030") {
    CHECK(ineq::io::valid_gb18030("\xD0\xC2\xBD\xAE"));            // 新疆
    CHECK(ineq::io::valid_gb18030("\x81\x30\x81\x30"));            // U+0080, four bytes
    CHECK(ineq::io::valid_gb18030("\x94\x39\xFC\x36"));            // U+1F600, four bytes
    CHECK(ineq::io::valid_gb18030("plain ASCII, 2020-01-01"));
    CHECK_FALSE(ineq::io::valid_gb18030("\x80"));                  // lone 0x80
    CHECK_FALSE(ineq::io::valid_gb18030("\xD0"));                  // truncated
    CHECK_FALSE(ineq::io::valid_gb18030("\x81\x30\x81"));          // truncated four-byte form
    CHECK_FALSE(ineq::io::valid_gb18030("\xD0\x20"));              // second byte out of range
}

TEST_CASE("to_utf8 and read_as_utf8: conversion, and the first byte that does not convert") {
    CHECK(ineq::io::encoding_known("GB18030"));
    CHECK_FALSE(ineq::io::encoding_known("NO-SUCH-CODE"));
    CHECK(ineq::io::to_utf8("\xD0\xC2\xBD\xAE", "GB18030") == "新疆");
    CHECK(ineq::io::to_utf8("\x94\x39\xFC\x36", "GB18030") == "😀");
    CHECK(ineq::io::to_utf8(std::string_view("\xFF\xFE\x17\x53\xAC\x4E", 6), "UTF-16") == "北京");
    CHECK(ineq::io::to_utf8("", "GB18030").empty());
    // Byte 2 (0-based) is 0xFF, which starts no GB18030 character.
    CHECK_THROWS_WITH_AS((void)ineq::io::to_utf8("ab\xFF", "GB18030"), "ineq::io::to_utf8: byte 2 is not GB18030 text",
                         ineq::io::io_error);
    CHECK_THROWS_WITH_AS((void)ineq::io::to_utf8("ab\xD0", "GB18030"),
                         "ineq::io::to_utf8: byte 2 is not GB18030 text (truncated at the end of the input)",
                         ineq::io::io_error);
    CHECK_THROWS_WITH_AS((void)ineq::io::to_utf8("a", "NO-SUCH-CODE"),
                         "ineq::io::to_utf8: unknown encoding NO-SUCH-CODE (see iconv --list)", ineq::io::io_error);

    const auto path = std::filesystem::temp_directory_path() /
                      ("ineq_io_encoding_test_" + std::to_string(::getpid()) + ".csv");
    std::ofstream(path, std::ios::binary) << "name\n\xD0\xC2\xBD\xAE\n\x80";
    CHECK_THROWS_WITH_AS((void)ineq::io::read_as_utf8(path, "GB18030"),
                         ("ineq::io::read_as_utf8: " + path.string() + ": byte 10 is not GB18030 text").c_str(),
                         ineq::io::io_error);
    std::ofstream(path, std::ios::binary) << "name\n\xD0\xC2\xBD\xAE\n";
    CHECK(ineq::io::read_as_utf8(path, "GB18030") == "name\n新疆\n");
    std::filesystem::remove(path);
}
