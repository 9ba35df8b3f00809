"""OCR damage to a target cell that only one reading explains, undone and reported: a unit
one look-alike glyph from a known unit (人大 for 人天, 无 for 元) and the letter O after a
comparison symbol (a lone ``≤0`` read ``≤O``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.domain.target import Operator
from jixiao.ingest.cells import read_target_cell
from jixiao.ingest.pipeline import parse_file
from jixiao.ingest.report import ItemKind

FIXTURE = (
    Path(__file__).parent
    / "fixtures"
    / "department_performance"
    / "hubei-qinglan-2022-department-performance-pipes.txt"
)


@pytest.mark.parametrize(
    ("read", "operator", "value", "unit"),
    [
        ("≥10人大", Operator.GE, 10, "人天"),
        ("≤5无", Operator.LE, 5, "元"),
        ("不少于3曰", Operator.GE, 3, "日"),
        ("5人大以上", Operator.GE, 5, "人天"),
        ("≥50干克", Operator.GE, 50, "千克"),
    ],
)
def test_a_unit_one_look_alike_glyph_from_a_known_unit_is_repaired_and_reported(
    read: str, operator: Operator, value: int, unit: str
) -> None:
    cell = read_target_cell(read)

    assert cell.target is not None
    assert (cell.target.operator, cell.target.value, cell.target.unit) == (
        operator,
        Decimal(value),
        unit,
    )
    [(original, fixed, reason)] = cell.repairs
    assert original == read and unit in fixed
    assert reason.startswith("OCR 将单位") and unit in reason


@pytest.mark.parametrize("read", ["≥5人次", "≥95%", "20天", "≥1.2万亩", "不少于3项"])
def test_a_known_unit_is_left_as_written(read: str) -> None:
    cell = read_target_cell(read)

    assert cell.target is not None and cell.repairs == ()


@pytest.mark.parametrize("read", ["≥3次大会", "≥10人入", "≥2个体户家"])
def test_a_unit_no_single_look_alike_swap_explains_stays_unreadable(read: str) -> None:
    cell = read_target_cell(read)

    assert cell.target is None and cell.error is not None
    assert not any(reason.startswith("OCR 将单位") for _, _, reason in cell.repairs)


def test_the_letter_o_after_a_comparison_symbol_is_a_zero() -> None:
    cell = read_target_cell("≤O")

    assert cell.target is not None
    assert (cell.target.operator, cell.target.value) == (Operator.LE, Decimal(0))
    assert [reason for _, _, reason in cell.repairs] == ["OCR 将数字“0”识别为字母“O”"]


def test_a_repaired_unit_is_an_item_of_the_import_report_and_kept_in_provenance(
    tmp_path: Path,
) -> None:
    source = tmp_path / "qinglan.txt"
    text = FIXTURE.read_text(encoding="utf-8")
    assert text.count("≥50千克") == 1
    source.write_text(text.replace("≥50千克", "≥50干克"), encoding="utf-8")

    document, report = parse_file(source)

    [indicator] = [i for _, i in document.all_indicators() if i.name == "项目区粮食亩产增加"]
    assert indicator.target is not None and indicator.target.canonical == "≥50千克"
    [item] = [i for i in report.items if i.kind is ItemKind.REPAIRED and "干克" in i.reason]
    assert (item.original, item.value) == ("≥50干克", "≥50千克")
    assert item.field is not None and item.field.endswith(".target")
    repairs = indicator.provenance["target"].repairs
    assert [(r.original, r.value) for r in repairs] == [("≥50干克", "≥50千克")]


def test_a_form_reads_a_repaired_unit_into_its_target_with_the_repair_in_provenance(
    tmp_path: Path,
) -> None:
    form = (
        Path(__file__).parent
        / "fixtures"
        / "documents"
        / "zhejiang-donghu-2022-project-selfeval-tabs.txt"
    )
    source = tmp_path / "donghu.txt"
    text = form.read_text(encoding="utf-8")
    assert text.count("≤25万元") == 1
    source.write_text(text.replace("≤25万元", "≤25万无"), encoding="utf-8")

    document, report = parse_file(source)

    [indicator] = [i for _, i in document.all_indicators() if i.name == "单个文化站改造成本"]
    assert indicator.target is not None and indicator.target.canonical == "≤25万元"
    repairs = indicator.provenance["target"].repairs
    assert [(r.original, r.value) for r in repairs] == [("≤25万无", "≤25万元")]
    [item] = [i for i in report.items if i.kind is ItemKind.REPAIRED and "万无" in i.reason]
    assert item.field is not None and item.field.endswith(".target")
