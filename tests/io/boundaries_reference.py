#!/usr/bin/env python3
"""Reference numbers for tests/io/boundaries.cpp: per boundary file in examples/data/geo,
the features, polygons and vertices and the sums of longitudes and latitudes, decoded in
plain Python (json module only). examples/spatial/polygons_reference.py imports `read`.

    python3 tests/io/boundaries_reference.py
"""
import glob
import json
import os

GEO = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'examples', 'data', 'geo')


def decode_ring(s, off):
    x, y = off
    out = []
    for k in range(0, len(s), 2):
        dx, dy = ord(s[k]) - 64, ord(s[k + 1]) - 64
        x += (dx >> 1) ^ -(dx & 1)
        y += (dy >> 1) ^ -(dy & 1)
        out.append((x / 1024.0, y / 1024.0))
    return out


def read(path):
    doc = json.load(open(path, encoding='utf-8'))
    units = []
    for f in doc['features']:
        g = f['geometry']
        parts = [g['coordinates']] if g['type'] == 'Polygon' else g['coordinates']
        if doc.get('UTF8Encoding', False):
            offs = [g['encodeOffsets']] if g['type'] == 'Polygon' else g['encodeOffsets']
            parts = [[decode_ring(r, o) for r, o in zip(p, po)] for p, po in zip(parts, offs)]
        units.append((f.get('id', ''), f['properties']['name'], [[list(map(tuple, r)) for r in p] for p in parts if p]))
    return units


if __name__ == '__main__':
    os.chdir(GEO)
    for f in ['china.json'] + sorted(glob.glob('province/*.json')):
        u = read(f)
        polys = sum(len(p) for _, _, p in u)
        verts = [pt for _, _, p in u for poly in p for r in poly for pt in r]
        print('{"%s", %d, %d, %d, %.10f, %.10f},' % (f, len(u), polys, len(verts), sum(p[0] for p in verts),
                                                     sum(p[1] for p in verts)))
