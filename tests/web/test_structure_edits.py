"""The declaration editor's edits through the API: a goal's text and money, a project's fields,
an indicator renamed, recategorised, re-weighted, added and deleted; each at the version read
(body ``version`` or If-Match), answered with the new one, audited, and refused with a Chinese
problem at the field when a value cannot be taken (nothing changed)."""

from __future__ import annotations

from typing import Any

from web.conftest import OTHER_DEPARTMENT, OWN_DEPARTMENT, YEAR, WebEnv
from web.web_support import path, problem

PROJECT = "侨务工作经费"
INDICATOR = "举办联谊活动次数"
OTHER_INDICATOR = "召开工作会议次数"
GOAL_INDICATOR = "职工年度考核通过率"


def _document(web: WebEnv) -> dict[str, Any]:
    answer = web.client("admin").get(path(OWN_DEPARTMENT, YEAR))
    assert answer.status_code == 200, answer.text
    document: dict[str, Any] = answer.json()
    return document


def _audit_actions(web: WebEnv) -> list[str]:
    entries = web.client("admin").get("/api/v1/audit", params={"limit": 1000}).json()
    return [entry["action"] for entry in entries["items"]]


def test_a_goal_s_text_and_money_are_edited_at_the_version_read(web: WebEnv) -> None:
    client = web.client("editor_own")
    url = path(OWN_DEPARTMENT, YEAR, "goals", "1")
    version = client.get(url).json()["version"]
    saves = _audit_actions(web).count("保存文档")
    edited = client.patch(
        url,
        json={"text": "保障机关正常运转", "funding_amount": "70.5", "version": version},
    )
    assert edited.status_code == 200, edited.text
    assert edited.headers["etag"] == f'"{version + 1}"'
    goal = client.get(url).json()["goal"]
    assert goal["text"] == "保障机关正常运转"
    assert goal["funding_block"]["amount"] == "70.5"
    assert goal["indicators"][0]["name"] == GOAL_INDICATOR  # untouched fields stay
    assert _audit_actions(web).count("保存文档") == saves + 1
    history = client.get(path(OWN_DEPARTMENT, YEAR, "workflow", "history")).json()
    assert "目标内容" in history[-1]["note"] and "资金" in history[-1]["note"]


def test_a_goal_is_added_after_the_last(web: WebEnv) -> None:
    client = web.client("approver_own")
    added = client.post(path(OWN_DEPARTMENT, YEAR, "goals"), json={"text": "完成侨务宣传任务"})
    assert added.status_code == 201, added.text
    assert added.json()["goal"]["number"] == 4
    numbers = [g["number"] for g in client.get(path(OWN_DEPARTMENT, YEAR, "goals")).json()]
    assert numbers == [1, 2, 3, 4]
    problem(
        client.post(path(OWN_DEPARTMENT, YEAR, "goals"), json={"text": "  "}), 422, ["body", "text"]
    )


def test_a_project_s_fields_are_edited_and_it_is_renamed(web: WebEnv) -> None:
    client = web.client("editor_own")
    url = path(OWN_DEPARTMENT, YEAR, "projects", PROJECT)
    version = client.get(url).json()["version"]
    edited = client.patch(
        url,
        json={
            "name": "侨务工作专项经费",
            "implementing_unit": "邢台市侨联办公室",
            "budget": 12.5,
            "fiscal_funds": "12.5",
            "period": "2020年1月-12月",
            "annual_goal": "开展联谊活动,服务侨胞",
        },
        headers={"If-Match": f'"{version}"'},
    )
    assert edited.status_code == 200, edited.text
    project = edited.json()["project"]
    assert project["name"] == "侨务工作专项经费" and project["budget"] == "12.5"
    assert project["implementing_unit"] == "邢台市侨联办公室"
    assert len(project["indicators"]) == 28
    problem(client.get(url), 404)  # the old name is gone
    renamed = client.get(path(OWN_DEPARTMENT, YEAR, "projects", "侨务工作专项经费")).json()
    assert renamed["project"]["period"] == "2020年1月-12月"


def test_bad_project_fields_are_refused_at_the_field_and_change_nothing(web: WebEnv) -> None:
    client = web.client("editor_own")
    url = path(OWN_DEPARTMENT, YEAR, "projects", PROJECT)
    before = _document(web)
    body = problem(client.patch(url, json={"budget": "十二万"}), 422, ["body", "budget"])
    assert "“十二万”不是数字" in body["detail"]
    problem(client.patch(url, json={"budget": "-3"}), 422, ["body", "budget"])
    problem(client.patch(url, json={"name": " "}), 422, ["body", "name"])
    problem(client.patch(url, json={"nonsense": "1"}), 422)
    problem(client.post(path(OWN_DEPARTMENT, YEAR, "projects"), json={"name": PROJECT}), 422)
    assert _document(web) == before


def test_a_project_is_added(web: WebEnv) -> None:
    client = web.client("editor_own")
    added = client.post(
        path(OWN_DEPARTMENT, YEAR, "projects"),
        json={"name": "归侨侨眷帮扶经费", "budget": "3", "implementing_unit": "邢台市侨联"},
    )
    assert added.status_code == 201, added.text
    names = [p["name"] for p in client.get(path(OWN_DEPARTMENT, YEAR, "projects")).json()]
    assert names == [PROJECT, "归侨侨眷帮扶经费"]


def test_an_indicator_is_renamed_recategorised_and_reweighted(web: WebEnv) -> None:
    client = web.client("editor_own")
    url = path(OWN_DEPARTMENT, YEAR, "projects", PROJECT, "indicators", INDICATOR)
    edited = client.patch(
        url,
        json={
            "name": "举办侨界联谊活动次数",
            "category": "output",
            "subcategory": "quantity",
            "weight": "8",
            "direction": "positive",
            "target_basis": "plan",
        },
    )
    assert edited.status_code == 200, edited.text
    indicator = edited.json()["indicator"]
    assert indicator["name"] == "举办侨界联谊活动次数" and indicator["weight"] == "8"
    assert indicator["target_basis"] == "plan" and indicator["direction"] == "positive"
    problem(client.get(url), 404)
    history = client.get(path(OWN_DEPARTMENT, YEAR, "workflow", "history")).json()
    assert "举办侨界联谊活动次数" in history[-1]["note"]


def test_a_rename_to_a_name_already_used_is_refused_at_the_name(web: WebEnv) -> None:
    client = web.client("editor_own")
    url = path(OWN_DEPARTMENT, YEAR, "projects", PROJECT, "indicators", INDICATOR)
    body = problem(client.patch(url, json={"name": OTHER_INDICATOR}), 422, ["body", "name"])
    assert f"已有“{OTHER_INDICATOR}”" in body["detail"]
    mixed = client.patch(url, json={"category": "outcome", "subcategory": "quantity"})
    assert "不属于一级指标" in problem(mixed, 422, ["body", "subcategory"])["detail"]
    problem(client.patch(url, json={"weight": "很多"}), 422, ["body", "weight"])


def test_an_indicator_is_added_to_a_goal_and_deleted_with_its_version(web: WebEnv) -> None:
    client = web.client("editor_own")
    indicators = path(OWN_DEPARTMENT, YEAR, "goals", "1", "indicators")
    added = client.post(indicators, json={"name": "侨务信息报送篇数", "target": "≥10篇"})
    assert added.status_code == 201, added.text
    assert added.json()["indicator"]["target"]["value"] == "10"
    version = added.json()["version"]
    one = path(OWN_DEPARTMENT, YEAR, "goals", "1", "indicators", "侨务信息报送篇数")
    problem(client.delete(one, params={"version": version - 1}), 409)
    deleted = client.delete(one, headers={"If-Match": f'"{version}"'})
    assert deleted.status_code == 204, deleted.text
    assert deleted.headers["etag"] == f'"{version + 1}"'
    problem(client.get(one), 404)
    problem(client.delete(one), 404)


def test_an_indicator_with_recorded_progress_is_neither_renamed_nor_deleted(web: WebEnv) -> None:
    client = web.client("editor_own")
    recorded = client.post(
        f"/api/v1/actuals/{OWN_DEPARTMENT}/{YEAR}/progress",
        json={
            "ref": {"project": PROJECT, "indicator": INDICATOR},
            "date": "2020-06-30",
            "value": "3",
            "unit": "次",
        },
    )
    assert recorded.status_code < 300, recorded.text
    url = path(OWN_DEPARTMENT, YEAR, "projects", PROJECT, "indicators", INDICATOR)
    body = problem(client.delete(url), 422, ["body", "name"])
    assert "实际数记录" in body["detail"]
    problem(client.patch(url, json={"name": "新名称"}), 422, ["body", "name"])
    renamed_project = client.patch(
        path(OWN_DEPARTMENT, YEAR, "projects", PROJECT), json={"name": "X"}
    )
    problem(renamed_project, 422, ["body", "name"])
    assert client.patch(url, json={"weight": "5"}).status_code == 200  # other fields may change


def test_only_the_department_edits_its_structure(web: WebEnv) -> None:
    url = path(OWN_DEPARTMENT, YEAR, "projects", PROJECT)
    before = _document(web)
    problem(web.client("reviewer_own").patch(url, json={"period": "2021年"}), 403)
    problem(web.client("editor_other").patch(url, json={"period": "2021年"}), 403)
    problem(web.client("anonymous").delete(url + f"/indicators/{INDICATOR}"), 403)
    assert _document(web) == before
    theirs = path(OTHER_DEPARTMENT, YEAR, "goals")
    problem(web.client("editor_own").post(theirs, json={"text": "越权"}), 403)


def test_a_goal_and_a_project_are_deleted_with_their_indicators(web: WebEnv) -> None:
    client = web.client("editor_own")
    version = client.get(path(OWN_DEPARTMENT, YEAR, "goals", "2")).json()["version"]
    deleted = client.delete(path(OWN_DEPARTMENT, YEAR, "goals", "2"), params={"version": version})
    assert deleted.status_code == 204, deleted.text
    numbers = [g["number"] for g in client.get(path(OWN_DEPARTMENT, YEAR, "goals")).json()]
    assert numbers == [1, 3]  # the others keep their numbers
    added = client.post(path(OWN_DEPARTMENT, YEAR, "projects"), json={"name": "临时项目"})
    assert added.status_code == 201, added.text
    gone = client.delete(path(OWN_DEPARTMENT, YEAR, "projects", "临时项目"))
    assert gone.status_code == 204, gone.text
    names = [p["name"] for p in client.get(path(OWN_DEPARTMENT, YEAR, "projects")).json()]
    assert names == [PROJECT]
    problem(client.delete(path(OWN_DEPARTMENT, YEAR, "projects", "临时项目")), 404)


def test_a_project_with_booked_spending_is_not_deleted(web: WebEnv) -> None:
    client = web.client("editor_own")
    booked = client.post(
        f"/api/v1/actuals/{OWN_DEPARTMENT}/{YEAR}/spending",
        json={"project": PROJECT, "date": "2020-06-30", "amount": "1.2"},
    )
    assert booked.status_code < 300, booked.text
    body = problem(client.delete(path(OWN_DEPARTMENT, YEAR, "projects", PROJECT)), 422)
    assert "实际数记录" in body["detail"]
    assert [p["name"] for p in client.get(path(OWN_DEPARTMENT, YEAR, "projects")).json()] == [
        PROJECT
    ]
