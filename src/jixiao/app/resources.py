"""Use cases of the server's resources as an actor: documents (list filtered and paged, read,
create and edit drafts, import, export, delete), their goals, projects and indicators,
actuals, reports, review findings with their notes, the workflow's calls and the audit log;
each checked against the actor's scope and, for a write, the version the client last read.

A document's ``version`` is its workflow version (every write and transition adds one); a
write naming another version than the current one is refused with what happened since
(:class:`~jixiao.errors.StaleVersion`), never applied over the other writer's. The writes go
through the audited use cases of :mod:`jixiao.app.documents` (workflow state, separation of
duties, the audit log); this module adds what the server needs around them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from jixiao.app import actuals, audit, documents, evaluation, monitoring, region, review, workflow
from jixiao.app.memo import Memo
from jixiao.app.scoped import Need, check
from jixiao.app.uow import Database
from jixiao.app.workflow import SubjectRef
from jixiao.domain.access import Actor, Role, Scope, can_read, can_write, covers_region
from jixiao.domain.actuals import Actuals
from jixiao.domain.model import (
    DepartmentGoal,
    DocumentKind,
    Indicator,
    PerformanceDocument,
    Project,
)
from jixiao.domain.monitoring import MonitoringReport
from jixiao.domain.review import Finding, ReviewProfile
from jixiao.domain.review import review as review_document
from jixiao.domain.target import parse_target
from jixiao.domain.workflow import Stage, State, finding_key
from jixiao.errors import (
    AccessDenied,
    AmbiguousNameError,
    InputError,
    NotFoundError,
    WorkflowError,
)
from jixiao.ingest.pipeline import KeyParts
from jixiao.ingest.report import ImportReport
from jixiao.store import audit as stored_audit
from jixiao.store import catalog, parts
from jixiao.store import workflow as stored_workflow
from jixiao.store.lookup import Found, Wanted, find_document
from jixiao.store.results import DocumentSummary, SaveResult

DRAFT = State.DRAFT.value
T = TypeVar("T")


@dataclass(frozen=True)
class DocumentRef:
    """Which stored document: the department (in ``region`` when its name is used in
    several), the year, the kind and, for a project-level form, the project."""

    department: str
    fiscal_year: int
    region: str | None = None
    kind: DocumentKind = DocumentKind.DEPARTMENT_PERFORMANCE
    project: str | None = None

    @property
    def wanted(self) -> Wanted:
        return Wanted(self.department, self.fiscal_year, self.region, self.kind, self.project)

    @classmethod
    def of(cls, document: PerformanceDocument) -> DocumentRef:
        return cls(
            document.department.name,
            document.fiscal_year,
            document.department.region_name,
            document.kind,
            document.subject or None,
        )


@dataclass(frozen=True)
class Listed:
    summary: DocumentSummary
    state: str
    version: int


@dataclass(frozen=True)
class Listing:
    total: int
    items: list[Listed]


@dataclass(frozen=True)
class DocumentFilter:
    department: str | None = None
    fiscal_year: int | None = None
    region: str | None = None  # a region's name, or a code prefix
    state: str | None = None
    kind: DocumentKind | None = None


@dataclass(frozen=True)
class Stored:
    document: PerformanceDocument
    state: str
    version: int


# --- reading ---------------------------------------------------------------------------------


def listing(
    database: Database, actor: Actor, wanted: DocumentFilter, limit: int, offset: int
) -> Listing:
    """The documents ``actor`` may read that match ``wanted``, ``limit`` from ``offset``."""
    readable = documents.documents(database, actor=actor)
    with database.session() as session:
        scopes = stored_workflow.scopes(session)
        statuses = catalog.declaration_statuses(session)
    items = []
    for summary in readable:
        key = _summary_key(summary)
        state, version = statuses.get(key, (DRAFT, 0))
        scope = scopes.get(key)
        code = scope.region_code if scope else None
        if scope is not None and not can_read(actor, replace(scope, published=False)):
            state = State.PUBLISHED.value  # the public reads the published version
        if _matches(summary, code, state, wanted):
            items.append(Listed(summary, state, version))
    return Listing(len(items), items[offset : offset + limit])


def _summary_key(summary: DocumentSummary) -> stored_workflow.SummaryKey:
    return (
        summary.department,
        summary.region,
        summary.fiscal_year,
        summary.kind.value,
        summary.subject,
    )


def _matches(
    summary: DocumentSummary, code: str | None, state: str, wanted: DocumentFilter
) -> bool:
    if wanted.department is not None and summary.department != wanted.department:
        return False
    if wanted.fiscal_year is not None and summary.fiscal_year != wanted.fiscal_year:
        return False
    if wanted.kind is not None and summary.kind is not wanted.kind:
        return False
    if wanted.state is not None and state != wanted.state:
        return False
    if wanted.region is None:
        return True
    return summary.region == wanted.region or (code or "").startswith(wanted.region)


def read(database: Database, actor: Actor, ref: DocumentRef) -> Stored:
    """The stored document with its state and version: the working copy for those whose
    scope covers it, the published version for anyone else; else not found (nothing of
    it, not even whether it exists, is revealed)."""
    with database.session() as session:
        found = _find(session, actor, ref)
        document = documents.readable(session, found, actor)
        status = stored_workflow.status(session, stored_workflow.key_of(found))
        scope = stored_workflow.scope_of(session, found)
    if not can_read(actor, replace(scope, published=False)):
        # The public reads the published version, whatever the working copy's state.
        return Stored(document, State.PUBLISHED.value, status.version)
    return Stored(document, status.state.value, status.version)


def _find(session: Session, actor: Actor, ref: DocumentRef) -> Found:
    """The stored document; a missing one is reported in full only to those whose scope
    covers the department (the saved years of another's department are not theirs to see)."""
    try:
        return find_document(session, ref.wanted)
    except (NotFoundError, AmbiguousNameError):
        if actor.role is Role.ADMIN or _covers(session, actor, ref.department):
            raise
        raise AccessDenied(f"没有部门“{ref.department}”的这份文档") from None


def _covers(session: Session, actor: Actor, department: str) -> bool:
    regions = catalog.department_regions(session, department)
    return any(can_write(actor, Scope(department, code, False)) for _, code in regions)


def export_json(database: Database, actor: Actor, ref: DocumentRef) -> str:
    """The stored document (as :func:`read` finds it) as canonical JSON."""
    return documents.dump_document(read(database, actor, ref).document)


# --- writing: through the audited use cases of :mod:`jixiao.app.documents` -------------------


def create(database: Database, actor: Actor, document: PerformanceDocument) -> SaveResult:
    """Store a new draft; refused (409) when the document already exists."""
    with database.session() as session:
        exists = stored_workflow.find_exact(session, document) is not None
    if exists:
        ref = DocumentRef.of(document)
        raise WorkflowError(
            f"部门“{ref.department}”{ref.fiscal_year} 年度的{ref.kind.label}已存在,"
            "请读取后按版本修改"
        )
    # Version 0: a document created meanwhile by another writer makes this one stale.
    return documents.save(database, document, actor=actor, expected_version=0)


def replace_draft(
    database: Database,
    actor: Actor,
    ref: DocumentRef,
    document: PerformanceDocument,
    expected_version: int | None,
) -> SaveResult:
    """Store ``document`` in place of the draft ``ref`` at ``expected_version``."""
    if DocumentRef.of(document) != replace(ref, region=document.department.region_name):
        raise InputError(
            "文档的部门、年度、类型或项目与地址不一致:修改文档不能改变它的部门、年度、类型或项目"
        )
    read(database, actor, ref)  # not found (404) rather than a write refused, when unseen
    return documents.save(database, document, actor=actor, expected_version=expected_version)


def edit(
    database: Database,
    actor: Actor,
    ref: DocumentRef,
    expected_version: int | None,
    change: Callable[[PerformanceDocument], PerformanceDocument],
) -> SaveResult:
    """Apply ``change`` to the stored draft and store the result; the save is refused
    (StaleVersion) when the draft changed after it was read, here or by the client."""
    current = read(database, actor, ref)
    version = current.version if expected_version is None else expected_version
    return documents.save(database, change(current.document), actor=actor, expected_version=version)


def delete(
    database: Database, actor: Actor, ref: DocumentRef, expected_version: int | None
) -> None:
    """Delete a draft (with its stored review), one audited transaction."""
    read(database, actor, ref)
    documents.delete(
        database,
        ref.department,
        ref.fiscal_year,
        ref.region,
        kind=ref.kind,
        project=ref.project,
        actor=actor,
        expected_version=expected_version,
    )


def import_file(
    database: Database, actor: Actor, path: Path, partial: bool, key: KeyParts
) -> tuple[SaveResult, ImportReport]:
    """Read a published document (the importer, its limits and deadline) and store it as a
    draft of a department the actor edits; nothing is stored on any error."""
    return documents.import_file(database, path, partial, key=key, actor=actor)


# --- the parts of a document: goals, projects, indicators ------------------------------------


@dataclass(frozen=True)
class Owner:
    """Whose indicators: a project (by name) or a department goal (by number)."""

    project: str | None = None
    goal: int | None = None

    @property
    def label(self) -> str:
        return f"项目“{self.project}”" if self.project is not None else f"整体支出目标{self.goal}"


# A worker's recently read projects, by database, document id and revision (immutable: a
# save replaces the document under a new id), project name: the server's most frequent read.
ProjectKey = tuple[str, int, int, datetime, str]
PROJECTS: Memo[ProjectKey, Project] = Memo(256)


@dataclass(frozen=True)
class ProjectRead:
    """A project read for an actor, the document's version, and ``key``: what names this
    stored version of the project (None when read from the published version)."""

    project: Project
    version: int
    key: ProjectKey | None = None


def project(database: Database, actor: Actor, ref: DocumentRef, name: str) -> ProjectRead:
    """One project of the document (by name) and the document's version; read alone (not
    the whole document) for those whose scope covers it, the frequent case."""
    # The frequent case is one statement: where the document is, its scope and its version,
    # a few columns; its project, immutable under (document id, revision), is then kept.
    with database.lookup() as session:
        located = stored_workflow.locate(session, ref.wanted)
    if located is not None and can_read(actor, located.scope):
        key: ProjectKey = (
            database.url,
            located.document_id,
            located.revision,
            located.saved_at,
            name,
        )
        kept = PROJECTS.peek(key)
        if kept is not None:
            return ProjectRead(kept, located.version, key)
    with database.session() as session:  # one snapshot for the document and its parts
        found = _find(session, actor, ref)
        if can_read(actor, stored_workflow.working_scope(found)):
            status = stored_workflow.status(session, stored_workflow.key_of(found))
            document = found.document
            key = (database.url, document.id, document.revision, document.saved_at, name)
            read_alone = PROJECTS.get(key, lambda: _project_of(session, found, name))
            assert read_alone is not None  # a missing project raised NotFoundError
            return ProjectRead(read_alone, status.version, key)
    stored = read(database, actor, ref)  # the published version, or not found
    return ProjectRead(_project(stored.document, name), stored.version)


def _project_of(session: Session, found: Found, name: str) -> Project:
    read_alone = parts.project(session, found, name)
    if read_alone is None:
        raise NotFoundError(_no_project(name, parts.project_names(session, found)))
    return read_alone


def goal(
    database: Database, actor: Actor, ref: DocumentRef, number: int
) -> tuple[DepartmentGoal, int]:
    """One department goal (整体支出目标) of the document and the document's version."""
    stored = read(database, actor, ref)
    return _goal(stored.document, number), stored.version


def indicators(
    database: Database, actor: Actor, ref: DocumentRef, owner: Owner
) -> tuple[list[Indicator], int]:
    """The indicators of a project or goal, and the document's version."""
    stored = read(database, actor, ref)
    return _indicators(stored.document, owner), stored.version


def indicator(
    database: Database, actor: Actor, ref: DocumentRef, owner: Owner, name: str
) -> tuple[Indicator, int]:
    """One indicator (by name) of a project or goal, and the document's version."""
    stored = read(database, actor, ref)
    return _indicator(_indicators(stored.document, owner), owner, name), stored.version


def edit_target(
    database: Database,
    actor: Actor,
    ref: DocumentRef,
    owner: Owner,
    name: str,
    text: str,
    expected_version: int | None,
) -> tuple[Indicator, SaveResult]:
    """Set one indicator's target (指标值) from its text in a draft, one transaction; the text
    is read by the target grammar (an unreadable text changes nothing)."""
    target = parse_target(text)  # TargetSyntaxError before any write
    edited: list[Indicator] = []

    def change(document: PerformanceDocument) -> PerformanceDocument:
        new = document.model_copy(deep=True)
        found = _indicator(_indicators(new, owner), owner, name)
        found.target, found.target_placeholder = target, None
        edited.append(found)
        return new

    result = edit(database, actor, ref, expected_version, change)
    return edited[-1], result


def _project(document: PerformanceDocument, name: str) -> Project:
    for candidate in document.projects:
        if candidate.name == name:
            return candidate
    raise NotFoundError(_no_project(name, [p.name for p in document.projects]))


def _no_project(name: str, names: list[str]) -> str:
    listed = "、".join(names[:20]) or "无"
    return f"文档中没有项目“{name[:60]}”(已有项目:{listed})"


def _goal(document: PerformanceDocument, number: int) -> DepartmentGoal:
    for candidate in document.department_goals:
        if candidate.number == number:
            return candidate
    numbers = "、".join(str(g.number) for g in document.department_goals) or "无"
    raise NotFoundError(f"文档中没有整体支出目标{number}(已有目标:{numbers})")


def _indicators(document: PerformanceDocument, owner: Owner) -> list[Indicator]:
    if owner.project is not None:
        return _project(document, owner.project).indicators
    assert owner.goal is not None
    return _goal(document, owner.goal).indicators


def _indicator(indicators: list[Indicator], owner: Owner, name: str) -> Indicator:
    found = [i for i in indicators if i.name == name]
    if not found:
        raise NotFoundError(f"{owner.label}没有指标“{name[:60]}”")
    if len(found) > 1:
        raise InputError(
            f"{owner.label}有 {len(found)} 个名为“{name[:60]}”的指标,无法确定修改哪一个"
        )
    return found[0]


# --- reports: monitoring, self-evaluation, a region ------------------------------------------


def monitor(
    database: Database,
    actor: Actor,
    department: str,
    fiscal_year: int,
    as_of: date,
    profile: str = "default",
) -> MonitoringReport:
    """In-year monitoring of a department-year the actor may read, against stored actuals."""
    check(database, actor, department)
    return monitoring.monitor_department(database, department, as_of, fiscal_year, profile)


def evaluate(
    database: Database, actor: Actor, department: str, fiscal_year: int, profile: str = "default"
) -> evaluation.Evaluation:
    """The self-evaluation of a department-year the actor may read, against stored actuals."""
    check(database, actor, department)
    return evaluation.evaluate(database, department, fiscal_year, profile)


def _check_region(actor: Actor, code: str | None) -> None:
    """Region-wide reports are for administrators and the reviewers covering the region."""
    if actor.role is Role.ADMIN:
        return
    if actor.role is Role.REVIEWER and covers_region(actor, code):
        return
    raise AccessDenied("没有这个地区的汇总结果")


def evaluate_region(
    database: Database, actor: Actor, fiscal_year: int, profile: str, code: str | None
) -> region.RegionEvaluation:
    _check_region(actor, code)
    return region.evaluate_region(database, fiscal_year, profile, code)


def monitor_region(
    database: Database,
    actor: Actor,
    fiscal_year: int,
    as_of: date,
    profile: str,
    code: str | None,
) -> region.RegionMonitoring:
    _check_region(actor, code)
    return region.monitor_region(database, fiscal_year, as_of, profile, code)


# --- actuals ---------------------------------------------------------------------------------


def stored_actuals(database: Database, actor: Actor, department: str, fiscal_year: int) -> Actuals:
    """The recorded actuals of a department-year the actor may read."""
    check(database, actor, department)
    return actuals.stored(database, department, fiscal_year, actor=actor)


def record(
    database: Database, actor: Actor, department: str, fiscal_year: int, records: Actuals
) -> None:
    """Add records to the department-year's actuals (one transaction); the projects, goals
    and indicators they name must be in its stored documents."""
    check(database, actor, department, need=Need.WRITE)
    actuals.record(database, department, fiscal_year, records, actor=actor)


def import_actuals(
    database: Database,
    actor: Actor,
    path: Path,
    department: str,
    fiscal_year: int,
    *,
    replace: bool = False,
    allow_empty: bool = False,
) -> Actuals:
    """A CSV/Excel table of actuals, stored whole or not at all."""
    check(database, actor, department, need=Need.WRITE)
    return actuals.import_file(
        database,
        path,
        department,
        fiscal_year,
        replace=replace,
        allow_empty=allow_empty,
        actor=actor,
    )


# --- review ----------------------------------------------------------------------------------


def run_review(database: Database, actor: Actor, ref: DocumentRef) -> review.ReviewOutcome:
    """Review a stored document with its history and peers (the default profile and the
    built-in indicator library) and store the findings in place of the previous review."""
    check(database, actor, ref.department, ref.region, Need.WORK)
    document = read(database, actor, ref).document
    settings = ReviewProfile()
    library = review.indicator_library()
    with database.session() as session:
        context = review.context_in(session, document, library, settings.match_threshold)
    report = review_document(document, settings, context, library)
    saved = review.save_findings(database, document, report.findings, actor=actor)
    return review.ReviewOutcome(report, saved)


def findings(database: Database, actor: Actor, ref: DocumentRef) -> list[Finding]:
    """The findings of the document's latest stored review."""
    check(database, actor, ref.department, ref.region)
    return review.findings(
        database,
        ref.department,
        ref.fiscal_year,
        ref.region,
        kind=ref.kind,
        project=ref.project,
        actor=actor,
    )


# --- the workflow: transitions, history, versions, notes on findings --------------------------


def shielded(database: Database, actor: Actor, department: str, call: Callable[[], T]) -> T:
    """``call()``, with a missing document of a department outside the actor's scope
    reported like a denied read (the message would list what that department has saved)."""
    try:
        return call()
    except (NotFoundError, AmbiguousNameError):
        if actor.role is Role.ADMIN:
            raise
        with database.session() as session:
            if _covers(session, actor, department):
                raise
        raise AccessDenied(f"没有部门“{department}”的这份文档") from None


@dataclass(frozen=True)
class NumberedFinding:
    """A stored finding with its number in the latest review, its key (what notes name it
    by: rule code and location) and the notes on it."""

    number: int
    key: str
    finding: Finding
    explanation: workflow.Note | None
    comment: workflow.Note | None


def subject(ref: DocumentRef, stage: Stage = Stage.DECLARATION, round: str = "") -> SubjectRef:
    return SubjectRef(
        ref.department, ref.fiscal_year, ref.region, ref.kind, ref.project, stage, round
    )


def numbered_findings(database: Database, actor: Actor, ref: DocumentRef) -> list[NumberedFinding]:
    """The latest review's findings, numbered from 1, with the explanations and comments."""
    listed = findings(database, actor, ref)
    view = shielded(
        database,
        actor,
        ref.department,
        lambda: workflow.status(database, subject(ref), actor=actor),
    )
    notes = {(note.finding_key, note.kind): note for note in view.notes}
    numbered = []
    for number, found in enumerate(listed, start=1):
        key = finding_key(found.code, found.location.label)
        numbered.append(
            NumberedFinding(
                number,
                key,
                found,
                notes.get((key, workflow.EXPLANATION)),
                notes.get((key, workflow.COMMENT)),
            )
        )
    return numbered


def finding_numbered(
    database: Database, actor: Actor, ref: DocumentRef, number: int
) -> NumberedFinding:
    """The finding numbered ``number`` in the latest stored review."""
    listed = numbered_findings(database, actor, ref)
    if not 1 <= number <= len(listed):
        held = f"共 {len(listed)} 条" if listed else "尚未审核或没有发现问题"
        raise InputError(f"没有第 {number} 条审核发现({held})")
    return listed[number - 1]


_NOTE_WRITERS = {workflow.EXPLANATION: Need.WRITE, workflow.COMMENT: Need.REVIEW}


def note(
    database: Database, actor: Actor, ref: DocumentRef, number: int, text: str, kind: str
) -> NumberedFinding:
    """Store an explanation (the department's) or a comment (the reviewer's) on the finding
    numbered ``number``, in place of the earlier one; the finding with its notes after."""
    check(database, actor, ref.department, ref.region, _NOTE_WRITERS[kind])
    found = finding_numbered(database, actor, ref, number)
    store = workflow.explain if kind == workflow.EXPLANATION else workflow.comment
    store(database, subject(ref), found.key, text, actor=actor)
    return finding_numbered(database, actor, ref, number)


# --- the audit log ---------------------------------------------------------------------------


def audit_page(
    database: Database, actor: Actor, limit: int, offset: int
) -> tuple[int, list[audit.AuditEntry]]:
    """How many entries the log has, and ``limit`` of them from the ``offset``-th."""
    listed = audit.entries(database, start=offset + 1, limit=limit, actor=actor)
    with database.session() as session:
        total, _ = stored_audit.head(session)
    return total, listed
