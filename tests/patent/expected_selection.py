# Expected study selection on tests/data/patsnap_export_sample.csv, computed from the
# hand labels of tests/patent/classify.cpp (not from the C++ classifier), for
# tests/patent/umbrella.cpp. Run from the source root: python3 tests/patent/expected_selection.py
# Prints: labelled names, documents after deduplication, selected, rejections by first failing rule.
import csv, re, datetime, collections
lab = {}
for l in open('tests/patent/classify.cpp', encoding='utf-8'):
    m = re.match(r'\s*\{"(.*)", ([EUIGPX])\},$', l)
    if m: lab[m.group(1)] = m.group(2)
rows = list(csv.DictReader(open('tests/data/patsnap_export_sample.csv', encoding='utf-8-sig')))
seen = set(); kept = []
for r in rows:
    k = re.sub(r'[A-Z]\d?$', '', r['公开(公告)号'])
    if k in seen: continue
    seen.add(k); kept.append(r)
sel = 0; reasons = collections.Counter()
for r in kept:
    num = r['公开(公告)号']
    inv = num.startswith('CN') and num[-1] in 'ABC'
    d = datetime.date.fromisoformat(r['申请日'])
    kinds = [lab[n] for n in r['当前申请(专利权)人'].split(' | ')]
    if not inv: reasons['type'] += 1; continue
    if not (datetime.date(2012,1,1) <= d <= datetime.date(2021,12,31)): reasons['date'] += 1; continue
    if 'P' in kinds: reasons['individual'] += 1; continue
    if len(kinds) < 2: reasons['few'] += 1; continue
    s = set(kinds)
    if not (('U' in s and 'E' in s) or ('U' in s and 'I' in s) or ('E' in s and 'I' in s)): reasons['nopair'] += 1; continue
    sel += 1
print(len(lab), len(kept), sel, dict(reasons))
