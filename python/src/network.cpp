// Cooperation networks from edge lists: degree, strength, density, components, closeness,
// betweenness, eigenvector centrality and Burt's structural holes.
#include "common.hpp"

#include <ineq/network/degree.hpp>
#include <ineq/network/eigenvector.hpp>
#include <ineq/network/graph.hpp>
#include <ineq/network/paths.hpp>
#include <ineq/network/structural_holes.hpp>

#include <cmath>
#include <limits>
#include <optional>

namespace ineq_python {

namespace {

namespace net = ineq::network;

/// A graph and its compressed adjacency, rebuilt after the graph changes.
struct py_graph {
    net::graph g;
    std::optional<net::adjacency_list> adjacency;

    const net::adjacency_list& adj() {
        if (!adjacency) adjacency.emplace(g);
        return *adjacency;
    }
};

net::edge_weights weights_named(const std::string& s, bool distance_ok) {
    if (s == "ignore") return net::edge_weights::ignore;
    if (s == "strength") return net::edge_weights::strength;
    if (s == "distance" && distance_ok) return net::edge_weights::distance;
    throw py::value_error(std::string("ineq: weights must be 'ignore', 'strength'") +
                          (distance_ok ? " or 'distance'" : "") + ", got '" + s + "'");
}

py::array_t<double> optional_array(const std::vector<std::optional<double>>& v) {
    py::array_t<double> out(static_cast<py::ssize_t>(v.size()));
    for (std::size_t i = 0; i < v.size(); ++i) {
        out.mutable_data()[i] = v[i] ? *v[i] : std::numeric_limits<double>::quiet_NaN();
    }
    return out;
}

bool all_integers(const py::handle& a) {
    if (py::isinstance<py::array>(a)) {
        const char k = py::reinterpret_borrow<py::array>(a).dtype().kind();
        return k == 'i' || k == 'u';
    }
    for (const py::handle x : a) {
        if (!py::isinstance<py::int_>(x) || py::isinstance<py::bool_>(x)) return false;
    }
    return true;
}

template <class F>
auto on_graph(py_graph& g, F&& f) {
    const net::adjacency_list& a = g.adj();
    return maybe_without_gil(a.node_count() + a.edge_count(), [&] { return f(a); });
}

}  // namespace

void bind_network(py::module_& m) {
    py::class_<py_graph>(m, "Graph",
                         "An undirected weighted graph (a cooperation network): nodes 0..n-1, optionally labelled;\n"
                         "adding an edge twice adds its weights. Self-loops are not edges.")
        .def(py::init([](std::size_t n) { return py_graph{net::graph(n), std::nullopt}; }), py::arg("n") = 0,
             "An unlabelled graph of n nodes and no edges.")
        .def_static("from_edges",
                    [](const py::handle& sources, const py::handle& targets, const py::object& weights,
                       std::optional<std::size_t> n) {
                        py_graph out;
                        std::vector<double> w;
                        if (!weights.is_none()) {
                            const doubles d(weights);
                            w.assign(d.span().begin(), d.span().end());
                        }
                        if (all_integers(sources) && all_integers(targets)) {
                            const auto s = py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>::ensure(sources);
                            const auto t = py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>::ensure(targets);
                            if (s.size() != t.size() || (!w.empty() && w.size() != static_cast<std::size_t>(s.size()))) {
                                throw py::value_error("ineq.Graph.from_edges: sources, targets and weights differ in length");
                            }
                            std::int64_t top = -1;
                            for (py::ssize_t i = 0; i < s.size(); ++i) top = std::max({top, s.data()[i], t.data()[i]});
                            for (py::ssize_t i = 0; i < s.size(); ++i) {
                                if (s.data()[i] < 0 || t.data()[i] < 0) throw py::value_error("ineq.Graph.from_edges: negative node index");
                            }
                            out.g = net::graph(n ? *n : static_cast<std::size_t>(top + 1));
                            for (py::ssize_t i = 0; i < s.size(); ++i) {
                                out.g.add_edge(static_cast<std::size_t>(s.data()[i]), static_cast<std::size_t>(t.data()[i]),
                                               w.empty() ? 1.0 : w[static_cast<std::size_t>(i)]);
                            }
                            return out;
                        }
                        const auto s = strings(sources);
                        const auto t = strings(targets);
                        if (s.size() != t.size() || (!w.empty() && w.size() != s.size())) {
                            throw py::value_error("ineq.Graph.from_edges: sources, targets and weights differ in length");
                        }
                        for (std::size_t i = 0; i < s.size(); ++i) out.g.add_edge(s[i], t[i], w.empty() ? 1.0 : w[i]);
                        return out;
                    },
                    py::arg("sources"), py::arg("targets"), py::arg("weights") = py::none(), py::arg("n") = py::none(),
                    "A graph from an edge list: sources[i] - targets[i] with weight weights[i] (default 1).\n"
                    "Integer ends are node indices (n nodes, default the largest index + 1); strings are labels,\n"
                    "nodes numbered in order of first appearance. Raises ineq.DomainError for a self-loop or a\n"
                    "negative, NaN or infinite weight.")
        .def("add_edge",
             [](py_graph& g, const py::handle& a, const py::handle& b, double w) {
                 g.adjacency.reset();
                 if (py::isinstance<py::int_>(a) && py::isinstance<py::int_>(b)) {
                     g.g.add_edge(a.cast<std::size_t>(), b.cast<std::size_t>(), w);
                 } else {
                     g.g.add_edge(py::str(a).cast<std::string>(), py::str(b).cast<std::string>(), w);
                 }
             },
             py::arg("a"), py::arg("b"), py::arg("weight") = 1.0, "Adds `weight` to the edge {a, b}.")
        .def_property_readonly("node_count", [](const py_graph& g) { return g.g.node_count(); })
        .def_property_readonly("edge_count", [](const py_graph& g) { return g.g.edge_count(); })
        .def_property_readonly("labels", [](const py_graph& g) {
            std::vector<std::string> l;
            for (std::size_t i = 0; i < g.g.node_count(); ++i) l.push_back(g.g.label(i));
            return l;
        }, "Node labels (decimal indices for an unlabelled graph).")
        .def("weight", [](const py_graph& g, std::size_t i, std::size_t j) { return g.g.weight(i, j); },
             py::arg("i"), py::arg("j"), "Weight of the edge {i, j}, 0 if none.");

    m.def("density", [](py_graph& g) { return on_graph(g, [](const auto& a) { return net::density(a); }); }, py::arg("graph"),
          "Edges over possible edges, 2E / (n (n - 1)). Raises for fewer than two nodes.");
    m.def("degree", [](py_graph& g) { return to_array(on_graph(g, [](const auto& a) { return net::degree(a); })); },
          py::arg("graph"), "Number of neighbours of every node.");
    m.def("strength", [](py_graph& g) { return to_array(on_graph(g, [](const auto& a) { return net::strength(a); })); },
          py::arg("graph"), "Sum of the weights of every node's edges.");
    m.def("degree_centrality",
          [](py_graph& g) { return to_array(on_graph(g, [](const auto& a) { return net::degree_centrality(a); })); },
          py::arg("graph"), "Degree over n - 1 (networkx's degree_centrality).");
    m.def("connected_components",
          [](py_graph& g) {
              const auto c = on_graph(g, [](const auto& a) { return net::connected_components(a); });
              py::array_t<std::int64_t> out(static_cast<py::ssize_t>(c.component.size()));
              for (std::size_t i = 0; i < c.component.size(); ++i) out.mutable_data()[i] = static_cast<std::int64_t>(c.component[i]);
              return out;
          },
          py::arg("graph"),
          "Component number of every node, components numbered in order of their smallest node.");
    m.def("closeness",
          [](py_graph& g, const std::string& weights, const std::string& scaling) {
              net::closeness_scaling s = net::closeness_scaling::wasserman_faust;
              if (scaling == "reachable_only") {
                  s = net::closeness_scaling::reachable_only;
              } else if (scaling == "inverse_total") {
                  s = net::closeness_scaling::inverse_total;
              } else if (scaling != "wasserman_faust") {
                  throw py::value_error("ineq.closeness: scaling must be 'wasserman_faust', 'reachable_only' or 'inverse_total'");
              }
              const auto d = weights_named(weights, true);
              return to_array(on_graph(g, [&](const auto& a) { return net::closeness(a, d, s); }));
          },
          py::arg("graph"), py::arg("weights") = "ignore", py::arg("scaling") = "wasserman_faust",
          "Closeness from the r nodes u reaches at total distance D: 'wasserman_faust' ((r-1)/D)((r-1)/(n-1)),\n"
          "networkx's closeness_centrality; 'reachable_only' (r-1)/D; 'inverse_total' 1/D. Isolates get 0.\n"
          "weights: 'ignore' (hops), 'strength' (length 1/w), 'distance' (length w).");
    m.def("betweenness",
          [](py_graph& g, const std::string& weights, bool normalized) {
              const auto d = weights_named(weights, true);
              const auto s = normalized ? net::betweenness_scaling::normalized : net::betweenness_scaling::raw;
              return to_array(on_graph(g, [&](const auto& a) { return net::betweenness(a, d, s); }));
          },
          py::arg("graph"), py::arg("weights") = "ignore", py::arg("normalized") = false,
          "Betweenness (Brandes): sum over pairs s, t of the share of shortest s-t paths through v (each\n"
          "unordered pair once, networkx's betweenness_centrality(normalized=False)); normalized multiplies by\n"
          "2 / ((n-1)(n-2)). Raises for normalized with fewer than three nodes.");
    m.def("eigenvector_centrality",
          [](py_graph& g, const std::string& weights, const std::string& scaling) {
              const auto w = weights_named(weights, false);
              net::eigenvector_scaling s = net::eigenvector_scaling::unit_length;
              if (scaling == "max_one") {
                  s = net::eigenvector_scaling::max_one;
              } else if (scaling != "unit_length") {
                  throw py::value_error("ineq.eigenvector_centrality: scaling must be 'unit_length' or 'max_one'");
              }
              return to_array(on_graph(g, [&](const auto& a) { return net::eigenvector_centrality(a, w, s); }));
          },
          py::arg("graph"), py::arg("weights") = "strength", py::arg("scaling") = "unit_length",
          "Eigenvector centrality, one connected component at a time: the Perron vector of the adjacency\n"
          "matrix scaled to unit length (networkx's eigenvector_centrality on a connected graph) or to a\n"
          "maximum of one (igraph's default). Isolates get 0.");
#define INEQ_HOLES(name, text)                                                                              \
    m.def(#name,                                                                                            \
          [](py_graph& g, const std::string& weights) {                                                     \
              const auto w = weights_named(weights, false);                                                 \
              return optional_array(on_graph(g, [&](const auto& a) { return net::name(a, w); }));            \
          },                                                                                                \
          py::arg("graph"), py::arg("weights") = "strength", text)
    INEQ_HOLES(constraint, "Burt's constraint of every node (networkx's constraint); NaN for isolates.");
    INEQ_HOLES(effective_size, "Burt's effective size of every node (networkx's effective_size); NaN for isolates.");
    INEQ_HOLES(efficiency, "Effective size over degree; NaN for isolates.");
    INEQ_HOLES(hierarchy, "Burt's hierarchy of every node; NaN where undefined.");
#undef INEQ_HOLES
}

}  // namespace ineq_python
