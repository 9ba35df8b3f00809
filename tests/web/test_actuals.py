"""/actuals/{department}/{year}: spending, progress and year-end records (one POST, GET lists),
and the bulk upload of a CSV or Excel table (one transaction; errors name file, row, column)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from web.conftest import FIXTURES, OTHER_DEPARTMENT, OWN_DEPARTMENT, YEAR, WebEnv
from web.web_support import denied_read, problem

OWN = f"/api/v1/actuals/{quote(OWN_DEPARTMENT, safe='')}/{YEAR}"
OTHER = f"/api/v1/actuals/{quote(OTHER_DEPARTMENT, safe='')}/{YEAR}"
PROJECT = "侨务工作经费"
SPEND = {"project": PROJECT, "date": "2020-06-30", "amount": "1.2", "economic_category": "接待费"}
PROGRESS = {
    "ref": {"project": PROJECT, "indicator": "举办联谊活动次数"},
    "date": "2020-06-30",
    "value": "3",
    "unit": "次",
}
YEAR_END = {
    "ref": {"goal": 1, "indicator": "职工出勤率"},
    "value": "97",
    "unit": "%",
}
ACTUALS_CSV = FIXTURES / "xingtai-2020-actuals.csv"


def _upload(client: Any, data: bytes, name: str = "实际数.csv", **params: Any) -> Any:
    files = {"file": (name, data, "text/csv")}
    return client.post(OWN + "/import", files=files, params=params)


def test_records_are_posted_one_at_a_time_and_listed(web: WebEnv) -> None:
    editor = web.client("editor_own")
    for kind, body in (("spending", SPEND), ("progress", PROGRESS), ("year-end", YEAR_END)):
        response = editor.post(f"{OWN}/{kind}", json=body)
        assert response.status_code == 201, (kind, response.text)
    assert editor.get(OWN + "/spending").json()[0]["amount"] == "1.2"
    assert editor.get(OWN + "/progress").json()[0]["ref"]["indicator"] == "举办联谊活动次数"
    assert editor.get(OWN + "/year-end").json()[0]["value"] == "97"
    everything = web.client("reviewer_own").get(OWN).json()
    assert (
        len(everything["spending"]),
        len(everything["progress"]),
        len(everything["year_end"]),
    ) == (1, 1, 1)


def test_a_record_naming_an_unknown_project_is_refused_with_near_names(web: WebEnv) -> None:
    body = problem(
        web.client("editor_own").post(OWN + "/spending", json={**SPEND, "project": "侨务经费"}), 422
    )
    assert PROJECT in body["detail"]
    assert web.client("editor_own").get(OWN + "/spending").json() == []


def test_an_invalid_record_is_a_problem_at_its_field(shared_web: WebEnv) -> None:
    editor = shared_web.client("editor_own")
    problem(
        editor.post(OWN + "/spending", json={**SPEND, "date": "2020-13-01"}), 422, ["body", "date"]
    )
    problem(
        editor.post(OWN + "/spending", json={**SPEND, "amount": "很多"}), 422, ["body", "amount"]
    )
    no_indicator = {**PROGRESS, "ref": {"project": PROJECT}}
    problem(editor.post(OWN + "/progress", json=no_indicator), 422, ["body", "ref", "indicator"])


def test_recording_is_for_the_department_reading_for_its_scope(shared_web: WebEnv) -> None:
    problem(shared_web.client("reviewer_own").post(OWN + "/spending", json=SPEND), 403)
    problem(shared_web.client("editor_other").post(OWN + "/spending", json=SPEND), 403)
    denied_read(shared_web.client("editor_own").get(OTHER))
    denied_read(shared_web.client("anonymous").get(OWN + "/spending"))
    denied_read(shared_web.client("reviewer_other").get(OWN + "/progress"))


def test_a_table_is_uploaded_whole(web: WebEnv) -> None:
    response = _upload(web.client("editor_own"), ACTUALS_CSV.read_bytes())
    assert response.status_code == 201, response.text
    counts = response.json()
    assert counts["spending"] > 0 and counts["year_end"] > 0
    stored = web.client("editor_own").get(OWN).json()
    assert len(stored["spending"]) == counts["spending"]


def test_a_bad_row_stores_nothing_and_names_file_row_and_column(web: WebEnv) -> None:
    lines = ACTUALS_CSV.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace("2020-12-20", "2020-02-31")
    body = problem(_upload(web.client("editor_own"), "\n".join(lines).encode(), "坏表.csv"), 422)
    assert "坏表.csv" in body["detail"] and "第4行" in body["detail"] and "日期" in body["detail"]
    assert "/tmp" not in body["detail"]
    assert web.client("editor_own").get(OWN + "/spending").json() == []


def test_replace_with_an_empty_table_needs_allow_empty(web: WebEnv) -> None:
    editor = web.client("editor_own")
    assert editor.post(OWN + "/spending", json=SPEND).status_code == 201
    header = ACTUALS_CSV.read_text(encoding="utf-8").splitlines()[0].encode()
    problem(_upload(editor, header, replace=True), 422)
    assert len(editor.get(OWN + "/spending").json()) == 1
    emptied = _upload(editor, header, replace=True, allow_empty=True)
    assert emptied.status_code == 201
    assert editor.get(OWN + "/spending").json() == []


def test_only_csv_and_xlsx_are_accepted(shared_web: WebEnv) -> None:
    body = problem(_upload(shared_web.client("editor_own"), b"x", "实际数.xls"), 422)
    assert ".csv" in body["detail"]
