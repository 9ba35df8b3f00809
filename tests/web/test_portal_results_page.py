"""The published self-evaluation on the portal's pages: an anonymous visitor finds a link to
it beside the published targets once the bureau publishes it (not before), reads every
sheet's rows, totals and ratings, and downloads it as JSON and CSV, one department or the
whole year."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from urllib.parse import quote

from jixiao.app import rounds
from jixiao.app.workflow import Stage, SubjectRef, SubmissionBlocked
from jixiao.domain.actuals import Actuals, IndicatorRef, YearEndActual
from jixiao.domain.workflow import finding_key
from web.conftest import ADMIN, OWN_DEPARTMENT, YEAR, WebEnv
from web.test_pages_accessibility import _unlabelled

RESULTS = f"/portal/{OWN_DEPARTMENT}/{YEAR}/results"
PROJECT, INDICATOR = "侨务工作经费", "召开工作会议次数"
DECLARATION = SubjectRef(OWN_DEPARTMENT, YEAR)
SELF_EVALUATION = SubjectRef(OWN_DEPARTMENT, YEAR, stage=Stage.SELF_EVALUATION)


def _publish_declaration_and_submit_self_evaluation(web: WebEnv) -> None:
    workspace = web.workspace
    try:
        workspace.submit(DECLARATION, actor=ADMIN)
    except SubmissionBlocked as blocked:
        said = {finding_key(f.code, f.location.label): "已核实" for f in blocked.unexplained}
        workspace.submit(DECLARATION, explanations=said, actor=ADMIN)
    for step in (workspace.start_review, workspace.approve, workspace.publish):
        step(DECLARATION, actor=ADMIN)
    ref = IndicatorRef(project=PROJECT, indicator=INDICATOR)
    value = YearEndActual(ref=ref, value=Decimal(3), unit="次")
    workspace.record(OWN_DEPARTMENT, YEAR, Actuals(year_end=[value]), actor=ADMIN)
    rounds.submit_self_evaluation(workspace, ADMIN, OWN_DEPARTMENT, YEAR)
    workspace.start_review(SELF_EVALUATION, actor=ADMIN)
    workspace.approve(SELF_EVALUATION, actor=ADMIN)


def test_the_portal_links_the_results_only_once_published(web: WebEnv) -> None:
    anonymous = web.client("anonymous")
    _publish_declaration_and_submit_self_evaluation(web)
    portal = anonymous.get("/portal").text
    assert OWN_DEPARTMENT in portal and "未公开" in portal and RESULTS not in portal
    hidden = anonymous.get(quote(RESULTS))
    assert hidden.status_code == 404 and "尚未公开" in hidden.text
    assert INDICATOR not in hidden.text

    web.workspace.publish(SELF_EVALUATION, actor=ADMIN)
    portal = anonymous.get("/portal").text
    assert f'href="{RESULTS}"' in portal and "查看自评结果" in portal
    page = anonymous.get(quote(RESULTS))
    assert page.status_code == 200 and _unlabelled(page.text) == []
    assert f"{OWN_DEPARTMENT} {YEAR} 年度绩效自评结果" in page.text
    assert "得分汇总" in page.text and "评价等级" in page.text
    row = page.text[page.text.index(INDICATOR) :]
    assert "3次" in row[: row.index("</tr>")], "the year-end value submitted is shown"


def test_the_results_download_as_open_data(web: WebEnv) -> None:
    anonymous = web.client("anonymous")
    _publish_declaration_and_submit_self_evaluation(web)
    web.workspace.publish(SELF_EVALUATION, actor=ADMIN)
    data = anonymous.get(quote(f"{RESULTS}.json"))
    assert data.status_code == 200 and "attachment" in data.headers["content-disposition"]
    sheet = data.json()["results"][0]["sheets"][0]
    assert sheet["subject"] == PROJECT and sheet["rating"]
    assert any(i["name"] == INDICATOR and i["actual"] == "3次" for i in sheet["indicators"])
    table = anonymous.get(quote(f"{RESULTS}.csv"))
    assert table.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(table.text.removeprefix("\ufeff"))))
    assert any(r["三级指标"] == INDICATOR and r["实际完成值"] == "3次" for r in rows)
    bulk = anonymous.get(f"/portal/{YEAR}/results.json").json()
    assert bulk["count"] == 1 and bulk["results"][0]["department"] == OWN_DEPARTMENT
    assert anonymous.get(f"/portal/{YEAR}/results.xml").status_code == 404
