#ifndef INEQ_IO_GAZETTEER_HPP
#define INEQ_IO_GAZETTEER_HPP

/// \file
/// Reading a user's gazetteer file (the applicants whose kind and place the user knows)
/// into an `ineq::gazetteer`, which outranks an export's columns and the name rules.
///
/// The file is UTF-8 CSV with a header row naming its columns, in any order:
///   name        required: the applicant's name as exports write it
///   kind        optional: enterprise, university, institute, hospital, government,
///               individual, or the CNIPA words (企业, 大专院校, 科研单位, 机关团体, 个人)
///   province    optional: a two-digit GB/T 2260 code (33) or a name (浙江, 浙江省, Zhejiang)
///   prefecture  optional: a four-digit code (3301) or a Chinese name (杭州市, 杭州)
///   country     optional: ISO 3166-1 alpha-2 code; HK, MO, TW or any code other than CN
///               places the applicant outside the mainland (then province must be empty)

#include <ineq/io/detail/gazetteer.hpp>
#include <ineq/io/error.hpp>
#include <ineq/patent/resolve.hpp>

#include <filesystem>

namespace ineq::io {

/// The gazetteer in `file`. A cell that cannot be read stops the reading with its line: a
/// gazetteer is the caller's ground truth, so a typo in it is not guessed around.
/// \throws io_error `ineq::io::read_gazetteer: <file>:<line>: <problem>` for a file that
/// cannot be opened or is empty, a header without `name`, malformed CSV, an unknown kind,
/// province or prefecture, or an entry ineq::gazetteer::add refuses (its message quoted).
/// Example: `const ineq::gazetteer known = ineq::io::read_gazetteer("places.csv");`
///          `auto data = ineq::io::read_export("export.csv", {.gazetteer = &known});`
[[nodiscard]] inline ineq::gazetteer read_gazetteer(const std::filesystem::path& file) {
    return detail::read_gazetteer(file);
}

}  // namespace ineq::io

#endif
