"""Use cases of the monitoring pages: recording spending and progress from a form, and the
dashboard of a department-year at a date (the monitoring report, its warnings, and each
project's spending against its plan and the time gone, month by month, for the chart).

Recording and monitoring go through the same calls as the API (``app.resources``: access
checked there); the series are computed here from the stored document and actuals.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from pydantic import ValidationError

from jixiao.app import documents, resources
from jixiao.app.uow import Database
from jixiao.domain.access import Actor
from jixiao.domain.actuals import Actuals, IndicatorRef, ProgressRecord, SpendingRecord
from jixiao.domain.model import AchievementLevel, PerformanceDocument, Project
from jixiao.domain.monitoring import MonitoringReport
from jixiao.domain.monitoring.spending_plan import elapsed_share, month_end, planned_percent
from jixiao.errors import InputError

MONTHS = [f"{m}月" for m in range(1, 13)]


@dataclass(frozen=True)
class Series:
    """One project's spending through the year: cumulative % of its budget by month end."""

    project: str
    budget: Decimal | None
    planned: list[float | None]  # the spending plan (资金支出计划)
    executed: list[float | None]  # what was spent (None after the date)
    time: list[float]  # the share of the year gone (时间进度)


@dataclass(frozen=True)
class Dashboard:
    document: PerformanceDocument
    as_of: date
    report: MonitoringReport
    series: list[Series]
    actuals: Actuals | None = None  # the recorded actuals the series were drawn from


def default_date(fiscal_year: int, today: date | None = None) -> date:
    """Today within the fiscal year; its last day for a past year, its first for a future one."""
    today = today or date.today()
    return min(max(today, date(fiscal_year, 1, 1)), date(fiscal_year, 12, 31))


def dashboard(
    database: Database, actor: Actor, department: str, fiscal_year: int, as_of: date
) -> Dashboard:
    report = resources.monitor(database, actor, department, fiscal_year, as_of)
    document = documents.document(database, department, fiscal_year, actor=actor)
    records = resources.stored_actuals(database, actor, department, fiscal_year)
    series = [
        spending_series(project, records, fiscal_year, as_of) for project in document.projects
    ]
    return Dashboard(document, as_of, report, series, records)


def spending_series(project: Project, records: Actuals, year: int, as_of: date) -> Series:
    planned: list[float | None] = []
    executed: list[float | None] = []
    time: list[float] = []
    last = as_of.month if as_of.year == year else (12 if as_of.year > year else 0)
    for month in range(1, 13):
        end = month_end(year, month)
        planned.append(_float(planned_percent(project.spending_plan, end, year)))
        time.append(round(float(elapsed_share(end, year)) * 100, 1))
        if month > last:  # the months after the date have no spending yet
            executed.append(None)
            continue
        until = min(end, as_of)
        spent = sum((r.amount for r in records.spending_of(project.name, None, until)), Decimal(0))
        share = spent / project.budget * 100 if project.budget else None
        executed.append(_float(share))
    return Series(project.name, project.budget, planned, executed, time)


def _float(value: Decimal | None) -> float | None:
    return None if value is None else round(float(value), 1)


def _amount(text: str, field: str) -> Decimal:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise _at(field, f"“{text}”不是数字") from None
    if not value.is_finite():
        raise _at(field, f"“{text}”不是有限的数")
    return value


def _day(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise _at(field, f"“{text}”不是日期(YYYY-MM-DD)") from None


def _at(field: str, message: str) -> InputError:
    error = InputError(message)
    error.loc = (field,)  # type: ignore[attr-defined]
    return error


def record_spending(
    database: Database,
    actor: Actor,
    department: str,
    fiscal_year: int,
    *,
    when: str,
    amount: str,
    project: str,
    category: str = "",
) -> None:
    """One payment (万元) booked to a project, from the monitoring page's form."""
    try:
        record = SpendingRecord(
            date=_day(when, "date"),
            amount=_amount(amount, "amount"),
            project=project or None,
            economic_category=category.strip() or None,
        )
    except ValidationError as error:
        raise _at("amount", _first(error)) from None
    resources.record(database, actor, department, fiscal_year, Actuals(spending=[record]))


def record_progress(
    database: Database,
    actor: Actor,
    department: str,
    fiscal_year: int,
    *,
    when: str,
    project: str,
    indicator: str,
    value: str = "",
    unit: str = "",
    level: str = "",
) -> None:
    """An indicator's cumulative value (or level) reached by a date."""
    try:
        record = ProgressRecord(
            ref=IndicatorRef(project=project, indicator=indicator),
            date=_day(when, "progress_date"),
            value=_amount(value, "value") if value.strip() else None,
            unit=unit.strip() or None,
            level=AchievementLevel(level) if level else None,
            reported_by=actor.login,
        )
    except ValidationError as error:
        raise _at("value", _first(error)) from None
    resources.record(database, actor, department, fiscal_year, Actuals(progress=[record]))


def _first(error: ValidationError) -> str:
    message = str(error.errors()[0].get("msg", "输入有误"))
    return message.removeprefix("Value error, ")
