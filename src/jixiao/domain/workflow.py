"""The workflow of a declaration, a monitoring round and a self-evaluation (pure).

草稿 → 已提交 → 审核中 → 退回 (reasons per item) | 已批复 → 已公开; an approved declaration
changes only through an 调整申请, which opens a new draft while the approved version stays in
force. Who may do what is decided here too: the department's 单位负责人 submits (not the
last editor of the content: separation of duties), the region's 财政审核人 reviews, returns,
approves and publishes; the 系统管理员 may do everything (the local command-line user is one,
alone with their database, so separation of duties does not bind them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from jixiao.domain.access import Actor, Role, Scope, can_write
from jixiao.errors import AccessDenied, WorkflowError


class State(StrEnum):
    DRAFT = "草稿"
    SUBMITTED = "已提交"
    UNDER_REVIEW = "审核中"
    RETURNED = "退回"
    APPROVED = "已批复"
    PUBLISHED = "已公开"


class Stage(StrEnum):
    """What a workflow is about: the declaration, a monitoring round, the self-evaluation."""

    DECLARATION = "申报"
    MONITORING = "监控"
    SELF_EVALUATION = "自评"


class Action(StrEnum):
    EDIT = "编辑"
    SUBMIT = "提交"
    WITHDRAW = "撤回"
    START_REVIEW = "开始审核"
    RETURN = "退回"
    APPROVE = "批复"
    PUBLISH = "公开"
    REQUEST_ADJUSTMENT = "调整申请"


@dataclass(frozen=True)
class Transition:
    sources: frozenset[State]
    target: State | None  # None: the state does not change (an edit)
    roles: frozenset[Role]
    separated: bool = False  # the actor may not be the last editor of the content


_DEPARTMENT = frozenset({Role.EDITOR, Role.APPROVER, Role.ADMIN})
_BUREAU = frozenset({Role.REVIEWER, Role.ADMIN})
_EDITABLE = frozenset({State.DRAFT, State.RETURNED})

TRANSITIONS: Final[dict[Action, Transition]] = {
    Action.EDIT: Transition(_EDITABLE, None, _DEPARTMENT),
    Action.SUBMIT: Transition(
        _EDITABLE, State.SUBMITTED, frozenset({Role.APPROVER, Role.ADMIN}), separated=True
    ),
    Action.WITHDRAW: Transition(
        frozenset({State.SUBMITTED}), State.DRAFT, frozenset({Role.APPROVER, Role.ADMIN})
    ),
    Action.START_REVIEW: Transition(frozenset({State.SUBMITTED}), State.UNDER_REVIEW, _BUREAU),
    Action.RETURN: Transition(frozenset({State.UNDER_REVIEW}), State.RETURNED, _BUREAU),
    Action.APPROVE: Transition(
        frozenset({State.UNDER_REVIEW}), State.APPROVED, _BUREAU, separated=True
    ),
    Action.PUBLISH: Transition(frozenset({State.APPROVED}), State.PUBLISHED, _BUREAU),
    Action.REQUEST_ADJUSTMENT: Transition(
        frozenset({State.APPROVED, State.PUBLISHED}), State.DRAFT, _DEPARTMENT
    ),
}


@dataclass(frozen=True)
class ReturnReason:
    """One item of a return: where (a field, an indicator, a finding) and why."""

    location: str
    reason: str


@dataclass(frozen=True)
class Status:
    """Where a subject's workflow stands; a subject never touched is a draft at version 0."""

    stage: Stage = Stage.DECLARATION
    round: str = ""
    state: State = State.DRAFT
    version: int = 0
    adjusting: bool = False  # an 调整申请 is open: an approved version stays in force
    last_editor: str | None = None

    @property
    def label(self) -> str:
        what = f"{self.stage.value} {self.round}" if self.round else self.stage.value
        return f"{what}:{self.state.value}" + (" (调整中)" if self.adjusting else "")


def decide(
    action: Action,
    status: Status,
    actor: Actor,
    scope: Scope,
    reasons: Sequence[ReturnReason] = (),
) -> State:
    """The state after ``action``, or AccessDenied / WorkflowError (Chinese) saying why not."""
    transition = TRANSITIONS[action]
    if not can_write(actor, scope) or actor.role not in transition.roles:
        raise AccessDenied(
            f"{actor.role.value}“{actor.login}”无权对“{scope.department}”执行{action.value}"
        )
    if status.state not in transition.sources:
        allowed = "、".join(state.value for state in State if state in transition.sources)
        raise WorkflowError(
            f"当前状态为“{status.state.value}”,不能{action.value}(仅在{allowed}状态下可以)"
        )
    if action is Action.REQUEST_ADJUSTMENT and status.stage is not Stage.DECLARATION:
        raise WorkflowError(f"只有申报可以提出调整申请,{status.stage.value}不能调整")
    if transition.separated and actor.role is not Role.ADMIN and actor.login == status.last_editor:
        raise WorkflowError(
            f"职责分离:“{actor.login}”是内容的最后编辑人,不能{action.value}自己编辑的内容"
        )
    if action is Action.RETURN:
        _check_reasons(reasons)
    return status.state if transition.target is None else transition.target


def _check_reasons(reasons: Sequence[ReturnReason]) -> None:
    if not reasons:
        raise WorkflowError("退回必须逐项说明原因(至少一项:位置和原因)")
    for number, item in enumerate(reasons, start=1):
        if not item.location.strip() or not item.reason.strip():
            raise WorkflowError(f"退回原因第 {number} 项缺少位置或原因")


def allowed_actions(status: Status, actor: Actor, scope: Scope) -> list[Action]:
    """What the actor may do now (a return, which needs reasons, when otherwise allowed)."""
    allowed = []
    for action in Action:
        reasons = [ReturnReason("-", "-")] if action is Action.RETURN else []
        try:
            decide(action, status, actor, scope, reasons)
        except (AccessDenied, WorkflowError):
            continue
        allowed.append(action)
    return allowed


def finding_key(code: str, location_label: str) -> str:
    """How an explanation or a comment names its finding: rule code and location."""
    return f"{code}@{location_label}"
