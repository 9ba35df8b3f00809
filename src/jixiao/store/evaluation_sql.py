"""Set-based self-evaluation: every project of a year (and region) scored in one SQL statement.

The same rules as :func:`jixiao.domain.scoring.evaluate_project` (DOMAIN.md §6), written as
SQLAlchemy Core expressions that run on PostgreSQL and SQLite: the budget execution score,
each profile block's points split among its scorable indicators (stated weights first, empty
blocks handing their points to the others pro rata), each indicator scored by operator and
direction with CASE, qualitative levels in the profile's bands (with the coefficient clamped
into its band), and totals per project. The rating is read from the presented total in Python.

Numbers: both databases compute in double precision (see ``_Numbers``); the totals agree with
the exact ones of the Python rules to far better than the 0.01 a score sheet shows.

Where a reading needs the Python rules' text parsing, SQL does not guess: the indicator is
counted in ``unsupported`` (and scored 0), so a caller can fall back to the per-project code
for those projects. Those cases are:

* a qualitative target with only a written result (优秀, 按时完成) and no level;
* a quantitative target with only a written result, or a period (deadline) target;
* a reading in a different unit from its target (元 against 万元: convert on entry);
* an indicator with more than one year-end actual (the Python rules take the first one
  recorded): the project's total then counts it more than once, so a project with any
  ``unsupported`` indicator must be scored by the per-project code.

Names are matched as stored: actuals must name the project and indicator exactly as the
document does (the Python code also ignores layout spaces inside names). Which indicators are
cost lines, and which economic categories each one reads, the domain decides (the stored
``cost_stem`` and the year's pairs, :mod:`jixiao.store.sql_terms`), as the Python rules do.

On PostgreSQL the statement runs on one core; the application
(:func:`jixiao.app.region.evaluate_projects_in_parallel`) scores shards of the year's documents
at once, one session each, with ``shard``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Float,
    and_,
    case,
    cast,
    func,
    literal,
    null,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.sql.selectable import CTE, Subquery

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import AchievementLevel
from jixiao.domain.money import MONEY_EXPONENTS
from jixiao.domain.scoring.profile import ScoringProfile
from jixiao.domain.scoring.sheet import present
from jixiao.store.sql_terms import (
    Shard,
    cost_category_pairs,
    department_projects,
    in_shard,
    pairs_table,
    region_departments,
    text_given,
)
from jixiao.store.tables import (
    IndicatorRow,
    SpendingRecordRow,
    YearEndActualRow,
    table_of,
)

Expr = ColumnElement[Any]
WORK_MEM = "256MB"
# An indicator's operator and scoring mode travel between the stages as small integers: each
# is tested several times per indicator, and comparing integers is cheaper than comparing text.
_OPS = {"≥": 1, ">": 2, "=": 3, "<": 4, "≤": 5}
_MODES = {"none": 0, "band": 1, "quantity": 2, "unsupported": 3}


@dataclass(frozen=True)
class ProjectScore:
    project_id: int
    department_id: int
    project: str
    total: Decimal
    rating: str
    unsupported: int  # indicators SQL could not score (see the module docstring)


class _Numbers:
    """Arithmetic in double precision on both databases.

    Amounts are exact in the tables (NUMERIC on PostgreSQL, decimal text on SQLite); a score is
    a sum of a few dozen products of ratios, where double precision is exact to far better than
    the 0.01 a score sheet shows, and on PostgreSQL about a fifth cheaper than NUMERIC over
    millions of rows (measured: 1.80 against 1.44 CPU seconds for 5,000 projects).
    """

    def of(self, column: Any) -> Expr:
        # SQLite keeps ExactDecimal as text: CAST to REAL (a CAST to NUMERIC could give an
        # INTEGER, and integer division truncates); PostgreSQL casts NUMERIC to float8.
        return cast(column, Float)

    def const(self, value: Decimal | int) -> Expr:
        return literal(float(value), Float)

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


class _Query:
    """Builds the statement for one year and profile, optionally one region (code prefix) and
    one shard of the documents, with the year's (category, stem) pairs."""

    def __init__(
        self,
        year: int,
        profile: ScoringProfile,
        region: str | None,
        shard: Shard | None,
        pairs: Sequence[tuple[str, str]],
    ):
        self.n = _Numbers()
        self.year, self.profile, self.region, self.shard = year, profile, region, shard
        self.pairs = pairs

    # -- inputs ---------------------------------------------------------------------------

    def _documents(self) -> Select[Any]:
        """The projects with their budget and the year-end execution the document states."""

        def year_end(project: Any, _total: Any) -> Expr:
            month = project.execution_as_of_month
            return or_(month.is_(None), month == 12)

        return department_projects(self.year, self.region, self.n.of, year_end, self.shard)

    def category_spending(self) -> CTE:
        """The year's spending per project (by id) and economic category (NULL for records
        without one), with the number of records: one scan of the ledger serves both the
        project totals and the cost lines, and its names meet the projects' once, here."""
        spending = table_of(SpendingRecordRow)
        d = self._documents().subquery("d")
        return (
            select(
                d.c.project_id,
                spending.c.economic_category,
                func.sum(self.n.of(spending.c.amount)).label("spent"),
                func.count().label("records"),
            )
            .join(
                d,
                and_(d.c.department_id == spending.c.department_id, d.c.name == spending.c.project),
            )
            .where(
                spending.c.fiscal_year == self.year,
                spending.c.goal.is_(None),
                spending.c.date.between(date(self.year, 1, 1), date(self.year, 12, 31)),
                self._in_region(spending.c.department_id),
            )
            .group_by(d.c.project_id, spending.c.economic_category)
            .cte("cs")
        )

    def projects(self, cs: CTE) -> CTE:
        """One row per project: budget, stated execution, and its ledger's totals."""
        d = self._documents().subquery("d")
        categorised = case((text_given(cs.c.economic_category), cs.c.records), else_=0)
        s = (
            select(
                cs.c.project_id,
                func.sum(cs.c.spent).label("spent"),
                func.sum(cs.c.records).label("records"),
                func.sum(categorised).label("categorised"),
            )
            .group_by(cs.c.project_id)
            .subquery("s")
        )
        return (
            select(d, s.c.spent, s.c.records, s.c.categorised)
            .outerjoin(s, s.c.project_id == d.c.project_id)
            .cte("p")
        )

    # -- actuals, keyed by project id (names are matched once per project, not per indicator) --

    def ledger(self, cs: CTE) -> Subquery | None:
        """What each project spent per cost stem (万元): the spending of every category the
        stem counts (``公务接待费`` and ``接待费`` for 接待费), keyed by project id and stem so
        each cost line finds its figure by one equal-key look-up. None when no category of the
        year counts for any cost line."""
        pairs = pairs_table(self.pairs)
        if pairs is None:
            return None
        rows = select(cs.c.project_id, pairs.c.stem, cs.c.spent).join(
            pairs, pairs.c.category == cs.c.economic_category
        )
        categories, stems = ({pair[k] for pair in self.pairs} for k in (0, 1))
        if len(categories) == len(stems) == len(self.pairs):
            # Each category counts for one stem and each stem has one category: the rows are
            # one per project and stem already.
            return rows.subquery("l")
        counted = rows.subquery("counted")
        return (
            select(counted.c.project_id, counted.c.stem, func.sum(counted.c.spent).label("spent"))
            .group_by(counted.c.project_id, counted.c.stem)
            .subquery("l")
        )

    def _in_region(self, department_id: Expr) -> Expr:
        if self.region is None:
            return true()
        return department_id.in_(region_departments(self.region))

    def year_end_actuals(self, d: Subquery) -> Subquery:
        """The year's year-end actuals of project indicators, keyed by project id and indicator
        name: the (department, project name) look-up is made once per actual, against the few
        projects, so the pass over the indicators joins on the project id."""
        ye = table_of(YearEndActualRow)
        has_value = or_(ye.c.value.is_not(None), ye.c.level.is_not(None), text_given(ye.c.text))
        return (
            select(
                d.c.project_id,
                ye.c.indicator,
                has_value.label("has_value"),
                ye.c.value,
                ye.c.unit,
                ye.c.level,
                ye.c.text,
                ye.c.score_coefficient,
            )
            .join(d, and_(d.c.department_id == ye.c.department_id, d.c.name == ye.c.project))
            .where(ye.c.fiscal_year == self.year, ye.c.goal.is_(None))
            .subquery("ye")
        )

    def _scored(self, ind: Any, d: Subquery) -> Expr:
        """The indicators to score: the project indicators of the year (of the shard's
        documents), by a test of each row, not a look-up: the projects of other documents
        (project forms) are scored too, and dropped where the scores meet the projects
        (``statement``). A region, a small part of the year, is looked up in ``d``."""
        project_id: Expr = ind.c.project_id
        scored = and_(project_id.is_not(None), in_shard(ind.c.document_id, self.shard))
        if self.region is None:
            return scored
        return and_(scored, project_id.in_(select(d.c.project_id)))

    # -- per indicator: one pass, in stages (each stage's columns computed once) -------------

    def sourced(self, cs: CTE) -> Subquery:
        """Each indicator with its block and the reading it is scored on (year-end actual,
        the document's own result, or the ledger of its economic category)."""
        # The projects, as a subquery of the tables (not the CTE ``p``): the planner knows
        # their statistics (a CTE's it does not), so it hashes the few projects when it
        # matches the actuals' names to them.
        d = self._documents().subquery("d")
        ind, picked = table_of(IndicatorRow), self.year_end_actuals(d)
        led = self.ledger(cs)
        from_doc = and_(
            ind.c.has_result,
            or_(ind.c.result_as_of_month.is_(None), ind.c.result_as_of_month == 12),
            or_(
                ind.c.result_actual.is_not(None),
                ind.c.result_level.is_not(None),
                text_given(ind.c.result_actual_text),
            ),
        )
        # An indicator without a year-end actual has none (NULL) here: the reading is not one.
        year_end = picked.c.has_value.is_(True)
        # A cost line without a reading is scored on the ledger if its project's ledger names
        # categories at all; that is known per project, so it is applied per project
        # (``blocks`` keeps the ledger's part apart, ``statement`` adds it where it counts).
        source = case(
            (year_end, "year_end"),
            (from_doc, "document"),
            (ind.c.cost_stem.is_not(None), "ledger"),
            else_=null(),
        )
        factor = case(
            {unit: self.n.const(Decimal(10) ** (4 - exp)) for unit, exp in MONEY_EXPONENTS.items()},
            value=ind.c.target_unit,
            else_=null(),
        )
        spent = self.n.const(0) if led is None else func.coalesce(led.c.spent, self.n.const(0))
        query = (
            select(
                ind.c.project_id,
                ind.c.position,
                ind.c.weight,
                ind.c.direction,
                ind.c.target_kind,
                ind.c.target_operator,
                ind.c.target_value,
                ind.c.target_unit,
                _group(_category(ind.c), self.profile).label("grp"),
                source.label("source"),
                (spent * factor).label("ledger"),
                case((year_end, picked.c.value), else_=ind.c.result_actual).label("value"),
                case((year_end, picked.c.unit), else_=ind.c.result_actual_unit).label("unit"),
                case((year_end, picked.c.level), else_=ind.c.result_level).label("level"),
                case(
                    (year_end, picked.c.text),
                    (ind.c.result_actual.is_(None), ind.c.result_actual_text),
                    else_=null(),
                ).label("text"),
                case(
                    (year_end, picked.c.score_coefficient),
                    else_=ind.c.result_score_coefficient,
                ).label("coefficient"),
            )
            # Every year-end actual of the indicator: more than one (the Python rules take the
            # first) shows as more rows than the project has indicators (see ``blocks``).
            .outerjoin(
                picked,
                and_(picked.c.project_id == ind.c.project_id, picked.c.indicator == ind.c.name),
            )
            .where(ind.c.fiscal_year == self.year, self._scored(ind, d))
        )
        if led is not None:
            query = query.outerjoin(
                led, and_(led.c.project_id == ind.c.project_id, led.c.stem == ind.c.cost_stem)
            )
        # A fence: later stages read these columns instead of inlining their expressions.
        return query.offset(0).subquery("i")

    def readings(self, i: Subquery) -> Subquery:
        """Per indicator: how it is scored (mode), the number, the goal and the rule."""
        value = case((i.c.source == "ledger", i.c.ledger), else_=self.n.of(i.c.value))
        has_text = text_given(i.c.text)
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
        op = func.coalesce(i.c.target_operator, case((reverse, "≤"), else_="≥"))
        return (
            select(
                i.c.project_id,
                i.c.position,
                i.c.grp,
                i.c.target_kind,
                self.n.of(i.c.weight).label("weight"),
                case(_MODES, value=mode).label("mode"),
                value.label("value"),
                self.n.of(i.c.target_value).label("goal"),
                reverse.label("reverse"),
                case(_OPS, value=op, else_=_OPS["≤"]).label("op"),
                func.coalesce(i.c.level, AchievementLevel.NOT_ACHIEVED.value).label("level"),
                self.n.of(i.c.coefficient).label("coefficient"),
                (i.c.source == "ledger").label("from_ledger"),
            )
            .offset(0)
            .subquery("r")
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

    def fractions(self, r: Subquery) -> Subquery:
        """Per indicator: the fraction of its points it earns (0 to 1)."""
        one, zero = self.n.const(1), self.n.const(0)
        value, goal, reverse = r.c.value, r.c.goal, r.c.reverse
        # Only read where the target is missed (``met`` comes first below).
        raw = case(
            (and_(~reverse, goal > zero, value >= zero), value / goal),
            (and_(reverse, goal >= zero, value > zero), goal / value),
            (and_(reverse, goal >= zero, value == zero), one),
            else_=zero,
        )
        capped = case(
            (and_(r.c.op == _OPS["="], raw > one), one / raw),
            (raw < one, raw),
            else_=one,
        )
        fraction = case(
            (r.c.mode == _MODES["band"], self.banded(r)),
            (r.c.mode != _MODES["quantity"], zero),
            (self._met(r), one),
            else_=capped,
        )
        return select(
            r.c.project_id,
            r.c.position,
            r.c.grp,
            r.c.target_kind,
            r.c.weight,
            fraction.label("fraction"),
            case((r.c.mode == _MODES["unsupported"], 1), else_=0).label("unsupported"),
            r.c.from_ledger,
        ).subquery("f")

    def _met(self, r: Subquery) -> Expr:
        value, goal = r.c.value, r.c.goal
        return case(
            (r.c.op == _OPS["≥"], value >= goal),
            (r.c.op == _OPS[">"], value > goal),
            (r.c.op == _OPS["="], value == goal),
            (r.c.op == _OPS["<"], value < goal),
            else_=value <= goal,
        )

    # -- per block and project ---------------------------------------------------------------

    def blocks(self, f: Subquery) -> CTE:
        """Per project and block: the scorable indicators, those without a stated weight, the
        stated weights, what the stated ones earned and the fractions the others earned; and
        the rows and the last position seen, which tell duplicated year-end actuals.

        An indicator without a stated weight gets an equal part of what the stated weights
        leave of the block's points, so the block earns ``stated + rest / n × Σ fractions``:
        the block's points are needed only here, after the one pass over the indicators.
        Both sums are kept apart for the cost lines scored on the ledger, which count only
        where the project's ledger names categories (known per project, in ``statement``);
        elsewhere they have no reading and earn nothing, as the sums are linear.
        """
        zero = self.n.const(0)
        scorable = and_(f.c.grp.is_not(None), f.c.target_kind.is_not(None))
        stated = and_(scorable, f.c.weight.is_not(None))
        unstated = and_(scorable, f.c.weight.is_(None))

        def total(label: str, when: Expr, value: Expr) -> Expr:
            return func.coalesce(func.sum(case((when, value))), zero).label(label)

        ledger, other = f.c.from_ledger, ~f.c.from_ledger
        earned = f.c.weight * f.c.fraction
        return (
            select(
                f.c.project_id,
                f.c.grp,
                func.count(case((scorable, 1))).label("scorable"),
                func.count(case((unstated, 1))).label("unstated"),
                total("given", scorable, f.c.weight),
                total("stated_score", and_(stated, other), earned),
                total("stated_ledger", and_(stated, ledger), earned),
                total("unstated_fractions", and_(unstated, other), f.c.fraction),
                total("unstated_ledger", and_(unstated, ledger), f.c.fraction),
                func.sum(f.c.unsupported).label("unsupported"),
                func.count().label("rows"),
                func.max(f.c.position).label("last"),
            )
            .group_by(f.c.project_id, f.c.grp)
            .cte("g")
        )

    def block_scores(self, g: CTE) -> Subquery:
        """Each block's score: its points (its weight, scaled up when other blocks are empty)
        shared as above; in two parts, the ledger's part to count only where the project's
        ledger has categories (``statement``). The project's scorable blocks are counted by
        window functions over its rows, in the same pass."""
        weights = {group.label: self.n.const(group.weight) for group in self.profile.groups}
        block_weight = case(weights, value=g.c.grp, else_=self.n.const(0))
        in_block = and_(g.c.grp.is_not(None), g.c.scorable > 0)
        project = g.c.project_id
        # NULL, not 0, for a project without a scorable block: nothing is divided by it then.
        active = func.sum(case((in_block, block_weight))).over(partition_by=project)
        used = func.count(case((in_block, 1))).over(partition_by=project)
        available = sum((group.weight for group in self.profile.groups), Decimal(0))
        scale = case(
            (used < len(self.profile.groups), self.n.const(available) / active),
            else_=self.n.const(1),
        )
        rest = self.n.greatest(block_weight * scale - g.c.given, self.n.const(0))
        share = case((g.c.unstated > 0, rest / g.c.unstated), else_=self.n.const(0))

        def score(stated: Expr, fractions: Expr) -> Expr:
            return case((in_block, stated + share * fractions), else_=self.n.const(0))

        return select(
            project,
            score(g.c.stated_score, g.c.unstated_fractions).label("score"),
            score(g.c.stated_ledger, g.c.unstated_ledger).label("ledger_score"),
            g.c.unsupported,
            g.c.rows,
            g.c.last,
        ).subquery("b")

    def statement(self) -> Select[Any]:
        cs = self.category_spending()
        p = self.projects(cs)
        f = self.fractions(self.readings(self.sourced(cs)))
        b = self.block_scores(self.blocks(f))
        # Positions run 0..n-1 in a project: more rows than that are indicators joined to
        # more than one year-end actual, which SQL does not pick among (unsupported).
        duplicated = func.sum(b.c.rows) - func.max(b.c.last) - 1
        per_project = (
            select(
                b.c.project_id,
                func.sum(b.c.score).label("score"),
                func.sum(b.c.ledger_score).label("ledger_score"),
                (func.sum(b.c.unsupported) + duplicated).label("unsupported"),
            )
            .group_by(b.c.project_id)
            .subquery()
        )
        executed = case((func.coalesce(p.c.records, 0) > 0, p.c.spent), else_=p.c.stated_executed)
        budget_score = case(
            (
                or_(p.c.budget.is_(None), p.c.budget <= self.n.const(0), executed.is_(None)),
                self.n.const(0),
            ),
            else_=self.n.least(executed / p.c.budget, self.n.const(1))
            * self.n.const(self.profile.budget_weight),
        )
        zero = self.n.const(0)
        # A cost line reads the ledger only where the project's ledger names categories.
        categorised = func.coalesce(p.c.categorised, 0) > 0
        ledger = case((categorised, func.coalesce(per_project.c.ledger_score, zero)), else_=zero)
        indicators = func.coalesce(per_project.c.score, zero) + ledger
        return (
            select(
                p.c.project_id,
                p.c.department_id,
                p.c.name,
                (budget_score + indicators).label("total"),
                func.coalesce(per_project.c.unsupported, 0).label("unsupported"),
            )
            .outerjoin(per_project, per_project.c.project_id == p.c.project_id)
            .order_by(p.c.project_id)
        )


def evaluation_statement(
    fiscal_year: int,
    profile: ScoringProfile,
    region_code: str | None = None,
    shard: Shard | None = None,
    pairs: Sequence[tuple[str, str]] = (),
) -> Select[Any]:
    """The statement scoring every project of the year (of regions whose code starts so; of
    one shard of the documents); ``pairs`` are the year's (economic category, cost stem)
    pairs (:func:`~jixiao.store.sql_terms.cost_category_pairs`), without which cost lines read
    no spending."""
    return _Query(fiscal_year, profile, region_code, shard, pairs).statement()


def evaluate_projects(
    session: Session,
    fiscal_year: int,
    profile: ScoringProfile,
    region_code: str | None = None,
    shard: Shard | None = None,
    pairs: Sequence[tuple[str, str]] | None = None,
) -> list[ProjectScore]:
    """Every project of the department documents of the year, scored set-based (``pairs``:
    the year's category and stem pairs when the caller has them already)."""
    if pairs is None:
        pairs = cost_category_pairs(session, fiscal_year)
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        _tune(session, sharded=shard is not None)
    statement = evaluation_statement(fiscal_year, profile, region_code, shard, pairs)
    return [_score(profile, row) for row in session.execute(statement)]


def _tune(session: Session, sharded: bool = False) -> None:
    """Settings for this statement, for the caller's transaction only (SET LOCAL)."""
    # One wide statement over millions of rows: with the default 4 MB per sort or hash, its
    # joins spill to disk in batches.
    session.execute(text(f"SET LOCAL work_mem = '{WORK_MEM}'"))
    # The statement's cost estimate is large enough to trigger JIT compilation with inlining
    # and optimisation, which takes longer than running it (measured: 27 s compiling for a
    # 3 s run at 5,000 projects). Plain interpretation it is.
    session.execute(text("SET LOCAL jit = off"))
    # Actuals name their project (department and name), so the statement joins on two columns
    # at once, which the planner estimates as independent: it expects ~100 rows where there
    # are millions, then picks nested loops and merge joins that sort Chinese names under the
    # locale's collation. Every join here is an equi-join of a big input: hash joins are
    # right, and this says so.
    session.execute(text("SET LOCAL enable_nestloop = off"))
    session.execute(text("SET LOCAL enable_mergejoin = off"))
    if sharded:
        # The shards already keep the cores busy, one each: parallel workers under a shard's
        # statement would only contend with the other shards for them.
        session.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))


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
