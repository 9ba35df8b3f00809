"""Domain terms spelled in SQL, shared by the set-based modules (``evaluation_sql``,
``monitoring_sql``): which economic categories a cost line reads (the domain decides which
indicators are cost lines and their stems as it writes them, :mod:`jixiao.domain.achievement`),
and the projects of a year's department documents with the budget they are measured against."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import (
    Select,
    Text,
    and_,
    case,
    cast,
    column,
    func,
    literal,
    null,
    select,
    true,
    values,
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
    columns = (column("category", Text), column("stem", Text))
    rows = values(*columns, name="pair_rows").data(list(pairs)).cte("pair_rows")
    # Typed as text: SQLite gives VALUES columns no affinity, and cannot then index a join of
    # them with a text column (it would look up by project alone and test every stem).
    return select(
        cast(rows.c.category, Text).label("category"), cast(rows.c.stem, Text).label("stem")
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
        .where(regions.c.code.like(f"{region}%"))
    )
