"""Workflow on pages: the transitions of a declaration (submit with explanations, withdraw,
start review, return with reasons, approve, publish, request an adjustment), the reviewer's
queue and review page (findings with the submitter's explanations, a comment per item, the
two versions of an adjustment compared). Each button is one call of ``app.workflow``."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from jixiao.app import portal, todo, workflow
from jixiao.domain.review import Finding
from jixiao.domain.workflow import Action, ReturnReason, finding_key
from jixiao.errors import InputError
from jixiao.web.deps import WorkspaceDep
from jixiao.web.pages import present
from jixiao.web.pages.documents import document_path
from jixiao.web.pages.session import SignedInDep, form_csrf, redirect
from jixiao.web.pages.templating import render

router = APIRouter(include_in_schema=False, dependencies=[Depends(form_csrf)])

EXPLAIN = "explain::"
REASON = "reason::"
COMMENT = "comment::"

# The transitions a plain button can make (a return needs reasons: the review page).
BUTTONS: dict[Action, str] = {
    Action.SUBMIT: "submit",
    Action.WITHDRAW: "withdraw",
    Action.START_REVIEW: "start_review",
    Action.APPROVE: "approve",
    Action.PUBLISH: "publish",
}


def key_of(finding: Finding) -> str:
    return finding_key(finding.code, finding.location.label)


def _ref(department: str, year: int) -> workflow.SubjectRef:
    return workflow.SubjectRef(department, year)


def _version(form: dict[str, str]) -> int | None:
    value = form.get("version", "")
    return int(value) if value.isdigit() else None


async def form_fields(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


@router.post("/documents/{department}/{year}/workflow/{action}", name="transition")
async def transition(
    request: Request,
    department: str,
    year: int,
    action: str,
    workspace: WorkspaceDep,
    credentials: SignedInDep,
) -> Response:
    form = await form_fields(request)
    actor, ref, expected = credentials.actor, _ref(department, year), _version(form)
    back = document_path(request, department, year)
    if action == "submit":
        explanations = {k[len(EXPLAIN) :]: v for k, v in form.items() if k.startswith(EXPLAIN)}
        try:
            workflow.submit(
                workspace, ref, explanations=explanations, actor=actor, expected_version=expected
            )
        except workflow.SubmissionBlocked as blocked:
            return _blocked(request, credentials, department, year, blocked, expected)
    elif action == "withdraw":
        workflow.withdraw(workspace, ref, actor=actor, expected_version=expected)
    elif action == "start_review":
        workflow.start_review(workspace, ref, actor=actor, expected_version=expected)
        back = _review_path(request, department, year)
    elif action == "return":
        reasons = reasons_of(form)
        workflow.return_with_reasons(
            workspace, ref, reasons, actor=actor, expected_version=expected
        )
    elif action == "approve":
        workflow.approve(workspace, ref, actor=actor, expected_version=expected)
    elif action == "publish":
        workflow.publish(workspace, ref, actor=actor, expected_version=expected)
    elif action == "adjust":
        reason = form.get("reason", "")
        workflow.request_adjustment(workspace, ref, reason, actor=actor, expected_version=expected)
    else:
        raise InputError(f"未知的操作“{action}”")
    return redirect(back)


def reasons_of(form: dict[str, str]) -> list[ReturnReason]:
    """One reason per item the reviewer wrote: at a finding (its place), or in general."""
    reasons = [
        ReturnReason(form.get("where::" + key[len(REASON) :], "") or "整体", text.strip())
        for key, text in form.items()
        if key.startswith(REASON) and text.strip()
    ]
    general = form.get("general_reason", "").strip()
    if general:
        reasons.append(ReturnReason(form.get("general_location", "").strip() or "整体", general))
    return reasons


def _blocked(
    request: Request,
    credentials: SignedInDep,
    department: str,
    year: int,
    blocked: workflow.SubmissionBlocked,
    version: int | None,
) -> HTMLResponse:
    return render(
        request,
        "submit_blocked.html",
        credentials.actor,
        credentials.csrf_token,
        status_code=409,
        title="提交前请说明审核发现的错误",
        department=department,
        year=year,
        version=version or "",
        unexplained=[(key_of(f), f) for f in blocked.unexplained],
        where=present.where,
        explain_prefix=EXPLAIN,
    )


def _review_path(request: Request, department: str, year: int) -> str:
    return str(request.url_for("review_page", department=department, year=str(year)).path)


@router.get("/review", name="review_queue")
def review_queue(request: Request, workspace: WorkspaceDep, credentials: SignedInDep) -> Response:
    mine = todo.todo(workspace, credentials.actor)
    return render(
        request,
        "review_queue.html",
        credentials.actor,
        credentials.csrf_token,
        title="审核队列",
        to_review=mine.to_review,
        to_publish=mine.to_publish,
    )


@router.get("/review/{department}/{year}", name="review_page")
def review_page(
    request: Request,
    department: str,
    year: int,
    workspace: WorkspaceDep,
    credentials: SignedInDep,
) -> Response:
    readable = portal.read(workspace, credentials.actor, department, year)
    view = readable.workflow
    if view is None:
        raise InputError("只有负责审核的财政审核人可以打开审核页面")
    notes: dict[str, dict[str, list[workflow.Note]]] = {}
    for note in view.notes:
        notes.setdefault(note.finding_key, {}).setdefault(note.kind, []).append(note)
    changes = []
    if view.in_force is not None and view.status.adjusting:
        changes = workflow.compare(
            workspace, _ref(department, year), view.in_force, None, actor=credentials.actor
        )
    return render(
        request,
        "review_page.html",
        credentials.actor,
        credentials.csrf_token,
        title=f"审核 {department} {year}",
        doc=readable.document,
        view=view,
        findings=[(key_of(f), f) for f in readable.findings or []],
        notes=notes,
        changes=changes,
        can_return=Action.RETURN in view.allowed,
        can_approve=Action.APPROVE in view.allowed,
        can_start=Action.START_REVIEW in view.allowed,
        where=present.where,
        reason_prefix=REASON,
        comment_prefix=COMMENT,
    )


@router.post("/review/{department}/{year}/comment", name="review_comment")
async def review_comment(
    request: Request,
    department: str,
    year: int,
    workspace: WorkspaceDep,
    credentials: SignedInDep,
) -> Response:
    form = await form_fields(request)
    key, text = form.get("finding", ""), form.get("text", "")
    workflow.comment(workspace, _ref(department, year), key, text, actor=credentials.actor)
    return redirect(_review_path(request, department, year))
