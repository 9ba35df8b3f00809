"""A monitoring round and the self-evaluation driven through the pages' forms: the
approver submits (from the monitoring or self-evaluation page), the reviewer finds it in
the queue, starts the review, returns it with a reason, approves, publishes; the roles
that may not, and the other department, get a refusal and no data."""

from __future__ import annotations

import re
from urllib.parse import quote

from fastapi.testclient import TestClient

from web.conftest import OTHER_DEPARTMENT, OWN_DEPARTMENT, YEAR, WebEnv
from web.test_pages_accessibility import _unlabelled

DOC = f"/documents/{OWN_DEPARTMENT}/{YEAR}"
MONITORING = f"{DOC}/monitoring"
SELF_EVALUATION = f"{DOC}/self-evaluation"
ROUND_REVIEW = f"/review/{OWN_DEPARTMENT}/{YEAR}/monitoring/{quote('1-6月')}"
SELFEVAL_REVIEW = f"/review/{OWN_DEPARTMENT}/{YEAR}/self-evaluation"
PROJECT, INDICATOR = "侨务工作经费", "召开工作会议次数"


def _version(page: str, round_: str = "") -> str:
    """The version a page's forms carry (of the round ``round_`` when given)."""
    pattern = r'name="version" value="(\d+)">\s*<input type="hidden" name="round" value="'
    found = re.search(pattern + re.escape(round_) + '"', page)
    assert found is not None, "the page carries the version it shows"
    return found.group(1)


def _post(client: TestClient, path: str, **data: str) -> str:
    response = client.post(path, data=data, follow_redirects=True)
    assert response.status_code == 200, response.text
    return str(response.text)


def _spend(editor: TestClient, day: str = "2020-06-20", amount: str = "1.5") -> None:
    spent = editor.post(
        f"{MONITORING}/spend",
        data={"project": PROJECT, "date": day, "amount": amount},
        follow_redirects=False,
    )
    assert spent.status_code == 303, spent.text


def _round_step(client: TestClient, action: str, round_: str = "1-6月") -> str:
    page = client.get(ROUND_REVIEW).text
    return _post(
        client, f"{DOC}/stages/monitoring/{action}", round=round_, version=_version(page, round_)
    )


def test_a_monitoring_round_is_submitted_returned_resubmitted_approved_and_published(
    web: WebEnv,
) -> None:
    editor, approver = web.client("editor_own"), web.client("approver_own")
    reviewer = web.client("reviewer_own")
    assert "尚未录入支出或指标进度" in approver.get(MONITORING).text
    _spend(editor)

    # the approver is offered the rounds the data supports, the latest first
    page = approver.get(MONITORING).text
    assert re.search(r'<select id="r-round" name="round"><option>1-6月</option>', page)
    assert _unlabelled(page) == []
    submitted = _post(approver, f"{DOC}/stages/monitoring/submit", round="1-6月")
    assert "已提交监控 1-6月" in submitted
    assert "截至 2020-06-30:项目执行 1.5 万元" in submitted, "the history keeps the figures"

    # the reviewer's queue lists the round beside declarations, with its stage
    queue = reviewer.get("/review").text
    assert "监控 1-6月" in queue, queue[queue.find("<main") :]
    review = _round_step(reviewer, "start_review")
    assert "审核中" in review and "预算执行(截至 2020-06-30)" in review
    assert _unlabelled(review) == [] and "退回理由(此项)" in review
    returned = _post(
        reviewer,
        f"{DOC}/stages/monitoring/return",
        round="1-6月",
        version=_version(review, "1-6月"),
        general_location=f"项目“{PROJECT}”",
        general_reason="执行率偏低,请说明原因",
    )
    assert "退回" in returned

    # the department sees the reason on its page and its home, fixes and resubmits
    page = approver.get(MONITORING).text
    assert "执行率偏低,请说明原因" in page and "重新提交" in page
    assert "监控 1-6月" in approver.get("/").text, "a returned round is on the to-do list"
    _spend(editor, "2020-06-28", "2")
    again = _post(
        approver,
        f"{DOC}/stages/monitoring/submit",
        round="1-6月",
        version=_version(page, "1-6月"),
        explanation="已补记6月28日支出,执行率偏低系工程款尚未结算",
    )
    assert "项目执行 3.5 万元" in again

    review = _round_step(reviewer, "start_review")
    assert "单位说明" in review and "执行率偏低系工程款尚未结算" in review
    approved = _round_step(reviewer, "approve")
    assert "已批复" in approved and 'stages/monitoring/publish"' in approved
    published = _round_step(reviewer, "publish")
    assert "已公开" in published
    history = approver.get(MONITORING).text
    for action in ("提交", "开始审核", "退回", "批复", "公开"):
        assert f"<td>{action}</td>" in history
    assert "监控 1-6月" not in reviewer.get("/review").text, "nothing left to review"


def test_a_return_of_a_round_needs_a_reason(web: WebEnv) -> None:
    _spend(web.client("editor_own"))
    _post(web.client("approver_own"), f"{DOC}/stages/monitoring/submit", round="1-6月")
    reviewer = web.client("reviewer_own")
    review = _round_step(reviewer, "start_review")
    refused = reviewer.post(
        f"{DOC}/stages/monitoring/return",
        data={"round": "1-6月", "version": _version(review, "1-6月")},
    )
    assert refused.status_code == 409
    assert "退回必须逐项说明原因" in refused.text


def test_a_round_is_refused_without_data_or_in_another_form(web: WebEnv) -> None:
    approver = web.client("approver_own")
    empty = approver.post(f"{DOC}/stages/monitoring/submit", data={"round": "1-6月"})
    assert empty.status_code == 422 and "尚未录入任何支出或指标进度" in empty.text
    odd = approver.post(f"{DOC}/stages/monitoring/submit", data={"round": "上半年"})
    assert odd.status_code == 422 and "应写作“1-N月”" in odd.text


def test_only_the_approver_submits_and_only_the_reviewer_approves_a_round(web: WebEnv) -> None:
    editor, approver = web.client("editor_own"), web.client("approver_own")
    _spend(editor)
    page = editor.get(MONITORING).text
    assert "stages/monitoring/submit" not in page and "由单位负责人提交" in page
    denied = editor.post(f"{DOC}/stages/monitoring/submit", data={"round": "1-6月"})
    assert denied.status_code == 403
    _post(approver, f"{DOC}/stages/monitoring/submit", round="1-6月")
    refused = approver.post(f"{DOC}/stages/monitoring/start_review", data={"round": "1-6月"})
    assert refused.status_code == 403
    reviewer = web.client("reviewer_own")
    review = _round_step(reviewer, "start_review")
    selfapproved = approver.post(
        f"{DOC}/stages/monitoring/approve",
        data={"round": "1-6月", "version": _version(review, "1-6月")},
    )
    assert selfapproved.status_code == 403


def test_the_other_department_and_region_get_no_data_of_a_round(web: WebEnv) -> None:
    _spend(web.client("editor_own"))
    _post(web.client("approver_own"), f"{DOC}/stages/monitoring/submit", round="1-6月")
    for key in ("reviewer_other", "approver_other", "editor_other"):
        client = web.client(key)
        page = client.get(ROUND_REVIEW)
        assert page.status_code == 404, key
        assert "侨务工作经费" not in page.text and "截至 2020-06-30" not in page.text
        moved = client.post(f"{DOC}/stages/monitoring/start_review", data={"round": "1-6月"})
        assert moved.status_code == 403, key  # a denied write, as in the API
        assert "侨务工作经费" not in moved.text and "已提交" not in moved.text
        assert "监控 1-6月" not in client.get("/review").text
    other = f"/review/{OTHER_DEPARTMENT}/{YEAR}/monitoring/{quote('1-6月')}"
    assert web.client("reviewer_own").get(other).status_code == 404


def _save_actuals(editor: TestClient) -> None:
    saved = editor.post(
        SELF_EVALUATION,
        data={f"actual::{PROJECT}::{INDICATOR}": "3次"},
        follow_redirects=False,
    )
    assert saved.status_code == 303, saved.text


def _selfeval_step(client: TestClient, action: str) -> str:
    page = client.get(SELFEVAL_REVIEW).text
    path = f"{DOC}/stages/self-evaluation/{action}"
    return _post(client, path, round="", version=_version(page))


def test_a_self_evaluation_is_submitted_approved_and_published(web: WebEnv) -> None:
    editor, approver = web.client("editor_own"), web.client("approver_own")
    reviewer = web.client("reviewer_own")
    page = approver.get(SELF_EVALUATION).text
    refused = approver.post(
        f"{DOC}/stages/self-evaluation/submit", data={"version": _version(page)}
    )
    assert refused.status_code == 422 and "尚未保存任何年末实际值" in refused.text

    _save_actuals(editor)
    assert "stages/self-evaluation/submit" not in editor.get(SELF_EVALUATION).text
    page = approver.get(SELF_EVALUATION).text
    submitted = _post(
        approver, f"{DOC}/stages/self-evaluation/submit", round="", version=_version(page)
    )
    assert "已提交自评" in submitted and f"自评得分:{PROJECT}" in submitted
    assert "保存年末实际值</button>" not in editor.get(SELF_EVALUATION).text
    locked = editor.post(SELF_EVALUATION, data={f"actual::{PROJECT}::{INDICATOR}": "9次"})
    assert locked.status_code == 409 and "年末实际值不能再修改" in locked.text

    queue = reviewer.get("/review").text
    assert "自评" in queue and "/self-evaluation" in queue
    review = _selfeval_step(reviewer, "start_review")
    assert "自评得分" in review and INDICATOR in review
    assert _unlabelled(review) == []
    approved = _selfeval_step(reviewer, "approve")
    assert "已批复" in approved
    published = _selfeval_step(web.client("admin"), "publish")
    assert "已公开" in published
    assert "已公开" in approver.get(SELF_EVALUATION).text


def test_a_reviewer_comments_on_a_self_evaluation_item_and_returns_it(web: WebEnv) -> None:
    editor, approver = web.client("editor_own"), web.client("approver_own")
    reviewer = web.client("reviewer_own")
    _save_actuals(editor)
    page = approver.get(SELF_EVALUATION).text
    _post(approver, f"{DOC}/stages/self-evaluation/submit", round="", version=_version(page))
    review = _selfeval_step(reviewer, "start_review")
    keys = re.findall(r'<option value="([^"]+)">自评表', review)
    assert keys, "the score sheets' findings are the items a reviewer comments on"
    commented = _post(
        reviewer,
        f"/review/{OWN_DEPARTMENT}/{YEAR}/stages/self-evaluation/comment",
        round="",
        finding=keys[0],
        text="请补充偏差原因",
    )
    assert "审核意见" in commented and "请补充偏差原因" in commented
    reason = re.search(r'name="(reason::\d+)"', commented)
    assert reason is not None
    returned = _post(
        reviewer,
        f"{DOC}/stages/self-evaluation/return",
        round="",
        version=_version(commented),
        **{reason.group(1): "偏差原因未填写"},
    )
    assert "退回" in returned
    seen = approver.get(SELF_EVALUATION).text
    assert "偏差原因未填写" in seen and "重新提交" in seen


def test_the_other_department_gets_no_self_evaluation(web: WebEnv) -> None:
    _save_actuals(web.client("editor_own"))
    for key in ("reviewer_other", "approver_other"):
        client = web.client(key)
        assert client.get(SELFEVAL_REVIEW).status_code == 404
        assert client.get(SELF_EVALUATION).status_code == 404
        moved = client.post(f"{DOC}/stages/self-evaluation/submit", data={"round": ""})
        assert moved.status_code in (403, 404), key  # a write refused, or the read under it
        assert "自评得分" not in moved.text and PROJECT not in moved.text


def test_a_round_named_in_the_address_is_shown_as_text(web: WebEnv) -> None:
    hostile = '"><img src=x onerror=alert(1)>'
    path = f"/review/{OWN_DEPARTMENT}/{YEAR}/monitoring/{quote(hostile)}"
    page = web.client("reviewer_own").get(path)
    assert page.status_code == 200
    assert "&lt;img src=x onerror=alert(1)&gt;" in page.text and "<img" not in page.text
    assert "尚未提交" in page.text, "a round never submitted is a draft with no history"


def test_a_round_withdrawn_before_review_is_a_draft_to_submit_again(web: WebEnv) -> None:
    approver = web.client("approver_own")
    _spend(web.client("editor_own"))
    page = _post(approver, f"{DOC}/stages/monitoring/submit", round="1-6月")
    withdrawn = _post(
        approver,
        f"{DOC}/stages/monitoring/withdraw",
        round="1-6月",
        version=_version(page, "1-6月"),
    )
    assert "已撤回监控 1-6月" in withdrawn
    assert "<td>撤回</td>" in withdrawn and "stages/monitoring/submit" in withdrawn
    assert "监控 1-6月" not in web.client("reviewer_own").get("/review").text


def test_a_withdrawal_after_the_review_started_is_refused_with_the_state(web: WebEnv) -> None:
    _spend(web.client("editor_own"))
    approver, reviewer = web.client("approver_own"), web.client("reviewer_own")
    page = _post(approver, f"{DOC}/stages/monitoring/submit", round="1-6月")
    seen = _version(page, "1-6月")
    _round_step(reviewer, "start_review")
    stale = approver.post(
        f"{DOC}/stages/monitoring/withdraw", data={"round": "1-6月", "version": seen}
    )
    assert stale.status_code == 409
    assert "当前状态为“审核中”,不能撤回" in stale.text


def test_a_self_evaluation_withdrawn_may_be_changed_again(web: WebEnv) -> None:
    editor, approver = web.client("editor_own"), web.client("approver_own")
    _save_actuals(editor)
    page = approver.get(SELF_EVALUATION).text
    page = _post(approver, f"{DOC}/stages/self-evaluation/submit", round="", version=_version(page))
    _post(approver, f"{DOC}/stages/self-evaluation/withdraw", round="", version=_version(page))
    assert "保存年末实际值</button>" in editor.get(SELF_EVALUATION).text
    _save_actuals(editor)
