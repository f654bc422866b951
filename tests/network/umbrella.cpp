#include <ineq/network.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <vector>

// The module header brings in every part; a short pipeline exercises each.
TEST_CASE("ineq/network.hpp: province network to measures") {
    namespace net = ineq::network;
    net::graph g({"a", "b", "c"});
    g.add_edge("a", "b", 2.0);
    g.add_edge("b", "c", 1.0);
    const net::adjacency_list v(g);
    CHECK(net::density(v) == doctest::Approx(2.0 / 3));
    CHECK(net::betweenness(v)[1] == 1.0);
    CHECK(net::closeness(v)[1] == 1.0);
    CHECK(net::eigenvector_centrality(v)[1] > net::eigenvector_centrality(v)[2]);
    CHECK(net::leading_eigenvector(net::dense_adjacency(g), net::edge_weights::ignore).eigenvalue ==
          doctest::Approx(std::sqrt(2.0)));  // the path a - b - c
    CHECK(net::largest_component(g).node_count() == 3);
    CHECK(*net::constraint(v)[0] == 1.0);
    CHECK(net::to_graphml(g).find("edgedefault=\"undirected\"") != std::string::npos);
    CHECK(net::province_network(std::vector<ineq::patent_record>{}).node_count() == 31);
}
