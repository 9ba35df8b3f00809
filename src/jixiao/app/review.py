"""Use case: reviewing a document (审核), with its history and peer context, and its findings.

The review itself is pure (:func:`jixiao.domain.review.review`); here are its inputs and its
outputs. The context comes from the database: the department's declarations of earlier years
and other departments' declarations of the same year, read with the repository API (the pure
:class:`~jixiao.domain.review.ReviewContext` does the matching). A review of a stored document
is stored in place of its previous one; a file's only when exactly that document is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from jixiao.app import guard
from jixiao.app.deadline import within_budget
from jixiao.app.uow import Database, Journal, local_actor, transaction
from jixiao.domain.access import Actor
from jixiao.domain.library import IndicatorLibrary, LibraryIndicator, standard_library
from jixiao.domain.library.matching import normalise_name
from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.domain.review import Finding, ReviewContext, ReviewProfile, ReviewReport, review
from jixiao.errors import JixiaoError
from jixiao.ingest.pipeline import KeyParts, complete_key, parse_file
from jixiao.interchange import load_document_file
from jixiao.interchange.review_profile import load_profile
from jixiao.store import findings as stored_findings
from jixiao.store import workflow as stored_workflow
from jixiao.store.lookup import Found, Wanted, find_document
from jixiao.store.repository import DocumentSummary, list_documents, load_document

# Declarations carry targets; monitoring and self-evaluation forms restate them.
DECLARATIONS: Final = frozenset({DocumentKind.DEPARTMENT_PERFORMANCE, DocumentKind.PROJECT_TARGET})
HISTORY_YEARS: Final = 3
MAX_PEERS: Final = 500


# --- the context ---------------------------------------------------------------------------


def _wanted(
    document: PerformanceDocument, summaries: list[DocumentSummary]
) -> list[DocumentSummary]:
    name, region, year = (
        document.department.name,
        document.department.region_name,
        document.fiscal_year,
    )
    declarations = [s for s in summaries if s.kind in DECLARATIONS]
    earlier = [
        s
        for s in declarations
        if s.department == name and s.region == region and s.fiscal_year < year
    ]
    years = sorted({s.fiscal_year for s in earlier}, reverse=True)[:HISTORY_YEARS]
    history = [s for s in earlier if s.fiscal_year in years]
    peers = [s for s in declarations if s.department != name and s.fiscal_year == year]
    return history + peers[:MAX_PEERS]


def context_in(
    session: Session, document: PerformanceDocument, library: IndicatorLibrary, threshold: float
) -> ReviewContext:
    """History (the last three earlier years) and peers (the same year) of ``document``, in
    the caller's unit of work."""
    others = [
        load_document(
            session,
            summary.department,
            summary.fiscal_year,
            summary.region,
            kind=summary.kind,
            project=summary.subject or None,
        )
        for summary in _wanted(document, list_documents(session))
    ]
    return ReviewContext.from_documents(document, others, library, threshold)


def review_context(
    engine: Engine, document: PerformanceDocument, library: IndicatorLibrary, threshold: float
) -> ReviewContext:
    """:func:`context_in`, one unit of work of its own."""
    with transaction(engine) as session:
        return context_in(session, document, library, threshold)


# --- findings ------------------------------------------------------------------------------


def save_findings(
    database: Database,
    document: PerformanceDocument,
    findings: Sequence[Finding],
    *,
    actor: Actor | None = None,
) -> int | None:
    """Store a review's findings in place of the document's previous review, one audited
    transaction; how many were stored, or None (nothing stored) when the document is not
    in the database as it is (a file never loaded, or changed since)."""

    def work(session: Session, journal: Journal) -> int | None:
        return save_findings_in(session, journal, document, findings)

    return database.audited(actor or local_actor(), work)


def save_findings_in(
    session: Session,
    journal: Journal,
    document: PerformanceDocument,
    findings: Sequence[Finding],
) -> int | None:
    """:func:`save_findings` in the caller's unit of work."""
    department = stored_findings.stored_department_id(session, document)
    if department is None:
        journal.nothing_written()
        return None
    found = stored_workflow.find_exact(session, document)
    if found is not None:
        scope = stored_workflow.scope_of(session, found)
        guard.require_write(journal.actor, scope, guard.label(found))
    stored = stored_findings.replace_findings(
        session, department, document.fiscal_year, document.kind, document.subject, findings
    )
    summary = [finding.model_dump(mode="json") for finding in findings]
    journal.record("保存审核结果", guard.document_label(document), None, summary, f"{stored} 条")
    return stored


def findings(
    database: Database,
    department: str,
    fiscal_year: int | None = None,
    region: str | None = None,
    *,
    kind: DocumentKind = DocumentKind.DEPARTMENT_PERFORMANCE,
    project: str | None = None,
    actor: Actor | None = None,
) -> list[Finding]:
    """The findings of the latest stored review of a stored document (empty when it has
    not been reviewed); only for those whose scope covers the document."""
    wanted = Wanted(department, fiscal_year, region, kind, project)
    with database.session() as session:
        found = find_document(session, wanted)
        scope = stored_workflow.scope_of(session, found)
        guard.require_read(
            actor or local_actor(), replace(scope, published=False), guard.label(found)
        )
        return findings_in(session, found)


def findings_in(session: Session, found: Found) -> list[Finding]:
    """The findings of the latest stored review of a found document, in the caller's unit of
    work (the caller has checked the actor may read them)."""
    document = found.document
    return stored_findings.load_findings(
        session,
        found.department.id,
        document.fiscal_year,
        DocumentKind(document.kind),
        document.subject,
    )


# --- the indicator library -----------------------------------------------------------------


def read_library_sheet(path: Path) -> tuple[LibraryIndicator, ...]:
    """A bureau's own indicator library (an Excel sheet)."""
    # Imported here: openpyxl (numpy under it) takes ~0.4 s to import, a fifth of every CLI
    # command's start-up, and only a bureau's Excel sheet needs it.
    from jixiao.interchange.library_excel import read_library_sheet as read

    return read(path)


def indicator_library(sheet: Path | None = None) -> IndicatorLibrary:
    """The built-in library, extended by a bureau's sheet when one is given."""
    library = standard_library()
    return library.extended(read_library_sheet(sheet)) if sheet is not None else library


@dataclass(frozen=True)
class SheetEntry:
    """An entry of a bureau's sheet and whether it adds to the built-in library or replaces
    one of its entries (same name or code)."""

    entry: LibraryIndicator
    replaces: bool

    @property
    def status(self) -> str:
        return "替换" if self.replaces else "新增"


def check_library_sheet(path: Path) -> list[SheetEntry]:
    """Read a bureau's sheet and say, per entry, what it does to the built-in library."""
    additions = read_library_sheet(path)
    base = standard_library()
    names = {normalise_name(e.name) for e in base.entries}
    codes = {e.code for e in base.entries}
    return [SheetEntry(e, normalise_name(e.name) in names or e.code in codes) for e in additions]


# --- the review ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewOutcome:
    report: ReviewReport
    saved: int | None  # findings stored; None: nothing stored


def review_target(
    target: str,
    year: int | None = None,
    url: str | None = None,
    *,
    profile: Path | None = None,
    library: Path | None = None,
    save: bool = True,
    key: KeyParts | None = None,
) -> ReviewOutcome:
    """Review a file (``target`` a path: a canonical JSON document, or any published document
    the importer reads, whose missing key parts ``key`` supplies; with the database ``url``
    when one is given) or a stored document (``target`` a department's name): the context
    from the database when there is one, the findings stored when asked for and the
    document is stored as it is."""
    settings = load_profile(profile) if profile is not None else ReviewProfile()
    indicators = indicator_library(library)
    document, database = _load(target, year, url, key or KeyParts())
    context = ReviewContext()
    if database is not None:
        with database.session() as session:
            context = context_in(session, document, indicators, settings.match_threshold)
    report = review(document, settings, context, indicators)
    saved = None
    if save and database is not None:
        saved = save_findings(database, document, report.findings)
    return ReviewOutcome(report, saved)


def _load(
    target: str, year: int | None, url: str | None, key: KeyParts
) -> tuple[PerformanceDocument, Database | None]:
    path = Path(target)
    if path.is_file():
        database = Database(url) if url is not None else None
        if path.suffix.lower() == ".json":
            return load_document_file(path), database
        document, report = within_budget(path, parse_file)  # a published document first
        year_given = key.fiscal_year if key.fiscal_year is not None else year
        parts = KeyParts(key.department, year_given, key.project)
        return complete_key(document, report, parts, action="审核"), database
    if path.suffix.lower() == ".json":
        raise JixiaoError(f"文件“{target}”不存在")
    database = Database(url)
    with database.session() as session:
        return load_document(session, target, year), database
