"""Sign-in and sign-out pages: a form over the API's accounts (``app.users``), same cookie."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response

from jixiao.domain.access import ANONYMOUS
from jixiao.errors import AuthenticationError, TooManyAttempts
from jixiao.web import security
from jixiao.web.deps import CredentialsDep, WorkspaceDep
from jixiao.web.pages.session import form_csrf, redirect
from jixiao.web.pages.templating import render

router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str:
    """Only a path on this site: never an absolute URL (open redirect)."""
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return "/"


@router.get("/login", name="sign_in")
def sign_in_form(request: Request, next: str | None = None) -> HTMLResponse:
    return render(request, "sign_in.html", ANONYMOUS, title="登录", next=_safe_next(next))


@router.post("/login", name="sign_in_post")
def sign_in(
    request: Request,
    workspace: WorkspaceDep,
    login: Annotated[str, Form(max_length=64)] = "",
    password: Annotated[str, Form(max_length=1024)] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    try:
        signed_in = workspace.users.login(login, password, security.client_address(request))
    except (AuthenticationError, TooManyAttempts) as exc:
        status = 429 if isinstance(exc, TooManyAttempts) else 401
        return render(
            request,
            "sign_in.html",
            ANONYMOUS,
            status_code=status,
            title="登录",
            next=_safe_next(next),
            login=login,
            error=exc.message,
        )
    response = redirect(_safe_next(next))
    security.set_session_cookie(response, request, signed_in.session_id, signed_in.expires_at)
    return response


@router.post("/logout", name="sign_out", dependencies=[Depends(form_csrf)])
def sign_out(request: Request, workspace: WorkspaceDep, credentials: CredentialsDep) -> Response:
    if credentials.session_id:
        workspace.users.logout(credentials.session_id)
    response = redirect(str(request.url_for("portal").path))
    security.clear_session_cookie(response, request)
    return response
