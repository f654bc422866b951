#include <ineq/network/graphml.hpp>

#include <doctest/doctest.h>

#include <string>

namespace net = ineq::network;

TEST_CASE("to_graphml: the whole document for a small graph") {
    net::graph g({"Beijing", "A&B <x> \"q\" 'y'"});
    g.add_edge(0, 1, 2.5);
    g.add_internal(0, 3.0);
    const std::string want =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
        "  <key id=\"internal\" for=\"node\" attr.name=\"internal\" attr.type=\"double\"/>\n"
        "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
        "  <graph id=\"G\" edgedefault=\"undirected\">\n"
        "    <node id=\"n0\"><data key=\"label\">Beijing</data><data key=\"internal\">3</data></node>\n"
        "    <node id=\"n1\"><data key=\"label\">A&amp;B &lt;x&gt; &quot;q&quot; &apos;y&apos;</data>"
        "<data key=\"internal\">0</data></node>\n"
        "    <edge source=\"n0\" target=\"n1\"><data key=\"weight\">2.5</data></edge>\n"
        "  </graph>\n</graphml>\n";
    CHECK(net::to_graphml(g) == want);
}

TEST_CASE("to_graphml: UTF-8 kept, invalid bytes and control characters replaced") {
    net::graph g({"北京市", std::string("bad\xFF\x01tab\there"), "\xE2\x82", "\xED\xA0\x80"});
    const std::string s = net::to_graphml(g);
    CHECK(s.find("<data key=\"label\">北京市</data>") != std::string::npos);
    CHECK(s.find("bad\xEF\xBF\xBD\xEF\xBF\xBDtab\there") != std::string::npos);
    // a truncated sequence: each byte replaced; an encoded surrogate is not UTF-8 either
    CHECK(s.find(">\xEF\xBF\xBD\xEF\xBF\xBD</data>") != std::string::npos);
    CHECK(s.find(">\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD</data>") != std::string::npos);
    CHECK(s.find('\x01') == std::string::npos);
}

TEST_CASE("to_graphml: empty graph, shortest round-trip numbers") {
    const std::string e = net::to_graphml(net::graph{});
    CHECK(e.find("<node") == std::string::npos);
    CHECK(e.find("</graphml>") != std::string::npos);
    net::graph g({"a", "b"});
    g.add_edge(0, 1, 0.1);
    CHECK(net::to_graphml(g).find("<data key=\"weight\">0.1</data>") != std::string::npos);
}

TEST_CASE("to_graphml: NUL bytes, empty labels and markup characters") {
    net::graph g({std::string("a\0b", 3), "", "<&\"'>"});
    const std::string s = net::to_graphml(g);
    CHECK(s.find('\0') == std::string::npos);
    CHECK(s.find("<data key=\"label\">a\xEF\xBF\xBD" "b</data>") != std::string::npos);
    CHECK(s.find("<node id=\"n1\"><data key=\"label\"></data>") != std::string::npos);
    CHECK(s.find("<data key=\"label\">&lt;&amp;&quot;&apos;&gt;</data>") != std::string::npos);
}

TEST_CASE("to_graphml: an unlabelled graph is labelled by node index") {
    net::graph g(2);
    g.add_edge(0, 1, 1.0);
    const std::string xml = net::to_graphml(g);
    CHECK(xml.find(R"(<node id="n0"><data key="label">0</data>)") != std::string::npos);
    CHECK(xml.find(R"(<node id="n1"><data key="label">1</data>)") != std::string::npos);
}
