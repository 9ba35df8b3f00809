"""The self-evaluation forms (项目支出绩效自评表, 部门整体支出绩效自评表) from a score sheet.

The sheet (`jixiao.domain.scoring.ScoreSheet`) has already scored everything; this module only
lays it out: 项目资金 (全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), the indicator rows in the
template's columns, 总分 and 评价等级. Scores are shown to 0.01 as the sheet presents them.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.domain.framework import Category
from jixiao.domain.model import FundingSource, Indicator, PerformanceDocument, Project
from jixiao.domain.scoring import ScoreRow, ScoreSheet, present
from jixiao.report.builders.indicators import header, merged_rows, widths
from jixiao.report.builders.targets import DEPARTMENT_SIGNATURE, facts_row, fill, label, year_line
from jixiao.report.layout import Block, Cell, Form, Table
from jixiao.report.templates import Template

POINTS = "0.00"
SIGNATURE = DEPARTMENT_SIGNATURE
_FUNDING_HEADERS = ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
# the self-evaluation's words for template columns: a project's, the department's
_HEADERS = {"target": "年度指标值", "weight": "分值"}
_DEPARTMENT_HEADERS = {
    "target": "年初指标值",
    "actual": "全年完成值",
    "weight": "指标权重",
    "score": "指标得分",
}
_COLUMNS_OF_SHEET = frozenset(
    {"category", "subcategory", "name", "target", "actual", "weight", "score", "deviation"}
)


def _category(row: ScoreRow, template: Template) -> str:
    for member in Category:
        if row.category == member.label:
            return template.category_label(member.value, member.label)
    return row.category


def _points(value: Decimal) -> Cell:
    return Cell(present(value), "number", number_format=POINTS)


def _row_cell(row: ScoreRow, column: str, stated: dict[str, Indicator]) -> Cell:
    indicator = stated.get(row.name)
    if column == "adjusted_target":  # 调整指标值, as the form stated it
        adjusted = indicator.adjusted_target if indicator else None
        return Cell(adjusted.text if adjusted else None)
    if column == "core":
        core = indicator.core if indicator else None
        return Cell(None if core is None else ("是" if core else "否"))
    texts = {
        "name": row.name,
        "target": row.target,
        "actual": row.actual,
        "deviation": row.deviation,
    }
    if column in texts:
        return Cell(texts[column] or None)
    if column == "weight":  # 分值: a block's points split by counts, shown to 0.01
        return Cell(present(row.weight), "number", number_format=POINTS)
    if column == "score":
        return _points(row.score)
    if column == "score_coefficient":  # 得分系数: the share of the 分值 earned
        share = row.score / row.weight if row.weight else None
        return Cell(share, "number", number_format=POINTS)
    return Cell(None)


def _header(columns: tuple[str, ...], words: dict[str, str]) -> tuple[Cell, ...]:
    return tuple(
        Cell(words[c], "header") if c in words else cell
        for c, cell in zip(columns, header(columns), strict=True)
    )


def _total_row(sheet: ScoreSheet, columns: tuple[str, ...]) -> list[Cell]:
    """总分 under the 分值 and 得分 columns, as the forms print it (分值 100 | 得分 96.39)."""
    points = ("weight", "score", "score_coefficient")
    first = next((n for n, c in enumerate(columns) if c in points), len(columns) - 1)
    weights = sheet.budget.weight + sum((r.weight for r in sheet.rows), Decimal(0))
    cells = [Cell("总分", "label", colspan=max(1, first))]
    for column in columns[max(1, first) :]:
        if column == "weight":
            cells.append(Cell(present(weights), "total", number_format=POINTS))
        elif column == "score":
            cells.append(Cell(sheet.total_presented, "total", number_format=POINTS))
        else:
            cells.append(Cell(None))
    return cells


_SOURCE_LABELS = {
    FundingSource.FISCAL: "其中:当年财政拨款",
    FundingSource.CARRY_OVER: "上年结转资金",
    FundingSource.OTHER: "其他资金",
}


def _funding(
    sheet: ScoreSheet, project: Project | None, width: int, title: str
) -> list[tuple[Cell, ...]]:
    """项目资金(万元): 年度资金总额 scored by the sheet, then the sources the form stated."""
    budget = sheet.budget
    stated = project.funding_execution if project is not None else []
    total = next((row for row in stated if row.source is FundingSource.TOTAL), None)
    initial = total.initial_budget if total is not None else (project.budget if project else None)
    heads = [label(title), *(Cell(h, "header") for h in _FUNDING_HEADERS)]
    rows = [
        fill(heads, width),
        fill(
            [
                label("年度资金总额"),
                Cell(initial, "number"),
                Cell(budget.full_year_budget, "number"),
                Cell(budget.executed, "number"),
                Cell(budget.weight, "number"),
                Cell(budget.rate, "percent", number_format="0.00%"),
                _points(budget.score),
            ],
            width,
        ),
    ]
    for row in stated:
        if row.source is FundingSource.TOTAL:
            continue
        rate = row.execution_rate / 100 if row.execution_rate is not None else None
        cells = [
            label(row.label or _SOURCE_LABELS[row.source]),
            Cell(row.initial_budget, "number"),
            Cell(row.full_year_budget, "number"),
            Cell(row.executed, "number"),
            Cell("—"),
            Cell(rate, "percent", number_format="0.00%"),
            Cell("—"),
        ]
        rows.append(fill(cells, width))
    return rows


def self_evaluation_form(
    document: PerformanceDocument,
    sheet: ScoreSheet,
    template: Template,
    *,
    project: Project | None = None,
) -> Form:
    """The 自评表 of a project (``project`` given) or of the department as a whole."""
    table = "self_evaluation" if project else "department_self_evaluation"
    columns = template.columns(table)
    words = _HEADERS if project else _DEPARTMENT_HEADERS
    width = max(len(columns), 7)
    stated = _stated_indicators(document, project)
    facts = [facts_row([("项目名称" if project else "部门(单位)名称", sheet.subject)], width)]
    if project is not None and (project.supervising_department or project.implementing_unit):
        pairs = [
            ("主管部门", project.supervising_department),
            ("实施单位", project.implementing_unit),
        ]
        facts.append(facts_row(pairs, width))
    facts += _funding(
        sheet, project, width, "项目资金(万元)" if project else "年度预算执行情况(万元)"
    )
    goal = project.annual_goal if project else document.overall_goal
    achieved = project.goal_achievement if project else None
    half = max(1, (width - 1) // 2)
    heads = [label("年度总体目标", rowspan=2), Cell("预期目标", "header", colspan=half)]
    facts.append(fill([*heads, Cell("实际完成情况", "header")], width))
    facts.append(fill([Cell(goal or None, colspan=half), Cell(achieved or None)], width - 1))
    body = merged_rows(
        sheet.rows,
        columns,
        lambda r: _category(r, template),
        lambda r: r.subcategory,
        lambda r, column: _row_cell(r, column, stated),
    )
    extra = width - len(columns)
    body = [fill(row, sum(c.colspan for c in row) + extra) if extra else row for row in body]
    total = fill(_total_row(sheet, columns), width)
    rating = facts_row([("评价等级", sheet.rating)], width)
    grid = _grid(columns, width)
    blocks: list[Block] = [
        Table(grid, (), tuple(facts)),
        Table(grid, (fill(_header(columns, words), width),), (*body, total, rating)),
        SIGNATURE,
    ]
    title = "项目支出绩效自评表" if project else "部门整体支出绩效自评表"
    return Form(
        title=title,
        subtitle=year_line(document.fiscal_year),
        meta=(("填报单位(盖章)", document.department.name), ("评分方案", sheet.profile)),
        blocks=tuple(blocks),
        sheet_name=f"自评表-{sheet.subject}"[:31],
    )


def _stated_indicators(
    document: PerformanceDocument, project: Project | None
) -> dict[str, Indicator]:
    """The indicators the sheet's rows score, by name (the first of a name)."""
    if project is not None:
        indicators = project.indicators
    else:
        indicators = [i for goal in document.department_goals for i in goal.indicators]
    found: dict[str, Indicator] = {}
    for indicator in indicators:
        found.setdefault(indicator.name, indicator)
    return found


def _grid(columns: tuple[str, ...], width: int) -> tuple[float, ...]:
    grid = list(widths(columns))
    grid[0] = max(grid[0], 16.0)  # the facts' labels (年度预算执行情况(万元)) share the column
    return tuple(grid + [12.0] * (width - len(grid)))
