"""The home page of each role: 我的待办 (the to-do list) and the warnings.

The anonymous public has no home: it goes to the portal.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from jixiao.app import todo
from jixiao.domain.access import Role
from jixiao.web.deps import CredentialsDep, WorkspaceDep
from jixiao.web.pages.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/", name="home")
def home(request: Request, workspace: WorkspaceDep, credentials: CredentialsDep) -> Response:
    actor = credentials.actor
    if actor.role is Role.PUBLIC:
        return RedirectResponse(str(request.url_for("portal").path), status_code=303)
    page: HTMLResponse = render(
        request,
        "home.html",
        actor,
        credentials.csrf_token,
        title="我的待办",
        todo=todo.todo(workspace, actor),
    )
    return page
