"""A 项目资金 table a PDF's raw layer gives column by column (its row labels one a line,
then its header words, then its figures row after row) is read row by row; a block whose
figures are not the labels times the header words is left as it is."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, text_source
from jixiao.ingest.general.funding_runs import join_funding_runs

_HEAD = """2023年度项目支出绩效自评表
项目名称
城区背街小巷改造
主管部门
某县住房和城乡建设局
项目资金
（万元）
年度资金总额
其中：财政拨款
其他资金
年初预算数
全年预算数
全年执行数
执行率
分值
得分
"""
_FIGURES = """860.00
912.50
884.20
96.90%
10
9.69
860.00
912.50
884.20
—
—
—
0.00
0.00
0.00
—
—
—
"""
_TAIL = """年度总体目标
完成背街小巷改造12条。
"""


def test_a_money_table_given_down_its_labels_is_read_by_rows(tmp_path: Path) -> None:
    document = read_form(tmp_path, _HEAD + _FIGURES + _TAIL)
    rows = document.projects[0].funding_execution
    total = rows[0]
    assert total.label == "年度资金总额"
    assert (total.initial_budget, total.full_year_budget, total.executed) == (
        Decimal("860"),
        Decimal("912.5"),
        Decimal("884.2"),
    )
    assert (total.execution_rate, total.weight, total.score) == (
        Decimal("96.9"),
        Decimal("10"),
        Decimal("9.69"),
    )
    assert rows[1].full_year_budget == Decimal("912.5")


def test_figures_not_filling_the_rows_are_left_as_they_are() -> None:
    short = _FIGURES.rsplit("—\n", 1)[0]  # a figure missing: no whole rows
    assert join_funding_runs(text_source(_HEAD + short + _TAIL).lines) is None
