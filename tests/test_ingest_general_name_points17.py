"""A score table printing each row's 分值 in brackets after its name (``…控制率(5 分)``):
the points are the row's weight, no word of its name. A row whose only words are a 二级
label's that end as a name does (服务对象满意度, the framework's own 三级 name), with a
target after them, is that indicator. A bracket of the name's own (``(按年统计)``) and a
label proper (``…满意度指标``) are read as before."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form

_TABLE = """2021年度部门整体支出绩效评价得分表
部门名称:清河县文化广电和旅游局
一级指标 二级指标 三级指标 目标值 实际值 得分
产出(60分) 职责履行(60分) 送戏下乡演出场次(30 分) ≥60场 64场 30
图书借阅人次(按年统计)(30 分) ≥3万人次 3.2万人次 28
效益(40分) 社会效益(40分) 文化活动参与率(20 分) ≥70% 75% 18
{last}(20 分) ≥85% 88% 20
总分 96
"""


def _read(tmp_path: Path, last: str) -> dict[str, tuple[str, Decimal | None]]:
    document = read_form(tmp_path, _TABLE.format(last=last))
    return {
        indicator.name: (indicator.target.canonical if indicator.target else "", indicator.weight)
        for _, indicator in document.all_indicators()
    }


def test_points_after_a_name_are_its_weight_not_its_words(tmp_path: Path) -> None:
    read = _read(tmp_path, "服务对象满意度")
    assert read["送戏下乡演出场次"] == ("≥60场", Decimal(30))
    assert read["文化活动参与率"] == ("≥70%", Decimal(20))
    assert not [name for name in read if name.endswith("分)")]


def test_a_bracket_of_the_names_own_stays(tmp_path: Path) -> None:
    read = _read(tmp_path, "服务对象满意度")
    assert read["图书借阅人次(按年统计)"] == ("≥3万人次", Decimal(30))


def test_second_level_words_alone_with_a_target_are_the_indicator(tmp_path: Path) -> None:
    document = read_form(tmp_path, _TABLE.format(last="服务对象满意度"))
    last = [indicator for _, indicator in document.all_indicators()][-1]
    assert last.name == "服务对象满意度"
    assert last.target is not None and last.target.canonical == "≥85%"
    assert last.subcategory is not None and last.subcategory.value == "social"


def test_a_label_proper_with_a_value_is_no_indicator(tmp_path: Path) -> None:
    read = _read(tmp_path, "服务对象满意度指标")
    assert not [name for name in read if "满意度" in name]
    assert len(read) == 3
