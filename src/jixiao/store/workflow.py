"""Workflow records, their events and the notes on findings, in the caller's transaction.

A record is keyed by the document's names (department, year, kind, subject) and the stage
and round, so it outlives the document's row ids. Reading a record for a change locks it
(``FOR UPDATE`` on PostgreSQL; SQLite's writers hold the database lock), so two concurrent
writers on one document see each other's version and one of them gets the stale version.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from jixiao.domain.access import Actor, Scope
from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.domain.workflow import ReturnReason, Stage, State, Status
from jixiao.store.lookup import Found, Wanted
from jixiao.store.tables import (
    ApprovedVersionRow,
    DepartmentRow,
    DocumentRow,
    FindingNoteRow,
    RegionRow,
    WorkflowEventRow,
    WorkflowRow,
)


@dataclass(frozen=True)
class WorkflowKey:
    department_id: int
    fiscal_year: int
    kind: str
    subject: str
    stage: Stage = Stage.DECLARATION
    round: str = ""


@dataclass(frozen=True)
class Event:
    at: datetime
    actor: str
    role: str
    action: str
    from_state: State
    to_state: State
    version: int
    reasons: tuple[ReturnReason, ...]
    note: str | None


@dataclass(frozen=True)
class Note:
    finding_key: str
    kind: str  # explanation / comment
    text: str
    author: str
    at: datetime


def _key_terms(key: WorkflowKey) -> list[Any]:
    return [
        WorkflowRow.department_id == key.department_id,
        WorkflowRow.fiscal_year == key.fiscal_year,
        WorkflowRow.kind == key.kind,
        WorkflowRow.subject == key.subject,
        WorkflowRow.stage == key.stage.value,
        WorkflowRow.round == key.round,
    ]


def _query(key: WorkflowKey) -> Any:
    return select(WorkflowRow).where(*_key_terms(key))


def record(session: Session, key: WorkflowKey, *, lock: bool = False) -> WorkflowRow | None:
    query = _query(key).execution_options(populate_existing=True)
    if lock:
        query = query.with_for_update()
    row: WorkflowRow | None = session.scalars(query).one_or_none()
    return row


def status(session: Session, key: WorkflowKey, *, lock: bool = False) -> Status:
    """The subject's status; a draft at version 0 when it has no record yet."""
    row = record(session, key, lock=lock)
    if row is None:
        return Status(stage=key.stage, round=key.round)
    return status_of(row)


def statuses(session: Session, found: Found) -> list[Status]:
    """Every workflow record of a stored document: its declaration, monitoring rounds and
    self-evaluation (those never written through have none)."""
    key = key_of(found)
    query = select(WorkflowRow).where(*_key_terms(key)[:4])
    return [status_of(row) for row in session.scalars(query)]


def status_of(row: WorkflowRow) -> Status:
    return Status(
        stage=Stage(row.stage),
        round=row.round,
        state=State(row.state),
        version=row.version,
        adjusting=row.adjusting,
        last_editor=row.last_editor,
    )


@dataclass(frozen=True)
class Located:
    """Where a stored document is and what its declaration's workflow is at, without the
    document: enough to check a reader's scope and to find what a worker keeps of it."""

    document_id: int
    revision: int
    saved_at: datetime
    scope: Scope  # of the working copy (see working_scope)
    version: int  # the declaration's workflow version; 0 for a draft never written


def _locate_statement(region: bool, project: bool) -> Any:
    documents, departments = DocumentRow.__table__, DepartmentRow.__table__
    regions, records = RegionRow.__table__, WorkflowRow.__table__
    query = (
        select(
            documents.c.id,
            documents.c.revision,
            documents.c.saved_at,
            departments.c.name,
            # as working_scope: the document's own code, else its region's
            func.coalesce(func.nullif(documents.c.region_code, ""), regions.c.code).label(
                "region_code"
            ),
            func.coalesce(records.c.version, 0).label("version"),
        )
        .join_from(documents, departments, documents.c.department_id == departments.c.id)
        .outerjoin(regions, departments.c.region_id == regions.c.id)
        .outerjoin(
            records,
            (records.c.department_id == documents.c.department_id)
            & (records.c.fiscal_year == documents.c.fiscal_year)
            & (records.c.kind == documents.c.kind)
            & (records.c.subject == documents.c.subject)
            & (records.c.stage == Stage.DECLARATION.value)
            & (records.c.round == ""),
        )
        .where(
            departments.c.name == bindparam("department"),
            documents.c.kind == bindparam("kind"),
            documents.c.fiscal_year == bindparam("year"),
        )
        .limit(2)
    )
    if region:
        query = query.where(regions.c.name == bindparam("region"))
    if project:
        query = query.where(documents.c.subject == bindparam("project"))
    return query


# Built once per shape (region and project named or not): a server's frequent read binds
# values only, and SQLAlchemy's compiled cache keeps the SQL.
_LOCATE = {(r, p): _locate_statement(r, p) for r in (False, True) for p in (False, True)}


def locate(session: Session, wanted: Wanted) -> Located | None:
    """The one document ``wanted`` names in a year, in one query of a few columns; None when
    there is none or more than one (the caller's full look-up then says which)."""
    if wanted.fiscal_year is None:
        return None
    statement = _LOCATE[wanted.region is not None, wanted.project is not None]
    values: dict[str, object] = {
        "department": wanted.department_name,
        "kind": wanted.kind.value,
        "year": wanted.fiscal_year,
    }
    if wanted.region is not None:
        values["region"] = wanted.region
    if wanted.project is not None:
        values["project"] = wanted.project
    rows = session.connection().execute(statement, values).all()
    if len(rows) != 1:
        return None
    found = rows[0]
    scope = Scope(found.name, found.region_code, False)
    return Located(found.id, found.revision, found.saved_at, scope, found.version)


def ensure(session: Session, key: WorkflowKey) -> WorkflowRow:
    """The subject's record, locked, created (a draft at version 0) when missing."""
    row = record(session, key, lock=True)
    if row is None:
        row = WorkflowRow(
            department_id=key.department_id,
            fiscal_year=key.fiscal_year,
            kind=key.kind,
            subject=key.subject,
            stage=key.stage.value,
            round=key.round,
            state=State.DRAFT.value,
            version=0,
            adjusting=False,
            last_editor=None,
            updated_at=datetime.now(UTC),
        )
        session.add(row)
        session.flush()
    return row


def edited(session: Session, key: WorkflowKey, actor: Actor, note: str | None = None) -> Status:
    """A content write: version + 1, the editor recorded (separation of duties), and an
    event (its note says what changed) so a stale writer can be told what happened since."""
    row = ensure(session, key)
    state = State(row.state)
    status = move(session, key, actor, "编辑", state, note=note)
    row.last_editor = actor.login
    session.flush()
    return replace(status, last_editor=actor.login)


def changes_since(session: Session, key: WorkflowKey, version: int) -> list[str]:
    """What happened after ``version``, one Chinese line per event."""
    lines = []
    for event in events(session, key):
        if event.version <= version:
            continue
        what = event.action
        if event.from_state is not event.to_state:
            what += f"({event.from_state.value}→{event.to_state.value})"
        line = f"版本 {event.version}:{event.actor}({event.role}){what}"
        if event.note:
            line += f":{event.note}"
        lines.append(line)
    return lines


def working_scope(found: Found) -> Scope:
    """The scope of a stored document's working copy (published or not, it is only for those
    whose scope covers the department): no query needed."""
    region_code = found.document.region_code or (found.region.code if found.region else None)
    return Scope(found.department.name, region_code, False)


def scope_of(session: Session, found: Found) -> Scope:
    """The access scope of a stored document: its department, region code, published."""
    working = working_scope(found)
    key = key_of(found)
    published = session.scalar(
        select(func.count())
        .select_from(ApprovedVersionRow)
        .join(WorkflowRow, ApprovedVersionRow.workflow_id == WorkflowRow.id)
        .where(*_key_terms(key), ApprovedVersionRow.published_at.is_not(None))
    )
    return replace(working, published=bool(published))


def key_of(found: Found, stage: Stage = Stage.DECLARATION, round: str = "") -> WorkflowKey:
    document = found.document
    return WorkflowKey(
        document.department_id, document.fiscal_year, document.kind, document.subject, stage, round
    )


SummaryKey = tuple[str, str | None, int, str, str]  # department, region, year, kind, subject


def scopes(session: Session) -> dict[SummaryKey, Scope]:
    """The access scope of every stored document, keyed like a document summary."""
    published = (
        select(
            WorkflowRow.department_id,
            WorkflowRow.fiscal_year,
            WorkflowRow.kind,
            WorkflowRow.subject,
        )
        .join(ApprovedVersionRow, ApprovedVersionRow.workflow_id == WorkflowRow.id)
        .where(
            WorkflowRow.stage == Stage.DECLARATION.value,
            ApprovedVersionRow.published_at.is_not(None),
        )
    )
    public = {tuple(row) for row in session.execute(published)}
    query = (
        select(
            DocumentRow.department_id,
            DocumentRow.fiscal_year,
            DocumentRow.kind,
            DocumentRow.subject,
            DepartmentRow.name,
            RegionRow.name,
            DocumentRow.region_code,
            RegionRow.code,
        )
        .join(DepartmentRow, DocumentRow.department_id == DepartmentRow.id)
        .outerjoin(RegionRow, DepartmentRow.region_id == RegionRow.id)
    )
    found: dict[SummaryKey, Scope] = {}
    for dep_id, year, kind, subject, name, region, stated_code, region_code in session.execute(
        query
    ):
        is_public = (dep_id, year, kind, subject) in public
        found[(name, region, year, kind, subject)] = Scope(
            name, stated_code or region_code, is_public
        )
    return found


PublicKey = tuple[str, str | None, int]  # department, region, year


def published_stage(session: Session, stage: Stage) -> set[PublicKey]:
    """The department-years whose ``stage`` (a department document's self-evaluation, say)
    is published, keyed like the portal's entries."""
    query = (
        select(DepartmentRow.name, RegionRow.name, WorkflowRow.fiscal_year)
        .join(DepartmentRow, WorkflowRow.department_id == DepartmentRow.id)
        .outerjoin(RegionRow, DepartmentRow.region_id == RegionRow.id)
        .where(
            WorkflowRow.stage == stage.value,
            WorkflowRow.kind == DocumentKind.DEPARTMENT_PERFORMANCE.value,
            WorkflowRow.subject == "",
            WorkflowRow.state == State.PUBLISHED.value,
        )
    )
    return {(name, region, year) for name, region, year in session.execute(query)}


def move(
    session: Session,
    key: WorkflowKey,
    actor: Actor,
    action: str,
    to_state: State,
    *,
    reasons: Sequence[ReturnReason] = (),
    note: str | None = None,
    adjusting: bool | None = None,
) -> Status:
    """A transition: the new state, version + 1, and an event in the history."""
    row = ensure(session, key)
    from_state = row.state
    row.state = to_state.value
    row.version += 1
    row.updated_at = datetime.now(UTC)
    if adjusting is not None:
        row.adjusting = adjusting
    session.add(
        WorkflowEventRow(
            workflow_id=row.id,
            at=row.updated_at,
            actor=actor.login,
            role=actor.role.value,
            action=action,
            from_state=from_state,
            to_state=to_state.value,
            version=row.version,
            reasons=[{"location": r.location, "reason": r.reason} for r in reasons],
            note=note,
        )
    )
    session.flush()
    return status_of(row)


def events(session: Session, key: WorkflowKey) -> list[Event]:
    row = record(session, key)
    if row is None:
        return []
    query = (
        select(WorkflowEventRow)
        .where(WorkflowEventRow.workflow_id == row.id)
        .order_by(WorkflowEventRow.id)
    )
    return [
        Event(
            at=event.at,
            actor=event.actor,
            role=event.role,
            action=event.action,
            from_state=State(event.from_state),
            to_state=State(event.to_state),
            version=event.version,
            reasons=tuple(ReturnReason(r["location"], r["reason"]) for r in event.reasons),
            note=event.note,
        )
        for event in session.scalars(query)
    ]


def set_note(
    session: Session, key: WorkflowKey, finding_key: str, kind: str, text: str, author: str
) -> None:
    """A submitter's explanation or a reviewer's comment, replacing the earlier one."""
    row = ensure(session, key)
    query = select(FindingNoteRow).where(
        FindingNoteRow.workflow_id == row.id,
        FindingNoteRow.finding_key == finding_key,
        FindingNoteRow.note_kind == kind,
    )
    note = session.scalars(query).one_or_none()
    now = datetime.now(UTC)
    if note is None:
        session.add(
            FindingNoteRow(
                workflow_id=row.id,
                finding_key=finding_key,
                note_kind=kind,
                text=text,
                author=author,
                at=now,
            )
        )
    else:
        note.text, note.author, note.at = text, author, now
    session.flush()


def notes(session: Session, key: WorkflowKey) -> list[Note]:
    row = record(session, key)
    if row is None:
        return []
    query = (
        select(FindingNoteRow)
        .where(FindingNoteRow.workflow_id == row.id)
        .order_by(FindingNoteRow.id)
    )
    return [
        Note(note.finding_key, note.note_kind, note.text, note.author, note.at)
        for note in session.scalars(query)
    ]


def find_exact(session: Session, document: PerformanceDocument) -> Found | None:
    """The stored version of this document's key (department in its region, year, kind,
    subject), None when there is none: the key as a save would replace it."""
    query = (
        select(DocumentRow, DepartmentRow, RegionRow)
        .join(DepartmentRow, DocumentRow.department_id == DepartmentRow.id)
        .outerjoin(RegionRow, DepartmentRow.region_id == RegionRow.id)
        .where(
            DepartmentRow.name == document.department.name,
            DocumentRow.fiscal_year == document.fiscal_year,
            DocumentRow.kind == document.kind.value,
            DocumentRow.subject == document.subject,
        )
        .execution_options(populate_existing=True)
    )
    region = document.department.region_name
    query = query.where(
        RegionRow.name == region if region is not None else DepartmentRow.region_id.is_(None)
    )
    row = session.execute(query).first()
    return None if row is None else Found(row[0], row[1], row[2])


def department_scope(session: Session, department_id: int) -> Scope:
    """The scope of a department's own data (actuals): never published."""
    query = (
        select(DepartmentRow.name, RegionRow.code)
        .outerjoin(RegionRow, DepartmentRow.region_id == RegionRow.id)
        .where(DepartmentRow.id == department_id)
    )
    name, code = session.execute(query).one()
    return Scope(name, code, published=False)
