#!/usr/bin/python3
"""R spdep's localmoran_perm and localmoran next to ineq's local Moran, in the same run.

Runs `bench_spatial_local --write-inputs` (Table 1 over the 31 provinces with the 68 land
borders; 340 units with random symmetric neighbours, 5.5 per unit), then
`Rscript bench/compare/spdep_local.R` on those files (fastest of --reps calls, CPU seconds),
then `bench_spatial_local` itself (Google Benchmark, CPU time), and prints the ratios
spdep / ineq. spdep runs single-threaded (its default); ineq is shown with 1 thread (CPU time)
and 2 threads (wall time; on a shared machine only a hint).

Usage: bench/compare/spdep_local.py [--build build/bench] [--nsim 9999] [--reps 3]
"""
import argparse
import json
import os
import subprocess
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build/bench")
    ap.add_argument("--nsim", type=int, default=9999)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    exe = os.path.join(args.build, "bench", "bench_spatial_local")
    here = os.path.dirname(os.path.abspath(__file__))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, "--write-inputs", tmp], check=True)
        r = subprocess.run(["Rscript", os.path.join(here, "spdep_local.R"), tmp, str(args.nsim),
                            str(args.reps)], check=True, capture_output=True, text=True).stdout
        spdep = {}
        for line in r.strip().splitlines():
            name, perm, analytic = line.split()
            spdep[name] = (float(perm), float(analytic))
        js = os.path.join(tmp, "local.json")
        subprocess.run([exe, "--benchmark_filter=local_moran_(permutation|analytic)",
                        "--benchmark_min_time=0.5", "--benchmark_out=" + js,
                        "--benchmark_out_format=json"], check=True, stdout=subprocess.DEVNULL)
        ineq = {}
        scale = {"ms": 1e-3, "us": 1e-6, "ns": 1e-9, "s": 1.0}
        for b in json.load(open(js))["benchmarks"]:
            parts = b["name"].split("/")
            name = "provinces" if parts[1] == "0" else "prefectures"
            threads = int(parts[2]) if len(parts) > 2 else 1
            ineq[(parts[0], name, threads)] = b["cpu_time"] * scale[b["time_unit"]]
            ineq[(parts[0], name, threads, "wall")] = b["real_time"] * scale[b["time_unit"]]
    vers = subprocess.run(["Rscript", "-e", "cat(R.version.string, 'spdep', "
                           "as.character(packageVersion('spdep')))"],
                          capture_output=True, text=True).stdout.strip()
    print(f"{vers}; nsim = {args.nsim}; CPU seconds (spdep: fastest of {args.reps}; ineq: Google Benchmark mean)")
    print()
    print("| input | n | spdep localmoran_perm s | ineq 1 thread s | spdep / ineq | ineq 2 threads s (wall) | spdep localmoran s | ineq local_moran s | spdep / ineq |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, n in (("provinces", 31), ("prefectures", 340)):
        perm, analytic = spdep[name]
        one = ineq[("local_moran_permutation", name, 1)]
        two = ineq[("local_moran_permutation", name, 2, "wall")]
        an = ineq[("local_moran_analytic", name, 1)]
        print(f"| {name} | {n} | {perm:.4g} | {one:.4g} | {perm / one:.1f} | {two:.4g} | "
              f"{analytic:.4g} | {an:.4g} | {analytic / an:.0f} |")
    print()
    print("localmoran_perm draws with replacement (spdep 1.2.7) and also computes ranks, skewness and")
    print("kurtosis of each unit's draws; ineq draws without replacement (conditional randomisation).")


if __name__ == "__main__":
    main()
