"""Shapes of the eighth blind set's misses, each as a class of the genre: a target stated as a
change over a base year (较上年下降20%以上) in a table of one cell per paragraph."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from general_support import read_form
from jixiao.domain.target import Operator
from jixiao.ingest.general.kinds import Kind, kind_of


@pytest.mark.parametrize(
    "text", ["较上年下降20%以上", "同比增长5%", "比上年提高3个百分点", "下降10%以上"]
)
def test_a_change_over_a_base_year_with_its_figure_is_a_target(text: str) -> None:
    assert kind_of(text) is Kind.QUANTITY


@pytest.mark.parametrize("text", ["提高群众满意度", "增加就业岗位", "较上年下降"])
def test_a_change_without_a_figure_is_no_quantity(text: str) -> None:
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
