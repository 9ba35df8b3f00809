"""Use case: documents. Parse a published document, import it, load a canonical JSON file,
list, show, export and delete stored ones; each call that touches the database is one unit
of work.

Importing parses before it touches the database: a file that cannot be read, is of no known
genre, or is incomplete (unless ``partial``) writes nothing, not even the schema.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from jixiao.app import guard
from jixiao.app.memo import Memo
from jixiao.app.reading import parse as parse  # re-exported: its old home
from jixiao.app.uow import Database, Journal, local_actor
from jixiao.domain.access import Actor, Scope, can_read
from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.domain.versions import compare, describe
from jixiao.domain.workflow import Action, Status, decide
from jixiao.errors import AccessDenied
from jixiao.ingest.pipeline import (
    IncompleteDocumentError,
    IncompleteKeyError,
    KeyParts,
    complete_key,
    missing_parts,
)
from jixiao.ingest.report import ImportReport, ItemKind
from jixiao.interchange import (
    document_schema,
    dump_document,
    load_document_file,
    parse_document_json,
)
from jixiao.store import reader, repository, versions
from jixiao.store import workflow as stored_workflow
from jixiao.store.lookup import Found, Wanted, find_document
from jixiao.store.repository import DocumentSummary, SaveResult

__all__ = [
    "DocumentSummary",
    "ImportReport",
    "IncompleteDocumentError",
    "IncompleteKeyError",
    "ItemKind",
    "KeyParts",
    "SaveResult",
    "delete",
    "document",
    "document_schema",
    "documents",
    "dump_document",
    "export_json",
    "import_file",
    "load_file",
    "parse",
    "save",
    "working_copy",
]


def save(
    database: Database,
    document: PerformanceDocument,
    *,
    actor: Actor | None = None,
    expected_version: int | None = None,
) -> SaveResult:
    """Store the document in place of its stored version, one audited transaction.

    Only in 草稿/退回 and by the department's editor or approver (or an administrator);
    ``expected_version``: refuse (StaleVersion) unless it is the document's version.
    """
    return database.audited(
        actor or local_actor(),
        lambda session, journal: _save(session, journal, document, expected_version),
    )


def _save(
    session: Session, journal: Journal, document: PerformanceDocument, expected: int | None
) -> SaveResult:
    found = stored_workflow.find_exact(session, document)
    before: PerformanceDocument | None = None
    status, key = Status(), None
    if found is None:
        region = document.department.region
        scope = Scope(document.department.name, region.code if region else None, False)
    else:
        key = stored_workflow.key_of(found)
        status = stored_workflow.status(session, key, lock=True)
        # Read again under the lock: a concurrent writer may have replaced it meanwhile.
        found = stored_workflow.find_exact(session, document) or found
        scope = stored_workflow.scope_of(session, found)
        before = reader.assemble(session, found)
    what = guard.document_label(document)
    guard.require_write(journal.actor, scope, what)
    decide(Action.EDIT, status, journal.actor, scope)
    guard.require_version(session, key, status, expected)
    result = repository.save_document(session, document)
    stored = stored_workflow.find_exact(session, document)
    assert stored is not None
    note = "新建" if before is None else _summary(describe(compare(before, document)))
    after = stored_workflow.edited(session, stored_workflow.key_of(stored), journal.actor, note)
    journal.record("保存文档", what, before, document, note)
    return replace(result, version=after.version)


def _summary(lines: list[str], shown: int = 5) -> str:
    if not lines:
        return "内容未变"
    more = f"等 {len(lines)} 处" if len(lines) > shown else ""
    return ";".join(lines[:shown]) + more


def load_file(database: Database, path: Path, *, actor: Actor | None = None) -> SaveResult:
    """Validate a canonical JSON document and store it."""
    return save(database, load_document_file(path), actor=actor)


def import_file(
    database: Database,
    path: Path,
    partial: bool = False,
    *,
    upgrade: bool = False,
    key: KeyParts | None = None,
    actor: Actor | None = None,
) -> tuple[SaveResult, ImportReport]:
    """Read a published document, store it (one transaction) and say how it was read.

    Nothing is stored when it cannot be read, or is incomplete unless ``partial``
    (:class:`IncompleteDocumentError`, which carries the report), or does not say whose or
    which year it is and ``key`` does not say either (:class:`IncompleteKeyError`);
    ``upgrade``: create or upgrade the schema first, once the document has been read.
    """
    document, report = parse(path)
    document = complete_key(document, report, key or KeyParts())
    if not partial and missing_parts(report):
        raise IncompleteDocumentError.of(report)
    if upgrade:
        database.init()
    return save(database, document, actor=actor), report


def documents(database: Database, *, actor: Actor | None = None) -> list[DocumentSummary]:
    """The stored documents the actor may read (every one for the local user)."""
    actor = actor or local_actor()
    with database.session() as session:
        summaries = repository.list_documents(session)
        scopes = stored_workflow.scopes(session)
    return [
        summary
        for summary in summaries
        if can_read(
            actor,
            scopes[
                (
                    summary.department,
                    summary.region,
                    summary.fiscal_year,
                    summary.kind.value,
                    summary.subject,
                )
            ],
        )
    ]


def document(
    database: Database,
    department: str,
    fiscal_year: int | None = None,
    region: str | None = None,
    *,
    kind: DocumentKind = DocumentKind.DEPARTMENT_PERFORMANCE,
    project: str | None = None,
    actor: Actor | None = None,
) -> PerformanceDocument:
    """A stored document; project-level forms (``kind``) are told apart by ``project``.

    Those whose scope covers the department read the working copy; anyone else reads the
    published version, if there is one (AccessDenied otherwise: nothing is revealed).
    """
    actor = actor or local_actor()
    with database.session() as session:
        found = find_document(session, Wanted(department, fiscal_year, region, kind, project))
        return readable(session, found, actor)


# A worker's recently read working copies, by database and stored version: saving a document
# replaces it under a new id and revision, so (id, revision, saved_at) names one content for
# good; the names joined from other rows (department, region) are part of the key too.
WorkingCopyKey = tuple[str, int, int, datetime, str, str | None]
WORKING_COPIES: Memo[WorkingCopyKey, PerformanceDocument] = Memo(64)


def working_copy(database: Database, session: Session, found: Found) -> PerformanceDocument:
    """The stored document's working copy, for a caller that has checked the actor may read
    it: assembled from its rows once per worker and stored version (:mod:`jixiao.app.memo`).
    The document is shared between requests: callers must not change it."""
    row = found.document
    region = found.region.name if found.region else None
    key = (database.url, row.id, row.revision, row.saved_at, found.department.name, region)
    kept = WORKING_COPIES.get(key, lambda: reader.assemble(session, found))
    assert kept is not None  # assemble never returns None
    return kept


def readable(session: Session, found: Found, actor: Actor) -> PerformanceDocument:
    """The version of a stored document the actor may read."""
    scope = stored_workflow.scope_of(session, found)
    if can_read(actor, replace(scope, published=False)):
        return reader.assemble(session, found)
    published = versions.published_snapshot(session, stored_workflow.key_of(found))
    if published is None:
        raise AccessDenied(f"无权查看{guard.label(found)}")
    return parse_document_json(published, "已公开版本")


def export_json(
    database: Database,
    department: str,
    fiscal_year: int | None = None,
    *,
    kind: DocumentKind = DocumentKind.DEPARTMENT_PERFORMANCE,
    project: str | None = None,
    actor: Actor | None = None,
) -> str:
    """A stored document as canonical JSON."""
    return dump_document(
        document(database, department, fiscal_year, kind=kind, project=project, actor=actor)
    )


def delete(
    database: Database,
    department: str,
    fiscal_year: int,
    region: str | None = None,
    *,
    kind: DocumentKind = DocumentKind.DEPARTMENT_PERFORMANCE,
    project: str | None = None,
    actor: Actor | None = None,
    expected_version: int | None = None,
) -> None:
    """Delete a stored document with its parts and its stored review, one audited
    transaction; only while it may be edited (草稿/退回). Its workflow record stays, so the
    history and the approved versions are kept."""
    wanted = Wanted(department, fiscal_year, region, kind, project)

    def work(session: Session, journal: Journal) -> None:
        found = find_document(session, wanted)
        scope = stored_workflow.scope_of(session, found)
        what = guard.label(found)
        guard.require_write(journal.actor, scope, what)
        key = stored_workflow.key_of(found)
        status = stored_workflow.status(session, key, lock=True)
        decide(Action.EDIT, status, journal.actor, scope)
        guard.require_version(session, key, status, expected_version)
        before = reader.assemble(session, found)
        repository.delete_document(
            session, department, fiscal_year, region, kind=kind, project=project
        )
        stored_workflow.edited(session, key, journal.actor, "删除文档")
        journal.record("删除文档", what, before, None)

    database.audited(actor or local_actor(), work)
