"""Time logic (时间逻辑): a project's 实施期 and its 时效 targets against each other and the
fiscal year, and the header fields a project form must name (主管部门, 实施单位).

Dates are read by the target grammar (``parse_target``): ``2024年1月-2024年12月`` is a period,
``2026年12月前`` a deadline; a qualitative 时效 standard that names a month (``12月底到位``)
is read for the date it names. A bound without a year (``12月底前``) is in the fiscal year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from jixiao.domain.framework import Subcategory
from jixiao.domain.model import PerformanceDocument, Project
from jixiao.domain.review.finding import Finding, Severity
from jixiao.domain.review.index import Container, ContainerKind, Statement
from jixiao.domain.review.rule import Family, Rule, RuleContext, register, settings
from jixiao.domain.target import Target, TargetKind, TargetSyntaxError, parse_target

# A month (with its year, day or 底/末) named inside a qualitative standard: 12月底到位.
_DATE_IN_TEXT_RE: Final = re.compile(
    r"(?:(?:19|20)[0-9]{2}年)?(?:1[0-2]|0?[1-9])月(?:底|末|[0-9]{1,2}日)?"
)
_REVERSED: Final = "开始时间晚于结束时间"
DateKey = tuple[int, int, int]


def _key(bound: str, fiscal_year: int, is_end: bool) -> DateKey:
    """A ``YYYY-MM[-DD]`` or yearless ``--MM[-DD]`` bound as (year, month, day); a month ends
    on its last day, and a yearless bound is in ``fiscal_year``."""
    if bound.startswith("--"):
        bound = f"{fiscal_year:04d}{bound[1:]}"
    parts = [int(part) for part in bound.split("-")]
    day = parts[2] if len(parts) > 2 else (31 if is_end else 1)
    return parts[0], parts[1], day


def _shown(key: DateKey) -> str:
    return f"{key[0]}年{key[1]}月" if key[2] in (1, 31) else f"{key[0]}年{key[1]}月{key[2]}日"


def read_period(text: str | None) -> Target | None:
    """The 实施期 as a period, or None when it is not one (``1年``, ``长期``, unreadable)."""
    if not (text or "").strip():
        return None
    try:
        target = parse_target(text or "")
    except TargetSyntaxError:
        return None
    return target if target.kind is TargetKind.PERIOD else None


def deadline_of(statement: Statement) -> Target | None:
    """The date a 时效 indicator's target sets: a period target, or a month its standard names."""
    target = statement.indicator.target
    if target is None:
        return None
    if target.kind is TargetKind.PERIOD:
        return target
    timely = statement.indicator.subcategory is Subcategory.TIMELINESS
    if target.kind is not TargetKind.QUALITATIVE or not timely:
        return None
    found = _DATE_IN_TEXT_RE.search(target.standard or target.text)
    if found is None:
        return None
    try:
        return parse_target(f"{found.group(0)}前")
    except TargetSyntaxError:
        return None


def _project_levels(document: PerformanceDocument, context: RuleContext) -> bool:
    return document.kind.value in context.words("kinds")


@register
class PeriodMissing(Rule):
    """项目绩效目标表未填写实施期(项目起止时间),无法判断时效指标是否在实施期内。"""

    code = "PROJECT.PERIOD_MISSING"
    title = "项目实施期缺失"
    family = Family.COMPLETENESS
    default_severity = Severity.INFO
    params = settings(kinds=("project_target",))

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        if not _project_levels(document, context):
            return
        for container, project in context.index.items(ContainerKind.PROJECT, Project):
            if not (project.period or "").strip():
                yield context.finding(
                    container.location("period"),
                    f"{container.label}未填写实施期",
                    "填写项目实施期(如“2024年1月-2024年12月”),跨年度项目写明起止年月",
                )


@register
class PeriodOrder(Rule):
    """项目实施期的结束时间不应早于开始时间。"""

    code = "PROJECT.PERIOD_ORDER"
    title = "实施期起止颠倒"
    family = Family.CONSISTENCY
    default_severity = Severity.ERROR

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for container, project in context.index.items(ContainerKind.PROJECT, Project):
            text = (project.period or "").strip()
            if not text:
                continue
            try:
                parse_target(text)
            except TargetSyntaxError as error:
                if _REVERSED not in error.reason:
                    continue  # not written as dates: nothing to order
                yield context.finding(
                    container.location("period"),
                    f"{container.label}的实施期“{text}”结束时间早于开始时间",
                    "核对实施期的起止年月(开始在前,结束在后)",
                )


def _limit(container: Container, fiscal_year: int) -> tuple[DateKey, DateKey, str]:
    """(earliest, latest, what bounds them) for the deadlines of a container's indicators:
    a project's dated 实施期, else the fiscal year."""
    item = container.item
    period = read_period(item.period) if isinstance(item, Project) else None
    if period is not None and period.end is not None and not period.end.startswith("--"):
        start = period.start if period.start and not period.start.startswith("--") else None
        earliest = _key(start, fiscal_year, False) if start else (fiscal_year, 1, 1)
        return earliest, _key(period.end, fiscal_year, True), f"实施期“{period.text}”"
    return (fiscal_year, 1, 1), (fiscal_year, 12, 31), f"预算年度 {fiscal_year} 年"


@register
class DeadlineOutside(Rule):
    """时效指标的完成时限(“2026年12月前”“12月底到位”)应在项目实施期内;未填实施期的应在预算年度内。"""

    code = "TIME.DEADLINE_OUTSIDE"
    title = "时效指标超出实施期或预算年度"
    family = Family.CONSISTENCY
    default_severity = Severity.WARNING

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        year = document.fiscal_year
        for container in context.index.containers:
            earliest, latest, what = _limit(container, year)
            for statement in context.index.in_container(container):
                deadline = deadline_of(statement)
                if deadline is None or deadline.end is None:
                    continue
                end = _key(deadline.end, year, True)
                if earliest <= end <= latest:
                    continue
                written = statement.indicator.target or deadline
                late = end > latest
                side, edge = ("晚于", "结束") if late else ("早于", "开始")
                yield context.finding(
                    statement.location("target"),
                    f"{container.label}的时效指标“{statement.indicator.name}”要求"
                    f"“{written.text}”完成({_shown(end)}),{side}{what}的{edge}"
                    f"({_shown(latest if late else earliest)})",
                    "完成时限应在项目实施期(或预算年度)内;跨年度完成的请核对实施期或改写年度目标",
                )


@register
class UnitsMissing(Rule):
    """项目表(申报表、监控表、自评表)未填写主管部门或实施单位。"""

    code = "PROJECT.UNITS_MISSING"
    title = "主管部门或实施单位缺失"
    family = Family.COMPLETENESS
    default_severity = Severity.WARNING

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        if not document.kind.is_project_level:
            return  # a department's project table has no such columns
        for container, project in context.index.items(ContainerKind.PROJECT, Project):
            for field, label, value in (
                ("supervising_department", "主管部门", project.supervising_department),
                ("implementing_unit", "实施单位", project.implementing_unit),
            ):
                if not (value or "").strip():
                    yield context.finding(
                        container.location(field),
                        f"{container.label}未填写{label}",
                        f"填写{label}的全称,便于明确绩效责任主体",
                    )
