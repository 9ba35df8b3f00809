"""Use cases of the declaration editor that the API's resources do not offer as one call:
the editor's view (the draft, its version and the findings of its latest review, placed at
their indicators), a new indicator added to a project or goal (through ``resources.edit``, at
the version read) and the indicator library's suggestions for a name typed."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pydantic import ValidationError

from jixiao.app import documents, guard, resources
from jixiao.app import review as review_use_cases
from jixiao.app.uow import Database
from jixiao.domain.access import Actor
from jixiao.domain.framework import Category
from jixiao.domain.library import LibraryIndicator
from jixiao.domain.model import Indicator, PerformanceDocument
from jixiao.domain.review import Finding
from jixiao.errors import InputError
from jixiao.store import workflow as stored_workflow
from jixiao.store.lookup import find_document


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


def add_indicator(
    database: Database,
    actor: Actor,
    ref: resources.DocumentRef,
    owner: resources.Owner,
    indicator: Indicator,
    expected_version: int | None,
) -> None:
    """Add an indicator to a project or a department goal of the draft (one transaction, at the
    version read); refused when the owner already has an indicator of that name."""

    def change(document: PerformanceDocument) -> PerformanceDocument:
        new = document.model_copy(deep=True)
        indicators = _indicators_of(new, owner)
        if any(existing.name == indicator.name for existing in indicators):
            raise InputError(f"{owner.label}已有指标“{indicator.name}”")
        indicators.append(indicator)
        return new

    resources.edit(database, actor, ref, expected_version, change)


def new_indicator(name: str, category: str, target: str, weight: str) -> Indicator:
    """An indicator from the editor's form: the name, its 一级 category, the target text read by
    the target grammar, the points (分值); a bad value names its field."""
    try:
        return Indicator(
            name=name.strip(),
            category=Category(category) if category else None,
            target=target.strip() or None,
            weight=Decimal(weight) if weight.strip() else None,
        )
    except (ValidationError, InvalidOperation, ValueError) as error:
        raise InputError(f"新指标“{name}”:{_reason(error)}") from None


def _reason(error: Exception) -> str:
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        return f"{'.'.join(map(str, first['loc']))}:{first['msg']}".removeprefix("Value error, ")
    return str(error)


def _indicators_of(document: PerformanceDocument, owner: resources.Owner) -> list[Indicator]:
    if owner.project is not None:
        for project in document.projects:
            if project.name == owner.project:
                return project.indicators
    for goal in document.department_goals:
        if goal.number == owner.goal:
            return goal.indicators
    raise InputError(f"文档中没有{owner.label}")
