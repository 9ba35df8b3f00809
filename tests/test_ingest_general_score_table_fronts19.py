"""A 项目支出 score table re-served from a text PDF from mid-table (session 19): its labels run
into the row's name after the close of the points wrapped from the line above (``分)项目管理
(5 分)资金管理资金到位率``), a lone bracket before a label (``(产出质量``), a row's 分值 and
得分 around its values on a line of their own, dates spaced before each number."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.domain.model import Indicator
from jixiao.ingest.general.eval_labels import group_fronts
from jixiao.ingest.general.next_line_values import rows_with_values_back
from jixiao.ingest.general.stream import _spaced_dates_joined

# a county cultural centre's score table, its header lost above (no 分值/得分 words)
_TEXT = """\
发布: 林间 | 2021-04-02 |
分)项目管理(20 分)资金管理资金到位率
6 6 资金使用合规性
6 5 (
8 ) 组织实施培训管理制度健全性
8 8
14 (
60 分)项目绩效产出数量送戏下乡场次
10 ≥120 场 126 场 10 培训基层文艺骨干
10 ≥800 人次 760 人次 8
(产出质量 演出验收合格率
10 100% 100% 10 产出时效 演出完成时间
10 2020 年11 月30 日前 2020 年12 月10 日 8 (
20 分)项目效益社会效益 群众文化活动参与率
10 ≥60% 64% 10 服务对象满意度
10 ≥90% 93% 10 总分 100 95 三、存在的问题.
"""


def _read(tmp_path: Path, text: str) -> dict[str, Indicator]:
    document = read_form(tmp_path, text)
    return {indicator.name: indicator for _, indicator in document.all_indicators()}


def _target(read: dict[str, Indicator], name: str) -> str | None:
    target = read[name].target
    return None if target is None else target.text


def test_labels_after_a_wrapped_points_close_are_cut_off_the_name(tmp_path: Path) -> None:
    read = _read(tmp_path, _TEXT)
    assert _target(read, "送戏下乡场次") == "≥120场"
    assert _target(read, "群众文化活动参与率") == "≥60%"
    assert not any(name.startswith(("分)", "项目绩效", "项目效益")) for name in read)


def test_points_around_values_on_their_own_line_go_to_the_row_above(tmp_path: Path) -> None:
    read = _read(tmp_path, _TEXT)
    assert _target(read, "培训基层文艺骨干") == "≥800人次"
    assert _target(read, "演出验收合格率") == "100%"  # under ``(产出质量`` on a line of its own


def test_a_date_spaced_before_each_number_is_one_deadline(tmp_path: Path) -> None:
    read = _read(tmp_path, _TEXT)
    assert _target(read, "演出完成时间") == "2020年11月30日前"
    assert _spaced_dates_joined(["2018", "年12", "月31", "日前"]) == ["2018年12月31日前"]


def test_a_year_and_a_count_spaced_apart_stay_apart() -> None:
    # no month: a year's figure and a count, no date
    assert _spaced_dates_joined(["2018", "年12", "人"]) == ["2018", "年12", "人"]


def test_group_fronts_cut_the_frameworks_labels_and_keep_the_name() -> None:
    assert group_fronts("分)项目管理(5 分)资金管理资金到位率") == [
        ("项目管理(5分)", True),
        ("资金管理", True),
        ("资金到位率", False),
    ]
    assert group_fronts("分)项目产出(40") == [("项目产出", True)]  # its points cut off
    assert group_fronts("(产出质量") == [("产出质量", True)]
    assert group_fronts("项目产出补贴机具数量", opened=True) == [
        ("项目产出", True),
        ("补贴机具数量", False),
    ]


def test_a_label_word_going_on_as_a_name_or_a_bracketed_name_is_no_label() -> None:
    assert group_fronts("分)资金管理制度健全性") is None  # 资金管理 opens the name's words
    assert group_fronts("(达标率") is None
    assert group_fronts("(产出数量较上年增加") is None  # a bracket before words, no label alone
    assert group_fronts("项目产出补贴机具数量") is None  # no wrapped close, no label before


def _lines_out_of_step(second: list[str]) -> tuple[list[int], list[str]]:
    lines = [
        ["分)项目效益(30", "分)社会效益", "送戏下乡次数"],
        ["8", "≥60次", "64次", "8", "巡回演出场次"],
        second,
        ["群众满意度"],
        ["6", "≥85%", "90%", "5", "总分"],
    ]
    rows = [row for row, line in enumerate(lines) for _ in line]
    return rows, [text for line in lines for text in line]


def test_points_around_values_alone_keep_the_run_out_of_step() -> None:
    rows, texts = _lines_out_of_step(["8", "≥30场", "31场", "7"])
    back = rows_with_values_back(rows, texts)
    assert back[texts.index("≥30场")] == back[texts.index("巡回演出场次")]


def test_a_line_of_points_and_words_is_no_values_alone() -> None:
    # ``8 巡演 31场 7``: words among them, a row of its own (points first, no target)
    rows, texts = _lines_out_of_step(["8", "巡演", "31场", "7"])
    back = rows_with_values_back(rows, texts)
    assert back[texts.index("巡演")] != back[texts.index("巡回演出场次")]


# the table's dates without their year: the prose alone names it
_UNDATED = _TEXT.replace("2020 年11 月30 日前 2020 年12 月10 日", "11 月底前 12 月 10 日")
_PROSE = """\
按照预算绩效管理要求,本单位对
2020 年送戏下乡补助项目开展绩 效自评,自评得分
95 分,存在的问题:一是部分场次安排在农忙时节.
"""


def test_a_self_reports_sentence_broken_after_its_preposition_gives_year_and_project(
    tmp_path: Path,
) -> None:
    document = read_form(tmp_path, _UNDATED + _PROSE)
    assert document.fiscal_year == 2020
    assert document.projects[0].name == "送戏下乡补助项目"


def test_a_year_in_prose_that_is_no_self_report_gives_no_year(tmp_path: Path) -> None:
    # the same words with no 对 before the year: a report of the year's work, no self-report
    prose = _PROSE.replace("本单位对", "本单位").replace("开展绩 效自评", "场次有所增加")
    document = read_form(tmp_path, _UNDATED + prose)
    assert document.fiscal_year is None
    assert not document.projects or document.projects[0].name != "送戏下乡补助项目"


def test_a_rows_points_before_a_wrapped_bracket_are_no_name(tmp_path: Path) -> None:
    read = _read(tmp_path, _TEXT)
    assert not any(name[0].isdigit() for name in read)  # ``6 5 (``, ``14 (``
    assert "产出时效" not in read  # the 二级 label before 演出完成时间
