#!/usr/bin/env python3
"""Checks the structure of the maps written by the spatial example.

    check_map_svg.py DIR

Every SVG must be well-formed XML. figure2_cooperative_map.svg must hold four map panels,
each with the 31 mainland provinces (one path each, filled with a legend colour) and Hong
Kong, Macao and Taiwan hatched as no data; a legend whose last entry is the no-data entry;
and the note on the boundaries. The single-year map has one such panel; the prefecture map
one panel of prefecture paths with the province outlines over them. Exit status 1 on the
first failure, with a message saying what is wrong.
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/2000/svg}"
NOTE = "Boundaries simplified from ECharts 4.9.0 map data (Apache-2.0); not an authoritative map"


def fail(msg):
    print("check_map_svg: " + msg)
    sys.exit(1)


def classes(el):
    return (el.get("class") or "").split()


def check(path, panels_expected, unit_class, units_min, units_max):
    name = os.path.basename(path)
    if os.path.getsize(path) > 3_000_000:
        fail(f"{name}: {os.path.getsize(path)} bytes, more than 3 MB")
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        fail(f"{name}: not well-formed XML: {e}")
    if root.tag != NS + "svg":
        fail(f"{name}: the root element is {root.tag}, not svg")
    title = [t for t in root.iter(NS + "text") if "title" in classes(t)]
    if len(title) != 1 or not "".join(title[0].itertext()).strip():
        fail(f"{name}: expected one non-empty title")
    legend = [g for g in root.iter(NS + "g") if "legend" in classes(g)]
    if len(legend) != 1:
        fail(f"{name}: expected one legend, found {len(legend)}")
    items = [g for g in legend[0].iter(NS + "g") if "legend-item" in classes(g)]
    nodata = [g for g in items if "nodata" in classes(g)]
    if len(nodata) != 1 or "No data" not in "".join(nodata[0].itertext()):
        fail(f"{name}: the legend has no 'No data' entry")
    colours = {g.find(NS + "rect").get("fill") for g in items if "nodata" not in classes(g)}
    if not colours:
        fail(f"{name}: the legend has no classes")
    if nodata[0].find(NS + "rect").get("fill") != "url(#nodata)":
        fail(f"{name}: the no-data entry is not hatched")
    notes = [t for t in root.iter(NS + "text") if "note" in classes(t)]
    if len(notes) != 1 or NOTE not in "".join(notes[0].itertext()):
        fail(f"{name}: the note on the boundaries is missing")
    panels = [g for g in root.iter(NS + "g") if "panel" in classes(g)]
    if len(panels) != panels_expected:
        fail(f"{name}: expected {panels_expected} map panels, found {len(panels)}")
    for k, panel in enumerate(panels):
        paths = list(panel.iter(NS + "path"))
        units = [p for p in paths if unit_class in classes(p)]
        if not units_min <= len(units) <= units_max:
            fail(f"{name}: panel {k} has {len(units)} {unit_class} paths, expected {units_min}..{units_max}")
        codes = [p.get("data-code") for p in units]
        if unit_class == "province" and len(set(codes)) != 31:
            fail(f"{name}: panel {k} does not have 31 distinct province codes")
        for p in units:
            fill = p.get("fill")
            if fill not in colours and fill != "url(#nodata)":
                fail(f"{name}: panel {k}: {p.get('data-code')} is filled {fill}, not a legend colour")
            if not p.get("d", "").startswith("M"):
                fail(f"{name}: panel {k}: {p.get('data-code')} has no path data")
        outside = {p.get("data-code") for p in paths if "nodata" in classes(p)}
        if not {"710000", "810000", "820000"} <= outside:
            fail(f"{name}: panel {k} lacks Hong Kong, Macao or Taiwan as no data (has {sorted(outside)})")
        if any(p.get("fill") != "url(#nodata)" for p in paths if "nodata" in classes(p)):
            fail(f"{name}: panel {k}: Hong Kong, Macao and Taiwan must be hatched")
        if unit_class == "prefecture" and not [p for p in paths if "outline" in classes(p)]:
            fail(f"{name}: panel {k} has no province outlines")
    print(f"check_map_svg: {name}: {len(panels)} panel(s), {len(colours)} classes: ok")


def main():
    args = [a for a in sys.argv[1:] if a != "--lisa"]
    if len(args) != 1:
        fail("usage: check_map_svg.py [--lisa] DIR  (--lisa: a LISA cluster map must be there)")
    d = args[0]
    check(os.path.join(d, "figure2_cooperative_map.svg"), 4, "province", 31, 31)
    single = sorted(glob.glob(os.path.join(d, "cooperative_map_*.svg")))
    if len(single) != 1:
        fail(f"expected one single-year map, found {len(single)}")
    check(single[0], 1, "province", 31, 31)
    check(os.path.join(d, "cooperative_prefecture_map.svg"), 1, "prefecture", 330, 400)
    lisa = sorted(glob.glob(os.path.join(d, "lisa_clusters_*.svg")))
    if "--lisa" in sys.argv[1:] and len(lisa) != 1:
        fail(f"expected one LISA cluster map, found {len(lisa)}")
    for f in lisa:
        check(f, 1, "province", 31, 31)


if __name__ == "__main__":
    main()
