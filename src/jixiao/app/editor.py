"""Use cases of the declaration editor that the API's resources do not offer as one call:
the editor's view (the draft, its version and the findings of its latest review, placed at
their indicators), the indicator library's suggestions for a name typed, and the edits of a
draft's goals, projects and indicators (:mod:`jixiao.domain.edits`), each run through
``resources.edit``: one audited transaction at the version read, refused when stale.

A rename or a deletion that would leave recorded actuals (spending booked to a project,
progress reported against an indicator) naming what no longer exists is refused: monitoring
and self-evaluation find their records by these names."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from jixiao.app import actuals, documents, guard, resources
from jixiao.app import review as review_use_cases
from jixiao.app.uow import Database
from jixiao.domain import edits
from jixiao.domain.access import Actor
from jixiao.domain.actuals import Actuals
from jixiao.domain.library import LibraryIndicator
from jixiao.domain.model import (
    DepartmentGoal,
    DocumentKind,
    Indicator,
    PerformanceDocument,
    Project,
)
from jixiao.domain.review import Finding
from jixiao.store import workflow as stored_workflow
from jixiao.store.lookup import find_document
from jixiao.store.results import SaveResult

T = TypeVar("T")


@dataclass(frozen=True)
class EditorView:
    document: PerformanceDocument
    state: str
    version: int
    findings: list[Finding]


def view(database: Database, actor: Actor, ref: resources.DocumentRef) -> EditorView:
    """The draft with its state, version and latest findings, for those whose scope covers it:
    one unit of work; the draft is kept per worker under its stored version
    (:func:`jixiao.app.documents.working_copy`), shared: not to be changed."""
    return resources.shielded(database, actor, ref.department, lambda: _view(database, actor, ref))


def _view(database: Database, actor: Actor, ref: resources.DocumentRef) -> EditorView:
    with database.session() as session:
        found = find_document(session, ref.wanted)
        guard.require_read(actor, stored_workflow.working_scope(found), guard.label(found))
        document = documents.working_copy(database, session, found)
        status = stored_workflow.status(session, stored_workflow.key_of(found))
        findings = review_use_cases.findings_in(session, found)
    return EditorView(document, status.state.value, status.version, findings)


def library() -> tuple[LibraryIndicator, ...]:
    """The indicator library offered as suggestions (names, typical values, units)."""
    return tuple(review_use_cases.indicator_library().entries)


def suggestions(query: str, limit: int = 8) -> list[LibraryIndicator]:
    """Library indicators whose names match what was typed, best first."""
    if not query.strip():
        return []
    found = review_use_cases.indicator_library().search(query.strip(), limit=limit)
    return [match.entry for match in found]


# --- the edits of goals, projects and indicators ---------------------------------------------


def _run(
    database: Database,
    actor: Actor,
    ref: resources.DocumentRef,
    expected_version: int | None,
    change: Callable[[PerformanceDocument], tuple[PerformanceDocument, T]],
) -> tuple[T, SaveResult]:
    """``change`` applied to the draft read and saved (versioned, audited); what it made."""
    made: list[T] = []

    def apply(document: PerformanceDocument) -> PerformanceDocument:
        new, value = change(document)
        made.append(value)
        return new

    result = resources.edit(database, actor, ref, expected_version, apply)
    return made[-1], result


def edit_goal(
    database: Database,
    actor: Actor,
    ref: resources.DocumentRef,
    number: int,
    patch: edits.Patch,
    expected_version: int | None,
) -> tuple[DepartmentGoal, SaveResult]:
    """Change a 年度整体支出目标's text or money."""

    def change(document: PerformanceDocument) -> tuple[PerformanceDocument, DepartmentGoal]:
        new = edits.edit_goal(document, number, patch)
        return new, edits.goal_of(new, number)

    return _run(database, actor, ref, expected_version, change)


def add_goal(
    database: Database,
    actor: Actor,
    ref: resources.DocumentRef,
    patch: edits.Patch,
    expected_version: int | None,
) -> tuple[DepartmentGoal, SaveResult]:
    """Add a 年度整体支出目标 after the last."""

    def change(document: PerformanceDocument) -> tuple[PerformanceDocument, DepartmentGoal]:
        new, number = edits.add_goal(document, patch)
        return new, edits.goal_of(new, number)

    return _run(database, actor, ref, expected_version, change)


def edit_project(
    database: Database,
    actor: Actor,
    ref: resources.DocumentRef,
    name: str,
    patch: edits.Patch,
    expected_version: int | None,
) -> tuple[Project, SaveResult]:
    """Change a project's fields (its name too, unless actuals are booked to it)."""
    renamed = edits.text_of(patch.get("name")) if "name" in patch else None
    if renamed is not None and renamed != name:
        _refuse_orphans(database, actor, ref, edits.project_uses(name), "name", "改名")

    def change(document: PerformanceDocument) -> tuple[PerformanceDocument, Project]:
        new = edits.edit_project(document, name, patch)
        return new, edits.project_of(new, renamed or name)

    return _run(database, actor, ref, expected_version, change)


def add_project(
    database: Database,
    actor: Actor,
    ref: resources.DocumentRef,
    patch: edits.Patch,
    expected_version: int | None,
) -> tuple[Project, SaveResult]:
    """Add a project to the draft."""

    def change(document: PerformanceDocument) -> tuple[PerformanceDocument, Project]:
        new, name = edits.add_project(document, patch)
        return new, edits.project_of(new, name)

    return _run(database, actor, ref, expected_version, change)


def edit_indicator(
    database: Database,
    actor: Actor,
    ref: resources.DocumentRef,
    owner: resources.Owner,
    name: str,
    patch: edits.Patch,
    expected_version: int | None,
) -> tuple[Indicator, SaveResult]:
    """Change an indicator: its name (unless actuals report against it), its 一级/二级
    category, points, direction, basis, definition, remark."""
    renamed = edits.text_of(patch.get("name")) if "name" in patch else None
    if renamed is not None and renamed != name:
        _refuse_orphans(
            database,
            actor,
            ref,
            edits.indicator_uses(owner.project, owner.goal, name),
            "name",
            "改名",
        )

    def change(document: PerformanceDocument) -> tuple[PerformanceDocument, Indicator]:
        return edits.edit_indicator(document, owner.project, owner.goal, name, patch)

    return _run(database, actor, ref, expected_version, change)


def add_indicator_fields(
    database: Database,
    actor: Actor,
    ref: resources.DocumentRef,
    owner: resources.Owner,
    patch: edits.Patch,
    expected_version: int | None,
) -> tuple[Indicator, SaveResult]:
    """Add an indicator (its fields as typed: name, category, target …) to a project or goal."""

    def change(document: PerformanceDocument) -> tuple[PerformanceDocument, Indicator]:
        return edits.add_indicator(document, owner.project, owner.goal, patch)

    return _run(database, actor, ref, expected_version, change)


def delete_indicator(
    database: Database,
    actor: Actor,
    ref: resources.DocumentRef,
    owner: resources.Owner,
    name: str,
    expected_version: int | None,
) -> SaveResult:
    """Delete an indicator of a project or goal (unless actuals report against it)."""
    used = edits.indicator_uses(owner.project, owner.goal, name)
    _refuse_orphans(database, actor, ref, used, "name", "删除")

    def change(document: PerformanceDocument) -> tuple[PerformanceDocument, None]:
        return edits.delete_indicator(document, owner.project, owner.goal, name), None

    return _run(database, actor, ref, expected_version, change)[1]


def delete_goal(
    database: Database,
    actor: Actor,
    ref: resources.DocumentRef,
    number: int,
    expected_version: int | None,
) -> SaveResult:
    """Delete a 年度整体支出目标 with its indicators (unless actuals are booked to it)."""
    _refuse_orphans(database, actor, ref, edits.goal_uses(number), "number", "删除")

    def change(document: PerformanceDocument) -> tuple[PerformanceDocument, None]:
        return edits.delete_goal(document, number), None

    return _run(database, actor, ref, expected_version, change)[1]


def delete_project(
    database: Database,
    actor: Actor,
    ref: resources.DocumentRef,
    name: str,
    expected_version: int | None,
) -> SaveResult:
    """Delete a project with its indicators (unless actuals are booked to it)."""
    _refuse_orphans(database, actor, ref, edits.project_uses(name), "name", "删除")

    def change(document: PerformanceDocument) -> tuple[PerformanceDocument, None]:
        return edits.delete_project(document, name), None

    return _run(database, actor, ref, expected_version, change)[1]


def _refuse_orphans(
    database: Database,
    actor: Actor,
    ref: resources.DocumentRef,
    uses: Callable[[Actuals], int],
    field: str,
    action: str,
) -> None:
    """Refuse a rename or deletion when recorded actuals name the thing (they are kept per
    department-year, against its 部门预算绩效文本)."""
    if ref.kind is not DocumentKind.DEPARTMENT_PERFORMANCE:
        return
    resources.read(database, actor, ref)  # not found rather than anything about actuals
    recorded = actuals.stored(database, ref.department, ref.fiscal_year, ref.region, actor=actor)
    count = uses(recorded)
    if count:
        raise edits.FieldRefused(
            field,
            f"已有 {count} 条实际数记录(支出、进度或年末完成值)按此名称记录,不能{action};"
            "如确需修改,请先更正这些记录",
        )
