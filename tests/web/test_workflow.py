"""The workflow over HTTP: submit (the review runs; errors need explanations), start review,
comment, return with reasons, resubmit, approve (a version kept), publish (the public reads
it), adjustment (a new draft, the approved version in force), versions and their comparison;
stale versions and forbidden transitions."""

from __future__ import annotations

from typing import Any

from web.conftest import OWN_DEPARTMENT, OWN_REGION, OWN_REGION_CODE, YEAR, WebEnv, xingtai
from web.web_support import denied_read, path, problem

DOC = path(OWN_DEPARTMENT, YEAR)
FLOW = DOC + "/workflow"
TARGET = path(OWN_DEPARTMENT, YEAR, "projects", "侨务工作经费", "indicators", "举办联谊活动次数")


def _post(env: WebEnv, who: str, action: str, body: Any = None, **params: Any) -> Any:
    client = env.client(who)
    if body is None:
        return client.post(f"{FLOW}/{action}", params=params)
    return client.post(f"{FLOW}/{action}", json=body, params=params)


def _state(env: WebEnv, who: str = "admin") -> dict[str, Any]:
    response = env.client(who).get(FLOW)
    assert response.status_code == 200, response.text
    status: dict[str, Any] = response.json()["status"]
    return status


def _explain_errors(env: WebEnv) -> None:
    """Run the review and explain every error (as the department's editor)."""
    assert env.client("editor_own").post(DOC + "/review").status_code == 200
    for item in env.client("editor_own").get(DOC + "/findings").json():
        if item["finding"]["severity"] == "error":
            url = f"{DOC}/findings/{item['number']}/explanations"
            response = env.client("editor_own").post(url, json={"text": "已核实,原文如此"})
            assert response.status_code == 200, response.text
            assert response.json()["explanation"]["text"] == "已核实,原文如此"


def _submit(env: WebEnv) -> dict[str, Any]:
    _explain_errors(env)
    response = _post(env, "approver_own", "submit", {"explanations": {}})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_the_status_names_state_version_and_what_the_caller_may_do(web: WebEnv) -> None:
    body = web.client("approver_own").get(FLOW).json()
    assert body["status"]["state"] == "草稿" and body["status"]["stage"] == "申报"
    assert "提交" in body["allowed"]
    assert "批复" not in body["allowed"]
    reviewer = web.client("reviewer_own").get(FLOW).json()
    assert "提交" not in reviewer["allowed"]
    denied_read(web.client("editor_other").get(FLOW))
    denied_read(web.client("anonymous").get(FLOW + "/history"))


def test_an_unexplained_error_blocks_the_submission(web: WebEnv) -> None:
    web.client("editor_own").post(DOC + "/review")
    errors = [
        f
        for f in web.client("editor_own").get(DOC + "/findings").json()
        if f["finding"]["severity"] == "error"
    ]
    if not errors:  # the reference document has no error: make one (an unreadable budget sum)
        read = web.client("editor_own").get(DOC).json()
        document = read["document"]
        document["budget"]["expenditure"]["total"] = "1"
        saved = web.client("editor_own").put(
            DOC, json={"version": read["version"], "document": document}
        )
        assert saved.status_code == 200, saved.text
        web.client("editor_own").post(DOC + "/review")
        errors = [
            f
            for f in web.client("editor_own").get(DOC + "/findings").json()
            if f["finding"]["severity"] == "error"
        ]
    assert errors
    blocked = problem(_post(web, "approver_own", "submit", {"explanations": {}}), 409)
    assert errors[0]["key"] in blocked["detail"]
    assert _state(web)["state"] == "草稿"
    explanations = {e["key"]: "口径不同,已说明" for e in errors}
    done = _post(web, "approver_own", "submit", {"explanations": explanations})
    assert done.status_code == 200, done.text
    assert done.json()["status"]["state"] == "已提交"
    seen = web.client("reviewer_own").get(DOC + "/findings").json()
    explained = [f for f in seen if f["finding"]["severity"] == "error"]
    assert all(f["explanation"]["text"] == "口径不同,已说明" for f in explained)


def test_the_whole_declaration_from_draft_to_published_and_adjusted(web: WebEnv) -> None:
    submitted = _submit(web)
    assert submitted["status"]["state"] == "已提交"
    read = web.client("editor_own").get(DOC).json()  # submitted: no longer editable
    body = {"version": read["version"], "document": read["document"]}
    problem(web.client("editor_own").put(DOC, json=body), 409)
    problem(web.client("editor_own").put(TARGET + "/target", json={"target": "≥9次"}), 409)
    assert _post(web, "reviewer_own", "start-review").json()["status"]["state"] == "审核中"
    comment = web.client("reviewer_own").post(
        f"{DOC}/findings/1/comments", json={"text": "请补充测算依据"}
    )
    assert comment.status_code == 200, comment.text
    assert (
        web.client("editor_own").get(f"{DOC}/findings/1/comments").json()[0]["text"]
        == "请补充测算依据"
    )
    reasons = [{"location": "项目“侨务工作经费”/举办联谊活动次数", "reason": "指标值低于上年"}]
    returned = _post(web, "reviewer_own", "return", {"reasons": reasons})
    assert returned.json()["status"]["state"] == "退回", returned.text
    history = web.client("editor_own").get(FLOW + "/history").json()
    assert history[-1]["action"] == "退回" and history[-1]["reasons"] == reasons
    # The department edits the returned draft, then resubmits.
    version = web.client("editor_own").get(TARGET).json()["version"]
    edited = web.client("editor_own").put(
        TARGET + "/target", json={"target": "≥8次", "version": version}
    )
    assert edited.status_code == 200, edited.text
    _explain_errors(web)  # the new target contradicts the prose: a new error, explained
    resubmitted = _post(web, "approver_own", "submit", {})
    assert resubmitted.status_code == 200, resubmitted.text
    assert resubmitted.json()["status"]["state"] == "已提交"
    _post(web, "reviewer_own", "start-review")
    approved = _post(web, "reviewer_own", "approve")
    assert approved.status_code == 200, approved.text
    assert approved.json()["status"]["state"] == "已批复" and approved.json()["version_number"] == 1
    denied_read(web.client("anonymous").get(DOC))
    published = _post(web, "reviewer_own", "publish")
    assert published.json()["status"]["state"] == "已公开"
    anonymous = web.client("anonymous")
    public = anonymous.get(DOC)
    assert public.status_code == 200 and public.json()["state"] == "已公开"
    assert anonymous.get(DOC + "/projects").status_code == 200
    listed = anonymous.get("/api/v1/documents").json()["items"]
    assert [(i["department"], i["state"]) for i in listed] == [(OWN_DEPARTMENT, "已公开")]
    web.workspace.save(
        xingtai(OWN_DEPARTMENT, OWN_REGION, OWN_REGION_CODE).model_copy(
            update={"fiscal_year": YEAR + 1}
        )
    )  # a draft of the next year: not the public's to know of
    seen = anonymous.get("/api/v1/departments").json()
    assert [(d["name"], d["fiscal_years"]) for d in seen] == [(OWN_DEPARTMENT, [YEAR])]
    assert len(anonymous.get("/api/v1/regions").json()) == 1
    denied_read(anonymous.get(DOC + "/findings"))  # the review stays between the parties
    versions = web.client("reviewer_own").get(DOC + "/versions").json()
    assert [v["number"] for v in versions] == [1] and versions[0]["published_by"] == "reviewer-own"
    # An adjustment: a new draft, the approved version stays in force until approved again.
    adjusting = _post(web, "editor_own", "adjustment", {"reason": "年中预算调整"})
    assert adjusting.status_code == 200, adjusting.text
    assert adjusting.json()["status"]["state"] == "草稿" and adjusting.json()["status"]["adjusting"]
    version = web.client("editor_own").get(TARGET).json()["version"]
    web.client("editor_own").put(TARGET + "/target", json={"target": "≥10次", "version": version})
    public_now = web.client("anonymous").get(DOC).json()  # still the approved version
    assert public_now["state"] == "已公开"
    assert public_now["document"]["projects"][0]["indicators"][0]["target"]["value"] == "8"
    assert web.client("editor_own").get(DOC).json()["state"] == "草稿"
    problem(web.client("anonymous").get(DOC + "/workflow"), 404)
    listed = web.client("anonymous").get("/api/v1/documents", params={"state": "已公开"}).json()
    assert [i["department"] for i in listed["items"]] == [OWN_DEPARTMENT]
    changes = web.client("approver_own").get(DOC + "/versions/compare", params={"old": 1}).json()
    assert any("举办联谊活动次数" in c["where"] and c["after"].endswith("10次") for c in changes), (
        changes
    )
    status = web.client("approver_own").get(FLOW).json()
    assert status["in_force"] == 1 and status["published"] == 1


def test_a_transition_on_a_stale_version_is_409_with_what_happened(web: WebEnv) -> None:
    _explain_errors(web)
    version = _state(web)["version"]
    moved = web.client("editor_own").put(TARGET + "/target", json={"target": "≥5次"})
    assert moved.status_code == 200, moved.text
    stale = _post(web, "approver_own", "submit", {}, version=version)
    body = problem(stale, 409)
    assert body["expected"] == version and body["changes"]
    assert _state(web)["state"] == "草稿"
    fresh = _post(web, "approver_own", "submit", {}, version=_state(web)["version"])
    assert fresh.status_code == 200, fresh.text


def test_forbidden_transitions_are_refused_and_change_nothing(web: WebEnv) -> None:
    before = _state(web)
    problem(_post(web, "reviewer_own", "approve"), 409)  # a draft is not under review
    problem(_post(web, "reviewer_own", "publish"), 409)
    problem(_post(web, "approver_own", "withdraw"), 409)
    problem(_post(web, "editor_own", "submit", {}), 403)  # an editor does not submit
    problem(_post(web, "approver_own", "start-review"), 403)
    problem(_post(web, "reviewer_other", "start-review"), 403)
    problem(_post(web, "editor_own", "adjustment", {"reason": "无"}), 409)  # nothing approved
    assert _state(web) == before


def test_the_approver_who_edited_cannot_submit_their_own_edit(web: WebEnv) -> None:
    _explain_errors(web)
    version = web.client("approver_own").get(TARGET).json()["version"]
    edited = web.client("approver_own").put(
        TARGET + "/target", json={"target": "≥6次", "version": version}
    )
    assert edited.status_code == 200
    body = problem(_post(web, "approver_own", "submit", {}), 409)
    assert "职责分离" in body["detail"]


def test_bad_transition_bodies_are_problems_at_their_fields(shared_web: WebEnv) -> None:
    problem(_post(shared_web, "reviewer_own", "return", {"reasons": []}), 422, ["body", "reasons"])
    problem(
        _post(shared_web, "reviewer_own", "return", {"reasons": [{"location": "x"}]}),
        422,
        ["body", "reasons", 0, "reason"],
    )
    problem(_post(shared_web, "editor_own", "adjustment", {"reason": ""}), 422, ["body", "reason"])
    problem(shared_web.client("admin").get(FLOW, params={"stage": "审批"}), 422, ["query", "stage"])
    body = problem(
        shared_web.client("admin").get(DOC + "/versions/compare", params={"old": 3}), 422
    )
    assert "第 3 版" in body["detail"]


def test_a_missing_finding_is_named(shared_web: WebEnv) -> None:
    body = problem(shared_web.client("admin").get(DOC + "/findings/99"), 422)
    assert "第 99 条" in body["detail"]
    problem(shared_web.client("admin").get(DOC + "/findings/0"), 422, ["path", "number"])


def test_monitoring_rounds_have_their_own_workflow(web: WebEnv) -> None:
    params = {"stage": "监控", "round": "1-6月"}
    body = web.client("approver_own").get(FLOW, params=params).json()
    assert body["status"]["stage"] == "监控" and body["status"]["round"] == "1-6月"
    submitted = web.client("approver_own").post(f"{FLOW}/submit", json={}, params=params)
    assert submitted.status_code == 200, submitted.text
    assert submitted.json()["status"]["state"] == "已提交"
    assert _state(web)["state"] == "草稿"  # the declaration is untouched
