"""The audit log: entries appended to the hash chain in the caller's transaction, read back.

Appending reads the chain's head and writes the new entry and the new head. The head row is
locked first (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's writers already hold the database
lock from ``BEGIN IMMEDIATE``), so concurrent writers append one after the other and never
fork the chain.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jixiao.domain.access import Actor
from jixiao.domain.audit import GENESIS, AuditEntry, digest, entry_hash
from jixiao.store.tables import AuditEntryRow, AuditHeadRow

_HEAD_ID = 1


def append(
    session: Session,
    actor: Actor,
    action: str,
    subject: str,
    before: Any = None,
    after: Any = None,
    detail: str = "",
) -> AuditEntry:
    """Append an entry: who did what to which subject, with digests of before and after."""
    head = _locked_head(session)
    entry = AuditEntry(
        number=head.number + 1,
        at=datetime.now(UTC),
        actor=actor.login,
        role=actor.role.value,
        action=action,
        subject=subject,
        before_digest=digest(before),
        after_digest=digest(after),
        detail=detail,
        prev_hash=head.hash,
        hash="",
    )
    entry = AuditEntry(**{**entry.__dict__, "hash": entry_hash(entry)})
    session.add(AuditEntryRow(**entry.__dict__))
    head.number, head.hash = entry.number, entry.hash
    session.flush()
    return entry


def lock_head(session: Session) -> None:
    """Take the chain's head row (FOR UPDATE) for the rest of the transaction: every audited
    writer appends to it, so they run one after another anyway; taking it first makes them
    queue before they read (see :func:`jixiao.app.uow.audited`)."""
    _locked_head(session)


def _locked_head(session: Session) -> AuditHeadRow:
    query = select(AuditHeadRow).where(AuditHeadRow.id == _HEAD_ID).with_for_update()
    head = session.scalars(query).one_or_none()
    if head is None:  # a schema built without the migration's first row
        head = AuditHeadRow(id=_HEAD_ID, number=0, hash=GENESIS)
        session.add(head)
    return head


def entries(session: Session, start: int = 1, limit: int | None = None) -> list[AuditEntry]:
    """Entries in chain order from number ``start`` (all, or ``limit`` of them)."""
    query = (
        select(AuditEntryRow).where(AuditEntryRow.number >= start).order_by(AuditEntryRow.number)
    )
    if limit is not None:
        query = query.limit(limit)
    return [_entry(row) for row in session.scalars(query)]


def head(session: Session) -> tuple[int, str]:
    """The head's number and hash (0 and the genesis hash before the first entry)."""
    row = session.get(AuditHeadRow, _HEAD_ID)
    return (0, GENESIS) if row is None else (row.number, row.hash)


def _entry(row: AuditEntryRow) -> AuditEntry:
    return AuditEntry(
        number=row.number,
        at=row.at,
        actor=row.actor,
        role=row.role,
        action=row.action,
        subject=row.subject,
        before_digest=row.before_digest,
        after_digest=row.after_digest,
        detail=row.detail,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )
