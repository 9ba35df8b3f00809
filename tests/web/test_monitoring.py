"""GET /documents/{department}/{year}/monitoring: as ``jixiao monitor --json``."""

from __future__ import annotations

import json
from typing import Any

from typer.testing import CliRunner

from jixiao.cli.app import app as cli
from web.conftest import FIXTURES, OTHER_DEPARTMENT, OWN_DEPARTMENT, YEAR, WebEnv
from web.web_support import denied_read, path, problem

URL = path(OWN_DEPARTMENT, YEAR, "monitoring")


def cli_json(url: str, *args: str) -> Any:
    result = CliRunner().invoke(cli, [*args, "--json", "--db", url])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_monitoring_is_the_same_json_as_the_cli(web: WebEnv) -> None:
    web.workspace.import_actuals(FIXTURES / "xingtai-2020-actuals.csv", OWN_DEPARTMENT, YEAR)
    response = web.client("reviewer_own").get(URL, params={"as_of": "2020-06-30"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["department"] == OWN_DEPARTMENT and body["as_of"] == "2020-06-30"
    assert body["projects"][0]["name"] == "侨务工作经费"
    expected = cli_json(web.workspace.url, "monitor", OWN_DEPARTMENT, "--as-of", "2020-06-30")
    assert body == expected


def test_the_strict_profile_is_chosen_by_name(shared_web: WebEnv) -> None:
    response = shared_web.client("editor_own").get(
        URL, params={"as_of": "2020-09-30", "profile": "strict"}
    )
    assert response.status_code == 200
    assert response.json()["profile"] == "strict"
    body = problem(
        shared_web.client("editor_own").get(URL, params={"as_of": "2020-09-30", "profile": "无"}),
        422,
    )
    assert "无" in body["detail"]


def test_a_bad_or_missing_date_is_a_problem_at_the_field(shared_web: WebEnv) -> None:
    client = shared_web.client("editor_own")
    problem(client.get(URL, params={"as_of": "2020-02-31"}), 422, ["query", "as_of"])
    problem(client.get(URL), 422, ["query", "as_of"])


def test_monitoring_out_of_scope_or_missing_is_not_found(shared_web: WebEnv) -> None:
    params = {"as_of": "2020-06-30"}
    denied_read(
        shared_web.client("editor_own").get(
            path(OTHER_DEPARTMENT, YEAR, "monitoring"), params=params
        )
    )
    denied_read(shared_web.client("anonymous").get(URL, params=params))
    denied_read(
        shared_web.client("admin").get(path(OWN_DEPARTMENT, 1999, "monitoring"), params=params)
    )
