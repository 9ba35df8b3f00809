"""A project's 评分表 re-served from a text PDF, starting inside the table (no header): each
row's 分值 and 得分 and its labels spaced before the name, its target and actual bracketed
after it (``6 6 完成数量 修缮校舍面积(目标值≥1200 平方米,实际 1260 平方米)``) (session 19)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form
from jixiao.domain.target import Operator

_TABLE = """\
2021 年某项目绩效评价
10 8 ( 产出及效益60 分)项目产出(30 ) 产出数量 修缮校舍面积(目标值≥1200 平方米,实际 1260 平方米)
8 8 产出质量 工程验收合格率(目标值 100%,实际 100%)
6 5 产出成本 每平方米修缮成本(目标值≤900 元,实际 880 元)
6 6 可持续影响 校舍维护管护制度(目标值 健全,实际 基本健全)
10 9 总分 88
"""


def _targets(tmp_path: Path, text: str) -> dict[str, str]:
    document = read_form(tmp_path, text)
    return {i.name: str(i.target) for _, i in document.all_indicators()}


def test_a_bracketed_target_after_a_scored_rows_front_reads_the_name_alone(
    tmp_path: Path,
) -> None:
    read = _targets(tmp_path, _TABLE)
    assert set(read) == {"修缮校舍面积", "工程验收合格率", "每平方米修缮成本", "校舍维护管护制度"}


def test_the_targets_are_the_brackets_first_values(tmp_path: Path) -> None:
    document = read_form(tmp_path, _TABLE)
    read = {i.name: i.target for _, i in document.all_indicators() if i.target is not None}
    assert (read["修缮校舍面积"].operator, read["修缮校舍面积"].value) == (
        Operator.GE,
        Decimal(1200),
    )
    assert read["修缮校舍面积"].unit == "平方米"
    assert (read["每平方米修缮成本"].operator, read["每平方米修缮成本"].value) == (
        Operator.LE,
        Decimal(900),
    )
    assert read["校舍维护管护制度"].standard == "健全"


def test_a_name_whose_own_bracket_stands_before_the_target_keeps_its_words(
    tmp_path: Path,
) -> None:
    # the bracket is the name's own remark, no target's: the front is not cut on its account
    text = "8 8 产出数量 培训人员(含村级管理员)目标值≥72 人次\n"
    assert list(_targets(tmp_path, text)) == ["8 8 产出数量 培训人员(含村级管理员)"]
