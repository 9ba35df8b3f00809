"""Signing in and out: a session cookie for browsers, and who am I."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Request, Response, status
from pydantic import BaseModel, Field

from jixiao.domain.access import Actor
from jixiao.web import security
from jixiao.web.deps import Access, ActorDep, CredentialsDep, SignedInActorDep, WorkspaceDep, access

router = APIRouter(prefix="/auth", tags=["登录"])


class LoginRequest(BaseModel):
    login: str = Field(min_length=1, max_length=64, description="账号")
    password: str = Field(min_length=1, max_length=1024, description="密码")


class Me(BaseModel):
    """The caller: role and scope (the anonymous public has role 公众)."""

    login: str
    display_name: str
    role: str
    departments: list[str]
    regions: list[str]
    authenticated: bool

    @classmethod
    def of(cls, actor: Actor) -> Me:
        return cls(
            login=actor.login,
            display_name=actor.display_name,
            role=actor.role.value,
            departments=sorted(actor.departments),
            regions=list(actor.regions),
            authenticated=actor.user_id is not None,
        )


class LoginResponse(BaseModel):
    user: Me
    csrf_token: str = Field(description="用 Cookie 会话写入时,放在 X-CSRF-Token 头中")
    expires_at: datetime


@router.post(
    "/login",
    summary="登录(设置会话 Cookie,返回 CSRF 令牌)",
    response_model=LoginResponse,
    openapi_extra=access(Access.PUBLIC),
)
def login(
    body: LoginRequest, request: Request, response: Response, workspace: WorkspaceDep
) -> LoginResponse:
    signed_in = workspace.users.login(body.login, body.password, security.client_address(request))
    security.set_session_cookie(response, request, signed_in.session_id, signed_in.expires_at)
    return LoginResponse(
        user=Me.of(signed_in.actor),
        csrf_token=signed_in.csrf_token,
        expires_at=signed_in.expires_at,
    )


@router.post(
    "/logout",
    summary="退出登录(结束会话)",
    status_code=status.HTTP_204_NO_CONTENT,
    openapi_extra=access(Access.AUTHENTICATED),
)
def logout(
    request: Request,
    response: Response,
    workspace: WorkspaceDep,
    credentials: CredentialsDep,
    _actor: SignedInActorDep,
) -> None:
    if credentials.session_id is not None:
        workspace.users.logout(credentials.session_id)
    security.clear_session_cookie(response, request)


@router.get(
    "/me",
    summary="当前用户(角色与范围;未登录为公众)",
    response_model=Me,
    openapi_extra=access(Access.PUBLIC),
)
def me(actor: ActorDep) -> Me:
    return Me.of(actor)
