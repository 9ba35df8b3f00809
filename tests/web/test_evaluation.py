"""GET /documents/{department}/{year}/evaluation: as ``jixiao evaluate --json``."""

from __future__ import annotations

from web.conftest import FIXTURES, OTHER_DEPARTMENT, OWN_DEPARTMENT, YEAR, WebEnv
from web.test_monitoring import cli_json
from web.web_support import denied_read, path, problem

URL = path(OWN_DEPARTMENT, YEAR, "evaluation")


def test_the_evaluation_is_the_same_json_as_the_cli(web: WebEnv) -> None:
    web.workspace.import_actuals(FIXTURES / "xingtai-2020-actuals.csv", OWN_DEPARTMENT, YEAR)
    response = web.client("approver_own").get(URL, params={"profile": "hebei"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["profile"] == "hebei"
    assert body["sheets"][0]["subject"] == "侨务工作经费"
    expected = cli_json(web.workspace.url, "evaluate", OWN_DEPARTMENT, "--profile", "hebei")
    assert body == expected


def test_an_unknown_profile_is_refused_in_chinese(shared_web: WebEnv) -> None:
    body = problem(shared_web.client("admin").get(URL, params={"profile": "广东"}), 422)
    assert "广东" in body["detail"]


def test_the_evaluation_out_of_scope_is_not_found(shared_web: WebEnv) -> None:
    denied_read(shared_web.client("reviewer_own").get(path(OTHER_DEPARTMENT, YEAR, "evaluation")))
    denied_read(shared_web.client("anonymous").get(URL))
    denied_read(shared_web.client("editor_other").get(URL))
