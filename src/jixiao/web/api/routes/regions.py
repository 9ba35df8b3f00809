"""地区: the regions an actor may see, as a list or as a tree by their codes."""

from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter

from jixiao.app import catalog
from jixiao.app.catalog import RegionNode, region_tree
from jixiao.web.api.schemas.catalog import RegionNodeOut, RegionOut
from jixiao.web.deps import Access, ActorDep, WorkspaceDep, access

router = APIRouter(tags=["地区和部门"])


@router.get(
    "/regions",
    summary="地区列表",
    response_model=list[RegionOut],
    openapi_extra=access(Access.LIST),
)
def list_regions(workspace: WorkspaceDep, actor: ActorDep) -> list[RegionOut]:
    """按行政区划代码排列的地区(只列出当前用户可以查看的)。"""
    return [RegionOut(**asdict(r)) for r in catalog.regions(workspace, actor)]


@router.get(
    "/regions/tree",
    summary="地区树",
    response_model=list[RegionNodeOut],
    openapi_extra=access(Access.LIST),
)
def tree(workspace: WorkspaceDep, actor: ActorDep) -> list[RegionNodeOut]:
    """按行政区划代码前缀组织的地区树:下级地区的代码以上级地区的代码开头。"""
    return [_node(n) for n in region_tree(catalog.regions(workspace, actor))]


def _node(node: RegionNode) -> RegionNodeOut:
    return RegionNodeOut(**asdict(node.region), children=[_node(c) for c in node.children])
