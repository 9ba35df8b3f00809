"""Shapes of the genre first met in the seventh hold-out set: a 绩效标准 column after the
target, and a 指标值及单位 header."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role, header_role

# one cell per line, each ending in `` |``, with runs of empty cells: a 湖南-style
# 绩效目标申报表 page with its 绩效标准 column after the target
_ONE_CELL_PER_LINE_WITH_BASIS = """\
|
一级指标 |
二级指标 |
三级指标 |
指标值及单位 |
绩效标准 |
|
|
产出指标 |
数量指标 |
改造道路长度 |
12公里 |
计划标准 |
||
|
路面平整度合格率 |
≥98% |
行业标准 |
||||
|
效益指标 |
社会效益指标 |
群众出行便利程度 |
明显改善 |
历史标准 |
|||
"""


def test_a_target_column_headed_with_its_unit_is_the_target() -> None:
    assert header_role("指标值及单位") is Role.TARGET
    assert header_role("目标值和计量单位") is Role.TARGET


def test_a_basis_cell_on_its_own_line_after_the_target_is_the_basis_not_the_names_end() -> None:
    rows = table_rows(_ONE_CELL_PER_LINE_WITH_BASIS)
    assert [(row[Role.NAME], row[Role.TARGET], row.get(Role.BASIS)) for row in rows] == [
        ("改造道路长度", "12公里", "计划标准"),
        ("路面平整度合格率", "≥98%", "行业标准"),
        ("群众出行便利程度", "明显改善", "历史标准"),
    ]
