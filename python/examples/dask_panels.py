#!/usr/bin/python3
"""Province x year panels of a patent export with Dask: one panel per partition, merged.

The map-reduce the panels were designed for: each partition of the export becomes patent
records (ineq.records_from_frame) and the study's two panels (ineq.cooperation_panels:
all invention patents, and the industry-university-research cooperative ones); the
partial panels travel back pickled and are merged with `+=`, in a tree. The result equals
the panels of one pass over the whole export, exactly (integer counts).

An application published twice (A and B) counts once: each partition is deduplicated
(ineq.cooperation_panels deduplicates by default), and that is exact across partitions
only because the export is partitioned by application: every document goes to the
partition given by a hash of its application key (the application number, else the
publication number without its kind code, as ineq.deduplicate keys it), so the A and B
documents of one application always land in the same partition, in their input order.
Rows cut into consecutive blocks instead would leave twins in two partitions, and the
merged panels would count them twice.

The export is the CSV the `synthetic` example writes (or any export with the same
columns). It is first split into --partitions CSV files in a directory, standing for the
partitioned export of a large database (one file per shard, as a database dump or a
crawl would deliver it); dask.dataframe then reads one partition per file.

Runs on distributed.LocalCluster(n_workers=--workers, threads_per_worker=1,
processes=True): each worker is a separate process, which imports ineq itself (PYTHONPATH
must name the directory holding the package, as CTest sets it). For a cluster of many
machines, pass --scheduler tcp://host:8786 instead (see docs/python.md).

Usage: dask_panels.py EXPORT.csv [--partitions 4] [--workers 2] [--scheduler ADDRESS] [--check]
"""
import argparse
import functools
import operator
import os
import re
import sys
import tempfile
import time

import pandas as pd
import dask
import dask.dataframe as dd
from distributed import Client, LocalCluster

import ineq


def read_export(path):
    # utf-8-sig: the exports begin with a byte-order mark. Every column as text. Rows with
    # another number of fields than the header (the synthetic export has ten on purpose)
    # are skipped, as the pipeline example skips them; so are rows that are not valid UTF-8
    # (decoded with U+FFFD replacement characters, then dropped).
    frame = pd.read_csv(path, encoding="utf-8-sig", encoding_errors="replace", dtype=str,
                        keep_default_na=False, on_bad_lines="skip")
    bad = frame.apply(lambda column: column.str.contains("\ufffd", regex=False)).any(axis=1)
    return frame[~bad].reset_index(drop=True)


# A kind code at the end of a publication number, after a digit and at most one space:
# "CN110210173A", "CN110210173 B", "WO2021123456A1" (the rule of ineq::kind_code_of).
KIND_CODE = re.compile(r"(?<=[0-9]) ?[A-Za-z][0-9]?$")


def application_keys(frame):
    """The application key of every row: the application number, else the publication
    number without its kind code (as ineq.deduplicate keys documents); "" if neither."""
    columns = ineq.export_columns([str(c) for c in frame.columns])
    empty = pd.Series("", index=frame.index)
    applications = frame.get(columns.get("application_numbers"), empty).fillna("").str.strip()
    publications = (frame.get(columns.get("publication_numbers"), empty).fillna("").str.strip()
                    .str.replace(KIND_CODE, "", regex=True).str.strip())
    return applications.where(applications != "", publications)


def split_export(frame, directory, partitions):
    """Writes `frame` as `partitions` CSV files part-000.csv, ... into `directory`,
    partitioned by application: a row goes to the file given by a hash of its application
    key, so that all documents of one application (A and B) are in one file, in input
    order, and deduplicating each partition equals deduplicating the whole export."""
    keys = application_keys(frame)
    shard = pd.util.hash_pandas_object(keys, index=False).to_numpy() % partitions
    paths = []
    for k in range(partitions):
        path = os.path.join(directory, f"part-{k:03d}.csv")
        frame[shard == k].to_csv(path, index=False)
        paths.append(path)
    return paths


def panels_of(partition):
    """The study's two panels, (all, cooperative), of one partition (a pandas DataFrame),
    deduplicated: exact for the whole export when the partitions are cut by application
    (split_export)."""
    records = ineq.records_from_frame(partition)
    return ineq.cooperation_panels(records, deduplicate=True)


def merge(a, b):
    """Merges two (all, cooperative) pairs with the panels' +=."""
    a_all, a_coop = a
    a_all += b[0]
    a_coop += b[1]
    return a_all, a_coop


def tree_merge(parts):
    """Merges delayed pairs in a balanced tree (log2 of the partitions deep)."""
    parts = list(parts)
    while len(parts) > 1:
        merged = [dask.delayed(merge)(parts[i], parts[i + 1]) for i in range(0, len(parts) - 1, 2)]
        if len(parts) % 2:
            merged.append(parts[-1])
        parts = merged
    return parts[0]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("export")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--scheduler", help="address of a running dask-scheduler (default: a LocalCluster)")
    ap.add_argument("--check", action="store_true", help="compare with the single-process panels; exit 1 if they differ")
    args = ap.parse_args(argv)

    whole = read_export(args.export)
    with tempfile.TemporaryDirectory() as tmp:
        split_export(whole, tmp, args.partitions)
        frame = dd.read_csv(os.path.join(tmp, "part-*.csv"), dtype=str, keep_default_na=False, blocksize=None)
        if args.scheduler:
            client, cluster = Client(args.scheduler), None
        else:
            cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        try:
            t0 = time.perf_counter()
            parts = [dask.delayed(panels_of)(p) for p in frame.to_delayed()]
            all_panel, coop_panel = tree_merge(parts).compute()
            seconds = time.perf_counter() - t0
            workers = len(client.scheduler_info()["workers"])
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    print(f"{len(whole)} records in {frame.npartitions} partitions on {workers} Dask workers: {seconds:.2f} s")
    print(f"all invention patents:  {int(all_panel.values.sum())}")
    print(f"cooperative (IUR):      {int(coop_panel.values.sum())}")
    print(ineq.panel_frame(coop_panel).sum(axis=0).to_string())

    if args.check:
        single_all, single_coop = panels_of(whole)
        same = single_all == all_panel and single_coop == coop_panel
        print("merged panels equal the single-process panels:", "yes" if same else "NO")
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
