"""Domain terms spelled in SQL, shared by the set-based modules (``evaluation_sql``,
``monitoring_sql``): which economic categories a cost line reads (the domain decides which
indicators are cost lines and their stems as it writes them, :mod:`jixiao.domain.achievement`),
the projects of a year's department documents with the budget they are measured against; the
two kinds of numbers they compute in (:class:`FloatNumbers` for the evaluation's scores,
:class:`ExactNumbers` for the monitoring's amounts and rates) and their session settings
(:func:`tune`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy import (
    Float,
    Numeric,
    Select,
    Text,
    and_,
    bindparam,
    case,
    cast,
    column,
    func,
    literal,
    null,
    select,
    text,
    true,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.selectable import CTE

from jixiao.domain.achievement import category_matches
from jixiao.domain.model import DocumentKind, FundingSource
from jixiao.store.tables import (
    DepartmentRow,
    DocumentRow,
    FundingExecutionRow,
    IndicatorRow,
    ProjectRow,
    RegionRow,
    SpendingRecordRow,
    table_of,
)

Expr = ColumnElement[Any]
T = TypeVar("T")
WORK_MEM = "256MB"  # per sort or hash of a set-based statement (PostgreSQL)


class Numbers(Protocol):
    """How a set-based statement computes: columns and constants in one numeric type."""

    def of(self, column: Any) -> Expr: ...
    def const(self, value: Decimal | int) -> Expr: ...
    def least(self, first: Expr, second: Expr) -> Expr: ...
    def greatest(self, first: Expr, second: Expr) -> Expr: ...


class FloatNumbers:
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

    def least(self, first: Expr, second: Expr) -> Expr:
        return case((first < second, first), else_=second)

    def greatest(self, first: Expr, second: Expr) -> Expr:
        return case((first > second, first), else_=second)


class ExactNumbers:
    """Arithmetic that is exact on PostgreSQL (NUMERIC) and double precision on SQLite (which
    has no exact type to compute in): the monitoring's rates and amounts, shown as they are."""

    def __init__(self, dialect: str) -> None:
        self.sqlite = dialect == "sqlite"

    def of(self, column: Any) -> Expr:
        # SQLite keeps ExactDecimal as text: CAST to REAL (a CAST to NUMERIC could give an
        # INTEGER, and integer division truncates).
        return cast(column, Float) if self.sqlite else cast(column, Numeric)

    def const(self, value: Decimal | int) -> Expr:
        if self.sqlite:
            return literal(float(value), Float)
        return literal(Decimal(value), Numeric)

    def least(self, first: Expr, second: Expr) -> Expr:
        return case((first < second, first), else_=second)

    def greatest(self, first: Expr, second: Expr) -> Expr:
        return case((first > second, first), else_=second)


# How many built statements each set-based module keeps (one per year, region, profile, shard,
# date and pairs asked for; a server asks for a few).
BUILT_STATEMENTS = 32


@dataclass(frozen=True)
class ByRepr(Generic[T]):
    """A value hashed and compared by its ``repr``: a profile (a frozen dataclass holding dicts,
    so unhashable, whose repr spells every threshold and weight) as a key of the built
    statements' ``functools.lru_cache``."""

    value: T = field(compare=False, hash=False)
    text: str

    @classmethod
    def of(cls, value: T) -> ByRepr[T]:
        return cls(value, repr(value))


def tune(session: Session, *, hash_joins: bool = False, sharded: bool = False) -> None:
    """The session settings of one set-based statement on PostgreSQL (nothing on SQLite), for
    the caller's transaction only (SET LOCAL ends with it)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    # One wide statement over millions of rows: with the default 4 MB per sort or hash, its
    # joins spill to disk in batches.
    session.execute(text(f"SET LOCAL work_mem = '{WORK_MEM}'"))
    # The statements' cost estimates are large enough to trigger JIT compilation with inlining
    # and optimisation, which takes longer than running them (measured: 27 s compiling for a
    # 3 s evaluation of 5,000 projects; monitoring 2,000 projects, 1.6 s with JIT, 0.74 s
    # without). Plain interpretation it is.
    session.execute(text("SET LOCAL jit = off"))
    if hash_joins:
        # Actuals name their project (department and name), so the evaluation joins on two
        # columns at once, which the planner estimates as independent: it expects ~100 rows
        # where there are millions, then picks nested loops and merge joins that sort Chinese
        # names under the locale's collation. Every join there is an equi-join of a big input:
        # hash joins are right, and this says so.
        session.execute(text("SET LOCAL enable_nestloop = off"))
        session.execute(text("SET LOCAL enable_mergejoin = off"))
    if sharded:
        # The shards already keep the cores busy, one each: parallel workers under a shard's
        # statement would only contend with the other shards for them.
        session.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))


def cost_category_pairs(session: Session, year: int) -> list[tuple[str, str]]:
    """The (economic category, cost stem) pairs of the year: every category its spending names,
    with every stem of its cost lines that the category counts for. The domain decides the match
    (:func:`jixiao.domain.achievement.category_matches`), over the few distinct names of each
    side, so SQL joins on equal keys and never spells the rule itself."""
    spending, indicators = table_of(SpendingRecordRow), table_of(IndicatorRow)
    categories = distinct_values(
        session, spending.c.economic_category, spending.c.fiscal_year, year
    )
    stems = distinct_values(session, indicators.c.cost_stem, indicators.c.fiscal_year, year)
    return sorted((c, s) for c in categories for s in stems if category_matches(s, c))


def distinct_values(session: Session, column: Any, year_column: Any, year: int) -> list[str]:
    """The distinct non-NULL values of ``column`` in a year, by a loose index scan: from the
    smallest, each next one is the smallest above it, one probe of an index on (year, column)
    per distinct value, where a plain DISTINCT would read every row of the year."""
    in_year = year_column == year
    first = select(func.min(column).label("v")).where(in_year)
    found = first.cte("found", recursive=True)
    following = select(func.min(column)).where(in_year, column > found.c.v).scalar_subquery()
    found = found.union_all(select(following).where(found.c.v.is_not(None)))
    return list(session.scalars(select(found.c.v).where(found.c.v.is_not(None))))


def pairs_table(pairs: Sequence[tuple[str, str]]) -> CTE | None:
    """The pairs as a table (``category``, ``stem``) of literal rows; None when there are none
    (a VALUES list cannot be empty)."""
    if not pairs:
        return None
    # A VALUES list of bound parameters, written as text: SQLAlchemy cannot cache a statement
    # holding ``values(...).data(...)`` (its rows are no part of a cache key), so the set-based
    # statements would be compiled again on every call (tens of ms each); a text clause is
    # cached by its words, one entry per number of pairs, with the pairs bound as parameters.
    # Both databases name the columns of a VALUES list column1, column2.
    names = [(f"pair_category_{i}", f"pair_stem_{i}") for i in range(len(pairs))]
    rows = text("VALUES " + ", ".join(f"(:{c}, :{s})" for c, s in names)).bindparams(
        *(
            bindparam(name, value, type_=Text)
            for (category, stem), (c, s) in zip(pairs, names, strict=True)
            for name, value in ((c, category), (s, stem))
        )
    )
    listed = rows.columns(column("column1", Text), column("column2", Text)).cte("pair_rows")
    # Typed as text: SQLite gives VALUES columns no affinity, and cannot then index a join of
    # them with a text column (it would look up by project alone and test every stem).
    return select(
        cast(listed.c.column1, Text).label("category"), cast(listed.c.column2, Text).label("stem")
    ).cte("pairs")


def text_given(column: Any) -> Expr:
    """A text column that says something: NULL and the empty text say nothing (a record
    without an economic category, a reading without a written result)."""
    return func.coalesce(column, "") != ""


# One of n disjoint parts of a year's documents: (k, n) holds those whose id % n == k. By
# document, because every indicator row names its document: a shard's indicators are found by a
# test on the row, not a look-up.
Shard = tuple[int, int]
# Given the project row and its first 资金执行 total row: whether the execution it states counts.
StatedWhen = Callable[[Any, Any], Expr]


def in_shard(document_id: Expr, shard: Shard | None) -> Expr:
    """Whether the document falls in shard ``(k, n)``: ``document_id % n = k``."""
    if shard is None:
        return true()
    k, n = shard
    return document_id % n == k


def department_projects(
    year: int,
    region: str | None,
    of: Callable[[Any], Expr],
    stated_when: StatedWhen,
    shard: Shard | None = None,
) -> Select[Any]:
    """The projects of the year's department documents (of regions whose code starts with
    ``region``): id, name, department, the budget they are measured against (the first 资金执行
    total row's 全年预算数, else its 年初预算数, else the project's budget) and the execution
    the document states, where ``stated_when`` accepts it. ``of`` casts an amount column;
    ``shard`` keeps one part of the documents (see :func:`in_shard`)."""
    doc, project, fe = table_of(DocumentRow), table_of(ProjectRow), table_of(FundingExecutionRow)
    first_total = (
        select(fe.c.project_id, func.min(fe.c.position).label("position"))
        .where(fe.c.source == FundingSource.TOTAL.value)
        .group_by(fe.c.project_id)
        .subquery()
    )
    total = fe.alias("total_row")
    zero = literal(0)
    query = (
        select(
            project.c.id.label("project_id"),
            project.c.name,
            doc.c.department_id,
            func.coalesce(
                func.nullif(of(total.c.full_year_budget), zero),
                func.nullif(of(total.c.initial_budget), zero),
                of(project.c.budget),
            ).label("budget"),
            case((stated_when(project.c, total.c), of(total.c.executed)), else_=null()).label(
                "stated_executed"
            ),
        )
        .join(doc, project.c.document_id == doc.c.id)
        .outerjoin(first_total, first_total.c.project_id == project.c.id)
        .outerjoin(
            total,
            and_(total.c.project_id == project.c.id, total.c.position == first_total.c.position),
        )
        .where(
            doc.c.fiscal_year == year,
            doc.c.kind == DocumentKind.DEPARTMENT_PERFORMANCE.value,
            in_shard(doc.c.id, shard),
        )
    )
    if region is not None:
        query = query.where(doc.c.department_id.in_(region_departments(region)))
    return query


def region_departments(region: str) -> Select[Any]:
    """The ids of the departments of the regions whose 行政区划 code starts with ``region``."""
    department, regions = table_of(DepartmentRow), table_of(RegionRow)
    return (
        select(department.c.id)
        .join(regions, regions.c.id == department.c.region_id)
        .where(regions.c.code.startswith(region, autoescape=True))  # a code, never a pattern
    )
