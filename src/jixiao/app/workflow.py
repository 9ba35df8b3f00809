"""Use cases: the workflow of a document's declaration, its monitoring rounds and its
self-evaluation (submit, withdraw, start review, return with reasons, approve, publish,
adjust), approved versions and their comparison, explanations and comments on findings.

Each transition is one audited unit of work: the rules are :mod:`jixiao.domain.workflow`'s,
the state, its version and history :mod:`jixiao.store.workflow`'s. Submitting a declaration
runs the review and stores its findings; an error (错误) blocks the submission unless the
submitter explains it (the explanation is stored and shown to the reviewer). Approving a
declaration keeps the approved version whole (canonical JSON); an adjustment (调整申请) opens
a new draft while the approved version stays in force, until the adjustment is approved.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from jixiao.app import guard
from jixiao.app.review import context_in, save_findings_in
from jixiao.app.uow import Database, Journal, local_actor
from jixiao.domain.access import Actor, Scope
from jixiao.domain.library import standard_library
from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.domain.review import Finding, ReviewProfile, Severity, review
from jixiao.domain.versions import Change
from jixiao.domain.versions import compare as compare_documents
from jixiao.domain.workflow import (
    Action,
    ReturnReason,
    Stage,
    State,
    Status,
    allowed_actions,
    decide,
    finding_key,
)
from jixiao.errors import InputError, WorkflowError
from jixiao.interchange import dump_document, parse_document_json
from jixiao.store import reader, versions
from jixiao.store import workflow as stored_workflow
from jixiao.store.lookup import Found, Wanted, find_document
from jixiao.store.versions import ApprovedVersion
from jixiao.store.workflow import Event, Note, WorkflowKey

__all__ = [
    "Action",
    "ApprovedVersion",
    "Event",
    "Note",
    "Outcome",
    "ReturnReason",
    "Stage",
    "State",
    "Status",
    "SubjectRef",
    "SubmissionBlocked",
    "WorkflowView",
    "approve",
    "comment",
    "compare",
    "explain",
    "publish",
    "request_adjustment",
    "return_with_reasons",
    "stages",
    "start_review",
    "status",
    "submit",
    "versions_of",
    "view_in",
    "withdraw",
]

EXPLANATION = "explanation"
COMMENT = "comment"


@dataclass(frozen=True)
class SubjectRef:
    """Which workflow: a stored document (as users name it) and the stage (and round)."""

    department: str
    fiscal_year: int | None = None
    region: str | None = None
    kind: DocumentKind = DocumentKind.DEPARTMENT_PERFORMANCE
    project: str | None = None
    stage: Stage = Stage.DECLARATION
    round: str = ""

    def wanted(self) -> Wanted:
        return Wanted(self.department, self.fiscal_year, self.region, self.kind, self.project)


@dataclass(frozen=True)
class WorkflowView:
    """A subject's workflow as its reader sees it."""

    subject: str  # the document and stage in words
    status: Status
    allowed: list[Action]  # what the actor may do now
    in_force: int | None  # the approved version in force (None: none approved yet)
    published: int | None  # the published version (None: none published)
    events: list[Event]
    notes: list[Note]  # explanations of findings and reviewers' comments


@dataclass(frozen=True)
class Outcome:
    """What a transition did."""

    status: Status
    findings: list[Finding] = field(default_factory=list)  # the review run by a submission
    version_number: int | None = None  # the approved version kept (approve, publish)


class SubmissionBlocked(WorkflowError):
    """The review found errors the submitter has not explained; ``unexplained`` lists them."""

    def __init__(self, unexplained: list[Finding]) -> None:
        listed = ";".join(
            f"[{finding_key(f.code, f.location.label)}] {f.message}" for f in unexplained
        )
        super().__init__(
            f"审核发现 {len(unexplained)} 个错误尚未说明,不能提交;请逐项说明后再提交:{listed}"
        )
        self.unexplained = unexplained


# --- reading --------------------------------------------------------------------------------


def status(database: Database, ref: SubjectRef, *, actor: Actor | None = None) -> WorkflowView:
    """The subject's state, version, history, notes and what the actor may do."""
    actor = actor or local_actor()
    with database.session() as session:
        found, scope, _key = _locate(session, ref)
        return view_in(session, actor, found, scope, ref)


def view_in(
    session: Session, actor: Actor, found: Found, scope: Scope, ref: SubjectRef
) -> WorkflowView:
    """:func:`status` of a found document (``scope``: its scope) in the caller's unit of work."""
    guard.require_read(actor, replace(scope, published=False), _label(found, ref))
    key = stored_workflow.key_of(found, ref.stage, ref.round)
    current = stored_workflow.status(session, key)
    kept = versions.listed(session, key)
    published = [v.number for v in kept if v.published_at is not None]
    return WorkflowView(
        subject=_label(found, ref),
        status=current,
        allowed=allowed_actions(current, actor, scope),
        in_force=kept[-1].number if kept else None,
        published=published[-1] if published else None,
        events=stored_workflow.events(session, key),
        notes=stored_workflow.notes(session, key),
    )


def stages(database: Database, ref: SubjectRef, *, actor: Actor | None = None) -> list[Status]:
    """The status of the document's declaration (first; a draft at version 0 when never
    moved), then of every monitoring round (by last month) and its self-evaluation that
    has a record. ``ref``'s stage and round are not used."""
    actor = actor or local_actor()
    with database.session() as session:
        found, scope, _ = _locate(session, ref)
        guard.require_read(actor, replace(scope, published=False), _label(found, ref))
        listed = stored_workflow.statuses(session, found)
    order = list(Stage)
    listed.sort(key=lambda s: (order.index(s.stage), len(s.round), s.round))
    if not listed or listed[0].stage is not Stage.DECLARATION:
        listed.insert(0, Status())
    return listed


def versions_of(
    database: Database, ref: SubjectRef, *, actor: Actor | None = None
) -> list[ApprovedVersion]:
    """Every approved version of a declaration, oldest first."""
    actor = actor or local_actor()
    with database.session() as session:
        found, scope, key = _locate(session, ref)
        guard.require_read(actor, replace(scope, published=False), _label(found, ref))
        return versions.listed(session, key)


def compare(
    database: Database,
    ref: SubjectRef,
    old: int | None,
    new: int | None = None,
    *,
    actor: Actor | None = None,
) -> list[Change]:
    """What changed between two versions (approved version numbers; None: the working copy,
    e.g. an adjustment under way), indicator by indicator."""
    actor = actor or local_actor()
    with database.session() as session:
        found, scope, key = _locate(session, ref)
        guard.require_read(actor, replace(scope, published=False), _label(found, ref))
        return compare_documents(
            _version(session, found, key, old), _version(session, found, key, new)
        )


def _version(
    session: Session, found: Found, key: WorkflowKey, number: int | None
) -> PerformanceDocument:
    if number is None:
        return reader.assemble(session, found)
    text = versions.snapshot(session, key, number)
    if text is None:
        numbers = "、".join(str(v.number) for v in versions.listed(session, key)) or "无"
        raise InputError(f"没有第 {number} 版批复版本(已有:{numbers})")
    return parse_document_json(text, f"第 {number} 版")


# --- transitions ----------------------------------------------------------------------------


def submit(
    database: Database,
    ref: SubjectRef,
    *,
    explanations: Mapping[str, str] | None = None,
    actor: Actor | None = None,
    expected_version: int | None = None,
    note: str | None = None,
) -> Outcome:
    """草稿/退回 → 已提交, by the department's 单位负责人 (not the last editor). A declaration
    is reviewed first and its findings stored; ``explanations`` (finding key → text) are
    stored too, and an error with no explanation (now or stored before) blocks it. ``note``
    goes into the history with the event (e.g. the figures a monitoring round reports)."""

    def work(session: Session, journal: Journal) -> Outcome:
        found, scope, key = _locate(session, ref)
        current = _check(session, journal.actor, Action.SUBMIT, key, scope, expected_version)
        findings = _review(session, journal, found, key, explanations or {})
        explained = f"说明审核发现 {len(explanations)} 条" if explanations else None
        said = "；".join(part for part in (note, explained) if part) or None
        moved = _move(session, journal, found, ref, Action.SUBMIT, current, key, note=said)
        return Outcome(moved, findings)

    return database.audited(actor or local_actor(), work)


def _review(
    session: Session,
    journal: Journal,
    found: Found,
    key: WorkflowKey,
    explanations: Mapping[str, str],
) -> list[Finding]:
    for name, text in explanations.items():
        if text.strip():
            stored_workflow.set_note(session, key, name, EXPLANATION, text, journal.actor.login)
    if key.stage is not Stage.DECLARATION:
        return []  # a monitoring round or a self-evaluation stage: its figures are actuals
    document = reader.assemble(session, found)
    library = standard_library()
    profile = ReviewProfile()
    context = context_in(session, document, library, profile.match_threshold)
    findings = list(review(document, profile, context, library).findings)
    save_findings_in(session, journal, document, findings)
    explained = {
        note.finding_key for note in stored_workflow.notes(session, key) if note.kind == EXPLANATION
    }
    unexplained = [
        f
        for f in findings
        if f.severity is Severity.ERROR and finding_key(f.code, f.location.label) not in explained
    ]
    if unexplained:
        raise SubmissionBlocked(unexplained)
    return findings


def withdraw(
    database: Database,
    ref: SubjectRef,
    *,
    actor: Actor | None = None,
    expected_version: int | None = None,
) -> Outcome:
    """已提交 → 草稿, by the department (before the bureau starts reviewing)."""
    return _simple(database, ref, Action.WITHDRAW, actor, expected_version)


def start_review(
    database: Database,
    ref: SubjectRef,
    *,
    actor: Actor | None = None,
    expected_version: int | None = None,
) -> Outcome:
    """已提交 → 审核中, by the region's 财政审核人."""
    return _simple(database, ref, Action.START_REVIEW, actor, expected_version)


def return_with_reasons(
    database: Database,
    ref: SubjectRef,
    reasons: Sequence[ReturnReason],
    *,
    actor: Actor | None = None,
    expected_version: int | None = None,
) -> Outcome:
    """审核中 → 退回, with a reason per item (location and reason)."""
    return _simple(database, ref, Action.RETURN, actor, expected_version, reasons=reasons)


def approve(
    database: Database,
    ref: SubjectRef,
    *,
    actor: Actor | None = None,
    expected_version: int | None = None,
) -> Outcome:
    """审核中 → 已批复; a declaration's approved version is kept whole (canonical JSON) and
    is in force from now on (an earlier one stays kept)."""

    def work(session: Session, journal: Journal) -> Outcome:
        found, scope, key = _locate(session, ref)
        current = _check(session, journal.actor, Action.APPROVE, key, scope, expected_version)
        number = None
        if key.stage is Stage.DECLARATION:
            snapshot = dump_document(reader.assemble(session, found))
            digest = hashlib.sha256(snapshot.encode("utf-8")).hexdigest()
            number = versions.add(session, key, journal.actor, snapshot, digest)
        moved = _move(
            session,
            journal,
            found,
            ref,
            Action.APPROVE,
            current,
            key,
            adjusting=False,
            note=None if number is None else f"第 {number} 版",
        )
        return Outcome(moved, version_number=number)

    return database.audited(actor or local_actor(), work)


def publish(
    database: Database,
    ref: SubjectRef,
    *,
    actor: Actor | None = None,
    expected_version: int | None = None,
) -> Outcome:
    """已批复 → 已公开: the approved version becomes public."""

    def work(session: Session, journal: Journal) -> Outcome:
        found, scope, key = _locate(session, ref)
        current = _check(session, journal.actor, Action.PUBLISH, key, scope, expected_version)
        number = None
        if key.stage is Stage.DECLARATION:
            number = versions.publish_latest(session, key, journal.actor)
        moved = _move(session, journal, found, ref, Action.PUBLISH, current, key)
        return Outcome(moved, version_number=number)

    return database.audited(actor or local_actor(), work)


def request_adjustment(
    database: Database,
    ref: SubjectRef,
    reason: str,
    *,
    actor: Actor | None = None,
    expected_version: int | None = None,
) -> Outcome:
    """已批复/已公开 → 草稿 (调整申请): the content may be edited again and goes through review;
    the approved version stays in force (and public) until the adjustment is approved."""
    if not reason.strip():
        raise InputError("调整申请必须说明理由")
    return _simple(
        database,
        ref,
        Action.REQUEST_ADJUSTMENT,
        actor,
        expected_version,
        note=reason,
        adjusting=True,
    )


def _simple(
    database: Database,
    ref: SubjectRef,
    action: Action,
    actor: Actor | None,
    expected_version: int | None,
    *,
    reasons: Sequence[ReturnReason] = (),
    note: str | None = None,
    adjusting: bool | None = None,
) -> Outcome:
    def work(session: Session, journal: Journal) -> Outcome:
        found, scope, key = _locate(session, ref)
        current = _check(session, journal.actor, action, key, scope, expected_version, reasons)
        moved = _move(
            session,
            journal,
            found,
            ref,
            action,
            current,
            key,
            reasons=reasons,
            note=note,
            adjusting=adjusting,
        )
        return Outcome(moved)

    return database.audited(actor or local_actor(), work)


# --- notes on findings ----------------------------------------------------------------------


def explain(
    database: Database,
    ref: SubjectRef,
    key_of_finding: str,
    text: str,
    *,
    actor: Actor | None = None,
) -> None:
    """The submitter's explanation of a finding (shown to the reviewer); while editable."""
    _note(database, ref, key_of_finding, text, EXPLANATION, Action.EDIT, actor)


def comment(
    database: Database,
    ref: SubjectRef,
    key_of_finding: str,
    text: str,
    *,
    actor: Actor | None = None,
) -> None:
    """A reviewer's comment on a finding (审核意见), while the subject is under review."""
    _note(database, ref, key_of_finding, text, COMMENT, Action.RETURN, actor)


def _note(
    database: Database,
    ref: SubjectRef,
    key_of_finding: str,
    text: str,
    kind: str,
    like: Action,
    actor: Actor | None,
) -> None:
    if not text.strip():
        raise InputError("说明或意见不能为空")

    def work(session: Session, journal: Journal) -> None:
        found, scope, key = _locate(session, ref)
        current = stored_workflow.status(session, key, lock=True)
        # Who may explain is who may edit; who may comment is who may return.
        placeholder = [ReturnReason("-", "-")]
        decide(like, current, journal.actor, scope, placeholder)
        stored_workflow.set_note(session, key, key_of_finding, kind, text, journal.actor.login)
        action = "说明审核发现" if kind == EXPLANATION else "审核意见"
        journal.record(action, _label(found, ref), None, {key_of_finding: text}, key_of_finding)

    database.audited(actor or local_actor(), work)


# --- the steps every transition shares --------------------------------------------------------


def _locate(session: Session, ref: SubjectRef) -> tuple[Found, Scope, WorkflowKey]:
    found = find_document(session, ref.wanted())
    scope = stored_workflow.scope_of(session, found)
    return found, scope, stored_workflow.key_of(found, ref.stage, ref.round)


def _label(found: Found, ref: SubjectRef) -> str:
    stage = f"{ref.stage.value} {ref.round}" if ref.round else ref.stage.value
    return f"{guard.label(found)}({stage})"


def _check(
    session: Session,
    actor: Actor,
    action: Action,
    key: WorkflowKey,
    scope: Scope,
    expected: int | None,
    reasons: Sequence[ReturnReason] = (),
) -> Status:
    current = stored_workflow.status(session, key, lock=True)
    decide(action, current, actor, scope, reasons)
    guard.require_version(session, key, current, expected)
    return current


def _move(
    session: Session,
    journal: Journal,
    found: Found,
    ref: SubjectRef,
    action: Action,
    current: Status,
    key: WorkflowKey,
    *,
    reasons: Sequence[ReturnReason] = (),
    note: str | None = None,
    adjusting: bool | None = None,
) -> Status:
    target = decide(
        action, current, journal.actor, stored_workflow.scope_of(session, found), reasons
    )
    moved = stored_workflow.move(
        session,
        key,
        journal.actor,
        action.value,
        target,
        reasons=reasons,
        note=note,
        adjusting=adjusting,
    )
    detail = "；".join(f"{r.location}:{r.reason}" for r in reasons) or (note or "")
    journal.record(
        f"{action.value}({current.state.value}→{target.value})",
        _label(found, ref),
        _status_json(current),
        _status_json(moved),
        detail,
    )
    return moved


def _status_json(value: Status) -> dict[str, object]:
    return {
        "stage": value.stage.value,
        "round": value.round,
        "state": value.state.value,
        "version": value.version,
        "adjusting": value.adjusting,
    }
