"""GET /region/evaluation and /region/monitoring: as ``jixiao region … --json``, for the
reviewers of the region and administrators."""

from __future__ import annotations

from web.conftest import OWN_DEPARTMENT, OWN_REGION_CODE, YEAR, WebEnv
from web.test_monitoring import cli_json
from web.web_support import denied_read, problem

EVALUATION = "/api/v1/region/evaluation"
MONITORING = "/api/v1/region/monitoring"


def test_a_reviewer_evaluates_their_region_as_the_cli_does(shared_web: WebEnv) -> None:
    params = {"year": YEAR, "code": "1305"}
    response = shared_web.client("reviewer_own").get(EVALUATION, params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert [p["department"] for p in body["projects"]] == [OWN_DEPARTMENT]
    assert body["summary"]["projects"] == 1
    expected = cli_json(shared_web.workspace.url, "region", "evaluate", "1305", "--year", str(YEAR))
    assert body == expected


def test_a_reviewer_monitors_their_region_as_the_cli_does(shared_web: WebEnv) -> None:
    params = {"year": YEAR, "code": OWN_REGION_CODE, "as_of": "2020-06-30"}
    response = shared_web.client("reviewer_own").get(MONITORING, params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["as_of"] == "2020-06-30" and body["summary"]["projects"] == 1
    expected = cli_json(
        shared_web.workspace.url,
        "region",
        "monitor",
        OWN_REGION_CODE,
        "--year",
        str(YEAR),
        "--as-of",
        "2020-06-30",
    )
    assert body == expected


def test_an_administrator_sees_every_region(shared_web: WebEnv) -> None:
    body = shared_web.client("admin").get(EVALUATION, params={"year": YEAR}).json()
    assert body["summary"]["projects"] == 2


def test_other_regions_and_department_users_get_nothing(shared_web: WebEnv) -> None:
    own = {"year": YEAR, "code": "1305"}
    denied_read(shared_web.client("reviewer_other").get(EVALUATION, params=own))
    denied_read(shared_web.client("reviewer_own").get(EVALUATION, params={"year": YEAR}))
    denied_read(shared_web.client("editor_own").get(EVALUATION, params=own))
    denied_read(
        shared_web.client("anonymous").get(MONITORING, params={**own, "as_of": "2020-06-30"})
    )


def test_bad_parameters_are_problems_at_their_fields(shared_web: WebEnv) -> None:
    admin = shared_web.client("admin")
    problem(admin.get(EVALUATION, params={"year": YEAR, "code": "13*"}), 422, ["query", "code"])
    problem(admin.get(EVALUATION), 422, ["query", "year"])
    problem(admin.get(MONITORING, params={"year": YEAR}), 422, ["query", "as_of"])
    body = problem(admin.get(EVALUATION, params={"year": 1990}), 404)
    assert "1990" in body["detail"]
