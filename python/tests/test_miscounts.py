"""Counts that must not be silently wrong: A/B publications of one application count once in
the study's panels, and text is refused by the numeric measures instead of being parsed."""
import numpy as np
import pandas as pd
import pytest

import ineq


def ab_records():
    # One application published twice (A, then B when granted), and a second application.
    return ineq.records_from_columns(["清华大学; 华为技术有限公司"] * 3, addresses=["北京市; 深圳市"] * 3,
                                     years=[2015, 2016, 2015],
                                     publication_numbers=["CN110210173A", "CN110210173B", "CN2A"])


def test_cooperation_panels_count_an_application_once():
    rec = ab_records()
    all_p, coop = ineq.cooperation_panels(rec)
    assert coop.values.sum() == 4  # 2 applications x (Beijing, Guangdong)
    assert all_p.values.sum() == 4
    frame = ineq.panel_frame(coop)
    assert frame.loc["Beijing", 2015] == 2 and frame.loc["Beijing", 2016] == 0  # the A document's year
    assert (all_p, coop) == ineq.cooperation_panels(ineq.deduplicate(rec), deduplicate=False)
    assert (all_p, coop) == ineq.cooperation_panels(ineq.deduplicate(rec))
    # deduplicate=False trusts the caller: the B document is counted again.
    raw_all, raw_coop = ineq.cooperation_panels(rec, deduplicate=False)
    assert raw_coop.values.sum() == 6 and raw_all.values.sum() == 6
    f_all, f_coop = ineq.cooperation_panels(rec, counting="fractional")
    assert f_coop.values.sum() == pytest.approx(2.0)  # one per application


def test_cooperation_panels_on_the_synthetic_export(synthetic_export):
    frame = pd.read_csv(synthetic_export, encoding="utf-8-sig", encoding_errors="replace", dtype=str,
                        keep_default_na=False, on_bad_lines="skip")
    frame = frame[~frame.apply(lambda c: c.str.contains("\ufffd", regex=False)).any(axis=1)]
    all_p, coop = ineq.cooperation_panels(ineq.records_from_frame(frame))
    assert (int(all_p.values.sum()), int(coop.values.sum())) == (11103, 5487)


@pytest.mark.parametrize("values", [
    ["1", "2", "3"],
    ("1", "2", "3"),
    [1.0, "2", 3.0],
    np.array(["1", "2", "3"]),
    np.array([b"1", b"2"]),
    np.array(["1", "2", "3"], dtype=object),
    pd.Series(["1", "2", "3"]),
    pd.Series(["1", "2", "3"], dtype="string"),
])
def test_measures_refuse_strings(values):
    with pytest.raises(TypeError, match=r"^ineq\.gini: .*strings are not numbers"):
        ineq.gini(values)


def test_measures_name_the_function_and_pandas_na():
    with pytest.raises(TypeError, match=r"^ineq\.gini: .*a string at index 1 \(value '2'\)"):
        ineq.gini([1.0, "2", 3.0])
    with pytest.raises(TypeError, match=r"^ineq\.theil_t: "):
        ineq.theil_t(pd.Series(["1", "2"], dtype="string"))
    with pytest.raises(TypeError, match=r"^ineq\.weighted_gini: .*strings are not numbers"):
        ineq.weighted_gini([1.0, 2.0], ["1", "1"])
    with pytest.raises(TypeError, match=r"^ineq\.gini: .*missing value \(pandas NA\) at index 1"):
        ineq.gini(pd.Series([1, pd.NA, 3], dtype="Int64"))
    with pytest.raises(TypeError, match=r"pandas NA"):
        ineq.gini(pd.Series([None, "3"], dtype="string"))
    with pytest.raises(TypeError, match=r"^ineq\.gini: .*string"):
        ineq.gini("123")


def test_measures_still_take_numbers():
    assert ineq.gini([1, 2, 3, 4, 5]) == pytest.approx(4 / 15)
    assert ineq.gini(pd.Series([1, 2, 3, 4, 5])) == pytest.approx(4 / 15)
    assert ineq.gini(pd.Series([1, 2, 3, 4, 5], dtype="Int64")) == pytest.approx(4 / 15)
    assert ineq.gini(np.array([1, 2, 3, 4, 5], dtype=object)) == pytest.approx(4 / 15)
    assert ineq.gini(np.array([True, False, True])) == pytest.approx(ineq.gini([1.0, 0.0, 1.0]))
