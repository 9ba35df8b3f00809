"""Workflow on pages for a monitoring round and the self-evaluation: submit and withdraw
(the department's 单位负责人, from the monitoring or self-evaluation page), start review,
return with a reason per item, approve and publish (the 财政审核人, from the stage's review
page, which shows the round's warnings or the self-evaluation's score sheets with the
reviewers' comments per item). Each button is one call of ``app.rounds`` / ``app.workflow``.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from jixiao.app import rounds, workflow
from jixiao.domain.workflow import Action, Stage, finding_key
from jixiao.errors import InputError
from jixiao.web.deps import WorkspaceDep
from jixiao.web.pages import present
from jixiao.web.pages.session import SignedInDep, form_csrf, redirect
from jixiao.web.pages.templating import render
from jixiao.web.pages.workflow import REASON, form_fields, reasons_of

router = APIRouter(include_in_schema=False, dependencies=[Depends(form_csrf)])

STAGES: dict[str, Stage] = {
    "monitoring": Stage.MONITORING,
    "self-evaluation": Stage.SELF_EVALUATION,
}
SLUGS = {stage: slug for slug, stage in STAGES.items()}
COLOURS = {"red": "红色预警", "yellow": "黄色预警", "blue": "蓝色(超前)", "green": "绿色正常"}
SEVERITIES = {"error": ("red", "错误"), "warning": ("yellow", "警告"), "review": ("blue", "复核")}


def _stage(slug: str) -> Stage:
    if slug not in STAGES:
        raise InputError(f"未知的阶段“{slug}”:可用 monitoring(运行监控)、self-evaluation(自评)")
    return STAGES[slug]


def _version(form: dict[str, str]) -> int | None:
    value = form.get("version", "")
    return int(value) if value.isdigit() else None


def stage_page(request: Request, department: str, year: int, stage: Stage) -> str:
    """The department's page of the stage: the monitoring page or the self-evaluation page."""
    name = "monitoring" if stage is Stage.MONITORING else "self_evaluation"
    return str(request.url_for(name, department=department, year=str(year)).path)


def review_path(request: Request, department: str, year: int, stage: Stage, round: str) -> str:
    params = {"department": department, "year": str(year)}
    if stage is Stage.MONITORING:
        return str(request.url_for("review_round", round=round, **params).path)
    return str(request.url_for("review_selfeval", **params).path)


@router.post("/documents/{department}/{year}/stages/{slug}/{action}", name="stage_transition")
async def transition(
    request: Request,
    department: str,
    year: int,
    slug: str,
    action: str,
    workspace: WorkspaceDep,
    credentials: SignedInDep,
) -> Response:
    stage, form = _stage(slug), await form_fields(request)
    actor, expected, label = credentials.actor, _version(form), form.get("round", "")
    ref = rounds.subject(department, year, stage, label)
    if action == "submit":
        said = form.get("explanation", "")
        if stage is Stage.MONITORING:
            done = rounds.submit_round(workspace, actor, department, year, label, expected, said)
        else:
            done = rounds.submit_self_evaluation(workspace, actor, department, year, expected, said)
        said = f"已提交{done.status.stage.value} {done.status.round}".strip()
        return redirect(f"{stage_page(request, department, year, stage)}?saved={quote(said)}")
    if action == "withdraw":
        workflow.withdraw(workspace, ref, actor=actor, expected_version=expected)
        said = quote(f"已撤回{ref.stage.value} {label}".strip())
        return redirect(f"{stage_page(request, department, year, stage)}?saved={said}")
    if action == "start_review":
        workflow.start_review(workspace, ref, actor=actor, expected_version=expected)
    elif action == "return":
        reasons = reasons_of(form)
        workflow.return_with_reasons(
            workspace, ref, reasons, actor=actor, expected_version=expected
        )
    elif action == "approve":
        workflow.approve(workspace, ref, actor=actor, expected_version=expected)
    elif action == "publish":
        workflow.publish(workspace, ref, actor=actor, expected_version=expected)
    else:
        raise InputError(f"未知的操作“{action}”")
    return redirect(review_path(request, department, year, stage, ref.round))


@dataclass(frozen=True)
class ReviewItem:
    """One thing a reviewer may return or comment on: a warning or a score sheet's finding."""

    key: str  # how notes name it
    badge: str  # the CSS class of its badge
    label: str  # the badge's words
    where: str
    message: str

    @property
    def text(self) -> str:
        """The message, after its place unless it names it already."""
        return self.message if self.where in self.message else f"{self.where}:{self.message}"


def _items(review: rounds.StageReview) -> list[ReviewItem]:
    if review.report is not None:
        return [
            ReviewItem(
                finding_key(w.rule, w.location),
                w.colour.value,
                COLOURS[w.colour.value],
                w.location,
                w.message,
            )
            for w in review.report.warnings
        ]
    items = []
    for sheet in review.evaluation.sheets if review.evaluation else ():
        for f in sheet.findings:
            where = f"自评表“{sheet.subject}”"
            badge, label = SEVERITIES[f.severity.value]
            items.append(ReviewItem(finding_key(f.code, where), badge, label, where, f.message))
    return items


def _review(
    request: Request,
    workspace: WorkspaceDep,
    credentials: SignedInDep,
    department: str,
    year: int,
    stage: Stage,
    label: str = "",
) -> HTMLResponse:
    review = rounds.review(workspace, credentials.actor, department, year, stage, label)
    view = review.view
    notes: dict[str, dict[str, list[workflow.Note]]] = {}
    for note in view.notes:
        notes.setdefault(note.finding_key, {}).setdefault(note.kind, []).append(note)
    return render(
        request,
        "review_stage.html",
        credentials.actor,
        credentials.csrf_token,
        title=f"审核 {department} {year} {view.status.label}",
        department=department,
        year=year,
        review=review,
        view=view,
        slug=SLUGS[stage],
        items=_items(review),
        notes=notes,
        overall=notes.get(rounds.OVERALL, {}).get("explanation", []),
        colour_words=COLOURS,
        money=present.money,
        allowed={action.name.lower() for action in view.allowed},
        can_return=Action.RETURN in view.allowed,
        reason_prefix=REASON,
        stage_page=stage_page(request, department, year, stage),
    )


@router.get("/review/{department}/{year}/monitoring/{round}", name="review_round")
def review_round(
    request: Request,
    department: str,
    year: int,
    round: str,
    workspace: WorkspaceDep,
    credentials: SignedInDep,
) -> HTMLResponse:
    return _review(request, workspace, credentials, department, year, Stage.MONITORING, round)


@router.get("/review/{department}/{year}/self-evaluation", name="review_selfeval")
def review_selfeval(
    request: Request,
    department: str,
    year: int,
    workspace: WorkspaceDep,
    credentials: SignedInDep,
) -> HTMLResponse:
    return _review(request, workspace, credentials, department, year, Stage.SELF_EVALUATION)


@router.post("/review/{department}/{year}/stages/{slug}/comment", name="stage_comment")
async def comment(
    request: Request,
    department: str,
    year: int,
    slug: str,
    workspace: WorkspaceDep,
    credentials: SignedInDep,
) -> Response:
    stage, form = _stage(slug), await form_fields(request)
    ref = rounds.subject(department, year, stage, form.get("round", ""))
    key, text = form.get("finding", ""), form.get("text", "")
    workflow.comment(workspace, ref, key, text, actor=credentials.actor)
    return redirect(review_path(request, department, year, stage, ref.round))
