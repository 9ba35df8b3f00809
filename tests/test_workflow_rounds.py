"""Monitoring rounds and the self-evaluation as the pages use them (``app.rounds``,
``app.todo``), on SQLite and PostgreSQL: the rounds the entered actuals support, submission
with the figures kept in the history, every stage listed, and 我的待办 by stage."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal

import pytest

from jixiao.app import rounds, todo, workflow
from jixiao.app.workflow import ReturnReason, Stage, State, SubjectRef, SubmissionBlocked
from jixiao.domain.access import Actor, Role
from jixiao.domain.actuals import Actuals, IndicatorRef, SpendingRecord, YearEndActual
from jixiao.domain.model import PerformanceDocument
from jixiao.domain.monitoring.rounds import data_month, reportable, round_label, round_month
from jixiao.domain.workflow import finding_key
from jixiao.errors import AccessDenied, InputError, WorkflowError
from jixiao.workspace import Workspace

MakeDocument = Callable[..., PerformanceDocument]
DEPARTMENT, YEAR, PROJECT = "某市教育局", 2024, "校舍维修改造"
DECLARATION = SubjectRef(DEPARTMENT, YEAR)
JUNE = SubjectRef(DEPARTMENT, YEAR, stage=Stage.MONITORING, round="1-6月")
OCTOBER = SubjectRef(DEPARTMENT, YEAR, stage=Stage.MONITORING, round="1-10月")
SELF_EVALUATION = SubjectRef(DEPARTMENT, YEAR, stage=Stage.SELF_EVALUATION)
EDITOR = Actor("zhang", Role.EDITOR, "张三", departments=frozenset({DEPARTMENT}))
APPROVER = Actor("li", Role.APPROVER, "李四", departments=frozenset({DEPARTMENT}))
REVIEWER = Actor("wang", Role.REVIEWER, "王五", regions=("1305",))
STRANGER = Actor("zhao", Role.APPROVER, "赵六", departments=frozenset({"某市卫健委"}))


@pytest.fixture
def workspace(migrated_url: str, make_document: MakeDocument) -> Iterator[Workspace]:
    workspace = Workspace(migrated_url)
    workspace.init()
    workspace.save(make_document(), actor=EDITOR)
    yield workspace
    workspace.close()


def _spend(workspace: Workspace, day: date, amount: str = "10") -> None:
    record = SpendingRecord(date=day, amount=Decimal(amount), project=PROJECT)
    workspace.record(DEPARTMENT, YEAR, Actuals(spending=[record]), actor=EDITOR)


def _approve_declaration(workspace: Workspace) -> None:
    try:
        workspace.submit(DECLARATION, actor=APPROVER)
    except SubmissionBlocked as blocked:
        said = {finding_key(f.code, f.location.label): "已核实" for f in blocked.unexplained}
        workspace.submit(DECLARATION, explanations=said, actor=APPROVER)
    workspace.start_review(DECLARATION, actor=REVIEWER)
    workspace.approve(DECLARATION, actor=REVIEWER)


def test_a_round_is_named_1_to_n_months() -> None:
    assert round_label(6) == "1-6月" and round_month("1-10月") == 10
    for wrong in ("1-13月", "上半年", "2-6月", "1-0月"):
        with pytest.raises(InputError, match="1-N月"):
            round_month(wrong)
    with pytest.raises(InputError):
        round_label(0)


def test_the_rounds_a_department_can_report_are_those_its_data_reach() -> None:
    assert reportable(Actuals(), 2024) == [] and data_month(Actuals(), 2024) is None
    spending = [
        SpendingRecord(date=date(2024, 3, 1), amount=Decimal(1), project=PROJECT),
        SpendingRecord(date=date(2025, 1, 9), amount=Decimal(1), project=PROJECT),
    ]
    assert reportable(Actuals(spending=spending), 2024) == ["1-3月", "1-2月", "1-1月"]


def test_every_stage_of_a_document_is_listed_declaration_first(workspace: Workspace) -> None:
    for ref in (SELF_EVALUATION, OCTOBER, JUNE):
        workspace.submit(ref, actor=APPROVER)
    listed = workflow.stages(workspace, DECLARATION, actor=REVIEWER)
    assert [(s.stage, s.round, s.state) for s in listed] == [
        (Stage.DECLARATION, "", State.DRAFT),
        (Stage.MONITORING, "1-6月", State.SUBMITTED),
        (Stage.MONITORING, "1-10月", State.SUBMITTED),
        (Stage.SELF_EVALUATION, "", State.SUBMITTED),
    ]
    with pytest.raises(AccessDenied):
        workflow.stages(workspace, DECLARATION, actor=STRANGER)


def test_a_round_is_submitted_with_its_figures_once_data_reach_it(workspace: Workspace) -> None:
    with pytest.raises(InputError, match="尚未录入"):
        rounds.submit_round(workspace, APPROVER, DEPARTMENT, YEAR, "1-6月")
    _spend(workspace, date(2024, 5, 10))
    assert rounds.monitoring_rounds(workspace, EDITOR, DEPARTMENT, YEAR).can_submit is False
    offered = rounds.monitoring_rounds(workspace, APPROVER, DEPARTMENT, YEAR)
    assert offered.offered[0] == "1-5月" and offered.can_submit
    with pytest.raises(AccessDenied):
        rounds.submit_round(workspace, EDITOR, DEPARTMENT, YEAR, "1-5月")
    done = rounds.submit_round(workspace, APPROVER, DEPARTMENT, YEAR, "1-5月")
    assert done.status.state is State.SUBMITTED
    after = rounds.monitoring_rounds(workspace, APPROVER, DEPARTMENT, YEAR)
    assert "1-5月" not in after.offered and after.offered[0] == "1-4月"
    [view] = after.rounds
    note = view.events[-1].note or ""
    assert note.startswith("截至 2024-05-31:项目执行 10 万元"), note
    assert "预警" in note


def test_a_self_evaluation_needs_year_end_values(workspace: Workspace) -> None:
    with pytest.raises(InputError, match="年末实际值"):
        rounds.submit_self_evaluation(workspace, APPROVER, DEPARTMENT, YEAR)
    document = workspace.document(DEPARTMENT, YEAR)
    indicator = next(i for i in document.projects[0].indicators if i.name.endswith("培训人次"))
    ref = IndicatorRef(project=document.projects[0].name, indicator=indicator.name)
    value = YearEndActual(ref=ref, value=Decimal(500), unit="人次")
    workspace.record(DEPARTMENT, YEAR, Actuals(year_end=[value]), actor=EDITOR)
    done = rounds.submit_self_evaluation(workspace, APPROVER, DEPARTMENT, YEAR)
    assert done.status.state is State.SUBMITTED
    note = rounds.self_evaluation(workspace, REVIEWER, DEPARTMENT, YEAR).events[-1].note or ""
    assert note.startswith("自评得分:") and "分(" in note


def test_year_end_values_are_locked_while_the_self_evaluation_is_submitted(
    workspace: Workspace,
) -> None:
    document = workspace.document(DEPARTMENT, YEAR)
    indicator = next(i for i in document.projects[0].indicators if i.name.endswith("培训人次"))
    ref = IndicatorRef(project=document.projects[0].name, indicator=indicator.name)
    workspace.record(
        DEPARTMENT,
        YEAR,
        Actuals(year_end=[YearEndActual(ref=ref, value=Decimal(500))]),
        actor=EDITOR,
    )
    rounds.submit_self_evaluation(workspace, APPROVER, DEPARTMENT, YEAR)
    changed = Actuals(year_end=[YearEndActual(ref=ref, value=Decimal(600), unit="人次")])
    with pytest.raises(WorkflowError, match="年末实际值不能再修改"):  # whoever writes (API, CLI)
        workspace.record(DEPARTMENT, YEAR, changed, actor=EDITOR)
    _spend(workspace, date(2024, 6, 3))  # spending is not the self-evaluation's: still recorded

    workspace.start_review(SELF_EVALUATION, actor=REVIEWER)
    workspace.return_with_reasons(SELF_EVALUATION, [ReturnReason("整体", "请核实")], actor=REVIEWER)
    workspace.record(DEPARTMENT, YEAR, changed, actor=EDITOR)  # returned: open again
    stored = workspace.actuals(DEPARTMENT, YEAR, actor=EDITOR).year_end
    assert [y.value for y in stored if y.ref == ref][-1] == Decimal(600)


def test_my_todo_lists_rounds_and_self_evaluations_by_stage(workspace: Workspace) -> None:
    _approve_declaration(workspace)
    june = date(YEAR, 6, 20)
    due = todo.todo(workspace, APPROVER, june).monitoring_due
    assert [(i.stage, i.round) for i in due] == [("监控", "1-6月")]
    _spend(workspace, date(2024, 6, 3))
    rounds.submit_round(workspace, APPROVER, DEPARTMENT, YEAR, "1-6月")
    assert todo.todo(workspace, APPROVER, june).monitoring_due == [], "submitted: not due"
    to_review = todo.todo(workspace, REVIEWER, june).to_review
    assert [i.subject for i in to_review] == ["监控 1-6月"]

    workspace.start_review(JUNE, actor=REVIEWER)
    workspace.return_with_reasons(JUNE, [ReturnReason("整体", "请补充")], actor=REVIEWER)
    returned = todo.todo(workspace, EDITOR, june).returned
    assert [(i.subject, i.state) for i in returned] == [("监控 1-6月", "退回")]
    assert todo.todo(workspace, REVIEWER, june).to_review == []

    year_end = date(YEAR, 12, 5)
    assert [i.subject for i in todo.todo(workspace, APPROVER, year_end).self_evaluation_due] == [
        "自评"
    ]
    assert todo.todo(workspace, APPROVER, date(YEAR, 11, 30)).self_evaluation_due == []
    workspace.submit(SELF_EVALUATION, actor=APPROVER)
    assert todo.todo(workspace, APPROVER, year_end).self_evaluation_due == []
    assert "自评" in [i.subject for i in todo.todo(workspace, REVIEWER, year_end).to_review]
    assert todo.todo(workspace, STRANGER, year_end).count == 0
