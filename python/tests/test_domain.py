"""Regions, applicants, records and panels; expected values from the C++ docs and tests and
from pandas counting the same records."""
import os
import pickle

import numpy as np
import pandas as pd
import pytest

import ineq


def test_provinces_table():
    p = ineq.provinces()
    assert len(p) == 31 and p[0]["code"] == 11 and p[30]["code"] == 65
    assert p[18]["english"] == "Guangdong" and p[0]["chinese"] == "北京市"


def test_address_resolution_scalar_and_column():
    # C++ docs: province_from_address("青海省海南藏族自治州共和县") is 63,
    # "Shenzhen, Guangdong, P.R. China" is 44; resolve_address("江苏省昆山市玉山镇") prefecture 3205
    assert ineq.province_of_address("青海省海南藏族自治州共和县") == 63
    col = np.array(["Shenzhen, Guangdong, P.R. China", "中国香港九龙塘", "", "江苏省昆山市玉山镇"])
    got = ineq.province_of_address(col)
    assert got.dtype == np.int32 and list(got) == [44, 0, 0, 32]
    assert list(ineq.province_of_address(pd.Series(["北京市海淀区", None]))) == [11, 0]
    r = ineq.resolve_address("江苏省昆山市玉山镇")
    assert r["province"] == 32 and r["prefecture"] == 3205
    assert ineq.resolve_address("中国香港九龙塘")["outside"] == "Hong Kong"
    rc = ineq.resolve_address(["江苏省昆山市玉山镇", "xyz"])
    assert list(rc["prefecture"]) == [3205, 0]
    assert ineq.find_province("Nèi Měnggǔ") == 15
    assert ineq.resolve_name("哈尔滨工业大学(深圳)")["province"] == 44
    # invalid UTF-8 and NUL bytes never raise
    assert ineq.province_of_address([b"\xff\xfe", "北京\x00市"]).tolist() == [0, 0]


def test_applicant_classification():
    # C++ docs and tests
    assert ineq.classify_applicant("攀钢集团攀枝花钢铁研究院有限公司") == "enterprise"
    assert ineq.classify_applicant("浙江大学台州研究院") == "institute"
    assert ineq.classify_applicant("CHIESI FARMACEUTICI S.P.A.") == "enterprise"
    assert ineq.classify_applicant(["清华大学", "", b"\xff"]) == ["university", "unknown", "unknown"]
    r = ineq.resolve_applicant("北京某公司", "上海市浦东新区")
    assert r["province"] == 31 and r["place_source"] == "address"
    assert ineq.split_applicants("清华大学\u00a0| 华为技术有限公司；张三") == ["清华大学", "华为技术有限公司", "张三"]


FRAME = pd.DataFrame({
    "applicants": ["清华大学; 华为技术有限公司", "北京大学; 中国科学院自动化研究所", "腾讯科技(深圳)有限公司",
                   "浙江大学; 阿里巴巴(中国)有限公司", "张三; 清华大学"],
    "addresses": ["北京市海淀区; 广东省深圳市", "北京市海淀区; 北京市海淀区", "广东省深圳市",
                  "浙江省杭州市; 浙江省杭州市", "北京市; 北京市海淀区"],
    "years": [2015, 2015, 2016, 2021, 2015],
})


def test_records_to_panels_against_pandas():
    # The type of each document comes from its publication number's kind code (A: invention),
    # as ineq::io builds records from an export without a type column.
    rec = ineq.records_from_columns(FRAME["applicants"], addresses=FRAME["addresses"], years=FRAME["years"],
                                    publication_numbers=[f"CN11000{i}A" for i in range(5)])
    assert len(rec) == 5 and rec.applicant_count() == 9 and rec.skipped == []
    p = ineq.aggregate(rec, 2012, 2021)  # whole counting, every record
    # pandas: one count per distinct (record, province), by province and year
    rows = []
    for i, r in FRAME.iterrows():
        for a in r["addresses"].split(";"):
            rows.append((i, ineq.province_of_address(a.strip()), r["years"]))
    t = pd.DataFrame(rows, columns=["rec", "prov", "year"]).drop_duplicates(["rec", "prov"])
    expected = t.groupby(["prov", "year"]).size()
    codes = p.unit_codes
    for (prov, year), n in expected.items():
        assert p.at(codes.index(prov), year) == n
    assert p.values.sum() == expected.sum()
    frame = ineq.panel_frame(p)
    assert frame.loc["Beijing", 2015] == 3 and frame.shape == (31, 10)
    # The study's selection: records 0, 1 and 3 have an industry-university-research pair; 4 has a person
    all_p, coop = ineq.cooperation_panels(rec)
    assert coop.values.sum() == 4  # 清华+华为: Beijing, Guangdong; 北大+中科院: Beijing; 浙大+阿里: Zhejiang
    assert all_p.values.sum() == 6  # record 4 (a person) is not in the denominator either
    frac = ineq.aggregate(rec, 2012, 2021, counting="fractional")
    assert isinstance(frac, ineq.FractionalPanel) and frac.values.sum() == pytest.approx(5.0)


def test_panel_merge_and_pickle():
    rec_a = ineq.records_from_columns(FRAME["applicants"][:2], addresses=FRAME["addresses"][:2], years=FRAME["years"][:2])
    rec_b = ineq.records_from_columns(FRAME["applicants"][2:], addresses=FRAME["addresses"][2:],
                                      years=FRAME["years"][2:].to_numpy())
    whole = ineq.aggregate(ineq.records_from_columns(FRAME["applicants"], addresses=FRAME["addresses"],
                                                     years=FRAME["years"]), 2012, 2021)
    a = ineq.aggregate(rec_a, 2012, 2021)
    b = ineq.aggregate(rec_b, 2012, 2021)
    assert a + b == whole
    a += b
    assert a == whole
    back = pickle.loads(pickle.dumps(whole))
    assert back == whole and back.years == list(range(2012, 2022))
    assert np.array_equal(back.values, whole.values)
    with pytest.raises(ValueError, match=r"^ineq::basic_panel::operator\+=: panels cover different years"):
        whole += ineq.CountPanel(2012, 2020)
    fp = ineq.FractionalPanel(2012, 2013, "prefecture")
    fp.add(3, 2013, 0.5)
    assert pickle.loads(pickle.dumps(fp)) == fp
    with pytest.raises(ValueError, match="outside the panel"):
        fp.add(0, 2030, 1.0)


def test_dates_and_types():
    rec = ineq.records_from_columns(["清华大学; 华为技术有限公司"] * 3, addresses=["北京市; 深圳市"] * 3,
                                    filing_dates=["2019-06-20", "2011-12-31", "not a date"],
                                    patent_types=["发明申请", "发明申请", "发明申请"])
    p = ineq.aggregate(rec, 2010, 2021)
    assert p.totals_by_year().tolist()[9] == 2 and p.values.sum() == 4
    with pytest.raises(ValueError, match="addresses has 1 entries"):
        ineq.records_from_columns(["a", "b"], addresses=["x"])


def test_records_from_columns_type_rule_and_skipped_entries():
    # ineq::io's rule: the type column, else the publication number's kind code, else unknown
    # (and the study's rules, inventions only, then reject the document).
    names = ["清华大学; 华为技术有限公司"] * 3
    addresses = ["北京市; 深圳市"] * 3
    by_kind = ineq.records_from_columns(names, addresses=addresses, years=[2015] * 3,
                                        publication_numbers=["CN1A", "CN2U", "CN3B"])
    all_p, coop = ineq.cooperation_panels(by_kind)
    assert all_p.values.sum() == 4 and coop.values.sum() == 4  # CN1A and CN3B, two provinces each
    neither = ineq.records_from_columns(names, addresses=addresses, years=[2015] * 3)
    assert len(neither) == 3
    assert ineq.cooperation_panels(neither)[0].values.sum() == 0
    typed = ineq.records_from_columns(names, addresses=addresses, years=[2015] * 3,
                                      patent_types=["实用新型", "", "发明申请"],
                                      publication_numbers=["CN1A", "CN2A", "CN3U"])
    assert ineq.cooperation_panels(typed)[0].values.sum() == 4  # the type column outranks the kind code
    # The rejection reasons of ineq::io, with the entry's index.
    rec = ineq.records_from_columns(["清华大学", " ; ", "北京大学", "浙江大学"],
                                    filing_dates=["2019-06-20", "2019-06-20", "2019-02-30", ""])
    assert len(rec) == 1
    assert rec.skipped == [(1, 1, "no applicants", ""), (2, 2, "unparsable filing date", '"2019-02-30"'),
                           (3, 3, "unparsable filing date", "empty")]


def test_export_columns_and_read_export(tmp_path):
    assert ineq.export_columns(["申请日", "申请人", "x"]) == {"applicants": "申请人", "filing_dates": "申请日"}
    assert ineq.export_columns(["公开(公告)号", "当前申请(专利权)人", "申请日"])["publication_numbers"] == "公开(公告)号"
    assert ineq.export_columns(["公开（公告）号"])["publication_numbers"] == "公开（公告）号"
    # The real Patsnap sample, against pandas' own CSV reader (another implementation).
    path = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "data", "patsnap_export_sample.csv")
    records, report = ineq.read_export(path)
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype=str)
    assert len(records) == len(frame) == report["data_rows"] == 531
    assert report["header_ok"] and report["skipped_total"] == 0 and records.skipped == []
    assert report["vendor"].startswith("Patsnap-style")
    assert records.applicant_count() == sum(len(ineq.split_applicants(a)) for a in frame["当前申请(专利权)人"])
    # A bad row is skipped and reported with its line; the file's other rows are read.
    bad = tmp_path / "bad.csv"
    bad.write_text("申请日,申请人\n2020-01-01,清华大学\n2020-13-01,北京大学\n", encoding="utf-8")
    records, report = ineq.read_export(str(bad))
    assert len(records) == 1 and report["skipped"] == {"unparsable filing date": 1}
    assert records.skipped == [(3, 3, "unparsable filing date", '"2020-13-01"')]
    with pytest.raises(ValueError, match=r"^ineq::io::read_export: .*: a directory, not a CSV file"):
        ineq.read_export(str(tmp_path))
