"""审核: run the review of a stored document (its findings are stored in place of the last
review's) and read the stored findings."""

from __future__ import annotations

from fastapi import APIRouter

from jixiao.app import resources
from jixiao.domain.review import Finding
from jixiao.web.api.routes.documents import RefDep
from jixiao.web.api.schemas.review import ReviewRun
from jixiao.web.deps import Access, ActorDep, WorkspaceDep, access

router = APIRouter(tags=["审核"])

DOC = "/documents/{department}/{year}"


@router.post(
    f"{DOC}/review",
    summary="运行审核",
    response_model=ReviewRun,
    openapi_extra=access(Access.SCOPED),
)
def run(ref: RefDep, workspace: WorkspaceDep, actor: ActorDep) -> ReviewRun:
    """审核一份文档(含往年和同类部门的比较),保存审核结果(替换上一次的),返回全部问题
    (与 jixiao review --json 相同)。"""
    outcome = resources.run_review(workspace, actor, ref)
    return ReviewRun(report=outcome.report, saved=outcome.saved)


@router.get(
    f"{DOC}/findings",
    summary="审核结果",
    response_model=list[Finding],
    openapi_extra=access(Access.READ),
)
def findings(ref: RefDep, workspace: WorkspaceDep, actor: ActorDep) -> list[Finding]:
    """最近一次保存的审核结果(未审核过时为空),按严重程度、位置排列。"""
    return resources.findings(workspace, actor, ref)
