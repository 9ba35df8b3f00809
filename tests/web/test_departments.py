"""GET /departments (by region) and /departments/{name}: only what the caller may see."""

from __future__ import annotations

from urllib.parse import quote

from web.conftest import (
    OTHER_DEPARTMENT,
    OWN_DEPARTMENT,
    OWN_REGION,
    OWN_REGION_CODE,
    YEAR,
    WebEnv,
)
from web.web_support import denied_read


def _url(name: str) -> str:
    return f"/api/v1/departments/{quote(name, safe='')}"


def test_an_administrator_lists_every_department_with_region_and_years(
    shared_web: WebEnv,
) -> None:
    response = shared_web.client("admin").get("/api/v1/departments")
    assert response.status_code == 200
    body = {d["name"]: d for d in response.json()}
    assert set(body) == {OWN_DEPARTMENT, OTHER_DEPARTMENT}
    assert body[OWN_DEPARTMENT]["region"] == OWN_REGION
    assert body[OWN_DEPARTMENT]["region_code"] == OWN_REGION_CODE
    assert body[OWN_DEPARTMENT]["fiscal_years"] == [YEAR]


def test_departments_are_filtered_by_region_name_or_code(shared_web: WebEnv) -> None:
    admin = shared_web.client("admin")
    for region in (OWN_REGION, OWN_REGION_CODE):
        body = admin.get("/api/v1/departments", params={"region": region}).json()
        assert [d["name"] for d in body] == [OWN_DEPARTMENT]
    assert admin.get("/api/v1/departments", params={"region": "无此地区"}).json() == []


def test_each_role_lists_only_the_departments_of_its_scope(shared_web: WebEnv) -> None:
    for key in ("editor_own", "approver_own", "reviewer_own"):
        body = shared_web.client(key).get("/api/v1/departments").json()
        assert [d["name"] for d in body] == [OWN_DEPARTMENT], key
    assert shared_web.client("anonymous").get("/api/v1/departments").json() == []


def test_one_department_is_read_by_its_name(shared_web: WebEnv) -> None:
    response = shared_web.client("reviewer_own").get(_url(OWN_DEPARTMENT))
    assert response.status_code == 200
    assert response.json()["name"] == OWN_DEPARTMENT
    assert response.json()["fiscal_years"] == [YEAR]


def test_another_scope_s_department_is_not_found_like_a_missing_one(shared_web: WebEnv) -> None:
    denied_read(shared_web.client("editor_own").get(_url(OTHER_DEPARTMENT)))
    denied_read(shared_web.client("reviewer_other").get(_url(OWN_DEPARTMENT)))
    denied_read(shared_web.client("anonymous").get(_url(OWN_DEPARTMENT)))
    missing = shared_web.client("admin").get(_url("无此部门"))
    denied_read(missing)
    assert "无此部门" in missing.json()["detail"]
