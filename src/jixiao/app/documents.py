"""Use case: documents. Parse a published document, import it, load a canonical JSON file,
list, show, export and delete stored ones; each call that touches the database is one unit
of work.

Importing parses before it touches the database: a file that cannot be read, is of no known
genre, or is incomplete (unless ``partial``) writes nothing, not even the schema.
"""

from __future__ import annotations

from pathlib import Path

from jixiao.app.deadline import within_budget
from jixiao.app.uow import Database
from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.ingest.pipeline import (
    IncompleteDocumentError,
    IncompleteKeyError,
    KeyParts,
    complete_key,
    missing_parts,
    parse_file,
)
from jixiao.ingest.report import ImportReport, ItemKind
from jixiao.interchange import document_schema, dump_document, load_document_file
from jixiao.store import repository
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
]


def parse(path: Path) -> tuple[PerformanceDocument, ImportReport]:
    """Read and parse a published document (text, PDF, scan, Excel) without storing it,
    within the wall-clock budget (:mod:`jixiao.app.deadline`)."""
    return within_budget(path, parse_file)


def save(database: Database, document: PerformanceDocument) -> SaveResult:
    """Store the document in place of its stored version, one transaction."""
    return database.write(lambda session: repository.save_document(session, document))


def load_file(database: Database, path: Path) -> SaveResult:
    """Validate a canonical JSON document and store it."""
    return save(database, load_document_file(path))


def import_file(
    database: Database,
    path: Path,
    partial: bool = False,
    *,
    upgrade: bool = False,
    key: KeyParts | None = None,
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
    return save(database, document), report


def documents(database: Database) -> list[DocumentSummary]:
    with database.session() as session:
        return repository.list_documents(session)


def document(
    database: Database,
    department: str,
    fiscal_year: int | None = None,
    region: str | None = None,
    *,
    kind: DocumentKind = DocumentKind.DEPARTMENT_PERFORMANCE,
    project: str | None = None,
) -> PerformanceDocument:
    """A stored document; project-level forms (``kind``) are told apart by ``project``."""
    with database.session() as session:
        return repository.load_document(
            session, department, fiscal_year, region, kind=kind, project=project
        )


def export_json(
    database: Database,
    department: str,
    fiscal_year: int | None = None,
    *,
    kind: DocumentKind = DocumentKind.DEPARTMENT_PERFORMANCE,
    project: str | None = None,
) -> str:
    """A stored document as canonical JSON."""
    return dump_document(document(database, department, fiscal_year, kind=kind, project=project))


def delete(
    database: Database,
    department: str,
    fiscal_year: int,
    region: str | None = None,
    *,
    kind: DocumentKind = DocumentKind.DEPARTMENT_PERFORMANCE,
    project: str | None = None,
) -> None:
    """Delete a stored document with its parts and its stored review, one transaction."""
    database.write(
        lambda session: repository.delete_document(
            session, department, fiscal_year, region, kind=kind, project=project
        )
    )
