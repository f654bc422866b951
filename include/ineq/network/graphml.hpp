#ifndef INEQ_NETWORK_GRAPHML_HPP
#define INEQ_NETWORK_GRAPHML_HPP

/// \file
/// GraphML text of a `graph`, rendered in memory; writing it to a file is the caller's
/// business (`std::ofstream("net.graphml") << ineq::network::to_graphml(g);`).
///
/// Layout: nodes `n0, n1, ...` in index order with data keys `label` (string) and
/// `internal` (double); edges `source < target` sorted, with key `weight` (double);
/// `edgedefault="undirected"`. Numbers are the shortest decimal text that reads back to
/// the same double. networkx's `read_graphml` and igraph's `Graph.Read_GraphML` read it.
///
/// Labels are XML-escaped (& < > " '). Text XML 1.0 cannot carry -- bytes that are not
/// valid UTF-8, and control characters other than tab, line feed and carriage return --
/// is replaced by U+FFFD, so the output is always well-formed.

#include <ineq/error.hpp>
#include <ineq/network/graph.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace ineq::network {

namespace detail {

/// Length of the valid UTF-8 sequence starting at s[i], or 0 if it is not valid
/// (overlong forms, surrogates and code points above U+10FFFF are invalid).
[[nodiscard]] inline std::size_t utf8_sequence(std::string_view s, std::size_t i) noexcept {
    const auto b0 = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    char32_t cp = 0;
    if (b0 < 0x80U) {
        return 1;
    }
    if (b0 >= 0xC2U && b0 <= 0xDFU) {
        len = 2;
        cp = b0 & 0x1FU;
    } else if (b0 >= 0xE0U && b0 <= 0xEFU) {
        len = 3;
        cp = b0 & 0x0FU;
    } else if (b0 >= 0xF0U && b0 <= 0xF4U) {
        len = 4;
        cp = b0 & 0x07U;
    } else {
        return 0;
    }
    if (i + len > s.size()) {
        return 0;
    }
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0U) != 0x80U) {
            return 0;
        }
        cp = (cp << 6U) | (b & 0x3FU);
    }
    if ((len == 3 && (cp < 0x800U || (cp >= 0xD800U && cp <= 0xDFFFU))) ||
        (len == 4 && (cp < 0x10000U || cp > 0x10FFFFU))) {
        return 0;
    }
    if (cp == 0xFFFEU || cp == 0xFFFFU) {
        return 0;  // not XML characters
    }
    return len;
}

inline void append_xml_text(std::string& out, std::string_view s) {
    constexpr std::string_view replacement = "\xEF\xBF\xBD";
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        const std::size_t len = utf8_sequence(s, i);
        if (len == 0) {
            out.append(replacement);
            ++i;
            continue;
        }
        if (len == 1) {
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&apos;"); break;
                default:
                    if (static_cast<unsigned char>(c) < 0x20U && c != '\t' && c != '\n' && c != '\r') {
                        out.append(replacement);
                    } else {
                        out.push_back(c);
                    }
            }
        } else {
            out.append(s.substr(i, len));
        }
        i += len;
    }
}

}  // namespace detail

/// The graph as a GraphML document (UTF-8); see the file comment for the layout.
/// Never throws on label content; an empty graph gives a document with no nodes.
/// Example: `to_graphml(g)` for nodes "A&B", "C" and one edge of weight 2 holds
/// `<data key="label">A&amp;B</data>` and `<data key="weight">2</data>`.
[[nodiscard]] inline std::string to_graphml(const graph& g) {
    std::string out;
    out.reserve(200 + 80 * g.node_count() + 70 * g.edge_count());
    out.append(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
        "  <key id=\"internal\" for=\"node\" attr.name=\"internal\" attr.type=\"double\"/>\n"
        "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
        "  <graph id=\"G\" edgedefault=\"undirected\">\n");
    for (std::size_t i = 0; i < g.node_count(); ++i) {
        out.append("    <node id=\"n").append(std::to_string(i)).append(R"("><data key="label">)");
        detail::append_xml_text(out, g.label(i));  // an unlabelled graph: the index
        out.append("</data><data key=\"internal\">")
            .append(ineq::detail::format_value(g.internal_weights()[i]))
            .append("</data></node>\n");
    }
    for (const auto& e : g.edges()) {
        out.append("    <edge source=\"n")
            .append(std::to_string(e.source))
            .append("\" target=\"n")
            .append(std::to_string(e.target))
            .append(R"("><data key="weight">)")
            .append(ineq::detail::format_value(e.weight))
            .append("</data></edge>\n");
    }
    out.append("  </graph>\n</graphml>\n");
    return out;
}

}  // namespace ineq::network

#endif
