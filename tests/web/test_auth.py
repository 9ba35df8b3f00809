"""Signing in and out: cookies, CSRF, tokens, the login limit, problem documents."""

from __future__ import annotations

from fastapi.testclient import TestClient

from web.conftest import PASSWORD, WebEnv


def test_login_sets_an_httponly_lax_cookie_and_returns_the_csrf_token(web: WebEnv) -> None:
    client = TestClient(web.clients["anonymous"].app)
    response = client.post("/api/v1/auth/login", json={"login": "editor-own", "password": PASSWORD})
    assert response.status_code == 200
    cookie = response.headers["set-cookie"]
    assert "jixiao_session=" in cookie
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie.replace("Lax", "lax")
    assert "Secure" not in cookie  # plain HTTP, no trusted proxy
    body = response.json()
    assert body["csrf_token"]
    assert body["user"]["role"] == "单位填报人"
    assert body["user"]["departments"] == ["邢台市归国华侨联合会"]
    me = client.get("/api/v1/auth/me").json()
    assert me["login"] == "editor-own" and me["authenticated"] is True
