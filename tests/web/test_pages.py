"""The web pages over the API's accounts and use cases: sign-in, home, document, portal."""

from __future__ import annotations

from fastapi.testclient import TestClient

from web.conftest import (
    OTHER_DEPARTMENT,
    OWN_DEPARTMENT,
    OWN_REGION,
    OWN_REGION_CODE,
    PASSWORD,
    YEAR,
    WebEnv,
    xingtai,
)


def _document_path(department: str = OWN_DEPARTMENT, year: int = YEAR) -> str:
    return f"/documents/{department}/{year}"


def test_anonymous_home_goes_to_the_portal(shared_web: WebEnv) -> None:
    response = shared_web.client("anonymous").get("/", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/portal"


def test_sign_in_form_sets_the_session_cookie_and_returns_to_the_page_asked_for(
    shared_web: WebEnv,
) -> None:
    with TestClient(shared_web.app) as client:
        page = client.get("/login")
        assert '<label for="login">账号</label>' in page.text
        response = client.post(
            "/login",
            data={"login": "editor-own", "password": PASSWORD, "next": "/"},
            follow_redirects=False,
        )
        assert response.status_code == 303
        assert response.headers["location"] == "/"
        assert "httponly" in response.headers["set-cookie"].lower()
        home = client.get("/")
        assert "我的待办" in home.text
        assert OWN_DEPARTMENT in home.text


def test_sign_in_never_redirects_off_the_site(shared_web: WebEnv) -> None:
    with TestClient(shared_web.app) as client:
        response = client.post(
            "/login",
            data={"login": "editor-own", "password": PASSWORD, "next": "//evil.example/x"},
            follow_redirects=False,
        )
        assert response.headers["location"] == "/"


def test_a_wrong_password_shows_the_form_again_with_a_chinese_message(shared_web: WebEnv) -> None:
    with TestClient(shared_web.app) as client:
        response = client.post("/login", data={"login": "editor-own", "password": "nope"})
        assert response.status_code == 401
        assert "账号或密码错误" in response.text
        assert "set-cookie" not in response.headers


def test_home_lists_only_the_users_own_department(shared_web: WebEnv) -> None:
    page = shared_web.client("editor_own").get("/").text
    assert "待完成的草稿" in page
    assert OWN_DEPARTMENT in page
    assert OTHER_DEPARTMENT not in page


def test_reviewer_home_has_the_review_lists(shared_web: WebEnv) -> None:
    page = shared_web.client("reviewer_own").get("/").text
    assert "待审核" in page
    assert "待完成的草稿" not in page


def test_document_page_shows_budget_goals_projects_and_indicators(shared_web: WebEnv) -> None:
    response = shared_web.client("editor_own").get(_document_path())
    assert response.status_code == 200
    document = xingtai(OWN_DEPARTMENT, OWN_REGION, OWN_REGION_CODE)
    page = response.text
    assert "部门预算" in page
    assert "年度整体支出目标1" in page
    _, indicator = next(iter(document.all_indicators()))
    assert indicator.name in page
    assert indicator.target is not None and indicator.target.text in page


def test_a_document_out_of_scope_is_not_found_and_shows_nothing(shared_web: WebEnv) -> None:
    response = shared_web.client("editor_own").get(_document_path(OTHER_DEPARTMENT))
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]
    assert "年度整体支出目标" not in response.text
    anonymous = shared_web.client("anonymous").get(_document_path())
    assert anonymous.status_code == 404


def test_every_page_carries_the_content_security_policy(shared_web: WebEnv) -> None:
    for path in ("/login", "/portal", _document_path()):
        headers = shared_web.client("editor_own").get(path).headers
        policy = headers["content-security-policy"]
        assert "script-src 'self'" in policy
        assert "frame-ancestors 'none'" in policy
        assert "unsafe-inline" not in policy


def test_indicator_names_reach_the_page_as_text(web: WebEnv) -> None:
    document = xingtai(OWN_DEPARTMENT, OWN_REGION, OWN_REGION_CODE)
    _, indicator = next(iter(document.all_indicators()))
    indicator.name = '<script>alert("x")</script>指标'
    web.workspace.save(document)
    page = web.client("editor_own").get(_document_path()).text
    assert '<script>alert("x")</script>' not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;指标" in page


def test_open_data_csv_of_a_readable_document(shared_web: WebEnv) -> None:
    response = shared_web.client("editor_own").get(_document_path() + "/data.csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    assert response.text.startswith("\ufeff部门,")
    refused = shared_web.client("editor_other").get(_document_path() + "/data.csv")
    assert refused.status_code == 404


def test_sign_out_needs_the_forms_csrf_token(web: WebEnv) -> None:
    client = web.client("editor_own")
    token = client.headers.pop("X-CSRF-Token")
    refused = client.post("/logout", data={}, follow_redirects=False)
    assert refused.status_code == 403
    assert "CSRF" in refused.text
    done = client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert done.status_code == 303
    assert client.get("/", follow_redirects=False).headers["location"] == "/portal"
