"""Figures of self-evaluation and monitoring tables in the layouts met by the eighteenth
session: a 年度资金总额 label printed before its columns, one cell a line, that names the row
and no column of its own."""

from __future__ import annotations

from decimal import Decimal

from general_support import text_source
from jixiao.ingest.general.fields import FundingFigures, read_funding
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Role


def _funding(text: str) -> list[FundingFigures]:
    return read_funding(cells_of(normalise_source(text_source(text))[0].lines))


def test_a_total_label_before_columns_naming_the_budget_is_the_rows_label() -> None:
    # one cell a line: the label, six columns' words, then the six figures
    text = (
        "某县水利局2021年度部门整体支出绩效自评表\n"
        "单位:万元\n"
        "年度资金总额\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n"
        "2140.6\n2315.2\n2288.9\n20\n98.86%\n19.77\n"
        "年度总体目标\n"
    )
    assert _funding(text)[0].figures == {
        Role.PRIOR: Decimal("2140.6"),
        Role.BUDGET: Decimal("2315.2"),
        Role.ACTUAL: Decimal("2288.9"),
        Role.WEIGHT: Decimal("20"),
        Role.TARGET: Decimal("98.86"),
        Role.SCORE: Decimal("19.77"),
    }


def test_a_total_label_heading_the_budget_column_keeps_its_figure() -> None:
    # near miss: 年度资金总额 is the budget's column (no other column names a budget)
    text = (
        "项目名称\t城区绿化养护\n项目资金\t年度资金总额\t1-6月执行数\t执行率\n\t86.00\t41.28\t48%\n"
    )
    figures = _funding(text)[0].figures
    assert figures[Role.BUDGET] == Decimal("86.00")
    assert figures[Role.ACTUAL] == Decimal("41.28")


def test_a_total_label_over_one_figure_more_than_its_columns_keeps_its_column() -> None:
    # near miss: one figure more than the named columns: the label's column holds the first
    text = "年度资金总额\n年初预算数\n全年执行数\n执行率\n500\n480\n470\n97.92%\n项目概况\n"
    figures = _funding(text)[0].figures
    assert figures[Role.ACTUAL] == Decimal("470")
    assert figures[Role.TARGET] == Decimal("97.92")
