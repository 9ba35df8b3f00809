"""审计日志: the hash-chained log of every write and transition (paged), and its check."""

from __future__ import annotations

import dataclasses
from typing import Annotated

from fastapi import APIRouter, Query

from jixiao.app import audit, resources
from jixiao.web.api.schemas.common import Page
from jixiao.web.api.schemas.workflow import AuditEntryOut, VerificationOut
from jixiao.web.deps import Access, ActorDep, WorkspaceDep, access

router = APIRouter(tags=["审计"])


@router.get(
    "/audit",
    summary="审计日志",
    response_model=Page[AuditEntryOut],
    openapi_extra=access(Access.ADMIN),
)
def entries(
    workspace: WorkspaceDep,
    actor: ActorDep,
    limit: Annotated[int, Query(ge=1, le=1000, description="每页条数")] = 100,
    offset: Annotated[int, Query(ge=0, description="跳过的条数")] = 0,
) -> Page[AuditEntryOut]:
    """按顺序列出审计记录:谁、何时、做了什么、对象,修改前后内容的摘要和哈希链(限系统管理员)。"""
    total, listed = resources.audit_page(workspace, actor, limit, offset)
    items = [AuditEntryOut(**dataclasses.asdict(e)) for e in listed]
    return Page(total=total, limit=limit, offset=offset, items=items)


@router.get(
    "/audit/verify",
    summary="检查审计链",
    response_model=VerificationOut,
    openapi_extra=access(Access.ADMIN),
)
def verify(workspace: WorkspaceDep, actor: ActorDep) -> VerificationOut:
    """逐条核对哈希链,指出第一条被修改、删除或调换的记录(同 jixiao audit verify)。"""
    result = audit.verify(workspace, actor=actor)
    return VerificationOut(
        count=result.count, intact=result.problem is None, message=result.message
    )
