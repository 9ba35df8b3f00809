"""Set-based monitoring: every project of a year (and region) at a date, in one SQL statement.

The same rules as :func:`jixiao.domain.monitoring.monitor` (docs/domain.md §5) for the projects of
the department documents, written as SQLAlchemy Core expressions that run on PostgreSQL and
SQLite:

* **Budget**: 执行数 is the sum of the project's spending records up to the date (0 when it has
  records, all later), else the 1-N月执行数 of its 项目资金 table when that covers no later
  month; 执行率 against 全年预算数, else 年初预算数, else the project's 预算数.
* **Plan**: the spending plan's checkpoints become days of the fiscal year (a checkpoint
  without a day on its month's last day), with 1 January at 0%; the plan at the date is
  interpolated by day between the last point before it and the first on or after it (the
  lowest percentage first when two fall on one day, as the Python sort does), and stays at the
  last value after the last checkpoint.
* **Colours**: 执行率 ÷ elapsed share of the year and ÷ the plan in the profile's budget bands;
  the strict profile's checkpoint (red below it); the gap warning when the mean target progress
  of the pro-rata indicators and 执行率 are more than the profile's points apart.
* **Indicators** of each project: the latest progress report on or before the date (the first
  recorded of a day), else for a cost line the ledger of its economic category; graded as
  limit, one-off, pro-rata path or level, levels and likelihoods as colours. Department goals'
  indicators are not part of a project and are not counted here.

The warnings of a project (``budget.time``, ``budget.plan``, ``budget.checkpoint``,
``project.targets``, ``project.gap`` and one per indicator that is not green) are counted by
colour from the row.

Numbers: PostgreSQL computes in exact NUMERIC; SQLite in double precision, so a value exactly on
a band's floor may fall on either side there.

Where a reading needs the Python rules' text parsing, SQL does not guess: the indicator is
counted in ``unsupported`` (with no colour), so a caller can fall back to the per-department
code for those projects. Those cases are:

* a written result (text) against a period (deadline) target;
* a written result without a level against a qualitative target, or without a number against
  a quantitative one;
* a reported number in a different unit from its target (元 against 万元: convert on entry);
* a quantitative target without a value.

Names are matched as stored: actuals must name the project, indicator and economic category
exactly as the document does (the Python code also ignores layout spaces inside names).
"""

from __future__ import annotations

import calendar
import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Integer,
    and_,
    case,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.sql.selectable import CTE

from jixiao.domain.model import AchievementLevel, Likelihood
from jixiao.domain.money import MONEY_EXPONENTS
from jixiao.domain.monitoring.profile import Bands, Checkpoint, Colour, MonitoringProfile, worst
from jixiao.domain.monitoring.spending_plan import elapsed_share, month_end
from jixiao.store.sql_terms import (
    BUILT_STATEMENTS,
    ByRepr,
    ExactNumbers,
    Numbers,
    cost_category_pairs,
    department_projects,
    pairs_table,
    text_given,
    tune,
)
from jixiao.store.tables import (
    IndicatorRow,
    ProgressRecordRow,
    SpendingCheckpointRow,
    SpendingRecordRow,
    table_of,
)

Expr = ColumnElement[Any]
_UPWARD = ("≥", ">", "=")
_RANKS = {colour.rank: colour for colour in Colour}
_LEVEL_RANKS = {
    AchievementLevel.ACHIEVED.value: Colour.GREEN.rank,
    AchievementLevel.PARTIAL.value: Colour.YELLOW.rank,
    AchievementLevel.NOT_ACHIEVED.value: Colour.RED.rank,
}
_LIKELIHOOD_RANKS = {
    Likelihood.CERTAIN.value: Colour.GREEN.rank,
    Likelihood.POSSIBLE.value: Colour.YELLOW.rank,
    Likelihood.IMPOSSIBLE.value: Colour.RED.rank,
}
_UNSUPPORTED = -1  # the colour rank of an indicator SQL cannot grade


@dataclass(frozen=True)
class ProjectMonitoringRow:
    """One project's monitoring at the date, as the set-based statement computes it."""

    project_id: int
    department_id: int
    project: str
    budget: Decimal | None  # 全年预算数 (else 年初预算数, else 预算数), 万元
    executed: Decimal | None  # 1-N月执行数, 万元
    rate: Decimal | None  # 执行率, %
    planned: Decimal | None  # the spending plan at the date, %
    time_colour: Colour | None
    plan_colour: Colour | None
    checkpoint_colour: Colour | None
    indicator_colours: dict[Colour, int]  # indicators per colour
    target_progress: Decimal | None  # mean share of target reached over pro-rata indicators, %
    gap_warning: bool  # target progress and 执行率 more than the profile's points apart
    unsupported: int  # indicators SQL could not grade (see the module docstring)

    @property
    def behind_plan(self) -> Decimal | None:
        """How many points 执行率 is below the plan (negative: ahead)."""
        if self.rate is None or self.planned is None:
            return None
        return self.planned - self.rate

    @property
    def budget_colour(self) -> Colour | None:
        found = [self.time_colour, self.plan_colour, self.checkpoint_colour]
        return worst([c for c in found if c is not None])

    @property
    def target_colour(self) -> Colour | None:
        """The project's target warning: the worst colour of its indicators."""
        return worst([colour for colour, count in self.indicator_colours.items() if count])

    @property
    def colour(self) -> Colour | None:
        """The worst colour of the project's warnings; green when something was graded and
        nothing warns; None when there was nothing to grade."""
        warned = worst(list(self.warnings.elements()))
        if warned is not None:
            return warned
        graded = self.budget_colour is not None or self.target_colour is not None
        return Colour.GREEN if graded else None

    @property
    def warnings(self) -> Counter[Colour]:
        """The project's warnings by colour, as :func:`monitor` lists them."""
        found: Counter[Colour] = Counter()
        if self.rate is not None:
            for colour in (self.time_colour, self.plan_colour):
                if colour is not None and colour is not Colour.GREEN:
                    found[colour] += 1
            if self.checkpoint_colour is Colour.RED:
                found[Colour.RED] += 1
        target = self.target_colour
        if target is not None and target is not Colour.GREEN:
            found[target] += 1
        if self.gap_warning:
            found[Colour.YELLOW] += 1
        for colour, count in self.indicator_colours.items():
            if colour is not Colour.GREEN and count:
                found[colour] += count
        return found


def _last_checkpoint(profile: MonitoringProfile, as_of: date) -> Checkpoint | None:
    """The strict profile's last checkpoint passed by the date (as :mod:`budget` reads it)."""
    passed = [c for c in profile.checkpoints if month_end(as_of.year, c.month) <= as_of]
    return max(passed, key=lambda c: c.month) if passed else None


def _band_rank(bands: Bands, value: Expr, numbers: Numbers) -> Expr:
    """The colour rank of a percentage in the bands (the first floor reached, highest first)."""
    whens = [(value >= numbers.const(floor), colour.rank) for floor, colour in bands.floors]
    return case(*whens, else_=bands.below.rank)


class _Query:
    """Builds the statement for one year, date, profile and (optional) region code prefix."""

    def __init__(
        self,
        dialect: str,
        year: int,
        as_of: date,
        profile: MonitoringProfile,
        region: str | None,
        pairs: Sequence[tuple[str, str]],
    ) -> None:
        self.num = ExactNumbers(dialect)
        self.year, self.as_of, self.profile, self.region = year, as_of, profile, region
        self.pairs = pairs
        self.elapsed = elapsed_share(as_of, year)
        self.day = (as_of - date(year, 1, 1)).days  # days since 1 January

    # -- projects and budget ------------------------------------------------------------------

    def projects(self) -> CTE:
        """The projects with their budget and the 1-N月 execution the form states by the date."""
        as_of_month = self.as_of.month

        def by_the_date(project: Any, total: Any) -> Expr:
            month = project.execution_as_of_month
            return and_(total.executed.is_not(None), month.is_not(None), month <= as_of_month)

        return department_projects(self.year, self.region, self.num.of, by_the_date).cte("p")

    def _project_spending(self) -> Any:
        spending = table_of(SpendingRecordRow)
        return (
            select(spending)
            .where(
                spending.c.fiscal_year == self.year,
                spending.c.project.is_not(None),
                spending.c.goal.is_(None),
            )
            .subquery()
        )

    def spending(self) -> CTE:
        """Per project: records of the year, spent up to the date, records with a category."""
        s = self._project_spending()
        until = case((s.c.date <= self.as_of, self.num.of(s.c.amount)), else_=self.num.const(0))
        return (
            select(
                s.c.department_id,
                s.c.project,
                func.count().label("records"),
                func.sum(until).label("spent"),
                func.count(case((text_given(s.c.economic_category), 1))).label("categorised"),
            )
            .group_by(s.c.department_id, s.c.project)
            .cte("s")
        )

    def category_spending(self) -> CTE:
        s = self._project_spending()
        return (
            select(
                s.c.department_id,
                s.c.project,
                s.c.economic_category,
                func.sum(self.num.of(s.c.amount)).label("spent"),
            )
            .where(s.c.date <= self.as_of, text_given(s.c.economic_category))
            .group_by(s.c.department_id, s.c.project, s.c.economic_category)
            .cte("cs")
        )

    # -- the spending plan --------------------------------------------------------------------

    def _checkpoint_day(self, month: Any, day: Any) -> Expr:
        """Days from 1 January to the checkpoint (its day, capped at the month's last)."""
        lengths = {m: calendar.monthrange(self.year, m)[1] for m in range(1, 13)}
        before = {m: (date(self.year, m, 1) - date(self.year, 1, 1)).days for m in range(1, 13)}
        length = case(lengths, value=month)
        capped = case((or_(day.is_(None), day > length), length), else_=day)
        return case(before, value=month) + capped - 1

    def plan(self, projects: CTE) -> CTE:
        """Per project: the plan at the date (NULL without a plan)."""
        cp = table_of(SpendingCheckpointRow)
        checkpoints = select(
            cp.c.project_id,
            self._checkpoint_day(cp.c.month, cp.c.day).label("d"),
            self.num.of(cp.c.cumulative_percent).label("pct"),
            literal(1, Integer).label("stated"),
        ).join(projects, projects.c.project_id == cp.c.project_id)
        origin = select(
            projects.c.project_id,
            literal(0, Integer).label("d"),
            self.num.const(0).label("pct"),
            literal(0, Integer).label("stated"),
        )
        points = union_all(checkpoints, origin).cte("pts")
        at = literal(self.day, Integer)
        bounds = (
            select(
                points.c.project_id,
                func.max(case((points.c.d < at, points.c.d))).label("lo_d"),
                func.min(case((points.c.d >= at, points.c.d))).label("hi_d"),
                func.max(points.c.d).label("last_d"),
                func.sum(points.c.stated).label("stated"),
            )
            .group_by(points.c.project_id)
            .cte("pb")
        )
        ends = (
            select(
                bounds.c.project_id,
                bounds.c.lo_d,
                bounds.c.hi_d,
                bounds.c.stated,
                func.max(case((points.c.d == bounds.c.lo_d, points.c.pct))).label("lo_p"),
                func.min(case((points.c.d == bounds.c.hi_d, points.c.pct))).label("hi_p"),
                func.max(case((points.c.d == bounds.c.last_d, points.c.pct))).label("last_p"),
            )
            .join(points, points.c.project_id == bounds.c.project_id)
            .group_by(bounds.c.project_id, bounds.c.lo_d, bounds.c.hi_d, bounds.c.stated)
            .subquery()
        )
        span = ends.c.hi_d - ends.c.lo_d
        interpolated = ends.c.lo_p + (ends.c.hi_p - ends.c.lo_p) * self.num.of(
            at - ends.c.lo_d
        ) / self.num.of(span)
        planned = case(
            (ends.c.stated == 0, null()),
            (at <= 0, self.num.const(0)),
            (ends.c.hi_d.is_(None), ends.c.last_p),
            else_=interpolated,
        )
        return select(ends.c.project_id, planned.label("planned")).cte("pl")

    # -- indicators ---------------------------------------------------------------------------

    def latest_progress(self) -> Any:
        """The last report of each project indicator on or before the date."""
        pr = table_of(ProgressRecordRow)
        order = func.row_number().over(
            partition_by=(pr.c.department_id, pr.c.project, pr.c.indicator),
            order_by=(pr.c.date.desc(), pr.c.id.asc()),
        )
        ranked = (
            select(pr, order.label("rn"))
            .where(
                pr.c.fiscal_year == self.year,
                pr.c.project.is_not(None),
                pr.c.goal.is_(None),
                pr.c.date <= self.as_of,
            )
            .subquery()
        )
        return select(ranked).where(ranked.c.rn == 1).subquery("lp")

    def indicators(self, projects: CTE, spending: CTE) -> CTE:
        ind = table_of(IndicatorRow)
        lp = self.latest_progress()
        categorised = func.coalesce(spending.c.categorised, 0) > 0
        source = case(
            (lp.c.id.is_not(None), "record"),
            (and_(ind.c.cost_stem.is_not(None), categorised), "ledger"),
            else_=null(),
        )
        inferred = case(
            (ind.c.target_kind == "period", "reverse"),
            (
                and_(ind.c.target_kind == "quantitative", ind.c.target_operator.in_(("≤", "<"))),
                "reverse",
            ),
            else_="positive",
        )
        return (
            select(
                ind.c.id,
                ind.c.project_id,
                projects.c.department_id,
                projects.c.name.label("project"),
                ind.c.target_kind.label("kind"),
                ind.c.target_operator.label("operator"),
                self.num.of(ind.c.target_value).label("goal"),
                ind.c.target_unit,
                (func.coalesce(ind.c.direction, inferred) == "reverse").label("reverse"),
                source.label("source"),
                case((source == "ledger", ind.c.cost_stem), else_=null()).label("stem"),
                self.num.of(lp.c.value).label("value"),
                lp.c.unit,
                lp.c.level,
                lp.c.text,
                lp.c.likelihood,
            )
            .join(projects, projects.c.project_id == ind.c.project_id)
            .outerjoin(
                spending,
                and_(
                    spending.c.department_id == projects.c.department_id,
                    spending.c.project == projects.c.name,
                ),
            )
            .outerjoin(
                lp,
                and_(
                    lp.c.department_id == projects.c.department_id,
                    lp.c.project == projects.c.name,
                    lp.c.indicator == ind.c.name,
                ),
            )
            .where(ind.c.fiscal_year == self.year, ind.c.target_kind.is_not(None))
            .cte("i")
        )

    def ledger(self, indicators: CTE, category_spending: CTE) -> CTE:
        """What each cost line's economic category spent by the date, in the target's unit: the
        categories its stem counts (the year's pairs), none when no category counts."""
        factor = case(
            {
                unit: self.num.const(Decimal(10) ** (4 - exp))
                for unit, exp in MONEY_EXPONENTS.items()
            },
            value=indicators.c.target_unit,
            else_=null(),
        )
        lines = indicators.c.source == "ledger"
        pairs = pairs_table(self.pairs)
        if pairs is None:
            return (
                select(indicators.c.id, (self.num.const(0) * factor).label("spent"))
                .where(lines)
                .cte("l")
            )
        counted = (
            select(
                category_spending.c.department_id,
                category_spending.c.project,
                pairs.c.stem,
                category_spending.c.spent,
            )
            .join(pairs, pairs.c.category == category_spending.c.economic_category)
            .subquery("counted")
        )
        return (
            select(
                indicators.c.id,
                (func.coalesce(func.sum(counted.c.spent), self.num.const(0)) * factor).label(
                    "spent"
                ),
            )
            .select_from(indicators)
            .outerjoin(
                counted,
                and_(
                    counted.c.department_id == indicators.c.department_id,
                    counted.c.project == indicators.c.project,
                    counted.c.stem == indicators.c.stem,
                ),
            )
            .where(lines)
            .group_by(indicators.c.id, indicators.c.target_unit)
            .cte("l")
        )

    def readings(self, indicators: CTE, ledger: CTE) -> CTE:
        """Per indicator: the value in the target's unit, how it is graded (mode), met or not."""
        value = case((indicators.c.source == "ledger", ledger.c.spent), else_=indicators.c.value)
        other_unit = and_(
            indicators.c.source == "record",
            indicators.c.unit.is_not(None),
            indicators.c.target_unit.is_not(None),
            indicators.c.unit != indicators.c.target_unit,
        )
        accruing = indicators.c.target_unit.in_(sorted(self.profile.accruing_units))
        one = self.num.const(1)
        mode = case(
            (indicators.c.source.is_(None), "none"),
            (
                indicators.c.kind == "period",
                case((text_given(indicators.c.text), "unsupported"), else_="pending"),
            ),
            (
                or_(indicators.c.kind == "qualitative", value.is_(None)),
                case(
                    (indicators.c.level.is_not(None), "level"),
                    (text_given(indicators.c.text), "unsupported"),
                    else_="not_yet",
                ),
            ),
            (or_(other_unit, indicators.c.goal.is_(None)), "unsupported"),
            (indicators.c.reverse, "limit"),
            (and_(accruing, indicators.c.goal <= one), "one_off"),
            (
                and_(
                    accruing,
                    or_(indicators.c.operator.is_(None), indicators.c.operator.in_(_UPWARD)),
                ),
                "pro_rata",
            ),
            else_="graded",
        )
        op = func.coalesce(indicators.c.operator, case((indicators.c.reverse, "≤"), else_="≥"))
        return (
            select(
                indicators.c.project_id,
                mode.label("mode"),
                value.label("value"),
                indicators.c.goal,
                op.label("op"),
                indicators.c.level,
                indicators.c.likelihood,
            )
            .select_from(indicators.outerjoin(ledger, ledger.c.id == indicators.c.id))
            .cte("r")
        )

    def graded(self, readings: CTE) -> CTE:
        """Per indicator: its colour rank (NULL: none; -1: unsupported) and pro-rata share."""
        value, goal, zero, hundred = (
            readings.c.value,
            readings.c.goal,
            self.num.const(0),
            self.num.const(100),
        )
        met = case(
            (readings.c.op == "≥", value >= goal),
            (readings.c.op == ">", value > goal),
            (readings.c.op == "=", value == goal),
            (readings.c.op == "<", value < goal),
            else_=value <= goal,
        )
        expected = goal * self.num.const(self.elapsed)
        progress = case(
            (and_(readings.c.mode == "pro_rata", expected > zero), value / expected * hundred),
            (and_(readings.c.mode == "graded", goal > zero), value / goal * hundred),
            else_=null(),
        )
        likelihood = case(_LIKELIHOOD_RANKS, value=readings.c.likelihood, else_=Colour.GREEN.rank)
        met_rank = case((met, Colour.GREEN.rank), else_=Colour.RED.rank)
        rank = case(
            (readings.c.mode == "none", null()),
            (readings.c.mode == "unsupported", _UNSUPPORTED),
            (readings.c.mode == "pending", likelihood),
            (readings.c.mode == "level", case(_LEVEL_RANKS, value=readings.c.level)),
            (readings.c.mode == "not_yet", Colour.YELLOW.rank),
            (readings.c.mode == "limit", met_rank),
            (readings.c.mode == "one_off", case((met, Colour.GREEN.rank), else_=likelihood)),
            (progress.is_(None), met_rank),
            else_=_band_rank(self.profile.indicator_bands, progress, self.num),
        )
        share = case(
            (readings.c.mode == "pro_rata", self.num.least(value / goal * hundred, hundred)),
            else_=null(),
        )
        return select(readings.c.project_id, rank.label("rank"), share.label("share")).cte("g")

    def per_project(self, graded: CTE) -> Any:
        def count(rank: int) -> Expr:
            return func.count(case((graded.c.rank == rank, 1))).label(
                f"rank_{rank}".replace("-", "m")
            )

        return (
            select(
                graded.c.project_id,
                *(count(colour.rank) for colour in Colour),
                count(_UNSUPPORTED),
                func.avg(graded.c.share).label("progress"),
            )
            .group_by(graded.c.project_id)
            .subquery("gp")
        )

    # -- the statement ------------------------------------------------------------------------

    def statement(self) -> Select[Any]:
        p, s = self.projects(), self.spending()
        pl = self.plan(p)
        i = self.indicators(p, s)
        gp = self.per_project(
            self.graded(self.readings(i, self.ledger(i, self.category_spending())))
        )
        n, hundred, zero = self.num, self.num.const(100), self.num.const(0)
        executed = case((func.coalesce(s.c.records, 0) > 0, s.c.spent), else_=p.c.stated_executed)
        rate = case(
            (or_(p.c.budget.is_(None), p.c.budget <= zero), null()),
            else_=executed / p.c.budget * hundred,
        )
        b = (
            select(
                p.c.project_id,
                p.c.department_id,
                p.c.name,
                p.c.budget,
                executed.label("executed"),
                rate.label("rate"),
                pl.c.planned,
            )
            .outerjoin(s, and_(s.c.department_id == p.c.department_id, s.c.project == p.c.name))
            .outerjoin(pl, pl.c.project_id == p.c.project_id)
            .cte("bs")
        )
        elapsed = self.elapsed * 100
        time_value = b.c.rate / n.const(elapsed) * hundred if elapsed > 0 else null()
        time_rank = case(
            (b.c.rate.is_(None), null()),
            else_=_band_rank(self.profile.budget_bands, time_value, n) if elapsed > 0 else null(),
        )
        plan_rank = case(
            (or_(b.c.rate.is_(None), b.c.planned.is_(None), b.c.planned <= zero), null()),
            else_=_band_rank(self.profile.budget_bands, b.c.rate / b.c.planned * hundred, n),
        )
        checkpoint = (
            _last_checkpoint(self.profile, self.as_of) if self.as_of.year == self.year else None
        )
        checkpoint_rank: Expr = null()
        if checkpoint is not None:
            checkpoint_rank = case(
                (b.c.rate.is_(None), null()),
                (b.c.rate < n.const(checkpoint.percent), Colour.RED.rank),
                else_=Colour.GREEN.rank,
            )
        gap = case(
            (or_(gp.c.progress.is_(None), b.c.rate.is_(None)), False),
            (gp.c.progress - b.c.rate > n.const(self.profile.gap_points), True),
            (b.c.rate - gp.c.progress > n.const(self.profile.gap_points), True),
            else_=False,
        )
        ranks = [gp.c[f"rank_{colour.rank}"] for colour in Colour]
        return (
            select(
                b.c.project_id,
                b.c.department_id,
                b.c.name,
                b.c.budget,
                b.c.executed,
                b.c.rate,
                b.c.planned,
                time_rank.label("time_rank"),
                plan_rank.label("plan_rank"),
                checkpoint_rank.label("checkpoint_rank"),
                *(func.coalesce(rank, 0).label(rank.name) for rank in ranks),
                func.coalesce(gp.c.rank_m1, 0).label("unsupported"),
                gp.c.progress,
                gap.label("gap"),
            )
            .outerjoin(gp, gp.c.project_id == b.c.project_id)
            .order_by(b.c.project_id)
        )


def monitoring_statement(
    dialect: str,
    fiscal_year: int,
    as_of: date,
    profile: MonitoringProfile,
    region_code: str | None = None,
    pairs: Sequence[tuple[str, str]] = (),
) -> Select[Any]:
    """The statement monitoring every project of the year (of regions whose code starts so);
    ``pairs``: the year's (economic category, cost stem) pairs, as for the evaluation. Built
    once per shape and kept (:func:`_built`)."""
    return _built(dialect, fiscal_year, as_of, ByRepr.of(profile), region_code, tuple(pairs))


@functools.lru_cache(maxsize=BUILT_STATEMENTS)
def _built(
    dialect: str,
    fiscal_year: int,
    as_of: date,
    profile: ByRepr[MonitoringProfile],
    region_code: str | None,
    pairs: tuple[tuple[str, str], ...],
) -> Select[Any]:
    # As for the evaluation: building takes longer than SQLite runs it on a small region.
    return _Query(dialect, fiscal_year, as_of, profile.value, region_code, pairs).statement()


def monitor_projects(
    session: Session,
    fiscal_year: int,
    as_of: date,
    profile: MonitoringProfile,
    region_code: str | None = None,
) -> list[ProjectMonitoringRow]:
    """Every project of the department documents of the year, monitored set-based at ``as_of``."""
    dialect = session.get_bind().dialect.name
    tune(session)
    pairs = cost_category_pairs(session, fiscal_year)
    statement = monitoring_statement(dialect, fiscal_year, as_of, profile, region_code, pairs)
    rows = session.execute(statement)
    return [_monitoring(row._mapping) for row in rows]


def _exact(value: Any) -> Decimal | None:
    if value is None:
        return None
    return value if isinstance(value, Decimal) else Decimal(repr(float(value)))


def _colour(rank: Any) -> Colour | None:
    return None if rank is None else _RANKS[int(rank)]


def _monitoring(row: Any) -> ProjectMonitoringRow:
    colours = {colour: int(row[f"rank_{colour.rank}"]) for colour in Colour}
    return ProjectMonitoringRow(
        project_id=row["project_id"],
        department_id=row["department_id"],
        project=row["name"],
        budget=_exact(row["budget"]),
        executed=_exact(row["executed"]),
        rate=_exact(row["rate"]),
        planned=_exact(row["planned"]),
        time_colour=_colour(row["time_rank"]),
        plan_colour=_colour(row["plan_rank"]),
        checkpoint_colour=_colour(row["checkpoint_rank"]),
        indicator_colours=colours,
        target_progress=_exact(row["progress"]),
        gap_warning=bool(row["gap"]),
        unsupported=int(row["unsupported"]),
    )
