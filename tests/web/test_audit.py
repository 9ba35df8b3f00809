"""The audit log over HTTP (administrators): paged entries, and its chain verified; a row
changed in the database is found and named."""

from __future__ import annotations

import re
import sqlite3

from web.conftest import OWN_DEPARTMENT, YEAR, WebEnv
from web.web_support import denied_read, problem


def test_every_write_is_in_the_paged_log(web: WebEnv) -> None:
    admin = web.client("admin")
    before = admin.get("/api/v1/audit").json()["total"]
    spend = {"project": "侨务工作经费", "date": "2020-06-30", "amount": "1"}
    url = f"/api/v1/actuals/{OWN_DEPARTMENT}/{YEAR}/spending"
    assert web.client("editor_own").post(url, json=spend).status_code == 201
    page = admin.get("/api/v1/audit", params={"offset": before, "limit": 10}).json()
    assert page["total"] == before + 1
    entry = page["items"][0]
    assert entry["number"] == before + 1
    assert entry["actor"] == "editor-own" and entry["role"] == "单位填报人"
    first = admin.get("/api/v1/audit", params={"limit": 2}).json()["items"]
    assert [e["number"] for e in first] == [1, 2]
    assert first[1]["prev_hash"] == first[0]["hash"]


def test_the_chain_verifies_and_a_changed_row_is_named(web: WebEnv) -> None:
    admin = web.client("admin")
    whole = admin.get("/api/v1/audit/verify").json()
    assert whole["intact"] is True and whole["count"] >= 2
    database = re.sub(r"^sqlite:///", "", web.workspace.url)
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE audit_log SET actor = 'mallory' WHERE number = 2")
    broken = admin.get("/api/v1/audit/verify").json()
    assert broken["intact"] is False
    assert "第 2 条" in broken["message"]


def test_only_administrators_read_the_log(shared_web: WebEnv) -> None:
    for key in ("editor_own", "approver_own", "reviewer_own", "anonymous"):
        denied_read(shared_web.client(key).get("/api/v1/audit"))
        denied_read(shared_web.client(key).get("/api/v1/audit/verify"))


def test_bad_paging_is_a_problem_at_the_field(shared_web: WebEnv) -> None:
    admin = shared_web.client("admin")
    problem(admin.get("/api/v1/audit", params={"limit": 0}), 422, ["query", "limit"])
    problem(admin.get("/api/v1/audit", params={"offset": -1}), 422, ["query", "offset"])
