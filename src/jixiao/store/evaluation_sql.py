"""Set-based self-evaluation: every project of a year (and region) scored in one SQL statement.

The same rules as :func:`jixiao.domain.scoring.evaluate_project` (DOMAIN.md §6), written as
SQLAlchemy Core expressions that run on PostgreSQL and SQLite: the budget execution score,
each profile block's points split among its scorable indicators (stated weights first, empty
blocks handing their points to the others pro rata), each indicator scored by operator and
direction with CASE, qualitative levels in the profile's bands (with the coefficient clamped
into its band), and totals per project. The rating is read from the presented total in Python.

Numbers: PostgreSQL computes in exact NUMERIC; SQLite (whose amounts are decimal text) in
double precision, so its totals agree with the exact ones to far better than 0.01.

Where a reading needs the Python rules' text parsing, SQL does not guess: the indicator is
counted in ``unsupported`` (and scored 0), so a caller can fall back to the per-project code
for those projects. Those cases are:

* a qualitative target with only a written result (优秀, 按时完成) and no level;
* a quantitative target with only a written result, or a period (deadline) target;
* a reading in a different unit from its target (元 against 万元: convert on entry);
* a cost line whose target is in a money unit other than 元/千元/万元/亿元.

Names are matched as stored: actuals must name the project and indicator exactly as the
document does (the Python code also ignores layout spaces inside names).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Float,
    Numeric,
    and_,
    case,
    cast,
    func,
    literal,
    null,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.sql.selectable import CTE

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import AchievementLevel, DocumentKind, FundingSource
from jixiao.domain.money import MONEY_EXPONENTS
from jixiao.domain.scoring.profile import ScoringProfile
from jixiao.domain.scoring.sheet import present
from jixiao.store.tables import (
    DepartmentRow,
    DocumentRow,
    FundingExecutionRow,
    IndicatorRow,
    ProjectRow,
    RegionRow,
    SpendingRecordRow,
    YearEndActualRow,
    table_of,
)

Expr = ColumnElement[Any]
_COST_SUBCATEGORIES = (Subcategory.COST.value, Subcategory.ECONOMIC_COST.value)
_COST_SUFFIXES = ("成本", "支出")
WORK_MEM = "256MB"


@dataclass(frozen=True)
class ProjectScore:
    project_id: int
    department_id: int
    project: str
    total: Decimal
    rating: str
    unsupported: int  # indicators SQL could not score (see the module docstring)


class _Numbers:
    """Arithmetic that is exact on PostgreSQL and double precision on SQLite."""

    def __init__(self, dialect: str) -> None:
        self.sqlite = dialect == "sqlite"

    def of(self, column: Any) -> Expr:
        # SQLite keeps ExactDecimal as text: CAST to REAL (a CAST to NUMERIC could give an
        # INTEGER, and integer division truncates).
        return cast(column, Float) if self.sqlite else column

    def const(self, value: Decimal | int) -> Expr:
        if self.sqlite:
            return literal(float(value), Float)
        return literal(Decimal(value), Numeric)

    def least(self, a: Expr, b: Expr) -> Expr:
        return case((a < b, a), else_=b)

    def greatest(self, a: Expr, b: Expr) -> Expr:
        return case((a > b, a), else_=b)


def _category(ind: Any) -> Expr:
    """The 一级 category: stated, else its subcategory's parent."""
    parents = {sub.value: sub.category.value for sub in Subcategory}
    return func.coalesce(ind.category, case(parents, value=ind.subcategory, else_=null()))


def _group(category: Expr, profile: ScoringProfile) -> Expr:
    mapping = {}
    for member in Category:
        group = profile.group_of(member)
        if group is not None:
            mapping[member.value] = group.label
    return case(mapping, value=category, else_=null())


def _is_cost(ind: Any) -> Expr:
    named = or_(*(ind.name.like(f"%{suffix}") for suffix in _COST_SUFFIXES))
    return and_(
        ind.target_kind == "quantitative",
        ind.target_unit.in_(list(MONEY_EXPONENTS)),
        or_(ind.subcategory.in_(_COST_SUBCATEGORIES), ind.category == Category.COST.value, named),
    )


def _stem(name: Any) -> Expr:
    """``接待费成本`` → ``接待费`` (the economic category a cost line names)."""
    whens = [
        (and_(name.like(f"%{suffix}"), func.length(name) > len(suffix)),
         func.substr(name, 1, func.length(name) - len(suffix)))
        for suffix in _COST_SUFFIXES
    ]  # fmt: skip
    return case(*whens, else_=name)


class _Query:
    """Builds the statement for one year, profile and (optional) region code prefix."""

    def __init__(self, dialect: str, year: int, profile: ScoringProfile, region: str | None):
        self.n = _Numbers(dialect)
        self.year, self.profile, self.region = year, profile, region

    # -- inputs ---------------------------------------------------------------------------

    def projects(self) -> CTE:
        doc, project, fe = (
            table_of(DocumentRow),
            table_of(ProjectRow),
            table_of(FundingExecutionRow),
        )
        first_total = (
            select(fe.c.project_id, func.min(fe.c.position).label("position"))
            .where(fe.c.source == FundingSource.TOTAL.value)
            .group_by(fe.c.project_id)
            .subquery()
        )
        total_row = fe.alias("total_row")
        query = (
            select(
                project.c.id.label("project_id"),
                project.c.name,
                doc.c.department_id,
                func.coalesce(
                    func.nullif(self.n.of(total_row.c.full_year_budget), self.n.const(0)),
                    func.nullif(self.n.of(total_row.c.initial_budget), self.n.const(0)),
                    self.n.of(project.c.budget),
                ).label("budget"),
                case(
                    (
                        or_(
                            project.c.execution_as_of_month.is_(None),
                            project.c.execution_as_of_month == 12,
                        ),
                        self.n.of(total_row.c.executed),
                    ),
                    else_=null(),
                ).label("stated_executed"),
            )
            .join(doc, project.c.document_id == doc.c.id)
            .outerjoin(first_total, first_total.c.project_id == project.c.id)
            .outerjoin(
                total_row,
                and_(
                    total_row.c.project_id == project.c.id,
                    total_row.c.position == first_total.c.position,
                ),
            )
            .where(
                doc.c.fiscal_year == self.year,
                doc.c.kind == DocumentKind.DEPARTMENT_PERFORMANCE.value,
            )
        )
        if self.region is not None:
            department, region = table_of(DepartmentRow), table_of(RegionRow)
            query = (
                query.join(department, department.c.id == doc.c.department_id)
                .join(region, region.c.id == department.c.region_id)
                .where(region.c.code.like(f"{self.region}%"))
            )
        return query.cte("p")

    def _year_spending(self) -> Select[Any]:
        spending = table_of(SpendingRecordRow)
        return select(spending).where(
            spending.c.fiscal_year == self.year,
            spending.c.project.is_not(None),
            spending.c.goal.is_(None),
            spending.c.date.between(date(self.year, 1, 1), date(self.year, 12, 31)),
        )

    def spending(self) -> CTE:
        """Per project: total spent, number of records, number with an economic category."""
        s = self._year_spending().subquery()
        return (
            select(
                s.c.department_id,
                s.c.project,
                func.sum(self.n.of(s.c.amount)).label("spent"),
                func.count().label("records"),
                func.count(s.c.economic_category).label("categorised"),
            )
            .group_by(s.c.department_id, s.c.project)
            .cte("s")
        )

    def category_spending(self) -> CTE:
        s = self._year_spending().subquery()
        return (
            select(
                s.c.department_id,
                s.c.project,
                s.c.economic_category,
                func.sum(self.n.of(s.c.amount)).label("spent"),
            )
            .where(s.c.economic_category.is_not(None))
            .group_by(s.c.department_id, s.c.project, s.c.economic_category)
            .cte("cs")
        )

    def first_year_end(self) -> CTE:
        """The first year-end actual of each project indicator (the Python look-up's pick)."""
        ye = table_of(YearEndActualRow)
        return (
            select(ye.c.department_id, ye.c.project, ye.c.indicator, func.min(ye.c.id).label("id"))
            .where(ye.c.fiscal_year == self.year, ye.c.goal.is_(None), ye.c.project.is_not(None))
            .group_by(ye.c.department_id, ye.c.project, ye.c.indicator)
            .cte("ye_first")
        )

    # -- per indicator ------------------------------------------------------------------------

    def indicators(self, p: CTE, s: CTE) -> CTE:
        ind, ye = table_of(IndicatorRow), table_of(YearEndActualRow)
        first = self.first_year_end()
        picked = ye.alias("ye")
        has_value = or_(
            picked.c.value.is_not(None),
            picked.c.level.is_not(None),
            func.coalesce(picked.c.text, "") != "",
        )
        from_doc = and_(
            ind.c.has_result,
            or_(ind.c.result_as_of_month.is_(None), ind.c.result_as_of_month == 12),
            or_(
                ind.c.result_actual.is_not(None),
                ind.c.result_level.is_not(None),
                func.coalesce(ind.c.result_actual_text, "") != "",
            ),
        )
        categorised = func.coalesce(s.c.categorised, 0) > 0
        source = case(
            (and_(picked.c.id.is_not(None), has_value), "year_end"),
            (from_doc, "document"),
            (and_(_is_cost(ind.c), categorised), "ledger"),
            else_=null(),
        )
        category = _category(ind.c)
        return (
            select(
                ind.c.id,
                ind.c.project_id,
                p.c.department_id,
                p.c.name.label("project"),
                ind.c.name,
                ind.c.weight,
                ind.c.direction,
                ind.c.target_kind,
                ind.c.target_operator,
                ind.c.target_value,
                ind.c.target_unit,
                _group(category, self.profile).label("grp"),
                case((source == "ledger", _stem(ind.c.name)), else_=null()).label("stem"),
                source.label("source"),
                case((source == "year_end", picked.c.value), else_=ind.c.result_actual).label(
                    "value"
                ),
                case((source == "year_end", picked.c.unit), else_=ind.c.result_actual_unit).label(
                    "unit"
                ),
                case((source == "year_end", picked.c.level), else_=ind.c.result_level).label(
                    "level"
                ),
                case(
                    (source == "year_end", picked.c.text),
                    (ind.c.result_actual.is_(None), ind.c.result_actual_text),
                    else_=null(),
                ).label("text"),
                case(
                    (source == "year_end", picked.c.score_coefficient),
                    else_=ind.c.result_score_coefficient,
                ).label("coefficient"),
            )
            .join(p, p.c.project_id == ind.c.project_id)
            .outerjoin(s, and_(s.c.department_id == p.c.department_id, s.c.project == p.c.name))
            .outerjoin(
                first,
                and_(
                    first.c.department_id == p.c.department_id,
                    first.c.project == p.c.name,
                    first.c.indicator == ind.c.name,
                ),
            )
            .outerjoin(picked, picked.c.id == first.c.id)
            .where(ind.c.fiscal_year == self.year)
            .cte("i")
        )

    def ledger(self, i: CTE, cs: CTE) -> CTE:
        """What each cost line's economic category spent, in the target's money unit."""
        stem = i.c.stem
        matches = or_(cs.c.economic_category == stem, cs.c.economic_category.like("%" + stem))
        factor = case(
            {unit: self.n.const(Decimal(10) ** (4 - exp)) for unit, exp in MONEY_EXPONENTS.items()},
            value=i.c.target_unit,
            else_=null(),
        )
        return (
            select(
                i.c.id,
                (func.coalesce(func.sum(cs.c.spent), self.n.const(0)) * factor).label("spent"),
            )
            .select_from(i)
            .outerjoin(
                cs,
                and_(
                    cs.c.department_id == i.c.department_id,
                    cs.c.project == i.c.project,
                    matches,
                ),
            )
            .where(i.c.source == "ledger")
            .group_by(i.c.id, i.c.target_unit)
            .cte("l")
        )

    def groups(self, i: CTE) -> CTE:
        """Per project and block: scorable indicators without a stated weight, stated sum."""
        return (
            select(
                i.c.project_id,
                i.c.grp,
                func.count(case((i.c.weight.is_(None), 1))).label("unstated"),
                func.coalesce(func.sum(self.n.of(i.c.weight)), self.n.const(0)).label("given"),
            )
            .where(i.c.grp.is_not(None), i.c.target_kind.is_not(None))
            .group_by(i.c.project_id, i.c.grp)
            .cte("g")
        )

    def block_points(self, g: CTE) -> CTE:
        """Each used block's points: its weight, scaled up when other blocks are empty."""
        weights = {group.label: self.n.const(group.weight) for group in self.profile.groups}
        block_weight = case(weights, value=g.c.grp, else_=self.n.const(0))
        active = (
            select(
                g.c.project_id, func.sum(block_weight).label("active"), func.count().label("used")
            )
            .group_by(g.c.project_id)
            .subquery()
        )
        available = sum((group.weight for group in self.profile.groups), Decimal(0))
        scale = case(
            (active.c.used < len(self.profile.groups), self.n.const(available) / active.c.active),
            else_=self.n.const(1),
        )
        return (
            select(
                g.c.project_id,
                g.c.grp,
                g.c.unstated,
                g.c.given,
                (block_weight * scale).label("points"),
            )
            .join(active, active.c.project_id == g.c.project_id)
            .cte("b")
        )

    # -- scores (in stages, so no expression is inlined into another many times) -------------

    def share(self, i: CTE, b: CTE) -> Expr:
        rest = self.n.greatest(b.c.points - b.c.given, self.n.const(0))
        return case(
            (b.c.grp.is_(None), self.n.const(0)),
            (i.c.weight.is_not(None), self.n.of(i.c.weight)),
            else_=rest / b.c.unstated,
        )

    def readings(self, i: CTE, b: CTE, led: CTE) -> CTE:
        """Per indicator: its points, how it is scored (mode), the number and the rule."""
        value = case((i.c.source == "ledger", led.c.spent), else_=self.n.of(i.c.value))
        has_text = func.coalesce(i.c.text, "") != ""
        is_banded = or_(
            i.c.target_kind == "qualitative",
            and_(i.c.level.is_not(None), i.c.value.is_(None), ~has_text),
        )
        same_unit = or_(
            i.c.source == "ledger",
            i.c.unit.is_(None),
            i.c.target_unit.is_(None),
            i.c.unit == i.c.target_unit,
        )
        mode = case(
            (or_(i.c.target_kind.is_(None), i.c.source.is_(None), i.c.grp.is_(None)), "none"),
            (is_banded, case((and_(i.c.level.is_(None), has_text), "unsupported"), else_="band")),
            (or_(i.c.target_kind == "period", value.is_(None), ~same_unit), "unsupported"),
            (i.c.target_value.is_(None), "none"),
            else_="quantity",
        )
        inferred = case((i.c.target_operator.in_(("≤", "<")), "reverse"), else_="positive")
        reverse = func.coalesce(i.c.direction, inferred) == "reverse"
        return (
            select(
                i.c.project_id,
                self.share(i, b).label("points"),
                mode.label("mode"),
                value.label("value"),
                self.n.of(i.c.target_value).label("goal"),
                reverse.label("reverse"),
                func.coalesce(i.c.target_operator, case((reverse, "≤"), else_="≥")).label("op"),
                func.coalesce(i.c.level, AchievementLevel.NOT_ACHIEVED.value).label("level"),
                self.n.of(i.c.coefficient).label("coefficient"),
            )
            .select_from(i)
            .outerjoin(b, and_(b.c.project_id == i.c.project_id, b.c.grp == i.c.grp))
            .outerjoin(led, led.c.id == i.c.id)
            .cte("r")
        )

    def banded(self, r: Any) -> Expr:
        """The share of the points a qualitative result earns (its level's band)."""
        bands = self.profile.qualitative
        low = case({lv.value: self.n.const(b.low) for lv, b in bands.items()}, value=r.c.level)
        high = case({lv.value: self.n.const(b.high) for lv, b in bands.items()}, value=r.c.level)
        default = case(
            {lv.value: self.n.const(b.default) for lv, b in bands.items()}, value=r.c.level
        )
        clamped = self.n.least(self.n.greatest(r.c.coefficient, low), high)
        return case((r.c.coefficient.is_(None), default), else_=clamped)

    def scored(self, r: CTE) -> CTE:
        q = select(r, self._met(r).label("met")).cte("q")
        one, zero = self.n.const(1), self.n.const(0)
        value, goal, reverse = q.c.value, q.c.goal, q.c.reverse
        raw = case(
            (and_(~reverse, goal > zero, value >= zero), value / goal),
            (and_(reverse, goal >= zero, value > zero), goal / value),
            (and_(reverse, goal >= zero, value == zero), one),
            (q.c.met, one),
            else_=zero,
        )
        ratio = select(q, raw.label("raw")).cte("qr")
        capped = case(
            (and_(ratio.c.op == "=", ratio.c.raw > one), one / ratio.c.raw),
            (ratio.c.raw < one, ratio.c.raw),
            else_=one,
        )
        share = case(
            (ratio.c.mode == "band", self.banded(ratio)),
            (ratio.c.mode != "quantity", zero),
            (ratio.c.met, one),
            else_=capped,
        )
        return select(
            ratio.c.project_id,
            (ratio.c.points * share).label("score"),
            case((ratio.c.mode == "unsupported", 1), else_=0).label("unsupported"),
        ).cte("sc")

    def _met(self, r: CTE) -> Expr:
        value, goal = r.c.value, r.c.goal
        return case(
            (r.c.op == "≥", value >= goal),
            (r.c.op == ">", value > goal),
            (r.c.op == "=", value == goal),
            (r.c.op == "<", value < goal),
            else_=value <= goal,
        )

    def statement(self) -> Select[Any]:
        p, s = self.projects(), self.spending()
        i = self.indicators(p, s)
        b = self.block_points(self.groups(i))
        sc = self.scored(self.readings(i, b, self.ledger(i, self.category_spending())))
        per_project = (
            select(
                sc.c.project_id,
                func.sum(sc.c.score).label("score"),
                func.sum(sc.c.unsupported).label("unsupported"),
            )
            .group_by(sc.c.project_id)
            .subquery()
        )
        executed = case((func.coalesce(s.c.records, 0) > 0, s.c.spent), else_=p.c.stated_executed)
        budget_score = case(
            (
                or_(p.c.budget.is_(None), p.c.budget <= self.n.const(0), executed.is_(None)),
                self.n.const(0),
            ),
            else_=self.n.least(executed / p.c.budget, self.n.const(1))
            * self.n.const(self.profile.budget_weight),
        )
        return (
            select(
                p.c.project_id,
                p.c.department_id,
                p.c.name,
                (budget_score + func.coalesce(per_project.c.score, self.n.const(0))).label("total"),
                func.coalesce(per_project.c.unsupported, 0).label("unsupported"),
            )
            .outerjoin(per_project, per_project.c.project_id == p.c.project_id)
            .outerjoin(s, and_(s.c.department_id == p.c.department_id, s.c.project == p.c.name))
            .order_by(p.c.project_id)
        )


def evaluation_statement(
    dialect: str, fiscal_year: int, profile: ScoringProfile, region_code: str | None = None
) -> Select[Any]:
    """The statement scoring every project of the year (of regions whose code starts so)."""
    return _Query(dialect, fiscal_year, profile, region_code).statement()


def evaluate_projects(
    session: Session, fiscal_year: int, profile: ScoringProfile, region_code: str | None = None
) -> list[ProjectScore]:
    """Every project of the department documents of the year, scored set-based."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        # One wide statement over millions of rows: with the default 4 MB per sort or hash, its
        # joins spill to disk in batches. SET LOCAL ends with the caller's transaction.
        session.execute(text(f"SET LOCAL work_mem = '{WORK_MEM}'"))
    rows = session.execute(evaluation_statement(dialect, fiscal_year, profile, region_code))
    return [_score(profile, row) for row in rows]


def _score(profile: ScoringProfile, row: Sequence[Any]) -> ProjectScore:
    project_id, department_id, name, total, unsupported = row
    exact = total if isinstance(total, Decimal) else Decimal(repr(float(total)))
    return ProjectScore(
        project_id=project_id,
        department_id=department_id,
        project=name,
        total=exact,
        rating=profile.rating(present(exact)),
        unsupported=int(unsupported),
    )
