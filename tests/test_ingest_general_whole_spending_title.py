"""A department's own score table or report titled ``{year}{unit}部门整体支出绩效评价得分表``
names its unit between the year and the 部门整体支出 (session 17)."""

from __future__ import annotations

from general_support import text_source
from jixiao.ingest.general.fields import read_prose_fields
from jixiao.ingest.general.vocabulary import Field


def _found(text: str, field: Field) -> list[str]:
    found = read_prose_fields(text_source(text).lines)
    return [value.value for value in found if value.field is field]


def test_the_unit_before_the_whole_spending_is_the_titles() -> None:
    title = "2021年某县档案馆部门整体支出绩效评价得分表 一级指标 二级指标 三级指标 分值 得分"
    assert _found(title, Field.UNIT_NAME) == ["某县档案馆"]
    assert _found("2020年度某市司法局整体支出绩效自评报告", Field.UNIT_NAME) == ["某市司法局"]


def test_a_whole_spending_title_names_no_project() -> None:
    assert _found("2021年某县档案馆部门整体支出绩效评价得分表", Field.PROJECT) == []


def test_a_title_of_the_whole_spending_alone_names_no_unit() -> None:
    assert _found("2018年部门整体支出绩效评价得分表", Field.UNIT_NAME) == []


def test_a_place_before_the_year_is_the_units_own() -> None:
    title = "某市2022年林业局部门整体支出绩效自评报告"
    assert _found(title, Field.UNIT_NAME) == ["某市林业局"]
    # a unit naming its place itself keeps its name
    assert _found("某市2022年某市林业局部门整体支出绩效自评报告", Field.UNIT_NAME) == ["某市林业局"]
