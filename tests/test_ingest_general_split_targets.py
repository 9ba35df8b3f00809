"""A scan's target the OCR split over two cells with no peer elsewhere in the text to settle
it: ``>8`` | ``85%`` (the cell printed again whole, its ``≥`` without its bar) and ``<2`` |
``0天`` (the digits continued) are read from the two cells, reported UNCERTAIN."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form_reported
from jixiao.domain.target import TargetKind
from jixiao.ingest.general.crossfill import split_target_text
from jixiao.ingest.report import ImportReport, ItemKind

_TEXT = "\n".join(
    [
        "某县农业农村局2022年部门预算绩效文本",
        "某县农业农村局部门整体支出绩效目标申报表",
        "部门名称\t某县农业农村局",
        "年度整体支出目标1\t保障机关正常运转,做好农技推广。",
        "项目名称及金额(万元)\t一级指标\t二级指标\t三级指标\t指标值\t备注",
        "农技推广经费\t产出指标\t\t农技培训覆盖率\t\t>8\t85%\t",
        "\t\t\t病虫害防治响应时长\t\t<2\t0天\t",
        "\t\t\t示范基地建设个数\t≥6个\t\t",
        "\t效益指标\t\t农户满意度\t≥90%\t\t",
    ]
)


def _read(tmp_path: Path, text: str) -> tuple[dict[str, str], ImportReport]:
    document, report = read_form_reported(tmp_path, text)
    targets = {
        i.name: i.target.text if i.target else ""
        for goal in document.department_goals
        for i in goal.indicators
    }
    return targets, report


def test_a_split_target_repeating_its_digits_is_read_from_the_second_cell(
    tmp_path: Path,
) -> None:
    targets, _ = _read(tmp_path, _TEXT)
    assert targets["农技培训覆盖率"] == "≥85%"


def test_a_split_target_continuing_its_digits_is_read_joined(tmp_path: Path) -> None:
    targets, _ = _read(tmp_path, _TEXT)
    assert targets["病虫害防治响应时长"] == "<20天"


def test_a_split_target_read_from_its_cells_is_reported_uncertain(tmp_path: Path) -> None:
    _, report = _read(tmp_path, _TEXT)
    doubts = [item.original for item in report.items if item.kind is ItemKind.UNCERTAIN]
    assert ">8\t85%" in doubts
    assert "<2\t0天" in doubts


def test_a_whole_target_beside_another_number_is_left_as_read(tmp_path: Path) -> None:
    # a complete target (its unit in its own cell) beside a stray number is no split one
    text = _TEXT.replace("≥6个\t\t", "≥6个\t8\t")
    targets, report = _read(tmp_path, text)
    assert targets["示范基地建设个数"] == "≥6个"
    assert "≥6个\t8" not in [item.original for item in report.items]


def test_a_split_target_stated_elsewhere_takes_the_other_statement(tmp_path: Path) -> None:
    prose = (
        "某县农业农村局2022年部门预算绩效文本\n第一部分 部门整体绩效目标\n二、分项绩效目标\n"
        "(一)农技推广\n绩效指标:农技培训覆盖率不低于85%,农户满意度不低于90%。\n"
    )
    targets, report = _read(tmp_path, prose + _TEXT.split("\n", 1)[1])
    assert targets["农技培训覆盖率"] == "≥85%"
    kinds = {item.original: item.kind for item in report.items}
    assert kinds[">8\t85%"] is ItemKind.CROSS_FILLED


def test_only_an_operator_with_digits_then_a_number_with_its_unit_is_joined() -> None:
    assert split_target_text(">9\t良好") is None  # a word, no number
    assert split_target_text("≥5个\t10个") is None  # the first cell whole
    assert split_target_text("9\t95%") is None  # no operator: two numbers
    read = split_target_text("≤1\t1.5万元")
    assert read is not None and read.kind is TargetKind.QUANTITATIVE
    assert read.text == "≤1.5万元"
