#ifndef INEQ_IO_DETAIL_TEXT_HPP
#define INEQ_IO_DETAIL_TEXT_HPP

// Byte-level text checks and conversion: well-formed UTF-8 (fast paths for ASCII and CJK,
// which is every field of every row of an export), well-formed GB18030, and conversion to
// UTF-8 with glibc's iconv.

#include <ineq/io/error.hpp>

#include <iconv.h>

#include <bit>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace ineq::io::detail {

// Fast paths: eight ASCII bytes, or two CJK characters, per step.
[[nodiscard]] inline bool valid_utf8(std::string_view s) noexcept {
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        // Fast paths (every field of every row passes here): eight ASCII bytes at a time, and
        // the common three-byte forms E1-EC, EE, EF (CJK) whose only rule is two
        // continuation bytes.
        while (n - i >= 8) {
            std::uint64_t w = 0;
            std::memcpy(&w, s.data() + i, 8);
            if ((w & 0x8080808080808080ULL) != 0) break;
            i += 8;
        }
        if (i >= n) break;
        const auto b0 = static_cast<unsigned char>(s[i]);
        if (((b0 >= 0xE1 && b0 <= 0xEC) || b0 >= 0xEE) && b0 <= 0xEF && n - i >= 3) {
            // A run of such characters: Chinese text is mostly one run. Two characters (six
            // bytes) are tested at once while the pattern holds: bytes 0 and 3 are E1..EC or
            // EE..EF (high nibble E, low nibble neither 0 nor D), the other four 80..BF.
            while (n - i >= 8) {  // eight bytes loaded, six used
                std::uint64_t w = 0;
                if constexpr (std::endian::native == std::endian::little) {
                    std::memcpy(&w, s.data() + i, 8);
                } else {
                    for (std::size_t k = 0; k < 6; ++k) {
                        w |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[i + k])) << (8 * k);
                    }
                }
                const std::uint64_t lo0 = w & 0x0Fu;
                const std::uint64_t lo3 = (w >> 24) & 0x0Fu;
                if ((w & 0xC0C000C0C000ULL) != 0x808000808000ULL || (w & 0xF00000F0ULL) != 0xE00000E0ULL ||
                    lo0 == 0 || lo0 == 0xD || lo3 == 0 || lo3 == 0xD) {
                    break;
                }
                i += 6;
            }
            if (n - i < 3) continue;
            do {
                const auto c0 = static_cast<unsigned char>(s[i]);
                if (!(((c0 >= 0xE1 && c0 <= 0xEC) || c0 >= 0xEE) && c0 <= 0xEF)) break;
                if ((static_cast<unsigned char>(s[i + 1]) & 0xC0) != 0x80 ||
                    (static_cast<unsigned char>(s[i + 2]) & 0xC0) != 0x80) {
                    return false;
                }
                i += 3;
            } while (n - i >= 3);
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (b0 < 0x80) {
            ++i;
            continue;
        } else if (b0 >= 0xC2 && b0 <= 0xDF) {
            len = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            len = 3;
            if (b0 == 0xE0) lo = 0xA0;
            if (b0 == 0xED) hi = 0x9F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            len = 4;
            if (b0 == 0xF0) lo = 0x90;
            if (b0 == 0xF4) hi = 0x8F;
        } else {
            return false;
        }
        if (n - i < len) return false;
        const auto b1 = static_cast<unsigned char>(s[i + 1]);
        if (b1 < lo || b1 > hi) return false;
        for (std::size_t k = 2; k < len; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            if (b < 0x80 || b > 0xBF) return false;
        }
        i += len;
    }
    return true;
}

[[nodiscard]] inline bool valid_gb18030(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        if (b0 < 0x80) {
            ++i;
            continue;
        }
        if (b0 == 0x80 || b0 == 0xFF || i + 1 >= s.size()) return false;
        const auto b1 = static_cast<unsigned char>(s[i + 1]);
        if ((b1 >= 0x40 && b1 <= 0x7E) || (b1 >= 0x80 && b1 <= 0xFE)) {
            i += 2;
            continue;
        }
        if (b1 < 0x30 || b1 > 0x39 || i + 3 >= s.size()) return false;
        const auto b2 = static_cast<unsigned char>(s[i + 2]);
        const auto b3 = static_cast<unsigned char>(s[i + 3]);
        if (b2 < 0x81 || b2 > 0xFE || b3 < 0x30 || b3 > 0x39) return false;
        i += 4;
    }
    return true;
}

/// RAII for an iconv descriptor from `encoding` to UTF-8.
class iconv_to_utf8 {
public:
    explicit iconv_to_utf8(const std::string& encoding) : cd_(::iconv_open("UTF-8", encoding.c_str())) {}
    iconv_to_utf8(const iconv_to_utf8&) = delete;
    iconv_to_utf8& operator=(const iconv_to_utf8&) = delete;
    ~iconv_to_utf8() {
        if (ok()) ::iconv_close(cd_);
    }
    // iconv_open fails with (iconv_t)-1.
    [[nodiscard]] bool ok() const noexcept { return reinterpret_cast<std::intptr_t>(cd_) != -1; }
    [[nodiscard]] iconv_t get() const noexcept { return cd_; }

private:
    iconv_t cd_;
};

inline bool encoding_known(const std::string& encoding) {
    return iconv_to_utf8(encoding).ok();
}

inline std::string to_utf8(std::string_view bytes, const std::string& encoding) {
    const iconv_to_utf8 cd(encoding);
    if (!cd.ok()) fail_io("to_utf8", "unknown encoding " + encoding + " (see iconv --list)");
    std::string out;
    out.resize(bytes.size() * 2 + 16);
    std::string in(bytes);  // iconv's signature takes a char*; the input is not written
    char* src = in.data();
    std::size_t src_left = in.size();
    char* dst = out.data();
    std::size_t dst_left = out.size();
    while (src_left > 0) {
        if (::iconv(cd.get(), &src, &src_left, &dst, &dst_left) != static_cast<std::size_t>(-1)) break;
        if (errno == E2BIG) {
            const auto used = static_cast<std::size_t>(dst - out.data());
            out.resize(out.size() * 2);
            dst = out.data() + used;
            dst_left = out.size() - used;
            continue;
        }
        const auto at = in.size() - src_left;
        fail_io("to_utf8", "byte " + std::to_string(at) + " is not " + encoding + " text" +
                                       (errno == EINVAL ? " (truncated at the end of the input)" : ""));
    }
    out.resize(static_cast<std::size_t>(dst - out.data()));
    return out;
}

}  // namespace ineq::io::detail

#endif
