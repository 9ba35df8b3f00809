"""The target forms: 部门整体支出绩效目标申报表, 项目支出绩效目标申报表 and its 批复表.

Laid out as the published forms are (the Ministry's 项目支出绩效目标表; the 部门整体 table with
its budget rows and one block per 年度整体支出目标), so that what jixiao prints reads back
into jixiao through the importer like any published form.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from jixiao.domain.model import (
    DepartmentGoal,
    PerformanceDocument,
    Project,
    ProjectAttribute,
    SpendingCheckpoint,
)
from jixiao.domain.money import format_decimal
from jixiao.report.builders.indicators import header, indicator_rows, widths
from jixiao.report.layout import Block, Cell, Form, Signature, Table
from jixiao.report.templates import WIDTHS, Template

UNIT_LINE = ("单位", "万元")
# Signature lines open with the words that close a published form's table (单位负责人, 填报人,
# 审核人 …), as the bureaus print them; the stamp's 填报单位(盖公章) stands above the table.
PROJECT_SIGNATURE = Signature(
    ("单位负责人(签字):", "项目负责人(签字):", "填报人:", "联系电话:", "填报日期:")
)
DEPARTMENT_SIGNATURE = Signature(
    ("单位负责人(签字):", "财务负责人(签字):", "填报人:", "联系电话:", "填报日期:")
)
APPROVAL_SIGNATURE = Signature(("审核人(签字):", "批复单位(盖章):", "批复日期:"))
_ATTRIBUTES = {ProjectAttribute.CONTINUING: "持续性项目", ProjectAttribute.NEW: "新增性项目"}
_INCOME = (
    ("合计", "total"),
    ("一般公共预算拨入", "general_public_budget"),
    ("政府性基金预算拨入", "government_fund_budget"),
    ("提前告知转移支付", "advance_transfer"),
    ("上年结转", "carry_over"),
    ("单位自有收入", "own_income"),
)
_EXPENDITURE = (
    ("合计", "total"),
    ("人员经费支出", "personnel"),
    ("正常公用支出", "operating"),
    ("项目支出", "project"),
    ("其它支出", "other"),
)


def year_line(year: int) -> str:
    return f"({year}年度)"


def wan(amount: Decimal | None) -> str | None:
    """An amount as the facts rows state it: ``8万元``."""
    return None if amount is None else f"{format_decimal(amount)}万元"


def fill(cells: Sequence[Cell], width: int) -> tuple[Cell, ...]:
    """A row of ``width`` grid columns: the last cell widened over what is left."""
    used = sum(c.colspan for c in cells)
    if used >= width or not cells:
        return tuple(cells)
    return widen(cells, width - used)


def widen(row: Sequence[Cell], extra: int) -> tuple[Cell, ...]:
    """The row with its last cell widened by ``extra`` grid columns."""
    if extra <= 0 or not row:
        return tuple(row)
    last = row[-1]
    return (
        *row[:-1],
        replace(last, colspan=last.colspan + extra),
    )


def label(text: str, rowspan: int = 1) -> Cell:
    return Cell(text, "label", rowspan=rowspan)


def text(value: str | None, colspan: int = 1) -> Cell:
    return Cell(value or None, "text", colspan=colspan)


def facts_row(pairs: Sequence[tuple[str, str | None]], width: int) -> tuple[Cell, ...]:
    cells: list[Cell] = []
    for name, value in pairs:
        cells += [label(name), text(value)]
    return fill(cells, width)


# --- the project form ------------------------------------------------------------------------


def project_facts(project: Project, width: int) -> list[tuple[Cell, ...]]:
    rows = [facts_row([("项目名称", project.name), ("项目编码", project.code)], width)]
    if project.supervising_department or project.implementing_unit:
        pairs = [
            ("主管部门", project.supervising_department),
            ("实施单位", project.implementing_unit),
        ]
        rows.append(facts_row(pairs, width))
    if project.attribute or project.period:
        attribute = _ATTRIBUTES[project.attribute] if project.attribute else None
        rows.append(facts_row([("项目属性", attribute), ("实施期", project.period)], width))
    if project.manager or project.project_type:
        pairs = [("项目负责人", project.manager), ("项目类型", project.project_type)]
        rows.append(facts_row(pairs, width))
    money = [
        ("预算数", wan(project.budget)),
        ("其中:财政资金", wan(project.fiscal_funds)),
        ("其他资金", wan(project.other_funds)),
    ]
    rows.append(facts_row(money, width))
    if project.purpose:
        rows.append(facts_row([("资金用途", project.purpose)], width))
    rows += spending_plan_rows(project.spending_plan, width)
    if project.overall_goal:
        rows.append(facts_row([("总体目标", project.overall_goal)], width))
    rows.append(facts_row([("年度绩效目标", project.annual_goal)], width))
    return rows


def checkpoint_label(checkpoint: SpendingCheckpoint) -> str:
    if checkpoint.label:
        return checkpoint.label
    if checkpoint.day is not None:
        return f"{checkpoint.month}月{checkpoint.day}日"
    return f"{checkpoint.month}月底"


def spending_plan_rows(plan: Sequence[SpendingCheckpoint], width: int) -> list[tuple[Cell, ...]]:
    """资金支出计划(%): the checkpoints' labels over their cumulative percentages."""
    if not plan:
        return []
    labels = [
        label("资金支出计划(%)", rowspan=2),
        *(Cell(checkpoint_label(c), "header") for c in plan),
    ]
    shares = [Cell(c.cumulative_percent / 100, "percent", number_format="0%") for c in plan]
    if len(labels) > width:  # more checkpoints than columns: one text cell
        joined = ";".join(
            f"{checkpoint_label(c)}{format_decimal(c.cumulative_percent)}%" for c in plan
        )
        return [facts_row([("资金支出计划(%)", joined)], width)]
    return [fill(labels, width), fill(shares, width - 1)]


def project_tables(project: Project, template: Template) -> tuple[Table, Table]:
    columns = template.project
    grid = widths(columns)
    facts = Table(grid, (), tuple(project_facts(project, len(columns))))
    body = indicator_rows(project.indicators, columns, template)
    return facts, Table(grid, (header(columns),), tuple(body))


def project_target_form(
    document: PerformanceDocument,
    project: Project,
    template: Template,
    *,
    approval: bool = False,
    title: str | None = None,
) -> Form:
    """项目支出绩效目标申报表 (``approval``: 批复表, signed by the bureau)."""
    facts, indicators = project_tables(project, template)
    name = "项目支出绩效目标批复表" if approval else "项目支出绩效目标申报表"
    meta: tuple[tuple[str, str], ...] = (("填报单位(盖公章)", document.department.name),)
    if approval and document.finance_bureau is not None:
        meta += (("批复单位", document.finance_bureau.name),)
    meta += (UNIT_LINE,)
    blocks: list[Block] = [facts, indicators]
    blocks.append(APPROVAL_SIGNATURE if approval else PROJECT_SIGNATURE)
    return Form(
        title=title or name,
        subtitle=year_line(document.fiscal_year),
        meta=meta,
        blocks=tuple(blocks),
        sheet_name=_sheet(project.name),
    )


def _sheet(name: str) -> str:
    return name[:31]


# --- the department form ---------------------------------------------------------------------

DEPARTMENT_WIDTH = 7


def department_width(template: Template) -> int:
    return max(DEPARTMENT_WIDTH, 1 + len(template.department))


def budget_rows(document: PerformanceDocument, width: int) -> list[tuple[Cell, ...]]:
    income, spending = document.budget.income, document.budget.expenditure
    rows = [facts_row([("部门名称", document.department.name)], width)]
    income_labels = [Cell(name, "header") for name, _ in _INCOME]
    income_values = [Cell(getattr(income, field), "number") for _, field in _INCOME]
    rows.append(fill([label("年度收入预算(万元)", rowspan=2), *income_labels], width))
    rows.append(fill(income_values, width - 1))
    if income.fiscal_appropriation is not None:
        # The official form has no column for the 财政拨款 subtotal: a row of its own, only
        # when the document states it.
        stated = [Cell("财政拨款收入(万元)", "label"), Cell(income.fiscal_appropriation, "number")]
        rows.append(fill(stated, width))
    spending_labels = [Cell(name, "header") for name, _ in _EXPENDITURE]
    spending_values = [Cell(getattr(spending, field), "number") for _, field in _EXPENDITURE]
    rows.append(fill([label("年度支出预算(万元)", rowspan=2), *spending_labels], width))
    rows.append(fill(spending_values, width - 1))
    return rows


def goals_list(document: PerformanceDocument, width: int) -> tuple[Cell, ...] | None:
    """``目标 1: … 目标 2: … 年度工作计划 …`` in one cell, as the forms list them."""
    parts = [f"目标{g.number}:{g.text}" for g in document.department_goals if g.text]
    if document.annual_work_plan:
        parts.append(f"年度工作计划:{document.annual_work_plan}")
    if not parts:
        return None
    return facts_row([("年度整体支出目标", "\n".join(parts))], width)


def funding_text(goal: DepartmentGoal) -> str | None:
    block = goal.funding_block
    if block is None or (block.name is None and block.amount is None):
        return None
    amount = f"({format_decimal(block.amount)}万元)" if block.amount is not None else ""
    return f"{block.name or ''}{amount}"


def goal_table(goal: DepartmentGoal, template: Template, width: int) -> Table:
    columns = template.department
    goal_row = facts_row([(f"年度整体支出目标{goal.number}", goal.text)], width)
    column_header = fill((Cell("项目名称及金额(万元)", "header"), *header(columns)), width)
    lead = (Cell(funding_text(goal), "label", rowspan=max(1, len(goal.indicators))),)
    body = indicator_rows(goal.indicators, columns, template, lead=lead)
    if not goal.indicators:
        body = [lead]
    extra = width - 1 - len(columns)
    rows = tuple(widen(row, extra) for row in body)
    return Table(department_widths(template, width), (goal_row, column_header), rows)


def department_widths(template: Template, width: int) -> tuple[float, ...]:
    grid = [16.0, *(WIDTHS[c] for c in template.department)]
    grid += [12.0] * (width - len(grid))
    return tuple(grid)


def department_target_form(
    document: PerformanceDocument, template: Template, *, title: str | None = None
) -> Form:
    """部门整体支出绩效目标申报表: the department, its budget, each goal with its indicators."""
    width = department_width(template)
    grid = department_widths(template, width)
    facts = budget_rows(document, width)
    listed = goals_list(document, width)
    if listed is not None:
        facts.append(listed)
    blocks: list[Block] = [Table(grid, (), tuple(facts))]
    blocks += [goal_table(goal, template, width) for goal in document.department_goals]
    blocks.append(DEPARTMENT_SIGNATURE)
    region = document.department.region_name or ""
    return Form(
        title=title or f"{region}部门整体支出绩效目标申报表",
        subtitle=year_line(document.fiscal_year),
        meta=(("填报单位(盖公章)", document.department.name),),
        blocks=tuple(blocks),
        sheet_name="部门整体支出绩效目标申报表",
    )
