"""The library API: everything the CLI (and later the web app) does, callable from Python.

Like sqlite-utils, the command line is a thin skin over this class::

    from jixiao.workspace import Workspace
    ws = Workspace()                      # the embedded SQLite default, or Workspace(url)
    ws.load_file(Path("dept-2020.json"))  # validate and store, one transaction
    doc = ws.document("某某部门", 2020)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from jixiao.domain.actuals import Actuals
from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.domain.review import Finding
from jixiao.ingest.pipeline import import_file
from jixiao.ingest.report import ImportReport
from jixiao.interchange import dump_document, load_document_file
from jixiao.interchange.actuals_table import load_actuals_file
from jixiao.store import actuals as stored_actuals
from jixiao.store import db, repository
from jixiao.store import findings as stored_findings
from jixiao.store.lookup import Wanted, find_document
from jixiao.store.repository import DocumentSummary, SaveResult


class Workspace:
    """A jixiao database: the default SQLite file, or any URL (PostgreSQL in production)."""

    def __init__(self, url: str | None = None) -> None:
        self.url = db.resolve_url(url)
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = db.create_engine_for(self.url)
        return self._engine

    def init(self) -> str:
        """Create or upgrade the schema; returns the migration revision now in force."""
        db.upgrade(self.engine)
        return db.current_revision(self.engine) or ""

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is one transaction: committed on success, else rolled back."""
        db.ensure_current(self.engine)
        with Session(self.engine) as session, session.begin():
            yield session

    def save(self, document: PerformanceDocument) -> SaveResult:
        with self.session() as session:
            return repository.save_document(session, document)

    def load_file(self, path: Path) -> SaveResult:
        return self.save(load_document_file(path))

    def import_file(self, path: Path, partial: bool = False) -> tuple[SaveResult, ImportReport]:
        """Read a published document (text, PDF, scan, Excel), store it, and say how it was
        read; nothing is stored when it cannot be read, or is incomplete unless ``partial``."""
        return import_file(self, path, partial)

    def documents(self) -> list[DocumentSummary]:
        with self.session() as session:
            return repository.list_documents(session)

    def document(
        self,
        department: str,
        fiscal_year: int | None = None,
        region: str | None = None,
        *,
        kind: DocumentKind = DocumentKind.DEPARTMENT_PERFORMANCE,
        project: str | None = None,
    ) -> PerformanceDocument:
        """A stored document; project-level forms (``kind``) are told apart by ``project``."""
        with self.session() as session:
            return repository.load_document(
                session, department, fiscal_year, region, kind=kind, project=project
            )

    def export_json(
        self,
        department: str,
        fiscal_year: int | None = None,
        *,
        kind: DocumentKind = DocumentKind.DEPARTMENT_PERFORMANCE,
        project: str | None = None,
    ) -> str:
        return dump_document(self.document(department, fiscal_year, kind=kind, project=project))

    def actuals(self, department: str, fiscal_year: int, region: str | None = None) -> Actuals:
        """The stored actuals of the department-year (empty when none were recorded)."""
        with self.session() as session:
            found = stored_actuals.department_id_of(session, department, region)
            return stored_actuals.load_actuals(session, found, fiscal_year, department)

    def record(
        self, department: str, fiscal_year: int, actuals: Actuals, *, replace: bool = False
    ) -> None:
        """Add the records to the department-year's actuals (or replace them), one transaction."""
        with self.session() as session:
            found = stored_actuals.department_id_of(session, department)
            if replace:
                stored_actuals.delete_actuals(session, found, fiscal_year)
            stored_actuals.add_actuals(session, found, fiscal_year, actuals)

    def import_actuals(
        self, path: Path, department: str, fiscal_year: int, *, replace: bool = False
    ) -> Actuals:
        """Read a CSV/Excel table of actuals and store all of it, or nothing on an error."""
        actuals = load_actuals_file(path, department, fiscal_year)
        self.record(department, fiscal_year, actuals, replace=replace)
        return actuals

    def save_findings(
        self, document: PerformanceDocument, findings: Sequence[Finding]
    ) -> int | None:
        """Store a review's findings in place of the document's previous review, one
        transaction; how many were stored, or None (nothing stored) when the document is not
        in the database as it is (a file never loaded, or changed since)."""
        with self.session() as session:
            department = stored_findings.stored_department_id(session, document)
            if department is None:
                return None
            return stored_findings.replace_findings(
                session, department, document.fiscal_year, document.kind, document.subject, findings
            )

    def findings(
        self,
        department: str,
        fiscal_year: int | None = None,
        region: str | None = None,
        *,
        kind: DocumentKind = DocumentKind.DEPARTMENT_PERFORMANCE,
        project: str | None = None,
    ) -> list[Finding]:
        """The findings of the latest stored review of a stored document (empty when it has
        not been reviewed); the document is found as :meth:`document` finds it."""
        with self.session() as session:
            found = find_document(session, Wanted(department, fiscal_year, region, kind, project))
            return stored_findings.load_findings(
                session,
                found.department.id,
                found.document.fiscal_year,
                kind,
                found.document.subject,
            )

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
