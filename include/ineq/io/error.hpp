#ifndef INEQ_IO_ERROR_HPP
#define INEQ_IO_ERROR_HPP

/// \file
/// The exception `ineq::io` throws when a file cannot be read as what the caller asked for:
/// a missing file, a directory, a workbook, text in another encoding, an empty export, a
/// gazetteer or boundary file with a bad line. Bad input values inside a well-read file that
/// the rest of the library rejects keep their `ineq::domain_error`.

#include <stdexcept>
#include <string>

namespace ineq::io {

/// A file is not readable as the format asked for. The message has the library's shape,
/// `ineq::io::<function>: <file>[:<line>]: <what is wrong>`, in one line, e.g.
/// `ineq::io::read_gazetteer: places.csv:3: unknown province "Atlantis"`.
class io_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

namespace detail {

/// `ineq::io::<function>: <what>`.
[[noreturn]] inline void fail_io(const char* function, const std::string& what) {
    throw io_error(std::string("ineq::io::") + function + ": " + what);
}

}  // namespace detail

}  // namespace ineq::io

#endif
