"""The 一级 and 二级 labels printed in one column (``效益指标－社会效益指标`` under ``指标类别``):
each cell is cut into its two levels and every row is read with both; a column of names with a
slash, or of three levels run together, stays whole; a timeliness standard said at once
(实时更新) is a target."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form, text_source
from jixiao.domain.framework import Category, Subcategory
from jixiao.ingest.general.level_cells import (
    split_level_columns,
    split_level_front,
    split_levels,
    split_path_columns,
)

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


# a space-aligned report table: short level labels joined by a hyphen, the name after one
# space or none in some rows, a page's number and running title between rows
_SPACED = """某区水务局2022年度农村供水保障项目支出绩效自评报告
表2 绩效指标完成情况
指标类别   指标名称          年度指标值   实际完成值   分值   得分
产出-数量   新建集中供水工程      ≥12处      12处       10     10
产出-质量   出厂水水质达标率      ≥95%       97%        10     10
产出-时效 工程竣工时间       2022年11月前   2022年10月    5      5
                                       - 4 -
某区水务局2022年度项目支出绩效自评报告
效益-社会效益 受益人口         ≥3.6万人     3.7万人     15     15
效益-可持续影响管护机制       长效运行      长效运行     10      9
"""


def test_a_space_aligned_tables_joined_short_levels_are_read(tmp_path: Path) -> None:
    document = read_form(tmp_path, _SPACED)
    read = {i.name: i for project in document.projects for i in project.indicators}
    works = read["新建集中供水工程"]
    assert works.category is Category.OUTPUT and works.subcategory is Subcategory.QUANTITY
    assert works.target is not None and works.target.canonical == "≥12处"
    assert read["工程竣工时间"].subcategory is Subcategory.TIMELINESS
    people = read["受益人口"]  # after the page's number and running title
    assert people.category is Category.OUTCOME and people.subcategory is Subcategory.SOCIAL
    assert read["管护机制"].subcategory is Subcategory.SUSTAINABILITY


def test_a_name_run_on_after_the_levels_gets_its_own_cell() -> None:
    assert split_level_front("效益-社会效益 受益人口") == ("效益", "社会效益", "受益人口")
    assert split_level_front("效益-可持续影响管护机制") == ("效益", "可持续影响", "管护机制")
    assert split_level_front("产出指标/数量指标") == ("产出指标", "数量指标", "")
    assert split_level_front("道路-桥梁维修") is None  # no 一级 label before the dash


def test_prose_between_rows_ends_the_table_of_levels() -> None:
    text = _SPACED.replace("- 4 -", "注：本表数据截至2022年12月31日，由区财政局复核后报送。")
    lines = split_level_columns(text_source(text).lines)
    assert lines is not None
    assert lines[5].cells[:2] == ("产出", "时效")
    assert lines[8].cells[0].startswith("效益-社会效益")  # after the note: not cut


_PATHS = """某市交通运输局2022年度农村公路养护资金绩效评价指标评分表
指标路径	分值	指标值	实际完成值	得分
决策/项目立项/立项程序规范性	5	——	——	5
产出/产出数量/养护农村公路里程	15	≥860公里	872公里	15
产出/产出质量/优良中等路比例	10	≥75%	78%	10
效益/社会效益/群众出行条件	10	明显改善	明显改善	9
合计	40			39
"""


def test_a_column_of_whole_paths_is_cut_into_three_levels(tmp_path: Path) -> None:
    lines = split_path_columns(text_source(_PATHS).lines)
    assert lines is not None
    assert lines[1].cells[:4] == ("一级指标", "二级指标", "三级指标", "分值")
    assert lines[3].cells[:4] == ("产出", "产出数量", "养护农村公路里程", "15")
    read = {i.name: i for _, i in read_form(tmp_path, _PATHS).all_indicators()}
    road = read["养护农村公路里程"]
    assert road.category is Category.OUTPUT
    assert road.target is not None and road.target.canonical == "≥860公里"


def test_paths_of_no_known_first_level_or_mixed_with_names_stay_whole() -> None:
    unknown = _PATHS.replace("产出/", "甲类/").replace("效益/", "乙类/")
    assert split_path_columns(text_source(unknown).lines) is None
    mixed = _PATHS.replace("决策/项目立项/立项程序规范性", "立项程序规范性")
    assert split_path_columns(text_source(mixed).lines) is None
