"""The document page: budget, goals, projects, the indicator tree, its state and findings."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from jixiao.app import portal
from jixiao.domain.model import PerformanceDocument
from jixiao.domain.review import Finding
from jixiao.domain.workflow import Action
from jixiao.web.deps import CredentialsDep, WorkspaceDep
from jixiao.web.pages import present
from jixiao.web.pages.templating import render

router = APIRouter(include_in_schema=False)


def _income(doc: PerformanceDocument) -> list[tuple[str, object]]:
    income = doc.budget.income
    return [
        ("合计", income.total),
        ("一般公共预算拨入", income.general_public_budget),
        ("政府性基金预算拨入", income.government_fund_budget),
        ("财政拨款收入(小计)", income.fiscal_appropriation),
        ("提前告知转移支付", income.advance_transfer),
        ("上年结转", income.carry_over),
        ("单位自有收入(含经营收入)", income.own_income),
    ]


def _expenditure(doc: PerformanceDocument) -> list[tuple[str, object]]:
    spending = doc.budget.expenditure
    return [
        ("合计", spending.total),
        ("人员经费支出", spending.personnel),
        ("正常公用支出", spending.operating),
        ("项目支出", spending.project),
        ("其它支出", spending.other),
    ]


def _by_owner(findings: list[Finding] | None) -> dict[str, dict[str, list[Finding]]]:
    """Findings grouped by indicator table, then by indicator name (shown at the indicator)."""
    grouped: dict[str, dict[str, list[Finding]]] = defaultdict(lambda: defaultdict(list))
    for finding in findings or []:
        key = present.owner_key(finding)
        if key and finding.location.indicator:
            grouped[key][finding.location.indicator].append(finding)
    return grouped


def document_path(request: Request, department: str, fiscal_year: int) -> str:
    return str(request.url_for("document", department=department, year=str(fiscal_year)).path)


@router.get("/documents/{department}/{year}", name="document")
def document_page(
    request: Request,
    department: str,
    year: int,
    workspace: WorkspaceDep,
    credentials: CredentialsDep,
) -> HTMLResponse:
    readable = portal.read(workspace, credentials.actor, department, year)
    doc = readable.document
    return render(
        request,
        "document.html",
        credentials.actor,
        credentials.csrf_token,
        title=f"{doc.department.name} {doc.fiscal_year}",
        doc=doc,
        state=readable.state,
        indicator_count=sum(1 for _ in doc.all_indicators()),
        income=_income(doc),
        expenditure=_expenditure(doc),
        findings=readable.findings,
        findings_by_owner=_by_owner(readable.findings),
        view=readable.workflow,
        history=readable.workflow.events if readable.workflow else [],
        actions=_actions(request, readable),
        buttons=_buttons(readable),
        can_adjust=bool(
            readable.workflow and Action.REQUEST_ADJUSTMENT in readable.workflow.allowed
        ),
        downloads=_downloads(request, department, year),
        money=present.money,
        reading=present.reading,
        where=present.where,
    )


def _actions(request: Request, readable: portal.Readable) -> list[dict[str, str]]:
    """The links to the next steps the actor may take on the document."""
    view, doc = readable.workflow, readable.document
    if view is None:
        return []
    params = {"department": doc.department.name, "year": str(doc.fiscal_year)}
    actions = []
    if Action.EDIT in view.allowed:
        actions.append({"label": "编辑绩效目标", "href": request.url_for("editor", **params).path})
    if Action.START_REVIEW in view.allowed or Action.RETURN in view.allowed:
        actions.append({"label": "打开审核", "href": request.url_for("review_page", **params).path})
    actions.append({"label": "运行监控", "href": request.url_for("monitoring", **params).path})
    actions.append({"label": "年终自评", "href": request.url_for("self_evaluation", **params).path})
    return actions


def _buttons(readable: portal.Readable) -> list[dict[str, str]]:
    """The transitions a button makes on the document page (label, action)."""
    view = readable.workflow
    if view is None:
        return []
    labels = {
        Action.SUBMIT: "提交审核",
        Action.WITHDRAW: "撤回",
        Action.APPROVE: "批复",
        Action.PUBLISH: "公开",
    }
    return [
        {"label": label, "action": str(action.name.lower())}
        for action, label in labels.items()
        if action in view.allowed
    ]


def _downloads(request: Request, department: str, year: int) -> dict[str, str]:
    return {
        form: str(
            request.url_for("open_data", department=department, year=str(year), form=form).path
        )
        for form in ("json", "csv")
    }


@router.get("/documents/{department}/{year}/data.{form}", name="open_data")
def open_data(
    department: str,
    year: int,
    form: str,
    workspace: WorkspaceDep,
    credentials: CredentialsDep,
) -> Response:
    return open_data_file(
        form,
        f"{department}-{year}",
        lambda: portal.open_data(workspace, credentials.actor, department, year, form),
    )


def open_data_file(form: str, stem: str, make: Callable[[], str]) -> Response:
    """An open-data download: ``make()``'s text as ``stem.form``, for json and csv only (any
    other form is a 404 before anything is read)."""
    if form not in ("json", "csv"):
        return Response("只提供 json 和 csv", status_code=404, media_type="text/plain")
    return _attachment(make(), f"{stem}.{form}", form)


def _attachment(text: str, filename: str, form: str) -> Response:
    media = "application/json" if form == "json" else "text/csv"
    # RFC 6266: an ASCII fallback name and the UTF-8 name for browsers that read it
    disposition = f"attachment; filename=\"jixiao.{form}\"; filename*=UTF-8''{quote(filename)}"
    return Response(
        text,
        media_type=f"{media}; charset=utf-8",
        headers={"Content-Disposition": disposition},
    )
