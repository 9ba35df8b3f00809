"""Reading one part of a stored document without assembling the whole: a project with its
spending plan, funding rows and indicators (the server's most frequent read)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jixiao.domain.model import Project
from jixiao.store import codec
from jixiao.store.lookup import Found
from jixiao.store.tables import (
    FundingExecutionRow,
    IndicatorRow,
    ProjectRow,
    SpendingCheckpointRow,
    table_of,
)


def project_names(session: Session, found: Found) -> list[str]:
    """The names of the document's projects, in document order."""
    query = (
        select(ProjectRow.name)
        .where(ProjectRow.document_id == found.document.id)
        .order_by(ProjectRow.position)
    )
    return list(session.scalars(query))


def project(session: Session, found: Found, name: str) -> Project | None:
    """The document's project called ``name`` (the first, as the document lists it), or
    None; read as :func:`jixiao.store.reader.assemble` reads it."""
    query = (
        select(ProjectRow)
        .where(ProjectRow.document_id == found.document.id, ProjectRow.name == name)
        .order_by(ProjectRow.position)
        .limit(1)
        .execution_options(populate_existing=True)
    )
    row = session.scalars(query).first()
    if row is None:
        return None
    table = table_of(IndicatorRow)
    indicators = session.execute(
        select(table).where(table.c.project_id == row.id).order_by(table.c.position, table.c.id)
    )
    checkpoints = session.scalars(
        select(SpendingCheckpointRow)
        .where(SpendingCheckpointRow.project_id == row.id)
        .order_by(SpendingCheckpointRow.position)
    )
    funding = session.scalars(
        select(FundingExecutionRow)
        .where(FundingExecutionRow.project_id == row.id)
        .order_by(FundingExecutionRow.position)
    )
    return codec.project_from_row(
        row,
        [codec.checkpoint_from_row(c) for c in checkpoints],
        [codec.funding_execution_from_row(f) for f in funding],
        [codec.indicator_from_row(i) for i in indicators],
    )
