"""A scanned table's comparison signs and numbers an OCR parted with a space (``> =``,
``< =``, ``1 00%``, ``8 00户``): read whole, while two numbers a space apart stay two."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.ingest.general.ocr_signs import has_split_signs, joined_signs


def test_a_sign_read_as_two_glyphs_is_the_sign_it_is() -> None:
    assert joined_signs("> = 450人次") == "≥ 450人次"
    assert joined_signs("< = 15天") == "≤ 15天"
    assert joined_signs("＞ ＝98%") == "≥98%"


def test_signs_already_whole_or_doubled_are_left_alone() -> None:
    for text in (">= 450人次", "≥450人次", "a > == b", "=> 3"):
        assert joined_signs(text) == text
    assert not has_split_signs(">=450人次 ≤15天")


def test_digits_after_a_space_that_start_with_zero_join_the_number_before() -> None:
    assert joined_signs("1 00%") == "100%"
    assert joined_signs("≥8 00户") == "≥800户"
    assert joined_signs("3 050.5万元") == "3050.5万元"


def test_two_numbers_a_space_apart_stay_two() -> None:
    for text in ("10 10", "5 0分", "12 8.5", "2019 05", "1.5 05%"):
        assert joined_signs(text) == text
        assert not has_split_signs(text)


_SCAN = """\
某县民政局
项目支出绩效自评表
项目名称 特困人员供养经费
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
产出指标 数量指标 特困供养对象人数 > = 1350人 1362人 20 20
         质量指标 供养资金发放准确率 1 00% 100% 20 20
         成本指标 分散供养人均标准 < = 9 00元/月 900元/月 10 10
"""


def test_a_scanned_rows_parted_signs_and_numbers_read_as_targets(tmp_path: Path) -> None:
    document = read_form(tmp_path, _SCAN)
    found = [
        (item.name, item.target.canonical if item.target else None)
        for _, item in document.all_indicators()
    ]
    assert found == [
        ("特困供养对象人数", "≥1350人"),
        ("供养资金发放准确率", "100%"),
        ("分散供养人均标准", "≤900元/月"),
    ]
