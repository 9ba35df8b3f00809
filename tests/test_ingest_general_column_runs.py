"""A table a PDF's raw text layer gives column by column (every name, then every target,
every actual, every 分值 and 得分, a run of lines each), with a long name wrapped onto a line
of its own: the name run is longer than the value runs, and its wrapped ends are joined back
to the names they end."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form

_HEAD = """2023年度项目支出绩效自评表
项目名称
农村公路日常养护
一级指标
二级指标
三级指标
年度指标值
实际完成值
分值
得分
偏差原因分析及改进措施
产出指标
数量指标
质量指标
时效指标
"""

_WRAPPED = (
    _HEAD
    + """县乡道日常养护里程
纳入养护的通村公路桥
梁座数
路面病害处治及时率
养护路段优良路率
≥420公里
≥36座
≥95%
≥80%
426公里
36座
96.2%
78.5%
10
10
10
10
10
10
10
9.81
优良路率受汛期影响略低。
"""
)


def test_a_name_wrapped_in_a_column_run_is_joined_back(tmp_path: Path) -> None:
    document = read_form(tmp_path, _WRAPPED)
    read = {i.name: i for i in document.projects[0].indicators}
    assert list(read) == [
        "县乡道日常养护里程",
        "纳入养护的通村公路桥梁座数",
        "路面病害处治及时率",
        "养护路段优良路率",
    ]
    bridges = read["纳入养护的通村公路桥梁座数"]
    assert bridges.target is not None and bridges.target.value == Decimal("36")
    good = read["养护路段优良路率"]
    assert good.result is not None and good.result.actual == Decimal("78.5")
    assert good.result.score == Decimal("9.81")


def test_whole_names_of_equal_runs_stay_as_they_are(tmp_path: Path) -> None:
    # five names over five values a column: 桥梁座数 is a name of its own, not an end
    text = _WRAPPED.replace("梁座数\n", "桥梁座数\n").replace(
        "纳入养护的通村公路桥\n", "纳入养护的通村公路里程\n"
    )
    text = text.replace("≥80%\n", "≥80%\n≥50座\n").replace("78.5%\n", "78.5%\n52座\n")
    text = text.replace("10\n10\n10\n10\n10\n10\n10\n9.81\n", "10\n" * 5 + "10\n" * 4 + "9.81\n")
    document = read_form(tmp_path, text)
    names = [i.name for i in document.projects[0].indicators]
    assert "桥梁座数" in names
    assert "纳入养护的通村公路里程" in names
