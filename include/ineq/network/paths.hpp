#ifndef INEQ_NETWORK_PATHS_HPP
#define INEQ_NETWORK_PATHS_HPP

/// \file
/// Shortest-path centralities: betweenness (Brandes 2001) and closeness.
///
/// What a path's length is, is chosen with `edge_weights` (every value is accepted):
/// - `edge_weights::ignore` (the default): every edge has length 1 (hops);
/// - `edge_weights::strength`: the weight w is a tie strength and the edge has length
///   1 / w, so strong ties are short (the usual reading of cooperation counts);
/// - `edge_weights::distance`: the weight w is a length.
///
/// Ties: all shortest paths count, each pair's dependency split equally among them.
/// With weighted lengths two path lengths count as equal when they differ by at most
/// 1e-10 relative (as igraph's `IGRAPH_SHORTEST_PATH_EPSILON`), so 0.1 + 0.2 ties with
/// 0.3. networkx compares floating-point lengths exactly and would keep only the path
/// whose rounded length is smaller; the two agree whenever lengths are exact (integer
/// weights under `edge_weights::distance`, powers of two under `strength`).
///
/// Cost: one BFS (hops) or one Dijkstra with an indexed binary heap (weighted) per
/// source, buffers reused, dependencies accumulated over the shortest-path DAG only:
/// O(n m) or O(n m log n) time, O(n + m) memory. Build the `adjacency_list` once when
/// computing several measures of a large graph. `betweenness` can run its sources on
/// several threads, with bitwise the same result (see there).

#include <ineq/detail/parallel.hpp>
#include <ineq/error.hpp>
#include <ineq/network/graph.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace ineq::network {

/// How an edge's weight becomes a path length; see the file comment.
/// How closeness turns the total distance D to the r - 1 other nodes a node reaches into
/// a score; see `closeness`.
enum class closeness_scaling : std::uint8_t { wasserman_faust, reachable_only, inverse_total };

/// Whether betweenness is the raw pair count or a share of the pairs; see `betweenness`.
enum class betweenness_scaling : std::uint8_t { raw, normalized };

namespace detail {

/// Single-source shortest paths with path counts, reusing its buffers between sources.
/// Node ids are held as 32-bit integers (the graph allows fewer than 2^32 nodes) to keep
/// the working set small.
class shortest_paths {
public:
    using id = std::uint32_t;
    static constexpr double inf = std::numeric_limits<double>::infinity();
    static constexpr double tie_epsilon = 1e-10;
    static constexpr id npos = std::numeric_limits<id>::max();

    /// `paths`: also record path counts and the shortest-path DAG (for betweenness).
    shortest_paths(const adjacency_list& g, edge_weights d, bool paths)
        : off_(g.offsets()), weighted_(d != edge_weights::ignore), paths_(paths) {
        const std::size_t n = g.node_count();
        const auto& t = g.targets();
        tgt_.resize(t.size());
        for (std::size_t k = 0; k < t.size(); ++k) {
            tgt_[k] = static_cast<id>(t[k]);
        }
        dist_.assign(n, inf);
        sigma_.assign(n, 0.0);
        // Fixed-size buffers written through a count (no push_back in the inner loops).
        order_.assign(n, 0);
        if (paths_) {
            dag_.assign(t.size(), {});
        }
        if (weighted_) {
            const auto& w = g.edge_weights();
            length_.resize(w.size());
            double longest = 0.0;
            for (std::size_t k = 0; k < w.size(); ++k) {
                length_[k] = d == edge_weights::strength ? 1.0 / w[k] : w[k];
                longest = std::max(longest, length_[k]);
            }
            // A shortest path has at most n - 1 edges: if that many of the longest edge
            // could overflow, a path length of infinity would read as "unreachable".
            if (!(longest * static_cast<double>(n > 1 ? n - 1 : 1) <= std::numeric_limits<double>::max())) {
                ineq::detail::fail_got(d == edge_weights::strength ? "shortest paths (length 1 / weight)"
                                                                     : "shortest paths (length = weight)",
                                       "edge lengths this large could make a path length overflow; longest length",
                                       longest);
            }
            heap_pos_.assign(n, npos);
            heap_.reserve(n);
        }
    }

    /// Distances and shortest-path counts from `s`; `order()` lists the reached nodes by
    /// non-decreasing distance (s first); `dag()` lists the edges (v, w) that end a
    /// shortest path to w, each after every DAG edge into v.
    void run(std::size_t s) {
        for (const id v : order()) {
            dist_[v] = inf;
            sigma_[v] = 0.0;
        }
        reached_ = 0;
        dag_size_ = 0;
        if (weighted_) {
            dijkstra(static_cast<id>(s));
        } else {
            bfs(static_cast<id>(s));
        }
    }

    /// True if the edge at CSR position k, from v to w, ends a shortest path to w.
    [[nodiscard]] bool on_shortest(id v, id w, std::size_t k) const noexcept {
        if (!weighted_) {
            return dist_[v] + 1.0 == dist_[w];
        }
        if (!(dist_[v] < dist_[w])) {
            return false;
        }
        const double via = dist_[v] + length_[k];
        const double diff = via > dist_[w] ? via - dist_[w] : dist_[w] - via;
        return diff <= tie_epsilon * (via > dist_[w] ? via : dist_[w]);
    }

    [[nodiscard]] std::span<const id> order() const noexcept { return {order_.data(), reached_}; }
    [[nodiscard]] const std::vector<double>& dist() const noexcept { return dist_; }
    [[nodiscard]] const std::vector<double>& sigma() const noexcept { return sigma_; }
    [[nodiscard]] std::span<const std::pair<id, id>> dag() const noexcept {
        return {dag_.data(), dag_size_};
    }

private:
    void bfs(id s) {
        if (paths_) {
            bfs_impl<true>(s);
        } else {
            bfs_impl<false>(s);
        }
    }

    // Raw pointers into the fixed-size buffers: no capacity checks in the inner loop.
    template <bool Paths>
    void bfs_impl(id s) {
        double* const dist = dist_.data();
        double* const sigma = sigma_.data();
        id* const queue = order_.data();
        std::pair<id, id>* const dag = dag_.data();
        const id* const tgt = tgt_.data();
        const std::size_t* const off = off_.data();
        dist[s] = 0.0;
        sigma[s] = 1.0;
        queue[0] = s;
        std::size_t tail = 1;
        std::size_t edges = 0;
        for (std::size_t head = 0; head < tail; ++head) {
            const id v = queue[head];
            const double next = dist[v] + 1.0;
            const double sv = sigma[v];
            const std::size_t end = off[v + 1];
            for (std::size_t k = off[v]; k < end; ++k) {
                const id w = tgt[k];
                double dw = dist[w];
                if (dw == inf) {
                    dist[w] = next;
                    queue[tail++] = w;
                    dw = next;
                }
                if constexpr (Paths) {
                    if (dw == next) {
                        sigma[w] += sv;
                        dag[edges++] = {v, w};
                    }
                }
            }
        }
        reached_ = tail;
        dag_size_ = edges;
    }

    // Indexed binary min-heap on dist_, with decrease-key: each node enters once.
    void sift_up(std::size_t i) {
        const id v = heap_[i];
        while (i > 0) {
            const std::size_t parent = (i - 1) / 2;
            if (!(dist_[v] < dist_[heap_[parent]])) {
                break;
            }
            heap_[i] = heap_[parent];
            heap_pos_[heap_[i]] = static_cast<id>(i);
            i = parent;
        }
        heap_[i] = v;
        heap_pos_[v] = static_cast<id>(i);
    }
    void sift_down(std::size_t i) {
        const id v = heap_[i];
        const std::size_t size = heap_.size();
        while (true) {
            std::size_t child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && dist_[heap_[child + 1]] < dist_[heap_[child]]) {
                ++child;
            }
            if (!(dist_[heap_[child]] < dist_[v])) {
                break;
            }
            heap_[i] = heap_[child];
            heap_pos_[heap_[i]] = static_cast<id>(i);
            i = child;
        }
        heap_[i] = v;
        heap_pos_[v] = static_cast<id>(i);
    }

    void dijkstra(id s) {
        heap_.clear();
        dist_[s] = 0.0;
        heap_.push_back(s);
        heap_pos_[s] = 0;
        while (!heap_.empty()) {
            const id v = heap_.front();
            heap_pos_[v] = npos;
            const id last = heap_.back();
            heap_.pop_back();
            if (!heap_.empty()) {
                heap_[0] = last;
                sift_down(0);
            }
            order_[reached_++] = v;
            const double dv = dist_[v];
            for (std::size_t k = off_[v]; k < off_[v + 1]; ++k) {
                const id w = tgt_[k];
                const double nd = dv + length_[k];
                if (nd < dist_[w]) {
                    const bool queued = dist_[w] != inf;
                    dist_[w] = nd;
                    if (queued) {
                        sift_up(heap_pos_[w]);
                    } else {
                        heap_.push_back(w);
                        sift_up(heap_.size() - 1);
                    }
                }
            }
        }
        if (!paths_) {
            return;
        }
        // Path counts in settling order over the tie-tolerant shortest-path edges.
        sigma_[s] = 1.0;
        for (std::size_t idx = 1; idx < reached_; ++idx) {
            const id w = order_[idx];
            double sum = 0.0;
            for (std::size_t k = off_[w]; k < off_[w + 1]; ++k) {
                const id v = tgt_[k];
                if (on_shortest(v, w, k)) {
                    sum += sigma_[v];
                    dag_[dag_size_++] = {v, w};
                }
            }
            sigma_[w] = sum;
        }
    }

    const std::vector<std::size_t>& off_;
    std::vector<id> tgt_;
    bool weighted_;
    bool paths_;
    std::vector<double> length_;
    std::vector<double> dist_;
    std::vector<double> sigma_;
    std::vector<id> order_;
    std::vector<id> heap_;
    std::vector<id> heap_pos_;
    std::vector<std::pair<id, id>> dag_;
    std::size_t reached_ = 0;
    std::size_t dag_size_ = 0;
};

}  // namespace detail

namespace detail {

/// Betweenness sums its sources in this many fixed blocks (fewer for fewer nodes): block
/// b holds sources [b n / k, (b + 1) n / k), each block's dependencies are summed in
/// source order from zero, and the block sums are added in block order. The grouping does
/// not depend on the thread count, so neither do the bits of the result.
inline constexpr std::size_t betweenness_source_blocks = 16;

/// Adds the dependencies of sources [first, last) to `part` (Brandes' accumulation).
inline void betweenness_block(shortest_paths& sp, std::vector<double>& delta, std::size_t first,
                              std::size_t last, std::vector<double>& part) {
    for (std::size_t s = first; s < last; ++s) {
        sp.run(s);
        const auto& order = sp.order();
        const auto& sigma = sp.sigma();
        for (const auto v : order) {
            delta[v] = 0.0;
        }
        // Brandes' dependency accumulation over the shortest-path DAG in reverse, so each
        // delta[w] is complete before it flows to w's predecessors.
        const auto& dag = sp.dag();
        for (std::size_t k = dag.size(); k-- > 0;) {
            const auto [v, w] = dag[k];
            delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
        }
        for (std::size_t idx = 1; idx < order.size(); ++idx) {
            part[order[idx]] += delta[order[idx]];
        }
    }
}

}  // namespace detail

/// Betweenness centrality, Brandes' algorithm: for node v, the sum over unordered pairs
/// {s, t} (s, t != v) of sigma_st(v) / sigma_st, the share of the shortest s-t paths
/// through v. Each unordered pair counts once (networkx's undirected raw value and
/// igraph's `betweenness()`); pairs in different components contribute nothing.
/// - `betweenness_scaling::raw` (the default): that sum;
/// - `betweenness_scaling::normalized`: the sum times 2 / ((n - 1)(n - 2)), the share of
///   the pairs not involving v, networkx's `normalized=True` for undirected graphs (the
///   centre of a star gets 1).
/// Accepts every `edge_weights` value (see the file comment).
/// `threads` (default 1; 0 = std::thread::hardware_concurrency()) runs the sources on that
/// many std::threads, in 16 fixed blocks of sources whose sums are added in block order:
/// the result is bitwise the same for every thread count. Each extra thread holds its own
/// copy of the search buffers (O(n + m)), and with more than one thread the 16 block sums
/// are kept until the end (16 n doubles).
/// \throws domain_error if `normalized` and the graph has fewer than three nodes (the
/// factor divides by zero; networkx silently skips it there), for an `edge_weights` or
/// `betweenness_scaling` value outside the enumeration, or for weighted lengths so large
/// that a path length could overflow.
/// Example: in the path a - b - c, b has betweenness 1 (raw) and 1 (normalized, n = 3);
/// `betweenness(g, edge_weights::strength, betweenness_scaling::normalized, 2)`.
template <adjacency_input G>
[[nodiscard]] std::vector<double> betweenness(const G& network, edge_weights d = edge_weights::ignore,
                                              betweenness_scaling scaling = betweenness_scaling::raw,
                                              unsigned threads = 1) {
    constexpr std::string_view fn = "betweenness";
    const adjacency_list& g = network;  // no copy when `network` is an adjacency_list
    detail::require_edge_weights(d, fn, true);
    if (scaling != betweenness_scaling::raw && scaling != betweenness_scaling::normalized) {
        ineq::detail::fail_got(fn, "unknown betweenness_scaling value", static_cast<double>(static_cast<int>(scaling)));
    }
    const bool normalized = scaling == betweenness_scaling::normalized;
    const std::size_t n = g.node_count();
    if (normalized && n < 3) {
        ineq::detail::fail_got(fn, "normalized betweenness needs at least three nodes", static_cast<double>(n));
    }
    std::vector<double> bc(n, 0.0);
    const std::size_t blocks = std::min(n, detail::betweenness_source_blocks);
    const auto first = [&](std::size_t b) { return n * b / blocks; };
    const unsigned t = ineq::detail::thread_count(threads, blocks);
    if (t <= 1) {
        std::vector<double> delta(n, 0.0);
        std::vector<double> part(n, 0.0);
        detail::shortest_paths sp(g, d, true);
        for (std::size_t b = 0; b < blocks; ++b) {
            std::fill(part.begin(), part.end(), 0.0);
            detail::betweenness_block(sp, delta, first(b), first(b + 1), part);
            for (std::size_t v = 0; v < n; ++v) {
                bc[v] += part[v];
            }
        }
    } else {
        // The first search buffers are built here so that a bad weight throws before any
        // thread starts; the others are built by their threads.
        std::vector<std::optional<detail::shortest_paths>> sp(t);
        sp[0].emplace(g, d, true);
        std::vector<std::vector<double>> delta(t);
        std::vector<std::vector<double>> part(blocks);
        ineq::detail::run_blocks(blocks, t, [&](std::size_t b, unsigned thread) {
            if (!sp[thread]) {
                sp[thread].emplace(g, d, true);
            }
            if (delta[thread].size() != n) {
                delta[thread].assign(n, 0.0);
            }
            part[b].assign(n, 0.0);
            detail::betweenness_block(*sp[thread], delta[thread], first(b), first(b + 1), part[b]);
        });
        for (std::size_t b = 0; b < blocks; ++b) {
            for (std::size_t v = 0; v < n; ++v) {
                bc[v] += part[b][v];
            }
        }
    }
    // Every unordered pair was seen from both ends.
    double scale = 0.5;
    if (normalized) {
        scale *= 2.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    }
    for (double& v : bc) {
        v *= scale;
    }
    return bc;
}

/// Closeness centrality from the r nodes u reaches (u included) at total distance D:
/// - `closeness_scaling::wasserman_faust` (the default; networkx's `closeness_centrality`
///   with `wf_improved=True`): ((r - 1) / D) * ((r - 1) / (n - 1)). The second factor
///   scales down nodes in small components, so values compare across components.
/// - `closeness_scaling::reachable_only` (igraph's `closeness(normalized=True)`):
///   (r - 1) / D, the inverse mean distance to the nodes u reaches; in a connected graph
///   both are (n - 1) / D.
/// - `closeness_scaling::inverse_total` (igraph's default `closeness()`, Freeman's raw
///   closeness): 1 / D.
/// An isolate (r = 1) and the single node of a one-node graph get 0 under every scaling
/// (networkx gives 0; igraph gives NaN). Accepts every `edge_weights` value (see the
/// file comment).
/// \throws domain_error for an `edge_weights` or `closeness_scaling` value outside the
/// enumeration, or for weighted lengths so large that a path length could overflow.
/// Example: in the path a - b - c, closeness(b) = 2 / 2 = 1 and closeness(a) = 2 / 3;
/// with `inverse_total`, 1/2 and 1/3.
template <adjacency_input G>
[[nodiscard]] std::vector<double> closeness(const G& network, edge_weights d = edge_weights::ignore,
                                            closeness_scaling scaling = closeness_scaling::wasserman_faust) {
    constexpr std::string_view fn = "closeness";
    const adjacency_list& g = network;  // no copy when `network` is an adjacency_list
    detail::require_edge_weights(d, fn, true);
    if (scaling != closeness_scaling::wasserman_faust && scaling != closeness_scaling::reachable_only &&
        scaling != closeness_scaling::inverse_total) {
        ineq::detail::fail_got(fn, "unknown closeness_scaling value", static_cast<double>(static_cast<int>(scaling)));
    }
    const std::size_t n = g.node_count();
    std::vector<double> out(n, 0.0);
    detail::shortest_paths sp(g, d, false);
    for (std::size_t u = 0; u < n; ++u) {
        sp.run(u);
        const auto& order = sp.order();
        if (order.size() < 2) {
            continue;
        }
        double total = 0.0;
        for (const auto v : order) {
            total += sp.dist()[v];
        }
        const auto reached = static_cast<double>(order.size() - 1);
        switch (scaling) {
        case closeness_scaling::wasserman_faust:
            out[u] = (reached / total) * (reached / static_cast<double>(n - 1));
            break;
        case closeness_scaling::reachable_only:
            out[u] = reached / total;
            break;
        case closeness_scaling::inverse_total:
            out[u] = 1.0 / total;
            break;
        }
    }
    return out;
}

}  // namespace ineq::network

#endif
