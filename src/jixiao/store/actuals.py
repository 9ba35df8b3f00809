"""Storing the actuals of a department-year: spending, progress and year-end actuals.

Actuals are keyed by department and fiscal year and name their project (or goal) and indicator
as the forms do (see :mod:`jixiao.store.tables`), so saving the year's targets document again
leaves them in place. Writes are Core ``executemany`` inserts, all in the caller's transaction:
a bulk import lands whole or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from jixiao.domain.actuals import (
    Actuals,
    IndicatorRef,
    ProgressRecord,
    SpendingRecord,
    YearEndActual,
)
from jixiao.errors import AmbiguousNameError, NotFoundError
from jixiao.store.lookup import NO_REGION
from jixiao.store.partitions import ensure_year
from jixiao.store.tables import (
    Base,
    DepartmentGoalRow,
    DepartmentRow,
    DocumentRow,
    IndicatorRow,
    ProgressRecordRow,
    ProjectRow,
    RegionRow,
    SpendingRecordRow,
    YearEndActualRow,
    table_of,
)

Values = dict[str, Any]
Record = TypeVar("Record", SpendingRecord, ProgressRecord, YearEndActual)
ACTUALS_TABLES: tuple[type[Base], ...] = (SpendingRecordRow, ProgressRecordRow, YearEndActualRow)


@dataclass(frozen=True)
class NamedOwners:
    """What actuals records of a department-year may name: whether it has stored documents,
    their projects and department goals (by number), each with its indicators' names."""

    has_documents: bool
    projects: dict[str, list[str]]
    goals: dict[int, list[str]]


def named_owners(session: Session, department: str, fiscal_year: int) -> NamedOwners:
    """The names in the department-year's stored documents (every region, kind and subject).
    Names only: checking a record against them needs no whole document assembled."""
    documents = (
        select(DocumentRow.id)
        .join(DepartmentRow, DocumentRow.department_id == DepartmentRow.id)
        .where(DepartmentRow.name == department, DocumentRow.fiscal_year == fiscal_year)
    )
    has_documents = session.execute(documents.limit(1)).first() is not None
    # The year in the join lets PostgreSQL read the year's partition of indicators only.
    of_year = IndicatorRow.fiscal_year == fiscal_year
    projects: dict[str, list[str]] = {}
    for project, indicator in session.execute(
        select(ProjectRow.name, IndicatorRow.name)
        .outerjoin(IndicatorRow, (IndicatorRow.project_id == ProjectRow.id) & of_year)
        .where(ProjectRow.document_id.in_(documents))
        .order_by(ProjectRow.document_id, ProjectRow.position, IndicatorRow.position)
    ):
        _add(projects.setdefault(project, []), indicator)
    goals: dict[int, list[str]] = {}
    for number, indicator in session.execute(
        select(DepartmentGoalRow.number, IndicatorRow.name)
        .outerjoin(
            IndicatorRow, (IndicatorRow.department_goal_id == DepartmentGoalRow.id) & of_year
        )
        .where(DepartmentGoalRow.document_id.in_(documents))
        .order_by(DepartmentGoalRow.document_id, DepartmentGoalRow.position, IndicatorRow.position)
    ):
        _add(goals.setdefault(number, []), indicator)
    return NamedOwners(has_documents, projects, goals)


def _add(names: list[str], name: str | None) -> None:
    if name is not None:  # an owner without indicators (the outer join's NULL)
        names.append(name)


def department_id_of(session: Session, name: str, region: str | None = None) -> int:
    """The registered department of that name (in ``region``); Chinese errors otherwise."""
    query = (
        select(DepartmentRow.id, RegionRow.name)
        .outerjoin(RegionRow, DepartmentRow.region_id == RegionRow.id)
        .where(DepartmentRow.name == name)
    )
    if region is not None:
        query = query.where(RegionRow.name == region)
    found = session.execute(query).all()
    if not found:
        where = f"“{region}”的" if region else ""
        raise NotFoundError(f"未找到{where}部门“{name}”;请先导入该部门的绩效文档")
    if len(found) > 1:
        regions = "、".join(sorted(row[1] or NO_REGION for row in found))
        raise AmbiguousNameError(f"多个地区都有名为“{name}”的部门:{regions};请指定地区")
    return int(found[0][0])


# --- encoding ----------------------------------------------------------------------------------


def _column(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [_column(item) for item in value]
    return value


def record_values(record: BaseModel, **keys: Any) -> Values:
    """A record's row: its fields as columns (the indicator reference flattened), and ``keys``."""
    values = {name: _column(getattr(record, name)) for name in type(record).model_fields}
    ref = values.pop("ref", None)
    if isinstance(ref, IndicatorRef):
        values |= {"project": ref.project, "goal": ref.goal, "indicator": ref.indicator}
    return values | keys


def actuals_rows(actuals: Actuals, department_id: int, fiscal_year: int) -> dict[str, list[Values]]:
    """The rows of every actuals table, by table name."""
    keys = {"department_id": department_id, "fiscal_year": fiscal_year}
    return {
        "spending_records": [record_values(r, **keys) for r in actuals.spending],
        "progress_records": [record_values(r, **keys) for r in actuals.progress],
        "year_end_actuals": [record_values(r, **keys) for r in actuals.year_end],
    }


def insert_rows(session: Session, rows_by_table: dict[str, list[Values]]) -> None:
    """Bulk-insert rows (one executemany per table), after making sure their years have their
    partitions (PostgreSQL)."""
    years = {row["fiscal_year"] for rows in rows_by_table.values() for row in rows}
    for year in sorted(years):
        ensure_year(session.connection(), year)
    for name, rows in rows_by_table.items():
        if rows:
            session.execute(insert(Base.metadata.tables[name]), rows)


# --- decoding ----------------------------------------------------------------------------------


def _reading_fields(row: Any, model: type[Record]) -> Values:
    fields = {name: getattr(row, name) for name in model.model_fields if name != "ref"}
    ref = IndicatorRef(project=row.project, goal=row.goal, indicator=row.indicator)
    return fields | {"ref": ref}


def _records(
    session: Session, row_class: type[Base], department_id: int, year: int
) -> Sequence[Any]:
    table = table_of(row_class)
    query = (
        select(table)
        .where(table.c.department_id == department_id, table.c.fiscal_year == year)
        .order_by(table.c.id)
    )
    return session.execute(query).all()


# --- the API -----------------------------------------------------------------------------------


def add_actuals(session: Session, department_id: int, fiscal_year: int, actuals: Actuals) -> None:
    """Append the records to the department-year's actuals."""
    insert_rows(session, actuals_rows(actuals, department_id, fiscal_year))


def delete_actuals(session: Session, department_id: int, fiscal_year: int) -> None:
    for row_class in ACTUALS_TABLES:
        table = table_of(row_class)
        session.execute(
            delete(table).where(
                table.c.department_id == department_id, table.c.fiscal_year == fiscal_year
            )
        )


def replace_actuals(
    session: Session, department_id: int, fiscal_year: int, actuals: Actuals
) -> None:
    """The department-year's actuals become exactly ``actuals``."""
    delete_actuals(session, department_id, fiscal_year)
    add_actuals(session, department_id, fiscal_year, actuals)


def load_actuals(
    session: Session, department_id: int, fiscal_year: int, department: str | None = None
) -> Actuals:
    """Every stored record of the department-year, in the order they were recorded."""
    spending_fields = SpendingRecord.model_fields
    return Actuals(
        department=department,
        fiscal_year=fiscal_year,
        spending=[
            SpendingRecord(**{name: getattr(row, name) for name in spending_fields})
            for row in _records(session, SpendingRecordRow, department_id, fiscal_year)
        ],
        progress=[
            ProgressRecord(**_reading_fields(row, ProgressRecord))
            for row in _records(session, ProgressRecordRow, department_id, fiscal_year)
        ],
        year_end=[
            YearEndActual(**_reading_fields(row, YearEndActual))
            for row in _records(session, YearEndActualRow, department_id, fiscal_year)
        ],
    )
