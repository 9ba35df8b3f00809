"""A header a text PDF's layer printed without places, its words cut at their columns' width
and their ends on the line under (``指标值确定`` / ``依据``): the ends joined back, in order, so
the columns are named and the line of ends is no row."""

from __future__ import annotations

from general_support import table_rows, text_source
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Role

# 指标值确定 / 依据, 全年完成 / 值, 偏差原因分 / 析, the two single glyphs spaced apart
_CUT = """\
一级指标 二级指标 三级指标 年度目标值 指标值确定 全年完成 权重 得分 偏差原因分
依据 值 析
产出指标 数量指标 新建农村供水工程数量 ≥15处 计划标准 15处 20 20 无
质量指标 供水水质检测合格率 ≥95% 行业标准 97% 20 20 无
效益指标 社会效益指标 受益农村人口数 ≥2.4万人 计划标准 2.5万人 30 30 无
满意度指标 服务对象满意度指标 受益群众满意度 ≥90% 其他标准 93% 30 30 无
"""


def test_the_cut_header_words_are_joined_to_their_ends_and_name_their_columns() -> None:
    rows = table_rows(_CUT)
    assert [row[Role.NAME] for row in rows] == [
        "新建农村供水工程数量",
        "供水水质检测合格率",
        "受益农村人口数",
        "受益群众满意度",
    ]
    first = rows[0]
    cells = (first[Role.TARGET], first[Role.BASIS], first[Role.ACTUAL])
    assert cells == ("≥15处", "计划标准", "15处")


def _cells(text: str) -> list[str]:
    source, _ = normalise_source(text_source(text))
    return [cell.text for cell in cells_of(source.lines)]


def test_the_line_of_ends_is_no_cell_of_its_own() -> None:
    cells = _cells(_CUT)
    assert "指标值确定依据" in cells and "偏差原因分析" in cells
    assert "依据" not in cells and "值析" not in cells


def test_words_under_a_header_that_end_none_of_its_words_are_left_as_they_stand() -> None:
    # 说明 is no end of 指标值确定 (指标值确定说明 names no column): both lines stay as printed
    cells = _cells(_CUT.replace("依据 值 析", "说明 备注"))
    assert "指标值确定" in cells and "说明" in cells and "备注" in cells
