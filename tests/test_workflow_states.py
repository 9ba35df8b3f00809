"""The workflow as a state machine: every allowed transition and every forbidden one, who may
make it, and separation of duties."""

from __future__ import annotations

import itertools

import pytest

from jixiao.domain.access import ANONYMOUS, Actor, Role, Scope
from jixiao.domain.workflow import (
    Action,
    ReturnReason,
    Stage,
    State,
    Status,
    allowed_actions,
    decide,
)
from jixiao.errors import AccessDenied, WorkflowError

SCOPE = Scope("甲局", "130502", published=False)
EDITOR = Actor("editor", Role.EDITOR, departments=frozenset({"甲局"}))
APPROVER = Actor("approver", Role.APPROVER, departments=frozenset({"甲局"}))
REVIEWER = Actor("reviewer", Role.REVIEWER, regions=("1305",))
ADMIN = Actor("admin", Role.ADMIN)
OTHER_APPROVER = Actor("other", Role.APPROVER, departments=frozenset({"乙局"}))
OTHER_REVIEWER = Actor("far", Role.REVIEWER, regions=("1306",))
REASONS = [ReturnReason("项目“某项目” › 指标“培训人次” › 指标值", "指标值偏低,请按历史标准调整")]

# Written out by hand (not derived from the module's table): (action, from, to, who may).
ALLOWED = [
    (Action.EDIT, State.DRAFT, State.DRAFT, {EDITOR, APPROVER, ADMIN}),
    (Action.EDIT, State.RETURNED, State.RETURNED, {EDITOR, APPROVER, ADMIN}),
    (Action.SUBMIT, State.DRAFT, State.SUBMITTED, {APPROVER, ADMIN}),
    (Action.SUBMIT, State.RETURNED, State.SUBMITTED, {APPROVER, ADMIN}),
    (Action.WITHDRAW, State.SUBMITTED, State.DRAFT, {APPROVER, ADMIN}),
    (Action.START_REVIEW, State.SUBMITTED, State.UNDER_REVIEW, {REVIEWER, ADMIN}),
    (Action.RETURN, State.UNDER_REVIEW, State.RETURNED, {REVIEWER, ADMIN}),
    (Action.APPROVE, State.UNDER_REVIEW, State.APPROVED, {REVIEWER, ADMIN}),
    (Action.PUBLISH, State.APPROVED, State.PUBLISHED, {REVIEWER, ADMIN}),
    (Action.REQUEST_ADJUSTMENT, State.APPROVED, State.DRAFT, {EDITOR, APPROVER, ADMIN}),
    (Action.REQUEST_ADJUSTMENT, State.PUBLISHED, State.DRAFT, {EDITOR, APPROVER, ADMIN}),
]
EVERYONE = [EDITOR, APPROVER, REVIEWER, ADMIN, OTHER_APPROVER, OTHER_REVIEWER, ANONYMOUS]
ALLOWED_FROM = {(action, source): target for action, source, target, _ in ALLOWED}
WHO = {(action, source): who for action, source, _, who in ALLOWED}


def reasons_for(action: Action) -> list[ReturnReason]:
    return REASONS if action is Action.RETURN else []


@pytest.mark.parametrize(
    ("action", "source", "target", "actor"),
    [(a, s, t, who) for a, s, t, whos in ALLOWED for who in sorted(whos, key=lambda x: x.login)],
    ids=lambda v: v.login if isinstance(v, Actor) else str(v),
)
def test_an_allowed_transition_leads_to_its_state(
    action: Action, source: State, target: State, actor: Actor
) -> None:
    status = Status(state=source, version=3, last_editor="editor")
    assert decide(action, status, actor, SCOPE, reasons_for(action)) is target


FORBIDDEN_STATES = [
    (action, state)
    for action, state in itertools.product(Action, State)
    if (action, state) not in ALLOWED_FROM
]


@pytest.mark.parametrize(("action", "state"), FORBIDDEN_STATES, ids=str)
def test_a_transition_from_a_state_that_does_not_allow_it_is_refused(
    action: Action, state: State
) -> None:
    status = Status(state=state, version=3, last_editor="editor")
    with pytest.raises(WorkflowError) as caught:
        decide(action, status, ADMIN, SCOPE, reasons_for(action))
    assert f"当前状态为“{state.value}”" in caught.value.message


FORBIDDEN_ACTORS = [
    (action, source, actor)
    for action, source, _, who in ALLOWED
    for actor in EVERYONE
    if actor not in who
]


@pytest.mark.parametrize(
    ("action", "source", "actor"),
    FORBIDDEN_ACTORS,
    ids=lambda v: v.login if isinstance(v, Actor) else str(v),
)
def test_an_actor_without_the_role_or_the_scope_is_denied(
    action: Action, source: State, actor: Actor
) -> None:
    status = Status(state=source, version=3, last_editor="editor")
    with pytest.raises(AccessDenied):
        decide(action, status, actor, SCOPE, reasons_for(action))


def test_every_action_and_state_is_covered() -> None:
    assert len(FORBIDDEN_STATES) + len(ALLOWED_FROM) == len(Action) * len(State)


def test_an_approver_cannot_submit_their_own_edit() -> None:
    status = Status(state=State.DRAFT, version=2, last_editor="approver")
    with pytest.raises(WorkflowError, match="职责分离"):
        decide(Action.SUBMIT, status, APPROVER, SCOPE)


def test_a_reviewer_cannot_approve_their_own_edit() -> None:
    status = Status(state=State.UNDER_REVIEW, version=2, last_editor="reviewer")
    with pytest.raises(WorkflowError, match="职责分离"):
        decide(Action.APPROVE, status, REVIEWER, SCOPE)


def test_the_local_administrator_is_not_bound_by_separation_of_duties() -> None:
    status = Status(state=State.DRAFT, version=2, last_editor="admin")
    assert decide(Action.SUBMIT, status, ADMIN, SCOPE) is State.SUBMITTED


@pytest.mark.parametrize(
    "reasons",
    [[], [ReturnReason("", "原因")], [ReturnReason("位置", "  ")]],
    ids=["none", "no-location", "blank-reason"],
)
def test_a_return_needs_a_location_and_a_reason_per_item(reasons: list[ReturnReason]) -> None:
    status = Status(state=State.UNDER_REVIEW, version=4)
    with pytest.raises(WorkflowError, match="退回"):
        decide(Action.RETURN, status, REVIEWER, SCOPE, reasons)


@pytest.mark.parametrize("stage", [Stage.MONITORING, Stage.SELF_EVALUATION])
def test_only_a_declaration_is_adjusted(stage: Stage) -> None:
    status = Status(stage=stage, round="1-6月", state=State.APPROVED, version=5)
    with pytest.raises(WorkflowError, match="调整"):
        decide(Action.REQUEST_ADJUSTMENT, status, APPROVER, SCOPE)


@pytest.mark.parametrize("stage", list(Stage))
def test_monitoring_rounds_and_self_evaluations_follow_the_same_path(stage: Stage) -> None:
    status = Status(stage=stage)
    path = [Action.SUBMIT, Action.START_REVIEW, Action.APPROVE, Action.PUBLISH]
    actors = [APPROVER, REVIEWER, REVIEWER, REVIEWER]
    for action, actor in zip(path, actors, strict=True):
        status = Status(stage=stage, state=decide(action, status, actor, SCOPE))
    assert status.state is State.PUBLISHED


def test_allowed_actions_lists_what_the_actor_may_do_now() -> None:
    draft = Status(state=State.DRAFT, version=1, last_editor="editor")
    assert allowed_actions(draft, APPROVER, SCOPE) == [Action.EDIT, Action.SUBMIT]
    assert allowed_actions(draft, EDITOR, SCOPE) == [Action.EDIT]
    assert allowed_actions(draft, REVIEWER, SCOPE) == []
    under_review = Status(state=State.UNDER_REVIEW, version=3)
    assert allowed_actions(under_review, REVIEWER, SCOPE) == [Action.RETURN, Action.APPROVE]
    assert allowed_actions(under_review, ANONYMOUS, SCOPE) == []
