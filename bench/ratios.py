#!/usr/bin/python3
"""The ratios bench/README.md reports, from one run of bench_measures in JSON.

Usage: build/bench/bench/bench_measures --benchmark_format=json > run.json
       bench/ratios.py run.json
All ratios use CPU time, so that other processes on a shared machine distort them less.
"""
import json
import sys


def main():
    with open(sys.argv[1]) as f:
        run = json.load(f)
    t = {}
    for b in run["benchmarks"]:
        if b.get("run_type", "iteration") != "iteration":
            continue
        scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[b["time_unit"]]
        t[b["name"]] = b["cpu_time"] * scale

    def get(fn, kind, n):
        return t.get(f"{fn}<{kind}>/{n}")

    print("| input | n | ineq gini ms | Boost gini ms (incl. copy) | copy ms | Boost / ineq "
          "| Boost - copy / ineq | std::sort+loop / ineq | gini / its sort |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for kind in ("lognormal_doubles", "poisson_counts"):
        for n in (1000, 10_000, 100_000, 1_000_000, 10_000_000):
            g = get("ineq_gini", kind, n)
            b = get("boost_gini", kind, n)
            c = get("copy_only", kind, n)
            p = get("plain_sort_loop_gini", kind, n)
            s = get("ineq_sort_copy", kind, n)
            if g is None:
                continue
            fmt = lambda v: "n/a" if v is None else f"{v:.4g}"
            ratio = lambda a, d: "n/a" if a is None or d is None else f"{a / d:.2f}"
            print(f"| {kind} | {n} | {fmt(g)} | {fmt(b)} | {fmt(c)} | {ratio(b, g)} "
                  f"| {ratio(None if b is None else b - c, g)} | {ratio(p, g)} | {ratio(g, s)} |")
    print()
    print("| input | n | ineq sample_sd ms | ineq cv ms | plain sum ms | Boost sample_variance ms "
          "| sd throughput / plain | cv throughput / plain | Boost / ineq sd |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for kind in ("lognormal_doubles", "poisson_counts"):
        for n in (1000, 10_000, 100_000, 1_000_000, 10_000_000):
            sd = get("ineq_sample_sd", kind, n)
            cv = get("ineq_cv", kind, n)
            ps = get("plain_sum", kind, n)
            bv = get("boost_sample_variance", kind, n)
            if sd is None:
                continue
            fmt = lambda v: "n/a" if v is None else f"{v:.4g}"
            ratio = lambda a, d: "n/a" if a is None or d is None else f"{a / d:.2f}"
            print(f"| {kind} | {n} | {fmt(sd)} | {fmt(cv)} | {fmt(ps)} | {fmt(bv)} "
                  f"| {ratio(ps, sd)} | {ratio(ps, cv)} | {ratio(bv, sd)} |")


if __name__ == "__main__":
    main()
