"""Review: run it on a stored document (findings stored), read the stored findings."""

from __future__ import annotations

from web.conftest import OTHER_DEPARTMENT, OWN_DEPARTMENT, YEAR, WebEnv
from web.web_support import denied_read, path, problem

RUN = path(OWN_DEPARTMENT, YEAR, "review")
FINDINGS = path(OWN_DEPARTMENT, YEAR, "findings")


def test_a_review_run_returns_and_stores_its_findings(web: WebEnv) -> None:
    reviewer = web.client("reviewer_own")
    assert reviewer.get(FINDINGS).json() == []
    response = reviewer.post(RUN)
    assert response.status_code == 200, response.text
    body = response.json()
    report = body["report"]
    assert report["department"] == OWN_DEPARTMENT and report["fiscal_year"] == YEAR
    assert body["saved"] == len(report["findings"]) > 0
    stored = web.client("editor_own").get(FINDINGS).json()
    assert [f["finding"]["code"] for f in stored] == [f["code"] for f in report["findings"]]
    assert [f["number"] for f in stored] == list(range(1, len(stored) + 1))
    assert all(f["key"].startswith(f["finding"]["code"] + "@") for f in stored)
    assert all(f["explanation"] is None and f["comment"] is None for f in stored)


def test_findings_are_read_only_in_scope(shared_web: WebEnv) -> None:
    denied_read(shared_web.client("editor_other").get(FINDINGS))
    denied_read(shared_web.client("anonymous").get(FINDINGS))
    denied_read(shared_web.client("reviewer_own").get(path(OTHER_DEPARTMENT, YEAR, "findings")))


def test_a_review_of_another_scope_or_a_missing_document_is_refused(shared_web: WebEnv) -> None:
    problem(shared_web.client("reviewer_other").post(RUN), 403)
    assert shared_web.client("anonymous").post(RUN).status_code in (401, 403)
    problem(shared_web.client("admin").post(path(OWN_DEPARTMENT, 1999, "review")), 404)


def test_an_explanation_is_kept_by_the_finding_s_key_across_reviews(web: WebEnv) -> None:
    editor = web.client("editor_own")
    assert editor.post(RUN).status_code == 200
    first = editor.get(FINDINGS + "/1").json()
    noted = editor.post(FINDINGS + "/1/explanations", json={"text": "原文如此,已核实"})
    assert noted.status_code == 200, noted.text
    assert noted.json()["explanation"]["author"] == "editor-own"
    assert web.client("reviewer_own").post(RUN).status_code == 200  # a new review
    again = editor.get(FINDINGS + "/1").json()
    assert again["key"] == first["key"]
    assert again["explanation"]["text"] == "原文如此,已核实"
    listed = web.client("reviewer_own").get(FINDINGS + "/1/explanations").json()
    assert [n["text"] for n in listed] == ["原文如此,已核实"]
    assert web.client("reviewer_own").get(FINDINGS + "/1/comments").json() == []


def test_notes_are_written_by_their_parties_in_their_states(web: WebEnv) -> None:
    web.client("editor_own").post(RUN)
    # A reviewer comments while reviewing, not on a draft; the department explains.
    problem(web.client("reviewer_own").post(FINDINGS + "/1/comments", json={"text": "意见"}), 409)
    problem(web.client("reviewer_own").post(FINDINGS + "/1/explanations", json={"text": "x"}), 403)
    problem(web.client("editor_own").post(FINDINGS + "/1/comments", json={"text": "x"}), 403)
    problem(web.client("editor_other").post(FINDINGS + "/1/explanations", json={"text": "x"}), 403)
    blank = web.client("editor_own").post(FINDINGS + "/1/explanations", json={"text": ""})
    problem(blank, 422, ["body", "text"])
    assert web.client("editor_own").get(FINDINGS + "/1").json()["explanation"] is None
