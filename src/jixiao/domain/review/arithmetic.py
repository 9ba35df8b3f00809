"""Arithmetic (勾稽关系): the numbers of a declaration must add up: income and expenditure
parts and totals, income against expenditure, goal funding, project funds, the spending plan
and cost ceilings against the money they spend.

Amounts are stated in 万元 to two decimals, so sums of rounded parts may miss their rounded
total by a cent or so: differences up to ``tolerance`` (0.01 万元 by default) are accepted.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Final

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.library import normalise_name
from jixiao.domain.model import DepartmentGoal, PerformanceDocument, Project, SpendingCheckpoint
from jixiao.domain.review.finding import Finding, Location, Severity
from jixiao.domain.review.index import (
    Container,
    ContainerKind,
    Statement,
    budget_location,
    source_of,
)
from jixiao.domain.review.rule import Family, Rule, RuleContext, register, settings
from jixiao.domain.review.vocabulary import DOWNWARD, amount, money_in_wanyuan, names
from jixiao.domain.target import Operator

TOLERANCE: Final = Decimal("0.01")
_MONEY = settings(tolerance=TOLERANCE)

_INCOME_LABELS: Final = {
    "general_public_budget": "一般公共预算拨入",
    "government_fund_budget": "政府性基金预算拨入",
    "advance_transfer": "提前告知转移支付",
    "carry_over": "上年结转",
    "own_income": "单位自有收入",
}
_EXPENDITURE_LABELS: Final = {
    "personnel": "人员经费支出",
    "operating": "正常公用支出",
    "project": "项目支出",
    "other": "其它支出",
}


def _sum_text(parts: Mapping[str, Decimal | None], labels: Mapping[str, str]) -> str:
    """``人员经费支出 120 + 正常公用支出 30 + 项目支出 50``."""
    return " + ".join(f"{labels[k]} {amount(v)}" for k, v in parts.items() if v is not None)


def _stated_sum(parts: Mapping[str, Decimal | None]) -> Decimal | None:
    stated = [v for v in parts.values() if v is not None]
    return sum(stated, Decimal(0)) if stated else None


def _differs(first: Decimal, second: Decimal, context: RuleContext) -> bool:
    return abs(first - second) > context.decimal("tolerance")


class _PartsSum(Rule):
    """Shared check: the stated parts of one budget table add up to its stated total."""

    part: str
    label: str
    labels: Mapping[str, str]

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        values = getattr(document.budget, self.part)
        parts = values.parts()
        total = _stated_sum(parts)
        if values.total is None or total is None or not _differs(total, values.total, context):
            return
        gap = amount(abs(values.total - total))
        yield context.finding(
            budget_location(document, self.part, "total"),
            f"年度{self.label}预算各项之和 {amount(total)} 万元({_sum_text(parts, self.labels)})"
            f"与合计 {amount(values.total)} 万元相差 {gap} 万元",
            f"核对{self.label}合计与各项金额,补填漏填的项目",
        )


@register
class IncomeSum(_PartsSum):
    """年度收入预算各来源之和应等于收入合计。"""

    code = "BUDGET.INCOME_SUM"
    title = "收入预算各项之和与合计不符"
    family = Family.ARITHMETIC
    default_severity = Severity.ERROR
    params = _MONEY
    part, label, labels = "income", "收入", _INCOME_LABELS


@register
class ExpenditureSum(_PartsSum):
    """年度支出预算各项(人员经费、公用经费、项目、其它)之和应等于支出合计。"""

    code = "BUDGET.EXPENDITURE_SUM"
    title = "支出预算各项之和与合计不符"
    family = Family.ARITHMETIC
    default_severity = Severity.ERROR
    params = _MONEY
    part, label, labels = "expenditure", "支出", _EXPENDITURE_LABELS


def _fiscal_parts(document: PerformanceDocument) -> dict[str, Decimal | None]:
    """The 财政拨款 parts the model holds (a 国有资本经营预算拨款 has no field of its own)."""
    income = document.budget.income
    return {
        "general_public_budget": income.general_public_budget,
        "government_fund_budget": income.government_fund_budget,
    }


@register
class FiscalPartsExceedSum(Rule):
    """财政拨款收入的各项(一般公共预算、政府性基金预算拨入)之和不应超过所列财政拨款收入。"""

    code = "BUDGET.FISCAL_PARTS_EXCEED"
    title = "财政拨款各项之和超过财政拨款收入"
    family = Family.ARITHMETIC
    default_severity = Severity.ERROR
    params = _MONEY

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        fiscal = document.budget.income.fiscal_appropriation
        parts = _fiscal_parts(document)
        stated = _stated_sum(parts)
        if fiscal is None or stated is None or stated - fiscal <= context.decimal("tolerance"):
            return
        yield context.finding(
            budget_location(document, "income", "fiscal_appropriation"),
            f"财政拨款各项之和 {amount(stated)} 万元({_sum_text(parts, _INCOME_LABELS)})"
            f"超过财政拨款收入 {amount(fiscal)} 万元 {amount(stated - fiscal)} 万元",
            "财政拨款收入是一般公共预算、政府性基金预算等拨款之和,核对各项金额与财政拨款收入",
        )


@register
class FiscalPartsShortOfSum(Rule):
    """一般公共预算与政府性基金预算拨入都已填时,两者之和应等于财政拨款收入(差额如为国有资本
    经营预算拨款,应予说明)。"""

    code = "BUDGET.FISCAL_SUM"
    title = "财政拨款收入与其各项之和不符"
    family = Family.ARITHMETIC
    default_severity = Severity.WARNING
    params = _MONEY

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        fiscal = document.budget.income.fiscal_appropriation
        parts = _fiscal_parts(document)
        if fiscal is None or any(v is None for v in parts.values()):
            return  # one part left blank: the rest may be in it, nothing to compare
        stated = sum((v for v in parts.values() if v is not None), Decimal(0))
        if fiscal - stated <= context.decimal("tolerance"):
            return  # equal, or more than the sum: BUDGET.FISCAL_PARTS_EXCEED's case
        yield context.finding(
            budget_location(document, "income", "fiscal_appropriation"),
            f"财政拨款收入 {amount(fiscal)} 万元比其各项之和 {amount(stated)} 万元"
            f"({_sum_text(parts, _INCOME_LABELS)})多 {amount(fiscal - stated)} 万元",
            "核对财政拨款收入与各项拨款;差额如为国有资本经营预算拨款,应在说明中列明",
        )


@register
class FiscalOverTotal(Rule):
    """财政拨款收入是收入的一部分,不应超过年度收入预算合计。"""

    code = "BUDGET.FISCAL_OVER_TOTAL"
    title = "财政拨款收入超过收入合计"
    family = Family.ARITHMETIC
    default_severity = Severity.ERROR
    params = _MONEY

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        income = document.budget.income
        fiscal, total = income.fiscal_appropriation, income.total
        if fiscal is None or total is None or fiscal - total <= context.decimal("tolerance"):
            return
        yield context.finding(
            budget_location(document, "income", "fiscal_appropriation"),
            f"财政拨款收入 {amount(fiscal)} 万元超过年度收入预算合计 {amount(total)} 万元 "
            f"{amount(fiscal - total)} 万元",
            "财政拨款收入是收入合计的一部分,核对两者金额",
        )


def _side(total: Decimal | None, parts: Mapping[str, Decimal | None]) -> Decimal | None:
    return total if total is not None else _stated_sum(parts)


def _side_text(label: str, total: Decimal | None, parts: str, value: Decimal) -> str:
    if total is not None:
        return f"年度{label}预算 {amount(value)} 万元"
    return f"年度{label}预算 {amount(value)} 万元(合计未填,按{parts}计)"


@register
class Balance(Rule):
    """年度收入预算应等于年度支出预算(合计未填时按各项之和计)。"""

    code = "BUDGET.BALANCE"
    title = "收支预算不平衡"
    family = Family.ARITHMETIC
    default_severity = Severity.ERROR
    params = _MONEY

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        income, spend = document.budget.income, document.budget.expenditure
        money_in = _side(income.total, income.parts())
        money_out = _side(spend.total, spend.parts())
        if money_in is None or money_out is None or not _differs(money_in, money_out, context):
            return
        gap = amount(abs(money_in - money_out))
        more = "收入大于支出" if money_in > money_out else "支出大于收入"
        said_in = _side_text(
            "收入", income.total, _sum_text(income.parts(), _INCOME_LABELS), money_in
        )
        parts_out = _sum_text(spend.parts(), _EXPENDITURE_LABELS)
        said_out = _side_text("支出", spend.total, parts_out, money_out)
        yield context.finding(
            budget_location(document, "expenditure", "total"),
            f"{said_in}与{said_out}不相等,{more} {gap} 万元",
            "部门预算收支应平衡:核对收入和支出各项,补填漏列的支出(如其它支出)或更正金额",
        )


def _expenditure(document: PerformanceDocument) -> Decimal | None:
    spend = document.budget.expenditure
    return _side(spend.total, spend.parts())


def _goal_blocks(context: RuleContext) -> list[tuple[Container, DepartmentGoal]]:
    return context.index.items(ContainerKind.GOAL, DepartmentGoal)


@register
class GoalFundingTotal(Rule):
    """各整体支出目标的资金之和应等于年度支出预算(部分未填金额时,已填之和不应超过支出预算)。"""

    code = "GOAL.FUNDING_TOTAL"
    title = "整体支出目标资金与支出预算不符"
    family = Family.ARITHMETIC
    default_severity = Severity.WARNING
    params = _MONEY

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        spend = _expenditure(document)
        goals = _goal_blocks(context)
        amounts = [g.funding_block.amount if g.funding_block else None for _, g in goals]
        stated = [a for a in amounts if a is not None]
        if spend is None or not stated:
            return
        total = sum(stated, Decimal(0))
        complete = len(stated) == len(amounts)
        if (complete and _differs(total, spend, context)) or total - spend > context.decimal(
            "tolerance"
        ):
            which = "各整体支出目标的资金之和" if complete else "已填金额的整体支出目标资金之和"
            yield context.finding(
                goals[0][0].location("funding_block"),
                f"{which} {amount(total)} 万元与年度支出预算 {amount(spend)} 万元相差 "
                f"{amount(abs(total - spend))} 万元",
                "整体支出目标应覆盖全部支出预算,核对各目标对应的资金",
            )


_BUDGET_LINES: Final = {
    "人员经费": "personnel",
    "人员经费支出": "personnel",
    "基本支出人员经费": "personnel",
    "公用经费": "operating",
    "正常公用经费": "operating",
    "日常公用经费": "operating",
    "正常公用支出": "operating",
    "项目支出": "project",
    "项目经费": "project",
}


def _reference(document: PerformanceDocument, block_name: str) -> tuple[str, Decimal] | None:
    """The budget amount a funding block's name refers to: a budget line or a project."""
    name = normalise_name(block_name)
    line = _BUDGET_LINES.get(name)
    if line is not None:
        value = getattr(document.budget.expenditure, line)
        return (f"年度支出预算中的{_EXPENDITURE_LABELS[line]}", value) if value else None
    for project in document.projects:
        if normalise_name(project.name) == name and project.budget is not None:
            return f"项目“{project.name}”的预算数", project.budget
    return None


@register
class GoalFundingMatch(Rule):
    """整体支出目标的资金名称指向某项支出(人员经费、公用经费、某个项目)时,金额应与之相同。"""

    code = "GOAL.FUNDING_MATCH"
    title = "整体支出目标资金与对应支出不符"
    family = Family.ARITHMETIC
    default_severity = Severity.WARNING
    params = _MONEY

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for container, goal in _goal_blocks(context):
            block = goal.funding_block
            if block is None or block.name is None or block.amount is None:
                continue
            reference = _reference(document, block.name)
            if reference is None or not _differs(block.amount, reference[1], context):
                continue
            yield context.finding(
                container.location("funding_block"),
                f"{container.label}的资金“{block.name}”{amount(block.amount)} 万元与"
                f"{reference[0]} {amount(reference[1])} 万元不符",
                "核对整体支出目标对应的资金金额",
            )


def _projects(context: RuleContext) -> list[tuple[Container, Project]]:
    return context.index.items(ContainerKind.PROJECT, Project)


@register
class ProjectFundsSum(Rule):
    """项目预算数应等于财政资金与其他资金之和。"""

    code = "PROJECT.FUNDS_SUM"
    title = "项目资金来源之和与预算数不符"
    family = Family.ARITHMETIC
    default_severity = Severity.ERROR
    params = _MONEY

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for container, project in _projects(context):
            if project.budget is None or (
                project.fiscal_funds is None and project.other_funds is None
            ):
                continue
            fiscal = project.fiscal_funds or Decimal(0)
            other = project.other_funds or Decimal(0)
            if not _differs(fiscal + other, project.budget, context):
                continue
            yield context.finding(
                container.location("budget"),
                f"{container.label}的财政资金 {amount(fiscal)} 万元 + 其他资金 {amount(other)} 万元"
                f" = {amount(fiscal + other)} 万元,与预算数 {amount(project.budget)} 万元不符",
                "预算数应等于财政资金与其他资金之和",
            )


@register
class ProjectTotal(Rule):
    """各项目预算数之和应等于年度支出预算中的项目支出(allow_partial:文本只列部分项目时只查超出)。"""

    code = "PROJECT.TOTAL"
    title = "项目预算之和与项目支出不符"
    family = Family.ARITHMETIC
    default_severity = Severity.ERROR
    params = settings(tolerance=TOLERANCE, allow_partial=False)

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        line = document.budget.expenditure.project
        projects = _projects(context)
        budgets = [p.budget for _, p in projects if p.budget is not None]
        if line is None or not budgets:
            return
        total = sum(budgets, Decimal(0))
        complete = len(budgets) == len(projects) and not context.flag("allow_partial")
        tolerance = context.decimal("tolerance")
        if total - line > tolerance or (complete and line - total > tolerance):
            yield context.finding(
                budget_location(document, "expenditure", "project"),
                f"{len(budgets)} 个项目的预算数之和 {amount(total)} 万元与年度支出预算中的项目支出"
                f" {amount(line)} 万元相差 {amount(abs(total - line))} 万元",
                "核对项目预算数与项目支出;如文本只公开了部分项目,可在审核配置中设 allow_partial",
            )


def _checkpoint_label(checkpoint: SpendingCheckpoint) -> str:
    if checkpoint.label:
        return checkpoint.label
    return (
        f"{checkpoint.month}月{checkpoint.day}日" if checkpoint.day else f"{checkpoint.month}月底"
    )


def _when(checkpoint: SpendingCheckpoint) -> tuple[int, int]:
    return checkpoint.month, checkpoint.day or 32  # 月底 is after any day of the month


def _plan_location(container: Container, project: Project, position: int) -> Location:
    checkpoint = project.spending_plan[position]
    line, page = source_of(checkpoint.provenance, "cumulative_percent")
    location = container.location("spending_plan", path=(position,))
    return location.model_copy(
        update={"line": line or location.line, "page": page or location.page}
    )


@register
class PlanOrder(Rule):
    """资金支出计划的节点应按时间先后排列,累计比例不能下降。"""

    code = "PLAN.ORDER"
    title = "资金支出计划不是逐期累计"
    family = Family.ARITHMETIC
    default_severity = Severity.ERROR

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for container, project in _projects(context):
            plan = project.spending_plan
            for position in range(1, len(plan)):
                before, now = plan[position - 1], plan[position]
                if _when(now) <= _when(before):
                    problem = "时间不晚于前一节点"
                elif now.cumulative_percent < before.cumulative_percent:
                    problem = "累计比例低于前一节点"
                else:
                    continue
                yield context.finding(
                    _plan_location(container, project, position),
                    f"{container.label}的资金支出计划中“{_checkpoint_label(now)} "
                    f"{amount(now.cumulative_percent)}%”{problem}“{_checkpoint_label(before)} "
                    f"{amount(before.cumulative_percent)}%”",
                    "资金支出计划按时间先后填写截至各节点的累计支出比例,逐期不减",
                )


@register
class PlanRange(Rule):
    """资金支出计划的节点应是年度内存在的日期,累计比例在 0–100% 之间。"""

    code = "PLAN.RANGE"
    title = "资金支出计划超出年度或 100%"
    family = Family.ARITHMETIC
    default_severity = Severity.ERROR

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        year = document.fiscal_year
        for container, project in _projects(context):
            for position, checkpoint in enumerate(project.spending_plan):
                last_day = calendar.monthrange(year, checkpoint.month)[1]
                problems = []
                if checkpoint.day is not None and checkpoint.day > last_day:
                    problems.append(f"{year}年{checkpoint.month}月没有{checkpoint.day}日")
                if checkpoint.cumulative_percent > 100:
                    problems.append(f"累计比例 {amount(checkpoint.cumulative_percent)}% 超过 100%")
                for problem in problems:
                    yield context.finding(
                        _plan_location(container, project, position),
                        f"{container.label}的资金支出计划节点“{_checkpoint_label(checkpoint)}”:"
                        f"{problem}",
                        "资金支出计划的节点应在预算年度内,累计比例不超过 100%",
                    )


@register
class PlanEnd(Rule):
    """资金支出计划到最后一个节点应累计达到 100%(final_percent)。"""

    code = "PLAN.END"
    title = "资金支出计划未到 100%"
    family = Family.ARITHMETIC
    default_severity = Severity.WARNING
    params = settings(final_percent=Decimal(100))

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        final = context.decimal("final_percent")
        for container, project in _projects(context):
            if not project.spending_plan:
                continue
            last = project.spending_plan[-1]
            if last.cumulative_percent >= final:
                continue
            yield context.finding(
                _plan_location(container, project, len(project.spending_plan) - 1),
                f"{container.label}的资金支出计划到“{_checkpoint_label(last)}”累计 "
                f"{amount(last.cumulative_percent)}%,未达到 {amount(final)}%",
                "年度资金支出计划应在年底前累计支出 100%;跨年度项目请在年度目标中说明",
            )


def _is_cost(statement: Statement) -> bool:
    indicator = statement.indicator
    return indicator.category is Category.COST or indicator.subcategory is Subcategory.COST


def _cost_caps(statements: tuple[Statement, ...]) -> list[tuple[Statement, Decimal]]:
    """Cost indicators with a money ceiling (≤, < or a bare amount), in 万元."""
    caps = []
    for statement in statements:
        target = statement.indicator.target
        if target is None or not _is_cost(statement):
            continue
        if target.operator not in (*DOWNWARD, Operator.EQ, None):
            continue
        value = money_in_wanyuan(target)
        if value is not None:
            caps.append((statement, value))
    return caps


def _money_of(container: Container) -> tuple[str, Decimal] | None:
    item = container.item
    if isinstance(item, Project) and item.budget is not None:
        return "预算数", item.budget
    if isinstance(item, DepartmentGoal) and item.funding_block and item.funding_block.amount:
        return "资金", item.funding_block.amount
    return None


@register
class CostWithinBudget(Rule):
    """成本指标的金额上限之和不应超过项目预算数(或整体支出目标的资金)。"""

    code = "COST.BUDGET"
    title = "成本指标超出预算"
    family = Family.ARITHMETIC
    default_severity = Severity.ERROR
    params = _MONEY

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for container in context.index.containers:
            money = _money_of(container)
            caps = _cost_caps(context.index.in_container(container))
            if money is None or not caps:
                continue
            total = sum((value for _, value in caps), Decimal(0))
            if total - money[1] <= context.decimal("tolerance"):
                continue
            parts = " + ".join(amount(value) for _, value in caps)
            yield context.finding(
                caps[0][0].location("target"),
                f"{container.label}的 {len(caps)} 个成本指标上限之和 {parts} = "
                f"{amount(total)} 万元,超过{money[0]} {amount(money[1])} 万元",
                f"成本指标{names([s for s, _ in caps])}的上限应在{money[0]}以内,核对金额和单位",
                tuple(s.location("target") for s, _ in caps[1:]),
            )
