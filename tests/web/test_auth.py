"""Signing in and out: cookies, CSRF, API tokens, the login limit, problem documents."""

from __future__ import annotations

import hashlib

import pytest
from argon2 import PasswordHasher
from fastapi import APIRouter, FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from jixiao.app import users
from jixiao.store.user_tables import SessionRow, UserRow
from jixiao.web.app import create_app
from web.conftest import PASSWORD, WebEnv, login

LOGIN = "/api/v1/auth/login"
ME = "/api/v1/auth/me"
TOKENS = "/api/v1/tokens"


def _fresh(web: WebEnv) -> TestClient:
    return TestClient(web.clients["anonymous"].app)


def _problem(response_json: dict[str, object], status: int) -> None:
    assert response_json["status"] == status
    assert {"type", "title", "detail", "instance", "errors"} <= set(response_json)


def test_login_sets_an_httponly_lax_cookie_and_returns_the_csrf_token(web: WebEnv) -> None:
    client = _fresh(web)
    response = client.post(LOGIN, json={"login": "editor-own", "password": PASSWORD})
    assert response.status_code == 200
    cookie = response.headers["set-cookie"]
    assert "jixiao_session=" in cookie
    assert "HttpOnly" in cookie
    assert "samesite=lax" in cookie.lower()
    assert "Secure" not in cookie  # plain HTTP, no trusted proxy
    body = response.json()
    assert body["csrf_token"]
    assert body["user"]["role"] == "单位填报人"
    assert body["user"]["departments"] == ["邢台市归国华侨联合会"]
    me = client.get(ME).json()
    assert me["login"] == "editor-own" and me["authenticated"] is True


def test_the_cookie_is_secure_behind_a_trusted_https_proxy_only(
    web: WebEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = _fresh(web)
    body = {"login": "editor-own", "password": PASSWORD}
    forwarded = {"X-Forwarded-Proto": "https"}
    untrusted = client.post(LOGIN, json=body, headers=forwarded)
    assert "Secure" not in untrusted.headers["set-cookie"]
    monkeypatch.setenv("JIXIAO_TRUSTED_PROXY", "1")
    trusted = client.post(LOGIN, json=body, headers=forwarded)
    assert "Secure" in trusted.headers["set-cookie"]
    https = TestClient(client.app, base_url="https://testserver")
    assert "Secure" in https.post(LOGIN, json=body).headers["set-cookie"]


def test_the_session_is_stored_as_its_digest_only(web: WebEnv) -> None:
    client = _fresh(web)
    client.post(LOGIN, json={"login": "admin", "password": PASSWORD})
    session_id = client.cookies["jixiao_session"]
    with web.workspace.session() as session:
        stored = set(session.scalars(select(SessionRow.id_hash)))
    assert hashlib.sha256(session_id.encode()).hexdigest() in stored
    assert session_id not in stored


def test_a_wrong_password_is_a_401_problem_in_chinese(web: WebEnv) -> None:
    response = _fresh(web).post(LOGIN, json={"login": "editor-own", "password": "wrong-password"})
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    _problem(body, 401)
    assert body["detail"] == "账号或密码错误"
    unknown = _fresh(web).post(LOGIN, json={"login": "nobody", "password": "wrong-password"})
    assert unknown.json()["detail"] == body["detail"]  # no hint which logins exist


def test_five_failures_lock_the_login_for_every_worker_with_retry_after(web: WebEnv) -> None:
    first, second = _fresh(web), TestClient(create_app(web.workspace.url))  # two "workers"
    for _ in range(users.MAX_FAILURES_PER_LOGIN):
        assert first.post(LOGIN, json={"login": "approver-own", "password": "x"}).status_code == 401
    locked = second.post(LOGIN, json={"login": "approver-own", "password": PASSWORD})
    assert locked.status_code == 429
    assert 0 < int(locked.headers["Retry-After"]) <= 15 * 60
    assert "登录失败次数过多" in locked.json()["detail"]
    # Another login from elsewhere is not locked by these failures.
    assert second.post(LOGIN, json={"login": "admin", "password": PASSWORD}).status_code == 200


def test_failures_from_one_address_lock_that_address(web: WebEnv) -> None:
    client = _fresh(web)
    for n in range(users.MAX_FAILURES_PER_CLIENT):
        client.post(LOGIN, json={"login": f"guess{n}", "password": "x"})
    assert client.post(LOGIN, json={"login": "admin", "password": PASSWORD}).status_code == 429


def test_a_cookie_write_needs_the_csrf_header(web: WebEnv) -> None:
    client = _fresh(web)
    token = login(client, "editor-own")
    del client.headers["X-CSRF-Token"]
    refused = client.post(TOKENS, json={"name": "脚本"})
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["detail"]
    wrong = client.post(TOKENS, json={"name": "脚本"}, headers={"X-CSRF-Token": "forged"})
    assert wrong.status_code == 403
    right = client.post(TOKENS, json={"name": "脚本"}, headers={"X-CSRF-Token": token})
    assert right.status_code == 201


def test_an_api_token_is_shown_once_works_as_bearer_and_can_be_revoked(web: WebEnv) -> None:
    owner = web.client("reviewer_own")
    created = owner.post(TOKENS, json={"name": "监控脚本"})
    assert created.status_code == 201
    secret = created.json()["secret"]
    token_id = created.json()["token"]["id"]
    listed = owner.get(TOKENS).json()
    assert [t["name"] for t in listed] == ["监控脚本"]
    assert secret not in str(listed)
    script = TestClient(owner.app, headers={"Authorization": f"Bearer {secret}"})
    assert script.get(ME).json()["login"] == "reviewer-own"
    # A bearer request needs no CSRF header: no browser sends one by itself.
    assert script.post(TOKENS, json={"name": "第二个"}).status_code == 201
    assert owner.get(TOKENS).json()[0]["last_used_at"] is not None
    assert owner.delete(f"{TOKENS}/{token_id}").status_code == 204
    revoked = script.get(ME)
    assert revoked.status_code == 401
    _problem(revoked.json(), 401)


def test_a_token_is_revoked_only_by_its_owner(web: WebEnv) -> None:
    created = web.client("editor_own").post(TOKENS, json={"name": "a"}).json()
    other = web.client("editor_other").delete(f"{TOKENS}/{created['token']['id']}")
    assert other.status_code == 404
    assert web.client("editor_own").get(TOKENS).json()[0]["revoked_at"] is None


def test_a_malformed_or_unknown_bearer_is_401(web: WebEnv) -> None:
    client = _fresh(web)
    assert client.get(ME, headers={"Authorization": "Bearer jx_nothing"}).status_code == 401
    assert client.get(ME, headers={"Authorization": "Basic abc"}).status_code == 401


def test_logout_ends_the_session_and_the_old_cookie_is_anonymous(web: WebEnv) -> None:
    client = _fresh(web)
    login(client, "editor-own")
    session_id = client.cookies["jixiao_session"]
    assert client.post("/api/v1/auth/logout").status_code == 204
    replay = _fresh(web)
    replay.cookies.set("jixiao_session", session_id)
    me = replay.get(ME).json()
    assert me["role"] == "公众" and me["authenticated"] is False


def test_anonymous_me_is_the_public(web: WebEnv) -> None:
    me = _fresh(web).get(ME).json()
    assert me == {
        "login": "anonymous",
        "display_name": "公众",
        "role": "公众",
        "departments": [],
        "regions": [],
        "authenticated": False,
    }
    assert _fresh(web).post("/api/v1/auth/logout").status_code == 401


def test_a_hash_with_old_parameters_is_upgraded_at_login(
    web: WebEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    with web.workspace.session() as session:
        before = session.scalars(
            select(UserRow.password_hash).where(UserRow.login == "admin")
        ).one()
    stronger = PasswordHasher(time_cost=2, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(users, "_hasher", stronger)
    assert _fresh(web).post(LOGIN, json={"login": "admin", "password": PASSWORD}).status_code == 200
    with web.workspace.session() as session:
        after = session.scalars(select(UserRow.password_hash).where(UserRow.login == "admin")).one()
    assert after != before
    assert after.startswith("$argon2id$") and not stronger.check_needs_rehash(after)


def test_a_validation_error_names_the_field_in_chinese(web: WebEnv) -> None:
    response = _fresh(web).post(LOGIN, json={"login": "admin"})
    assert response.status_code == 422
    body = response.json()
    _problem(body, 422)
    assert body["errors"] == [{"loc": ["body", "password"], "msg": "缺少必填项"}]
    assert body["detail"].startswith("请求体.password")


def test_an_unexpected_error_is_a_500_problem_without_internals(tmp_path: object) -> None:
    app: FastAPI = create_app("sqlite:///:memory:")
    router = APIRouter()

    @router.get("/api/v1/boom")  # under the API: outside it the pages answer errors as HTML
    def boom() -> None:
        raise RuntimeError("secret internal state /etc/passwd")

    app.include_router(router)
    response = TestClient(app, raise_server_exceptions=False).get("/api/v1/boom")
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert "secret" not in response.text and "Traceback" not in response.text
    assert response.json()["detail"].startswith("服务器处理请求时出错")


def test_an_unknown_path_is_a_404_problem(web: WebEnv) -> None:
    response = _fresh(web).get("/api/v1/nothing-here")
    assert response.status_code == 404
    _problem(response.json(), 404)
    assert response.json()["detail"] == "未找到"
