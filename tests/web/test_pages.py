"""The web pages over the API's accounts and use cases: sign-in, home, document, portal."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from httpx import Response

from jixiao.app.demo import data_file
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

XINGTAI_TEXT = data_file("xingtai-2020.txt")


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
    assert "财政拨款收入(小计)" in page  # a line of the income budget, as its parts are
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


def _upload(client: TestClient, name: str, content: bytes) -> Response:
    response: Response = client.post("/import", files={"file": (name, content, "text/plain")})
    return response


def test_import_previews_then_stores_a_draft_with_the_fixed_region(web: WebEnv) -> None:
    web.workspace.delete(OWN_DEPARTMENT, YEAR)
    client = web.client("editor_own")
    preview = _upload(client, "xingtai.txt", XINGTAI_TEXT.read_bytes())
    assert preview.status_code == 200, preview.text
    assert "导入报告" in preview.text and OWN_DEPARTMENT in preview.text
    action = re.search(r'action="(/import/[^"]+/confirm)"', preview.text)
    assert action is not None
    assert web.workspace.documents() == [] or all(
        d.department != OWN_DEPARTMENT for d in web.workspace.documents()
    ), "a preview stores nothing"
    done = client.post(
        action.group(1),
        data={
            "department": OWN_DEPARTMENT,
            "fiscal_year": "2020",
            "region_name": OWN_REGION,
            "region_code": OWN_REGION_CODE,
        },
        follow_redirects=False,
    )
    assert done.status_code == 303, done.text
    assert done.headers["location"].startswith("/documents/")
    stored = web.workspace.document(OWN_DEPARTMENT, YEAR)
    assert stored.department.region is not None
    assert stored.department.region.code == OWN_REGION_CODE


def test_import_previews_a_page_saved_as_html(web: WebEnv) -> None:
    page = (
        "<html><body><p>2024年度项目支出绩效目标表</p><table>"
        "<tr><td>项目名称</td><td>社区养老服务站运营补助</td></tr>"
        "<tr><td>三级指标</td><td>指标值</td></tr>"
        "<tr><td>运营服务站数量</td><td>&ge;12个</td></tr></table></body></html>"
    )
    response = _upload(web.client("editor_own"), "page.html", page.encode())
    assert response.status_code == 200, response.text
    assert "导入报告" in response.text and "运营服务站数量" in response.text


def test_import_refuses_a_file_type_it_cannot_read(web: WebEnv) -> None:
    response = _upload(web.client("editor_own"), "notes.exe", b"MZ")
    assert response.status_code == 422
    assert "不支持的文件类型" in response.text


def test_import_names_the_bad_field_and_keeps_the_upload(web: WebEnv) -> None:
    web.workspace.delete(OWN_DEPARTMENT, YEAR)
    client = web.client("editor_own")
    preview = _upload(client, "xingtai.txt", XINGTAI_TEXT.read_bytes())
    action = re.search(r'action="(/import/[^"]+/confirm)"', preview.text)
    assert action is not None
    bad = client.post(action.group(1), data={"region_name": OWN_REGION, "region_code": "13x"})
    assert bad.status_code == 422
    assert 'aria-invalid="true"' in bad.text and "应只含数字" in bad.text


def test_a_staged_upload_is_only_its_uploaders(web: WebEnv) -> None:
    preview = _upload(web.client("editor_own"), "xingtai.txt", XINGTAI_TEXT.read_bytes())
    action = re.search(r'action="(/import/[^"]+/confirm)"', preview.text)
    assert action is not None
    stolen = web.client("editor_other").post(action.group(1), data={})
    assert stolen.status_code == 404


def test_editor_reads_a_target_as_it_is_typed(shared_web: WebEnv) -> None:
    client = shared_web.client("editor_own")
    ok = client.get("/targets/reading", params={"target": "≥95%"})
    assert "定量:不低于 95%" in ok.text
    bad = client.get("/targets/reading", params={"target": "≥≥abc"})
    assert "✗" in bad.text


def test_editor_shows_findings_at_their_indicator_and_saves_a_fixed_target(web: WebEnv) -> None:
    client = web.client("editor_own")
    editor = f"/documents/{OWN_DEPARTMENT}/{YEAR}/edit"
    reviewed = client.post(f"/documents/{OWN_DEPARTMENT}/{YEAR}/review", follow_redirects=True)
    assert "审核完成" in reviewed.text
    page = client.get(editor).text
    assert "没有指标值" in page  # INDICATOR.TARGET_MISSING at 召开工作会议次数
    version = re.search(r'name="version" value="(\d+)"', page)
    assert version is not None
    saved = client.post(
        f"{editor}/target",
        data={
            "project": "侨务工作经费",
            "name": "召开工作会议次数",
            "target": "≥2次",
            "version": version.group(1),
        },
        follow_redirects=False,
    )
    assert saved.status_code == 303, saved.text
    document = web.workspace.document(OWN_DEPARTMENT, YEAR)
    fixed = [i for p in document.projects for i in p.indicators if i.name == "召开工作会议次数"]
    assert fixed and fixed[0].target is not None and fixed[0].target.text == "≥2次"


def test_a_stale_editor_form_is_refused_with_what_changed(web: WebEnv) -> None:
    client = web.client("editor_own")
    data = {"project": "侨务工作经费", "name": "召开工作会议次数", "target": "≥2次", "version": "0"}
    stale = client.post(f"/documents/{OWN_DEPARTMENT}/{YEAR}/edit/target", data=data)
    assert stale.status_code == 409
    assert "text/html" in stale.headers["content-type"]


def test_library_suggestions_for_a_name_typed(shared_web: WebEnv) -> None:
    found = shared_web.client("editor_own").get("/library/suggest", params={"q": "满意度"})
    assert "满意度" in found.text and "<table>" in found.text


def test_recorded_spending_shows_on_the_dashboard_with_a_warning(web: WebEnv) -> None:
    client = web.client("editor_own")
    page = f"/documents/{OWN_DEPARTMENT}/{YEAR}/monitoring"
    done = client.post(
        f"{page}/spend",
        data={
            "project": "侨务工作经费",
            "date": "2020-06-30",
            "amount": "0.5",
            "category": "会议费",
        },
        follow_redirects=True,
    )
    assert done.status_code == 200, done.text
    assert "已记录支出 0.5 万元" in done.text
    assert "红色预警" in done.text or "黄色预警" in done.text
    assert 'data-chart="spending"' in done.text
    spent = web.workspace.actuals(OWN_DEPARTMENT, YEAR).spending
    assert [str(r.amount) for r in spent] == ["0.5"]


def test_a_bad_amount_is_named_at_its_field_and_nothing_is_recorded(web: WebEnv) -> None:
    client = web.client("editor_own")
    page = f"/documents/{OWN_DEPARTMENT}/{YEAR}/monitoring"
    bad = client.post(
        f"{page}/spend", data={"project": "侨务工作经费", "date": "2020-06-30", "amount": "一百"}
    )
    assert bad.status_code == 422
    assert "“一百”不是数字" in bad.text and 'aria-invalid="true"' in bad.text
    assert web.workspace.actuals(OWN_DEPARTMENT, YEAR).spending == []


def test_another_departments_monitoring_is_not_found(shared_web: WebEnv) -> None:
    other = f"/documents/{OTHER_DEPARTMENT}/{YEAR}/monitoring"
    assert shared_web.client("editor_own").get(other).status_code == 404


def test_self_evaluation_scores_follow_the_values_typed_and_forms_download(web: WebEnv) -> None:
    client = web.client("editor_own")
    base = f"/documents/{OWN_DEPARTMENT}/{YEAR}/self-evaluation"
    page = client.get(base)
    assert page.status_code == 200 and "自评得分" in page.text
    found = re.search(
        r"目标 ≥(\d+)([^<\d]*)</div>\s*<div><label[^>]*>[^<]*</label>\s*"
        r'<input[^>]*name="(actual::侨务工作经费::[^"]+)"',
        page.text,
    )
    assert found is not None
    number, unit, name = found.groups()
    met = f"{int(number) + 1}{unit}"  # a value that meets the target "≥N"
    before = client.post(f"{base}/preview", data={}).text
    after = client.post(f"{base}/preview", data={name: met}).text
    totals = [re.findall(r"<b data-total>([\d.]+)</b>", t)[0] for t in (before, after)]
    assert totals[0] != totals[1], "a value typed changes the score"
    assert web.workspace.actuals(OWN_DEPARTMENT, YEAR).year_end == [], "a preview stores nothing"
    saved = client.post(base, data={name: met}, follow_redirects=True)
    assert "已保存 1 项年末实际值" in saved.text
    form = client.get(f"/documents/{OWN_DEPARTMENT}/{YEAR}/forms/project-self-evaluation.xlsx")
    assert form.status_code == 200 and form.content[:2] == b"PK"
    denied = web.client("editor_other").get(
        f"/documents/{OWN_DEPARTMENT}/{YEAR}/forms/project-self-evaluation.xlsx"
    )
    assert denied.status_code == 404


def test_region_dashboard_for_the_reviewer_of_the_region_only(shared_web: WebEnv) -> None:
    page = shared_web.client("reviewer_own").get("/region", params={"year": str(YEAR)})
    assert page.status_code == 200, page.text
    assert "评价等级分布" in page.text and 'data-chart="bar"' in page.text
    assert OWN_DEPARTMENT in page.text and OTHER_DEPARTMENT not in page.text
    other = shared_web.client("reviewer_own").get(
        "/region", params={"year": str(YEAR), "code": "1309"}
    )
    assert other.status_code == 404
    assert shared_web.client("editor_own").get("/region").status_code == 404


def test_editor_adds_an_indicator_with_its_target_read(web: WebEnv) -> None:
    client = web.client("editor_own")
    editor = f"/documents/{OWN_DEPARTMENT}/{YEAR}/edit"
    page = client.get(editor).text
    version = re.search(r'name="version" value="(\d+)"', page)
    assert version is not None
    data = {"project": "侨务工作经费", "name": "侨胞满意度", "category": "satisfaction"}
    added = client.post(
        f"{editor}/add",
        data={**data, "target": "≥90%", "weight": "5", "version": version.group(1)},
        follow_redirects=True,
    )
    assert "已添加指标“侨胞满意度”" in added.text
    stored = web.workspace.document(OWN_DEPARTMENT, YEAR)
    new = [i for p in stored.projects for i in p.indicators if i.name == "侨胞满意度"]
    assert new and new[0].target is not None and new[0].target.text == "≥90%"
    again = client.post(
        f"{editor}/add",
        data={
            **data,
            "target": "≥≥",
            "version": re.findall(r'name="version" value="(\d+)"', added.text)[0],
        },
    )
    assert again.status_code == 422 and "新指标“侨胞满意度”" in again.text
