"""A money table whose total row says 合计 (总计) under a header naming its columns
(年初预算数 | 调整预算 | 实际支出 | 执行率): the 合计 row is the total's; a 合计 under a table
that names no money columns (an indicator table's 分值 | 得分) is no money. A sentence under
a table of the money alone may state the total's 分值 and 得分."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form

_REPORT = """某县文化和旅游局2023年度公共文化服务体系建设项目支出绩效自评报告
一、项目资金情况
资金类别\t年初预算数\t调整预算\t实际支出\t执行率
合计\t1,260.00\t1,318.40\t1,287.65\t97.67%
财政拨款\t1,260.00\t1,318.40\t1,287.65\t97.67%
二、绩效指标完成情况
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值
产出指标\t数量指标\t送戏下乡场次\t≥120场\t126场
满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t94.1%
"""

_SCORES = """某县文化和旅游局2023年度公共文化服务体系建设项目支出绩效自评表
一级指标\t二级指标\t三级指标\t年度指标值\t分值\t得分
产出指标\t数量指标\t送戏下乡场次\t≥120场\t50\t50
满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t50\t48
合计\t100\t98
"""


def test_a_sum_row_under_money_columns_is_the_total(tmp_path: Path) -> None:
    document = read_form(tmp_path, _REPORT)
    rows = document.projects[0].funding_execution
    total = rows[0]
    assert (total.initial_budget, total.full_year_budget, total.executed) == (
        Decimal("1260"),
        Decimal("1318.4"),
        Decimal("1287.65"),
    )
    assert total.execution_rate == Decimal("97.67")
    assert rows[1].full_year_budget == Decimal("1318.4")


def test_a_sum_row_of_scores_is_no_money(tmp_path: Path) -> None:
    document = read_form(tmp_path, _SCORES)
    assert document.projects[0].funding_execution == []


def test_a_sentence_under_the_money_table_gives_the_totals_points(tmp_path: Path) -> None:
    text = _REPORT.replace(
        "二、绩效指标完成情况", "资金执行情况指标分值10分，得分9.77分。\n二、绩效指标完成情况"
    )
    total = read_form(tmp_path, text).projects[0].funding_execution[0]
    assert (total.weight, total.score) == (Decimal("10"), Decimal("9.77"))


def test_a_table_without_points_and_no_sentence_has_none(tmp_path: Path) -> None:
    total = read_form(tmp_path, _REPORT).projects[0].funding_execution[0]
    assert total.weight is None and total.score is None
