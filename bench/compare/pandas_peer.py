#!/usr/bin/python3
"""pandas on the records of bench/pipeline.cpp, doing what a user would write, next to ineq.

The records (one CSV row per applicant: record,year,type,name,address) and the prefecture
table come from `bench_write_inputs --records` / `--prefectures`; ineq's end-to-end time is
`end_to_end/<n>` of `bench_pipeline` in the same run (classify every applicant, province from
its address, study_rules() selection, province x year panel with whole counting).

pandas, timed from the loaded DataFrame (reading the CSV is not counted, as ineq's records are
in memory too):
  1. kind: `str.contains` on the names, first match wins (研究所|研究院 -> institute, so
     that 中国科学院...研究所 is not a university; 大学|学院 -> university; 公司|厂 ->
     enterprise; 医院|局 -> government; else individual);
  2. province: `str.extract` of a leading province name, else of a prefecture name mapped to
     its province;
  3. selection per record (groupby): invention, filed 2012..2021, no individual, >= 2
     applicants, an industry-university-research pair;
  4. `groupby([province, year]).size()` over the selected records' distinct provinces.
The panel totals of both are printed; they differ only where the keyword rules above and
ineq's classifier disagree.

Usage: bench/compare/pandas_peer.py [--build build/bench] [--n 1000000]
"""
import argparse
import json
import os
import re
import subprocess
import tempfile
import time

import numpy as np
import pandas as pd


def pandas_pipeline(df, prefectures):
    name = df["name"]
    kind = np.select(
        [name.str.contains("研究所|研究院"), name.str.contains("大学|学院"),
         name.str.contains("公司|厂"), name.str.contains("医院|局")],
        ["institute", "university", "enterprise", "government"], default="individual")
    provinces = sorted(set(prefectures["province"]), key=len, reverse=True)
    cities = sorted(prefectures["name"], key=len, reverse=True)
    city_to_province = dict(zip(prefectures["name"], prefectures["province"]))
    address = df["address"]
    prov = address.str.extract("^(" + "|".join(map(re.escape, provinces)) + ")", expand=False)
    city = address.str.extract("^(" + "|".join(map(re.escape, cities)) + ")", expand=False)
    prov = prov.fillna(city.map(city_to_province))
    d = df.assign(kind=kind, province=prov,
                  u=kind == "university", e=kind == "enterprise", r=kind == "institute",
                  ind=kind == "individual")
    per = d.groupby("record").agg(n=("name", "size"), u=("u", "any"), e=("e", "any"),
                                  r=("r", "any"), ind=("ind", "any"), year=("year", "first"),
                                  type=("type", "first"))
    keep = ((per["type"] == "invention") & per["year"].between(2012, 2021) & ~per["ind"]
            & (per["n"] >= 2) & ((per["u"] & per["e"]) | (per["u"] & per["r"]) | (per["e"] & per["r"])))
    sel = d[d["record"].isin(per.index[keep])]
    table = (sel.dropna(subset=["province"]).drop_duplicates(["record", "province"])
             .groupby(["province", "year"]).size().unstack(fill_value=0))
    return table


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build/bench")
    ap.add_argument("--n", type=int, default=1000000)
    args = ap.parse_args()
    bench_dir = os.path.join(args.build, "bench")
    with tempfile.TemporaryDirectory() as tmp:
        csv = os.path.join(tmp, "records.csv")
        pref = os.path.join(tmp, "prefectures.csv")
        out = subprocess.run([os.path.join(bench_dir, "bench_write_inputs"), "--records", csv,
                              str(args.n)], check=True, capture_output=True, text=True)
        ineq_total = int(out.stdout.strip())
        subprocess.run([os.path.join(bench_dir, "bench_write_inputs"), "--prefectures", pref],
                       check=True)
        js = os.path.join(tmp, "pipe.json")
        subprocess.run([os.path.join(bench_dir, "bench_pipeline"),
                        f"--benchmark_filter=^end_to_end/{args.n}$", "--benchmark_min_time=0.1",
                        "--benchmark_out=" + js, "--benchmark_out_format=json"],
                       check=True, stdout=subprocess.DEVNULL)
        b = json.load(open(js))["benchmarks"][0]
        assert b["time_unit"] == "ms"
        ineq_s = b["cpu_time"] / 1e3
        df = pd.read_csv(csv)
        prefectures = pd.read_csv(pref)
        best = None
        for _ in range(3):
            t0 = time.process_time()
            table = pandas_pipeline(df, prefectures)
            t = time.process_time() - t0
            best = t if best is None else min(best, t)
    print(f"pandas {pd.__version__}, numpy {np.__version__}; {args.n} records, {len(df)} applicant rows;"
          " CPU seconds (pandas: fastest of 3; ineq: Google Benchmark)")
    print()
    print("| n records | ineq end to end s | pandas s | pandas / ineq | ineq panel total | pandas panel total |")
    print("|---:|---:|---:|---:|---:|---:|")
    print(f"| {args.n} | {ineq_s:.4g} | {best:.4g} | {best / ineq_s:.1f} | {ineq_total} | "
          f"{int(table.values.sum())} |")


if __name__ == "__main__":
    main()
