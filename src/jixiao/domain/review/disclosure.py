"""Budget disclosures (预算公开绩效情况): the performance section of a published budget or final
account, what it states (the number of projects with targets, the money they cover) against
the 项目支出 table it publishes, and whether the section is there at all.

These rules are the only ones run on a disclosure (``Rule.for_disclosures``): the declaration
rules ask for forms a disclosure does not contain.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Final

from jixiao.domain.model import DocumentKind, PerformanceDisclosure, PerformanceDocument
from jixiao.domain.review.finding import Area, Finding, Location, Severity
from jixiao.domain.review.index import source_of
from jixiao.domain.review.rule import Family, Rule, RuleContext, register, settings
from jixiao.domain.review.vocabulary import amount

# Prose rounds to whole 万元 ("涉及资金约300万元") where the table states cents.
TOLERANCE: Final = Decimal("0.5")


def _location(disclosure: PerformanceDisclosure | None, field: str) -> Location:
    line, page = source_of(disclosure.provenance, field) if disclosure else (None, None)
    return Location(
        area=Area.DOCUMENT, field=f"performance_disclosure.{field}", line=line, page=page
    )


class _DisclosureRule(Rule):
    for_disclosures = True

    def applies_to(self, document: PerformanceDocument) -> bool:
        return document.kind is DocumentKind.BUDGET_DISCLOSURE


@register
class SectionMissing(_DisclosureRule):
    """预算(决算)公开文件应有预算绩效管理情况一节,说明设置绩效目标的项目个数和涉及金额。"""

    code = "DISCLOSURE.SECTION_MISSING"
    title = "公开文件缺少绩效情况"
    family = Family.COMPLETENESS
    default_severity = Severity.WARNING

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        disclosure = document.performance_disclosure
        if disclosure is None or (disclosure.section_title is None and not disclosure.statement):
            yield context.finding(
                _location(disclosure, "section_title"),
                "公开文件没有预算绩效管理情况(绩效目标设置情况)的说明",
                "按预决算公开要求补充预算绩效管理情况:设置绩效目标的项目个数、涉及资金及绩效目标表",
            )
            return
        missing = [
            label
            for value, label in (
                (disclosure.project_count, "项目个数"),
                (disclosure.amount, "涉及金额"),
            )
            if value is None
        ]
        if missing:
            yield context.finding(
                _location(disclosure, "statement"),
                f"预算绩效管理情况一节未说明设置绩效目标的{'和'.join(missing)}",
                "写明共设置项目支出绩效目标的项目个数及涉及资金金额",
            )


def _listed(document: PerformanceDocument) -> int | None:
    return len(document.projects) if document.projects else None


@register
class ProjectCount(_DisclosureRule):
    """绩效情况所述设置绩效目标的项目个数应与公开的项目支出表所列项目数相同。"""

    code = "DISCLOSURE.PROJECT_COUNT"
    title = "绩效目标项目个数与项目支出表不符"
    family = Family.ARITHMETIC
    default_severity = Severity.WARNING

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        disclosure = document.performance_disclosure
        listed = _listed(document)
        if disclosure is None or disclosure.project_count is None or listed is None:
            return
        if disclosure.project_count == listed:
            return
        yield context.finding(
            _location(disclosure, "project_count"),
            f"绩效情况称设置绩效目标的项目 {disclosure.project_count} 个,项目支出表列出 "
            f"{listed} 个项目",
            "核对项目个数:项目支出表中的项目均应设置绩效目标,或说明未设置的原因",
        )


@register
class DisclosedAmount(_DisclosureRule):
    """绩效情况所述涉及资金应等于项目支出表中各项目金额之和(tolerance:万元,默认 0.5)。"""

    code = "DISCLOSURE.AMOUNT"
    title = "绩效目标涉及资金与项目支出表不符"
    family = Family.ARITHMETIC
    default_severity = Severity.WARNING
    params = settings(tolerance=TOLERANCE)

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        disclosure = document.performance_disclosure
        if disclosure is None or disclosure.amount is None:
            return
        budgets = [p.budget for p in document.projects if p.budget is not None]
        if budgets:
            table, what = sum(budgets, Decimal(0)), f"项目支出表 {len(budgets)} 个项目金额之和"
        elif disclosure.table_total is not None:
            table, what = disclosure.table_total, "项目支出表合计"
        else:
            return
        gap = abs(disclosure.amount - table)
        if gap <= context.decimal("tolerance"):
            return
        yield context.finding(
            _location(disclosure, "amount"),
            f"绩效情况称涉及资金 {amount(disclosure.amount)} 万元,{what}为 {amount(table)} 万元,"
            f"相差 {amount(gap)} 万元",
            "核对绩效目标涉及的资金与项目支出表(单位:元/万元)",
        )


@register
class TableTotal(_DisclosureRule):
    """项目支出表的合计应等于各项目金额之和。"""

    code = "DISCLOSURE.TABLE_TOTAL"
    title = "项目支出表合计与各项之和不符"
    family = Family.ARITHMETIC
    default_severity = Severity.ERROR
    params = settings(tolerance=Decimal("0.01"))

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        disclosure = document.performance_disclosure
        budgets = [p.budget for p in document.projects if p.budget is not None]
        if disclosure is None or disclosure.table_total is None or not budgets:
            return
        rows = sum(budgets, Decimal(0))
        gap = abs(rows - disclosure.table_total)
        if gap <= context.decimal("tolerance"):
            return
        yield context.finding(
            _location(disclosure, "table_total"),
            f"项目支出表合计 {amount(disclosure.table_total)} 万元,{len(budgets)} 个项目金额之和为 "
            f"{amount(rows)} 万元,相差 {amount(gap)} 万元",
            "核对项目支出表各行金额与合计",
        )
