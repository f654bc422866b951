#include <ineq/network/matrix.hpp>

#include <ineq/network/degree.hpp>
#include <ineq/network/eigenvector.hpp>
#include <ineq/network/paths.hpp>
#include <ineq/network/structural_holes.hpp>

#include "network/helpers.hpp"
#include "network/reference_values.hpp"

#include <doctest/doctest.h>

#include <Eigen/Core>
#include <Eigen/SparseCore>

#include <limits>
#include <type_traits>
#include <string>
#include <vector>

namespace net = ineq::network;
using net::adjacency_list;
using net::graph;
using nettest::check_close;
using nettest::message_of;

TEST_CASE("dense and sparse adjacency round trip, diagonal = internal weight") {
    graph g({"a", "b", "c"});
    g.add_edge(0, 1, 2.0);
    g.add_edge(1, 2, 0.5);
    g.add_internal(2, 7.0);
    Eigen::MatrixXd want(3, 3);
    want << 0, 2, 0, 2, 0, 0.5, 0, 0.5, 7;
    CHECK(net::dense_adjacency(g) == want);
    const Eigen::SparseMatrix<double> s = net::sparse_adjacency(g);
    CHECK(s.nonZeros() == 5);
    CHECK(Eigen::MatrixXd(s) == want);

    const graph back = net::graph_from_adjacency(want, {"x", "y", "z"});
    CHECK(back.weight(0, 1) == 2.0);
    CHECK(back.weight(1, 2) == 0.5);
    CHECK(back.internal(2) == 7.0);
    CHECK(back.edge_count() == 2);
    CHECK(back.label(2) == "z");
    const graph back2 = net::graph_from_adjacency(s);
    CHECK(back2.edges() == g.edges());
    CHECK(back2.internal(2) == 7.0);
    CHECK(net::dense_adjacency(back2) == want);
}

TEST_CASE("graph_from_adjacency without labels builds no label strings") {
    const Eigen::MatrixXd ones = Eigen::MatrixXd::Ones(3, 3);
    for (const graph& g : {net::graph_from_adjacency(ones), net::graph_from_adjacency(Eigen::SparseMatrix<double>(ones.sparseView()))}) {
        CHECK(!g.labelled());
        CHECK(g.labels().empty());
        CHECK(g.label(1) == "1");  // on demand
        CHECK(g.find("2") == 2);
        CHECK(g.edge_count() == 3);  // a triangle
        CHECK(g.internal(0) == 1.0);
    }
}

TEST_CASE("graph_from_adjacency rejects bad matrices") {
    Eigen::MatrixXd asym(2, 2);
    asym << 0, 1, 2, 0;
    CHECK(message_of([&] { (void)net::graph_from_adjacency(asym); }) ==
          "ineq::graph_from_adjacency: the adjacency matrix must be symmetric (index 0, value 1)");
    CHECK(message_of([&] { (void)net::graph_from_adjacency(Eigen::MatrixXd(2, 3)); }) ==
          "ineq::graph_from_adjacency: the adjacency matrix must be square");
    Eigen::MatrixXd neg = Eigen::MatrixXd::Zero(2, 2);
    neg(0, 1) = neg(1, 0) = -1.0;
    CHECK(message_of([&] { (void)net::graph_from_adjacency(neg); }).find("non-negative") != std::string::npos);
    Eigen::MatrixXd nan = Eigen::MatrixXd::Zero(2, 2);
    nan(1, 1) = std::numeric_limits<double>::quiet_NaN();
    CHECK(message_of([&] { (void)net::graph_from_adjacency(nan); }).find("finite") != std::string::npos);
    CHECK(message_of([&] { (void)net::graph_from_adjacency(Eigen::MatrixXd::Zero(2, 2), {"a"}); })
              .find("one label per row") != std::string::npos);
    CHECK(message_of([&] { (void)net::graph_from_adjacency(Eigen::MatrixXd::Zero(2, 2), {"a", "a"}); })
              .find("unique") != std::string::npos);
    Eigen::SparseMatrix<double> sp(2, 2);
    sp.insert(0, 1) = 1.0;
    CHECK(message_of([&] { (void)net::graph_from_adjacency(sp); }) ==
          "ineq::graph_from_adjacency: the adjacency matrix must be symmetric (index 0, value 1)");
    Eigen::SparseMatrix<double> sp2(2, 2);  // mirrored, different weight
    sp2.insert(0, 1) = 1.0;
    sp2.insert(1, 0) = 2.0;
    CHECK(message_of([&] { (void)net::graph_from_adjacency(sp2); }).find("symmetric") != std::string::npos);
    CHECK(message_of([&] { (void)net::graph_from_adjacency(Eigen::SparseMatrix<double>(2, 3)); }).find("square") !=
          std::string::npos);
    CHECK(net::graph_from_adjacency(Eigen::MatrixXd(0, 0)).node_count() == 0);
    // The same checks when a matrix converts straight to an adjacency list.
    CHECK(message_of([&] { (void)adjacency_list(asym); }) ==
          "ineq::adjacency_list: the adjacency matrix must be symmetric (index 0, value 1)");
    CHECK(message_of([&] { (void)adjacency_list(sp); }) ==
          "ineq::adjacency_list: the adjacency matrix must be symmetric (index 0, value 1)");
    CHECK(message_of([&] { (void)net::density(neg); }).find("non-negative") != std::string::npos);
}

TEST_CASE("adjacency_list: the same view from a graph, dense, sparse and other Eigen forms") {
    const graph g = nettest::triangle_pendant();
    const Eigen::MatrixXd dense = net::dense_adjacency(g);
    const Eigen::SparseMatrix<double, Eigen::RowMajor> row_major = net::sparse_adjacency(g);
    const Eigen::MatrixXi integers = dense.cast<int>();
    const adjacency_list a(g);
    const adjacency_list d(dense);
    const adjacency_list s(net::sparse_adjacency(g));
    const adjacency_list r(row_major);
    const adjacency_list i(integers);
    const adjacency_list v(dense.sparseView());  // a sparse expression
    for (const adjacency_list* x : {&a, &d, &s, &r, &i, &v}) {
        CHECK(x->node_count() == 4);
        CHECK(x->edge_count() == 4);
        CHECK(x->offsets() == a.offsets());
        CHECK(x->targets() == a.targets());
        CHECK(x->edge_weights() == a.edge_weights());
    }
    const adjacency_list empty;
    CHECK(empty.node_count() == 0);
    CHECK(empty.edge_count() == 0);
}

TEST_CASE("measures take Eigen matrices once matrix.hpp is included") {
    const graph g = nettest::reference_graph();
    const Eigen::MatrixXd d = net::dense_adjacency(g);
    check_close(net::degree(d), ref::degree);
    check_close(net::strength(net::sparse_adjacency(g)), ref::strength);
    CHECK(net::density(net::sparse_adjacency(g)) == doctest::Approx(ref::density));
    check_close(net::betweenness(d, net::edge_weights::strength), ref::betweenness_inv);
    static_assert(net::adjacency_input<Eigen::MatrixXd>);
    static_assert(net::adjacency_input<Eigen::SparseMatrix<double>>);
    static_assert(!net::adjacency_input<Eigen::VectorXcd>);  // complex entries are no weights
}

TEST_CASE("every measure takes the same four forms and gives the same answer") {
    const graph g = nettest::reference_graph();
    const adjacency_list list(g);
    const Eigen::MatrixXd dense = net::dense_adjacency(g);
    const Eigen::SparseMatrix<double> sparse = net::sparse_adjacency(g);
    const auto all = [](const auto& x) {
        std::vector<double> out;
        const auto put = [&](const auto& values) {
            for (const auto& v : values) {
                if constexpr (std::is_same_v<std::decay_t<decltype(v)>, double>) {
                    out.push_back(v);
                } else {
                    out.push_back(v.value_or(-1.0));
                }
            }
        };
        out.push_back(net::density(x));
        out.push_back(net::degree_centralization(x));
        out.push_back(static_cast<double>(net::connected_components(x).count));
        put(net::degree(x));
        put(net::strength(x));
        put(net::degree_centrality(x));
        put(net::betweenness(x, net::edge_weights::strength));
        put(net::closeness(x, net::edge_weights::distance));
        put(net::eigenvector_centrality(x));
        out.push_back(net::leading_eigenvector(x).eigenvalue);
        put(net::constraint(x));
        put(net::effective_size(x));
        put(net::efficiency(x));
        put(net::hierarchy(x));
        return out;
    };
    const auto want = all(g);
    CHECK(want.size() == 4 + 10 * 10);  // four numbers, ten per-node lists of ten
    CHECK(all(list) == want);
    CHECK(all(dense) == want);
    CHECK(all(sparse) == want);
}
