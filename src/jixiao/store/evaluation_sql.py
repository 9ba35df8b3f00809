"""Set-based self-evaluation: every project of a year (and region) scored in one SQL statement.

The same rules as :func:`jixiao.domain.scoring.evaluate_project` (docs/domain.md §6), written as
SQLAlchemy Core expressions that run on PostgreSQL and SQLite: the budget execution score,
each profile block's points split among its scorable indicators (stated weights first, empty
blocks handing their points to the others pro rata), each indicator scored by operator and
direction with CASE, qualitative levels in the profile's bands (with the coefficient clamped
into its band), and totals per project. The rating is read from the presented total in Python.

Numbers: both databases compute in double precision
(:class:`~jixiao.store.sql_terms.FloatNumbers`); the totals agree with the exact ones of the
Python rules to far better than the 0.01 a score sheet shows.

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

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    and_,
    case,
    func,
    null,
    or_,
    select,
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
    BUILT_STATEMENTS,
    ByRepr,
    FloatNumbers,
    Shard,
    cost_category_pairs,
    department_projects,
    in_shard,
    pairs_table,
    region_departments,
    text_given,
    tune,
)
from jixiao.store.tables import (
    IndicatorRow,
    SpendingRecordRow,
    YearEndActualRow,
    table_of,
)

Expr = ColumnElement[Any]
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
        self.num = FloatNumbers()
        self.year, self.profile, self.region, self.shard = year, profile, region, shard
        self.pairs = pairs

    # -- inputs ---------------------------------------------------------------------------

    def _documents(self) -> Select[Any]:
        """The projects with their budget and the year-end execution the document states."""

        def year_end(project: Any, _total: Any) -> Expr:
            month = project.execution_as_of_month
            return or_(month.is_(None), month == 12)

        return department_projects(self.year, self.region, self.num.of, year_end, self.shard)

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
                func.sum(self.num.of(spending.c.amount)).label("spent"),
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

    def projects(self, category_spending: CTE) -> CTE:
        """One row per project: budget, stated execution, and its ledger's totals."""
        d = self._documents().subquery("d")
        categorised = case(
            (text_given(category_spending.c.economic_category), category_spending.c.records),
            else_=0,
        )
        s = (
            select(
                category_spending.c.project_id,
                func.sum(category_spending.c.spent).label("spent"),
                func.sum(category_spending.c.records).label("records"),
                func.sum(categorised).label("categorised"),
            )
            .group_by(category_spending.c.project_id)
            .subquery("s")
        )
        return (
            select(d, s.c.spent, s.c.records, s.c.categorised)
            .outerjoin(s, s.c.project_id == d.c.project_id)
            .cte("p")
        )

    # -- actuals, keyed by project id (names are matched once per project, not per indicator) --

    def ledger(self, category_spending: CTE) -> Subquery | None:
        """What each project spent per cost stem (万元): the spending of every category the
        stem counts (``公务接待费`` and ``接待费`` for 接待费), keyed by project id and stem so
        each cost line finds its figure by one equal-key look-up. None when no category of the
        year counts for any cost line."""
        pairs = pairs_table(self.pairs)
        if pairs is None:
            return None
        rows = select(category_spending.c.project_id, pairs.c.stem, category_spending.c.spent).join(
            pairs, pairs.c.category == category_spending.c.economic_category
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

    def year_end_actuals(self, documents: Subquery) -> Subquery:
        """The year's year-end actuals of project indicators, keyed by project id and indicator
        name: the (department, project name) look-up is made once per actual, against the few
        projects, so the pass over the indicators joins on the project id."""
        ye = table_of(YearEndActualRow)
        has_value = or_(ye.c.value.is_not(None), ye.c.level.is_not(None), text_given(ye.c.text))
        return (
            select(
                documents.c.project_id,
                ye.c.indicator,
                has_value.label("has_value"),
                ye.c.value,
                ye.c.unit,
                ye.c.level,
                ye.c.text,
                ye.c.score_coefficient,
            )
            .join(
                documents,
                and_(
                    documents.c.department_id == ye.c.department_id,
                    documents.c.name == ye.c.project,
                ),
            )
            .where(ye.c.fiscal_year == self.year, ye.c.goal.is_(None))
            .subquery("ye")
        )

    def _scored(self, ind: Any, documents: Subquery) -> Expr:
        """The indicators to score: the project indicators of the year (of the shard's
        documents), by a test of each row, not a look-up: the projects of other documents
        (project forms) are scored too, and dropped where the scores meet the projects
        (``statement``). A region, a small part of the year, is looked up in ``d``."""
        project_id: Expr = ind.c.project_id
        scored = and_(project_id.is_not(None), in_shard(ind.c.document_id, self.shard))
        if self.region is None:
            return scored
        return and_(scored, project_id.in_(select(documents.c.project_id)))

    # -- per indicator: one pass, in stages (each stage's columns computed once) -------------

    def sourced(self, category_spending: CTE) -> Subquery:
        """Each indicator with its block and the reading it is scored on (year-end actual,
        the document's own result, or the ledger of its economic category)."""
        # The projects, as a subquery of the tables (not the CTE ``p``): the planner knows
        # their statistics (a CTE's it does not), so it hashes the few projects when it
        # matches the actuals' names to them.
        d = self._documents().subquery("d")
        ind, picked = table_of(IndicatorRow), self.year_end_actuals(d)
        led = self.ledger(category_spending)
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
            {
                unit: self.num.const(Decimal(10) ** (4 - exp))
                for unit, exp in MONEY_EXPONENTS.items()
            },
            value=ind.c.target_unit,
            else_=null(),
        )
        spent = self.num.const(0) if led is None else func.coalesce(led.c.spent, self.num.const(0))
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

    def readings(self, indicators: Subquery) -> Subquery:
        """Per indicator: how it is scored (mode), the number, the goal and the rule."""
        value = case(
            (indicators.c.source == "ledger", indicators.c.ledger),
            else_=self.num.of(indicators.c.value),
        )
        has_text = text_given(indicators.c.text)
        is_banded = or_(
            indicators.c.target_kind == "qualitative",
            and_(indicators.c.level.is_not(None), indicators.c.value.is_(None), ~has_text),
        )
        same_unit = or_(
            indicators.c.source == "ledger",
            indicators.c.unit.is_(None),
            indicators.c.target_unit.is_(None),
            indicators.c.unit == indicators.c.target_unit,
        )
        mode = case(
            (
                or_(
                    indicators.c.target_kind.is_(None),
                    indicators.c.source.is_(None),
                    indicators.c.grp.is_(None),
                ),
                "none",
            ),
            (
                is_banded,
                case((and_(indicators.c.level.is_(None), has_text), "unsupported"), else_="band"),
            ),
            (or_(indicators.c.target_kind == "period", value.is_(None), ~same_unit), "unsupported"),
            (indicators.c.target_value.is_(None), "none"),
            else_="quantity",
        )
        inferred = case((indicators.c.target_operator.in_(("≤", "<")), "reverse"), else_="positive")
        reverse = func.coalesce(indicators.c.direction, inferred) == "reverse"
        op = func.coalesce(indicators.c.target_operator, case((reverse, "≤"), else_="≥"))
        return (
            select(
                indicators.c.project_id,
                indicators.c.position,
                indicators.c.grp,
                indicators.c.target_kind,
                self.num.of(indicators.c.weight).label("weight"),
                case(_MODES, value=mode).label("mode"),
                value.label("value"),
                self.num.of(indicators.c.target_value).label("goal"),
                reverse.label("reverse"),
                case(_OPS, value=op, else_=_OPS["≤"]).label("op"),
                func.coalesce(indicators.c.level, AchievementLevel.NOT_ACHIEVED.value).label(
                    "level"
                ),
                self.num.of(indicators.c.coefficient).label("coefficient"),
                (indicators.c.source == "ledger").label("from_ledger"),
            )
            .offset(0)
            .subquery("r")
        )

    def banded(self, readings: Any) -> Expr:
        """The share of the points a qualitative result earns (its level's band)."""
        bands = self.profile.qualitative
        low = case(
            {lv.value: self.num.const(b.low) for lv, b in bands.items()}, value=readings.c.level
        )
        high = case(
            {lv.value: self.num.const(b.high) for lv, b in bands.items()},
            value=readings.c.level,
        )
        default = case(
            {lv.value: self.num.const(b.default) for lv, b in bands.items()},
            value=readings.c.level,
        )
        clamped = self.num.least(self.num.greatest(readings.c.coefficient, low), high)
        return case((readings.c.coefficient.is_(None), default), else_=clamped)

    def fractions(self, readings: Subquery) -> Subquery:
        """Per indicator: the fraction of its points it earns (0 to 1)."""
        one, zero = self.num.const(1), self.num.const(0)
        value, goal, reverse = readings.c.value, readings.c.goal, readings.c.reverse
        # Only read where the target is missed (``met`` comes first below).
        raw = case(
            (and_(~reverse, goal > zero, value >= zero), value / goal),
            (and_(reverse, goal >= zero, value > zero), goal / value),
            (and_(reverse, goal >= zero, value == zero), one),
            else_=zero,
        )
        capped = case(
            (and_(readings.c.op == _OPS["="], raw > one), one / raw),
            (raw < one, raw),
            else_=one,
        )
        fraction = case(
            (readings.c.mode == _MODES["band"], self.banded(readings)),
            (readings.c.mode != _MODES["quantity"], zero),
            (self._met(readings), one),
            else_=capped,
        )
        return select(
            readings.c.project_id,
            readings.c.position,
            readings.c.grp,
            readings.c.target_kind,
            readings.c.weight,
            fraction.label("fraction"),
            case((readings.c.mode == _MODES["unsupported"], 1), else_=0).label("unsupported"),
            readings.c.from_ledger,
        ).subquery("f")

    def _met(self, readings: Subquery) -> Expr:
        value, goal = readings.c.value, readings.c.goal
        return case(
            (readings.c.op == _OPS["≥"], value >= goal),
            (readings.c.op == _OPS[">"], value > goal),
            (readings.c.op == _OPS["="], value == goal),
            (readings.c.op == _OPS["<"], value < goal),
            else_=value <= goal,
        )

    # -- per block and project ---------------------------------------------------------------

    def blocks(self, fractions: Subquery) -> CTE:
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
        zero = self.num.const(0)
        scorable = and_(fractions.c.grp.is_not(None), fractions.c.target_kind.is_not(None))
        stated = and_(scorable, fractions.c.weight.is_not(None))
        unstated = and_(scorable, fractions.c.weight.is_(None))

        def total(label: str, when: Expr, value: Expr) -> Expr:
            return func.coalesce(func.sum(case((when, value))), zero).label(label)

        ledger, other = fractions.c.from_ledger, ~fractions.c.from_ledger
        earned = fractions.c.weight * fractions.c.fraction
        return (
            select(
                fractions.c.project_id,
                fractions.c.grp,
                func.count(case((scorable, 1))).label("scorable"),
                func.count(case((unstated, 1))).label("unstated"),
                total("given", scorable, fractions.c.weight),
                total("stated_score", and_(stated, other), earned),
                total("stated_ledger", and_(stated, ledger), earned),
                total("unstated_fractions", and_(unstated, other), fractions.c.fraction),
                total("unstated_ledger", and_(unstated, ledger), fractions.c.fraction),
                func.sum(fractions.c.unsupported).label("unsupported"),
                func.count().label("rows"),
                func.max(fractions.c.position).label("last"),
            )
            .group_by(fractions.c.project_id, fractions.c.grp)
            .cte("g")
        )

    def block_scores(self, blocks: CTE) -> Subquery:
        """Each block's score: its points (its weight, scaled up when other blocks are empty)
        shared as above; in two parts, the ledger's part to count only where the project's
        ledger has categories (``statement``). The project's scorable blocks are counted by
        window functions over its rows, in the same pass."""
        weights = {group.label: self.num.const(group.weight) for group in self.profile.groups}
        block_weight = case(weights, value=blocks.c.grp, else_=self.num.const(0))
        in_block = and_(blocks.c.grp.is_not(None), blocks.c.scorable > 0)
        project = blocks.c.project_id
        # NULL, not 0, for a project without a scorable block: nothing is divided by it then.
        active = func.sum(case((in_block, block_weight))).over(partition_by=project)
        used = func.count(case((in_block, 1))).over(partition_by=project)
        available = sum((group.weight for group in self.profile.groups), Decimal(0))
        scale = case(
            (used < len(self.profile.groups), self.num.const(available) / active),
            else_=self.num.const(1),
        )
        rest = self.num.greatest(block_weight * scale - blocks.c.given, self.num.const(0))
        share = case((blocks.c.unstated > 0, rest / blocks.c.unstated), else_=self.num.const(0))

        def score(stated: Expr, fractions: Expr) -> Expr:
            return case((in_block, stated + share * fractions), else_=self.num.const(0))

        return select(
            project,
            score(blocks.c.stated_score, blocks.c.unstated_fractions).label("score"),
            score(blocks.c.stated_ledger, blocks.c.unstated_ledger).label("ledger_score"),
            blocks.c.unsupported,
            blocks.c.rows,
            blocks.c.last,
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
                or_(p.c.budget.is_(None), p.c.budget <= self.num.const(0), executed.is_(None)),
                self.num.const(0),
            ),
            else_=self.num.least(executed / p.c.budget, self.num.const(1))
            * self.num.const(self.profile.budget_weight),
        )
        zero = self.num.const(0)
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
    no spending. Built once per shape and kept (:func:`_built`)."""
    return _built(fiscal_year, ByRepr.of(profile), region_code, shard, tuple(pairs))


@functools.lru_cache(maxsize=BUILT_STATEMENTS)
def _built(
    fiscal_year: int,
    profile: ByRepr[ScoringProfile],
    region_code: str | None,
    shard: Shard | None,
    pairs: tuple[tuple[str, str], ...],
) -> Select[Any]:
    # Building the statement's expressions takes as long as SQLite runs it on a small region
    # (about 15 ms); statements are immutable, so a built one serves every later call.
    return _Query(fiscal_year, profile.value, region_code, shard, pairs).statement()


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
    tune(session, hash_joins=True, sharded=shard is not None)
    statement = evaluation_statement(fiscal_year, profile, region_code, shard, pairs)
    return [_score(profile, row) for row in session.execute(statement)]


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
