"""Use cases of the pages that no other module offers: a document as a reader may see it,
the public portal's search over published documents, and the open data of a year.

Access is decided here, in the application, with :mod:`jixiao.domain.access` (like every
use case an entry point calls for a user): a document the actor may not read is refused
with :class:`~jixiao.errors.AccessDenied`, which the web answers like a missing one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from jixiao.app import documents, opendata, resources
from jixiao.app import review as review_use_cases
from jixiao.app.uow import Database
from jixiao.domain.access import Actor, Role, Scope, can_read
from jixiao.domain.model import PerformanceDocument
from jixiao.domain.review import Finding
from jixiao.errors import AccessDenied

# Whether a department-year is published (公开): the workflow's answer, set by
# :func:`use_publication`; until a workflow is installed nothing is published.
PublishedCheck = Callable[[Database, str, int], bool]


def _nothing_published(database: Database, department: str, fiscal_year: int) -> bool:
    return False


_published: PublishedCheck = _nothing_published


def use_publication(check: PublishedCheck) -> None:
    """Install the workflow's answer to "is this department-year published?"."""
    global _published
    _published = check


def is_published(database: Database, department: str, fiscal_year: int) -> bool:
    return _published(database, department, fiscal_year)


@dataclass(frozen=True)
class Readable:
    """A document as ``actor`` may see it: the public gets no review findings."""

    document: PerformanceDocument
    published: bool
    findings: list[Finding] | None
    state: str = "已公开"
    version: int | None = None


def _scope(document: PerformanceDocument, published: bool) -> Scope:
    region = document.department.region
    return Scope(document.department.name, region.code if region else None, published)


def read(database: Database, actor: Actor, department: str, fiscal_year: int) -> Readable:
    """The department-year's document, if ``actor`` may read it: a published one is
    everyone's; otherwise the same access check as the API's read (``app.resources``)."""
    published = is_published(database, department, fiscal_year)
    state, version = "已公开", None
    if published:
        document = documents.document(database, department, fiscal_year)
    else:
        stored = resources.read(database, actor, resources.DocumentRef(department, fiscal_year))
        document, state, version = stored.document, stored.state, stored.version
    if not can_read(actor, _scope(document, published)):
        raise AccessDenied(f"无权查看“{department}”{fiscal_year} 年的文档")
    findings = None
    if actor.role is not Role.PUBLIC:
        findings = review_use_cases.findings(database, department, fiscal_year)
    return Readable(document, published, findings, state, version)


@dataclass(frozen=True)
class PortalQuery:
    """The portal's search: any of department (part of its name), year, indicator name."""

    department: str = ""
    fiscal_year: int | None = None
    indicator: str = ""


@dataclass(frozen=True)
class PortalEntry:
    department: str
    region: str | None
    fiscal_year: int
    projects: int
    indicators: int
    matched: tuple[str, ...] = ()  # indicator names that matched the query


def search(database: Database, query: PortalQuery) -> list[PortalEntry]:
    """Published department documents matching the query, newest year first."""
    entries = []
    for summary in documents.documents(database):
        if summary.subject or not is_published(database, summary.department, summary.fiscal_year):
            continue
        if query.fiscal_year is not None and summary.fiscal_year != query.fiscal_year:
            continue
        if query.department and query.department not in summary.department:
            continue
        matched: tuple[str, ...] = ()
        if query.indicator:
            document = documents.document(database, summary.department, summary.fiscal_year)
            names = {i.name for _, i in document.all_indicators()}
            matched = tuple(sorted(n for n in names if query.indicator in n))
            if not matched:
                continue
        entries.append(
            PortalEntry(
                summary.department,
                summary.region,
                summary.fiscal_year,
                summary.projects,
                summary.indicators,
                matched,
            )
        )
    return sorted(entries, key=lambda e: (-e.fiscal_year, e.department))


def published_years(database: Database) -> list[int]:
    return sorted({e.fiscal_year for e in search(database, PortalQuery())}, reverse=True)


def year_documents(database: Database, fiscal_year: int) -> list[PerformanceDocument]:
    """Every published department document of the year, for the bulk download."""
    entries = search(database, PortalQuery(fiscal_year=fiscal_year))
    return [documents.document(database, e.department, e.fiscal_year) for e in entries]


def open_data(
    database: Database, actor: Actor, department: str, fiscal_year: int, form: str
) -> str:
    """The document's open data, ``form`` "json" or "csv" (only what ``actor`` may read)."""
    document = read(database, actor, department, fiscal_year).document
    return opendata.document_json(document) if form == "json" else opendata.document_csv(document)


def year_open_data(database: Database, fiscal_year: int, form: str) -> str:
    documents_ = year_documents(database, fiscal_year)
    if form == "json":
        return opendata.year_json(fiscal_year, documents_)
    return opendata.year_csv(documents_)
