"""Use cases of the pages that no other module offers: a document as a reader may see it,
the public portal's search over published documents, the published self-evaluation results
(绩效自评结果) and the open data of a year.

Access is decided here, in the application, with :mod:`jixiao.domain.access` (like every
use case an entry point calls for a user): a document the actor may not read is refused
with :class:`~jixiao.errors.AccessDenied`, which the web answers like a missing one.
"""

from __future__ import annotations

from dataclasses import dataclass

from jixiao.app import documents, opendata, workflow
from jixiao.app import review as review_use_cases
from jixiao.app.opendata import PublishedResults
from jixiao.app.uow import Database
from jixiao.domain.access import ANONYMOUS, Actor, Role, can_read
from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.domain.review import Finding
from jixiao.domain.scoring import evaluate_department, evaluate_project, scoring_profile
from jixiao.domain.workflow import Stage, State
from jixiao.errors import NotFoundError
from jixiao.store import actuals as stored_actuals
from jixiao.store import workflow as stored_workflow
from jixiao.store.lookup import find_document


@dataclass(frozen=True)
class Readable:
    """A document as ``actor`` may see it: those working on it see the working copy with its
    workflow (state, history, what they may do) and the review findings; anyone else the
    published version only."""

    document: PerformanceDocument
    published: bool
    findings: list[Finding] | None
    workflow: workflow.WorkflowView | None = None

    @property
    def state(self) -> str:
        return self.workflow.status.state.value if self.workflow else State.PUBLISHED.value

    @property
    def version(self) -> int | None:
        return self.workflow.status.version if self.workflow else None


def read(database: Database, actor: Actor, department: str, fiscal_year: int) -> Readable:
    """The department-year's document, as ``actor`` may read it (AccessDenied otherwise): one
    unit of work for the document, its workflow and its findings; the working copy is kept per
    worker under its stored version (:func:`jixiao.app.documents.working_copy`)."""
    ref = workflow.SubjectRef(department, fiscal_year)
    with database.session() as session:
        found = find_document(session, ref.wanted())
        if actor.role is Role.PUBLIC or not can_read(actor, stored_workflow.working_scope(found)):
            return Readable(documents.readable(session, found, actor), True, None)
        document = documents.working_copy(database, session, found)
        scope = stored_workflow.scope_of(session, found)
        view = workflow.view_in(session, actor, found, scope, ref)
        findings = review_use_cases.findings_in(session, found)
    return Readable(document, view.published is not None, findings, view)


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
    results: bool = False  # its self-evaluation results are published too


def search(database: Database, query: PortalQuery) -> list[PortalEntry]:
    """Published department documents matching the query, newest year first."""
    entries = []
    with_results = _with_results(database)
    for summary in documents.documents(database, actor=ANONYMOUS):
        if summary.subject or summary.kind is not DocumentKind.DEPARTMENT_PERFORMANCE:
            continue
        if query.fiscal_year is not None and summary.fiscal_year != query.fiscal_year:
            continue
        if query.department and query.department not in summary.department:
            continue
        matched: tuple[str, ...] = ()
        if query.indicator:
            document = _published(database, summary.department, summary.fiscal_year)
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
                (summary.department, summary.region, summary.fiscal_year) in with_results,
            )
        )
    return sorted(entries, key=lambda e: (-e.fiscal_year, e.department))


def _with_results(database: Database) -> set[stored_workflow.PublicKey]:
    with database.session() as session:
        return stored_workflow.published_stage(session, Stage.SELF_EVALUATION)


def results(database: Database, department: str, fiscal_year: int) -> PublishedResults:
    """The department-year's self-evaluation results, once published (NotFoundError before:
    the public learns nothing of one not published). The sheets score the declaration's
    published version against the stored year-end values, which cannot change once the
    self-evaluation is submitted (:mod:`jixiao.app.actuals`), so they are the values the
    reviewer approved."""
    ref = workflow.SubjectRef(department, fiscal_year)
    with database.session() as session:
        found = find_document(session, ref.wanted())
        key = stored_workflow.key_of(found, Stage.SELF_EVALUATION)
        if stored_workflow.status(session, key).state is not State.PUBLISHED:
            raise NotFoundError(f"{department} {fiscal_year} 年度的绩效自评结果尚未公开")
        document = documents.readable(session, found, ANONYMOUS)
        records = stored_actuals.load_actuals(session, found.department.id, fiscal_year)
        # when it was published: the transition into 已公开 (a self-evaluation keeps no versions)
        events = stored_workflow.events(session, key)
        published = [e.at for e in events if e.to_state is State.PUBLISHED]
    profile = scoring_profile("default")
    sheets = [evaluate_project(p, records, profile) for p in document.projects]
    sheets.append(evaluate_department(document, records, profile))
    region = document.department.region
    return PublishedResults(
        document.department.name,
        region.code if region else None,
        fiscal_year,
        tuple(sheets),
        published[-1] if published else None,
    )


def year_results(database: Database, fiscal_year: int, form: str) -> str:
    """Every published self-evaluation of the year, ``form`` "json" or "csv"."""
    found = [
        results(database, e.department, e.fiscal_year)
        for e in search(database, PortalQuery(fiscal_year=fiscal_year))
        if e.results
    ]
    return opendata.results_json(found) if form == "json" else opendata.results_csv(found)


def results_data(database: Database, department: str, fiscal_year: int, form: str) -> str:
    """One department-year's published self-evaluation, ``form`` "json" or "csv"."""
    found = [results(database, department, fiscal_year)]
    return opendata.results_json(found) if form == "json" else opendata.results_csv(found)


def _published(database: Database, department: str, fiscal_year: int) -> PerformanceDocument:
    return documents.document(database, department, fiscal_year, actor=ANONYMOUS)


def published_years(database: Database) -> list[int]:
    return sorted({e.fiscal_year for e in search(database, PortalQuery())}, reverse=True)


def year_documents(database: Database, fiscal_year: int) -> list[PerformanceDocument]:
    """Every published department document of the year, for the bulk download."""
    entries = search(database, PortalQuery(fiscal_year=fiscal_year))
    return [_published(database, e.department, e.fiscal_year) for e in entries]


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
