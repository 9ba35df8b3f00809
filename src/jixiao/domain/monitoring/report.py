"""The monitoring report of a department-year at a date: the entry point :func:`monitor`.

For each project: budget execution and its colours, each indicator's status, the project's
target colour (the worst of its indicators), the warnings and the 1-N月 form. The department
goals' indicators are monitored the same way (their cost lines read the records booked to the
goal and, when the goal's funding block names a project, that project's records).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from jixiao.domain.achievement import goal_ledger, has_categorised_spending
from jixiao.domain.actuals import Actuals, SpendingRecord
from jixiao.domain.model import DepartmentGoal, Indicator, PerformanceDocument, Project
from jixiao.domain.monitoring.budget import BudgetStatus, budget_status
from jixiao.domain.monitoring.form import MonitoringForm, monitoring_form
from jixiao.domain.monitoring.indicators import IndicatorStatus, indicator_status
from jixiao.domain.monitoring.profile import Colour, MonitoringProfile, worst
from jixiao.domain.monitoring.spending_plan import elapsed_share
from jixiao.domain.monitoring.warnings import (
    MonitoringWarning,
    budget_warnings,
    indicator_warnings,
    project_colour,
    project_warnings,
    target_progress,
)


@dataclass(frozen=True)
class ProjectMonitoring:
    name: str
    budget: BudgetStatus
    indicators: tuple[IndicatorStatus, ...]
    colour: Colour | None  # the project's target warning: worst indicator colour
    form: MonitoringForm

    def indicator(self, name: str) -> IndicatorStatus:
        return next(s for s in self.indicators if s.name == name)

    @property
    def target_progress(self) -> Decimal | None:
        return target_progress(self.indicators)


@dataclass(frozen=True)
class GoalMonitoring:
    number: int
    indicators: tuple[IndicatorStatus, ...]
    colour: Colour | None


@dataclass(frozen=True)
class MonitoringReport:
    department: str
    as_of: date
    profile: str
    projects: tuple[ProjectMonitoring, ...]
    goals: tuple[GoalMonitoring, ...]
    warnings: tuple[MonitoringWarning, ...]

    @property
    def colour(self) -> Colour | None:
        return worst([w.colour for w in self.warnings])

    def project(self, name: str) -> ProjectMonitoring:
        return next(p for p in self.projects if p.name == name)

    def rules(self) -> list[tuple[str, Colour]]:
        return [(w.rule, w.colour) for w in self.warnings]


def _ledger(records: Sequence[SpendingRecord], as_of: date) -> list[SpendingRecord] | None:
    """The records up to the date, when the ledger is kept by economic category at all."""
    if not has_categorised_spending(records):
        return None
    return [record for record in records if record.date <= as_of]


@dataclass(frozen=True)
class _Run:
    """What every part of one monitoring run shares."""

    actuals: Actuals
    as_of: date
    year: int
    profile: MonitoringProfile


def _statuses(
    run: _Run,
    where: str,
    indicators: Sequence[Indicator],
    owner: tuple[str | None, int | None],
    ledger: Sequence[SpendingRecord] | None,
) -> tuple[IndicatorStatus, ...]:
    elapsed = elapsed_share(run.as_of, run.year)
    project, goal = owner
    return tuple(
        indicator_status(
            where,
            indicator,
            run.actuals.latest_progress(project, goal, indicator.name, run.as_of),
            ledger,
            elapsed,
            run.profile,
        )
        for indicator in indicators
    )


def _project(run: _Run, project: Project) -> tuple[ProjectMonitoring, list[MonitoringWarning]]:
    where = f"项目“{project.name}”"
    ledger = _ledger(run.actuals.spending_of(project=project.name), run.as_of)
    statuses = _statuses(run, where, project.indicators, (project.name, None), ledger)
    budget = budget_status(project, run.actuals, run.as_of, run.year, run.profile)
    warnings = [
        *budget_warnings(where, budget, run.as_of),
        *project_warnings(where, statuses, budget, run.profile),
        *indicator_warnings(statuses),
    ]
    form = monitoring_form(project, run.as_of, budget, statuses)
    result = ProjectMonitoring(project.name, budget, statuses, project_colour(statuses), form)
    return result, warnings


def _goal(run: _Run, document: PerformanceDocument, goal: DepartmentGoal) -> GoalMonitoring:
    ledger = _ledger(goal_ledger(document, goal, run.actuals), run.as_of)
    where = f"整体支出目标{goal.number}"
    statuses = _statuses(run, where, goal.indicators, (None, goal.number), ledger)
    return GoalMonitoring(goal.number, statuses, project_colour(statuses))


def monitor(
    document: PerformanceDocument, actuals: Actuals, as_of: date, profile: MonitoringProfile
) -> MonitoringReport:
    """Budget execution and target achievement of every project and department goal at
    ``as_of``, with the warnings of ``profile``."""
    run = _Run(actuals, as_of, document.fiscal_year, profile)
    projects, warnings = [], []
    for project in document.projects:
        result, found = _project(run, project)
        projects.append(result)
        warnings.extend(found)
    goals = tuple(_goal(run, document, goal) for goal in document.department_goals)
    for goal in goals:
        warnings.extend(indicator_warnings(goal.indicators))
    return MonitoringReport(
        document.department.name, as_of, profile.name, tuple(projects), goals, tuple(warnings)
    )
