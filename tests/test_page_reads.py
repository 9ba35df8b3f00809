"""The reads of the document page and the editor (``portal.read``, ``editor.view``): what the
separate use cases give, in one unit of work, the working copy assembled once per worker and
stored version."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from jixiao.app import documents, editor, portal, resources, workflow
from jixiao.app import review as review_use_cases
from jixiao.domain.access import ANONYMOUS, Actor, Role
from jixiao.domain.model import PerformanceDocument
from jixiao.domain.target import Operator, Target, TargetKind
from jixiao.errors import AccessDenied
from jixiao.store import reader
from jixiao.workspace import Workspace

MakeDocument = Callable[..., PerformanceDocument]
DEPARTMENT = "某市教育局"
YEAR = 2024
EDITOR = Actor("zhang", Role.EDITOR, "张三", departments=frozenset({DEPARTMENT}))
STRANGER = Actor("zhao", Role.EDITOR, "赵六", departments=frozenset({"某市卫健委"}))


@pytest.fixture
def workspace(migrated_url: str, make_document: MakeDocument) -> Iterator[Workspace]:
    workspace = Workspace(migrated_url)
    workspace.init()
    workspace.save(make_document(), actor=EDITOR)
    yield workspace
    workspace.close()


def count_sessions(monkeypatch: pytest.MonkeyPatch, workspace: Workspace) -> list[int]:
    opened: list[int] = []
    session = workspace.session

    def counted() -> AbstractContextManager[Session]:
        opened.append(1)
        return session()

    monkeypatch.setattr(workspace, "session", counted)
    return opened


def count_assembled(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    assembled: list[int] = []
    assemble = reader.assemble

    def counted(*args: object) -> PerformanceDocument:
        assembled.append(1)
        return assemble(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(reader, "assemble", counted)
    return assembled


def test_the_document_page_reads_what_the_use_cases_give_in_one_unit_of_work(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected_document = documents.document(workspace, DEPARTMENT, YEAR, actor=EDITOR)
    ref = workflow.SubjectRef(DEPARTMENT, YEAR)
    expected_view = workflow.status(workspace, ref, actor=EDITOR)
    expected_findings = review_use_cases.findings(workspace, DEPARTMENT, YEAR, actor=EDITOR)
    opened = count_sessions(monkeypatch, workspace)
    readable = portal.read(workspace, EDITOR, DEPARTMENT, YEAR)
    assert len(opened) == 1
    assert readable.document == expected_document
    assert readable.workflow == expected_view
    assert readable.findings == expected_findings
    assert not readable.published


def test_the_editor_reads_what_the_use_cases_give_in_one_unit_of_work(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = resources.DocumentRef(DEPARTMENT, YEAR)
    stored = resources.read(workspace, EDITOR, ref)
    expected_findings = resources.findings(workspace, EDITOR, ref)
    opened = count_sessions(monkeypatch, workspace)
    view = editor.view(workspace, EDITOR, ref)
    assert len(opened) == 1
    assert (view.document, view.state, view.version) == (
        stored.document,
        stored.state,
        stored.version,
    )
    assert view.findings == expected_findings


def test_a_stored_version_is_assembled_once_and_a_save_is_read_anew(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    assembled = count_assembled(monkeypatch)
    first = portal.read(workspace, EDITOR, DEPARTMENT, YEAR).document
    again = editor.view(workspace, EDITOR, resources.DocumentRef(DEPARTMENT, YEAR)).document
    assert again is first and len(assembled) == 1
    changed = first.model_copy(deep=True)
    indicator = changed.projects[0].indicators[0]
    indicator.target = Target(
        kind=TargetKind.QUANTITATIVE, text="≥99%", operator=Operator.GE, value=Decimal(99), unit="%"
    )
    workspace.save(changed, actor=EDITOR)  # the save reads the old version for its audit
    saved = len(assembled)
    after = portal.read(workspace, EDITOR, DEPARTMENT, YEAR).document
    assert len(assembled) == saved + 1 and after is not first
    target = after.projects[0].indicators[0].target
    assert target is not None and target.text == "≥99%"


def test_others_read_the_published_version_or_nothing(workspace: Workspace) -> None:
    with pytest.raises(AccessDenied):
        portal.read(workspace, ANONYMOUS, DEPARTMENT, YEAR)  # nothing published yet
    with pytest.raises(AccessDenied):
        editor.view(workspace, STRANGER, resources.DocumentRef(DEPARTMENT, YEAR))
