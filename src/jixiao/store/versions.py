"""Approved versions of a declaration: kept whole (canonical JSON text), numbered 1, 2, …"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jixiao.domain.access import Actor
from jixiao.store import workflow
from jixiao.store.tables import ApprovedVersionRow
from jixiao.store.workflow import WorkflowKey


@dataclass(frozen=True)
class ApprovedVersion:
    number: int
    approved_at: datetime
    approved_by: str
    published_at: datetime | None
    published_by: str | None
    digest: str


def add(session: Session, key: WorkflowKey, actor: Actor, snapshot: str, digest: str) -> int:
    """Keep a newly approved version; its number."""
    row = workflow.ensure(session, key)
    latest = session.scalar(
        select(func.max(ApprovedVersionRow.number)).where(ApprovedVersionRow.workflow_id == row.id)
    )
    number = (latest or 0) + 1
    session.add(
        ApprovedVersionRow(
            workflow_id=row.id,
            number=number,
            approved_at=datetime.now(UTC),
            approved_by=actor.login,
            snapshot=snapshot,
            digest=digest,
        )
    )
    session.flush()
    return number


def publish_latest(session: Session, key: WorkflowKey, actor: Actor) -> int | None:
    """Mark the latest approved version published; its number (None: nothing approved)."""
    row = _latest_row(session, key)
    if row is None:
        return None
    row.published_at, row.published_by = datetime.now(UTC), actor.login
    session.flush()
    return row.number


def _rows(session: Session, key: WorkflowKey) -> list[ApprovedVersionRow]:
    record = workflow.record(session, key)
    if record is None:
        return []
    query = (
        select(ApprovedVersionRow)
        .where(ApprovedVersionRow.workflow_id == record.id)
        .order_by(ApprovedVersionRow.number)
    )
    return list(session.scalars(query))


def _latest_row(session: Session, key: WorkflowKey) -> ApprovedVersionRow | None:
    rows = _rows(session, key)
    return rows[-1] if rows else None


def listed(session: Session, key: WorkflowKey) -> list[ApprovedVersion]:
    return [
        ApprovedVersion(
            row.number,
            row.approved_at,
            row.approved_by,
            row.published_at,
            row.published_by,
            row.digest,
        )
        for row in _rows(session, key)
    ]


def snapshot(session: Session, key: WorkflowKey, number: int | None = None) -> str | None:
    """The canonical JSON of version ``number`` (None: the latest); None when there is none."""
    rows = _rows(session, key)
    if number is None:
        return rows[-1].snapshot if rows else None
    return next((row.snapshot for row in rows if row.number == number), None)


def published_snapshot(session: Session, key: WorkflowKey) -> str | None:
    """The latest published version's canonical JSON, None when nothing is published."""
    published = [row for row in _rows(session, key) if row.published_at is not None]
    return published[-1].snapshot if published else None
