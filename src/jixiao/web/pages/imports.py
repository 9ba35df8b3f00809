"""The import page: upload a txt/pdf/docx/xlsx, see the parsed document beside the import
report, fix the fields the source lacks, confirm."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from jixiao.app import imports
from jixiao.domain.model import DocumentKind
from jixiao.errors import JixiaoError
from jixiao.web.api.uploads import DOCUMENT_SUFFIXES, uploaded
from jixiao.web.deps import WorkspaceDep
from jixiao.web.pages import present, staging
from jixiao.web.pages.documents import document_path
from jixiao.web.pages.session import SignedInDep, form_csrf, redirect
from jixiao.web.pages.templating import render

router = APIRouter(include_in_schema=False, dependencies=[Depends(form_csrf)])

SUFFIXES = DOCUMENT_SUFFIXES


@router.get("/import", name="import_form")
def import_form(request: Request, credentials: SignedInDep) -> HTMLResponse:
    return render(
        request, "import.html", credentials.actor, credentials.csrf_token, title="导入文档"
    )


@router.post("/import", name="import_upload")
def upload(request: Request, credentials: SignedInDep, file: UploadFile) -> HTMLResponse:
    actor = credentials.actor
    try:
        with uploaded(file, SUFFIXES) as path:
            preview = imports.preview(path)
            token = staging.stage(path, actor.login)
    except JixiaoError as error:
        return render(
            request,
            "import.html",
            actor,
            credentials.csrf_token,
            status_code=422,
            title="导入文档",
            error=error.message,
        )
    return _preview_page(request, credentials, token, preview, imports.Fixes(), None)


def _preview_page(
    request: Request,
    credentials: SignedInDep,
    token: str,
    preview: imports.Preview,
    fixes: imports.Fixes,
    error: JixiaoError | None,
) -> HTMLResponse:
    document = preview.document
    region = document.department.region
    return render(
        request,
        "import_preview.html",
        credentials.actor,
        credentials.csrf_token,
        status_code=422 if error else 200,
        title="核对导入结果",
        token=token,
        doc=document,
        report=preview.report,
        genre=_genre(preview.report.genre),
        missing_key=preview.missing_key,
        incomplete=preview.incomplete,
        fields={
            "department": fixes.department or document.department.name or "",
            "fiscal_year": fixes.fiscal_year or document.fiscal_year or "",
            "region_name": fixes.region_name or (region.name if region else ""),
            "region_code": fixes.region_code or (region.code if region and region.code else ""),
        },
        error=error.message if error else None,
        error_field=(getattr(error, "loc", None) or [None])[0] if error else None,
        reading=present.reading,
        money=present.money,
        findings_at=None,
    )


@router.post("/import/{token}/confirm", name="import_confirm")
def confirm(
    request: Request,
    token: str,
    workspace: WorkspaceDep,
    credentials: SignedInDep,
    department: Annotated[str, Form(max_length=200)] = "",
    fiscal_year: Annotated[str, Form(max_length=8)] = "",
    region_name: Annotated[str, Form(max_length=200)] = "",
    region_code: Annotated[str, Form(max_length=12)] = "",
    partial: Annotated[bool, Form()] = False,
) -> Response:
    actor = credentials.actor
    path = staging.staged(token, actor.login)
    year = int(fiscal_year) if fiscal_year.strip().isdigit() else None
    fixes = imports.Fixes(
        department.strip() or None,
        year,
        region_name.strip() or None,
        region_code.strip() or None,
        partial,
    )
    try:
        stored = imports.confirm(workspace, actor, path, fixes)
    except JixiaoError as error:
        return _preview_page(request, credentials, token, imports.preview(path), fixes, error)
    staging.discard(token)
    return redirect(document_path(request, stored.department, stored.fiscal_year) + "?imported=1")


def _genre(code: str | None) -> str:
    """The genre's Chinese name (the report keeps the document kind's code)."""
    try:
        return DocumentKind(code).label if code else ""
    except ValueError:
        return code or ""
