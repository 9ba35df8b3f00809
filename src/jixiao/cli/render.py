"""Rich renderings for the terminal: documents, indicator trees, targets, summaries."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from jixiao.app.documents import DocumentSummary, SaveResult
from jixiao.app.views import json_value
from jixiao.domain.model import FundingBlock, Indicator, PerformanceDocument, Project
from jixiao.domain.money import format_decimal
from jixiao.domain.target import Target, TargetKind, format_target, infer_direction

_KIND_LABELS = {
    TargetKind.QUANTITATIVE: "定量",
    TargetKind.QUALITATIVE: "定性",
    TargetKind.PERIOD: "时间",
}
_DIRECTION_LABELS = {"positive": "正向", "reverse": "反向"}


def money(value: Decimal | None) -> str:
    return "" if value is None else format_decimal(value)


def save_result(result: SaveResult) -> str:
    action = f"已替换为第 {result.revision} 版" if result.replaced else "已导入"
    return f"{action}:{result.department} {result.fiscal_year} 年度(指标 {result.indicators} 条)"


def documents_table(summaries: list[DocumentSummary]) -> Table | str:
    if not summaries:
        return "数据库中还没有文档。用 jixiao load FILE.json 导入。"
    table = Table(title="部门年度绩效文档")
    headers = (
        "部门",
        "地区",
        "年度",
        "类型",
        "所属项目",
        "版本",
        "整体目标",
        "项目",
        "指标",
        "保存时间",
    )
    for header in headers:
        table.add_column(header)
    for s in summaries:
        table.add_row(
            s.department,
            s.region or "",
            str(s.fiscal_year),
            s.kind.label,
            s.subject,
            str(s.revision),
            str(s.goals),
            str(s.projects),
            str(s.indicators),
            s.saved_at.strftime("%Y-%m-%d %H:%M"),
        )
    return table


def target_text(target: Target | None) -> str:
    return "" if target is None else format_target(target)


def target_table(target: Target) -> Table:
    table = Table(show_header=False, title=f"指标值“{target.text}”")
    table.add_column("项", style="bold")
    table.add_column("值")
    table.add_row("类型", _KIND_LABELS[target.kind])
    if target.kind is TargetKind.QUANTITATIVE:
        table.add_row("运算符", target.operator.value if target.operator else "(未写明)")
        table.add_row("数值", money(target.value))
        table.add_row("单位", target.unit or "")
    elif target.kind is TargetKind.QUALITATIVE:
        table.add_row("标准", target.standard or "")
        table.add_row("及以上", "是" if target.or_better else "否")
    else:
        table.add_row("起", target.start or "")
        table.add_row("止", target.end or "")
    table.add_row("方向", _DIRECTION_LABELS[infer_direction(target).value])
    table.add_row("规范写法", format_target(target))
    return table


_INDICATOR_HEADERS = ("一级指标", "二级指标", "三级指标", "指标值", "方向", "指标解释")


def _indicator_rows(indicators: list[Indicator]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    previous: tuple[str, str] = ("", "")
    for indicator in indicators:
        category = indicator.category.label if indicator.category else ""
        subcategory = indicator.subcategory.label if indicator.subcategory else ""
        # Like the official forms, a category is written once for the rows it spans.
        rows.append(
            (
                category if category != previous[0] else "",
                subcategory if (category, subcategory) != previous else "",
                indicator.name,
                target_text(indicator.target),
                _DIRECTION_LABELS[indicator.effective_direction.value],
                indicator.definition or "",
            )
        )
        previous = (category, subcategory)
    return rows


def indicator_table(title: str, indicators: list[Indicator]) -> Table:
    """The indicator tree as the forms print it; columns the document leaves empty are left out."""
    rows = _indicator_rows(indicators)
    keep = [i for i, _ in enumerate(_INDICATOR_HEADERS) if i in (2, 3) or any(r[i] for r in rows)]
    table = Table(title=title, title_justify="left")
    for i in keep:
        table.add_column(_INDICATOR_HEADERS[i], overflow="fold")
    for row in rows:
        table.add_row(*(row[i] for i in keep))
    return table


def budget_table(document: PerformanceDocument) -> Table:
    income, spend = document.budget.income, document.budget.expenditure
    table = Table(title="年度预算(万元)", title_justify="left")
    headers = ("收入合计", "一般公共预算", "政府性基金", "财政拨款小计", "提前告知", "上年结转")
    for header in (*headers, "自有收入"):
        table.add_column(header, justify="right")
    table.add_row(
        *(
            money(v)
            for v in (
                income.total,
                income.general_public_budget,
                income.government_fund_budget,
                income.fiscal_appropriation,
                income.advance_transfer,
                income.carry_over,
                income.own_income,
            )
        )
    )
    table.add_section()
    table.add_row("支出合计", "人员经费", "正常公用", "项目支出", "其它支出", "", "", style="bold")
    table.add_row(
        *(money(v) for v in (spend.total, spend.personnel, spend.operating, spend.project)),
        money(spend.other),
        "",
        "",
    )
    return table


def project_header(project: Project) -> Text:
    plan = "、".join(
        f"{c.label or f'{c.month}月底'} {format_decimal(c.cumulative_percent)}%"
        for c in project.spending_plan
    )
    text = Text(f"项目:{project.name}", style="bold")
    text.append(
        f"\n预算数 {money(project.budget)} 万元(财政资金 {money(project.fiscal_funds) or '—'},"
        f"其他资金 {money(project.other_funds) or '—'})"
    )
    if plan:
        text.append(f"\n资金支出计划:{plan}")
    return text


def _funding_text(block: FundingBlock | None) -> str:
    if block is None:
        return ""
    amount = f"{money(block.amount)} 万元" if block.amount is not None else "金额未注明"
    return f"({block.name or '资金名称未注明'},{amount})"


def print_document(console: Console, document: PerformanceDocument) -> None:
    bureau = f",{document.finance_bureau.name}审核" if document.finance_bureau else ""
    console.print(
        Text(f"{document.department.name} {document.fiscal_year} 年度{bureau}", style="bold")
    )
    console.print(budget_table(document))
    for goal in document.department_goals:
        funding = _funding_text(goal.funding_block)
        console.print(indicator_table(f"年度整体支出目标 {goal.number}{funding}", goal.indicators))
    for project in document.projects:
        console.print(Group(project_header(project), indicator_table("", project.indicators)))


def print_json(data: Any) -> None:
    """Data as indented JSON on stdout (Decimals exact, enums by value, dates ISO)."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=json_value)
    sys.stdout.write(text + "\n")
