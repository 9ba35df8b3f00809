"""The declaration editor's forms for a draft's structure: a goal's text and money, a project's
fields, an indicator's name, category, points, direction and basis; a goal, a project or an
indicator added; an indicator deleted (confirmed by a checkbox, so it works without script).

Each form posts the fields it shows (a blank one empties the field) with the version the page
was read at and the form's id on the page. A success redirects to the editor with what was
done; a value refused re-renders the editor (422; a stale version or a step the workflow does
not allow, 409) with the message at its field and the values typed kept. htmx posts the same
forms and swaps the page's main region, so the page is not reloaded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from jixiao.app import editor, resources
from jixiao.domain import edits
from jixiao.errors import InputError, StaleVersion, WorkflowError
from jixiao.web.deps import Credentials, WorkspaceDep
from jixiao.web.pages.editor import Refusal, page
from jixiao.web.pages.session import SignedInDep, form_csrf, redirect

router = APIRouter(include_in_schema=False, dependencies=[Depends(form_csrf)])

EDIT = "/documents/{department}/{year}/edit"
Year = Annotated[int, Path(ge=1949, le=2200)]
MAX_VALUE = 5000  # characters of one field (a goal's text is a paragraph)
GOAL_FIELDS = tuple(edits.GOAL_FIELDS)
PROJECT_FIELDS = tuple(edits.PROJECT_FIELDS)
INDICATOR_FIELDS = tuple(edits.INDICATOR_FIELDS)


class Posted:
    """The fields of a posted form, read as text."""

    def __init__(self, form: Any) -> None:
        self.values = {
            key: value[:MAX_VALUE] for key, value in form.items() if isinstance(value, str)
        }

    def get(self, name: str) -> str:
        return self.values.get(name, "")

    def patch(self, fields: Iterable[str]) -> edits.Patch:
        return {name: self.values[name] for name in fields if name in self.values}

    @property
    def form_id(self) -> str:
        wanted = self.get("form")[:40]
        return wanted if wanted.replace("-", "").isalnum() else ""

    @property
    def version(self) -> int | None:
        text = self.get("version").strip()
        return int(text) if text.isdigit() else None

    def owner(self) -> resources.Owner:
        goal = self.get("goal").strip()
        project = self.get("project")
        return resources.Owner(project or None, int(goal) if goal.isdigit() else None)


async def _submit(
    request: Request,
    workspace: WorkspaceDep,
    credentials: Credentials,
    department: str,
    year: int,
    action: Callable[[Posted, resources.DocumentRef], str],
) -> Response:
    """Run ``action`` (the application call; returns what was done, in words) and redirect
    to the editor; a refusal re-renders the editor with its message at the field."""
    posted = Posted(await request.form())
    ref = resources.DocumentRef(department, year)
    try:
        done = await run_in_threadpool(action, posted, ref)
    except (InputError, StaleVersion, WorkflowError) as error:
        status = 422 if isinstance(error, InputError) else 409
        field = getattr(error, "field", None)
        refusal = Refusal(posted.form_id, field, error.message, posted.values)
        return await run_in_threadpool(
            page,
            request,
            workspace,
            credentials,
            department,
            year,
            refusal=refusal,
            status_code=status,
        )
    where = str(request.url_for("editor", department=department, year=str(year)).path)
    anchor = posted.get("anchor")[:40]
    fragment = f"#{anchor}" if anchor.replace("-", "").isalnum() else ""
    return redirect(f"{where}?saved={quote(done)}{fragment}")


@router.post(f"{EDIT}/goal", name="edit_goal")
async def edit_goal(
    request: Request, department: str, year: Year, workspace: WorkspaceDep, credentials: SignedInDep
) -> Response:
    def action(posted: Posted, ref: resources.DocumentRef) -> str:
        number = int(posted.get("number")) if posted.get("number").isdigit() else 0
        patch = posted.patch(GOAL_FIELDS)
        editor.edit_goal(workspace, credentials.actor, ref, number, patch, posted.version)
        return f"已保存整体支出目标{number}"

    return await _submit(request, workspace, credentials, department, year, action)


@router.post(f"{EDIT}/goal/add", name="add_goal")
async def add_goal(
    request: Request, department: str, year: Year, workspace: WorkspaceDep, credentials: SignedInDep
) -> Response:
    def action(posted: Posted, ref: resources.DocumentRef) -> str:
        patch = posted.patch(GOAL_FIELDS)
        goal, _ = editor.add_goal(workspace, credentials.actor, ref, patch, posted.version)
        return f"已新增整体支出目标{goal.number}"

    return await _submit(request, workspace, credentials, department, year, action)


@router.post(f"{EDIT}/project", name="edit_project")
async def edit_project(
    request: Request, department: str, year: Year, workspace: WorkspaceDep, credentials: SignedInDep
) -> Response:
    def action(posted: Posted, ref: resources.DocumentRef) -> str:
        name, patch = posted.get("project"), posted.patch(PROJECT_FIELDS)
        project, _ = editor.edit_project(
            workspace, credentials.actor, ref, name, patch, posted.version
        )
        return f"已保存项目“{project.name}”"

    return await _submit(request, workspace, credentials, department, year, action)


@router.post(f"{EDIT}/project/add", name="add_project")
async def add_project(
    request: Request, department: str, year: Year, workspace: WorkspaceDep, credentials: SignedInDep
) -> Response:
    def action(posted: Posted, ref: resources.DocumentRef) -> str:
        patch = posted.patch(PROJECT_FIELDS)
        project, _ = editor.add_project(workspace, credentials.actor, ref, patch, posted.version)
        return f"已新增项目“{project.name}”"

    return await _submit(request, workspace, credentials, department, year, action)


@router.post(f"{EDIT}/indicator", name="edit_indicator")
async def edit_indicator(
    request: Request, department: str, year: Year, workspace: WorkspaceDep, credentials: SignedInDep
) -> Response:
    def action(posted: Posted, ref: resources.DocumentRef) -> str:
        name, patch = posted.get("indicator"), posted.patch(INDICATOR_FIELDS)
        edited, _ = editor.edit_indicator(
            workspace, credentials.actor, ref, posted.owner(), name, patch, posted.version
        )
        return f"已保存指标“{edited.name}”"

    return await _submit(request, workspace, credentials, department, year, action)


@router.post(f"{EDIT}/indicator/delete", name="delete_indicator")
async def delete_indicator(
    request: Request, department: str, year: Year, workspace: WorkspaceDep, credentials: SignedInDep
) -> Response:
    def action(posted: Posted, ref: resources.DocumentRef) -> str:
        name = posted.get("indicator")
        if posted.get("confirm") != "yes":
            raise edits.FieldRefused("confirm", f"请勾选“确认删除”后再删除指标“{name[:60]}”")
        owner = posted.owner()
        editor.delete_indicator(workspace, credentials.actor, ref, owner, name, posted.version)
        return f"已删除{owner.label}的指标“{name}”"

    return await _submit(request, workspace, credentials, department, year, action)


@router.post(f"{EDIT}/add", name="add_indicator")
async def add_indicator(
    request: Request, department: str, year: Year, workspace: WorkspaceDep, credentials: SignedInDep
) -> Response:
    def action(posted: Posted, ref: resources.DocumentRef) -> str:
        patch = posted.patch(("name", "category", "target", "weight"))
        try:
            added, _ = editor.add_indicator_fields(
                workspace, credentials.actor, ref, posted.owner(), patch, posted.version
            )
        except edits.FieldRefused as refused:
            named = f"新指标“{posted.get('name')[:60]}”:{refused.message}"
            raise edits.FieldRefused(refused.field, named) from None
        return f"已添加指标“{added.name}”"

    return await _submit(request, workspace, credentials, department, year, action)


@router.post(f"{EDIT}/goal/delete", name="delete_goal")
async def delete_goal(
    request: Request, department: str, year: Year, workspace: WorkspaceDep, credentials: SignedInDep
) -> Response:
    def action(posted: Posted, ref: resources.DocumentRef) -> str:
        number = int(posted.get("number")) if posted.get("number").isdigit() else 0
        if posted.get("confirm") != "yes":
            raise edits.FieldRefused("confirm", f"请勾选“确认删除”后再删除整体支出目标{number}")
        editor.delete_goal(workspace, credentials.actor, ref, number, posted.version)
        return f"已删除整体支出目标{number}"

    return await _submit(request, workspace, credentials, department, year, action)


@router.post(f"{EDIT}/project/delete", name="delete_project")
async def delete_project(
    request: Request, department: str, year: Year, workspace: WorkspaceDep, credentials: SignedInDep
) -> Response:
    def action(posted: Posted, ref: resources.DocumentRef) -> str:
        name = posted.get("project")
        if posted.get("confirm") != "yes":
            raise edits.FieldRefused("confirm", f"请勾选“确认删除”后再删除项目“{name[:60]}”")
        editor.delete_project(workspace, credentials.actor, ref, name, posted.version)
        return f"已删除项目“{name}”"

    return await _submit(request, workspace, credentials, department, year, action)
