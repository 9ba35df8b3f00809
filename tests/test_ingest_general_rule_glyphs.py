"""A scan of a ruled table whose vertical rules the OCR read as ``l``, ``I``, ``丨`` or ``1``
between the cells: each such glyph standing alone is a cell separator; a ``1`` that is a
value (after a rule, before a unit, ending a line) stays, and a source with no letter rules
is cut as before."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from general_support import read_form
from jixiao.domain.target import Operator
from jixiao.ingest.general.rule_glyphs import rule_glyph_cells
from jixiao.ingest.readers.text import split_cells
from jixiao.ingest.source import SourceLine


def _lines(text: str) -> list[SourceLine]:
    return [
        SourceLine(number=number, text=raw, cells=split_cells(raw))
        for number, raw in enumerate(text.splitlines(), start=1)
    ]


_RULED = """\
I 项目名称 l 城区供水管网改造资金            |
| 一级指标 | 二级指标 l 三级指标 | 年度指标值 I 实际完成值 | 分值 l 得分 |
l 产出指标 I 数量指标 | 改造供水管网长度   1 ≥12公里 | 12.6公里 l 20 | 20 |
|          l 质量指标 I 管网漏损率 | ≤9% l 8.7% | 1 | 1 丨
"""


def test_letters_and_strokes_standing_alone_between_cells_are_rules() -> None:
    cells = rule_glyph_cells(_lines(_RULED))
    assert cells[1] == ("项目名称", "城区供水管网改造资金")
    assert cells[2] == (
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
    )
    assert cells[3] == (
        "产出指标",
        "数量指标",
        "改造供水管网长度",
        "≥12公里",
        "12.6公里",
        "20",
        "20",
    )


def test_a_one_after_a_rule_is_a_value_not_a_rule() -> None:
    assert rule_glyph_cells(_lines(_RULED))[4] == (
        "",
        "质量指标",
        "管网漏损率",
        "≤9%",
        "8.7%",
        "1",
        "1",
    )


@pytest.mark.parametrize(
    "line",
    [
        "| 三级指标 | 培训人次 1 个月内完成 l 备注 |",  # 1 before words: a value
        "| 分值 1 | 得分 I 备注 |",  # 1 ending a cell's words: a value
    ],
)
def test_a_one_that_is_a_value_stays_in_its_cell(line: str) -> None:
    text = _RULED + line + "\n"
    cut = rule_glyph_cells(_lines(text))[5]
    assert any(" 1" in cell for cell in cut)


def test_a_source_with_one_stray_letter_is_no_ruled_scan() -> None:
    text = "| 指标 | 目标 |\n| 门诊量 I 类 | ≥120人次 |\n| 门诊满意度 | ≥90% |\n"
    assert rule_glyph_cells(_lines(text)) == {}


_FORM = """\
某县水利局
      2O19年度项目支出绩效自评表
l 项目名称 l 农村饮水安全巩固提升工程              |
| 主管部门 I 某县水利局      l 实施单位   l 某县农村供水站 |
l 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 l 分值 | 得分 |
| (万元)  l 年度资金总  | 52O.OO  I 52O.OO  l 498.3O  | 95.83% l 1O  | 9.58 |
| 一级指标 | 二级指标 | 三级指标 I 年度指标值 | 实际完成值 | 分值 l 得分 | 偏差原因分析 |
l 产出指标 l 数量指标 I 新建集中供水工程   1 ≥6处 | 6处 l 1O | 1O |          l
|          |          | 改造供水管网长度  l 18公里  | 18.5公里   I 1O | 1O l          |
l          | 质量指标 | 水质检测合格率   | ≧95%  l 96.2% | 1O | 1O |           |
| 效益指标 l 社会效益 | 受益人口  l ≧1.2万人 | 1.26万人 | 1O l 1O |         |
"""


def test_a_form_scanned_with_glyph_rules_reads_its_rows_and_money(tmp_path: Path) -> None:
    document = read_form(tmp_path, _FORM)
    read = {
        item.name: (item.target.operator, item.target.value, item.target.unit)
        for _, item in document.all_indicators()
        if item.target is not None
    }
    assert read["新建集中供水工程"] == (Operator.GE, Decimal(6), "处")
    assert read["改造供水管网长度"] == (None, Decimal(18), "公里")
    assert read["水质检测合格率"] == (Operator.GE, Decimal(95), "%")
    assert read["受益人口"] == (Operator.GE, Decimal("1.2"), "万人")
    (project,) = document.projects
    assert project.name == "农村饮水安全巩固提升工程"
    total = project.funding_execution[0]
    assert (total.initial_budget, total.executed, total.score) == (
        Decimal(520),
        Decimal("498.3"),
        Decimal("9.58"),
    )
