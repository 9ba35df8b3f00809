"""Budget execution (预算执行) of a project at a date, and its colours.

执行数 is the sum of the project's spending records up to the date (0 when the ledger has
records, all of them later); with no record at all it is the
1-N月执行数 of the document's 项目资金 table, when that table covers no later month than the
date. 执行率 = 执行数 ÷ 预算数 (全年预算数 of the table, else the project's 预算数), in %.

Colours (profile bands): against time, 执行率 ÷ elapsed share of the year; against the plan,
执行率 ÷ the plan interpolated at the date; the strict profile's checkpoints, red when the
cumulative execution is below the last checkpoint passed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from jixiao.domain.actuals import Actuals, total_amount
from jixiao.domain.model import FundingExecution, FundingSource, Project
from jixiao.domain.monitoring.profile import Checkpoint, Colour, MonitoringProfile
from jixiao.domain.monitoring.spending_plan import elapsed_share, month_end, planned_percent

_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class BudgetStatus:
    budget: Decimal | None  # 年初预算数 / 全年预算数, 万元
    executed: Decimal | None  # 1-N月执行数
    rate: Decimal | None  # 执行率, %
    elapsed: Decimal  # share of the year gone (0–1)
    time_value: Decimal | None  # 执行率 ÷ elapsed, %
    time_colour: Colour | None
    planned: Decimal | None  # the plan at the date, %
    plan_value: Decimal | None  # 执行率 ÷ plan, %
    plan_colour: Colour | None
    checkpoint: Checkpoint | None  # the strict profile's last checkpoint passed
    checkpoint_colour: Colour | None
    projected: Decimal | None  # 全年预计执行数 (linear: 执行数 ÷ elapsed), 万元


def _total_row(project: Project) -> FundingExecution | None:
    return next((r for r in project.funding_execution if r.source is FundingSource.TOTAL), None)


def _executed(project: Project, actuals: Actuals, as_of: date) -> Decimal | None:
    # a ledger whose payments all come later says 0 by this date, not "unknown"
    if actuals.spending_of(project=project.name):
        return total_amount(actuals.spending_of(project=project.name, until=as_of))
    row = _total_row(project)
    month = project.execution_as_of_month
    if row is not None and row.executed is not None and month is not None:
        return row.executed if month <= as_of.month else None
    return None


def project_budget(project: Project) -> Decimal | None:
    """The budget execution is measured against: 全年预算数 (adjusted), else 年初预算数."""
    row = _total_row(project)
    if row is not None and (row.full_year_budget or row.initial_budget):
        return row.full_year_budget or row.initial_budget
    return project.budget


def initial_budget(project: Project) -> Decimal | None:
    """年初预算数: the table's, else the 预算数 the targets were declared with."""
    row = _total_row(project)
    if row is not None and row.initial_budget is not None:
        return row.initial_budget
    return project.budget


def _last_checkpoint(profile: MonitoringProfile, as_of: date) -> Checkpoint | None:
    passed = [c for c in profile.checkpoints if month_end(as_of.year, c.month) <= as_of]
    return max(passed, key=lambda c: c.month) if passed else None


def _ratio(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    if part is None or whole is None or whole <= 0:
        return None
    return part / whole * _HUNDRED


def budget_status(
    project: Project, actuals: Actuals, as_of: date, year: int, profile: MonitoringProfile
) -> BudgetStatus:
    budget, executed = project_budget(project), _executed(project, actuals, as_of)
    elapsed = elapsed_share(as_of, year)
    rate = _ratio(executed, budget)
    time_value = _ratio(rate, elapsed * _HUNDRED) if rate is not None else None
    planned = planned_percent(project.spending_plan, as_of, year)
    plan_value = _ratio(rate, planned) if rate is not None else None
    checkpoint = _last_checkpoint(profile, as_of) if as_of.year == year else None
    checkpoint_colour = None
    if checkpoint is not None and rate is not None:
        checkpoint_colour = Colour.RED if rate < checkpoint.percent else Colour.GREEN
    return BudgetStatus(
        budget=budget,
        executed=executed,
        rate=rate,
        elapsed=elapsed,
        time_value=time_value,
        time_colour=profile.budget_bands.colour(time_value) if time_value is not None else None,
        planned=planned,
        plan_value=plan_value,
        plan_colour=profile.budget_bands.colour(plan_value) if plan_value is not None else None,
        checkpoint=checkpoint,
        checkpoint_colour=checkpoint_colour,
        projected=executed / elapsed if executed is not None and elapsed > 0 else None,
    )
