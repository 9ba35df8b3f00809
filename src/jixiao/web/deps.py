"""Dependencies of the routes: the workspace, who is calling, CSRF, and access policies.

``ActorDep`` is the caller: a session cookie or ``Authorization: Bearer <token>``, else the
anonymous public. Authorisation itself is the application's (use cases take the actor and
raise ``AccessDenied``); a route only declares its policy with ``openapi_extra=access(...)``,
which the authorisation matrix test reads from the OpenAPI schema, so an endpoint without a
declared policy fails that test.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any, Literal

from fastapi import Depends, HTTPException, Request, status

from jixiao.domain.access import ANONYMOUS, Actor, Role
from jixiao.errors import AuthenticationError
from jixiao.web import security
from jixiao.workspace import Workspace

ACCESS_EXTENSION = "x-jixiao-access"


class Access(StrEnum):
    """Who may call a route (declared by each route; checked by the matrix test).

    The scoped policies are about the department (or region) the path names; the application
    enforces them, the matrix test checks the answers match this table.
    """

    PUBLIC = "public"  # anyone, the anonymous public included (e.g. login)
    AUTHENTICATED = "authenticated"  # any signed-in user, about themselves (me, own tokens)
    ADMIN = "admin"  # 系统管理员 only (users, roles)
    LIST = "list"  # anyone; the answer is filtered to what the caller may read
    READ = "read"  # a department's data: published → everyone; else its editors/approvers,
    #                the reviewers of its region, administrators (others: 404, no data)
    EDIT = "edit"  # a department's content: its editors/approvers, administrators
    SCOPED = "scoped"  # work on a department's data by anyone whose scope covers it: its
    #                    editors/approvers, the reviewers of its region, administrators
    #                    (e.g. running the review); never the public
    APPROVE = "approve"  # a department's 单位负责人 (submit, withdraw), administrators
    REVIEW = "review"  # the 财政审核人 of the department's region, administrators
    REGION = "region"  # region-wide views: reviewers of the region, administrators


def access(policy: Access) -> dict[str, Any]:
    """``openapi_extra`` of a route: its access policy, for the schema and the matrix test."""
    return {ACCESS_EXTENSION: policy.value}


# The dependencies that do no I/O are ``async``: FastAPI runs a plain ``def`` dependency in
# its thread pool, a hop costing CPU on every request under load; only the ones that query
# the database (the caller's credentials) and the routes themselves need a thread.


async def get_workspace(request: Request) -> Workspace:
    workspace: Workspace = request.app.state.workspace
    return workspace


WorkspaceDep = Annotated[Workspace, Depends(get_workspace)]


@dataclass(frozen=True)
class Credentials:
    """Who is calling and how: ``via`` cookie (then ``csrf_token``), token, or anonymous."""

    actor: Actor
    via: Literal["cookie", "token", "anonymous"]
    csrf_token: str | None = None
    session_id: str | None = None


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED, detail=detail, headers={"WWW-Authenticate": "Bearer"}
    )


def get_credentials(request: Request, workspace: WorkspaceDep) -> Credentials:
    """A bearer token wins over the cookie; a wrong token is 401, a stale cookie anonymous."""
    token = security.bearer_token(request)
    if token is not None:
        if not token:
            raise _unauthorized("Authorization 头应为 Bearer <令牌>")
        try:
            return Credentials(workspace.users.token_actor(token), "token")
        except AuthenticationError as exc:
            raise _unauthorized(exc.message) from exc
    session_id = request.cookies.get(security.SESSION_COOKIE)
    if session_id:
        found = workspace.users.session_actor(session_id)
        if found is not None:
            return Credentials(found.actor, "cookie", found.csrf_token, session_id)
    return Credentials(ANONYMOUS, "anonymous")


CredentialsDep = Annotated[Credentials, Depends(get_credentials)]


async def current_actor(credentials: CredentialsDep) -> Actor:
    return credentials.actor


ActorDep = Annotated[Actor, Depends(current_actor)]


async def signed_in_actor(actor: ActorDep) -> Actor:
    """The caller, who must be signed in (401 otherwise)."""
    if actor.role is Role.PUBLIC:
        raise _unauthorized("请先登录")
    return actor


SignedInActorDep = Annotated[Actor, Depends(signed_in_actor)]

# Routes a cookie may call without the CSRF header: signing in sets the cookie, it cannot be
# forged into acting as someone already signed in.
CSRF_EXEMPT_PATHS = frozenset({"/api/v1/auth/login"})


async def csrf_protect(request: Request, credentials: CredentialsDep) -> None:
    """Unsafe methods authenticated by the cookie need the session's token in X-CSRF-Token."""
    if credentials.via != "cookie" or request.method in security.SAFE_METHODS:
        return
    if request.url.path in CSRF_EXEMPT_PATHS:
        return
    assert credentials.csrf_token is not None
    if not security.csrf_matches(credentials.csrf_token, request.headers.get(security.CSRF_HEADER)):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            detail=f"缺少或错误的 CSRF 令牌:用会话登录时,写操作须带 {security.CSRF_HEADER} 头",
        )
