#include <ineq/io/report.hpp>

#include "error_message.hpp"

#include <doctest/doctest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace io = ineq::io;

namespace {

std::size_t count(std::string_view text, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t p = text.find(what); p != std::string_view::npos; p = text.find(what, p + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("html_escape: the five characters, as Python's html.escape writes them") {
    // python3 -c 'import html; print(repr(html.escape("R&D <2021> \"Tsinghua\" Xi'"'"'an 北京")))'
    //   -> 'R&amp;D &lt;2021&gt; &quot;Tsinghua&quot; Xi&#x27;an 北京'
    CHECK(io::html_escape("R&D <2021> \"Tsinghua\" Xi'an 北京") ==
          "R&amp;D &lt;2021&gt; &quot;Tsinghua&quot; Xi&#x27;an 北京");
    CHECK(io::html_escape("") == "");
    CHECK(io::html_escape("&amp;") == "&amp;amp;");  // escaped once more: text is text
    CHECK(io::html_escape("</script>") == "&lt;/script&gt;");
}

TEST_CASE("html_escape: ill-formed UTF-8 and control characters become U+FFFD") {
    // python3 -c 'print(b"bad\xff\x01ok\tx\xe2\x82".decode("utf-8", "replace").encode())' gives
    // b'bad\xef\xbf\xbd\x01ok\tx\xef\xbf\xbd' (one U+FFFD for the truncated E2 82, the maximal
    // subpart); HTML forbids the control character U+0001 in text, so it is replaced too.
    CHECK(io::html_escape("bad\xFF\x01ok\tx\xE2\x82") ==
          "bad\xEF\xBF\xBD\xEF\xBF\xBDok\tx\xEF\xBF\xBD");
    CHECK(io::html_escape("line\nbreak\r\n") == "line\nbreak\r\n");
    CHECK(io::html_escape("\x7F") == "\xEF\xBF\xBD");
    CHECK(io::html_escape("\xC2\x85") == "\xEF\xBF\xBD");  // U+0085, a C1 control
}

TEST_CASE("inline_svg: the element alone, ids and local references prefixed") {
    const std::string gnuplot_like =
        "<?xml version=\"1.0\" encoding=\"utf-8\"  standalone=\"no\"?>\n"
        "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
        "<svg width=\"820\" height=\"500\" viewBox=\"0 0 820 500\" xmlns=\"http://www.w3.org/2000/svg\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
        "<defs><path id='gpPt1' d='M0 0'/><path id='gpPt10' d='M1 1'/>"
        "<pattern id=\"hatch\"/></defs>\n"
        "<use xlink:href='#gpPt1'/><use xlink:href='#gpPt10'/><rect fill=\"url(#hatch)\"/>"
        "<a href=\"#elsewhere\">x</a><text>#gpPt1 in text</text><rect fill=\"#d7191c\"/>\n"
        "</svg>\n<!-- trailing comment -->\n";
    const std::string want =
        "<svg width=\"820\" height=\"500\" viewBox=\"0 0 820 500\" xmlns=\"http://www.w3.org/2000/svg\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
        "<defs><path id='f1-gpPt1' d='M0 0'/><path id='f1-gpPt10' d='M1 1'/>"
        "<pattern id=\"f1-hatch\"/></defs>\n"
        "<use xlink:href='#f1-gpPt1'/><use xlink:href='#f1-gpPt10'/><rect fill=\"url(#f1-hatch)\"/>"
        "<a href=\"#elsewhere\">x</a><text>#gpPt1 in text</text><rect fill=\"#d7191c\"/>\n"
        "</svg>";
    CHECK(io::inline_svg(gnuplot_like, "f1-") == want);
}

TEST_CASE("inline_svg: a viewBox from width and height where there is none") {
    CHECK(io::inline_svg("<?xml version=\"1.0\"?><svg width=\"10\" height=\"5\"/>", "p-") ==
          "<svg viewBox=\"0 0 10 5\" width=\"10\" height=\"5\"/>");
    CHECK(io::inline_svg("<svg width=\"10px\" height=\"5px\"><g/></svg>", "p-") ==
          "<svg viewBox=\"0 0 10 5\" width=\"10px\" height=\"5px\"><g/></svg>");
    // relative sizes cannot make a viewBox: left as they are
    CHECK(io::inline_svg("<svg width=\"100%\" height=\"5\"></svg>", "p-") == "<svg width=\"100%\" height=\"5\"></svg>");
}

TEST_CASE("inline_svg: no svg element, an unclosed one, or a script are errors") {
    CHECK(ineq_test::message_of([] { (void)io::inline_svg("<svgx></svgx>", "p"); }) ==
          "ineq::io::inline_svg: no <svg> element in the markup");
    CHECK(ineq_test::message_of([] { (void)io::inline_svg("<svg width=\"1\"><g>", "p"); }) ==
          "ineq::io::inline_svg: the <svg> element is not closed");
    CHECK(ineq_test::message_of([] { (void)io::inline_svg("<svg><SCRIPT>alert(1)</SCRIPT></svg>", "p"); }) ==
          "ineq::io::inline_svg: the SVG holds a script; a report runs no code");
}

TEST_CASE("html_report: the page's frame, banner, contents and no outside resource") {
    io::html_report r("Cooperation <& inequality>");
    r.banner("SYNTHETIC DATA: not real patents");
    r.paragraph("Input: a \"test\" file");
    r.section("Table 1").note("degree = cooperative / all");
    r.section("Figures").svg("<svg width=\"4\" height=\"3\"><rect id=\"r\"/><use href=\"#r\"/></svg>", "Figure <1>");
    r.svg("<svg width=\"4\" height=\"3\"><rect id=\"r\"/><use href=\"#r\"/></svg>");
    const std::string page = r.html();
    CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"));
    CHECK(page.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    "style-src 'unsafe-inline'; img-src data:\">") != std::string::npos);
    CHECK(page.find("<title>SYNTHETIC DATA: not real patents \u2013 Cooperation &lt;&amp; inequality&gt;</title>") !=
          std::string::npos);
    CHECK(page.find("<p class=\"banner\">SYNTHETIC DATA: not real patents</p>") != std::string::npos);
    CHECK(page.find("<h1>Cooperation &lt;&amp; inequality&gt;</h1>\n<p>Input: a &quot;test&quot; file</p>") !=
          std::string::npos);
    CHECK(page.find("<li><a href=\"#section-1\">Table 1</a></li>\n<li><a href=\"#section-2\">Figures</a></li>") !=
          std::string::npos);
    CHECK(page.find("<section id=\"section-2\">\n<h2>Figures</h2>\n<figure>\n<svg viewBox=\"0 0 4 3\" width=\"4\" "
                    "height=\"3\"><rect id=\"f1-r\"/><use href=\"#f1-r\"/></svg>\n"
                    "<figcaption>Figure &lt;1&gt;</figcaption>\n</figure>\n") != std::string::npos);
    CHECK(page.find("<rect id=\"f2-r\"/><use href=\"#f2-r\"/>") != std::string::npos);  // its own id
    CHECK(page.ends_with("</section>\n</main>\n</body>\n</html>\n"));
    // Self-contained: nothing to fetch, no code.
    CHECK(page.find("src=") == std::string::npos);
    CHECK(page.find("<link") == std::string::npos);
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("http://") == std::string::npos);
    CHECK(page.find("@import") == std::string::npos);
    CHECK(count(page, "<section") == 2);
}

TEST_CASE("html_report: a single section has no contents list, content before it goes under the title") {
    io::html_report r("T");
    r.section("Only").paragraph("x");
    const std::string page = r.html();
    CHECK(page.find("<nav>") == std::string::npos);
    CHECK(page.find("class=\"banner") == std::string::npos);
    CHECK(page.find("<title>T</title>") != std::string::npos);
}

TEST_CASE("html_report::table: cells escaped, numeric columns right-aligned") {
    io::html_report r("T");
    const std::vector<std::string> header{"rank", "province", "degree", "Gini"};
    const std::vector<std::vector<std::string>> rows{{"1", "R&D <North>", "49.39 %", "-"},
                                                     {"2", "Xi'an", "8.5 %", "0.125"}};
    r.table(header, rows, "Table 1 & more");
    const std::string page = r.html();
    CHECK(page.find("<div class=\"table\"><table>\n<caption>Table 1 &amp; more</caption>\n"
                    "<thead><tr><th scope=\"col\" class=\"num\">rank</th><th scope=\"col\">province</th>"
                    "<th scope=\"col\" class=\"num\">degree</th><th scope=\"col\" class=\"num\">Gini</th></tr></thead>\n"
                    "<tbody>\n<tr><td class=\"num\">1</td><td>R&amp;D &lt;North&gt;</td><td class=\"num\">49.39 %</td>"
                    "<td class=\"num\">-</td></tr>\n"
                    "<tr><td class=\"num\">2</td><td>Xi&#x27;an</td><td class=\"num\">8.5 %</td>"
                    "<td class=\"num\">0.125</td></tr>\n</tbody></table></div>\n") != std::string::npos);
    CHECK(ineq_test::message_of([&] {
              r.table(header, std::vector<std::vector<std::string>>{{"1", "2"}});
          }) == "ineq::io::html_report::table: every row must have as many cells as the header (index 0, value 2)");
    CHECK(ineq_test::message_of([&] {
              r.table(std::vector<std::string>{}, std::vector<std::vector<std::string>>{});
          }) == "ineq::io::html_report::table: the header must have at least one cell");
}

TEST_CASE("html_report::looks_numeric") {
    for (const std::string_view yes : {"0", "-12", "+3", "3.5", ".5", "1,234", "1.5e-3", "2E+10", "49.39 %", "12%"}) {
        CAPTURE(yes);
        CHECK(io::html_report::looks_numeric(yes));
    }
    for (const std::string_view no : {"", "-", ".", "e5", "1e", "Beijing", "12 cities", "1.2.3", ",1", "%"}) {
        CAPTURE(no);
        CHECK_FALSE(io::html_report::looks_numeric(no));
    }
}

TEST_CASE("html_report: lists and preformatted text escaped; write and write_file give html()") {
    io::html_report r("T");
    r.list(std::vector<std::string>{"rows read: 12", "a < b"}).preformatted("x & y\n  z");
    const std::string page = r.html();
    CHECK(page.find("<ul>\n<li>rows read: 12</li>\n<li>a &lt; b</li>\n</ul>\n<pre>x &amp; y\n  z</pre>\n") !=
          std::string::npos);
    std::ostringstream s;
    r.write(s);
    CHECK(s.str() == page);
    const auto dir = std::filesystem::temp_directory_path() / "ineq_test_io_report";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    r.write_file(dir / "report.html");
    std::ifstream in(dir / "report.html", std::ios::binary);
    CHECK(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()) == page);
    CHECK_THROWS_WITH_AS(r.write_file(dir / "no" / "report.html"),
                         doctest::Contains("ineq::io::html_report::write_file: cannot write"), std::runtime_error);
    std::filesystem::remove_all(dir);
}
