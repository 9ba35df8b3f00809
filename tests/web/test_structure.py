"""Goals, projects and indicators nested under a document (read), and one indicator's target
edited in a draft with its version."""

from __future__ import annotations

from fastapi.testclient import TestClient

from web.conftest import OTHER_DEPARTMENT, OWN_DEPARTMENT, YEAR, WebEnv
from web.test_workflow import _submit
from web.web_support import denied_read, path, problem

PROJECT = "侨务工作经费"
INDICATOR = "举办联谊活动次数"
GOAL_INDICATOR = "职工年度考核通过率"


def test_projects_are_listed_and_read_by_name(shared_web: WebEnv) -> None:
    client = shared_web.client("editor_own")
    listed = client.get(path(OWN_DEPARTMENT, YEAR, "projects"))
    assert listed.status_code == 200, listed.text
    assert [p["name"] for p in listed.json()] == [PROJECT]
    one = client.get(path(OWN_DEPARTMENT, YEAR, "projects", PROJECT)).json()
    assert one["project"]["name"] == PROJECT and one["version"] >= 1
    assert len(one["project"]["indicators"]) == 28


def test_goals_are_listed_and_read_by_number(shared_web: WebEnv) -> None:
    client = shared_web.client("reviewer_own")
    goals = client.get(path(OWN_DEPARTMENT, YEAR, "goals")).json()
    assert [g["number"] for g in goals] == [1, 2, 3]
    goal = client.get(path(OWN_DEPARTMENT, YEAR, "goals", "2")).json()
    assert goal["goal"]["number"] == 2
    assert goal["goal"]["indicators"][0]["name"] == "车辆正常运行率"


def test_indicators_of_a_project_and_of_a_goal(shared_web: WebEnv) -> None:
    client = shared_web.client("approver_own")
    project = client.get(path(OWN_DEPARTMENT, YEAR, "projects", PROJECT, "indicators")).json()
    assert len(project["indicators"]) == 28
    one = client.get(path(OWN_DEPARTMENT, YEAR, "projects", PROJECT, "indicators", INDICATOR))
    assert one.status_code == 200
    assert one.json()["indicator"]["name"] == INDICATOR
    goal = client.get(path(OWN_DEPARTMENT, YEAR, "goals", "1", "indicators")).json()
    assert goal["indicators"][0]["name"] == GOAL_INDICATOR
    single = client.get(path(OWN_DEPARTMENT, YEAR, "goals", "1", "indicators", GOAL_INDICATOR))
    assert single.json()["indicator"]["name"] == GOAL_INDICATOR


def test_a_missing_part_is_not_found_in_chinese(shared_web: WebEnv) -> None:
    client = shared_web.client("admin")
    body = problem(client.get(path(OWN_DEPARTMENT, YEAR, "projects", "无此项目")), 404)
    assert PROJECT in body["detail"]  # the names that exist, for the owner
    problem(client.get(path(OWN_DEPARTMENT, YEAR, "goals", "9")), 404)
    problem(client.get(path(OWN_DEPARTMENT, YEAR, "projects", PROJECT, "indicators", "无")), 404)
    problem(client.get(path(OWN_DEPARTMENT, YEAR, "goals", "0")), 422, ["path", "number"])


def test_parts_out_of_scope_are_not_found_without_data(shared_web: WebEnv) -> None:
    denied_read(shared_web.client("editor_own").get(path(OTHER_DEPARTMENT, YEAR, "projects")))
    denied_read(shared_web.client("anonymous").get(path(OWN_DEPARTMENT, YEAR, "goals", "1")))
    denied_read(
        shared_web.client("reviewer_other").get(
            path(OWN_DEPARTMENT, YEAR, "projects", PROJECT, "indicators", INDICATOR)
        )
    )


def test_an_indicator_s_target_is_edited_in_a_draft_with_its_version(web: WebEnv) -> None:
    client = web.client("editor_own")
    url = path(OWN_DEPARTMENT, YEAR, "projects", PROJECT, "indicators", INDICATOR)
    version = client.get(url).json()["version"]
    edited = client.put(url + "/target", json={"target": "不少于8次", "version": version})
    assert edited.status_code == 200, edited.text
    assert edited.json()["version"] == version + 1
    assert edited.headers["etag"] == f'"{version + 1}"'
    again = client.get(url).json()["indicator"]
    assert again["target"]["operator"] == "≥" and again["target"]["value"] == "8"
    problem(client.put(url + "/target", json={"target": "≥9次", "version": version}), 409)


def test_a_goal_indicator_s_target_is_edited_too(web: WebEnv) -> None:
    client = web.client("approver_own")
    url = path(OWN_DEPARTMENT, YEAR, "goals", "1", "indicators", GOAL_INDICATOR)
    edited = client.put(url + "/target", json={"target": "≥98%"})
    assert edited.status_code == 200, edited.text
    assert edited.json()["indicator"]["target"]["value"] == "98"


def test_an_unreadable_target_is_a_problem_at_the_field_and_changes_nothing(web: WebEnv) -> None:
    client = web.client("editor_own")
    url = path(OWN_DEPARTMENT, YEAR, "projects", PROJECT, "indicators", INDICATOR)
    before = client.get(url).json()
    problem(client.put(url + "/target", json={"target": "≥≥"}), 422, ["body", "target"])
    problem(client.put(url + "/target", json={}), 422, ["body", "target"])
    assert client.get(url).json() == before


def test_only_the_department_edits_a_target(web: WebEnv) -> None:
    url = path(OWN_DEPARTMENT, YEAR, "projects", PROJECT, "indicators", INDICATOR, "target")
    problem(web.client("reviewer_own").put(url, json={"target": "≥1次"}), 403)
    problem(web.client("editor_other").put(url, json={"target": "≥1次"}), 403)


def test_a_project_read_alone_is_the_project_of_the_whole_document(shared_web: WebEnv) -> None:
    client = shared_web.client("editor_own")
    whole = client.get(path(OWN_DEPARTMENT, YEAR)).json()
    alone = client.get(path(OWN_DEPARTMENT, YEAR, "projects", PROJECT)).json()
    assert alone["project"] == whole["document"]["projects"][0]
    assert alone["version"] == whole["version"]


def test_a_project_read_again_after_an_edit_shows_the_edit(web: WebEnv) -> None:
    """Reads of a project are kept per worker by document id and revision: the read after a
    write must see the write, with the new version."""
    client = web.client("editor_own")
    project_url = path(OWN_DEPARTMENT, YEAR, "projects", PROJECT)
    before = client.get(project_url).json()
    assert client.get(project_url).json() == before  # the second read is the kept one
    url = path(OWN_DEPARTMENT, YEAR, "projects", PROJECT, "indicators", INDICATOR)
    edited = client.put(url + "/target", json={"target": "不少于8次", "version": before["version"]})
    assert edited.status_code == 200, edited.text
    after = client.get(project_url).json()
    assert after["version"] == before["version"] + 1
    [indicator] = [i for i in after["project"]["indicators"] if i["name"] == INDICATOR]
    assert indicator["target"]["text"] == "不少于8次"
    assert after["project"] != before["project"]


def test_a_revoked_token_reads_no_project_at_once(web: WebEnv) -> None:
    owner = web.client("editor_own")
    created = owner.post("/api/v1/tokens", json={"name": "读取脚本"}).json()
    script = TestClient(owner.app, headers={"Authorization": f"Bearer {created['secret']}"})
    project_url = path(OWN_DEPARTMENT, YEAR, "projects", PROJECT)
    assert script.get(project_url).status_code == 200
    assert owner.delete(f"/api/v1/tokens/{created['token']['id']}").status_code == 204
    refused = script.get(project_url)
    assert refused.status_code == 401 and "project" not in refused.json()


def test_a_kept_project_answer_is_the_rendered_model_with_the_current_version(
    web: WebEnv,
) -> None:
    """The rendered answer is kept by document id, revision and workflow version: it reads
    as the listing renders the project, and a workflow step (a new version, the same
    document) shows at once."""
    client = web.client("editor_own")
    project_url = path(OWN_DEPARTMENT, YEAR, "projects", PROJECT)
    first = client.get(project_url)
    assert first.headers["content-type"] == "application/json"
    listed = client.get(path(OWN_DEPARTMENT, YEAR, "projects")).json()
    assert first.json()["project"] == listed[0]
    assert client.get(project_url).content == first.content
    submitted = _submit(web)
    after = client.get(project_url).json()
    assert after["version"] == submitted["status"]["version"] > first.json()["version"]
    assert after["project"] == first.json()["project"]
