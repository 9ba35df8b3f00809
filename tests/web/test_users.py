"""Users and roles (administrators): create, change, deactivate, reset passwords; roles."""

from __future__ import annotations

from fastapi.testclient import TestClient

from web.conftest import PASSWORD, WebEnv, login

USERS = "/api/v1/users"
NEW_USER = {
    "login": "new-editor",
    "display_name": "张三",
    "role": "单位填报人",
    "password": "a-long-password",
    "departments": ["邢台市归国华侨联合会"],
}


def test_an_administrator_creates_a_user_who_can_then_sign_in(web: WebEnv) -> None:
    created = web.client("admin").post(USERS, json=NEW_USER)
    assert created.status_code == 201
    body = created.json()
    assert body["role"] == "单位填报人" and body["active"] is True
    assert "password" not in str(body) and "hash" not in str(body)
    client = TestClient(web.app)
    login(client, "new-editor", "a-long-password")
    assert client.get("/api/v1/auth/me").json()["display_name"] == "张三"


def test_only_administrators_manage_users(web: WebEnv) -> None:
    for key in ("editor_own", "approver_own", "reviewer_own"):
        listed = web.client(key).get(USERS)
        assert listed.status_code == 404, key  # a denied read reveals nothing
        assert "login" not in str(listed.json().get("errors"))
        assert web.client(key).post(USERS, json=NEW_USER).status_code == 403
    anonymous = web.client("anonymous")
    assert anonymous.get(USERS).status_code == 401
    assert anonymous.post(USERS, json=NEW_USER).status_code == 401
    assert [u["login"] for u in web.client("admin").get(USERS).json()] == sorted(
        [
            "admin",
            "approver-other",
            "approver-own",
            "editor-other",
            "editor-own",
            "reviewer-other",
            "reviewer-own",
        ]
    )


def test_a_user_needs_the_scope_of_their_role(web: WebEnv) -> None:
    admin = web.client("admin")
    no_department = admin.post(USERS, json={**NEW_USER, "departments": []})
    assert no_department.status_code == 422
    assert "部门" in no_department.json()["detail"]
    reviewer = {**NEW_USER, "login": "r", "role": "财政审核人", "regions": ["13a"]}
    assert admin.post(USERS, json={**reviewer, "login": "rr"}).status_code == 422
    public = admin.post(USERS, json={**NEW_USER, "role": "公众"})
    assert public.status_code == 422
    bad_role = admin.post(USERS, json={**NEW_USER, "role": "局长"})
    assert bad_role.status_code == 422
    assert bad_role.json()["errors"][0]["loc"] == ["body", "role"]
    short = admin.post(USERS, json={**NEW_USER, "password": "short"})
    assert short.json()["errors"][0]["loc"] == ["body", "password"]


def test_a_login_is_taken_once(web: WebEnv) -> None:
    admin = web.client("admin")
    assert admin.post(USERS, json=NEW_USER).status_code == 201
    again = admin.post(USERS, json=NEW_USER)
    assert again.status_code == 422
    assert "已存在" in again.json()["detail"]


def test_changing_role_and_scope(web: WebEnv) -> None:
    admin = web.client("admin")
    changed = admin.patch(
        f"{USERS}/editor-own", json={"role": "财政审核人", "regions": ["1305"], "departments": []}
    )
    assert changed.status_code == 200
    assert changed.json()["role"] == "财政审核人" and changed.json()["regions"] == ["1305"]
    me = web.client("editor_own").get("/api/v1/auth/me").json()
    assert me["role"] == "财政审核人"  # the session sees the account as it is now
    assert admin.patch(f"{USERS}/nobody", json={"active": False}).status_code == 404


def test_deactivating_a_user_ends_their_sessions_and_logins(web: WebEnv) -> None:
    admin = web.client("admin")
    assert admin.patch(f"{USERS}/editor-own", json={"active": False}).json()["active"] is False
    assert web.client("editor_own").get("/api/v1/auth/me").json()["authenticated"] is False
    response = TestClient(web.app).post(
        "/api/v1/auth/login", json={"login": "editor-own", "password": PASSWORD}
    )
    assert response.status_code == 401


def test_an_administrator_cannot_lock_themselves_out(web: WebEnv) -> None:
    admin = web.client("admin")
    assert admin.patch(f"{USERS}/admin", json={"active": False}).status_code == 422
    assert (
        admin.patch(f"{USERS}/admin", json={"role": "单位填报人", "departments": ["x"]}).status_code
        == 422
    )


def test_resetting_a_password_ends_the_sessions(web: WebEnv) -> None:
    admin = web.client("admin")
    reset = admin.post(f"{USERS}/approver-own/password", json={"password": "new-password-1"})
    assert reset.status_code == 204
    assert web.client("approver_own").get("/api/v1/auth/me").json()["authenticated"] is False
    client = TestClient(web.app)
    login(client, "approver-own", "new-password-1")


def test_roles_are_listed_with_what_they_do(web: WebEnv) -> None:
    roles = web.client("anonymous").get("/api/v1/roles").json()
    assert [r["name"] for r in roles] == [
        "单位填报人",
        "单位负责人",
        "财政审核人",
        "系统管理员",
        "公众",
    ]
    assert all(r["description"] for r in roles)


def test_user_administration_is_in_the_audit_log_without_secrets(web: WebEnv) -> None:
    admin = web.client("admin")
    before = len(web.workspace.audit_entries())
    assert admin.post(USERS, json=NEW_USER).status_code == 201
    assert admin.patch(f"{USERS}/new-editor", json={"display_name": "李四"}).status_code == 200
    reset = admin.post(f"{USERS}/new-editor/password", json={"password": "new-password-2"})
    assert reset.status_code == 204
    created = web.client("editor_own").post("/api/v1/tokens", json={"name": "脚本"}).json()
    web.client("editor_own").delete(f"/api/v1/tokens/{created['token']['id']}")
    entries = web.workspace.audit_entries()[before:]
    assert [(e.actor, e.action, e.subject) for e in entries] == [
        ("admin", "创建用户", "用户 new-editor"),
        ("admin", "修改用户", "用户 new-editor"),
        ("admin", "重置密码", "用户 new-editor"),
        ("editor-own", "创建 API 令牌", "用户 editor-own"),
        ("editor-own", "撤销 API 令牌", "用户 editor-own"),
    ]
    assert "a-long-password" not in str(entries) and created["secret"] not in str(entries)
    assert web.workspace.verify_audit().problem is None
