"""The year-end self-evaluation: enter actual values, see the scores follow (htmx computes
the score sheets with the values typed, nothing stored), store them, download the forms."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from jixiao.app import reports, rounds, selfeval
from jixiao.domain.workflow import State
from jixiao.errors import InputError, JixiaoError
from jixiao.web.deps import WorkspaceDep
from jixiao.web.pages.session import SignedInDep, form_csrf, redirect
from jixiao.web.pages.templating import fragment, render

router = APIRouter(include_in_schema=False, dependencies=[Depends(form_csrf)])

ACTUAL = "actual::"
DOWNLOADS = ("project-self-evaluation", "department-self-evaluation", "project-monitoring")
MEDIA = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


async def _entered(request: Request) -> dict[tuple[str, str], str]:
    form = await request.form()
    entered = {}
    for key, value in form.items():
        if key.startswith(ACTUAL) and isinstance(value, str):
            project, _, indicator = key[len(ACTUAL) :].partition("::")
            entered[project, indicator] = value
    return entered


def _path(request: Request, department: str, year: int) -> str:
    return str(request.url_for("self_evaluation", department=department, year=str(year)).path)


@router.get("/documents/{department}/{year}/self-evaluation", name="self_evaluation")
def page(
    request: Request,
    department: str,
    year: int,
    workspace: WorkspaceDep,
    credentials: SignedInDep,
    saved: str = "",
) -> HTMLResponse:
    result = selfeval.sheets(workspace, credentials.actor, department, year, {})
    flow = rounds.self_evaluation(workspace, credentials.actor, department, year)
    return render(
        request,
        "selfeval.html",
        credentials.actor,
        credentials.csrf_token,
        title=f"年终自评 {department} {year}",
        department=department,
        year=year,
        result=result,
        flow_view=flow,
        editable=flow.status.state in (State.DRAFT, State.RETURNED),
        prefix=ACTUAL,
        downloads=[(form, reports.FORMS[form]) for form in DOWNLOADS],
        flash={"kind": "ok", "text": saved} if saved else None,
    )


@router.post("/documents/{department}/{year}/self-evaluation/preview", name="selfeval_preview")
async def preview(
    request: Request, department: str, year: int, workspace: WorkspaceDep, credentials: SignedInDep
) -> HTMLResponse:
    entered = await _entered(request)
    result = selfeval.sheets(workspace, credentials.actor, department, year, entered)
    return fragment("_scores.html", result=result)


@router.post("/documents/{department}/{year}/self-evaluation", name="selfeval_save")
async def save(
    request: Request, department: str, year: int, workspace: WorkspaceDep, credentials: SignedInDep
) -> Response:
    entered = await _entered(request)
    count = selfeval.store(workspace, credentials.actor, department, year, entered)
    return redirect(f"{_path(request, department, year)}?saved=已保存 {count} 项年末实际值")


@router.get("/documents/{department}/{year}/forms/{form}.{fmt}", name="form_download")
def download(
    department: str,
    year: int,
    form: str,
    fmt: str,
    workspace: WorkspaceDep,
    credentials: SignedInDep,
) -> Response:
    if fmt not in MEDIA:
        raise InputError(f"不支持的格式“{fmt}”:可用 {'、'.join(MEDIA)}")
    try:
        data = selfeval.form_file(workspace, credentials.actor, department, year, form, fmt)
    except JixiaoError:
        raise
    name = f"{department}{year}年{reports.FORMS.get(form, form)}.{fmt}"
    disposition = f"attachment; filename=\"jixiao.{fmt}\"; filename*=UTF-8''{quote(name)}"
    return Response(data, media_type=MEDIA[fmt], headers={"Content-Disposition": disposition})
