"""The repository API as the store tests call it: on an engine (one unit of work of its own,
:func:`jixiao.app.uow.transaction`, as the application opens it) or inside the test's session.

The store's functions take a session only; these are the tests' shorthand for "one call, one
transaction", so a store test reads as it did before the application layer owned sessions.
"""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from jixiao.app.uow import transaction
from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.store import repository
from jixiao.store.repository import DocumentSummary, SaveResult

DEFAULT_KIND = DocumentKind.DEPARTMENT_PERFORMANCE


def save_document(target: Session | Engine, doc: PerformanceDocument) -> SaveResult:
    if isinstance(target, Session):
        return repository.save_document(target, doc)
    with transaction(target) as session:
        return repository.save_document(session, doc)


def load_document(
    target: Session | Engine,
    department_name: str,
    fiscal_year: int | None = None,
    region: str | None = None,
    *,
    kind: DocumentKind = DEFAULT_KIND,
    project: str | None = None,
) -> PerformanceDocument:
    if isinstance(target, Session):
        return repository.load_document(
            target, department_name, fiscal_year, region, kind=kind, project=project
        )
    with Session(target) as session:
        return repository.load_document(
            session, department_name, fiscal_year, region, kind=kind, project=project
        )


def list_documents(target: Session | Engine) -> list[DocumentSummary]:
    if isinstance(target, Session):
        return repository.list_documents(target)
    with Session(target) as session:
        return repository.list_documents(session)


def delete_document(
    target: Session | Engine,
    department_name: str,
    fiscal_year: int,
    region: str | None = None,
    *,
    kind: DocumentKind = DEFAULT_KIND,
    project: str | None = None,
) -> None:
    if isinstance(target, Session):
        repository.delete_document(
            target, department_name, fiscal_year, region, kind=kind, project=project
        )
        return
    with transaction(target) as session:
        repository.delete_document(
            session, department_name, fiscal_year, region, kind=kind, project=project
        )
