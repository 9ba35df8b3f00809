"""A score table served from mid-table (its header cut off above, its rows' values opening
the next line) ahead of a table that keeps its header: the first is read by its labels."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.domain.model import Indicator
from jixiao.ingest.general.next_line_values import rows_with_values_back

# a county library's score table, its header lost above; the 部门整体 table follows
_TEXT = """\
分)项目决策(20 分)项目立项立项依据充分性
6 6 立项程序规范性
6 5 (
20 分)项目效益社会效益 图书借阅人次
10 ≥5 万人次 5.3 万人次 10 流动服务点覆盖率
10 ≥80% 86% 10 可持续影响 阅读推广长效机制
10 初步建立 初步建立 10 读者满意度
10 ≥90% 94% 10 总分 100 95 三、自评结论. 本馆自评得分
95 分.
2020 年部门整体支出绩效评价得分表
一级指标 二级指标 三级指标 得分 部门决策(20 分) 目标设定(10 分) 绩效目标合理性(5 分)
5 绩效指标明确性(5 分)
4 预算配置(10 分) 在职人员控制率(5 分)
"""


def _read(tmp_path: Path, text: str) -> dict[str, Indicator]:
    document = read_form(tmp_path, text)
    return {indicator.name: indicator for _, indicator in document.all_indicators()}


def test_a_headless_score_table_before_a_headed_one_reads_its_indicators(
    tmp_path: Path,
) -> None:
    read = _read(tmp_path, _TEXT)
    assert read["流动服务点覆盖率"].target is not None
    assert read["流动服务点覆盖率"].target.text == "≥80%"
    assert read["读者满意度"].target is not None
    assert read["读者满意度"].target.text == "≥90%"
    assert "在职人员控制率" in read  # the headed table after it is still read


def test_rows_without_a_score_tables_group_points_are_no_headless_table(
    tmp_path: Path,
) -> None:
    # the same rows without any label closing its points (``分)``): no score table's
    text = _TEXT.replace("分)", ")").replace("(5 分)", "").replace("(10 分)", "")
    read = _read(tmp_path, text.replace("(20 )", ""))
    assert "流动服务点覆盖率" not in read


def _lines_out_of_step(first: list[str]) -> tuple[list[int], list[str]]:
    lines = [
        first,
        ["8", "≥60次", "64次", "8", "巡回演出场次"],
        ["8", "≥30场", "31场", "8", "观众满意度"],
        ["6", "≥85%", "90%", "5", "总分"],
    ]
    rows = [row for row, line in enumerate(lines) for _ in line]
    return rows, [text for line in lines for text in line]


def test_values_go_back_under_labels_with_group_points_when_the_header_is_cut() -> None:
    rows, texts = _lines_out_of_step(["分)项目效益(30", "分)社会效益", "送戏下乡次数"])
    back = rows_with_values_back(rows, texts)
    assert back[texts.index("≥60次")] == back[texts.index("送戏下乡次数")]


def test_values_stay_where_no_header_and_no_group_points_lead() -> None:
    rows, texts = _lines_out_of_step(["项目效益", "社会效益", "送戏下乡次数"])
    assert rows_with_values_back(rows, texts) == rows
