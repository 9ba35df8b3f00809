"""The 1-N月 monitoring form (项目支出绩效监控表) from `jixiao.domain.monitoring.MonitoringForm`.

The domain has computed every figure (执行数, 执行率, projections, the latest progress report's
causes, likelihood and measures); this module lays the form out as the bureaus print it.
"""

from __future__ import annotations

from datetime import date

from jixiao.domain.model import PerformanceDocument
from jixiao.domain.monitoring.form import IndicatorRow, MonitoringForm
from jixiao.report.builders.indicators import merged_rows
from jixiao.report.builders.targets import DEPARTMENT_SIGNATURE, facts_row, fill, label, year_line
from jixiao.report.layout import Block, Cell, Form, Table

SIGNATURE = DEPARTMENT_SIGNATURE
_COLUMNS = (
    ("category", "一级指标", 14.0),
    ("subcategory", "二级指标", 12.0),
    ("name", "三级指标", 22.0),
    ("target", "年度指标值", 14.0),
    ("done", "{period}完成值", 14.0),
    ("projected", "全年预计完成值", 14.0),
    ("causes", "偏差原因", 16.0),
    ("likelihood", "完成目标可能性", 12.0),
    ("rectification", "整改措施", 22.0),
)


def _cell(row: IndicatorRow, column: str) -> Cell:
    return Cell(str(getattr(row, column)) or None)


def monitoring_form(document: PerformanceDocument, form: MonitoringForm, as_of: date) -> Form:
    """项目支出绩效监控表 of one project at ``as_of`` (1-N月, N its month)."""
    width = len(_COLUMNS)
    grid = tuple(w for _, _, w in _COLUMNS)
    funding = form.funding
    heads = ("年初预算数", f"{form.period}执行数", "执行率", "全年预计执行数")
    facts = [
        facts_row([("项目名称", form.subject)], width),
        fill([label("项目资金(万元)", rowspan=2), *(Cell(h, "header") for h in heads)], width),
        fill(
            [
                Cell(funding.initial_budget, "number"),
                Cell(funding.executed, "number"),
                Cell(
                    funding.rate / 100 if funding.rate is not None else None,
                    "percent",
                    number_format="0.00%",
                ),
                Cell(funding.projected, "number"),
            ],
            width - 1,
        ),
    ]
    names = tuple(c for c, _, _ in _COLUMNS)
    header = tuple(Cell(h.format(period=form.period), "header") for _, h, _ in _COLUMNS)
    body = merged_rows(form.indicators, names, lambda r: r.category, lambda r: r.subcategory, _cell)
    blocks: list[Block] = [
        Table(grid, (), tuple(facts)),
        Table(grid, (header,), tuple(body)),
        SIGNATURE,
    ]
    return Form(
        title=f"项目支出绩效监控表({form.period})",
        subtitle=year_line(document.fiscal_year),
        meta=(
            ("填报单位(盖章)", document.department.name),
            ("监控时点", as_of.isoformat()),
        ),
        blocks=tuple(blocks),
        sheet_name=f"监控表-{form.subject}"[:31],
    )
