"""文档: list (filtered, paged), read, create and edit drafts through the canonical model,
import a published document by upload (with its import report), export JSON, delete a draft.

Each route parses the request, makes one call of :mod:`jixiao.app.resources` as the current
actor, and renders; versions travel as ``version`` in bodies and as ETag / If-Match."""

from __future__ import annotations

import dataclasses
from typing import Annotated

from fastapi import APIRouter, Depends, File, Header, Query, Request, Response, UploadFile, status
from fastapi.responses import JSONResponse

from jixiao.app import resources
from jixiao.app.documents import IncompleteDocumentError, KeyParts, SaveResult
from jixiao.app.resources import DocumentFilter, DocumentRef
from jixiao.domain.model import DocumentKind
from jixiao.errors import InputError
from jixiao.web.api.schemas.common import Page
from jixiao.web.api.schemas.documents import (
    Counts,
    DocumentListed,
    DraftEdit,
    DraftIn,
    Imported,
    Saved,
    StoredDocument,
)
from jixiao.web.api.uploads import DOCUMENT_SUFFIXES, uploaded
from jixiao.web.deps import Access, ActorDep, WorkspaceDep, access
from jixiao.web.problems import problem

router = APIRouter(tags=["文档"])

UPLOAD_SUFFIXES = DOCUMENT_SUFFIXES
_UPLOAD_HELP = "公开文档:.txt、.pdf、.docx、.xlsx,或网页源代码 .html/.htm、接口 JSON、CSV 导出"


async def document_ref(
    department: str,
    year: int,
    kind: Annotated[DocumentKind, Query(description="文档类型")] = (
        DocumentKind.DEPARTMENT_PERFORMANCE
    ),
    project: Annotated[str | None, Query(description="项目(项目表单)")] = None,
    region: Annotated[str | None, Query(description="地区(部门名称在多个地区使用时)")] = None,
) -> DocumentRef:
    """The document a path names: /documents/{department}/{year}?kind=&project=&region=."""
    return DocumentRef(department, year, region, kind, project)


RefDep = Annotated[DocumentRef, Depends(document_ref)]
IfMatch = Annotated[str | None, Header(description="读取时的 ETag(版本号)")]


def etag(version: int) -> str:
    return f'"{version}"'


def expected_version(body_version: int | None, if_match: str | None) -> int | None:
    """The version a write is based on: the body's ``version``, else the If-Match header."""
    if body_version is not None or if_match is None:
        return body_version
    text = if_match.strip().removeprefix("W/").strip('"')
    if not text.isdigit():
        raise InputError(f'If-Match 头“{if_match[:40]}”不是版本号(应为读取时的 ETag,如 "3")')
    return int(text)


def saved(result: SaveResult) -> Saved:
    return Saved(
        department=result.department,
        region=result.region,
        fiscal_year=result.fiscal_year,
        kind=result.kind,
        project=result.subject or None,
        version=result.version,
        replaced=result.replaced,
        counts=Counts(**dataclasses.asdict(result.counts)),
    )


@router.get(
    "/documents",
    summary="文档列表",
    response_model=Page[DocumentListed],
    openapi_extra=access(Access.LIST),
)
def list_documents(
    workspace: WorkspaceDep,
    actor: ActorDep,
    department: Annotated[str | None, Query(description="部门")] = None,
    year: Annotated[int | None, Query(ge=1949, le=2200, description="预算年度")] = None,
    region: Annotated[str | None, Query(description="地区名称或行政区划代码前缀")] = None,
    state: Annotated[str | None, Query(description="流程状态,如 草稿、已批复")] = None,
    kind: Annotated[DocumentKind | None, Query(description="文档类型")] = None,
    limit: Annotated[int, Query(ge=1, le=500, description="每页条数")] = 50,
    offset: Annotated[int, Query(ge=0, description="跳过的条数")] = 0,
) -> Page[DocumentListed]:
    """当前用户可以查看的文档,可按部门、年度、地区、状态和类型筛选,分页。"""
    wanted = DocumentFilter(department, year, region, state, kind)
    found = resources.listing(workspace, actor, wanted, limit, offset)
    items = [
        DocumentListed(
            department=i.summary.department,
            region=i.summary.region,
            fiscal_year=i.summary.fiscal_year,
            kind=i.summary.kind,
            project=i.summary.subject or None,
            state=i.state,
            version=i.version,
            goals=i.summary.goals,
            projects=i.summary.projects,
            indicators=i.summary.indicators,
            saved_at=i.summary.saved_at,
        )
        for i in found.items
    ]
    return Page(total=found.total, limit=limit, offset=offset, items=items)


@router.post(
    "/documents",
    summary="新建草稿",
    response_model=Saved,
    status_code=status.HTTP_201_CREATED,
    openapi_extra=access(Access.EDIT),
)
def create_draft(
    body: DraftIn, workspace: WorkspaceDep, actor: ActorDep, response: Response
) -> Saved:
    """以规范 JSON 模型新建一份草稿;同一部门、年度、类型(和项目)已有文档时返回 409。"""
    result = saved(resources.create(workspace, actor, body.document))
    response.headers["ETag"] = etag(result.version)
    return result


@router.post(
    "/documents/import",
    summary="上传导入文档",
    response_model=Imported,
    status_code=status.HTTP_201_CREATED,
    openapi_extra=access(Access.EDIT),
)
def import_document(
    request: Request,
    workspace: WorkspaceDep,
    actor: ActorDep,
    file: Annotated[UploadFile, File(description=_UPLOAD_HELP)],
    partial: Annotated[bool, Query(description="导入不完整文档中已读出的部分")] = False,
    department: Annotated[str | None, Query(description="文档中没有的部门名称")] = None,
    year: Annotated[int | None, Query(ge=1949, le=2200, description="文档中没有的年度")] = None,
    project: Annotated[str | None, Query(description="文档中没有的项目名称")] = None,
) -> Imported | JSONResponse:
    """读取一份公开文档并保存为草稿(一个事务),返回导入报告;无法读取、没有绩效内容或不完整时
    返回 422 和说明,不写入任何内容。上限与命令行相同(JIXIAO_MAX_*)。"""
    try:
        with uploaded(file, UPLOAD_SUFFIXES) as path:
            key = KeyParts(department, year, project)
            result, report = resources.import_file(workspace, actor, path, partial, key)
    except IncompleteDocumentError as error:
        # What was read and what is missing, so the caller can decide on partial=true.
        detail = error.message.replace("--partial", "查询参数 partial=true")
        report_json = error.report.model_dump(mode="json")
        return problem(422, detail, request, kind="incomplete-document", report=report_json)
    return Imported(saved=saved(result), report=report.model_dump(mode="json"))


@router.get(
    "/documents/{department}/{year}",
    summary="查看文档",
    response_model=StoredDocument,
    openapi_extra=access(Access.READ),
)
def read_document(
    ref: RefDep, workspace: WorkspaceDep, actor: ActorDep, response: Response
) -> StoredDocument:
    """规范 JSON 模型、流程状态和版本号(ETag);无权查看时与不存在相同(404)。"""
    stored = resources.read(workspace, actor, ref)
    response.headers["ETag"] = etag(stored.version)
    return StoredDocument(document=stored.document, state=stored.state, version=stored.version)


@router.put(
    "/documents/{department}/{year}",
    summary="修改草稿",
    response_model=Saved,
    openapi_extra=access(Access.EDIT),
)
def edit_draft(
    ref: RefDep,
    body: DraftEdit,
    workspace: WorkspaceDep,
    actor: ActorDep,
    response: Response,
    if_match: IfMatch = None,
) -> Saved:
    """以规范 JSON 模型替换草稿的内容;给出读取时的版本号(version 或 If-Match),
    版本已过期时返回 409 和其间的变化,不覆盖他人的修改。"""
    version = expected_version(body.version, if_match)
    result = saved(resources.replace_draft(workspace, actor, ref, body.document, version))
    response.headers["ETag"] = etag(result.version)
    return result


@router.delete(
    "/documents/{department}/{year}",
    summary="删除草稿",
    status_code=status.HTTP_204_NO_CONTENT,
    openapi_extra=access(Access.EDIT),
)
def delete_draft(
    ref: RefDep,
    workspace: WorkspaceDep,
    actor: ActorDep,
    version: Annotated[int | None, Query(ge=1, description="读取时的版本号")] = None,
    if_match: IfMatch = None,
) -> Response:
    """删除一份草稿及其审核结果(一个事务)。"""
    resources.delete(workspace, actor, ref, expected_version(version, if_match))
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/documents/{department}/{year}/export",
    summary="导出规范 JSON",
    openapi_extra=access(Access.READ),
    responses={200: {"content": {"application/json": {}}, "description": "规范 JSON 文档"}},
)
def export(ref: RefDep, workspace: WorkspaceDep, actor: ActorDep) -> Response:
    """与 jixiao export --json 相同的规范 JSON 文本,作为附件下载。"""
    text = resources.export_json(workspace, actor, ref)
    filename = f"{ref.department}-{ref.fiscal_year}.json"
    return Response(
        content=text.encode("utf-8"),
        media_type="application/json",
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{_quote(filename)}"},
    )


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name, safe="")
