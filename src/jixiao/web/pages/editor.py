"""The declaration editor: goals, projects and indicators of a draft; each target read as it
is typed (htmx asks the target grammar, the reading is shown beside the field); the latest
review's findings at their indicators; the indicator library offered as suggestions."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, Response

from jixiao.app import editor, resources
from jixiao.domain import edits
from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.review import Finding
from jixiao.domain.target import Direction, TargetSyntaxError, parse_target
from jixiao.errors import JixiaoError, NotFoundError
from jixiao.web.deps import Credentials, WorkspaceDep
from jixiao.web.pages import present
from jixiao.web.pages.session import SignedInDep, form_csrf, redirect
from jixiao.web.pages.templating import fragment, render

router = APIRouter(include_in_schema=False, dependencies=[Depends(form_csrf)])


def _editor_path(request: Request, department: str, year: int) -> str:
    return str(request.url_for("editor", department=department, year=str(year)).path)


def _placed(findings: list[Finding]) -> tuple[dict[str, list[Finding]], list[Finding]]:
    """Findings at an indicator (keyed "project:名称/指标" or "goal:1/指标"; "…/指标#weight"
    for a field of its disclosure), at a field of a goal or project ("goal:1#text",
    "project:名称#budget"; "…#" for the goal or project as a whole), and the rest."""
    at: dict[str, list[Finding]] = defaultdict(list)
    rest: list[Finding] = []
    for finding in findings:
        owner = present.owner_key(finding)
        if owner and finding.location.indicator:
            row = f"{owner}/{finding.location.indicator}"
            head = (finding.location.field or "").split(".")[0]
            # a field of the indicator's disclosure (分值, 一级/二级 …) shows it; else the row
            at[f"{row}#{head}" if head in _DISCLOSED else row].append(finding)
        elif owner:
            at[f"{owner}#{_form_field(owner, finding.location.field)}"].append(finding)
        else:
            rest.append(finding)
    return at, rest


# The indicator's fields edited in its disclosure (its target is edited in the row).
_DISCLOSED = frozenset(edits.INDICATOR_FIELDS) - {"name"}


def _form_field(owner: str, field: str | None) -> str:
    """The editor's field a finding's model field is shown at ("" when the form has none)."""
    head = (field or "").split(".")[0]
    if owner.startswith("goal:"):
        if head == "funding_block":
            return "funding_name" if field == "funding_block.name" else "funding_amount"
        return head if head in edits.GOAL_FIELDS else ""
    return head if head in edits.PROJECT_FIELDS else ""


# The choices of the editor's selects: (value, label), in the framework's order.
CHOICES = {
    "category": [(c.value, c.label) for c in Category],
    "subcategory": [(s.value, s.label, s.category.value) for s in Subcategory],
    "direction": [(d.value, d.label) for d in Direction],
    "target_basis": [(b.value, label) for b, label in edits.BASIS_LABELS.items()],
    "attribute": [(a.value, label) for a, label in edits.ATTRIBUTE_LABELS.items()],
}


@dataclasses.dataclass(frozen=True)
class Refusal:
    """A form's values refused: which form (its id on the page), which field (None: the form
    as a whole, e.g. a stale version), the Chinese message, and the values typed (shown
    again, so nothing typed is lost)."""

    form: str
    field: str | None
    message: str
    values: dict[str, str] = dataclasses.field(default_factory=dict)


@router.get("/documents/{department}/{year}/edit", name="editor")
def editor_page(
    request: Request,
    department: str,
    year: int,
    workspace: WorkspaceDep,
    credentials: SignedInDep,
    saved: str = "",
) -> HTMLResponse:
    return page(request, workspace, credentials, department, year, saved=saved)


def page(
    request: Request,
    workspace: WorkspaceDep,
    credentials: Credentials,
    department: str,
    year: int,
    *,
    saved: str = "",
    refusal: Refusal | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    """The editor of the draft; ``refusal``: a form's values refused, shown at their field."""
    ref = resources.DocumentRef(department, year)
    view = editor.view(workspace, credentials.actor, ref)
    at, rest = _placed(view.findings)
    flash = {"kind": "ok", "text": saved} if saved else None
    if refusal is not None and not refusal.form:  # posted without its form's id: say it on top
        flash = {"kind": "error", "text": refusal.message}
    return render(
        request,
        "editor.html",
        credentials.actor,
        credentials.csrf_token,
        status_code=status_code,
        title=f"编辑 {department} {year}",
        doc=view.document,
        state=view.state,
        version=view.version,
        findings_at=at,
        other_findings=rest,
        library=editor.library(),
        reading=present.reading,
        where=present.where,
        money=present.money,
        flash=flash,
        refusal=refusal,
        choices=CHOICES,
    )


@router.get("/documents/{department}/{year}/edit/indicator", name="indicator_form")
def indicator_form(
    request: Request,
    department: str,
    year: int,
    workspace: WorkspaceDep,
    credentials: SignedInDep,
    indicator: Annotated[str, Query(max_length=500)],
    project: Annotated[str | None, Query(max_length=500)] = None,
    goal: Annotated[int | None, Query(ge=1)] = None,
    row: Annotated[str, Query(max_length=40, pattern=r"^[a-z0-9-]+$")] = "i",
) -> HTMLResponse:
    """One indicator's forms: what its disclosure in the editor loads when opened (htmx), or a
    page of their own (a browser without script follows the disclosure's link)."""
    ref = resources.DocumentRef(department, year)
    view = editor.view(workspace, credentials.actor, ref)
    owner = resources.Owner(project, goal)
    found = [i for i in edits.indicators_of(view.document, project, goal) if i.name == indicator]
    if not found:
        raise NotFoundError(f"{owner.label}没有指标“{indicator[:60]}”")
    owner_field, owner_value = ("project", project) if project is not None else ("goal", goal)
    at, _ = _placed(view.findings)
    template = (
        "_indicator_forms.html" if request.headers.get("HX-Request") else "indicator_edit.html"
    )
    return render(
        request,
        template,
        credentials.actor,
        credentials.csrf_token,
        title=f"修改指标“{indicator}”",
        doc=view.document,
        ind=found[0],
        rid=row,
        row_key=f"{present_owner(owner)}/{indicator}",
        owner_field=owner_field,
        owner_value=owner_value,
        owner_label=owner.label,
        indicator_url=str(
            request.url_for("edit_indicator", department=department, year=str(year)).path
        ),
        delete_url=str(
            request.url_for("delete_indicator", department=department, year=str(year)).path
        ),
        version=view.version,
        findings_at=at,
        refusal=None,
        choices=CHOICES,
        library=editor.library(),
    )


def present_owner(owner: resources.Owner) -> str:
    """The key findings are placed by (as :func:`present.owner_key` makes it)."""
    return f"project:{owner.project}" if owner.project is not None else f"goal:{owner.goal}"


@router.post("/documents/{department}/{year}/edit/target", name="edit_target")
def save_target(
    request: Request,
    department: str,
    year: int,
    workspace: WorkspaceDep,
    credentials: SignedInDep,
    name: Annotated[str, Form(max_length=200)],
    target: Annotated[str, Form(max_length=200)],
    version: Annotated[int, Form()],
    project: Annotated[str, Form(max_length=200)] = "",
    goal: Annotated[str, Form(max_length=4)] = "",
    anchor: Annotated[str, Form(max_length=40)] = "",
) -> Response:
    owner = resources.Owner(project or None, int(goal) if goal.isdigit() else None)
    ref = resources.DocumentRef(department, year)
    resources.edit_target(workspace, credentials.actor, ref, owner, name, target, version)
    done = f"已保存“{name}”的指标值“{target}”"
    return redirect(f"{_editor_path(request, department, year)}?saved={done}#{anchor}")


@router.post("/documents/{department}/{year}/review", name="run_review")
def run_review(
    request: Request, department: str, year: int, workspace: WorkspaceDep, credentials: SignedInDep
) -> Response:
    ref = resources.DocumentRef(department, year)
    outcome = resources.run_review(workspace, credentials.actor, ref)
    count = len(outcome.report.findings)
    return redirect(f"{_editor_path(request, department, year)}?saved=审核完成,发现 {count} 个问题")


@router.get("/targets/reading", name="target_reading")
def target_reading(target: str = "") -> HTMLResponse:
    """How a target text is read (an htmx fragment placed beside the field)."""
    text = target.strip()
    if not text:
        return fragment("_reading.html", ok=None, text="请填写指标值")
    try:
        parsed = parse_target(text)
    except (TargetSyntaxError, JixiaoError) as error:
        return fragment("_reading.html", ok=False, text=str(error))
    return fragment("_reading.html", ok=True, text=present.target_reading(parsed))


@router.get("/library/suggest", name="library_suggest")
def library_suggest(q: str = "") -> HTMLResponse:
    """Library indicators resembling what was typed (an htmx fragment)."""
    return fragment("_suggestions.html", entries=editor.suggestions(q), query=q.strip())
