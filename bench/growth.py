#!/usr/bin/env python3
"""Time against input size for ineq's kernels, with the fitted growth exponent.

Runs the Google Benchmark programs of a Release build once per size with
--benchmark_format=json, takes the median CPU time over the repetitions, fits
log(t) = a + b log(n) by least squares over the sizes measured, and prints a markdown
table (one row per kernel, one column per power of ten, b beside each row).

Rows:
  gini         bench_measures  ineq_gini<lognormal_doubles>/N     1e3 ... 1e8 values
  betweenness  bench_network   betweenness_hops/N                 1e2 ... 1e5 nodes (m = 5n)
  aggregation  bench_pipeline  cooperation_panels_of/N            1e3 ... 1e7 records
  pipeline     (not a benchmark) whole-program seconds given with --pipeline n=seconds,...

Example:
  /usr/bin/python3 bench/growth.py --build build/bench --reps 3
  /usr/bin/python3 bench/growth.py --build build/bench --only gini --max-gini 1e7
  /usr/bin/python3 bench/growth.py --pipeline 1e4=0.05,1e5=0.4,1e6=4.1

An exponent near 1 is linear growth; the sort behind gini is O(n) in memory passes but
grows faster once the data leaves the caches; Brandes' betweenness is O(n m), so 2 for
m proportional to n.
"""

import argparse
import json
import math
import os
import subprocess
import sys

KERNELS = {
    # name: (program, benchmark name, sizes, unit of n)
    "gini": ("bench_measures", "ineq_gini<lognormal_doubles>", [10**k for k in range(3, 9)], "values"),
    "betweenness": ("bench_network", "betweenness_hops", [10**k for k in range(2, 6)], "nodes"),
    "aggregation": ("bench_pipeline", "cooperation_panels_of", [10**k for k in range(3, 8)], "records"),
}
COLUMNS = [10**k for k in range(2, 9)]


def run_one(program, name, n, reps, min_time):
    """Median CPU time in seconds of benchmark `name/n`, or None if it is not registered."""
    cmd = [
        program,
        f"--benchmark_filter=^{name}/{n}$",
        "--benchmark_format=json",
        f"--benchmark_repetitions={reps}",
        f"--benchmark_min_time={min_time}",
    ]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    rows = [b for b in json.loads(out)["benchmarks"] if b.get("run_type", "iteration") == "iteration"]
    if not rows:
        return None
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}
    times = sorted(b["cpu_time"] * scale[b.get("time_unit", "ns")] for b in rows)
    return times[len(times) // 2]


def fit(points):
    """Least-squares slope of log t on log n."""
    if len(points) < 2:
        return None
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx = sum(xs) / len(xs)
    my = sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    return sxy / sxx


def fmt_time(t):
    if t is None:
        return ""
    if t >= 1.0:
        return f"{t:.3g} s"
    if t >= 1e-3:
        return f"{t * 1e3:.3g} ms"
    return f"{t * 1e6:.3g} µs"


def parse_pipeline(text):
    points = []
    for item in text.split(","):
        n, t = item.split("=")
        points.append((int(float(n)), float(t)))
    return points


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build/bench", help="Release build directory with bench/ programs")
    ap.add_argument("--reps", type=int, default=3, help="repetitions per size (median CPU time)")
    ap.add_argument("--min-time", default="0.1", help="--benchmark_min_time per repetition")
    ap.add_argument("--only", default="gini,betweenness,aggregation", help="comma-separated rows to run")
    ap.add_argument("--max-gini", type=float, default=1e8)
    ap.add_argument("--max-nodes", type=float, default=1e5)
    ap.add_argument("--max-records", type=float, default=1e7)
    ap.add_argument("--pipeline", default="", help="whole-pipeline seconds as n=seconds,... (measured elsewhere)")
    args = ap.parse_args()

    limits = {"gini": args.max_gini, "betweenness": args.max_nodes, "aggregation": args.max_records}
    results = {}
    for kernel in [k for k in args.only.split(",") if k]:
        program, name, sizes, unit = KERNELS[kernel]
        path = os.path.join(args.build, "bench", program)
        points = []
        for n in sizes:
            if n > limits[kernel]:
                continue
            t = run_one(path, name, n, args.reps, args.min_time)
            print(f"{kernel} n={n}: {fmt_time(t) or 'not registered'}", file=sys.stderr, flush=True)
            if t is not None:
                points.append((n, t))
        results[kernel] = (unit, points)
    results["pipeline"] = ("records", parse_pipeline(args.pipeline) if args.pipeline else [])

    header = "| kernel | n is | " + " | ".join(f"1e{int(math.log10(c))}" for c in COLUMNS) + " | exponent |"
    print(header)
    print("|---|---|" + "---:|" * len(COLUMNS) + "---:|")
    for kernel, (unit, points) in results.items():
        times = dict(points)
        b = fit(points)
        cells = [fmt_time(times.get(c)) for c in COLUMNS]
        exponent = f"{b:.2f}" if b is not None else "(not measured)"
        print(f"| {kernel} | {unit} | " + " | ".join(cells) + f" | {exponent} |")


if __name__ == "__main__":
    main()
