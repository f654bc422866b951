"""Regions, applicants, records and panels; expected values from the C++ docs and tests and
from pandas counting the same records."""
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
    rec = ineq.records_from_columns(FRAME["applicants"], addresses=FRAME["addresses"], years=FRAME["years"])
    assert len(rec) == 5 and rec.applicant_count() == 9
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
