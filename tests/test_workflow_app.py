"""The workflow through the library API, as the department, the bureau and the public use it:
submission with the review and explanations, return with reasons, approval keeping versions,
publication, adjustment, optimistic versions and access by role and scope."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal

import pytest

from jixiao.app.workflow import ReturnReason, Stage, State, SubjectRef, SubmissionBlocked
from jixiao.domain.access import ANONYMOUS, Actor, Role
from jixiao.domain.model import PerformanceDocument
from jixiao.domain.target import Operator, Target, TargetKind
from jixiao.domain.workflow import Action, finding_key
from jixiao.errors import AccessDenied, StaleVersion, WorkflowError
from jixiao.workspace import Workspace

MakeDocument = Callable[..., PerformanceDocument]
DEPARTMENT = "某市教育局"
REF = SubjectRef(DEPARTMENT, 2024)
EDITOR = Actor("zhang", Role.EDITOR, "张三", departments=frozenset({DEPARTMENT}))
APPROVER = Actor("li", Role.APPROVER, "李四", departments=frozenset({DEPARTMENT}))
REVIEWER = Actor("wang", Role.REVIEWER, "王五", regions=("1305",))
STRANGER = Actor("zhao", Role.EDITOR, "赵六", departments=frozenset({"某市卫健委"}))
FAR_REVIEWER = Actor("sun", Role.REVIEWER, "孙七", regions=("1306",))


@pytest.fixture
def workspace(migrated_url: str, make_document: MakeDocument) -> Iterator[Workspace]:
    workspace = Workspace(migrated_url)
    workspace.init()
    workspace.save(make_document(), actor=EDITOR)
    yield workspace
    workspace.close()


def explain_all(workspace: Workspace, actor: Actor = APPROVER) -> dict[str, str]:
    """Submitting without explanations is refused; the explanations of every error."""
    with pytest.raises(SubmissionBlocked) as caught:
        workspace.submit(REF, actor=actor)
    assert caught.value.unexplained, "the sample document has review errors to explain"
    return {
        finding_key(f.code, f.location.label): "原文如此,已核实" for f in caught.value.unexplained
    }


def submit(workspace: Workspace, actor: Actor = APPROVER) -> None:
    """Submit, explaining the errors first if they are not explained yet."""
    try:
        workspace.submit(REF, actor=actor)
    except SubmissionBlocked as blocked:
        explanations = {
            finding_key(f.code, f.location.label): "原文如此,已核实" for f in blocked.unexplained
        }
        workspace.submit(REF, explanations=explanations, actor=actor)


def with_target(document: PerformanceDocument, text: str, value: str) -> PerformanceDocument:
    """The document with its first project's first indicator given another target."""
    target = Target(
        kind=TargetKind.QUANTITATIVE,
        text=text,
        operator=Operator.GE,
        value=Decimal(value),
        unit="%",
    )
    project = document.projects[0]
    indicator = project.indicators[0].model_copy(update={"target": target})
    project = project.model_copy(update={"indicators": [indicator, *project.indicators[1:]]})
    return document.model_copy(update={"projects": [project, *document.projects[1:]]})


def test_a_declaration_is_submitted_reviewed_approved_and_published(
    workspace: Workspace,
) -> None:
    view = workspace.workflow_status(REF, actor=APPROVER)
    assert (view.status.state, view.status.version) == (State.DRAFT, 1)
    assert view.allowed == [Action.EDIT, Action.SUBMIT]
    explanations = explain_all(workspace)
    workspace.submit(REF, explanations=explanations, actor=APPROVER)
    workspace.start_review(REF, actor=REVIEWER)
    outcome = workspace.approve(REF, actor=REVIEWER)
    assert outcome.status.state is State.APPROVED and outcome.version_number == 1
    workspace.publish(REF, actor=REVIEWER)
    view = workspace.workflow_status(REF, actor=REVIEWER)
    assert view.status.state is State.PUBLISHED
    assert (view.in_force, view.published) == (1, 1)
    assert [e.action for e in view.events] == ["编辑", "提交", "开始审核", "批复", "公开"]
    assert [e.version for e in view.events] == [1, 2, 3, 4, 5]
    # The reviewer sees the submitter's explanations of the errors.
    assert view.notes and all(n.kind == "explanation" and n.author == "li" for n in view.notes)
    actions = [e.action for e in workspace.audit_entries()]
    assert actions[0] == "保存文档" and "批复(审核中→已批复)" in actions
    assert workspace.verify_audit().problem is None


def test_the_approver_cannot_submit_their_own_edit(
    workspace: Workspace, make_document: MakeDocument
) -> None:
    workspace.save(make_document(), actor=APPROVER)
    with pytest.raises(WorkflowError, match="职责分离"):
        workspace.submit(REF, actor=APPROVER)


def test_content_is_edited_only_in_draft_or_returned(
    workspace: Workspace, make_document: MakeDocument
) -> None:
    submit(workspace)
    with pytest.raises(WorkflowError, match="当前状态为“已提交”"):
        workspace.save(make_document(), actor=EDITOR)
    with pytest.raises(WorkflowError, match="已提交"):
        workspace.delete(DEPARTMENT, 2024)  # not even the local administrator
    workspace.withdraw(REF, actor=APPROVER)
    workspace.save(make_document(), actor=EDITOR)


def test_a_return_carries_its_reasons_and_the_department_resubmits(
    workspace: Workspace, make_document: MakeDocument
) -> None:
    submit(workspace)
    workspace.start_review(REF, actor=REVIEWER)
    reasons = [
        ReturnReason("项目“校舍维修改造” › 指标“培训人次”", "指标值低于上年实际"),
        ReturnReason("年度支出预算", "合计与各项之和不符"),
    ]
    with pytest.raises(WorkflowError, match="逐项说明"):
        workspace.return_with_reasons(REF, [], actor=REVIEWER)
    workspace.return_with_reasons(REF, reasons, actor=REVIEWER)
    view = workspace.workflow_status(REF, actor=EDITOR)
    assert view.status.state is State.RETURNED
    assert view.events[-1].reasons == tuple(reasons)
    workspace.save(with_target(make_document(), "≥98%", "98"), actor=EDITOR)
    # The explanations given at the first submission still stand for the same findings.
    workspace.submit(REF, actor=APPROVER)
    assert workspace.workflow_status(REF).status.state is State.SUBMITTED


def test_a_reviewer_comments_on_a_finding_while_reviewing(workspace: Workspace) -> None:
    submit(workspace)
    with pytest.raises(WorkflowError):
        workspace.comment_finding(REF, "BUDGET.BALANCE@年度预算", "请补充说明", actor=REVIEWER)
    workspace.start_review(REF, actor=REVIEWER)
    workspace.comment_finding(REF, "BUDGET.BALANCE@年度预算", "请补充说明", actor=REVIEWER)
    with pytest.raises(AccessDenied):
        workspace.comment_finding(REF, "BUDGET.BALANCE@年度预算", "x", actor=FAR_REVIEWER)
    notes = workspace.workflow_status(REF, actor=APPROVER).notes
    assert ("comment", "wang", "请补充说明") in [(n.kind, n.author, n.text) for n in notes]


def test_an_adjustment_keeps_the_approved_version_in_force_until_it_is_approved(
    workspace: Workspace, make_document: MakeDocument
) -> None:
    submit(workspace)
    workspace.start_review(REF, actor=REVIEWER)
    workspace.approve(REF, actor=REVIEWER)
    workspace.publish(REF, actor=REVIEWER)
    with pytest.raises(WorkflowError, match="已公开"):
        workspace.save(make_document(), actor=EDITOR)  # only through an adjustment
    workspace.request_adjustment(REF, "年中预算调整,提高目标", actor=EDITOR)
    workspace.save(with_target(make_document(), "≥99%", "99"), actor=EDITOR)
    view = workspace.workflow_status(REF, actor=EDITOR)
    assert view.status.adjusting and view.status.state is State.DRAFT
    assert (view.in_force, view.published) == (1, 1)
    # The public still reads the published version, the department its draft.
    public = workspace.document(DEPARTMENT, 2024, actor=ANONYMOUS)
    draft = workspace.document(DEPARTMENT, 2024, actor=EDITOR)
    assert public.projects[0].indicators[0].target != draft.projects[0].indicators[0].target
    changes = workspace.compare_versions(REF, 1, None, actor=REVIEWER)
    assert any("指标值由" in c.description and "≥99%" in c.description for c in changes)
    submit(workspace)
    workspace.start_review(REF, actor=REVIEWER)
    assert workspace.approve(REF, actor=REVIEWER).version_number == 2
    kept = workspace.versions(REF, actor=REVIEWER)
    assert [v.number for v in kept] == [1, 2]
    assert kept[0].published_at is not None and kept[1].published_at is None
    described = [c.description for c in workspace.compare_versions(REF, 1, 2)]
    assert described and all("“≥99%”" in line for line in described if "指标值由" in line)
    assert workspace.compare_versions(REF, 2, None) == []
    assert not workspace.workflow_status(REF).status.adjusting


def test_a_write_on_a_stale_version_is_refused_with_what_changed(
    workspace: Workspace, make_document: MakeDocument
) -> None:
    version = workspace.workflow_status(REF).status.version
    saved = workspace.save(
        with_target(make_document(), "≥97%", "97"), actor=EDITOR, expected_version=version
    )
    assert saved.version == version + 1
    with pytest.raises(StaleVersion) as caught:
        workspace.save(make_document(), actor=APPROVER, expected_version=version)
    stale = caught.value
    assert (stale.expected, stale.current) == (version, version + 1)
    assert len(stale.changes) == 1 and "zhang" in stale.changes[0]
    assert "指标值由“≥95%”改为“≥97%”" in stale.changes[0]
    with pytest.raises(StaleVersion):
        workspace.submit(REF, actor=APPROVER, expected_version=version)


def test_reads_and_writes_are_limited_to_the_actors_scope(
    workspace: Workspace, make_document: MakeDocument
) -> None:
    with pytest.raises(AccessDenied):
        workspace.document(DEPARTMENT, 2024, actor=STRANGER)
    with pytest.raises(AccessDenied):
        workspace.document(DEPARTMENT, 2024, actor=ANONYMOUS)
    with pytest.raises(AccessDenied):
        workspace.save(make_document(), actor=STRANGER)
    with pytest.raises(AccessDenied):
        workspace.workflow_status(REF, actor=FAR_REVIEWER)
    with pytest.raises(AccessDenied):
        workspace.start_review(REF, actor=EDITOR)
    assert workspace.documents(actor=STRANGER) == []
    assert workspace.documents(actor=ANONYMOUS) == []
    assert [s.department for s in workspace.documents(actor=REVIEWER)] == [DEPARTMENT]
    assert workspace.document(DEPARTMENT, 2024, actor=REVIEWER).department.name == DEPARTMENT
    with pytest.raises(AccessDenied):
        workspace.verify_audit(actor=REVIEWER)


def test_a_monitoring_round_follows_the_same_path(workspace: Workspace) -> None:
    round_ = SubjectRef(DEPARTMENT, 2024, stage=Stage.MONITORING, round="1-6月")
    workspace.submit(round_, actor=APPROVER)  # no review of the declaration again
    workspace.start_review(round_, actor=REVIEWER)
    workspace.approve(round_, actor=REVIEWER)
    workspace.publish(round_, actor=REVIEWER)
    assert workspace.workflow_status(round_).status.state is State.PUBLISHED
    with pytest.raises(WorkflowError, match="调整"):
        workspace.request_adjustment(round_, "改", actor=EDITOR)
    # The declaration's own workflow is untouched.
    assert workspace.workflow_status(REF).status.state is State.DRAFT


def test_scores_monitoring_and_region_summaries_are_read_within_scope(
    workspace: Workspace,
) -> None:
    for actor in (STRANGER, ANONYMOUS, FAR_REVIEWER):
        with pytest.raises(AccessDenied):
            workspace.evaluate(DEPARTMENT, 2024, actor=actor)
        with pytest.raises(AccessDenied):
            workspace.monitor(DEPARTMENT, date(2024, 6, 30), 2024, actor=actor)
    assert workspace.evaluate(DEPARTMENT, 2024, actor=EDITOR).sheets
    assert workspace.monitor(DEPARTMENT, date(2024, 6, 30), 2024, actor=REVIEWER)
    for actor in (EDITOR, APPROVER, ANONYMOUS):
        with pytest.raises(AccessDenied):
            workspace.monitor_region(2024, date(2024, 6, 30), region_code="1305", actor=actor)
    with pytest.raises(AccessDenied):
        workspace.monitor_region(2024, date(2024, 6, 30), region_code="13", actor=REVIEWER)
    with pytest.raises(AccessDenied):
        workspace.evaluate_region(2024, region_code="1306", actor=REVIEWER)


def test_concurrent_writers_on_one_version_one_lands_the_others_are_stale(
    workspace: Workspace, make_document: MakeDocument
) -> None:
    version = workspace.workflow_status(REF).status.version
    outcomes: list[str] = []

    def write(number: int) -> None:
        document = with_target(make_document(), f"≥{90 + number}%", str(90 + number))
        try:
            Workspace(workspace.url).save(document, actor=EDITOR, expected_version=version)
        except StaleVersion:
            outcomes.append("stale")
        else:
            outcomes.append("landed")

    threads = [threading.Thread(target=write, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["landed", *["stale"] * 5]
    assert workspace.workflow_status(REF).status.version == version + 1
    assert workspace.verify_audit().problem is None
