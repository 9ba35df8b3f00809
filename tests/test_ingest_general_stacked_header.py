"""A header whose words are stacked over two rows of cells (``一级`` over ``指标``, ``年度``
over ``目标值``): joined column by column it is one header, and every row is read by its
cells' places, a target in words (``满足15天用量``) included; two rows of a table's body are
never joined so; a status under a 备注 column stays that column's."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form, text_source
from jixiao.ingest.general.stacked_header import join_stacked_headers

_STACKED = """部门整体绩效目标完成情况表
| 一级 | 二级 | 三级 | 年度 | 全年实际 | 完成 |
| 指标 | 指标 | 指标 | 指标值 | 完成值 | 情况 |
|---|---|---|---|---|---|
| 产出指标 | 数量指标 | 农村公路养护里程 | ≥860公里 | 872公里 | 完成 |
|  |  | 应急物资储备 | 满足15天用量 | 满足15天用量 | 完成 |
|  | 成本指标 | 日常养护支出 | 控制在预算以内 | 未超预算 | 完成 |
| 效益指标 | 社会效益指标 | 群众出行条件 | 持续改善 | 持续改善 | 完成 |
"""

_BODY_ROWS = """| 一级指标 | 二级指标 | 三级指标 | 指标值 |
|---|---|---|---|
| 产出指标 | 数量指标 | 农村公路养护里程 | ≥860公里 |
| | | 应急物资储备 | 满足需求 |
| | | 日常巡查 | 每周一次 |
"""


def test_a_header_stacked_over_two_rows_is_read_as_one(tmp_path: Path) -> None:
    document = read_form(tmp_path, _STACKED)
    read = {i.name: i for i in document.projects[0].indicators}
    assert {"农村公路养护里程", "应急物资储备", "日常养护支出", "群众出行条件"} <= set(read)
    stock = read["应急物资储备"]
    assert stock.target is not None and stock.target.standard == "满足15天用量"
    assert stock.result is not None and stock.result.actual_text == "满足15天用量"
    spending = read["日常养护支出"]
    assert spending.result is not None and spending.result.actual_text == "未超预算"


def test_rows_of_a_body_are_no_stacked_header() -> None:
    assert join_stacked_headers(text_source(_BODY_ROWS).lines) is None


def test_a_status_under_a_remark_column_is_the_remark(tmp_path: Path) -> None:
    text = _STACKED.replace("| 完成 |\n| 指标", "| 备注 |\n| 指标").replace("| 情况 |", "|  |")
    document = read_form(tmp_path, text)
    read = {i.name: i for i in document.projects[0].indicators}
    road = read["农村公路养护里程"]
    assert road.result is not None and road.result.actual_text == "872公里"
    assert road.remark == "完成"


def test_a_lower_line_naming_the_columns_of_an_upper_span_is_not_joined() -> None:
    text = (
        "一级指标\t二级指标\t三级指标\t指标值\t\t\n"
        "\t\t\t指标性质\t指标值\t度量单位\n"
        "产出指标\t数量指标\t新建村级文化广场\t≥\t16\t个\n"
    )
    assert join_stacked_headers(text_source(text).lines) is None
