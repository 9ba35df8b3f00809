"""实际数: spending, progress and year-end records of a department-year (record one, list),
and a bulk upload of a CSV or Excel table (one transaction; errors name file, row, column)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Query, UploadFile, status

from jixiao.app import resources
from jixiao.domain.actuals import Actuals, ProgressRecord, SpendingRecord, YearEndActual
from jixiao.web.api.schemas.actuals import Recorded
from jixiao.web.api.uploads import uploaded
from jixiao.web.deps import Access, ActorDep, WorkspaceDep, access

router = APIRouter(tags=["实际数"])

BASE = "/actuals/{department}/{year}"
TABLE_SUFFIXES = (".csv", ".xlsx")


def _counts(records: Actuals) -> Recorded:
    return Recorded(
        spending=len(records.spending),
        progress=len(records.progress),
        year_end=len(records.year_end),
    )


def _record(
    workspace: WorkspaceDep, actor: ActorDep, department: str, year: int, records: Actuals
) -> Recorded:
    resources.record(workspace, actor, department, year, records)
    return _counts(records)


@router.get(BASE, summary="实际数", response_model=Actuals, openapi_extra=access(Access.READ))
def list_actuals(department: str, year: int, workspace: WorkspaceDep, actor: ActorDep) -> Actuals:
    """部门一个年度已记录的全部实际数:支出、进度和年末记录。"""
    return resources.stored_actuals(workspace, actor, department, year)


@router.get(
    f"{BASE}/spending",
    summary="支出记录",
    response_model=list[SpendingRecord],
    openapi_extra=access(Access.READ),
)
def list_spending(
    department: str, year: int, workspace: WorkspaceDep, actor: ActorDep
) -> list[SpendingRecord]:
    """已记录的支出(万元)。"""
    return resources.stored_actuals(workspace, actor, department, year).spending


@router.get(
    f"{BASE}/progress",
    summary="进度记录",
    response_model=list[ProgressRecord],
    openapi_extra=access(Access.READ),
)
def list_progress(
    department: str, year: int, workspace: WorkspaceDep, actor: ActorDep
) -> list[ProgressRecord]:
    """已记录的指标进度。"""
    return resources.stored_actuals(workspace, actor, department, year).progress


@router.get(
    f"{BASE}/year-end",
    summary="年末记录",
    response_model=list[YearEndActual],
    openapi_extra=access(Access.READ),
)
def list_year_end(
    department: str, year: int, workspace: WorkspaceDep, actor: ActorDep
) -> list[YearEndActual]:
    """已记录的年末实际完成值。"""
    return resources.stored_actuals(workspace, actor, department, year).year_end


@router.post(
    f"{BASE}/spending",
    summary="记录一笔支出",
    response_model=Recorded,
    status_code=status.HTTP_201_CREATED,
    openapi_extra=access(Access.EDIT),
)
def record_spending(
    department: str, year: int, body: SpendingRecord, workspace: WorkspaceDep, actor: ActorDep
) -> Recorded:
    """记录一笔支出(万元),计入项目、整体支出目标或部门(与 jixiao record spend 相同)。"""
    return _record(workspace, actor, department, year, Actuals(spending=[body]))


@router.post(
    f"{BASE}/progress",
    summary="记录指标进度",
    response_model=Recorded,
    status_code=status.HTTP_201_CREATED,
    openapi_extra=access(Access.EDIT),
)
def record_progress(
    department: str, year: int, body: ProgressRecord, workspace: WorkspaceDep, actor: ActorDep
) -> Recorded:
    """记录一项指标截至某日的进度(与 jixiao record progress 相同)。"""
    return _record(workspace, actor, department, year, Actuals(progress=[body]))


@router.post(
    f"{BASE}/year-end",
    summary="记录年末完成值",
    response_model=Recorded,
    status_code=status.HTTP_201_CREATED,
    openapi_extra=access(Access.EDIT),
)
def record_year_end(
    department: str, year: int, body: YearEndActual, workspace: WorkspaceDep, actor: ActorDep
) -> Recorded:
    """记录一项指标的年末实际完成值、偏差原因和说明。"""
    return _record(workspace, actor, department, year, Actuals(year_end=[body]))


@router.post(
    f"{BASE}/import",
    summary="批量导入实际数",
    response_model=Recorded,
    status_code=status.HTTP_201_CREATED,
    openapi_extra=access(Access.EDIT),
)
def import_actuals(
    department: str,
    year: int,
    workspace: WorkspaceDep,
    actor: ActorDep,
    file: Annotated[
        UploadFile, File(description="实际数表格:.csv 或 .xlsx(列同 jixiao record import)")
    ],
    replace: Annotated[bool, Query(description="替换该年度已有的全部实际数")] = False,
    allow_empty: Annotated[bool, Query(description="允许用空表清空(须同时 replace)")] = False,
) -> Recorded:
    """上传 CSV 或 Excel 实际数表并全部写入(一个事务);
    任何一行有误则全部不写入,错误指明文件、行和列。"""
    with uploaded(file, TABLE_SUFFIXES) as path:
        records = resources.import_actuals(
            workspace, actor, path, department, year, replace=replace, allow_empty=allow_empty
        )
    return _counts(records)
