#!/usr/bin/env python3
"""Reference values for examples/spatial/polygons_test.cpp, computed without ineq.

    python3 examples/spatial/polygons_reference.py        (numpy, scipy)

Decodes the ECharts files in examples/data/geo/ by the rule in its README (plain GeoJSON
when "UTF8Encoding" is false, as province/xizang.json is), then prints
- queen contiguity of the 450 prefecture-level units (every province file but Taiwan, Hong
  Kong and Macao, in file-name order, features in file order) with scipy's
  cKDTree.query_pairs (vertex pairs at Euclidean distance <= tol degrees) for tol 0 and
  0.002: number of pairs, the islands, the smallest number of neighbours in Guangdong;
- rook contiguity of the same units with tolerance 0: pairs of units whose rings share an
  edge (the same two consecutive vertices, either way round), by set intersection;
- for the 31 mainland provinces of china.json, the smallest distances (degrees) between
  vertices of two provinces that share no vertex;
- the rings of china.json as CSV (/tmp/china_rings.csv) and the prefectures as GeoJSON
  (/tmp/prefectures.geojson: rings closed, rings with fewer than 3 distinct vertices and
  the empty feature dropped, as GEOS requires) for polygons_reference.R.
"""
import glob
import json
import os
import sys

import numpy as np
from scipy.spatial import cKDTree

GEO = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data', 'geo')


# The decoder, shared with tests/io/boundaries_reference.py (the reader's own reference).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests', 'io'))
from boundaries_reference import read  # noqa: E402


def queen(units, tol):
    xy = np.array([q for _, _, parts in units for p in parts for r in p for q in r])
    owner = np.array([u for u, (_, _, parts) in enumerate(units) for p in parts for r in p for q in r])
    pairs = cKDTree(xy).query_pairs(tol, output_type='ndarray')
    a, b = owner[pairs[:, 0]], owner[pairs[:, 1]]
    keep = a != b
    return set(zip(np.minimum(a, b)[keep].tolist(), np.maximum(a, b)[keep].tolist()))


files = [p for p in sorted(glob.glob(os.path.join(GEO, 'province', '*.json')))
         if os.path.basename(p) not in ('taiwan.json', 'xianggang.json', 'aomen.json')]
units, where = [], []
for p in files:
    for u in read(p):
        units.append(u)
        where.append(os.path.basename(p))
for tol in (0.0, 0.002):
    q = queen(units, tol)
    deg = np.zeros(len(units), int)
    for a, b in q:
        deg[a] += 1
        deg[b] += 1
    print('tol', tol, 'units', len(units), 'queen pairs', len(q),
          'islands', [(i, units[i][1], where[i]) for i in np.flatnonzero(deg == 0)],
          'min neighbours in Guangdong', min(deg[i] for i in range(len(units)) if where[i] == 'guangdong.json'))



def edges(parts):
    out = set()
    for p in parts:
        for r in p:
            v = [q for k, q in enumerate(r) if k == 0 or q != r[k - 1]]
            if len(v) > 1 and v[0] == v[-1]:
                v.pop()
            for k in range(len(v)):
                out.add(frozenset((v[k], v[(k + 1) % len(v)])))
    return out


owner = {}
rook = set()
for u, (_, _, parts) in enumerate(units):
    for e in edges(parts):
        if len(e) == 2:
            for other in owner.get(e, ()):
                if other != u:
                    rook.add((other, u))
            owner.setdefault(e, []).append(u)
print('rook pairs (tol 0)', len(rook))

provinces = [u for u in read(os.path.join(GEO, 'china.json')) if u[0] not in ('710000', '810000', '820000')]
trees = [cKDTree([q for p in parts for r in p for q in r]) for _, _, parts in provinces]
gaps = []
for i in range(len(provinces)):
    for j in range(i + 1, len(provinces)):
        d = trees[i].query(trees[j].data)[0].min()
        if d > 0:
            gaps.append((d, provinces[i][0], provinces[j][0]))
print('closest provinces without a shared vertex', sorted(gaps)[:2])

with open('/tmp/china_rings.csv', 'w') as out:
    out.write('feature,ring,x,y\n')
    ring = 0
    for fid, _, parts in read(os.path.join(GEO, 'china.json')):
        for p in parts:
            for r in p:
                ring += 1
                for x, y in (r[:-1] if len(r) > 1 and r[0] == r[-1] else r):
                    out.write(f'{fid},{ring},{x!r},{y!r}\n')

features = []
for _, name, parts in units:
    mp = []
    for part in parts:
        rings = [list(map(list, r)) + ([] if r[0] == r[-1] else [list(r[0])]) for r in part if len(set(r)) >= 3]
        if rings:
            mp.append(rings)
    if mp:
        features.append({'type': 'Feature', 'properties': {'name': name},
                         'geometry': {'type': 'MultiPolygon', 'coordinates': mp}})
json.dump({'type': 'FeatureCollection', 'features': features}, open('/tmp/prefectures.geojson', 'w'))
