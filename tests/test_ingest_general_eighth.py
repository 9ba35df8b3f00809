"""Shapes of the eighth blind set's misses, each as a class of the genre: a target stated as a
change over a base year (较上年下降20%以上) in a table of one cell per paragraph; an OCR's ≥
read as a lone 2 before a row's target; a chain carried further (不断延伸) as a standard."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from general_support import read_form, table_rows
from jixiao.domain.target import Operator, parse_target
from jixiao.ingest.cells import read_target_cell
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import Role


@pytest.mark.parametrize(
    "text", ["较上年下降20%以上", "同比增长5%", "比上年提高3个百分点", "下降10%以上"]
)
def test_a_change_over_a_base_year_with_its_figure_is_a_target(text: str) -> None:
    assert kind_of(text) is Kind.QUANTITY


@pytest.mark.parametrize("text", ["提高群众满意度", "增加就业岗位", "较上年下降", "下降4.3%"])
def test_a_change_without_a_figure_or_a_base_or_bound_is_no_quantity(text: str) -> None:
    # 下降4.3%, bare, is as often a row's actual as its target: left to the row's places
    assert kind_of(text) is not Kind.QUANTITY


def test_a_relative_target_in_a_table_of_one_cell_per_paragraph_is_the_rows_target(
    tmp_path: Path,
) -> None:
    cells = """一级指标 二级指标 三级指标 指标值 权重(%)
    效益指标 社会效益指标 惠及居民户数 ≥1.3万户 15
    供水停水投诉量 较上年下降20%以上 10
    满意度指标 服务对象满意度指标 改造小区居民满意度 ≥92% 10"""
    text = "\n\n".join(cells.split())
    document = read_form(tmp_path, "2026年项目支出绩效目标申报表\n\n" + text + "\n")
    found = {indicator.name: indicator.target for _, indicator in document.all_indicators()}
    target = found["供水停水投诉量"]
    assert target is not None
    assert (target.operator, target.value, target.unit) == (Operator.GE, Decimal(20), "%")
    assert "较上年下降20%以上" not in found


def test_a_lone_two_before_a_rows_target_is_an_ocr_greater_or_equal() -> None:
    # ≥ read as 2 and set apart by a space: the 2 fits no column of the row
    text = """一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
产出指标 数量指标 新建枸杞烘干设施 12座 12座 10 10
质量指标 种苗成活率 2 90% 92.4% 10 10
"""
    rows = table_rows(text)
    assert [(row[Role.NAME], row[Role.TARGET], row[Role.WEIGHT]) for row in rows] == [
        ("新建枸杞烘干设施", "12座", "10"),
        ("种苗成活率", "2 90%", "10"),
    ]
    repaired = read_target_cell(rows[1][Role.TARGET])
    assert repaired.target is not None and repaired.target.operator is Operator.GE
    assert repaired.repairs  # reported as the OCR slip it is


def test_a_two_in_a_points_column_before_the_target_stays_the_points() -> None:
    text = """一级指标 二级指标 三级指标 分值 年度指标值 实际完成值 得分
产出指标 数量指标 新建枸杞烘干设施 10 12座 12座 10
质量指标 种苗成活率 2 90% 92.4% 2
"""
    rows = table_rows(text)
    assert [(row[Role.WEIGHT], row[Role.TARGET]) for row in rows] == [
        ("10", "12座"),
        ("2", "90%"),
    ]


@pytest.mark.parametrize("text", ["不断延伸", "有所延伸", "不断深化"])
def test_a_chain_carried_further_is_a_standard(text: str) -> None:
    assert kind_of(text) is Kind.QUALITATIVE
    assert parse_target(text).standard == text


def test_an_ocr_slip_in_a_split_value_column_is_undone_as_in_a_target_cell(
    tmp_path: Path,
) -> None:
    # 指标性质 | 指标值 | 度量单位 with the value read ═1OO (= as a box-drawing ═, 0 as O)
    text = """2020年部门整体支出绩效目标表
一级指标 二级指标 三级指标 指标性质 指标值 度量单位
产出指标 质量指标 评估覆盖率 定量 ═1OO %
产出指标 时效指标 救助资金按月发放率 定量 100 %
"""
    document = read_form(tmp_path, text)
    found = {indicator.name: indicator.target for _, indicator in document.all_indicators()}
    target = found["评估覆盖率"]
    assert target is not None
    assert (target.operator, target.value, target.unit) == (Operator.EQ, Decimal(100), "%")


def test_a_web_pages_buttons_under_the_table_are_no_indicators(tmp_path: Path) -> None:
    cells = """一级指标 二级指标 三级指标 指标值 权重(%)
    满意度指标 服务对象满意度指标 改造小区居民满意度 ≥92% 10
    合计 100"""
    text = "\n\n".join(cells.split()) + "\n\n打印  关闭\n"
    document = read_form(tmp_path, "2026年项目支出绩效目标申报表\n\n" + text)
    names = [indicator.name for _, indicator in document.all_indicators()]
    assert names == ["改造小区居民满意度"]
