"""Writing a document's rows: replace the stored version, then bulk-insert its parts.

Inserts go through Core ``executemany`` with plain dicts, not through ORM objects: there will
be millions of indicators. Every indicator of a document goes in one statement.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Insert, delete, insert, select
from sqlalchemy.orm import Session

from jixiao.domain.model import Indicator, PerformanceDocument, Project, Traced
from jixiao.store import codec
from jixiao.store.partitions import ensure_year
from jixiao.store.registry import department_id, region_id
from jixiao.store.tables import (
    OWNER_COLUMNS,
    Base,
    DepartmentGoalRow,
    DocumentRow,
    FundingExecutionRow,
    GoalSectionRow,
    IndicatorRow,
    ProjectRow,
    ProseSectionRow,
    SpendingCheckpointRow,
    table_of,
)

Item = TypeVar("Item")


def replace_document(session: Session, doc: PerformanceDocument) -> tuple[int, int | None]:
    """Store the document in place of the stored one of its department-year, kind and subject.

    Returns (new id, replaced revision or None).
    """
    # First, before any row lock: creating a new year's partitions locks the parent tables.
    ensure_year(session.connection(), doc.fiscal_year)
    department = department_id(session, doc.department)
    bureau_region = region_id(session, doc.finance_bureau.region) if doc.finance_bureau else None
    previous = _delete_previous(session, department, doc)
    values = codec.document_values(
        doc,
        department_id=department,
        finance_bureau_region_id=bureau_region,
        revision=1 if previous is None else previous + 1,
        saved_at=datetime.now(UTC),
    )
    document_id = _insert_ids(session, DocumentRow, [values])[0]
    insert_parts(session, doc, document_id)
    return document_id, previous


def _delete_previous(session: Session, department: int, doc: PerformanceDocument) -> int | None:
    """Delete the stored version of the document (children cascade); its revision."""
    query = (
        select(DocumentRow.id, DocumentRow.revision)
        .where(
            DocumentRow.department_id == department,
            DocumentRow.fiscal_year == doc.fiscal_year,
            DocumentRow.kind == doc.kind.value,
            DocumentRow.subject == doc.subject,
        )
        .with_for_update()  # PostgreSQL: concurrent saves of one document queue here
    )
    found = session.execute(query).one_or_none()
    if found is None:
        return None
    delete_document_row(session, found.id)
    return int(found.revision)


def delete_document_row(session: Session, document_id: int) -> None:
    """Delete a document; the database cascades to all its parts."""
    statement = delete(DocumentRow).where(DocumentRow.id == document_id)
    session.execute(statement.execution_options(synchronize_session=False))


def insert_parts(session: Session, doc: PerformanceDocument, document_id: int) -> None:
    """Insert the document's lists: goals, sections, safeguards, projects and their parts."""
    indicators = _IndicatorRows(document_id, doc.fiscal_year)
    keys = {"document_id": document_id}
    goals = _positioned([codec.department_goal_values(g, **keys) for g in doc.department_goals])
    for goal, goal_id in _inserted(session, DepartmentGoalRow, doc.department_goals, goals):
        indicators.add(goal.indicators, "department_goal_id", goal_id)
    sections = _rows(doc.goal_sections, codec.GOAL_SECTION_FIELDS, **keys)
    for section, section_id in _inserted(session, GoalSectionRow, doc.goal_sections, sections):
        indicators.add(section.indicators, "goal_section_id", section_id)
    _insert(session, ProseSectionRow, _rows(doc.safeguards, codec.PROSE_SECTION_FIELDS, **keys))
    _insert_projects(session, doc.projects, indicators, keys)
    _insert(session, IndicatorRow, indicators.rows)


def _insert_projects(
    session: Session, projects: Sequence[Project], indicators: _IndicatorRows, keys: codec.Values
) -> None:
    """Insert the projects, then all their checkpoints and funding rows (one statement each)."""
    checkpoints: list[codec.Values] = []
    funding: list[codec.Values] = []
    rows = _rows(projects, codec.PROJECT_FIELDS, **keys)
    for project, project_id in _inserted(session, ProjectRow, projects, rows):
        indicators.add(project.indicators, "project_id", project_id)
        owner = {"project_id": project_id}
        checkpoints += _rows(project.spending_plan, codec.CHECKPOINT_FIELDS, **owner)
        funding += _rows(project.funding_execution, codec.FUNDING_EXECUTION_FIELDS, **owner)
    _insert(session, SpendingCheckpointRow, checkpoints)
    _insert(session, FundingExecutionRow, funding)


class _IndicatorRows:
    """Collects indicator rows of every owner, all with the same keys (one bulk insert)."""

    def __init__(self, document_id: int, fiscal_year: int) -> None:
        self.keys = {"document_id": document_id, "fiscal_year": fiscal_year}
        self.rows: list[codec.Values] = []

    def add(self, indicators: Sequence[Indicator], owner_column: str, owner_id: int) -> None:
        owner = {column: owner_id if column == owner_column else None for column in OWNER_COLUMNS}
        rows = [codec.indicator_values(indicator, **self.keys, **owner) for indicator in indicators]
        self.rows.extend(_positioned(rows))


def _rows(items: Sequence[Traced], fields: Iterable[str], **keys: Any) -> list[codec.Values]:
    """The rows of a list of items with the same ``keys`` (its owner), in list order."""
    return _positioned([codec.fields_values(item, fields, **keys) for item in items])


def _positioned(rows: list[codec.Values]) -> list[codec.Values]:
    """The rows with their list position (lists keep their order)."""
    for position, row in enumerate(rows):
        row["position"] = position
    return rows


def _inserted(
    session: Session, row_class: type[Base], items: Sequence[Item], rows: list[codec.Values]
) -> Iterator[tuple[Item, int]]:
    """Insert the (positioned) rows of a list of items; each item with its new id."""
    return zip(items, _insert_ids(session, row_class, rows), strict=True)


def _insert(session: Session, row_class: type[Base], rows: list[codec.Values]) -> None:
    if rows:
        session.execute(_insert_into(row_class, rows), rows)


def _insert_ids(session: Session, row_class: type[Base], rows: list[codec.Values]) -> list[int]:
    """Bulk insert; the new ids in the order of ``rows``."""
    if not rows:
        return []
    statement = _insert_into(row_class, rows)
    returning = statement.returning(statement.table.c.id, sort_by_parameter_order=True)
    return list(session.scalars(returning, rows))


def _insert_into(row_class: type[Base], rows: list[codec.Values]) -> Insert:
    """The INSERT of the rows, which all have the same keys (one codec function made them).

    A value without a column is refused: the executor would drop it silently, and a model
    field the schema lacks would be lost on every save.
    """
    table = table_of(row_class)
    missing = rows[0].keys() - table.c.keys()
    if missing:
        raise RuntimeError(f"table {table.name} has no column for {sorted(missing)}")
    return insert(table)
