#!/usr/bin/python3
"""networkx and igraph betweenness on the graphs of bench/network.cpp, next to ineq.

The graphs (G(n, 5n), seeded, integer weights 1..4) are written by
`bench_write_inputs --graph`; ineq is timed by `bench_network` in the same run (CPU time).
networkx is timed once per size (it takes minutes at 1e4 nodes); with --extrapolate it is
timed on 2e3 nodes only and scaled to 1e4 by the O(n m) cost of Brandes' algorithm
((1e4 * 5e4) / (2e3 * 1e4) = 25x), which the report says.

Usage: bench/compare/network_peers.py [--build build/bench] [--sizes 1000,10000] [--extrapolate]
"""
import argparse
import json
import os
import subprocess
import tempfile
import time

import igraph
import networkx


def cpu(fn):
    t0 = time.process_time()
    out = fn()
    return time.process_time() - t0, out


def load(path):
    edges = []
    with open(path) as f:
        for line in f:
            i, j, w = line.split()
            edges.append((int(i), int(j), float(w)))
    return edges


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build/bench")
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--extrapolate", action="store_true",
                    help="time networkx on 2e3 nodes and scale to larger sizes by n*m")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    bench_dir = os.path.join(args.build, "bench")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        # ineq, in the same run
        filt = "betweenness_(hops|inverse_weight)/(" + "|".join(str(n) for n in sizes) + ")$"
        js = os.path.join(tmp, "net.json")
        subprocess.run([os.path.join(bench_dir, "bench_network"), "--benchmark_filter=" + filt,
                        "--benchmark_min_time=0.1", "--benchmark_out=" + js,
                        "--benchmark_out_format=json"], check=True, stdout=subprocess.DEVNULL)
        ineq_s = {}
        for b in json.load(open(js))["benchmarks"]:
            name, n = b["name"].split("/")
            assert b["time_unit"] == "ms"
            ineq_s[(name.replace("betweenness_", ""), int(n))] = b["cpu_time"] / 1e3
        for n in sizes:
            path = os.path.join(tmp, f"g{n}.txt")
            subprocess.run([os.path.join(bench_dir, "bench_write_inputs"), "--graph", path, str(n)],
                           check=True)
            edges = load(path)
            ig = igraph.Graph(n=n, edges=[(i, j) for i, j, _ in edges])
            ig.es["length"] = [1.0 / w for _, _, w in edges]
            t_ig_h, _ = cpu(lambda: ig.betweenness(directed=False))
            t_ig_w, _ = cpu(lambda: ig.betweenness(directed=False, weights="length"))
            nx_n = n
            note = "timed"
            if args.extrapolate and n > 2000:
                nx_n = 2000
                note = "extrapolated from 2e3 by n*m (x%.0f)" % ((n * 5 * n) / (nx_n * 5 * nx_n))
            if nx_n != n:
                p2 = os.path.join(tmp, f"g{nx_n}.txt")
                subprocess.run([os.path.join(bench_dir, "bench_write_inputs"), "--graph", p2,
                                str(nx_n)], check=True)
                nx_edges = load(p2)
            else:
                nx_edges = edges
            G = networkx.Graph()
            G.add_nodes_from(range(nx_n))
            G.add_weighted_edges_from([(i, j, 1.0 / w) for i, j, w in nx_edges], weight="length")
            t_nx_h, _ = cpu(lambda: networkx.betweenness_centrality(G, normalized=False))
            t_nx_w, _ = cpu(lambda: networkx.betweenness_centrality(G, normalized=False,
                                                                    weight="length"))
            scale = (n * 5 * n) / (nx_n * 5 * nx_n)
            t_nx_h *= scale
            t_nx_w *= scale
            for mode, t_nx, t_ig in (("hops", t_nx_h, t_ig_h), ("inverse_weight", t_nx_w, t_ig_w)):
                t_in = ineq_s[(mode, n)]
                rows.append((mode, n, t_in, t_ig, t_nx, note))
    print(f"networkx {networkx.__version__}, igraph {igraph.__version__}; CPU seconds")
    print()
    print("| lengths | n | ineq s | igraph s | networkx s | igraph / ineq | networkx / ineq | networkx |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for mode, n, t_in, t_ig, t_nx, note in rows:
        print(f"| {mode} | {n} | {t_in:.4g} | {t_ig:.4g} | {t_nx:.4g} | {t_ig / t_in:.2f} | "
              f"{t_nx / t_in:.1f} | {note} |")


if __name__ == "__main__":
    main()
