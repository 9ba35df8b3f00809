"""A document's next part (``第三部分``) run on after a table's last row on one line, as a
sharing site's text prints a whole page: the part's number ends the table there, so the
last row keeps its own cells and the part's title is no row's cell."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role

_RUN_ON = (
    "项目名称及金额(万元) 一级指标 二级指标 指标 指标值 备注 "
    "整体支出绩效指标 灌区运行(85万元) 产出指标 数量指标 维修渠道长度 ≥12公里 "
    "满意度指标 服务对象满意度指标 灌区农户满意度 ≥90% 用水协会满意度 ≥85% "
    "第三部分 预算项目绩效目标 1、灌区维修经费项目绩效目标表 某县水务局部门预算\n"
)


def test_the_last_row_before_a_part_on_its_line_keeps_its_cells() -> None:
    rows = {row[Role.NAME]: row for row in table_rows(_RUN_ON) if Role.NAME in row}
    assert rows["用水协会满意度"][Role.TARGET] == "≥85%"
    assert all(row.get(Role.CATEGORY) != "用水协会满意度" for row in rows.values())


def test_a_part_named_inside_a_cell_of_words_ends_no_table() -> None:
    text = (
        "一级指标 二级指标 三级指标 指标值 产出指标 数量指标 "
        "编制第二部分规划文本数量 ≥2册 质量指标 规划评审通过率 100%\n"
    )
    rows = {row[Role.NAME]: row for row in table_rows(text) if Role.NAME in row}
    assert rows["规划评审通过率"][Role.TARGET] == "100%"
