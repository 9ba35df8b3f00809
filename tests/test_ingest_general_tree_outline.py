"""An indicator tree drawn with box glyphs (├─ 产出指标, │ ├─ 数量指标, └─ 名称（指标值：X）):
the drawing comes off, the levels read as labels and each leaf as a name and its target; a
box-ruled table, a list with one branch, or a bracket of no target label is left as it is.
Each text is written for the test (other words, another department than the hold-out)."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form, text_source
from jixiao.domain.framework import Category, Subcategory
from jixiao.ingest.general.tree_outline import tree_lines

_TREE = """某县教育局2025年度学生资助项目绩效目标
一、年度绩效目标
按政策足额发放各类学生资助资金，确保家庭经济困难学生应助尽助。
二、绩效指标
学生资助项目
├─ 产出指标
│   ├─ 数量指标
│   │   ├─ 资助家庭经济困难学生人次（指标值：≥4200人次）
│   │   └─ 营养膳食补助覆盖学校（目标值：=38所）
│   └─ 时效指标
│       └─ 资助资金发放时间（指标值：每学期结束前）
└─ 满意度指标
    └─ 服务对象满意度指标
        └─ 受助学生及家长满意度（指标值：≥93%）
"""


def test_a_trees_leaves_are_read_with_their_levels_and_targets(tmp_path: Path) -> None:
    read = {i.name: i for _, i in read_form(tmp_path, _TREE).all_indicators()}
    aided = read["资助家庭经济困难学生人次"]
    assert aided.category is Category.OUTPUT and aided.subcategory is Subcategory.QUANTITY
    assert aided.target is not None and aided.target.canonical == "≥4200人次"
    schools = read["营养膳食补助覆盖学校"]
    assert schools.target is not None and schools.target.canonical == "=38所"
    assert read["资助资金发放时间"].subcategory is Subcategory.TIMELINESS
    assert read["受助学生及家长满意度"].category is Category.SATISFACTION


def test_a_leaf_becomes_its_name_and_value_a_label_its_text() -> None:
    lines = tree_lines(text_source(_TREE).lines)
    assert lines is not None
    assert lines[5].cells == ("产出指标",)
    assert lines[7].cells == ("资助家庭经济困难学生人次", "≥4200人次")


def test_a_bracket_naming_no_target_stays_in_the_name() -> None:
    text = "├─ 甲\n├─ 乙\n└─ 改造校舍面积（含附属用房）\n"
    lines = tree_lines(text_source(text).lines)
    assert lines is not None
    assert lines[2].cells == ("改造校舍面积（含附属用房）",)


def test_a_box_ruled_table_or_a_single_branch_is_no_tree() -> None:
    ruled = "┌──┬──┐\n│一级│二级│\n├──┼──┤\n│产出│数量│\n├──┼──┤\n│效益│社会│\n└──┴──┘\n"
    assert tree_lines(text_source(ruled).lines) is None
    single = "项目说明\n└─ 资金来源（指标值：本级财政）\n"
    assert tree_lines(text_source(single).lines) is None
