"""审核: run the review of a stored document (its findings are stored in place of the last
review's), read the stored findings, and the notes on each: the department's explanation and
the reviewer's comment (kept by the finding's key, so a new review keeps them)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from jixiao.app import resources, workflow
from jixiao.web.api.routes.documents import RefDep
from jixiao.web.api.schemas.review import ReviewRun
from jixiao.web.api.schemas.workflow import FindingOut, NoteIn, NoteOut
from jixiao.web.deps import Access, ActorDep, WorkspaceDep, access

router = APIRouter(tags=["审核"])

DOC = "/documents/{department}/{year}"
FindingNumber = Annotated[int, Path(ge=1, description="审核发现的序号(从 1 起)")]


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


def _note(note: workflow.Note | None) -> NoteOut | None:
    return None if note is None else NoteOut(text=note.text, author=note.author, at=note.at)


def _finding(found: resources.NumberedFinding) -> FindingOut:
    return FindingOut(
        number=found.number,
        key=found.key,
        finding=found.finding,
        explanation=_note(found.explanation),
        comment=_note(found.comment),
    )


@router.get(
    f"{DOC}/findings",
    summary="审核结果",
    response_model=list[FindingOut],
    openapi_extra=access(Access.READ),
)
def findings(ref: RefDep, workspace: WorkspaceDep, actor: ActorDep) -> list[FindingOut]:
    """最近一次保存的审核结果(未审核过时为空),按严重程度、位置排列,各附序号、标识、
    填报单位的说明和审核人的意见。"""
    return [_finding(f) for f in resources.numbered_findings(workspace, actor, ref)]


@router.get(
    f"{DOC}/findings/{{number}}",
    summary="查看一条审核发现",
    response_model=FindingOut,
    openapi_extra=access(Access.READ),
)
def finding(
    number: FindingNumber, ref: RefDep, workspace: WorkspaceDep, actor: ActorDep
) -> FindingOut:
    """最近一次审核结果中的第 number 条,附说明和意见。"""
    return _finding(resources.finding_numbered(workspace, actor, ref, number))


@router.get(
    f"{DOC}/findings/{{number}}/comments",
    summary="审核意见",
    response_model=list[NoteOut],
    openapi_extra=access(Access.READ),
)
def comments(
    number: FindingNumber, ref: RefDep, workspace: WorkspaceDep, actor: ActorDep
) -> list[NoteOut]:
    """审核人对这条审核发现的意见(至多一条,后写的替换先写的)。"""
    found = resources.finding_numbered(workspace, actor, ref, number)
    return [n for n in (_note(found.comment),) if n is not None]


@router.post(
    f"{DOC}/findings/{{number}}/comments",
    summary="写审核意见",
    response_model=FindingOut,
    openapi_extra=access(Access.REVIEW),
)
def add_comment(
    number: FindingNumber, body: NoteIn, ref: RefDep, workspace: WorkspaceDep, actor: ActorDep
) -> FindingOut:
    """所辖区划的财政审核人在审核中对一条审核发现写意见(替换此前的意见)。"""
    return _finding(resources.note(workspace, actor, ref, number, body.text, workflow.COMMENT))


@router.get(
    f"{DOC}/findings/{{number}}/explanations",
    summary="填报单位的说明",
    response_model=list[NoteOut],
    openapi_extra=access(Access.READ),
)
def explanations(
    number: FindingNumber, ref: RefDep, workspace: WorkspaceDep, actor: ActorDep
) -> list[NoteOut]:
    """填报单位对这条审核发现的说明(至多一条,后写的替换先写的);审核人提交后可见。"""
    found = resources.finding_numbered(workspace, actor, ref, number)
    return [n for n in (_note(found.explanation),) if n is not None]


@router.post(
    f"{DOC}/findings/{{number}}/explanations",
    summary="说明审核发现",
    response_model=FindingOut,
    openapi_extra=access(Access.EDIT),
)
def add_explanation(
    number: FindingNumber, body: NoteIn, ref: RefDep, workspace: WorkspaceDep, actor: ActorDep
) -> FindingOut:
    """填报单位在草稿或退回状态下说明一条审核发现(有“错误”时须说明才能提交)。"""
    return _finding(resources.note(workspace, actor, ref, number, body.text, workflow.EXPLANATION))
