"""The declaration's workflow driven through the pages' forms: submit (explaining errors),
start review, return with a reason, fix, resubmit, approve, publish; the portal then."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from web.conftest import OWN_DEPARTMENT, YEAR, WebEnv

DOC = f"/documents/{OWN_DEPARTMENT}/{YEAR}"
REVIEW = f"/review/{OWN_DEPARTMENT}/{YEAR}"


def _version(page: str) -> str:
    found = re.search(r'name="version" value="(\d+)"', page)
    assert found is not None, "the page carries the version it shows"
    return found.group(1)


def _act(client: TestClient, action: str, page: str, **data: str) -> str:
    response = client.post(
        f"{DOC}/workflow/{action}", data={"version": _version(page), **data}, follow_redirects=True
    )
    assert response.status_code == 200, response.text
    return str(response.text)


def _fix_missing_target(client: TestClient) -> None:
    editor = client.get(f"{DOC}/edit").text
    data = {"project": "侨务工作经费", "name": "召开工作会议次数", "target": "≥2次"}
    saved = client.post(f"{DOC}/edit/target", data={**data, "version": _version(editor)})
    assert saved.status_code == 200, saved.text


def test_the_whole_declaration_workflow_through_the_pages(web: WebEnv) -> None:
    editor, approver = web.client("editor_own"), web.client("approver_own")
    reviewer, admin = web.client("reviewer_own"), web.client("admin")
    _fix_missing_target(editor)

    # the approver submits; the review's remaining error must be explained first
    page = approver.get(DOC).text
    assert "提交审核" in page
    blocked = approver.post(f"{DOC}/workflow/submit", data={"version": _version(page)})
    assert blocked.status_code == 409
    assert "尚未说明" in blocked.text
    fields = re.findall(r'name="(explain::[^"]+)"', blocked.text)
    assert fields
    explained = {name: "收支差额为上年结转资金,已核实" for name in fields}
    submitted = _act(approver, "submit", blocked.text, **explained)
    assert "已提交" in submitted

    # the reviewer sees it in the queue, starts the review, returns it with a reason
    assert OWN_DEPARTMENT in reviewer.get("/review").text
    started = reviewer.post(
        f"{DOC}/workflow/start_review", data={"version": _version(reviewer.get(REVIEW).text)}
    )
    assert started.status_code == 200
    review_page = started.text
    assert "收支差额为上年结转资金" in review_page, "the reviewer sees the explanation"
    returned = reviewer.post(
        f"{DOC}/workflow/return",
        data={
            "version": _version(review_page),
            "general_location": "项目“侨务工作经费”",
            "general_reason": "请补充指标值确定依据",
        },
        follow_redirects=True,
    )
    assert "退回" in returned.text

    # the editor sees the reason, fixes, the approver resubmits
    seen = editor.get(DOC).text
    assert "请补充指标值确定依据" in seen
    _fix_missing_target(editor)
    page = approver.get(DOC).text
    again = approver.post(
        f"{DOC}/workflow/submit",
        data={"version": _version(page), **explained},
        follow_redirects=True,
    )
    assert "已提交" in again.text

    # the reviewer approves, the administrator publishes
    started = reviewer.post(
        f"{DOC}/workflow/start_review", data={"version": _version(reviewer.get(REVIEW).text)}
    )
    approved = reviewer.post(
        f"{DOC}/workflow/approve", data={"version": _version(started.text)}, follow_redirects=True
    )
    assert "已批复" in approved.text
    published = _act(admin, "publish", admin.get(DOC).text)
    assert "已公开" in published

    # an anonymous visitor finds it on the portal and downloads its CSV
    anonymous = web.client("anonymous")
    portal = anonymous.get("/portal", params={"indicator": "会议"}).text
    assert OWN_DEPARTMENT in portal and "召开工作会议次数" in portal
    csv_text = anonymous.get(f"{DOC}/data.csv").text
    assert "召开工作会议次数" in csv_text and "≥2次" in csv_text
    bulk = anonymous.get(f"/portal/{YEAR}/open-data.json")
    assert bulk.status_code == 200 and bulk.json()["count"] == 1


def test_a_return_without_a_reason_is_refused(web: WebEnv) -> None:
    approver, reviewer = web.client("approver_own"), web.client("reviewer_own")
    _fix_missing_target(web.client("editor_own"))
    blocked = approver.post(
        f"{DOC}/workflow/submit", data={"version": _version(approver.get(DOC).text)}
    )
    fields = re.findall(r'name="(explain::[^"]+)"', blocked.text)
    _act(approver, "submit", blocked.text, **{name: "已核实" for name in fields})
    started = reviewer.post(
        f"{DOC}/workflow/start_review", data={"version": _version(reviewer.get(REVIEW).text)}
    )
    refused = reviewer.post(f"{DOC}/workflow/return", data={"version": _version(started.text)})
    assert refused.status_code == 409
    assert "退回必须逐项说明原因" in refused.text


def test_the_editor_cannot_approve(web: WebEnv) -> None:
    page = web.client("editor_own").get(DOC).text
    assert "workflow/approve" not in page, "no approve button for an editor"
    refused = web.client("editor_own").post(f"{DOC}/workflow/approve", data={"version": "0"})
    assert refused.status_code == 403


def _submit(approver: TestClient) -> None:
    """Submit, explaining whatever errors the review finds (if any)."""
    page = approver.get(DOC).text
    answer = approver.post(
        f"{DOC}/workflow/submit", data={"version": _version(page)}, follow_redirects=False
    )
    if answer.status_code == 409:
        fields = re.findall(r'name="(explain::[^"]+)"', answer.text)
        _act(approver, "submit", answer.text, **{name: "已核实" for name in fields})
    else:
        assert answer.status_code == 303, answer.text


def _start(reviewer: TestClient) -> str:
    page = reviewer.get(REVIEW).text
    started = reviewer.post(f"{DOC}/workflow/start_review", data={"version": _version(page)})
    assert started.status_code == 200, started.text
    return str(started.text)


def _set_meetings(editor: TestClient, target: str) -> None:
    page = editor.get(f"{DOC}/edit").text
    data = {"project": "侨务工作经费", "name": "召开工作会议次数", "target": target}
    saved = editor.post(
        f"{DOC}/edit/target", data={**data, "version": _version(page)}, follow_redirects=False
    )
    assert saved.status_code == 303, saved.text


def test_an_adjustment_is_reviewed_with_the_two_versions_compared(web: WebEnv) -> None:
    editor, approver = web.client("editor_own"), web.client("approver_own")
    reviewer = web.client("reviewer_own")
    _set_meetings(editor, "≥2次")
    _submit(approver)
    approved = reviewer.post(
        f"{DOC}/workflow/approve",
        data={"version": _version(_start(reviewer))},
        follow_redirects=False,
    )
    assert approved.status_code == 303, approved.text
    adjusted = _act(approver, "adjust", approver.get(DOC).text, reason="会议次数调整")
    assert "调整申请" in adjusted or "草稿" in adjusted
    _set_meetings(editor, "≥6次")
    _submit(approver)
    review = _start(reviewer)
    assert "调整前后对比" in review
    assert "≥2次" in review and "≥6次" in review


def test_the_editors_home_warns_of_red_monitoring_on_an_approved_document(web: WebEnv) -> None:
    editor, approver = web.client("editor_own"), web.client("approver_own")
    reviewer = web.client("reviewer_own")
    _set_meetings(editor, "≥2次")
    _submit(approver)
    reviewer.post(f"{DOC}/workflow/approve", data={"version": _version(_start(reviewer))})
    spent = editor.post(
        f"{DOC}/monitoring/spend",
        data={"project": "侨务工作经费", "date": "2020-06-30", "amount": "0.1"},
    )
    assert spent.status_code == 200, spent.text
    home = editor.get("/").text
    assert "运行监控红色预警" in home
