"""部门: the departments an actor may see, by region, and one department."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Query

from jixiao.app import catalog
from jixiao.web.api.schemas.catalog import DepartmentOut
from jixiao.web.deps import Access, ActorDep, WorkspaceDep, access

router = APIRouter(tags=["地区和部门"])


@router.get(
    "/departments",
    summary="部门列表",
    response_model=list[DepartmentOut],
    openapi_extra=access(Access.LIST),
)
def list_departments(
    workspace: WorkspaceDep,
    actor: ActorDep,
    region: Annotated[str | None, Query(description="地区名称或行政区划代码")] = None,
) -> list[DepartmentOut]:
    """当前用户可以查看的部门,可按地区筛选。"""
    return [DepartmentOut(**asdict(d)) for d in catalog.departments(workspace, actor, region)]


@router.get(
    "/departments/{name}",
    summary="查看部门",
    response_model=DepartmentOut,
    openapi_extra=access(Access.READ),
)
def read_department(name: str, workspace: WorkspaceDep, actor: ActorDep) -> DepartmentOut:
    """一个部门:代码、主管部门、地区和有文档的年度;无权查看时与不存在相同(404)。"""
    return DepartmentOut(**asdict(catalog.department(workspace, actor, name)))
