#!/usr/bin/python3
"""The pandas program a researcher would write for the pipeline example's tables.

From an incoPat-style CSV export (the synthetic generator's, examples/synthetic) to the two
province x year panels of the study, whole counting, 2012..2021:
  all          invention patents with an applicant in a mainland province;
  cooperative  those that also pass the study's rules: no individual and no overseas
               applicant, at least two applicants, an industry-university-research pair.
Steps, as one would write them with pandas:
  1. `read_csv` (rows with the wrong number of fields skipped, undecodable bytes replaced and
     those rows dropped, dates parsed with errors='coerce');
  2. one document per application (`drop_duplicates` on 申请号, first kept);
  3. the per-applicant lists split on ';' and exploded, aligned by position;
  4. kind: the 申请人类型 column, else keywords in the name (`str.contains`), a name of at
     most four characters without one being a person's;
  5. province: the first two digits of 申请人省市代码, else a province name at the start of
     the address, else in the name (`str.extract`); country from 申请人国别代码;
  6. selection per document (`groupby(...).agg`), then `groupby([province, year])` over
     the distinct provinces of each document.

Usage:
  bench/compare/pandas_pipeline.py EXPORT.csv [--out PANELS.csv] [--check-against DIR]
--out writes both panels (province code, year, all, cooperative); --check-against compares the
province and year totals with the pipeline example's provinces.dat and yearly.dat in DIR (its
--out directory) and exits 1 on a difference.
"""
import argparse
import sys

import numpy as np
import pandas as pd

# The 31 mainland provinces: GB/T 2260 code, full name, short name (tests/data/provinces.csv).
PROVINCES = [
    ("11", "北京市", "北京"), ("12", "天津市", "天津"), ("13", "河北省", "河北"), ("14", "山西省", "山西"),
    ("15", "内蒙古自治区", "内蒙古"), ("21", "辽宁省", "辽宁"), ("22", "吉林省", "吉林"),
    ("23", "黑龙江省", "黑龙江"), ("31", "上海市", "上海"), ("32", "江苏省", "江苏"), ("33", "浙江省", "浙江"),
    ("34", "安徽省", "安徽"), ("35", "福建省", "福建"), ("36", "江西省", "江西"), ("37", "山东省", "山东"),
    ("41", "河南省", "河南"), ("42", "湖北省", "湖北"), ("43", "湖南省", "湖南"), ("44", "广东省", "广东"),
    ("45", "广西壮族自治区", "广西"), ("46", "海南省", "海南"), ("50", "重庆市", "重庆"), ("51", "四川省", "四川"),
    ("52", "贵州省", "贵州"), ("53", "云南省", "云南"), ("54", "西藏自治区", "西藏"), ("61", "陕西省", "陕西"),
    ("62", "甘肃省", "甘肃"), ("63", "青海省", "青海"), ("64", "宁夏回族自治区", "宁夏"),
    ("65", "新疆维吾尔自治区", "新疆"),
]
SHORT_TO_CODE = {short: code for code, _, short in PROVINCES}
PROVINCE_RE = "(" + "|".join(sorted(SHORT_TO_CODE, key=len, reverse=True)) + ")"
OUTSIDE_MAINLAND = "香港|澳门|台湾|台北|Hong Kong|Macao|Macau|Taiwan"
KINDS = {"企业": "enterprise", "大专院校": "university", "科研单位": "institute", "个人": "individual",
         "机关团体": "government", "医院": "institute"}


def prefecture_names():
    """Prefecture short name (without 市, 地区, 自治州, 盟) -> province code, from tests/data."""
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    p = pd.read_csv(os.path.join(here, "..", "..", "tests", "data", "prefectures.csv"), dtype=str)
    p = p[~p["name"].isin(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"])]
    short = p["name"].str.replace("(市|地区|自治州|盟)$", "", regex=True)
    short = short[short.str.len() >= 2]
    return dict(zip(short, p.loc[short.index, "province_code"]))


def panels(path):
    df = pd.read_csv(path, dtype=str, on_bad_lines="skip", encoding_errors="replace", keep_default_na=False)
    df = df.dropna()  # short rows (pandas fills the missing fields with NaN)
    df = df[df["专利类型"].str.startswith("发明")]
    damaged = np.zeros(len(df), dtype=bool)
    for c in df.columns:
        damaged |= df[c].str.contains("\ufffd", regex=False).to_numpy()
    df = df[~damaged]
    df["date"] = pd.to_datetime(df["申请日"], format="%Y-%m-%d", errors="coerce")
    df = df[df["date"].notna() & (df["申请人"].str.strip() != "")]
    df = df.drop_duplicates("申请号", keep="first")
    df = df[df["date"].dt.year.between(2012, 2021)]
    df = df.assign(year=df["date"].dt.year, doc=np.arange(len(df)))

    # One row per applicant, the per-applicant columns aligned by position.
    cols = {"申请人": "name", "申请人类型": "type", "申请人国别代码": "country", "申请人地址": "address",
            "申请人省市代码": "code"}
    parts = []
    for col, short in cols.items():
        s = df.set_index("doc")[col].str.split(r"\s*[;；|]\s*").explode()
        s = s.to_frame(short)
        s["pos"] = s.groupby(level=0).cumcount()
        parts.append(s.set_index("pos", append=True))
    a = parts[0].join(parts[1:], how="left").fillna("").reset_index()
    a = a[a["name"].str.strip() != ""]

    kind = a["type"].str.strip().map(KINDS)
    by_name = pd.Series(np.select(
        [a["name"].str.contains("研究所|研究院|科学院|医院"), a["name"].str.contains("大学|学院"),
         a["name"].str.contains("公司|厂"), a["name"].str.len() <= 4],
        ["institute", "university", "enterprise", "individual"], default="unknown"), index=a.index)
    a["kind"] = kind.fillna(by_name)
    country = a["country"].str.strip().str.upper()
    prov = a["code"].str.strip().str[:2].where(a["code"].str.strip().str[:2].isin(SHORT_TO_CODE.values()))
    cities = prefecture_names()
    city_re = "(" + "|".join(sorted(cities, key=len, reverse=True)) + ")"
    for column, pattern, table in ((a["address"], "^" + PROVINCE_RE, SHORT_TO_CODE),
                                   (a["name"], PROVINCE_RE, SHORT_TO_CODE), (a["name"], city_re, cities)):
        missing = prov.isna()
        prov[missing] = column[missing].str.extract(pattern, expand=False).map(table)
    outside = prov.isna() & (a["address"].str.contains(OUTSIDE_MAINLAND)
                             | a["name"].str.contains(OUTSIDE_MAINLAND))
    a["overseas"] = ~country.isin(["", "CN"]) | outside
    a["province"] = prov.where(~a["overseas"])

    a = a.assign(u=a["kind"] == "university", e=a["kind"] == "enterprise", r=a["kind"] == "institute",
                 ind=a["kind"] == "individual")
    per = a.groupby("doc").agg(n=("name", "size"), u=("u", "any"), e=("e", "any"), r=("r", "any"),
                               ind=("ind", "any"), overseas=("overseas", "any"))
    coop = per.index[~per["ind"] & ~per["overseas"] & (per["n"] >= 2)
                     & ((per["u"] & per["e"]) | (per["u"] & per["r"]) | (per["e"] & per["r"]))]
    located = a.dropna(subset=["province"]).drop_duplicates(["doc", "province"])
    located = located.merge(df[["doc", "year"]], on="doc")
    all_panel = located.groupby(["province", "year"]).size()
    coop_panel = located[located["doc"].isin(coop)].groupby(["province", "year"]).size()
    out = pd.DataFrame({"all": all_panel, "cooperative": coop_panel}).fillna(0).astype(int)
    return out


def check(out, directory):
    """Province and year totals against the example's provinces.dat and yearly.dat."""
    ok = True
    english = {}
    import csv
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "..", "tests", "data", "provinces.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            english[row["english"]] = row["code"]
    by_province = out.groupby(level="province").sum()
    with open(os.path.join(directory, "provinces.dat"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            name = line.split('"')[1]
            rest = line.split('"')[2].split()
            code = english[name]
            got = by_province.loc[code] if code in by_province.index else pd.Series({"all": 0, "cooperative": 0})
            if (int(float(rest[0])), int(float(rest[1]))) != (int(got["all"]), int(got["cooperative"])):
                print(f"province {name}: example {rest[0]} {rest[1]}, pandas {got['all']} {got['cooperative']}")
                ok = False
    by_year = out.groupby(level="year").sum()
    with open(os.path.join(directory, "yearly.dat"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            year, all_, coop = line.split()[:3]
            got = by_year.loc[int(year)] if int(year) in by_year.index else pd.Series({"all": 0, "cooperative": 0})
            if (int(float(all_)), int(float(coop))) != (int(got["all"]), int(got["cooperative"])):
                print(f"year {year}: example {all_} {coop}, pandas {got['all']} {got['cooperative']}")
                ok = False
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("export")
    ap.add_argument("--out")
    ap.add_argument("--check-against")
    args = ap.parse_args()
    out = panels(args.export)
    totals = out.sum()
    print(f"all {totals['all']}, cooperative {totals['cooperative']} (province counts, 2012-2021)")
    if args.out:
        out.to_csv(args.out)
    if args.check_against:
        if not check(out, args.check_against):
            sys.exit(1)
        print(f"province and year totals equal those in {args.check_against}")


if __name__ == "__main__":
    main()
