"""流程: a document's workflow (its declaration, a monitoring round, its self-evaluation):
status and history, the transitions, approved versions and their comparison.

Every transition names the version it was decided on (``version`` query parameter or
If-Match); a transition on a stale version is 409 with what happened since."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Protocol

from fastapi import APIRouter, Query, Response

from jixiao.app import resources, workflow
from jixiao.app.uow import Database
from jixiao.domain.access import Actor
from jixiao.domain.workflow import ReturnReason, Stage
from jixiao.web.api.routes.documents import IfMatch, RefDep, etag, expected_version
from jixiao.web.api.schemas.workflow import (
    AdjustmentIn,
    ApprovedVersionOut,
    ChangeOut,
    EventOut,
    OutcomeOut,
    ReasonIn,
    ReturnIn,
    StatusOut,
    SubmitIn,
    WorkflowOut,
)
from jixiao.web.deps import Access, ActorDep, WorkspaceDep, access

router = APIRouter(tags=["流程"])

FLOW = "/documents/{department}/{year}/workflow"
StageQuery = Annotated[Stage, Query(description="阶段:申报、监控、自评")]
RoundQuery = Annotated[str, Query(max_length=20, description="监控轮次,如 1-6月")]
VersionQuery = Annotated[int | None, Query(ge=0, description="决定所依据的版本号")]


def _status(value: workflow.Status) -> StatusOut:
    return StatusOut(
        stage=value.stage.value,
        round=value.round,
        state=value.state.value,
        version=value.version,
        adjusting=value.adjusting,
        last_editor=value.last_editor,
    )


def _event(event: workflow.Event) -> EventOut:
    return EventOut(
        at=event.at,
        actor=event.actor,
        role=event.role,
        action=event.action,
        from_state=event.from_state.value,
        to_state=event.to_state.value,
        version=event.version,
        reasons=[ReasonIn(location=r.location, reason=r.reason) for r in event.reasons],
        note=event.note,
    )


def _outcome(outcome: workflow.Outcome, response: Response) -> OutcomeOut:
    response.headers["ETag"] = etag(outcome.status.version)
    return OutcomeOut(
        status=_status(outcome.status),
        findings=outcome.findings,
        version_number=outcome.version_number,
    )


@router.get(
    FLOW, summary="流程状态和历史", response_model=WorkflowOut, openapi_extra=access(Access.READ)
)
def read_workflow(
    ref: RefDep,
    workspace: WorkspaceDep,
    actor: ActorDep,
    stage: StageQuery = Stage.DECLARATION,
    round: RoundQuery = "",
) -> WorkflowOut:
    """当前状态、版本号、当前用户可执行的操作、现行和已公开的批复版本,以及流转历史。"""
    subject = resources.subject(ref, stage, round)
    view = resources.shielded(
        workspace, actor, ref.department, lambda: workflow.status(workspace, subject, actor=actor)
    )
    return WorkflowOut(
        subject=view.subject,
        status=_status(view.status),
        allowed=[a.value for a in view.allowed],
        in_force=view.in_force,
        published=view.published,
        events=[_event(e) for e in view.events],
    )


@router.get(
    f"{FLOW}/history",
    summary="流转历史",
    response_model=list[EventOut],
    openapi_extra=access(Access.READ),
)
def history(
    ref: RefDep,
    workspace: WorkspaceDep,
    actor: ActorDep,
    stage: StageQuery = Stage.DECLARATION,
    round: RoundQuery = "",
) -> list[EventOut]:
    """每一次修改和流转:谁、何时、从何状态到何状态、版本号、退回原因。"""
    subject = resources.subject(ref, stage, round)
    view = resources.shielded(
        workspace, actor, ref.department, lambda: workflow.status(workspace, subject, actor=actor)
    )
    return [_event(e) for e in view.events]


class Transition(Protocol):
    """A transition use case of :mod:`jixiao.app.workflow` that takes no more than the
    subject, the actor and the version."""

    def __call__(
        self,
        database: Database,
        ref: workflow.SubjectRef,
        *,
        actor: Actor | None = None,
        expected_version: int | None = None,
    ) -> workflow.Outcome: ...


def _version(version: int | None, if_match: str | None) -> int | None:
    return expected_version(version, if_match)


@router.post(
    f"{FLOW}/submit",
    summary="提交",
    response_model=OutcomeOut,
    openapi_extra=access(Access.APPROVE),
)
def submit(
    ref: RefDep,
    body: SubmitIn,
    workspace: WorkspaceDep,
    actor: ActorDep,
    response: Response,
    stage: StageQuery = Stage.DECLARATION,
    round: RoundQuery = "",
    version: VersionQuery = None,
    if_match: IfMatch = None,
) -> OutcomeOut:
    """草稿或退回 → 已提交(单位负责人,不能是内容的最后编辑人)。申报提交前先运行审核并保存结果;
    有“错误”而未说明时返回 409 并列出须说明的审核发现(以其 key 在 explanations 中说明)。"""
    subject = resources.subject(ref, stage, round)
    outcome = resources.shielded(
        workspace,
        actor,
        ref.department,
        lambda: workflow.submit(
            workspace,
            subject,
            explanations=body.explanations,
            actor=actor,
            expected_version=_version(version, if_match),
        ),
    )
    return _outcome(outcome, response)


def _simple(
    name: str,
    summary: str,
    description: str,
    call: Transition,
    policy: Access,
) -> None:
    """A transition without a body: withdraw, start review, approve, publish."""

    @router.post(
        f"{FLOW}/{name}",
        summary=summary,
        description=description,
        response_model=OutcomeOut,
        openapi_extra=access(policy),
        name=name.replace("-", "_"),
    )
    def transition(
        ref: RefDep,
        workspace: WorkspaceDep,
        actor: ActorDep,
        response: Response,
        stage: StageQuery = Stage.DECLARATION,
        round: RoundQuery = "",
        version: VersionQuery = None,
        if_match: IfMatch = None,
    ) -> OutcomeOut:
        subject = resources.subject(ref, stage, round)
        expected = _version(version, if_match)
        outcome = resources.shielded(
            workspace,
            actor,
            ref.department,
            lambda: call(workspace, subject, actor=actor, expected_version=expected),
        )
        return _outcome(outcome, response)


_simple(
    "withdraw",
    "撤回提交",
    "已提交 → 草稿(单位负责人,在财政开始审核之前)。",
    workflow.withdraw,
    Access.APPROVE,
)
_simple(
    "start-review",
    "开始审核",
    "已提交 → 审核中(所辖区划的财政审核人)。",
    workflow.start_review,
    Access.REVIEW,
)
_simple(
    "approve",
    "批复",
    "审核中 → 已批复(财政审核人,不能批复自己编辑的内容);申报的批复版本完整保存,此后生效。",
    workflow.approve,
    Access.REVIEW,
)
_simple("publish", "公开", "已批复 → 已公开:批复版本对公众可见。", workflow.publish, Access.REVIEW)


@router.post(
    f"{FLOW}/return", summary="退回", response_model=OutcomeOut, openapi_extra=access(Access.REVIEW)
)
def return_(
    ref: RefDep,
    body: ReturnIn,
    workspace: WorkspaceDep,
    actor: ActorDep,
    response: Response,
    stage: StageQuery = Stage.DECLARATION,
    round: RoundQuery = "",
    version: VersionQuery = None,
    if_match: IfMatch = None,
) -> OutcomeOut:
    """审核中 → 退回,逐项说明原因(位置和原因)。"""
    subject = resources.subject(ref, stage, round)
    reasons = [ReturnReason(r.location, r.reason) for r in body.reasons]
    expected = _version(version, if_match)
    outcome = resources.shielded(
        workspace,
        actor,
        ref.department,
        lambda: workflow.return_with_reasons(
            workspace, subject, reasons, actor=actor, expected_version=expected
        ),
    )
    return _outcome(outcome, response)


@router.post(
    f"{FLOW}/adjustment",
    summary="调整申请",
    response_model=OutcomeOut,
    openapi_extra=access(Access.EDIT),
)
def request_adjustment(
    ref: RefDep,
    body: AdjustmentIn,
    workspace: WorkspaceDep,
    actor: ActorDep,
    response: Response,
    version: VersionQuery = None,
    if_match: IfMatch = None,
) -> OutcomeOut:
    """已批复或已公开 → 草稿:打开一份调整中的草稿,调整经审核批复之前原批复版本继续有效。"""
    subject = resources.subject(ref)
    expected = _version(version, if_match)
    outcome = resources.shielded(
        workspace,
        actor,
        ref.department,
        lambda: workflow.request_adjustment(
            workspace, subject, body.reason, actor=actor, expected_version=expected
        ),
    )
    return _outcome(outcome, response)


@router.get(
    "/documents/{department}/{year}/versions",
    summary="批复版本",
    response_model=list[ApprovedVersionOut],
    openapi_extra=access(Access.READ),
)
def versions(ref: RefDep, workspace: WorkspaceDep, actor: ActorDep) -> list[ApprovedVersionOut]:
    """申报的每一个批复版本(从早到晚):批复人和时间、公开人和时间、内容摘要。"""
    subject = resources.subject(ref)
    kept = resources.shielded(
        workspace,
        actor,
        ref.department,
        lambda: workflow.versions_of(workspace, subject, actor=actor),
    )
    return [ApprovedVersionOut(**dataclasses.asdict(v)) for v in kept]


@router.get(
    "/documents/{department}/{year}/versions/compare",
    summary="比较两个版本",
    response_model=list[ChangeOut],
    openapi_extra=access(Access.READ),
)
def compare(
    ref: RefDep,
    workspace: WorkspaceDep,
    actor: ActorDep,
    old: Annotated[
        int | None, Query(ge=1, description="较早的批复版本号;不给则为当前工作稿")
    ] = None,
    new: Annotated[
        int | None, Query(ge=1, description="较晚的批复版本号;不给则为当前工作稿")
    ] = None,
) -> list[ChangeOut]:
    """两个版本之间逐项(逐个指标)的变化:新增、删除,以及修改前后的值。"""
    subject = resources.subject(ref)
    changes = resources.shielded(
        workspace,
        actor,
        ref.department,
        lambda: workflow.compare(workspace, subject, old, new, actor=actor),
    )
    return [
        ChangeOut(
            where=c.where,
            kind=c.kind.value,
            field=c.field,
            before=c.before,
            after=c.after,
            description=c.description,
        )
        for c in changes
    ]
