"""地区汇总: a region's projects scored or monitored at once (as ``jixiao region … --json``);
for administrators and the reviewers covering the region."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query

from jixiao.app import resources
from jixiao.app.views import plain, region_evaluation_json, region_monitoring_json
from jixiao.web.api.schemas.common import Report
from jixiao.web.deps import Access, ActorDep, WorkspaceDep, access

router = APIRouter(tags=["地区汇总"])

Code = Annotated[
    str | None,
    Query(pattern=r"^\d{1,12}$", description="行政区划代码或其前缀(数字);不给则全部地区"),
]
Year = Annotated[int, Query(ge=1949, le=2200, description="预算年度")]


@router.get(
    "/region/evaluation",
    summary="地区年终自评汇总",
    response_model=Report,
    openapi_extra=access(Access.REGION),
)
def evaluate_region(
    year: Year,
    workspace: WorkspaceDep,
    actor: ActorDep,
    code: Code = None,
    profile: Annotated[str, Query(description="评分方案:default、hebei、sichuan")] = "default",
) -> Any:
    """一个地区全部项目的年终自评:各等级项目数、平均分和每个项目的得分
    (与 jixiao region evaluate --json 相同)。"""
    return plain(
        region_evaluation_json(resources.evaluate_region(workspace, actor, year, profile, code))
    )


@router.get(
    "/region/monitoring",
    summary="地区运行监控汇总",
    response_model=Report,
    openapi_extra=access(Access.REGION),
)
def monitor_region(
    year: Year,
    as_of: Annotated[date, Query(description="监控日期,如 2024-06-30")],
    workspace: WorkspaceDep,
    actor: ActorDep,
    code: Code = None,
    profile: Annotated[str, Query(description="监控方案:default、strict")] = "default",
) -> Any:
    """一个地区全部项目截至某日的运行监控:各颜色预警的项目数和每个项目的执行率、颜色
    (与 jixiao region monitor --json 相同)。"""
    report = resources.monitor_region(workspace, actor, year, as_of, profile, code)
    return plain(region_monitoring_json(report))
