"""Use cases of the declaration editor that the API's resources do not offer as one call:
the editor's view (the draft, its version and the findings of its latest review, placed at
their indicators) and the indicator library's suggestions for a name typed."""

from __future__ import annotations

from dataclasses import dataclass

from jixiao.app import resources
from jixiao.app import review as review_use_cases
from jixiao.app.uow import Database
from jixiao.domain.access import Actor
from jixiao.domain.library import LibraryIndicator
from jixiao.domain.model import PerformanceDocument
from jixiao.domain.review import Finding


@dataclass(frozen=True)
class EditorView:
    document: PerformanceDocument
    state: str
    version: int
    findings: list[Finding]


def view(database: Database, actor: Actor, ref: resources.DocumentRef) -> EditorView:
    stored = resources.read(database, actor, ref)
    found = resources.findings(database, actor, ref)
    return EditorView(stored.document, stored.state, stored.version, found)


def library() -> tuple[LibraryIndicator, ...]:
    """The indicator library offered as suggestions (names, typical values, units)."""
    return tuple(review_use_cases.indicator_library().entries)


def suggestions(query: str, limit: int = 8) -> list[LibraryIndicator]:
    """Library indicators whose names match what was typed, best first."""
    if not query.strip():
        return []
    found = review_use_cases.indicator_library().search(query.strip(), limit=limit)
    return [match.entry for match in found]
