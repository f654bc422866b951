#!/usr/bin/python3
"""ineq against what a numpy user writes instead, on the same inputs, in one table.

For each size, bench_write_inputs writes the benchmark inputs of bench/measures.cpp (same
seeds and distributions: lognormal doubles, Poisson(4) counts as int32) to a temporary file;
this script times numpy on exactly those values:
    gini:      s = np.sort(x); c = np.cumsum(s, dtype=float); (n + 1 - 2 * c.sum() / c[-1]) / n
    sample_sd: np.std(x, ddof=1)
    cv:        np.std(x, ddof=1) / np.mean(x)
and runs bench_measures for the matching ineq benchmarks (CPU time), then prints the
times side by side with numpy / ineq (above 1: ineq is faster).

Usage: bench/compare/compare.py [BUILD_BENCH_DIR]   (default: build/bench/bench)
Needs Debian's python3-numpy; run with /usr/bin/python3.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

SIZES = [1_000, 10_000, 100_000, 1_000_000, 10_000_000]
KINDS = {"lognormal_doubles": "doubles", "poisson_counts": "counts"}


def load(path):
    with open(path, "rb") as f:
        n = int(np.frombuffer(f.read(8), dtype="<u8")[0])
        doubles = np.frombuffer(f.read(8 * n), dtype="<f8")
        counts = np.frombuffer(f.read(4 * n), dtype="<i4")
    return doubles, counts


def np_gini(x):
    s = np.sort(x)
    c = np.cumsum(s, dtype=float)
    n = len(s)
    return (n + 1 - 2 * c.sum() / c[-1]) / n


def np_sample_sd(x):
    return np.std(x, ddof=1)


def np_cv(x):
    return np.std(x, ddof=1) / np.mean(x)


def best_ms(fn, x, budget=1.0):
    """Fastest of repeated runs (at least 3, about `budget` seconds), in milliseconds."""
    best = float("inf")
    spent = 0.0
    runs = 0
    while runs < 3 or spent < budget:
        t0 = time.process_time()
        fn(x)
        dt = time.process_time() - t0
        best = min(best, dt)
        spent += dt
        runs += 1
        if runs >= 1000:
            break
    return best * 1e3


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    bench_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "build", "bench", "bench")
    writer = os.path.join(bench_dir, "bench_write_inputs")
    measures = os.path.join(bench_dir, "bench_measures")

    # ineq: one run of the matching benchmarks, CPU time in milliseconds.
    out = subprocess.run(
        [measures, "--benchmark_filter=^ineq_(gini|sample_sd|cv)<", "--benchmark_format=json",
         "--benchmark_min_time=0.5"],
        check=True, capture_output=True, text=True).stdout
    ineq = {}
    for b in json.loads(out)["benchmarks"]:
        fn, rest = b["name"].split("<", 1)
        kind, n = rest.split(">/")
        scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[b["time_unit"]]
        ineq[(fn.removeprefix("ineq_"), KINDS[kind], int(n))] = b["cpu_time"] * scale

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "inputs.bin")
        for n in SIZES:
            subprocess.run([writer, path, str(n)], check=True)
            doubles, counts = load(path)
            for kind, x in (("doubles", doubles), ("counts", counts)):
                for name, fn in (("gini", np_gini), ("sample_sd", np_sample_sd), ("cv", np_cv)):
                    t_np = best_ms(fn, x)
                    t_ineq = ineq.get((name, kind, n))
                    rows.append((name, kind, n, t_ineq, t_np))

    print(f"numpy {np.__version__}; times are CPU milliseconds (numpy: fastest run; ineq: "
          "Google Benchmark mean)")
    print(f"| {'measure':<9} | {'input':<7} | {'n':>10} | {'ineq ms':>10} | {'numpy ms':>10} "
          f"| {'numpy / ineq':>12} |")
    print(f"|{'-' * 11}|{'-' * 9}|{'-' * 12}:|{'-' * 11}:|{'-' * 11}:|{'-' * 13}:|")
    for name, kind, n, t_ineq, t_np in sorted(rows, key=lambda r: (r[0], r[1], r[2])):
        ratio = f"{t_np / t_ineq:.2f}" if t_ineq else "n/a"
        shown = f"{t_ineq:.4g}" if t_ineq else "n/a"
        print(f"| {name:<9} | {kind:<7} | {n:>10} | {shown:>10} | {t_np:>10.4g} | {ratio:>12} |")


if __name__ == "__main__":
    main()
