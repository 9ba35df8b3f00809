"""The declaration editor's pages: forms for a goal's text and money, a project's fields, an
indicator's name, category and points; goals, projects and indicators added, an indicator
deleted after its confirmation; a refused value shown at its field with what was typed."""

from __future__ import annotations

import re

import httpx

from web.conftest import OTHER_DEPARTMENT, OWN_DEPARTMENT, YEAR, WebEnv

EDITOR = f"/documents/{OWN_DEPARTMENT}/{YEAR}/edit"
PROJECT = "侨务工作经费"
INDICATOR = "举办联谊活动次数"


def _form(page: str, form_id: str) -> dict[str, str]:
    """The hidden fields of the form ``form_id`` on the page (csrf token, version …)."""
    start = page.index(f'id="{form_id}"')
    end = page.index("</form>", start)
    hidden = re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', page[start:end])
    return dict(hidden)


def _post(
    client: httpx.Client, action: str, page: str, form_id: str, **fields: str
) -> httpx.Response:
    data = {**_form(page, form_id), **fields}
    return client.post(f"{EDITOR}/{action}", data=data, follow_redirects=False)


def _indicator_forms(client: httpx.Client, name: str = INDICATOR, row: str = "p1-1") -> str:
    """An indicator's forms as its disclosure loads them (htmx)."""
    params = {"project": PROJECT, "indicator": name, "row": row}
    answer = client.get(f"{EDITOR}/indicator", params=params, headers={"HX-Request": "true"})
    assert answer.status_code == 200, answer.text
    return answer.text


def test_the_editor_offers_every_field_with_a_label(shared_web: WebEnv) -> None:
    client = shared_web.client("editor_own")
    page = client.get(EDITOR).text + _indicator_forms(client)
    for label in (
        "目标内容",
        "资金金额(万元)",
        "项目名称",
        "实施单位",
        "主管部门",
        "预算数(万元)",
        "实施期",
        "年度绩效目标",
        f"“{INDICATOR}”的名称",
        "一级指标",
        "二级指标",
        "分值",
        "指标方向(未填:按指标值推断)",
        "指标值确定依据",
        "新增项目",
        "新目标的目标内容",
        f"确认删除指标“{INDICATOR}”",
    ):
        assert label in page, label
    for field_id in re.findall(r'<(?:input|select|textarea) id="([^"]+)"', page):
        assert f'for="{field_id}"' in page, f"{field_id} 没有标签"
    assert "<script>" not in page and "onclick" not in page  # CSP: our script only


def test_a_goal_s_text_is_saved_from_its_form(web: WebEnv) -> None:
    client = web.client("editor_own")
    page = client.get(EDITOR).text
    saved = _post(client, "goal", page, "goal-1", text="保障机关运转,服务侨胞", funding_amount="70")
    assert saved.status_code == 303, saved.text
    shown = client.get(saved.headers["location"]).text
    assert "已保存整体支出目标1" in shown and "保障机关运转,服务侨胞" in shown
    goal = web.workspace.document(OWN_DEPARTMENT, YEAR).department_goals[0]
    assert goal.text == "保障机关运转,服务侨胞" and str(goal.funding_block.amount) == "70"  # type: ignore[union-attr]


def test_a_bad_amount_is_shown_at_its_field_with_what_was_typed(web: WebEnv) -> None:
    client = web.client("editor_own")
    page = client.get(EDITOR).text
    before = web.workspace.document(OWN_DEPARTMENT, YEAR)
    refused = _post(
        client, "project", page, "project-1", name=PROJECT, budget="十二万", period="全年"
    )
    assert refused.status_code == 422
    field = re.search(r'<input id="project-1-budget"[^>]*>', refused.text)
    assert field is not None and 'aria-invalid="true"' in field.group(0)
    assert 'value="十二万"' in field.group(0)
    assert "预算数(万元):“十二万”不是数字" in refused.text
    assert re.search(r"<details class=\"edit-more\" open>", refused.text)
    assert web.workspace.document(OWN_DEPARTMENT, YEAR) == before


def test_a_project_is_renamed_and_its_fields_saved(web: WebEnv) -> None:
    client = web.client("editor_own")
    page = client.get(EDITOR).text
    saved = _post(
        client,
        "project",
        page,
        "project-1",
        name="侨务工作专项经费",
        implementing_unit="邢台市侨联",
        budget="12.5",
        period="2020年",
    )
    assert saved.status_code == 303, saved.text
    project = web.workspace.document(OWN_DEPARTMENT, YEAR).projects[0]
    assert project.name == "侨务工作专项经费" and str(project.budget) == "12.5"
    assert project.implementing_unit == "邢台市侨联" and project.period == "2020年"


def test_an_indicator_renamed_to_a_name_in_use_is_refused_at_the_name(web: WebEnv) -> None:
    client = web.client("editor_own")
    refused = _post(
        client, "indicator", _indicator_forms(client), "p1-1-edit", name="召开工作会议次数"
    )
    assert refused.status_code == 422
    assert "已有“召开工作会议次数”,指标名称不能重复" in refused.text
    assert 'id="p1-1-edit-name-e"' in refused.text


def test_an_indicator_is_renamed_recategorised_and_weighted(web: WebEnv) -> None:
    client = web.client("editor_own")
    page = _indicator_forms(client)
    form = _form(page, "p1-1-edit")
    assert form["indicator"] == INDICATOR
    saved = _post(
        client,
        "indicator",
        page,
        "p1-1-edit",
        name="举办侨界联谊活动次数",
        category="output",
        subcategory="quantity",
        weight="6",
        direction="",
        target_basis="plan",
    )
    assert saved.status_code == 303, saved.text
    [indicator] = [
        i
        for i in web.workspace.document(OWN_DEPARTMENT, YEAR).projects[0].indicators
        if i.name == "举办侨界联谊活动次数"
    ]
    assert str(indicator.weight) == "6" and indicator.target_basis is not None


def test_an_indicator_is_deleted_only_when_confirmed(web: WebEnv) -> None:
    client = web.client("editor_own")
    page = _indicator_forms(client)
    unconfirmed = _post(client, "indicator/delete", page, "p1-1-del")
    assert unconfirmed.status_code == 422 and "请勾选“确认删除”" in unconfirmed.text
    assert '<details class="ind-more" open>' in unconfirmed.text  # the forms shown, not loaded
    names = [i.name for i in web.workspace.document(OWN_DEPARTMENT, YEAR).projects[0].indicators]
    assert INDICATOR in names
    deleted = _post(client, "indicator/delete", page, "p1-1-del", confirm="yes")
    assert deleted.status_code == 303, deleted.text
    names = [i.name for i in web.workspace.document(OWN_DEPARTMENT, YEAR).projects[0].indicators]
    assert INDICATOR not in names and len(names) == 27


def test_a_goal_and_a_project_are_added(web: WebEnv) -> None:
    client = web.client("approver_own")
    page = client.get(EDITOR).text
    added = _post(client, "goal/add", page, "goal-new", text="完成侨务宣传任务")
    assert added.status_code == 303, added.text
    page = client.get(EDITOR).text
    assert "年度整体支出目标4" in page
    project = _post(client, "project/add", page, "project-new", name="归侨帮扶经费", budget="3")
    assert project.status_code == 303, project.text
    document = web.workspace.document(OWN_DEPARTMENT, YEAR)
    assert [g.number for g in document.department_goals] == [1, 2, 3, 4]
    assert [p.name for p in document.projects] == [PROJECT, "归侨帮扶经费"]


def test_a_stale_form_shows_what_changed_at_the_form(web: WebEnv) -> None:
    client = web.client("editor_own")
    page = client.get(EDITOR).text
    assert _post(client, "goal", page, "goal-1", text="第一次").status_code == 303
    stale = _post(client, "goal", page, "goal-2", text="第二次")
    assert stale.status_code == 409
    assert "版本已过期" in stale.text and "整体支出目标1:目标内容由" in stale.text
    assert stale.text.index("版本已过期") > stale.text.index('id="goal-2"')  # at its form
    assert web.workspace.document(OWN_DEPARTMENT, YEAR).department_goals[1].text != "第二次"


def test_findings_of_a_project_field_are_shown_at_the_field(web: WebEnv) -> None:
    client = web.client("editor_own")
    page = client.get(EDITOR).text
    _post(client, "project", page, "project-1", budget="")  # no 预算数: a finding at it
    client.post(f"/documents/{OWN_DEPARTMENT}/{YEAR}/review")
    page = client.get(EDITOR).text
    start = page.index('id="project-1-budget"')
    end = page.index("</div>", page.index("</div>", start) + 1)
    assert 'class="finding-at"' in page[start:end], page[start:end]


def test_another_department_s_draft_is_not_edited(web: WebEnv) -> None:
    client = web.client("editor_own")
    page = client.get(EDITOR).text
    data = {**_form(page, "goal-1"), "text": "越权"}
    refused = client.post(f"/documents/{OTHER_DEPARTMENT}/{YEAR}/edit/goal", data=data)
    assert refused.status_code in (403, 404)
    assert "越权" not in str(web.workspace.document(OTHER_DEPARTMENT, YEAR).model_dump())


def test_findings_of_an_indicator_s_field_open_its_disclosure_at_the_field(web: WebEnv) -> None:
    client = web.client("editor_own")
    client.post(f"/documents/{OWN_DEPARTMENT}/{YEAR}/review")
    page = client.get(EDITOR).text
    opened = re.findall(r'<details class="ind-more" open>(.*?)</details>', page, flags=re.S)
    assert opened, "no indicator's disclosure opened by a finding at one of its fields"
    for disclosure in opened:
        assert "处有审核发现" in disclosure
        assert re.search(
            r'<div class="fld[^"]*">(?:(?!</div>\s*<div class="fld).)*finding-at',
            disclosure,
            flags=re.S,
        )


def test_an_indicator_s_disclosure_loads_its_forms_or_a_page_without_script(
    shared_web: WebEnv,
) -> None:
    client = shared_web.client("editor_own")
    page = client.get(EDITOR).text
    assert 'hx-trigger="toggle once from:closest details"' in page
    link = re.search(r'<a href="([^"]+)">打开“举办联谊活动次数”的修改表单</a>', page)
    assert link is not None
    whole = client.get(link.group(1).replace("&amp;", "&"))
    assert whole.status_code == 200 and "<html" in whole.text, link.group(1)
    assert "修改指标“举办联谊活动次数”" in whole.text
    assert '<datalist id="library-names">' in whole.text  # the library's names offered
    assert re.search(r'id="[gp]\d+-\d+-edit-name"', whole.text)
    fragment = _indicator_forms(client)
    assert "<html" not in fragment and 'id="p1-1-del-confirm"' in fragment
    missing = client.get(f"{EDITOR}/indicator", params={"project": PROJECT, "indicator": "无"})
    assert missing.status_code == 404


def test_a_new_indicator_with_a_name_in_use_is_refused_at_its_name(web: WebEnv) -> None:
    client = web.client("editor_own")
    page = client.get(EDITOR).text
    refused = _post(client, "add", page, "p1-new", name=INDICATOR, target="≥3次", weight="2")
    assert refused.status_code == 422
    assert f"新指标“{INDICATOR}”:项目“{PROJECT}”已有“{INDICATOR}”" in refused.text
    name = re.search(r'<input id="p1-new-name"[^>]*>', refused.text)
    assert name is not None and 'aria-invalid="true"' in name.group(0)
    target = re.search(r'<input id="p1-new-target"[^>]*>', refused.text)
    assert target is not None and 'value="≥3次"' in target.group(0)  # what was typed, kept


def test_a_goal_and_a_project_are_deleted_after_their_confirmation(web: WebEnv) -> None:
    client = web.client("editor_own")
    page = client.get(EDITOR).text
    assert "确认删除整体支出目标3及其" in page and f"确认删除项目“{PROJECT}”及其 28 项指标" in page
    unconfirmed = _post(client, "goal/delete", page, "goal-3-del")
    assert unconfirmed.status_code == 422 and "请勾选“确认删除”" in unconfirmed.text
    deleted = _post(client, "goal/delete", page, "goal-3-del", confirm="yes")
    assert deleted.status_code == 303, deleted.text
    page = client.get(deleted.headers["location"]).text
    assert "已删除整体支出目标3" in page
    gone = _post(client, "project/delete", page, "project-1-del", confirm="yes")
    assert gone.status_code == 303, gone.text
    document = web.workspace.document(OWN_DEPARTMENT, YEAR)
    assert [g.number for g in document.department_goals] == [1, 2] and document.projects == []
