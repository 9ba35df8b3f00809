"""Use cases of the server's documents as an actor: list (filtered, paged), read, create and
edit drafts, import, export and delete, each checked against the actor's scope
(:mod:`jixiao.app.scoped`) and, for a write, against the version the client last read.

A document's ``version`` is its stored revision (1 for the first save, +1 for each); a write
naming another version than the current one is refused with what changed
(:class:`~jixiao.errors.StaleVersion`), never applied over the other writer's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from jixiao.app import actuals, documents, evaluation, monitoring, region, review
from jixiao.app.scoped import Need, allowed, check, scope_of
from jixiao.app.uow import Database
from jixiao.domain.access import Actor, Role, covers_region
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
from jixiao.errors import AccessDenied, InputError, NotFoundError, StaleVersion, WorkflowError
from jixiao.ingest.pipeline import KeyParts, complete_key, missing_parts
from jixiao.ingest.report import ImportReport
from jixiao.store import repository
from jixiao.store.lookup import Wanted, find_document
from jixiao.store.results import DocumentSummary, SaveResult

DRAFT = "草稿"


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
    from jixiao.app.catalog import departments

    codes = {(d.name, d.region): d.region_code for d in departments(database, actor)}
    items = [
        Listed(s, DRAFT, s.revision)
        for s in documents.documents(database)
        if (s.department, s.region) in codes and _matches(s, codes[s.department, s.region], wanted)
    ]
    items = [i for i in items if wanted.state is None or i.state == wanted.state]
    return Listing(len(items), items[offset : offset + limit])


def _matches(summary: DocumentSummary, code: str | None, wanted: DocumentFilter) -> bool:
    if wanted.department is not None and summary.department != wanted.department:
        return False
    if wanted.fiscal_year is not None and summary.fiscal_year != wanted.fiscal_year:
        return False
    if wanted.kind is not None and summary.kind is not wanted.kind:
        return False
    if wanted.region is None:
        return True
    return summary.region == wanted.region or (code or "").startswith(wanted.region)


def read(database: Database, actor: Actor, ref: DocumentRef) -> Stored:
    """The stored document with its state and version; a document the actor may not read
    is not found."""
    check(database, actor, ref.department, ref.region)
    with database.session() as session:
        found = find_document(session, ref.wanted)
        document = repository.load_document(
            session,
            ref.department,
            ref.fiscal_year,
            ref.region,
            kind=ref.kind,
            project=ref.project,
        )
        return Stored(document, DRAFT, found.document.revision)


def export_json(database: Database, actor: Actor, ref: DocumentRef) -> str:
    """The stored document as canonical JSON."""
    return documents.dump_document(read(database, actor, ref).document)


# --- writing ---------------------------------------------------------------------------------


def create(database: Database, actor: Actor, document: PerformanceDocument) -> SaveResult:
    """Store a new draft; refused (409) when the document already exists."""
    ref = DocumentRef.of(document)
    _check_new(database, actor, document)

    def work(session: Session) -> SaveResult:
        if _current_version(session, ref) is not None:
            raise WorkflowError(
                f"部门“{ref.department}”{ref.fiscal_year} 年度的{ref.kind.label}已存在,"
                "请读取后按版本修改"
            )
        return repository.save_document(session, document)

    return database.write(work)


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
    return _write(database, actor, ref, expected_version, lambda _: document)


def edit(
    database: Database,
    actor: Actor,
    ref: DocumentRef,
    expected_version: int | None,
    change: Callable[[PerformanceDocument], PerformanceDocument],
) -> SaveResult:
    """Apply ``change`` to the stored draft and store the result, one transaction."""
    return _write(database, actor, ref, expected_version, change)


def _write(
    database: Database,
    actor: Actor,
    ref: DocumentRef,
    expected_version: int | None,
    change: Callable[[PerformanceDocument], PerformanceDocument],
) -> SaveResult:
    check(database, actor, ref.department, ref.region, Need.WRITE)

    def work(session: Session) -> SaveResult:
        found = find_document(session, ref.wanted)
        _require_version(found.document.revision, expected_version)
        current = repository.load_document(
            session, ref.department, ref.fiscal_year, ref.region, kind=ref.kind, project=ref.project
        )
        return repository.save_document(session, change(current))

    return database.write(work)


def delete(
    database: Database, actor: Actor, ref: DocumentRef, expected_version: int | None
) -> None:
    """Delete a draft (with its stored review), one transaction."""
    check(database, actor, ref.department, ref.region, Need.WRITE)

    def work(session: Session) -> None:
        _require_version(find_document(session, ref.wanted).document.revision, expected_version)
        repository.delete_document(
            session, ref.department, ref.fiscal_year, ref.region, kind=ref.kind, project=ref.project
        )

    database.write(work)


def import_file(
    database: Database, actor: Actor, path: Path, partial: bool, key: KeyParts
) -> tuple[SaveResult, ImportReport]:
    """Read a published document (the importer, its limits and deadline) and store it as a
    draft of a department the actor writes for; nothing is stored on any error."""
    document, report = documents.parse(path)
    document = complete_key(document, report, key)
    if not partial and missing_parts(report):
        raise documents.IncompleteDocumentError.of(report)
    _check_new(database, actor, document)
    return documents.save(database, document), report


def _check_new(database: Database, actor: Actor, document: PerformanceDocument) -> None:
    """May ``actor`` store this document? A department not yet registered (its first
    document) may be created by administrators and by the editors and approvers named for it."""
    ref = DocumentRef.of(document)
    try:
        scope = scope_of(database, ref.department, ref.region)
    except NotFoundError:
        named = actor.role in (Role.EDITOR, Role.APPROVER) and ref.department in actor.departments
        if actor.role is not Role.ADMIN and not named:
            raise AccessDenied(f"{actor.label}无权为部门“{ref.department}”保存文档") from None
        return
    if not allowed(actor, scope, Need.WRITE):
        raise AccessDenied(f"{actor.label}无权为部门“{ref.department}”保存文档")


def _current_version(session: Session, ref: DocumentRef) -> int | None:
    try:
        return find_document(session, ref.wanted).document.revision
    except NotFoundError:
        return None


def _require_version(current: int, expected: int | None) -> None:
    if expected is not None and expected != current:
        raise StaleVersion(expected, current, [f"文档已被修改为第 {current} 版,请重新读取"])


# --- the parts of a document: goals, projects, indicators ------------------------------------


@dataclass(frozen=True)
class Owner:
    """Whose indicators: a project (by name) or a department goal (by number)."""

    project: str | None = None
    goal: int | None = None

    @property
    def label(self) -> str:
        return f"项目“{self.project}”" if self.project is not None else f"整体支出目标{self.goal}"


def project(database: Database, actor: Actor, ref: DocumentRef, name: str) -> tuple[Project, int]:
    """One project of the document (by name) and the document's version."""
    stored = read(database, actor, ref)
    return _project(stored.document, name), stored.version


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
    names = "、".join(p.name for p in document.projects[:20]) or "无"
    raise NotFoundError(f"文档中没有项目“{name[:60]}”(已有项目:{names})")


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
    return actuals.stored(database, department, fiscal_year)


def record(
    database: Database, actor: Actor, department: str, fiscal_year: int, records: Actuals
) -> None:
    """Add records to the department-year's actuals (one transaction); the projects, goals
    and indicators they name must be in its stored documents."""
    check(database, actor, department, need=Need.WRITE)
    actuals.record(database, department, fiscal_year, records)


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
        database, path, department, fiscal_year, replace=replace, allow_empty=allow_empty
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
    return review.ReviewOutcome(report, review.save_findings(database, document, report.findings))


def findings(database: Database, actor: Actor, ref: DocumentRef) -> list[Finding]:
    """The findings of the document's latest stored review."""
    check(database, actor, ref.department, ref.region)
    return review.findings(
        database, ref.department, ref.fiscal_year, ref.region, kind=ref.kind, project=ref.project
    )
