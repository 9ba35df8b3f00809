"""The score sheet of one project (项目支出绩效自评表).

预算执行率: min(全年执行数 ÷ 全年预算数, 1) × the profile's budget points (docs/domain.md §6,
*practice*: proportional). 全年预算数 is the 项目资金 table's 年度资金总额 when the document has one
(全年预算数, else 年初预算数), else the project's 预算数. 全年执行数 is the sum of the year's
spending records booked to the project when there are any, else the table's 全年执行数.
Overspending scores the full budget points and is flagged for review.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from jixiao.domain.actuals import Actuals, SpendingRecord, total_amount
from jixiao.domain.model import FundingSource, Indicator, Project
from jixiao.domain.money import format_decimal
from jixiao.domain.scoring.indicators import score_indicator, year_end_reading
from jixiao.domain.scoring.profile import ScoringProfile
from jixiao.domain.scoring.sheet import (
    BudgetRow,
    Finding,
    ScoreRow,
    ScoreSheet,
    Severity,
    present,
)
from jixiao.domain.scoring.weights import allocate
from jixiao.domain.target import format_target


@dataclass(frozen=True)
class Entry:
    """An indicator to score, with its owner (for finding its actuals) and its ledger."""

    where: str
    indicator: Indicator
    project: str | None
    goal: int | None
    records: Sequence[SpendingRecord]


def year_records(actuals: Actuals, records: Sequence[SpendingRecord]) -> list[SpendingRecord]:
    """The records of the fiscal year (all of them when the actuals do not say which year)."""
    year = actuals.fiscal_year
    if year is None:
        return list(records)
    return [r for r in records if date(year, 1, 1) <= r.date <= date(year, 12, 31)]


def budget_row(
    budget: Decimal | None, executed: Decimal | None, profile: ScoringProfile, subject: str
) -> tuple[BudgetRow, list[Finding]]:
    weight = profile.budget_weight
    if budget is None or budget <= 0:
        message = f"{subject}没有全年预算数,预算执行率无法计分"
        return BudgetRow(budget, executed, None, weight, Decimal(0)), [
            Finding(Severity.ERROR, "no_budget", message)
        ]
    if executed is None:
        message = f"{subject}没有执行数(支出记录或项目资金表),预算执行率按0分计"
        return BudgetRow(budget, None, None, weight, Decimal(0)), [
            Finding(Severity.ERROR, "no_execution", message)
        ]
    rate = executed / budget
    findings: list[Finding] = []
    if rate > 1:
        findings.append(
            Finding(
                Severity.REVIEW,
                "overspent",
                f"{subject}执行数 {format_decimal(executed)} 万元超过全年预算数 "
                f"{format_decimal(budget)} 万元",
            )
        )
    return BudgetRow(budget, executed, rate, weight, min(rate, Decimal(1)) * weight), findings


def score_entries(
    entries: Sequence[Entry], actuals: Actuals, profile: ScoringProfile
) -> tuple[list[ScoreRow], list[Finding]]:
    shares, findings = allocate([(e.where, e.indicator) for e in entries], profile)
    rows: list[ScoreRow] = []
    for entry, share in zip(entries, shares, strict=True):
        indicator = entry.indicator
        year_end = actuals.year_end_of(entry.project, entry.goal, indicator.name)
        reading = year_end_reading(indicator, year_end, entry.records)
        scored = score_indicator(indicator, reading, share.weight, profile, entry.where)
        findings.extend(scored.findings)
        rows.append(
            ScoreRow(
                category=indicator.category.label if indicator.category else "",
                subcategory=indicator.subcategory.label if indicator.subcategory else "",
                name=indicator.name,
                target=format_target(indicator.target) if indicator.target else "",
                actual=reading.shown if reading else "",
                weight=share.weight,
                score=scored.score,
                group=share.group,
                met=scored.met,
                deviation=(reading.explanation or "") if reading else "",
            )
        )
    return rows, findings


def build_sheet(
    subject: str,
    profile: ScoringProfile,
    budget: BudgetRow,
    rows: Sequence[ScoreRow],
    findings: Sequence[Finding],
) -> ScoreSheet:
    total = budget.score + sum((row.score for row in rows), Decimal(0))
    return ScoreSheet(
        subject=subject,
        profile=profile.name,
        budget=budget,
        rows=tuple(rows),
        rating=profile.rating(present(total)),
        findings=tuple(findings),
    )


def _project_budget(project: Project) -> tuple[Decimal | None, Decimal | None]:
    """(全年预算数, 全年执行数) from the 项目资金 table's total row, else the 预算数."""
    for row in project.funding_execution:
        if row.source is FundingSource.TOTAL:
            budget = row.full_year_budget or row.initial_budget or project.budget
            whole_year = project.execution_as_of_month in (None, 12)
            return budget, row.executed if whole_year else None
    return project.budget, None


def evaluate_project(project: Project, actuals: Actuals, profile: ScoringProfile) -> ScoreSheet:
    """The score sheet of ``project`` under ``profile``."""
    subject = f"项目“{project.name}”"
    records = year_records(actuals, actuals.spending_of(project=project.name))
    budget, stated_executed = _project_budget(project)
    executed = total_amount(records) if records else stated_executed
    budget_line, findings = budget_row(budget, executed, profile, subject)
    entries = [
        Entry(subject, indicator, project.name, None, records) for indicator in project.indicators
    ]
    rows, row_findings = score_entries(entries, actuals, profile)
    return build_sheet(project.name, profile, budget_line, rows, [*findings, *row_findings])
