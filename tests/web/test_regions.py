"""GET /regions and /regions/tree: the regions a caller may see, as a list and as a tree."""

from __future__ import annotations

from web.conftest import OTHER_REGION, OWN_REGION, OWN_REGION_CODE, WebEnv, xingtai


def _names(response: object) -> list[str]:
    import httpx

    assert isinstance(response, httpx.Response)
    assert response.status_code == 200, response.text
    return [r["name"] for r in response.json()]


def test_an_administrator_sees_every_region_with_its_code_and_departments(
    shared_web: WebEnv,
) -> None:
    body = shared_web.client("admin").get("/api/v1/regions").json()
    assert {r["name"] for r in body} == {OWN_REGION, OTHER_REGION}
    own = next(r for r in body if r["name"] == OWN_REGION)
    assert own == {"name": OWN_REGION, "code": OWN_REGION_CODE, "departments": 1}


def test_department_users_and_reviewers_see_only_their_own_region(shared_web: WebEnv) -> None:
    for key in ("editor_own", "approver_own", "reviewer_own"):
        assert _names(shared_web.client(key).get("/api/v1/regions")) == [OWN_REGION], key
    for key in ("editor_other", "reviewer_other"):
        assert _names(shared_web.client(key).get("/api/v1/regions")) == [OTHER_REGION], key


def test_the_public_sees_no_region_while_nothing_is_published(shared_web: WebEnv) -> None:
    assert _names(shared_web.client("anonymous").get("/api/v1/regions")) == []
    assert shared_web.client("anonymous").get("/api/v1/regions/tree").json() == []


def test_the_tree_puts_a_region_under_the_one_whose_code_prefixes_its_code(web: WebEnv) -> None:
    county = xingtai("信都区侨联", "信都区", "130502")
    web.workspace.save(county)
    province = xingtai("河北省侨联", "河北省", "13")
    web.workspace.save(province)
    tree = web.client("admin").get("/api/v1/regions/tree").json()
    assert [n["name"] for n in tree] == ["河北省"]
    cities = tree[0]["children"]
    assert [c["name"] for c in cities] == [OWN_REGION, OTHER_REGION]
    assert [c["name"] for c in cities[0]["children"]] == ["信都区"]
    assert cities[0]["children"][0]["children"] == []
    # A reviewer of 1305 sees the city and its county, not the province or the other city.
    mine = web.client("reviewer_own").get("/api/v1/regions/tree").json()
    assert [n["name"] for n in mine] == [OWN_REGION]
    assert [c["name"] for c in mine[0]["children"]] == ["信都区"]
