"""The 一级 and 二级 labels printed in one column (``效益指标－社会效益指标`` under ``指标类别``):
each cell is cut into its two levels and every row is read with both; a column of names with a
slash, or of three levels run together, stays whole; a timeliness standard said at once
(实时更新) is a target."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form, text_source
from jixiao.domain.framework import Category, Subcategory
from jixiao.ingest.general.level_cells import split_level_columns, split_levels

_COMBINED = """某县文化和旅游局2023年部门整体支出绩效目标表
指标类别 | 指标名称 | 指标值 | 备注
产出指标－数量指标 | 送戏下乡场次 | ≥120场 |
产出指标－数量指标 | 公共图书馆流通人次 | ≥8万人次 |
产出指标－时效指标 | 文化场馆开放信息 | 实时更新 |
效益指标－社会效益指标 | 群众文化生活 | 持续丰富 |
满意度指标－服务对象满意度指标 | 群众满意度 | ≥92% |
"""


def test_both_levels_are_read_from_one_column(tmp_path: Path) -> None:
    document = read_form(tmp_path, _COMBINED)
    indicators = [i for goal in document.department_goals for i in goal.indicators]
    indicators += [i for project in document.projects for i in project.indicators]
    read = {i.name: i for i in indicators}
    shows = read["送戏下乡场次"]
    assert shows.category is Category.OUTPUT and shows.subcategory is Subcategory.QUANTITY
    assert shows.target is not None and str(shows.target.value) == "120"
    life = read["群众文化生活"]
    assert life.category is Category.OUTCOME and life.subcategory is Subcategory.SOCIAL
    assert read["文化场馆开放信息"].target is not None


def test_the_header_cell_becomes_the_two_level_words() -> None:
    lines = split_level_columns(text_source(_COMBINED).lines)
    assert lines is not None
    assert lines[1].cells[:3] == ("一级指标", "二级指标", "指标名称")
    assert lines[2].cells[:2] == ("产出指标", "数量指标")


def test_separators_a_slash_a_dot_and_a_space_cut_alike() -> None:
    assert split_levels("产出指标/质量指标") == ("产出指标", "质量指标")
    assert split_levels("效益指标·经济效益指标") == ("效益指标", "经济效益指标")
    assert split_levels("效益指标 生态效益指标") == ("效益指标", "生态效益指标")


def test_a_name_or_three_levels_in_the_cell_are_no_pair_of_levels() -> None:
    assert split_levels("道路/桥梁维修") is None
    assert split_levels("产出指标—数量指标—培训人次") is None


def test_a_column_of_names_with_slashes_stays_whole() -> None:
    text = (
        "项目 | 指标名称 | 指标值\n道路/桥梁 | 维修里程 | ≥12公里\n路灯/护栏 | 更换数量 | ≥300套\n"
    )
    assert split_level_columns(text_source(text).lines) is None
