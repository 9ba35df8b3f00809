"""The storage API: save, load, list and delete documents.

A document is identified by its department, fiscal year, kind and, for a project-level kind
(one form per project), the project's name (``PerformanceDocument.subject``).

Every function takes a :class:`Session` and joins its transaction: the caller (the application
layer's unit of work, :mod:`jixiao.app.uow`) opens and commits it. Writes run in a SAVEPOINT, so
a failed save leaves the session usable and the previously saved version in place.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.errors import StoreError
from jixiao.store import findings, reader, writer
from jixiao.store.lookup import Wanted, find_document
from jixiao.store.results import DocumentCounts, DocumentSummary, SaveResult

__all__ = [
    "DocumentCounts",
    "DocumentSummary",
    "SaveResult",
    "delete_document",
    "list_documents",
    "load_document",
    "save_document",
]

DEFAULT_KIND = DocumentKind.DEPARTMENT_PERFORMANCE


def save_document(session: Session, doc: PerformanceDocument) -> SaveResult:
    """Store the document, replacing the stored version of the same department, year, kind
    and subject if any.

    One transaction: the old version (and all its rows) goes and the new one comes with
    ``revision`` + 1, or nothing changes.
    """
    with _writing(session):
        document_id, previous = writer.replace_document(session, doc)
    return SaveResult(
        document_id=document_id,
        department=doc.department.name,
        region=doc.department.region_name,
        fiscal_year=doc.fiscal_year,
        kind=doc.kind,
        subject=doc.subject,
        revision=1 if previous is None else previous + 1,
        replaced=previous is not None,
        counts=DocumentCounts.of(doc),
    )


def load_document(
    session: Session,
    department_name: str,
    fiscal_year: int | None = None,
    region: str | None = None,
    *,
    kind: DocumentKind = DEFAULT_KIND,
    project: str | None = None,
) -> PerformanceDocument:
    """The stored document of the department-year and kind; ``fiscal_year=None`` = the latest
    year; ``project``: which project's form, for a project-level kind.

    Raises NotFoundError, or AmbiguousNameError if the name is used in several regions and
    ``region`` is not given, or if there are several forms (projects) and ``project`` is not.
    """
    wanted = Wanted(department_name, fiscal_year, region, kind, project)
    return reader.assemble(session, find_document(session, wanted))


def list_documents(session: Session) -> list[DocumentSummary]:
    """Every stored document, by region, department, year, kind and subject."""
    return reader.summaries(session)


def delete_document(
    session: Session,
    department_name: str,
    fiscal_year: int,
    region: str | None = None,
    *,
    kind: DocumentKind = DEFAULT_KIND,
    project: str | None = None,
) -> None:
    """Delete the stored document of the department-year and kind (and project) with all its
    parts.

    The document's stored review goes with it; the department and region stay registered.
    Raises NotFoundError if there is none, or AmbiguousNameError as :func:`load_document` does.
    """
    wanted = Wanted(department_name, fiscal_year, region, kind, project)
    with _writing(session):
        found = find_document(session, wanted).document
        writer.delete_document_row(session, found.id)
        findings.delete_findings(
            session, found.department_id, found.fiscal_year, kind, found.subject
        )


@contextmanager
def _writing(session: Session) -> Iterator[Session]:
    with session.begin_nested():
        _require_foreign_keys(session)
        yield session


def _require_foreign_keys(session: Session) -> None:
    # Replacing a document relies on ON DELETE CASCADE; SQLite ignores it unless enabled,
    # which would leave orphans behind silently.
    if session.get_bind().dialect.name != "sqlite":
        return
    if not session.execute(text("PRAGMA foreign_keys")).scalar():
        raise StoreError(
            "SQLite 连接未启用外键约束(PRAGMA foreign_keys=ON),无法安全写入;"
            "请使用 jixiao.store.create_engine_for 创建数据库连接"
        )
