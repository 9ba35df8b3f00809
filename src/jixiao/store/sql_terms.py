"""Domain terms spelled in SQL, shared by the set-based modules (``evaluation_sql``,
``monitoring_sql``): what a cost line is and which economic category it names, as
:mod:`jixiao.domain.achievement` decides them in Python, and the projects of a year's
department documents with the budget they are measured against."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Select, and_, case, func, literal, null, or_, select, true
from sqlalchemy.sql import ColumnElement

from jixiao.domain.achievement import COST_SUBCATEGORIES, COST_SUFFIXES
from jixiao.domain.framework import Category
from jixiao.domain.model import DocumentKind, FundingSource
from jixiao.domain.money import MONEY_EXPONENTS
from jixiao.store.tables import (
    DepartmentRow,
    DocumentRow,
    FundingExecutionRow,
    ProjectRow,
    RegionRow,
    table_of,
)

Expr = ColumnElement[Any]


def is_cost(ind: Any) -> Expr:
    """A quantitative money target of a cost (sub)category or named …成本/…支出."""
    named = or_(*(ind.name.like(f"%{suffix}") for suffix in COST_SUFFIXES))
    subcategories = sorted(subcategory.value for subcategory in COST_SUBCATEGORIES)
    return and_(
        ind.target_kind == "quantitative",
        ind.target_unit.in_(list(MONEY_EXPONENTS)),
        or_(ind.subcategory.in_(subcategories), ind.category == Category.COST.value, named),
    )


def cost_stem(name: Any) -> Expr:
    """``接待费成本`` → ``接待费`` (the economic category a cost line names)."""
    whens = [
        (and_(name.like(f"%{suffix}"), func.length(name) > len(suffix)),
         func.substr(name, 1, func.length(name) - len(suffix)))
        for suffix in COST_SUFFIXES
    ]  # fmt: skip
    return case(*whens, else_=name)


# One of n disjoint parts of the departments: (k, n) holds those whose id % n == k.
Shard = tuple[int, int]
# Given the project row and its first 资金执行 total row: whether the execution it states counts.
StatedWhen = Callable[[Any, Any], Expr]


def in_shard(department_id: Expr, shard: Shard | None) -> Expr:
    """Whether the department falls in shard ``(k, n)``: ``department_id % n = k``."""
    if shard is None:
        return true()
    k, n = shard
    return department_id % n == k


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
    ``shard`` keeps one part of the departments (see :func:`in_shard`)."""
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
            in_shard(doc.c.department_id, shard),
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
