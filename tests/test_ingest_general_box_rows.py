"""A table drawn with box characters (a text browser's dump) whose cells wrap inside their
boxes: the lines between two rules are one row, a rule beside merged cells (``│产出指│数量指
├───┼───┤``) ends the row above with the labels' wrapped ends; a box table ruled only between
groups of rows is left alone; a problem removed (基本消除) is a standard."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form, text_source
from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.target.grammar import parse_target
from jixiao.ingest.general.ruled_grid import join_box_rows

_BOXED = """某区林业局2024年项目支出绩效目标表
┌──────┬──────┬──────────┬──────┐
│一级指│二级指│三级指标  │指标值│
│标    │标    │          │      │
├──────┼──────┼──────────┼──────┤
│产出指│数量指│新增造林面│≥320亩│
│标    │标    │积        │      │
│      │      ├──────────┼──────┤
│      │      │补植苗木  │≥9000 │
│      │      │          │株    │
├──────┼──────┼──────────┼──────┤
│效益指│生态效│林区森林覆│≥42.5%│
│标    │益指标│盖率      │      │
└──────┴──────┴──────────┴──────┘
"""

_GROUPED = """┌──────┬──────────┬──────┐
│一级  │三级指标  │指标值│
├──────┼──────────┼──────┤
│产出  │新增造林  │≥320亩│
│      │补植苗木  │≥9000株│
├──────┼──────────┼──────┤
│效益  │森林覆盖率│≥42%  │
└──────┴──────────┴──────┘
"""


def test_cells_wrapped_in_their_boxes_are_read_whole(tmp_path: Path) -> None:
    document = read_form(tmp_path, _BOXED)
    indicators = [i for _, i in document.all_indicators()]
    read = {i.name: i for i in indicators}
    area = read["新增造林面积"]
    assert area.category is Category.OUTPUT and area.subcategory is Subcategory.QUANTITY
    assert area.target is not None and str(area.target.value) == "320"
    seedlings = read["补植苗木"]
    assert seedlings.target is not None and seedlings.target.unit == "株"
    cover = read["林区森林覆盖率"]
    assert cover.subcategory is Subcategory.ECOLOGICAL
    assert cover.target is not None and str(cover.target.value) == "42.5"


def test_a_problem_removed_is_a_standard() -> None:
    assert parse_target("隐患基本消除").standard == "隐患基本消除"


def test_a_rule_beside_merged_cells_ends_the_row_above() -> None:
    lines = join_box_rows(text_source(_BOXED).lines)
    assert lines is not None
    rows = [line.cells for line in lines if line.cells]
    assert ("产出指标", "数量指标", "新增造林面积", "≥320亩") in rows
    assert ("", "", "补植苗木", "≥9000株") in rows


def test_a_box_table_ruled_between_groups_of_rows_is_left_alone() -> None:
    assert join_box_rows(text_source(_GROUPED).lines) is None
