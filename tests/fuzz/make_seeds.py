#!/usr/bin/env python3
"""Writes the checked-in seed corpora under tests/fuzz/corpus/ from the sample export,
the region tables and hand-written traps. Re-run after changing it; the output is
deterministic (seeded). Usage: python3 tests/fuzz/make_seeds.py"""
import csv, os, random, struct

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "..", "data")
rng = random.Random(20261126)

def write(target, items):
    d = os.path.join(here, "corpus", target)
    os.makedirs(d, exist_ok=True)
    # Only the generated seed-* files are replaced; regress-* files (inputs that once
    # broke an invariant) are kept.
    for f in os.listdir(d):
        if f.startswith("seed-"):
            os.remove(os.path.join(d, f))
    for i, b in enumerate(items):
        if isinstance(b, str):
            b = b.encode("utf-8")
        with open(os.path.join(d, "seed-%02d" % i), "wb") as fh:
            fh.write(b)

# Hand-written traps shared by the text targets.
traps = [
    b"", b" ", b"\x00", "中国科学院\x00大学".encode(),
    b"\xff\xfe", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xf0\x80\x80\xaf",       # invalid, overlong '/'
    "清华大学".encode()[:-1], "香港".encode()[:4], b"\xed\xa0\x80",       # truncated, surrogate
    b"\xf4\x90\x80\x80", b"\xef\xbc", b"\xef\xbc\x9b"[:2] + b"|",         # > U+10FFFF, cut separator
    "\u3000\u3000".encode(), "\ufeff".encode(),
]

with open(os.path.join(data, "patsnap_export_sample.csv"), encoding="utf-8-sig") as fh:
    rows = list(csv.reader(fh))
with open(os.path.join(data, "patsnap_export_sample.csv"), "rb") as fh:
    raw_lines = fh.read().split(b"\n")
header, rows = rows[0], rows[1:]
rng.shuffle(rows)
pubs = [r[0] for r in rows]
dates = [r[2] for r in rows] + [r[3] for r in rows]
applicants = [r[4] for r in rows]

with open(os.path.join(data, "prefectures.csv"), encoding="utf-8") as fh:
    prefs = [r["name"] for r in csv.DictReader(fh)]
with open(os.path.join(data, "provinces.csv"), encoding="utf-8") as fh:
    provs = list(csv.DictReader(fh))

# applicant: fields with separators, single names, Latin names, type words.
fields = [a for a in applicants if "|" in a][:10] + applicants[:8]
write("applicant", fields + [
    "Massachusetts Institute of Technology", "HUAWEI TECHNOLOGIES CO., LTD.", "Zhang, San",
    "张三；李四｜王五", " | ", "大专院校", "科研单位", "工矿企业", "个人", "北京大学第三医院",
    "中国科学院、水利部成都山地灾害与环境研究所",
] + traps)

# region: province names in four spellings, prefecture names, addresses, codes.
region = []
for p in rng.sample(provs, 8):
    region += [p["chinese"], p["english"], p["code"]]
pref_real = [n for n in prefs if n not in ("市辖区", "县")]
for n in rng.sample(pref_real, 6):
    region.append(n)
for n in rng.sample(pref_real, 6):
    region.append("中国" + n + "高新区科技路1号")
region += ["Shenzhen, Guangdong, P.R. China", "中国香港九龙塘", "Taipei City, Taiwan",
           "Macau", "Nèi Měnggǔ", "440305", "4403", "粤", "新疆维吾尔自治区乌鲁木齐市",
           "吉林市", "Hong Kong SAR"]
write("region", region + traps)

write("patent_text", pubs[:12] + dates[:8] + [
    "WO2021123456A1", "CN110210173 B", "2019年6月20日", "20190620", "2019.06.20",
    "2019-02-29", "2020-02-29", "发明专利", "实用新型", "外观设计", "invention",
    "CN201910123456.7\nCN110210173A", "\nCN110210173B",
] + traps)

def doubles(xs):
    return bytes([0]) + b"".join(struct.pack("<d", x) for x in xs)
def int64s(xs):
    return bytes([1]) + b"".join(struct.pack("<q", x) for x in xs)
inf, nan = float("inf"), float("nan")
write("measures", [
    doubles([11, 445]), doubles([4.42, 90.3, 17.5]), doubles([0, 0, 0]), doubles([1e308, 1e308, 1e308]),
    doubles([5e-324, 0]), doubles([5e-324, 5e-324, 1e-300]), doubles([1e-300, 1e300, 1]),
    doubles([nan, 1]), doubles([1, inf]), doubles([-1, 2, 3]), doubles([-0.0, 1]),
    doubles([1e9 + k for k in range(10)]), doubles([2.0**-1074 * k for k in range(5)]),
    doubles([1.7976931348623157e308, 0]), doubles([-1.7976931348623157e308, 1.7976931348623157e308]),
    int64s([10**15] * 8), int64s([2**62, 2**62, 2**62]), int64s([-2**63, 2**63 - 1]),
    int64s([0, 0, 1]), int64s([3]),
    bytes([2]) + bytes(rng.randrange(256) for _ in range(60)),
    bytes([3]) + bytes([0, 1, 2, 3, 250, 7]), bytes([3]) + bytes([5]),
    bytes([4]) + bytes(rng.randrange(256) for _ in range(40)),
])

# export_adapter: the real header with a few real rows, an incoPat-style header with
# per-applicant types and codes, and CSV traps (bad quoting, embedded new lines, CR/LF,
# invalid UTF-8 in a field, a short row, a BOM in the middle).
real_header = raw_lines[0] + b"\n"
incopat = ("申请号,申请日,公开（公告）号,申请人,申请人类型,申请人国别代码,申请人地址,申请人省市代码\n"
           "CN201910123456.7,2019-06-20,CN110210173A,清华大学; 华为技术有限公司,大专院校; 企业,CN; CN,"
           "北京市海淀区; 深圳市龙岗区,11; 44\n").encode()
adapter = [real_header + b"\n".join(raw_lines[i:i + 3]) + b"\n" for i in range(1, 16, 3)]
adapter += [
    incopat,
    incopat.replace(b"2019-06-20", b"2019-02-30"),
    incopat.replace(b"\n", b"\r\n"),
    real_header + b'CN1A,"t",2020-01-01,2020-02-02,"a ""b"" c",x,y\n',
    real_header + b'CN1A,"unterminated,2020-01-01\n',
    real_header + b'CN1A,t"q,2020-01-01,2020-02-02,a,b,c\n',
    real_header + b'CN1A,"two\nlines",2020-01-01,2020-02-02,a,b,c\n',
    real_header + b"CN1A,t,2020-01-01,2020-02-02,\xff\xfe,b,c\n",
    real_header + b"CN1A,t,2020-01-01\n",
    real_header + "CN1A,t,2020-01-01,2020-02-02,\ufeff清华大学,b,c\n".encode(),
    real_header + b"CN1A,t,,2020-02-02,a,b,c\n",
    b"", b"\n\n\n", b",,,,\n,,,,\n",
]
write("export_adapter", adapter)
