#!/usr/bin/python3
"""The Python bindings (ineq._ineq) against numpy, pandas and networkx, called from Python.

1. Gini and sample sd of numpy float64 arrays of 1e6 and 1e7 values: ineq.gini against numpy's
   sort-based Gini (sort, then the rank-weighted sum), ineq.sample_sd against np.std(ddof=1).
2. The study pipeline on synthetic records: pandas_pipeline of bench/compare/pandas_peer.py
   (keyword classification, province from the address, study selection, groupby panel) on one
   row per applicant, against ineq.records_from_columns + ineq.aggregate(select='study') on one
   row per document (the export's own layout). Building the inputs is not timed.
3. Betweenness (unweighted, raw) on a G(n, m) random graph: networkx against ineq.betweenness.
4. Call overhead: ineq.gini on tiny arrays (ns per call) and the time per element at 1e6.
Times are the best of --repeat runs of the process's CPU time (time.process_time: every
workload is single-threaded), which other processes on a shared machine disturb less than
wall-clock time.

Usage: PYTHONPATH=build/python/python bench/compare/python_bindings.py [--quick]
"""
import argparse
import os
import sys
import time

import networkx as nx
import numpy as np
import pandas as pd

import ineq

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pandas_peer import pandas_pipeline  # noqa: E402


def best(f, repeat):
    t = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        f()
        t = min(t, time.process_time() - t0)
    return t


def numpy_gini(x):
    s = np.sort(x)
    n = len(s)
    return 2.0 * np.dot(np.arange(1, n + 1, dtype=float), s) / (n * s.sum()) - (n + 1) / n


def synthetic_records(n, seed=1):
    """n documents of 1-3 applicants (universities, enterprises, institutes, persons) with
    addresses '<province><prefecture>...' drawn from the library's tables."""
    rng = np.random.default_rng(seed)
    provinces = {p["code"]: p["chinese"] for p in ineq.provinces()}
    prefs = [p for p in ineq.prefectures() if not p["placeholder"] and p["province"] in provinces]
    kinds = np.array(["{}大学", "{}科技有限公司", "{}研究所", "张{}"])
    k = rng.integers(1, 4, size=n)
    rows = []
    doc_names, doc_addr = [], []
    years = rng.integers(2010, 2023, size=n)
    for i in range(n):
        names, addrs = [], []
        for j in range(k[i]):
            pr = prefs[rng.integers(len(prefs))]
            city = pr["name"]
            kind = kinds[rng.choice(4, p=[0.3, 0.45, 0.2, 0.05])]
            name = kind.format(city[:2] + str(rng.integers(100)))
            addr = provinces[pr["province"]] + city + "某路" + str(rng.integers(1, 300)) + "号"
            names.append(name)
            addrs.append(addr)
            rows.append((i, int(years[i]), "invention", name, addr))
        doc_names.append("; ".join(names))
        doc_addr.append("; ".join(addrs))
    per_applicant = pd.DataFrame(rows, columns=["record", "year", "type", "name", "address"])
    per_document = pd.DataFrame({"applicants": doc_names, "addresses": doc_addr, "years": years})
    prefecture_table = pd.DataFrame({"name": [p["name"] for p in prefs],
                                     "province": [provinces[p["province"]] for p in prefs]})
    return per_applicant, per_document, prefecture_table


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="smaller sizes (a smoke run)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    sizes = [10**5, 10**6] if args.quick else [10**6, 10**7]
    rng = np.random.default_rng(0)
    print(f"numpy {np.__version__}, pandas {pd.__version__}, networkx {nx.__version__}; best of {args.repeat}, CPU seconds")
    print()
    print("| workload | n | ineq s | peer s | peer / ineq |")
    print("|---|---:|---:|---:|---:|")
    for n in sizes:
        x = rng.lognormal(size=n)
        assert abs(ineq.gini(x) - numpy_gini(x)) < 1e-9
        ti, tp = best(lambda: ineq.gini(x), args.repeat), best(lambda: numpy_gini(x), args.repeat)
        print(f"| Gini vs numpy sort-based | {n:.0e} | {ti:.4g} | {tp:.4g} | {tp / ti:.1f} |")
        ti, tp = best(lambda: ineq.sample_sd(x), args.repeat), best(lambda: np.std(x, ddof=1), args.repeat)
        print(f"| sample sd vs np.std(ddof=1) | {n:.0e} | {ti:.4g} | {tp:.4g} | {tp / ti:.1f} |")

    n_docs = 20_000 if args.quick else 200_000
    per_applicant, per_document, prefs = synthetic_records(n_docs)

    def ineq_pipeline():
        rec = ineq.records_from_columns(per_document["applicants"], addresses=per_document["addresses"],
                                        years=per_document["years"])
        return ineq.aggregate(rec, 2012, 2021, select="study")

    ti = best(ineq_pipeline, args.repeat)
    tp = best(lambda: pandas_pipeline(per_applicant, prefs), args.repeat)
    totals = (int(ineq_pipeline().values.sum()), int(pandas_pipeline(per_applicant, prefs).values.sum()))
    print(f"| study pipeline vs pandas_peer.py (panel totals {totals[0]} / {totals[1]}) | {n_docs:.0e} docs | "
          f"{ti:.4g} | {tp:.4g} | {tp / ti:.1f} |")

    for nodes, edges in ([500, 2500], [2000, 10000]):
        g = nx.gnm_random_graph(nodes, edges, seed=5)
        e = np.array(list(g.edges), dtype=np.int64)
        G = ineq.Graph.from_edges(e[:, 0], e[:, 1], n=nodes)
        reps = 1 if nodes > 1000 else args.repeat
        ti = best(lambda: ineq.betweenness(G), args.repeat)
        tp = best(lambda: nx.betweenness_centrality(g, normalized=False), reps)
        print(f"| betweenness vs networkx (G(n, m), m = {edges}) | {nodes} nodes | {ti:.4g} | {tp:.4g} | {tp / ti:.1f} |")

    print()
    print("| call overhead | ns per call | ns per element |")
    print("|---|---:|---:|")
    for n in (1, 10, 100, 1000, 10**6):
        x = rng.random(n) + 0.1
        calls = max(1, 200_000 // n) if n < 10**6 else 20
        t = best(lambda: [ineq.gini(x) for _ in range(calls)], args.repeat) / calls
        print(f"| ineq.gini, float64 array of {n} | {t * 1e9:.0f} | {t * 1e9 / n:.2f} |")
    xl = list(rng.random(100) + 0.1)
    calls = 20_000
    t = best(lambda: [ineq.gini(xl) for _ in range(calls)], args.repeat) / calls
    print(f"| ineq.gini, Python list of 100 (converted) | {t * 1e9:.0f} | {t * 1e9 / 100:.2f} |")
    xi = rng.integers(1, 100, size=10**6)
    t = best(lambda: ineq.gini(xi), args.repeat)
    print(f"| ineq.gini, int64 array of 1e6 (converted) | {t * 1e9:.0f} | {t * 1e9 / 1e6:.2f} |")


if __name__ == "__main__":
    main()
