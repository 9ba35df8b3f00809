"""运行监控: a department-year's in-year monitoring at a date (as ``jixiao monitor --json``)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query

from jixiao.app import resources
from jixiao.app.views import monitoring_json, plain
from jixiao.web.api.schemas.common import Report
from jixiao.web.deps import Access, ActorDep, WorkspaceDep, access

router = APIRouter(tags=["运行监控和自评"])


@router.get(
    "/documents/{department}/{year}/monitoring",
    summary="运行监控",
    response_model=Report,
    openapi_extra=access(Access.READ),
)
def monitor(
    department: str,
    year: int,
    workspace: WorkspaceDep,
    actor: ActorDep,
    as_of: Annotated[date, Query(description="监控日期,如 2020-06-30")],
    profile: Annotated[str, Query(description="监控方案:default、strict")] = "default",
) -> Any:
    """截至某日的预算执行率、指标进度、红黄绿蓝预警和 1-N月监控表
    (与 jixiao monitor --json 相同)。"""
    report = resources.monitor(workspace, actor, department, year, as_of, profile)
    return plain(monitoring_json(report))
