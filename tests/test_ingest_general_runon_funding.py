"""A 项目资金 row of a form run together on one line (a document-sharing site's text): the
figures glued after the 年度资金总额 label cut where the rate holds, by the header's words."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, text_source
from jixiao.ingest.general.runon_funding import read_runon_funding
from jixiao.ingest.general.vocabulary import Role

_HEAD = (
    "1/1 2021年乡村振兴衔接资金项目绩效目标自评表填报日期:2022年2月18日总分:92.3分"
    "项目名称2021年乡村道路硬化项目主管部门某县乡村振兴局项目实施单位某县交通运输局"
    "项目类别、部门预算项目□、省对下转移支付项目☑项目属性、持续性项目☑、新增性项目□"
)
_ROWS = (
    "一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分产出指标数量指标"
    "硬化道路里程≥18公里18.6公里10质量指标工程验收合格率100%100%10"
)


def _figures(text: str) -> dict[Role, Decimal] | None:
    row = read_runon_funding(text_source(text).lines)
    return row.figures if row is not None else None


def test_a_run_on_rows_figures_cut_where_the_rate_holds() -> None:
    text = (
        _HEAD + "预算执行情况(万元)(10分)预算数(A)执行数(B)执行率(B/A)得分(10分*执行率)"
        "年度财政资金总额1250.51198.795.86%9.59" + _ROWS + "\n"
    )
    assert _figures(text) == {
        Role.BUDGET: Decimal("1250.5"),
        Role.ACTUAL: Decimal("1198.7"),
        Role.TARGET: Decimal("95.86"),
        Role.WEIGHT: Decimal("10"),
        Role.SCORE: Decimal("9.59"),
    }


def test_figures_no_rate_checks_give_no_row() -> None:
    text = (
        _HEAD + "预算执行情况(万元)(10分)预算数(A)执行数(B)执行率(B/A)得分(10分*执行率)"
        "年度财政资金总额1250.51198.788.00%8.80" + _ROWS + "\n"
    )
    assert _figures(text) is None


def test_a_short_tables_row_is_left_to_the_table_reader() -> None:
    text = "预算数(A)执行数(B)执行率(B/A)得分\n年度资金总额1250.51198.795.86%9.59\n"
    assert _figures(text) is None


def test_a_score_above_the_weight_is_not_the_rows() -> None:
    text = (
        _HEAD + "预算执行情况(万元)(10分)预算数(A)执行数(B)执行率(B/A)得分"
        "年度财政资金总额1250.51198.795.86%95" + _ROWS + "\n"
    )
    figures = _figures(text)
    assert figures is not None and Role.SCORE not in figures


def test_the_projects_money_reaches_its_execution(tmp_path: Path) -> None:
    text = (
        _HEAD + "预算执行情况(万元)(10分)预算数(A)执行数(B)执行率(B/A)得分(10分*执行率)"
        "年度财政资金总额1250.51198.795.86%9.59" + _ROWS + "\n"
    )
    project = read_form(tmp_path, text).projects[0]
    execution = project.funding_execution[0]
    assert (project.budget, execution.executed) == (Decimal("1250.5"), Decimal("1198.7"))
