"""Users, roles and API tokens: administrators manage users, everyone their own tokens."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, status
from pydantic import BaseModel, Field

from jixiao.app.users import ApiToken, User, UserSpec
from jixiao.domain.access import Role
from jixiao.web.deps import Access, SignedInActorDep, WorkspaceDep, access

router = APIRouter(tags=["用户与令牌"])

ROLE_DESCRIPTIONS: dict[Role, str] = {
    Role.EDITOR: "填写本单位的绩效目标、执行进度与自评",
    Role.APPROVER: "审定并提交本单位的文档(不能提交自己最后修改的内容)",
    Role.REVIEWER: "审核所负责区划内单位的申报、监控与自评:退回、批复、公开",
    Role.ADMIN: "管理用户、部门与规则设置,可查看全部数据",
    Role.PUBLIC: "匿名访问,只能查看已公开的文档",
}


class UserOut(BaseModel):
    id: int
    login: str
    display_name: str
    role: Role
    departments: list[str]
    regions: list[str]
    active: bool
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, user: User) -> UserOut:
        return cls(
            id=user.id,
            login=user.login,
            display_name=user.display_name,
            role=user.role,
            departments=list(user.departments),
            regions=list(user.regions),
            active=user.active,
            created_at=user.created_at,
            updated_at=user.updated_at,
        )


class UserCreate(BaseModel):
    login: str = Field(min_length=2, max_length=64, description="账号(字母、数字或 _ . @ -)")
    display_name: str = Field(default="", max_length=100, description="姓名")
    role: Role = Field(description="角色")
    password: str = Field(min_length=8, max_length=1024, description="初始密码(至少 8 个字符)")
    departments: list[str] = Field(default=[], description="所属部门(单位填报人、单位负责人)")
    regions: list[str] = Field(default=[], description="负责的区划代码前缀(财政审核人)")


class UserUpdate(BaseModel):
    display_name: str | None = Field(default=None, max_length=100)
    role: Role | None = None
    departments: list[str] | None = None
    regions: list[str] | None = None
    active: bool | None = Field(default=None, description="false 即停用(其会话随即失效)")


class PasswordReset(BaseModel):
    password: str = Field(min_length=8, max_length=1024, description="新密码(至少 8 个字符)")


class RoleOut(BaseModel):
    name: str
    description: str


class TokenOut(BaseModel):
    id: int
    name: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None

    @classmethod
    def of(cls, token: ApiToken) -> TokenOut:
        return cls(
            id=token.id,
            name=token.name,
            created_at=token.created_at,
            last_used_at=token.last_used_at,
            revoked_at=token.revoked_at,
        )


class TokenCreate(BaseModel):
    name: str = Field(min_length=1, max_length=100, description="令牌名称(用途)")


class NewTokenOut(BaseModel):
    token: TokenOut
    secret: str = Field(description="令牌本身:只显示这一次,请妥善保存")


def _tuple(values: list[str] | None) -> tuple[str, ...] | None:
    return None if values is None else tuple(values)


@router.get(
    "/roles",
    summary="角色列表",
    response_model=list[RoleOut],
    openapi_extra=access(Access.PUBLIC),
)
def roles() -> list[RoleOut]:
    return [RoleOut(name=role.value, description=text) for role, text in ROLE_DESCRIPTIONS.items()]


@router.get(
    "/users",
    summary="用户列表(系统管理员)",
    response_model=list[UserOut],
    openapi_extra=access(Access.ADMIN),
)
def list_users(workspace: WorkspaceDep, actor: SignedInActorDep) -> list[UserOut]:
    return [UserOut.of(user) for user in workspace.users.all(actor)]


@router.post(
    "/users",
    summary="创建用户(系统管理员)",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    openapi_extra=access(Access.ADMIN),
)
def create_user(body: UserCreate, workspace: WorkspaceDep, actor: SignedInActorDep) -> UserOut:
    spec = UserSpec(
        login=body.login,
        display_name=body.display_name,
        role=body.role,
        password=body.password,
        departments=tuple(body.departments),
        regions=tuple(body.regions),
    )
    return UserOut.of(workspace.users.create(actor, spec))


@router.get(
    "/users/{login}",
    summary="查看用户(系统管理员)",
    response_model=UserOut,
    openapi_extra=access(Access.ADMIN),
)
def get_user(login: str, workspace: WorkspaceDep, actor: SignedInActorDep) -> UserOut:
    return UserOut.of(workspace.users.get(actor, login))


@router.patch(
    "/users/{login}",
    summary="修改用户:姓名、角色、范围、停用或启用(系统管理员)",
    response_model=UserOut,
    openapi_extra=access(Access.ADMIN),
)
def update_user(
    login: str, body: UserUpdate, workspace: WorkspaceDep, actor: SignedInActorDep
) -> UserOut:
    user = workspace.users.update(
        actor,
        login,
        display_name=body.display_name,
        role=body.role,
        departments=_tuple(body.departments),
        regions=_tuple(body.regions),
        active=body.active,
    )
    return UserOut.of(user)


@router.post(
    "/users/{login}/password",
    summary="重置用户密码(系统管理员;其会话随即失效)",
    status_code=status.HTTP_204_NO_CONTENT,
    openapi_extra=access(Access.ADMIN),
)
def reset_password(
    login: str, body: PasswordReset, workspace: WorkspaceDep, actor: SignedInActorDep
) -> None:
    workspace.users.reset_password(actor, login, body.password)


@router.get(
    "/tokens",
    summary="我的 API 令牌",
    response_model=list[TokenOut],
    openapi_extra=access(Access.AUTHENTICATED),
)
def list_tokens(workspace: WorkspaceDep, actor: SignedInActorDep) -> list[TokenOut]:
    return [TokenOut.of(token) for token in workspace.users.tokens(actor)]


@router.post(
    "/tokens",
    summary="创建 API 令牌(令牌只显示这一次)",
    response_model=NewTokenOut,
    status_code=status.HTTP_201_CREATED,
    openapi_extra=access(Access.AUTHENTICATED),
)
def create_token(
    body: TokenCreate, workspace: WorkspaceDep, actor: SignedInActorDep
) -> NewTokenOut:
    created = workspace.users.create_token(actor, body.name)
    return NewTokenOut(token=TokenOut.of(created.token), secret=created.secret)


@router.delete(
    "/tokens/{token_id}",
    summary="撤销我的 API 令牌",
    status_code=status.HTTP_204_NO_CONTENT,
    openapi_extra=access(Access.AUTHENTICATED),
)
def revoke_token(token_id: int, workspace: WorkspaceDep, actor: SignedInActorDep) -> None:
    workspace.users.revoke_token(actor, token_id)
