"""The self-evaluation forms (项目支出绩效自评表, 部门整体支出绩效自评表) from a score sheet.

The sheet (`jixiao.domain.scoring.ScoreSheet`) has already scored everything; this module only
lays it out: 项目资金 (全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), the indicator rows in the
template's columns, 总分 and 评价等级. Scores are shown to 0.01 as the sheet presents them.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.domain.framework import Category
from jixiao.domain.model import PerformanceDocument, Project
from jixiao.domain.scoring import ScoreRow, ScoreSheet, present
from jixiao.report.builders.indicators import header, merged_rows, widths
from jixiao.report.builders.targets import DEPARTMENT_SIGNATURE, facts_row, fill, label, year_line
from jixiao.report.layout import Block, Cell, Form, Table
from jixiao.report.templates import Template

POINTS = "0.00"
SIGNATURE = DEPARTMENT_SIGNATURE
_FUNDING_HEADERS = ("全年预算数", "全年执行数", "分值", "执行率", "得分")
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


def _row_cell(row: ScoreRow, column: str) -> Cell:
    texts = {
        "name": row.name,
        "target": row.target,
        "actual": row.actual,
        "deviation": row.deviation,
    }
    if column in texts:
        return Cell(texts[column] or None)
    if column == "weight":
        return Cell(row.weight, "number")
    if column == "score":
        return _points(row.score)
    if column == "score_coefficient":  # 得分系数: the share of the 分值 earned
        share = row.score / row.weight if row.weight else None
        return Cell(share, "number", number_format=POINTS)
    return Cell(None)


def _funding(sheet: ScoreSheet, width: int) -> list[tuple[Cell, ...]]:
    budget = sheet.budget
    heads = [label("项目资金(万元)", rowspan=2), *(Cell(h, "header") for h in _FUNDING_HEADERS)]
    values = [
        Cell(budget.full_year_budget, "number"),
        Cell(budget.executed, "number"),
        Cell(budget.weight, "number"),
        Cell(budget.rate, "percent", number_format="0.00%"),
        _points(budget.score),
    ]
    return [fill(heads, width), fill(values, width - 1)]


def self_evaluation_form(
    document: PerformanceDocument,
    sheet: ScoreSheet,
    template: Template,
    *,
    project: Project | None = None,
) -> Form:
    """The 自评表 of a project (``project`` given) or of the department as a whole."""
    columns = tuple(c for c in template.self_evaluation)
    width = max(len(columns), 6)
    facts = [facts_row([("项目名称" if project else "部门名称", sheet.subject)], width)]
    if project is not None and (project.supervising_department or project.implementing_unit):
        pairs = [
            ("主管部门", project.supervising_department),
            ("实施单位", project.implementing_unit),
        ]
        facts.append(facts_row(pairs, width))
    facts += _funding(sheet, width)
    goal = project.annual_goal if project else document.overall_goal
    achieved = project.goal_achievement if project else None
    facts.append(facts_row([("年度总体目标", goal), ("实际完成情况", achieved)], width))
    body = merged_rows(
        sheet.rows, columns, lambda r: _category(r, template), lambda r: r.subcategory, _row_cell
    )
    extra = width - len(columns)
    body = [fill(row, sum(c.colspan for c in row) + extra) if extra else row for row in body]
    total = fill(
        [
            label("总分"),
            _points(sheet.total),
            label("评价等级"),
            Cell(sheet.rating or None, "total"),
        ],
        width,
    )
    grid = _grid(columns, width)
    blocks: list[Block] = [
        Table(grid, (), tuple(facts)),
        Table(grid, (fill(header(columns), width),), (*body, total)),
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


def _grid(columns: tuple[str, ...], width: int) -> tuple[float, ...]:
    grid = list(widths(columns))
    return tuple(grid + [12.0] * (width - len(grid)))
