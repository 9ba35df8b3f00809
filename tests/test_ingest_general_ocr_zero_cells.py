"""A scanned table's zero read as the letter O opening a cell before its unit (``O起``,
``O人次``), rockets, shells and medals counted in 枚, and a label down the margin one glyph
a row (绩 / 效 / 指 / 标): read as the targets they are."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form
from jixiao.domain.target import parse_target
from jixiao.domain.units import canonical_unit
from jixiao.ingest.general.normalise import ocr_digits


def test_a_lone_o_before_a_unit_that_ends_its_cell_is_a_zero() -> None:
    assert ocr_digits("安全生产事故  O起      O起  5") == "安全生产事故  0起      0起  5"
    assert ocr_digits("  O人次") == "  0人次"


def test_an_o_inside_words_or_before_no_unit_stays_a_letter() -> None:
    for text in ("血型  O型  A型", "检测  OK  ", "报告xO起  ", "  O型血液储备量  "):
        assert ocr_digits(text) == text


def test_a_lone_o_one_space_before_its_unit_in_a_tabbed_cell_is_a_zero() -> None:
    # a scan sets a space before every unit (``≥25 人``), before a zero's too
    assert ocr_digits("交通事故发生起数\t\tO 起\t\t") == "交通事故发生起数\t\t0 起\t\t"
    assert ocr_digits("  O 人次") == "  0 人次"


def test_an_o_a_space_before_a_word_that_is_no_unit_stays_a_letter() -> None:
    for text in ("检测结果\tO 型\t", "说明\tO 阶段完成\t", "  O 型血液  "):
        assert ocr_digits(text) == text


def test_things_counted_one_by_one_in_mei_are_a_unit() -> None:
    assert canonical_unit("枚") == "枚"
    target = parse_target("≥1200枚")
    assert (target.value, target.unit) == (Decimal(1200), "枚")


_SCAN = """\
某市应急管理局2021年度项目支出绩效自评表
一级指标  二级指标  三级指标          年度指标值     实际完成值     分值   得分
产出指标  数量指标  发放防汛纪念章数量  ≥1500枚      1580枚        10     10
          质量指标  较大以上安全事故发生数   O起        O起          10     10
"""


def test_a_scanned_rows_zero_and_count_read_as_targets(tmp_path: Path) -> None:
    document = read_form(tmp_path, _SCAN)
    found = [
        (item.name, item.target.canonical if item.target else None)
        for _, item in document.all_indicators()
    ]
    assert found == [("发放防汛纪念章数量", "≥1500枚"), ("较大以上安全事故发生数", "0起")]


_MARGIN = """\
某县林业局2021年度项目支出绩效自评表
绩     一级指标  二级指标  三级指标          年度指标值     实际完成值     分值   得分
效
指     产出指标  数量指标  完成人工造林面积    ≥1200亩      1260亩        10     10
标               质量指标  造林成活率          ≥85%         88%           10     10
       效益指标  生态效益指标 森林覆盖率      ≥62%         62.3%          10     10
"""


def test_a_label_down_the_margin_one_glyph_a_row_is_no_cell_of_the_rows(tmp_path: Path) -> None:
    document = read_form(tmp_path, _MARGIN)
    found = [
        (item.name, item.target.canonical if item.target else None)
        for _, item in document.all_indicators()
    ]
    assert found == [
        ("完成人工造林面积", "≥1200亩"),
        ("造林成活率", "≥85%"),
        ("森林覆盖率", "≥62%"),
    ]
