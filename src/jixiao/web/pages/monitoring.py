"""Monitoring entry (spending, progress) and its dashboard: spending against the plan through
the year (an ECharts chart drawn from JSON series), colours and warnings."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response

from jixiao.app import dashboard, rounds
from jixiao.errors import JixiaoError
from jixiao.web.deps import WorkspaceDep
from jixiao.web.pages import present
from jixiao.web.pages.session import SignedInDep, form_csrf, redirect
from jixiao.web.pages.templating import render

router = APIRouter(include_in_schema=False, dependencies=[Depends(form_csrf)])

COLOUR_WORDS = {"red": "红色预警", "yellow": "黄色预警", "blue": "蓝色(超前)", "green": "绿色正常"}


def _path(request: Request, department: str, year: int) -> str:
    return str(request.url_for("monitoring", department=department, year=str(year)).path)


def _as_of(text: str, year: int) -> date:
    try:
        return date.fromisoformat(text) if text else dashboard.default_date(year)
    except ValueError:
        return dashboard.default_date(year)


@router.get("/documents/{department}/{year}/monitoring", name="monitoring")
def monitoring_page(
    request: Request,
    department: str,
    year: int,
    workspace: WorkspaceDep,
    credentials: SignedInDep,
    as_of: str = "",
    saved: str = "",
) -> HTMLResponse:
    return _page(request, workspace, credentials, department, year, _as_of(as_of, year), saved)


def _page(
    request: Request,
    workspace: WorkspaceDep,
    credentials: SignedInDep,
    department: str,
    year: int,
    as_of: date,
    saved: str = "",
    error: JixiaoError | None = None,
) -> HTMLResponse:
    board = dashboard.dashboard(workspace, credentials.actor, department, year, as_of)
    reported = rounds.monitoring_rounds(
        workspace, credentials.actor, department, year, board.actuals
    )
    chart = {
        "months": dashboard.MONTHS,
        "series": [
            {"name": s.project, "planned": s.planned, "executed": s.executed, "time": s.time}
            for s in board.series
        ],
    }
    return render(
        request,
        "monitoring.html",
        credentials.actor,
        credentials.csrf_token,
        status_code=422 if error else 200,
        title=f"运行监控 {department} {year}",
        board=board,
        rounds=reported,
        chart=chart,
        colour_words=COLOUR_WORDS,
        money=present.money,
        error=error.message if error else None,
        error_field=(getattr(error, "loc", None) or [None])[0] if error else None,
        flash={"kind": "ok", "text": saved} if saved else None,
    )


@router.post("/documents/{department}/{year}/monitoring/spend", name="record_spend")
def record_spend(
    request: Request,
    department: str,
    year: int,
    workspace: WorkspaceDep,
    credentials: SignedInDep,
    date_: Annotated[str, Form(alias="date", max_length=10)],
    amount: Annotated[str, Form(max_length=30)],
    project: Annotated[str, Form(max_length=200)],
    category: Annotated[str, Form(max_length=50)] = "",
) -> Response:
    try:
        dashboard.record_spending(
            workspace,
            credentials.actor,
            department,
            year,
            when=date_,
            amount=amount,
            project=project,
            category=category,
        )
    except JixiaoError as error:
        as_of = dashboard.default_date(year)
        return _page(request, workspace, credentials, department, year, as_of, error=error)
    done = f"已记录支出 {amount} 万元({project},{date_})"
    return redirect(f"{_path(request, department, year)}?as_of={date_}&saved={done}")


@router.post("/documents/{department}/{year}/monitoring/progress", name="record_progress")
def record_progress(
    request: Request,
    department: str,
    year: int,
    workspace: WorkspaceDep,
    credentials: SignedInDep,
    progress_date: Annotated[str, Form(max_length=10)],
    project: Annotated[str, Form(max_length=200)],
    indicator: Annotated[str, Form(max_length=200)],
    value: Annotated[str, Form(max_length=30)] = "",
    unit: Annotated[str, Form(max_length=20)] = "",
    level: Annotated[str, Form(max_length=20)] = "",
) -> Response:
    try:
        dashboard.record_progress(
            workspace,
            credentials.actor,
            department,
            year,
            when=progress_date,
            project=project,
            indicator=indicator,
            value=value,
            unit=unit,
            level=level,
        )
    except JixiaoError as error:
        as_of = dashboard.default_date(year)
        return _page(request, workspace, credentials, department, year, as_of, error=error)
    done = f"已记录“{indicator}”截至 {progress_date} 的进度"
    return redirect(f"{_path(request, department, year)}?as_of={progress_date}&saved={done}")
