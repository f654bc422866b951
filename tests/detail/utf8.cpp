#include <ineq/detail/utf8.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstddef>
#include <random>
#include <set>
#include <string>
#include <string_view>

namespace u = ineq::detail::utf8;
using namespace std::string_view_literals;

// Expected classifications follow RFC 3629 section 4 (the UTF8-octets grammar) and the
// Unicode Standard's table 3-7 of well-formed byte sequences.
TEST_CASE("valid: well-formed text") {
    CHECK(u::valid(""));
    CHECK(u::valid("ascii only"));
    CHECK(u::valid("北京市海淀区"));
    CHECK(u::valid("Nèi Měnggǔ"));
    CHECK(u::valid("\xF0\x9F\x98\x80"));    // U+1F600, 4 bytes
    CHECK(u::valid("\xF4\x8F\xBF\xBF"));    // U+10FFFF, the last code point
    CHECK(u::valid("\xED\x9F\xBF"));        // U+D7FF, just below the surrogates
    CHECK(u::valid("\xEE\x80\x80"));        // U+E000, just above them
    CHECK(u::valid("a\0b"sv));               // NUL is well-formed UTF-8 ...
    CHECK_FALSE(u::is_clean_text("a\0b"sv)); // ... but not clean text
    CHECK(u::is_clean_text("广东"));
}

TEST_CASE("valid: ill-formed text") {
    CHECK_FALSE(u::valid("\x80"));              // stray continuation byte
    CHECK_FALSE(u::valid("ab\xBF"));            // stray continuation at the end
    CHECK_FALSE(u::valid("\xE5\x8C"));          // truncated 3-byte sequence (北 is E5 8C 97)
    CHECK_FALSE(u::valid("\xE5"));              // lone lead byte
    CHECK_FALSE(u::valid("\xE5\x8C" "A"));      // sequence interrupted by ASCII
    CHECK_FALSE(u::valid("\xC0\xAF"));          // overlong '/'
    CHECK_FALSE(u::valid("\xC1\xBF"));          // overlong
    CHECK_FALSE(u::valid("\xE0\x80\xAF"));      // overlong 3-byte
    CHECK_FALSE(u::valid("\xF0\x80\x80\xAF"));  // overlong 4-byte
    CHECK_FALSE(u::valid("\xED\xA0\x80"));      // U+D800 surrogate
    CHECK_FALSE(u::valid("\xF4\x90\x80\x80"));  // U+110000
    CHECK_FALSE(u::valid("\xF5\x80\x80\x80"));  // F5 never appears
    CHECK_FALSE(u::valid("\xFF"));
    CHECK_FALSE(u::valid("\xFE\xFF"));
}

TEST_CASE("next decodes and never runs past the end") {
    std::string_view s = "a北\xF0\x9F\x98\x80";
    std::size_t i = 0;
    CHECK(u::next(s, i) == U'a');
    CHECK(u::next(s, i) == U'\u5317');  // 北
    CHECK(u::next(s, i) == U'\U0001F600');
    CHECK(i == s.size());
    std::string_view truncated = "\xE5\x8C";
    i = 0;
    CHECK(u::next(truncated, i) == U'\uFFFD');
    CHECK(i == truncated.size());
}

TEST_CASE("fold_letter: ASCII and every pinyin tone letter") {
    CHECK(u::fold_letter(U'Q').letter == 'q');
    CHECK(u::fold_letter(U'q').letter == 'q');
    CHECK(u::fold_letter(U'1').letter == 0);
    CHECK(u::fold_letter(U'\u5317').letter == 0);
    // lower and upper case, tones 1..4 in the order of the tone names
    struct row { std::u32string_view lower, upper; char base; };
    const std::array<row, 5> rows{{
        {U"āáǎà", U"ĀÁǍÀ", 'a'}, {U"ēéěè", U"ĒÉĚÈ", 'e'}, {U"īíǐì", U"ĪÍǏÌ", 'i'},
        {U"ōóǒò", U"ŌÓǑÒ", 'o'}, {U"ūúǔù", U"ŪÚǓÙ", 'u'}}};
    for (const row& r : rows) {
        for (std::size_t t = 0; t < 4; ++t) {
            CAPTURE(r.base);
            CAPTURE(t);
            CHECK(u::fold_letter(r.lower[t]).letter == r.base);
            CHECK(u::fold_letter(r.lower[t]).tone == t + 1);
            CHECK(u::fold_letter(r.upper[t]).letter == r.base);
            CHECK(u::fold_letter(r.upper[t]).tone == t + 1);
        }
    }
    const std::u32string_view v = U"ǖǘǚǜ";
    for (std::size_t t = 0; t < 4; ++t) {
        CHECK(u::fold_letter(v[t]).letter == 'u');
        CHECK(u::fold_letter(v[t]).tone == t + 1);
    }
    CHECK(u::fold_letter(U'ü').letter == 'u');
    CHECK(u::fold_letter(U'ü').tone == 0);
    CHECK(u::combining_tone(U'\u030C') == 3);
    CHECK(u::combining_tone(U'a') == -1);
}

TEST_CASE("trim and ascii_lower") {
    CHECK(u::trim("  北京 ") == "北京");
    CHECK(u::trim("\u3000广东\u3000") == "广东");
    CHECK(u::trim("\t\n ") == "");
    CHECK(u::trim("") == "");
    CHECK(u::ascii_lower('G') == 'g');
    CHECK(u::ascii_lower('\xE5') == '\xE5');
    CHECK(u::starts_with_at("abc", 1, "bc"));
    CHECK_FALSE(u::starts_with_at("abc", 2, "cd"));
    CHECK_FALSE(u::starts_with_at("abc", 4, ""));
}

TEST_CASE("valid agrees with a reference decoder on random bytes") {
    // Reference: a straightforward decoder written from RFC 3629's ABNF, independent
    // of the table-driven implementation above.
    auto reference = [](const std::string& s) {
        std::size_t i = 0;
        const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
        while (i < s.size()) {
            unsigned char b = byte(i);
            std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
            if (len == 0 || i + len > s.size()) return false;
            char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
            for (std::size_t k = 1; k < len; ++k) {
                if ((byte(i + k) & 0xC0) != 0x80) return false;
                cp = (cp << 6) | (byte(i + k) & 0x3F);
            }
            const char32_t min = len == 1 ? 0 : len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
            i += len;
        }
        return true;
    };
    std::mt19937 gen(20261126);
    std::uniform_int_distribution<int> len_dist(0, 8);
    std::uniform_int_distribution<int> byte_dist(0, 255);
    std::size_t agreements = 0;
    std::size_t valid_seen = 0;
    constexpr std::size_t trials = 20000;
    for (std::size_t t = 0; t < trials; ++t) {
        std::string s;
        const int n = len_dist(gen);
        for (int k = 0; k < n; ++k) {
            // bias towards interesting bytes
            int b = byte_dist(gen);
            if (k % 2 == 1) b = 0x80 | (b & 0x3F);
            s.push_back(static_cast<char>(b));
        }
        const bool expected = reference(s);
        valid_seen += expected ? 1 : 0;
        if (u::valid(s) == expected) ++agreements;
        else FAIL_CHECK("disagreement on " << s.size() << " bytes");
    }
    CHECK(agreements == trials);
    CHECK(valid_seen > 100);  // the sample does exercise valid multi-byte text
}

TEST_CASE("decode: one checked step, U+FFFD over the maximal subpart of ill-formed bytes") {
    // Lengths of the maximal subparts follow the Unicode Standard, section 3.9, table 3-8
    // ("U+FFFD for non-shortest form sequences" and the examples around it).
    struct row { std::string_view bytes; char32_t cp; std::size_t length; bool ok; };
    const std::array<row, 14> rows{{
        {"a", U'a', 1, true},
        {"\xC2\xA0", U'\u00A0', 2, true},
        {"\xE5\x8C\x97", U'\u5317', 3, true},          // 北
        {"\xF0\x9F\x98\x80", U'\U0001F600', 4, true},
        {"\xE5\x8C", U'\uFFFD', 2, false},             // truncated: E5 8C is one maximal subpart
        {"\xE5\x8C" "A", U'\uFFFD', 2, false},
        {"\xF0\x9F\x98", U'\uFFFD', 3, false},
        {"\x80", U'\uFFFD', 1, false},                 // stray continuation
        {"\xC0\xAF", U'\uFFFD', 1, false},             // C0 never starts a sequence
        {"\xE0\x80\xAF", U'\uFFFD', 1, false},         // overlong: 80 is outside E0's A0..BF
        {"\xED\xA0\x80", U'\uFFFD', 1, false},         // surrogate: A0 is outside ED's 80..9F
        {"\xF4\x90\x80\x80", U'\uFFFD', 1, false},     // above U+10FFFF
        {"\xF5\x80", U'\uFFFD', 1, false},
        {"\xC2", U'\uFFFD', 1, false},
    }};
    for (const row& r : rows) {
        CAPTURE(r.bytes.size());
        const u::decoded d = u::decode(r.bytes, 0);
        CHECK(d.code_point == r.cp);
        CHECK(d.length == r.length);
        CHECK(d.well_formed == r.ok);
    }
    CHECK(u::decode("ab", 2).length == 0);  // at the end
    CHECK(u::decode("ab", 7).length == 0);  // past it
    static_assert(u::decode("\xE5\x8C\x97", 0).code_point == U'\u5317');
}

TEST_CASE("is_space is Unicode's White_Space property") {
    // The 25 code points with White_Space=yes in the Unicode Character Database,
    // PropList.txt (unchanged since Unicode 6.3): 0009..000D, 0020, 0085, 00A0, 1680,
    // 2000..200A, 2028, 2029, 202F, 205F, 3000.
    std::set<char32_t> expected{0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F,
                                0x3000};
    for (char32_t c = 0x2000; c <= 0x200A; ++c) expected.insert(c);
    REQUIRE(expected.size() == 25);
    std::size_t found = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        const bool want = expected.count(c) == 1;
        if (u::is_space(c) != want) FAIL_CHECK("is_space disagrees at U+" << static_cast<unsigned long>(c));
        found += u::is_space(c) ? 1U : 0U;
    }
    CHECK(found == 25);
    CHECK_FALSE(u::is_space(U'\u200B'));  // zero width space: not White_Space
    CHECK_FALSE(u::is_space(U'\uFEFF'));  // BOM / zero width no-break space
    CHECK_FALSE(u::is_space(U'\u001F'));  // unit separator: Python's isspace says yes, Unicode no
}

TEST_CASE("trim: every white space, and ill-formed bytes kept") {
    CHECK(u::trim("清华大学\u00A0") == "清华大学");
    CHECK(u::trim("\u00A0\u202F\u3000 北京\u2009\u205F") == "北京");
    CHECK(u::trim("\u00A0") == "");
    CHECK(u::trim("Tsinghua\u00A0University") == "Tsinghua\u00A0University");  // inner space kept
    // A stray byte after a no-break space: the trailing C2 A0 80 is not white space.
    CHECK(u::trim("a\xC2\xA0\x80") == "a\xC2\xA0\x80");
    CHECK(u::trim("\xC2 a \xA0") == "\xC2 a \xA0");        // lone C2 / A0 bytes are not spaces
    CHECK(u::trim(" \xE3\x80") == "\xE3\x80");              // truncated U+3000 is not a space
    CHECK(u::trim("\x80\x80\x80\x80 ") == "\x80\x80\x80\x80");
    static_assert(u::trim("\u3000广东\u00A0") == "广东");
}

TEST_CASE("next and trim never read out of bounds on random bytes") {
    std::mt19937 gen(14);
    std::uniform_int_distribution<int> len_dist(0, 12);
    std::uniform_int_distribution<int> byte_dist(0, 255);
    for (int t = 0; t < 20000; ++t) {
        std::string s;
        const int n = len_dist(gen);
        for (int k = 0; k < n; ++k) s.push_back(static_cast<char>(byte_dist(gen)));
        std::size_t i = 0;
        std::size_t steps = 0;
        while (i < s.size()) {
            (void)u::next(s, i);
            ++steps;
        }
        CHECK(i == s.size());
        CHECK(steps <= s.size());
        const std::string_view t_ = u::trim(s);
        CHECK(t_.data() >= s.data());
        CHECK(t_.data() + t_.size() <= s.data() + s.size());
    }
}

TEST_CASE("trim agrees with a decode-every-character reference on every code point and on random bytes") {
    // Reference: decode each sequence from the front, and from the back by backing over
    // continuation bytes, with no shortcut on the bytes at the ends.
    const auto reference = [](std::string_view s) {
        std::size_t b = 0;
        while (b < s.size()) {
            const auto d = u::decode(s, b);
            if (!d.well_formed || !u::is_space(d.code_point)) break;
            b += d.length;
        }
        std::size_t e = s.size();
        while (e > b) {
            std::size_t start = e - 1;
            while (start > b && e - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0u) == 0x80u) --start;
            const auto d = u::decode(s, start);
            if (!d.well_formed || start + d.length != e || !u::is_space(d.code_point)) break;
            e = start;
        }
        return s.substr(b, e - b);
    };
    const auto encode = [](char32_t c) {
        std::string out;
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
        } else if (c < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (c >> 6)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (c >> 12)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (c >> 18)));
            out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
        return out;
    };
    std::size_t trimmed_away = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        const std::string one = encode(c);
        const std::string padded = one + "x" + one;  // the character at both ends
        const bool ok = u::trim(one) == reference(one) && u::trim(padded) == reference(padded);
        if (!ok) FAIL_CHECK("trim disagrees with the reference at U+" << static_cast<unsigned long>(c));
        trimmed_away += u::trim(one).empty() ? 1U : 0U;
    }
    CHECK(trimmed_away == 25);  // the 25 White_Space code points, nothing else
    std::mt19937 gen(20261201);
    std::uniform_int_distribution<int> len_dist(0, 10);
    std::uniform_int_distribution<int> pick(0, 7);
    std::uniform_int_distribution<int> byte_dist(0, 255);
    const std::string_view pieces[] = {" ", "\u3000", "\u00A0", "\u2009", "\xE3\x80", "\x80", "北", "\u205F"};
    for (int t = 0; t < 20000; ++t) {
        std::string s;
        const int n = len_dist(gen);
        for (int k = 0; k < n; ++k) {
            if (pick(gen) < 6) s.append(pieces[static_cast<std::size_t>(pick(gen))]);
            else s.push_back(static_cast<char>(byte_dist(gen)));
        }
        if (u::trim(s) != reference(s)) FAIL_CHECK("trim disagrees with the reference on " << s.size() << " bytes");
    }
}
