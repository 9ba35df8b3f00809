"""年终自评: a department-year's score sheets (as ``jixiao evaluate --json``)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from jixiao.app import resources
from jixiao.app.views import evaluation_json, plain
from jixiao.web.api.schemas.common import Report
from jixiao.web.deps import Access, ActorDep, WorkspaceDep, access

router = APIRouter(tags=["运行监控和自评"])


@router.get(
    "/documents/{department}/{year}/evaluation",
    summary="年终自评打分",
    response_model=Report,
    openapi_extra=access(Access.READ),
)
def evaluate(
    department: str,
    year: int,
    workspace: WorkspaceDep,
    actor: ActorDep,
    profile: Annotated[str, Query(description="评分方案:default、hebei、sichuan")] = "default",
) -> Any:
    """每个项目和部门整体的自评表(分值、得分、总分、评价等级、问题),
    与 jixiao evaluate --json 相同。"""
    result = resources.evaluate(workspace, actor, department, year, profile)
    return plain(evaluation_json(result))
