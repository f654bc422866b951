#!/usr/bin/env python3
"""Runs the pipeline example at the city level (--level prefecture) and checks what it prints
and writes: Table 1 by city, the series across the 337 units, the Dagum decomposition by
province, the city network as GraphML with 337 nodes, and the city bar charts.

usage: level_test.py PIPELINE EXPORT OUT_DIR [extra pipeline arguments...]
"""
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET


def fail(message):
    print(f"level_test: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    if len(sys.argv) < 4:
        fail(__doc__)
    pipeline, export, out = sys.argv[1:4]
    shutil.rmtree(out, ignore_errors=True)
    run = subprocess.run([pipeline, export, "--out", out, "--quiet", "--level", "prefecture", *sys.argv[4:]],
                         capture_output=True, text=True)
    if run.returncode != 0:
        fail(f"exit status {run.returncode}; stderr:\n{run.stderr}")
    text = run.stdout
    for needle in ["Level: prefecture (337 units",
                   "Table 1. IUR cooperation degree of invention patents by city",
                   "across the 337 cities",
                   "Dagum decomposition of the Gini of cooperative patents by province",
                   "Cooperation network between the cities"]:
        if needle not in text:
            fail(f"the output lacks {needle!r}")
    graphml = os.path.join(out, "network_cities.graphml")
    if not os.path.isfile(graphml):
        fail("no network_cities.graphml")
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = ET.parse(graphml).getroot().findall(".//g:node", ns)
    if len(nodes) != 337:
        fail(f"the city network has {len(nodes)} nodes, not 337")
    if shutil.which("gnuplot"):
        for name in ["figure_cities_degree.svg", "figure_cities_counts.svg"]:
            path = os.path.join(out, name)
            if not os.path.isfile(path) or os.path.getsize(path) == 0:
                fail(f"no {name}")
            ET.parse(path)
    if any(n.startswith("figure_provinces") for n in os.listdir(out)):
        fail("province bar charts written at the city level")
    print(f"level_test: {export}: city tables, series, Dagum, network (337 nodes) and charts: ok")


if __name__ == "__main__":
    main()
