#ifndef INEQ_IO_REPORT_HPP
#define INEQ_IO_REPORT_HPP

/// \file
/// A self-contained HTML report: one file with a title, banners, sections of paragraphs,
/// notes, lists, tables and inline SVG figures, that opens in a browser from the disk with
/// no server and no network. Everything the page shows is inside the file: the style sheet
/// is inline, figures are inline SVG, and no script, font or image is fetched. A
/// Content-Security-Policy in the page (`default-src 'none'`) makes the browser refuse any
/// outside resource, so a figure that tries to fetch one is visible as an error in the
/// browser's console rather than as a silent request.
///
/// Text is escaped as it is added (`html_escape`): a province name, a file name or a table
/// cell can hold `<`, `&` or quotes, and is shown as written. Ill-formed UTF-8 and control
/// characters show as U+FFFD. SVG markup is inserted as markup (`inline_svg`), after its
/// ids are made unique in the page.
///
///     ineq::io::html_report r("Cooperative patents by province");
///     r.banner("SYNTHETIC DATA: not real patents");
///     r.section("Table 1").table(header, rows, "IUR cooperation degree, 2012-2021");
///     r.section("Figures").svg(svg_text, "Figure 1. Invention patents per year");
///     r.write_file("report.html");

#include <ineq/detail/utf8.hpp>
#include <ineq/error.hpp>
#include <ineq/io/csv_table.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <functional>
#include <ostream>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ineq::io {

/// The text as HTML character data or attribute value: the ampersand, less-than sign,
/// greater-than sign, double quote and apostrophe become `&amp;`, `&lt;`, `&gt;`, `&quot;`
/// and \&\#x27; (as Python's `html.escape` writes them). Ill-formed UTF-8 (see
/// `ineq::detail::utf8::decode`) and control characters other than tab, line feed and
/// carriage return (which HTML does not allow in text) become U+FFFD; all other text is
/// kept byte for byte.
/// Example: `html_escape("R&D <2021>")` is `R&amp;D &lt;2021&gt;`.
[[nodiscard]] inline std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    std::size_t i = 0;
    while (i < text.size()) {
        const auto d = ineq::detail::utf8::decode(text, i);
        const char32_t c = d.code_point;
        if (!d.well_formed || (c < 0x20 && c != U'\t' && c != U'\n' && c != U'\r') || c == 0x7F ||
            (c >= 0x80 && c <= 0x9F)) {
            out += "\xEF\xBF\xBD";  // U+FFFD
        } else if (c == U'&') {
            out += "&amp;";
        } else if (c == U'<') {
            out += "&lt;";
        } else if (c == U'>') {
            out += "&gt;";
        } else if (c == U'"') {
            out += "&quot;";
        } else if (c == U'\'') {
            out += "&#x27;";
        } else {
            out.append(text.substr(i, d.length));
        }
        i += d.length;
    }
    return out;
}

namespace detail {

[[nodiscard]] inline bool ascii_ieq(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t k = 0; k < a.size(); ++k) {
        auto x = a[k];
        auto y = b[k];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

/// Position of the first `<name` tag (ASCII case-insensitive) followed by white space, `>`
/// or `/`, at or after `from`; npos if none.
[[nodiscard]] inline std::size_t find_tag(std::string_view s, std::string_view name, std::size_t from = 0) noexcept {
    for (std::size_t p = s.find('<', from); p != std::string_view::npos; p = s.find('<', p + 1)) {
        const std::size_t end = p + 1 + name.size();
        if (end >= s.size()) return std::string_view::npos;
        if (!ascii_ieq(s.substr(p + 1, name.size()), name)) continue;
        const char next = s[end];
        if (next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '>' || next == '/') return p;
    }
    return std::string_view::npos;
}

[[nodiscard]] inline bool id_char(char c) noexcept {
    return c != '"' && c != '\'' && c != ')' && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '>' &&
           c != '<';
}

/// The id attribute values of `s` (`id="x"` or `id='x'` after white space).
[[nodiscard]] inline std::set<std::string, std::less<>> svg_ids(std::string_view s) {
    std::set<std::string, std::less<>> ids;
    for (std::size_t p = s.find("id="); p != std::string_view::npos; p = s.find("id=", p + 3)) {
        if (p == 0 || p + 3 >= s.size()) continue;
        const char before = s[p - 1];
        const char quote = s[p + 3];
        if ((before != ' ' && before != '\t' && before != '\n' && before != '\r') || (quote != '"' && quote != '\''))
            continue;
        const std::size_t close = s.find(quote, p + 4);
        if (close == std::string_view::npos) break;
        ids.emplace(s.substr(p + 4, close - p - 4));
    }
    return ids;
}

}  // namespace detail

/// SVG markup ready to sit inside an HTML page: the `<svg ...>...</svg>` element of `markup`
/// without what comes before it (an XML declaration, a DOCTYPE, comments), with every id
/// defined in it and every local reference to one (in `url(...)`, `href` and `xlink:href`)
/// prefixed by `id_prefix`, so that several figures drawn by one program
/// (whose ids repeat: `gpPt0`, `hatch`) keep their own definitions in one page. A root
/// element with a width and a height in pixels but no `viewBox` gets `viewBox="0 0 w h"`,
/// so that the page can scale it down to the width of a phone. A `<style>` element inside
/// the SVG is left as it is, and applies to the whole page as any style sheet in HTML does:
/// figures meant for a report draw with presentation attributes (`fill="..."`) instead.
/// \throws ineq::domain_error if there is no `<svg` element, it is not closed, or it holds
///         a `<script>` (a report runs no code): `ineq::io::inline_svg: the SVG holds a
///         script; a report runs no code`.
/// Example: `inline_svg("<?xml version=\"1.0\"?><svg width=\"10\" height=\"5\"/>", "f1-")`
/// is `<svg viewBox="0 0 10 5" width="10" height="5"/>`.
[[nodiscard]] inline std::string inline_svg(std::string_view markup, std::string_view id_prefix) {
    const std::size_t start = detail::find_tag(markup, "svg");
    if (start == std::string_view::npos) {
        ineq::detail::fail("io::inline_svg", "no <svg> element in the markup");
    }
    std::size_t stop = std::string_view::npos;
    const std::size_t last_close = markup.rfind("</svg>");
    const std::size_t open_end = markup.find('>', start);
    if (open_end == std::string_view::npos) {
        ineq::detail::fail("io::inline_svg", "the <svg> element is not closed");
    }
    if (markup[open_end - 1] == '/' && (last_close == std::string_view::npos || last_close < open_end)) {
        stop = open_end + 1;  // <svg .../>
    } else if (last_close != std::string_view::npos && last_close > start) {
        stop = last_close + 6;
    } else {
        ineq::detail::fail("io::inline_svg", "the <svg> element is not closed");
    }
    const std::string_view svg = markup.substr(start, stop - start);
    if (detail::find_tag(svg, "script") != std::string_view::npos) {
        ineq::detail::fail("io::inline_svg", "the SVG holds a script; a report runs no code");
    }
    const auto ids = detail::svg_ids(svg);
    std::string out;
    out.reserve(svg.size() + 16 * ids.size() + 32);
    // The root element: add a viewBox where it has a width and a height but none.
    const std::string_view root = svg.substr(0, open_end - start);
    const auto attribute = [&](std::string_view name) -> std::string_view {
        for (std::size_t p = root.find(name); p != std::string_view::npos; p = root.find(name, p + 1)) {
            const std::size_t q = p + name.size();
            if (p == 0 || (root[p - 1] != ' ' && root[p - 1] != '\n' && root[p - 1] != '\t' && root[p - 1] != '\r'))
                continue;
            if (q + 1 >= root.size() || root[q] != '=' || (root[q + 1] != '"' && root[q + 1] != '\'')) continue;
            const std::size_t close = root.find(root[q + 1], q + 2);
            if (close == std::string_view::npos) return {};
            return root.substr(q + 2, close - q - 2);
        }
        return {};
    };
    const auto pixels = [](std::string_view v) {
        if (v.ends_with("px")) v.remove_suffix(2);
        return !v.empty() && std::ranges::all_of(v, [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
    };
    std::size_t body = 0;
    if (attribute("viewBox").empty()) {
        std::string_view w = attribute("width");
        std::string_view h = attribute("height");
        if (pixels(w) && pixels(h)) {
            if (w.ends_with("px")) w.remove_suffix(2);
            if (h.ends_with("px")) h.remove_suffix(2);
            out += "<svg viewBox=\"0 0 ";
            out.append(w).append(" ").append(h).append("\"");
            body = 4;  // after "<svg"
        }
    }
    // Ids and local references, prefixed.
    for (std::size_t i = body; i < svg.size();) {
        const char c = svg[i];
        const bool id_attr = (c == 'i' && svg.substr(i, 3) == "id=" && i > 0 &&
                              (svg[i - 1] == ' ' || svg[i - 1] == '\t' || svg[i - 1] == '\n' || svg[i - 1] == '\r') &&
                              i + 3 < svg.size() && (svg[i + 3] == '"' || svg[i + 3] == '\''));
        if (id_attr) {
            out.append(svg.substr(i, 4)).append(id_prefix);
            i += 4;
            continue;
        }
        if (c == '#') {
            std::size_t e = i + 1;
            while (e < svg.size() && detail::id_char(svg[e])) ++e;
            const std::string_view name = svg.substr(i + 1, e - i - 1);
            if (e < svg.size() && (svg[e] == '"' || svg[e] == '\'' || svg[e] == ')') && ids.contains(name)) {
                out.push_back('#');
                out.append(id_prefix).append(name);
                i = e;
                continue;
            }
        }
        out.push_back(c);
        ++i;
    }
    return out;
}

/// A self-contained HTML page built piece by piece: banners at the top, then sections,
/// each a heading followed by paragraphs, notes, lists, tables and figures in the order
/// they are added (content added before the first section goes under the title). The page
/// is written by `write` or `write_file`, or returned by `html`.
class html_report {
public:
    /// A report with this title (the page's `<title>` and its first heading).
    explicit html_report(std::string title) : title_(std::move(title)) {}

    /// A banner at the top of the page, above everything else, which stays in view while
    /// the reader scrolls (for a warning that applies to every number, such as "synthetic
    /// data"). It is also put in front of the page's `<title>`.
    /// Example: `r.banner("SYNTHETIC DATA: generated, not real patents");`
    html_report& banner(std::string_view text) {
        banners_.push_back(html_escape(text));
        return *this;
    }

    /// Starts a new section with this heading; it is listed in the contents at the top.
    /// Example: `r.section("Table 1. Cooperation degree by province");`
    html_report& section(std::string_view heading) {
        sections_.push_back({html_escape(heading), {}});
        return *this;
    }

    /// A paragraph of text.
    /// Example: `r.paragraph("Each patent counts for the province of each applicant.");`
    html_report& paragraph(std::string_view text) {
        return add("<p>" + html_escape(text) + "</p>\n");
    }

    /// A note: a short remark set apart from the text (a caveat, how a number was made).
    /// Example: `r.note("growth = (last - first) / first; '-' where undefined");`
    html_report& note(std::string_view text) {
        return add("<p class=\"note\">" + html_escape(text) + "</p>\n");
    }

    /// A bulleted list, one item per element of `items`.
    /// Example: `r.list(std::vector<std::string>{"rows read: 1200", "rows skipped: 3"});`
    template <text_row Items>
    html_report& list(Items&& items) {
        std::string html = "<ul>\n";
        for (auto&& item : items) html += "<li>" + html_escape(std::string_view(item)) + "</li>\n";
        return add(html + "</ul>\n");
    }

    /// Lines of preformatted text (a console listing), shown in a fixed-width font.
    /// Example: `r.preformatted("rank  province  all\n   1  Beijing   1507");`
    html_report& preformatted(std::string_view text) {
        return add("<pre>" + html_escape(text) + "</pre>\n");
    }

    /// A table with a header row and data rows, and a caption above it (omitted if empty).
    /// A column whose cells all look like numbers (`-12`, `3.5e-2`, `49.39 %`; empty cells
    /// and `-` do not count against it) is right-aligned so that its digits line up.
    /// \throws ineq::domain_error if the header is empty or a row has another number of
    ///         cells than the header: `ineq::io::html_report::table: every row must have as
    ///         many cells as the header (index 0, value 2)`.
    /// Example: `r.table(std::vector<std::string>{"year", "Gini"}, rows, "Yearly series");`
    template <text_row Header, text_rows Rows>
    html_report& table(Header&& header, Rows&& rows, std::string_view caption = {}) {
        std::vector<std::string> head;
        for (auto&& h : header) head.emplace_back(std::string_view(h));
        if (head.empty()) {
            ineq::detail::fail("io::html_report::table", "the header must have at least one cell");
        }
        std::vector<std::vector<std::string>> body;
        for (auto&& row : rows) {
            std::vector<std::string> cells;
            for (auto&& c : row) cells.emplace_back(std::string_view(c));
            if (cells.size() != head.size()) {
                ineq::detail::fail("io::html_report::table", "every row must have as many cells as the header",
                                   body.size(), static_cast<double>(cells.size()));
            }
            body.push_back(std::move(cells));
        }
        std::vector<bool> numeric(head.size(), !body.empty());
        for (std::size_t j = 0; j < head.size(); ++j) {
            bool any = false;
            for (const auto& row : body) {
                const std::string_view c = row[j];
                if (c.empty() || c == "-" || c == "\u2013") continue;
                if (!looks_numeric(c)) {
                    numeric[j] = false;
                    break;
                }
                any = true;
            }
            numeric[j] = numeric[j] && any;
        }
        std::string html = "<div class=\"table\"><table>\n";
        if (!caption.empty()) html += "<caption>" + html_escape(caption) + "</caption>\n";
        html += "<thead><tr>";
        for (std::size_t j = 0; j < head.size(); ++j) {
            html += numeric[j] ? R"(<th scope="col" class="num">)" : R"(<th scope="col">)";
            html += html_escape(head[j]) + "</th>";
        }
        html += "</tr></thead>\n<tbody>\n";
        for (const auto& row : body) {
            html += "<tr>";
            for (std::size_t j = 0; j < row.size(); ++j) {
                html += numeric[j] ? "<td class=\"num\">" : "<td>";
                html += html_escape(row[j]) + "</td>";
            }
            html += "</tr>\n";
        }
        html += "</tbody></table></div>\n";
        return add(html);
    }

    /// A figure: SVG markup shown inline (see `inline_svg`; its ids get a prefix unique in
    /// this report), with a caption under it (omitted if empty).
    /// \throws ineq::domain_error as `inline_svg` does.
    /// Example: `r.svg(read_text("figure1_totals.svg"), "Figure 1. Invention patents per year");`
    html_report& svg(std::string_view markup, std::string_view caption = {}) {
        const std::string prefix = "f" + std::to_string(++figures_) + "-";
        std::string html = "<figure>\n" + inline_svg(markup, prefix) + "\n";
        if (!caption.empty()) html += "<figcaption>" + html_escape(caption) + "</figcaption>\n";
        return add(html + "</figure>\n");
    }

    /// The whole page as HTML5 text (UTF-8).
    [[nodiscard]] std::string html() const {
        std::string page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
        page += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                "style-src 'unsafe-inline'; img-src data:\">\n";
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
        if (!banners_.empty()) page += banners_.front() + " \u2013 ";
        page += html_escape(title_) + "</title>\n<style>\n" + std::string(style()) + "</style>\n</head>\n<body>\n";
        if (!banners_.empty()) {
            page += "<div class=\"banners\" role=\"alert\">\n";
            for (const auto& b : banners_) page += "<p class=\"banner\">" + b + "</p>\n";
            page += "</div>\n";
        }
        page += "<main>\n<h1>" + html_escape(title_) + "</h1>\n" + intro_;
        if (sections_.size() >= 2) {
            page += "<nav><h2>Contents</h2>\n<ol>\n";
            for (std::size_t k = 0; k < sections_.size(); ++k) {
                page += "<li><a href=\"#section-" + std::to_string(k + 1) + "\">" + sections_[k].heading +
                        "</a></li>\n";
            }
            page += "</ol></nav>\n";
        }
        for (std::size_t k = 0; k < sections_.size(); ++k) {
            page += "<section id=\"section-" + std::to_string(k + 1) + "\">\n<h2>" + sections_[k].heading +
                    "</h2>\n" + sections_[k].body + "</section>\n";
        }
        page += "</main>\n</body>\n</html>\n";
        return page;
    }

    /// Writes the page to a stream.
    /// \throws std::runtime_error if the stream fails.
    /// Example: `r.write(std::cout);`
    void write(std::ostream& out) const {
        const std::string page = html();
        out.write(page.data(), static_cast<std::streamsize>(page.size()));
        if (!out) throw std::runtime_error("ineq::io::html_report::write: the stream failed");
    }

    /// Writes the page to `file`, replacing it.
    /// \throws std::runtime_error naming the file if it cannot be written.
    /// Example: `r.write_file(out_dir / "report.html");`
    void write_file(const std::filesystem::path& file) const {
        const std::string page = html();
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(page.data(), static_cast<std::streamsize>(page.size()));
        out.close();
        if (!out) throw std::runtime_error("ineq::io::html_report::write_file: cannot write " + file.string());
    }

    /// Whether a table cell reads as a number: an optional sign, digits with an optional
    /// decimal point (and thousands commas), an optional exponent, an optional `%`.
    /// Example: `looks_numeric("49.39 %")` and `looks_numeric("-1.5e-3")` are true,
    /// `looks_numeric("Beijing")` is false.
    [[nodiscard]] static bool looks_numeric(std::string_view c) noexcept {
        if (c.ends_with("%")) {
            c.remove_suffix(1);
            while (c.ends_with(" ")) c.remove_suffix(1);
        }
        std::size_t i = 0;
        if (i < c.size() && (c[i] == '-' || c[i] == '+')) ++i;
        std::size_t digits = 0;
        while (i < c.size() && ((c[i] >= '0' && c[i] <= '9') || (c[i] == ',' && digits != 0))) {
            digits += c[i] == ',' ? 0U : 1U;
            ++i;
        }
        if (i < c.size() && c[i] == '.') {
            ++i;
            while (i < c.size() && c[i] >= '0' && c[i] <= '9') {
                ++digits;
                ++i;
            }
        }
        if (digits == 0) return false;
        if (i < c.size() && (c[i] == 'e' || c[i] == 'E')) {
            ++i;
            if (i < c.size() && (c[i] == '-' || c[i] == '+')) ++i;
            const std::size_t exponent = i;
            while (i < c.size() && c[i] >= '0' && c[i] <= '9') ++i;
            if (i == exponent) return false;
        }
        return i == c.size();
    }

private:
    struct section_text {
        std::string heading;  // escaped
        std::string body;     // HTML
    };

    html_report& add(const std::string& html) {
        if (sections_.empty()) {
            intro_ += html;
        } else {
            sections_.back().body += html;
        }
        return *this;
    }

    // System fonts only (nothing is fetched); figures scale down to the page's width.
    static std::string_view style() noexcept {
        return "body{margin:0;font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\","
               "\"Noto Sans CJK SC\",sans-serif;color:#1a1a1a;background:#fff;line-height:1.45}\n"
               "main{max-width:1100px;margin:0 auto;padding:1rem 1.5rem 3rem}\n"
               "h1{font-size:1.6rem;margin:.6rem 0 1rem}h2{font-size:1.25rem;margin:2rem 0 .6rem;"
               "border-bottom:1px solid #ddd;padding-bottom:.2rem}\n"
               ".banners{position:sticky;top:0;z-index:10}\n"
               ".banner{margin:0;padding:.55rem 1.5rem;background:#b00020;color:#fff;font-weight:700;"
               "text-align:center;letter-spacing:.02em}\n"
               ".note{color:#555;font-size:.92rem;border-left:3px solid #ccc;padding-left:.6rem}\n"
               "nav ol{columns:2;font-size:.95rem}nav h2{border:0}\n"
               ".table{overflow-x:auto;margin:.8rem 0}\n"
               "table{border-collapse:collapse;font-size:.9rem;font-variant-numeric:tabular-nums;"
               "min-width:min(100%,34rem)}\n"
               "caption{text-align:left;font-weight:600;padding:.3rem 0}\n"
               "th,td{padding:.2rem .65rem;border-bottom:1px solid #e4e4e4;text-align:left}\n"
               "th,.num{white-space:nowrap}\n"
               "thead th{border-bottom:2px solid #999;background:#f6f6f6}\n"
               "tbody tr:nth-child(even){background:#fafafa}\n"
               ".num{text-align:right}\n"
               "figure{margin:1.2rem 0;overflow-x:auto}\n"
               "figure svg{display:block;max-width:100%;height:auto}\n"
               "figcaption{font-size:.92rem;color:#333;margin-top:.3rem}\n"
               "pre{background:#f6f6f6;padding:.6rem;overflow-x:auto;font-size:.85rem}\n"
               "@media (max-width:40rem){nav ol{columns:1}main{padding:.6rem .8rem 2rem}}\n"
               "@media print{.banners{position:static}figure,table{break-inside:avoid}}\n";
    }

    std::string title_;
    std::vector<std::string> banners_;
    std::string intro_;
    std::vector<section_text> sections_;
    std::size_t figures_ = 0;
};

}  // namespace ineq::io

#endif  // INEQ_IO_REPORT_HPP
