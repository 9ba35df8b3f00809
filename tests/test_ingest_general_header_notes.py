"""A header's second line of notes (``（一级）``, ``（指标值）``, ``（%）``, ``单位：万元``) belongs
to the header: it is no row of the body, and a note that names a column says what a vaguer
word above it holds (``年度目标`` over ``（指标值）`` is the target's column). In pipe tables,
space-separated text and text captured one cell a line."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.header_notes import is_note, with_note
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.table import _goal_as_target
from jixiao.ingest.general.vocabulary import Role

_NAMES = ["供水管网改造长度", "水质抽检合格率", "受益居民户数", "用水户满意度"]

_PIPE = """\
某县水务局2025年城乡供水保障项目绩效评价得分表
| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度目标 | 实际完成 | 得分 |
| --- | --- | --- | --- | --- | --- | --- |
| （一级） | （二级） | （三级） | （分值） | （指标值） | （实际值） | |
| 产出指标 | 数量指标 | 供水管网改造长度 | 25 | ≥36公里 | 37.5公里 | 25 |
| | 质量指标 | 水质抽检合格率 | 25 | ≥98% | 99.2% | 25 |
| 效益指标 | 社会效益指标 | 受益居民户数 | 30 | ≥5400户 | 5520户 | 30 |
| 满意度指标 | 服务对象满意度指标 | 用水户满意度 | 20 | ≥90% | 91% | 20 |
"""


def test_a_pipe_headers_bracketed_second_line_is_no_row_and_names_the_vague_column() -> None:
    rows = table_rows(_PIPE)
    assert [row[Role.NAME] for row in rows] == _NAMES
    assert [row[Role.TARGET] for row in rows] == ["≥36公里", "≥98%", "≥5400户", "≥90%"]
    assert rows[0][Role.ACTUAL] == "37.5公里" and rows[0][Role.WEIGHT] == "25"


def test_a_units_line_under_a_pipe_header_is_no_row() -> None:
    text = """\
某县水务局2025年城乡供水保障项目绩效目标表
| 一级指标 | 二级指标 | 三级指标 | 指标值 | 权重 |
| --- | --- | --- | --- | --- |
| | | | | （%） |
| 产出指标 | 数量指标 | 供水管网改造长度 | ≥36公里 | 40 |
| 效益指标 | 社会效益指标 | 受益居民户数 | ≥5400户 | 60 |
"""
    rows = table_rows(text)
    assert [row[Role.NAME] for row in rows] == ["供水管网改造长度", "受益居民户数"]
    assert [row[Role.WEIGHT] for row in rows] == ["40", "60"]


def test_a_money_unit_line_under_a_header_is_no_row() -> None:
    text = """\
某县水务局2025年城乡供水保障项目绩效目标表
| 一级指标 | 二级指标 | 三级指标 | 指标值 | 说明 |
| 单位：万元 |
| 产出指标 | 数量指标 | 供水管网改造长度 | ≥36公里 | 主城区 |
| 效益指标 | 社会效益指标 | 受益居民户数 | ≥5400户 | 城乡 |
"""
    rows = table_rows(text)
    assert [row[Role.NAME] for row in rows] == ["供水管网改造长度", "受益居民户数"]
    assert rows[0][Role.TARGET] == "≥36公里"


def test_a_space_separated_headers_second_line_of_notes_is_no_row() -> None:
    text = """\
某县水务局2025年城乡供水保障项目绩效评价得分表
一级指标  二级指标  三级指标  分值  年度目标  实际完成  得分
（一级）  （二级）  （三级）  （分值）  （指标值）  （实际值）  （得分）
产出指标  数量指标  供水管网改造长度  25  ≥36公里  37.5公里  25
          质量指标  水质抽检合格率  25  ≥98%  99.2%  25
效益指标  社会效益指标  受益居民户数  30  ≥5400户  5520户  30
满意度指标  服务对象满意度指标  用水户满意度  20  ≥90%  91%  20
"""
    rows = table_rows(text)
    assert [row[Role.NAME] for row in rows] == _NAMES
    assert [row[Role.TARGET] for row in rows] == ["≥36公里", "≥98%", "≥5400户", "≥90%"]


def test_a_header_word_and_its_note_one_a_line_name_the_column_together() -> None:
    lines = [
        "某县水务局2025年城乡供水保障项目绩效评价得分表",
        *["一级指标", "二级指标", "三级指标", "分值", "年度目标", "（指标值）"],
        *["实际完成", "（实际值）", "得分"],
        *["产出指标", "数量指标", "供水管网改造长度", "25", "≥36公里", "37.5公里", "25"],
        *["质量指标", "水质抽检合格率", "25", "≥98%", "99.2%", "25"],
        *["效益指标", "社会效益指标", "受益居民户数", "30", "≥5400户", "5520户", "30"],
    ]
    rows = table_rows("\n".join(lines) + "\n")
    assert [row[Role.NAME] for row in rows] == _NAMES[:3]
    assert [row[Role.TARGET] for row in rows] == ["≥36公里", "≥98%", "≥5400户"]


def test_a_first_row_with_a_bracketed_unit_in_its_name_stays_a_row() -> None:
    text = """\
某县水务局2025年城乡供水保障项目绩效目标表
| 一级指标 | 二级指标 | 三级指标 | 指标值 | 权重 |
| --- | --- | --- | --- | --- |
| 产出指标 | 数量指标 | 供水管网改造长度（公里） | ≥36 | 40 |
| 效益指标 | 社会效益指标 | 受益居民户数 | ≥5400户 | 60 |
"""
    rows = table_rows(text)
    assert [row[Role.NAME] for row in rows] == ["供水管网改造长度(公里)", "受益居民户数"]


def test_notes_under_words_that_name_their_columns_change_nothing() -> None:
    text = """\
某县水务局2025年城乡供水保障项目绩效自评表
| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 |
| | | | （年初） | （年末） |
| 产出指标 | 数量指标 | 供水管网改造长度 | ≥36公里 | 37.5公里 |
| 效益指标 | 社会效益指标 | 受益居民户数 | ≥5400户 | 5520户 |
"""
    rows = table_rows(text)
    assert [row[Role.TARGET] for row in rows] == ["≥36公里", "≥5400户"]
    assert [row[Role.ACTUAL] for row in rows] == ["37.5公里", "5520户"]


def _cell(text: str) -> Cell:
    return Cell(text, 1)


def test_a_note_is_bracketed_words_or_a_unit_and_nothing_with_an_indicators_words() -> None:
    for note in ("（指标值）", "(评分要点)", "（%）", "单位：万元", "【分值】"):
        assert is_note(_cell(note)), note
    for text in (
        "（一）产出指标",
        "供水管网改造长度（公里）",
        "≥95%",
        "受益居民户数",
        "单位名称",
        "",
    ):
        assert not is_note(_cell(text)), text


def test_a_note_names_a_vague_or_unknown_column_and_leaves_a_named_one() -> None:
    assert with_note(Role.GOAL, _cell("（指标值）")) is Role.TARGET
    assert with_note(Role.OTHER, _cell("（完成值）")) is Role.ACTUAL
    assert with_note(None, _cell("（指标值）")) is Role.TARGET
    assert with_note(Role.ACTUAL, _cell("（指标值）")) is Role.ACTUAL
    assert with_note(Role.GOAL, _cell("（年初）")) is Role.GOAL


def test_a_note_inside_the_header_cell_names_its_vague_or_unknown_column() -> None:
    text = """\
某县水务局2025年城乡供水保障项目绩效自评表
| 一级指标 | 二级指标 | 三级指标 | 年度目标（指标值） | 计划（目标值） | 实际完成值 |
| --- | --- | --- | --- | --- | --- |
| 产出指标 | 数量指标 | 供水管网改造长度 | ≥36公里 | | 37.5公里 |
| 效益指标 | 社会效益指标 | 受益居民户数 | ≥5400户 | | 5520户 |
"""
    rows = table_rows(text)
    assert [row[Role.TARGET] for row in rows] == ["≥36公里", "≥5400户"]
    assert [row[Role.ACTUAL] for row in rows] == ["37.5公里", "5520户"]


def test_a_units_line_under_a_header_one_a_line_is_no_row() -> None:
    lines = [
        "某县水务局2025年城乡供水保障项目绩效目标表",
        *["一级指标", "二级指标", "三级指标", "指标值", "分值"],
        "单位：%",
        *["产出指标", "数量指标", "供水管网改造长度", "≥36公里", "40"],
        *["效益指标", "社会效益指标", "受益居民户数", "≥5400户", "60"],
    ]
    rows = table_rows("\n".join(lines) + "\n")
    assert [row[Role.NAME] for row in rows] == ["供水管网改造长度", "受益居民户数"]
    assert [row[Role.WEIGHT] for row in rows] == ["40", "60"]


def test_a_units_line_under_a_space_separated_header_is_no_row() -> None:
    text = """\
某县水务局2025年城乡供水保障项目绩效目标表
一级指标  二级指标  三级指标  指标值  分值
（%）
产出指标  数量指标  供水管网改造长度  ≥36公里  40
效益指标  社会效益指标  受益居民户数  ≥5400户  60
"""
    rows = table_rows(text)
    assert [row[Role.NAME] for row in rows] == ["供水管网改造长度", "受益居民户数"]
    assert [row[Role.TARGET] for row in rows] == ["≥36公里", "≥5400户"]


def test_a_line_of_column_numbers_in_brackets_under_a_header_is_no_row() -> None:
    text = """\
某县水务局2025年城乡供水保障项目绩效目标表
一级指标  二级指标  三级指标  指标值  分值
(1) (2) (3) (4) (5)
产出指标  数量指标  供水管网改造长度  ≥36公里  40
效益指标  社会效益指标  受益居民户数  ≥5400户  60
"""
    rows = table_rows(text)
    assert [row[Role.NAME] for row in rows] == ["供水管网改造长度", "受益居民户数"]


_ALIGNED = """\
某县水务局2025年城乡供水保障项目绩效评价得分表
一级指标    二级指标        三级指标                分值    年度目标      实际完成      得分
                                                            （指标值）    （完成值）
产出指标    数量指标        供水管网改造长度        25      ≥36公里       37.5公里      25
            质量指标        水质抽检合格率          25      ≥98%          99.2%         25
效益指标    社会效益指标    受益居民户数            30      ≥5400户       5520户        30
满意度指标  服务对象满意度  用水户满意度            20      ≥90%          91%           20
"""


def test_notes_under_some_words_of_a_space_aligned_header_name_the_vague_column() -> None:
    # the notes' places are lost with the spaces: the one note naming a column the header
    # lacks (the target's) is the one vague word's (年度目标)
    rows = table_rows(_ALIGNED)
    assert [row[Role.NAME] for row in rows] == _NAMES
    assert [row[Role.TARGET] for row in rows] == ["≥36公里", "≥98%", "≥5400户", "≥90%"]
    assert [row[Role.ACTUAL] for row in rows] == ["37.5公里", "99.2%", "5520户", "91%"]


def test_a_note_naming_a_column_the_header_has_leaves_the_vague_word_its_own() -> None:
    # （完成值） names the actual's column, which 实际完成 is already: 年度目标 stays the
    # target's (a word after the name's column), no second actual column
    text = _ALIGNED.replace("（指标值）    （完成值）", "（年初）      （完成值）")
    rows = table_rows(text)
    assert [row[Role.TARGET] for row in rows] == ["≥36公里", "≥98%", "≥5400户", "≥90%"]
    assert [row[Role.ACTUAL] for row in rows] == ["37.5公里", "99.2%", "5520户", "91%"]


def test_an_annual_goal_word_after_the_names_column_heads_the_targets() -> None:
    text = """\
某县水务局2025年城乡供水保障项目绩效评价得分表
| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度目标 | 实际完成 | 得分 |
| --- | --- | --- | --- | --- | --- | --- |
| 产出指标 | 数量指标 | 供水管网改造长度 | 25 | ≥36公里 | 37.5公里 | 25 |
| 效益指标 | 社会效益指标 | 受益居民户数 | 30 | ≥5400户 | 5520户 | 30 |
"""
    rows = table_rows(text)
    assert [row[Role.TARGET] for row in rows] == ["≥36公里", "≥5400户"]


def test_an_annual_goal_word_before_the_indicators_columns_stays_the_projects_goal() -> None:
    before = [Role.PROJECT, Role.GOAL, Role.CATEGORY, Role.SUBCATEGORY, Role.NAME, Role.WEIGHT]
    assert not _goal_as_target(before)
    after = [Role.CATEGORY, Role.SUBCATEGORY, Role.NAME, Role.WEIGHT, Role.GOAL, Role.ACTUAL]
    assert _goal_as_target(after)
    assert not _goal_as_target([*after, Role.TARGET])  # a target column of its own


def _one_a_line(points: str) -> str:
    cells = [
        "一级",
        "指标",
        "二级",
        "指标",
        "三级指标",
        "指标值",
        "分值",
        "得分",
        "产出",
        "指标",
        points,
        "数量",
        "指标",
        "供水管网改造长度",
        "≥36公里",
        "25",
        "25",
        "质量",
        "指标",
        "水质抽检合格率",
        "≥98%",
        "25",
        "24",
    ]
    return "某县水务局2025年城乡供水保障项目绩效自评表\n" + "\n".join(cells) + "\n"


def test_a_labels_points_on_their_own_line_are_no_row_unlike_a_note() -> None:
    for points in ("(60分)", "（50分）"):
        rows = table_rows(_one_a_line(points))
        assert [row[Role.NAME] for row in rows] == ["供水管网改造长度", "水质抽检合格率"]
        assert [row[Role.TARGET] for row in rows] == ["≥36公里", "≥98%"]
