"""POST /targets/parse: a target text read as ``jixiao target --json`` reads it."""

from __future__ import annotations

from web.conftest import WebEnv
from web.web_support import problem


def test_a_target_is_parsed_like_the_cli_does(shared_web: WebEnv) -> None:
    response = shared_web.client("anonymous").post(
        "/api/v1/targets/parse", json={"text": "不高于1.1万元"}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["kind"] == "quantitative"
    assert body["operator"] == "≤"
    assert body["value"] == "1.1"
    assert body["unit"] == "万元"
    assert body["direction"] == "reverse"
    assert body["canonical"] == "≤1.1万元"


def test_every_role_may_parse_a_target(shared_web: WebEnv) -> None:
    for key, client in shared_web.clients.items():
        response = client.post("/api/v1/targets/parse", json={"text": "≥95%"})
        assert response.status_code == 200, (key, response.text)
        assert response.json()["operator"] == "≥"


def test_an_unreadable_target_is_a_problem_at_the_text_field(shared_web: WebEnv) -> None:
    response = shared_web.client("editor_own").post("/api/v1/targets/parse", json={"text": "≥≥"})
    body = problem(response, 422, ["body", "text"])
    assert "≥≥" in body["errors"][0]["msg"]


def test_a_missing_or_empty_text_is_a_problem_at_the_field(shared_web: WebEnv) -> None:
    client = shared_web.client("editor_own")
    problem(client.post("/api/v1/targets/parse", json={}), 422, ["body", "text"])
    problem(client.post("/api/v1/targets/parse", json={"text": ""}), 422, ["body", "text"])
