"""Reading a document's rows back into the model, and summarising all stored documents."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import Select, Subquery, func, select
from sqlalchemy.orm import Session

from jixiao.domain.model import DocumentKind, Indicator, PerformanceDocument
from jixiao.store import codec
from jixiao.store.lookup import Found
from jixiao.store.results import DocumentSummary
from jixiao.store.tables import (
    OWNER_COLUMNS,
    DepartmentGoalRow,
    DepartmentRow,
    DocumentRow,
    FundingExecutionRow,
    GoalSectionRow,
    IndicatorRow,
    ProjectRow,
    ProseSectionRow,
    RegionRow,
    SpendingCheckpointRow,
    table_of,
)

Part = TypeVar("Part", DepartmentGoalRow, GoalSectionRow, ProseSectionRow, ProjectRow)
Counted = TypeVar("Counted", DepartmentGoalRow, GoalSectionRow, ProjectRow, IndicatorRow)
ProjectPart = TypeVar("ProjectPart", SpendingCheckpointRow, FundingExecutionRow)
Item = TypeVar("Item")


def assemble(session: Session, found: Found) -> PerformanceDocument:
    """The whole document of a found document row."""
    row = found.document
    indicators = _indicators_by_owner(session, row.id)
    checkpoints = _by_project(session, SpendingCheckpointRow, row.id, codec.checkpoint_from_row)
    funding = _by_project(session, FundingExecutionRow, row.id, codec.funding_execution_from_row)

    def owned(column: str, owner_id: int) -> list[Indicator]:
        return indicators[column].get(owner_id, [])

    bureau_region = None
    if row.finance_bureau_region_id is not None:
        bureau_region = session.get_one(RegionRow, row.finance_bureau_region_id)
    return codec.document_from_row(
        row,
        department_name=found.department.name,
        region_name=found.region.name if found.region else None,
        bureau_region_name=bureau_region.name if bureau_region else None,
        department_goals=[
            codec.department_goal_from_row(goal, owned("department_goal_id", goal.id))
            for goal in _parts(session, DepartmentGoalRow, row.id)
        ],
        goal_sections=[
            codec.goal_section_from_row(section, owned("goal_section_id", section.id))
            for section in _parts(session, GoalSectionRow, row.id)
        ],
        safeguards=[
            codec.prose_section_from_row(section)
            for section in _parts(session, ProseSectionRow, row.id)
        ],
        projects=[
            codec.project_from_row(
                project,
                checkpoints.get(project.id, []),
                funding.get(project.id, []),
                owned("project_id", project.id),
            )
            for project in _parts(session, ProjectRow, row.id)
        ],
    )


def _parts(session: Session, row_class: type[Part], document_id: int) -> Sequence[Part]:
    query = (
        select(row_class)
        .where(row_class.document_id == document_id)
        .order_by(row_class.position)
        # Rows may have been replaced behind a long-lived session's back.
        .execution_options(populate_existing=True)
    )
    return session.scalars(query).all()


def _indicators_by_owner(
    session: Session, document_id: int
) -> dict[str, dict[int, list[Indicator]]]:
    """The document's indicators, by owner column and owner id, in list order."""
    table = table_of(IndicatorRow)  # Core rows: no ORM identity map for thousands of rows
    query = (
        select(table)
        .where(table.c.document_id == document_id)
        .order_by(table.c.position, table.c.id)
    )
    owners: dict[str, dict[int, list[Indicator]]] = {column: {} for column in OWNER_COLUMNS}
    for row in session.execute(query):
        column = next(column for column in OWNER_COLUMNS if getattr(row, column) is not None)
        owners[column].setdefault(getattr(row, column), []).append(codec.indicator_from_row(row))
    return owners


def _by_project(
    session: Session,
    row_class: type[ProjectPart],
    document_id: int,
    decode: Callable[[ProjectPart], Item],
) -> dict[int, list[Item]]:
    """The document's project parts of one kind (checkpoints, funding rows), by project id."""
    query = (
        select(row_class)
        .join(ProjectRow, row_class.project_id == ProjectRow.id)
        .where(ProjectRow.document_id == document_id)
        .order_by(row_class.project_id, row_class.position)
        .execution_options(populate_existing=True)
    )
    parts: dict[int, list[Item]] = {}
    for row in session.scalars(query):
        parts.setdefault(row.project_id, []).append(decode(row))
    return parts


# --- summaries -------------------------------------------------------------------------------


_KIND_ORDER = {kind: order for order, kind in enumerate(DocumentKind)}


def summaries(session: Session) -> list[DocumentSummary]:
    """Every stored document, by region, department, year, kind (in genre order), subject."""
    found = [_summary(tuple(row)) for row in session.execute(_summaries_query())]
    # Sorted here, not in SQL: collations differ between SQLite and PostgreSQL.
    return sorted(found, key=_summary_order)


def _summary_order(s: DocumentSummary) -> tuple[str, str, int, int, str]:
    return (s.region or "", s.department, s.fiscal_year, _KIND_ORDER[s.kind], s.subject)


def _summaries_query() -> Select[*tuple[Any, ...]]:
    counts = [
        _count_per_document(DepartmentGoalRow),
        _count_per_document(GoalSectionRow),
        _count_per_document(ProjectRow),
        _count_per_document(IndicatorRow),
    ]
    query = (
        select(
            DepartmentRow.name,
            RegionRow.name,
            DocumentRow.fiscal_year,
            DocumentRow.kind,
            DocumentRow.subject,
            DocumentRow.revision,
            *(func.coalesce(count.c.n, 0) for count in counts),
            DocumentRow.saved_at,
        )
        .join(DepartmentRow, DocumentRow.department_id == DepartmentRow.id)
        .outerjoin(RegionRow, DepartmentRow.region_id == RegionRow.id)
    )
    for count in counts:
        query = query.outerjoin(count, count.c.document_id == DocumentRow.id)
    return query


def _count_per_document(row_class: type[Counted]) -> Subquery:
    return (
        select(row_class.document_id, func.count().label("n"))
        .group_by(row_class.document_id)
        .subquery()
    )


def _summary(values: tuple[Any, ...]) -> DocumentSummary:
    department, region, year, kind, subject, revision, *counts, saved = values
    goals, sections, projects, indicators = counts
    return DocumentSummary(
        department=department,
        region=region,
        fiscal_year=year,
        kind=DocumentKind(kind),
        subject=subject,
        revision=revision,
        goals=goals,
        goal_sections=sections,
        projects=projects,
        indicators=indicators,
        saved_at=saved,
    )
