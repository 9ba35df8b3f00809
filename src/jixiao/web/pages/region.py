"""The region dashboard for the bureau: ratings distribution, ranking of departments, the
lowest projects and the worst monitoring warnings, each a link down to its document."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from jixiao.app import dashboard, documents, region
from jixiao.domain.access import Actor, Role
from jixiao.web.deps import WorkspaceDep
from jixiao.web.pages.session import SignedInDep
from jixiao.web.pages.templating import render

router = APIRouter(include_in_schema=False)

COLOUR_WORDS = {"red": "红", "yellow": "黄", "blue": "蓝", "green": "绿", "None": "未评"}


@router.get("/region", name="region_dashboard")
def region_dashboard(
    request: Request,
    workspace: WorkspaceDep,
    credentials: SignedInDep,
    code: str = "",
    year: str = "",
    as_of: str = "",
) -> HTMLResponse:
    actor = credentials.actor
    region_code = code.strip() or (actor.regions[0] if actor.role is Role.REVIEWER else None)
    fiscal_year = int(year) if year.isdigit() else _latest_year(workspace, actor)
    when = _date(as_of, fiscal_year)
    figures = region.figures(workspace, actor, fiscal_year, when, region_code)
    evaluation, watched = figures.evaluation, figures.monitoring
    ratings = evaluation.ratings
    chart = {"labels": list(ratings), "values": list(ratings.values()), "unit": "项目数"}
    departments = sorted(evaluation.departments(), key=lambda d: (-d.mean, d.department))
    return render(
        request,
        "region.html",
        actor,
        credentials.csrf_token,
        title="地区总览",
        code=region_code or "",
        year=fiscal_year,
        as_of=when,
        evaluation=evaluation,
        has_projects=bool(evaluation.projects),
        chart=chart,
        departments=departments,
        lowest=evaluation.lowest(10),
        watched=watched,
        behind=watched.most_behind(10),
        colour_words=COLOUR_WORDS,
    )


def _latest_year(workspace: WorkspaceDep, actor: Actor) -> int:
    years = [s.fiscal_year for s in documents.documents(workspace, actor=actor)]
    return max(years) if years else date.today().year


def _date(text: str, year: int) -> date:
    try:
        return date.fromisoformat(text) if text else dashboard.default_date(year)
    except ValueError:
        return dashboard.default_date(year)
