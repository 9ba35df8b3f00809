"""The public portal: published documents searchable by department, year and indicator, the
published self-evaluation results (绩效自评结果), with open data downloads (each document and
each result, and a whole year in bulk); no sign-in."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from jixiao.app import portal
from jixiao.web.deps import CredentialsDep, WorkspaceDep
from jixiao.web.pages.documents import open_data_file
from jixiao.web.pages.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/portal", name="portal")
def portal_page(
    request: Request,
    workspace: WorkspaceDep,
    credentials: CredentialsDep,
    department: str = "",
    year: str = "",
    indicator: str = "",
) -> HTMLResponse:
    fiscal_year = int(year) if year.isdigit() else None
    query = portal.PortalQuery(department.strip(), fiscal_year, indicator.strip())
    return render(
        request,
        "portal.html",
        credentials.actor,
        credentials.csrf_token,
        title="公开信息",
        query=query,
        entries=portal.search(workspace, query),
        years=portal.published_years(workspace),
    )


@router.get("/portal/{year}/open-data.{form}", name="portal_year_data")
def year_data(year: int, form: str, workspace: WorkspaceDep) -> Response:
    return open_data_file(
        form, f"{year}年公开绩效目标", lambda: portal.year_open_data(workspace, year, form)
    )


@router.get("/portal/{year}/results.{form}", name="portal_year_results")
def year_results(year: int, form: str, workspace: WorkspaceDep) -> Response:
    return open_data_file(
        form, f"{year}年公开绩效自评结果", lambda: portal.year_results(workspace, year, form)
    )


@router.get("/portal/{department}/{year}/results", name="portal_results")
def results_page(
    request: Request,
    department: str,
    year: int,
    workspace: WorkspaceDep,
    credentials: CredentialsDep,
) -> HTMLResponse:
    return render(
        request,
        "portal_results.html",
        credentials.actor,
        credentials.csrf_token,
        title=f"{department} {year} 年度绩效自评结果",
        results=portal.results(workspace, department, year),
    )


@router.get("/portal/{department}/{year}/results.{form}", name="portal_results_data")
def results_data(department: str, year: int, form: str, workspace: WorkspaceDep) -> Response:
    return open_data_file(
        form,
        f"{department}-{year}-自评结果",
        lambda: portal.results_data(workspace, department, year, form),
    )
