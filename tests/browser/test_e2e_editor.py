"""The declaration editor in a real browser against ``jixiao serve``: an editor changes a
goal's text and a project's fields (a bad amount is shown at its field first), renames an
indicator and deletes another; the document page shows the changes, its history and the
audit log record each save. Screenshots: docs/screens/editor-*.png."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from browser.jixiao_server import Site, jixiao_serve
from browser.test_e2e_pages import shoot, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PROJECT = "侨务工作经费"
RENAMED_PROJECT = "侨务工作专项经费"
INDICATOR = "举办联谊活动次数"
RENAMED = "举办侨界联谊活动次数"
DELETED = "召开工作会议次数"
GOAL_TEXT = "保障机关正常运转,做好联络服务归侨侨眷工作"
# A save renders the editor again (a hundred forms); on a loaded 2-core machine that can take
# longer than Playwright's 5 s default.
SAVED = 30_000


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    with jixiao_serve(tmp_path_factory.mktemp("editor"), with_document=True) as running:
        yield running


def _editor(page: Page, site: Site) -> None:
    page.goto(f"{site.base}/documents/{site.department}/{site.fiscal_year}/edit")
    expect(page.get_by_role("heading", level=1)).to_contain_text("编辑绩效目标")


def _indicator(page: Page, name: str) -> Locator:
    """The row of the project's indicator with its disclosure (its target's label names it)."""
    project = page.get_by_role("region", name=re.compile(f"项目:{RENAMED_PROJECT}"))
    return project.locator(".ind-item", has=page.get_by_label(f"“{name}”的指标值", exact=True))


def test_an_editor_edits_goals_projects_and_indicators(
    page: Page, site: Site, browser: Browser
) -> None:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    # chromium reports every 4xx answer on the console; the refused amount's 422 is expected
    expected = "the server responded with a status of 422"
    sign_in(page, site, "editor")
    _editor(page, site)

    # a goal's text
    goal = page.get_by_role("region", name="年度整体支出目标1")
    goal.get_by_label("目标内容").fill(GOAL_TEXT)
    goal.get_by_role("button", name="保存目标1").click()
    expect(page.get_by_role("status")).to_have_text("已保存整体支出目标1", timeout=SAVED)

    # a project's fields: a bad amount is refused at its field, with what was typed kept
    project = page.get_by_role("region", name=re.compile(f"项目:{PROJECT}"))
    project.get_by_text("修改项目信息").click()
    project.get_by_label("预算数(万元)").fill("十二万")
    project.get_by_label("实施单位").fill("邢台市归国华侨联合会机关")
    project.get_by_role("button", name="保存项目信息").click()
    budget = page.get_by_role("region", name=re.compile(f"项目:{PROJECT}")).get_by_label(
        "预算数(万元)"
    )
    expect(budget).to_have_attribute("aria-invalid", "true", timeout=SAVED)
    expect(budget).to_be_focused()
    expect(page.get_by_role("alert")).to_contain_text("“十二万”不是数字")
    budget.scroll_into_view_if_needed()
    shoot(page, "editor-field-refused")
    budget.fill("12.5")
    project = page.get_by_role("region", name=re.compile(f"项目:{PROJECT}"))
    expect(project.get_by_label("实施单位")).to_have_value("邢台市归国华侨联合会机关")
    project.get_by_label("项目名称").fill(RENAMED_PROJECT)
    project.get_by_label("实施期").fill("2020年1月至12月")
    project.get_by_role("button", name="保存项目信息").click()
    expect(page.get_by_role("status")).to_have_text(f"已保存项目“{RENAMED_PROJECT}”", timeout=SAVED)

    # an indicator renamed and re-weighted, with the library's names offered
    row = _indicator(page, INDICATOR)
    row.get_by_text("修改名称、类别、分值").click()
    row.get_by_label(f"“{INDICATOR}”的名称").fill(RENAMED)
    row.get_by_label("二级指标").select_option(label="数量指标")
    row.get_by_label("分值").fill("6")
    row.scroll_into_view_if_needed()
    shoot(page, "editor-indicator")
    row.get_by_role("button", name="保存指标修改").click()
    expect(page.get_by_role("status")).to_have_text(f"已保存指标“{RENAMED}”", timeout=SAVED)
    expect(_indicator(page, RENAMED)).to_be_visible()
    expect(_indicator(page, RENAMED).locator("form.ind-row")).to_be_focused()  # back at the row

    # an indicator deleted, after its confirmation (keyboard: the checkbox, then the button)
    row = _indicator(page, DELETED)
    row.get_by_text("修改名称、类别、分值").focus()
    page.keyboard.press("Enter")  # opens the disclosure, which loads its forms
    row.get_by_label(f"确认删除指标“{DELETED}”").check()
    row.get_by_role("button", name="删除指标").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_have_text(
        f"已删除项目“{RENAMED_PROJECT}”的指标“{DELETED}”", timeout=SAVED
    )
    expect(_indicator(page, DELETED)).to_have_count(0)

    # the document page shows the changes, and its history each save
    page.get_by_role("link", name="查看文档").click()
    expect(page.get_by_text(GOAL_TEXT, exact=True)).to_be_visible()
    expect(page.get_by_text(re.compile(f"^{RENAMED_PROJECT} · 12.50 万元"))).to_be_visible()
    history = page.get_by_role("region", name="流转记录")
    expect(history).to_contain_text("整体支出目标1:目标内容由")
    expect(history).to_contain_text(f"项目“{RENAMED_PROJECT}”")
    expect(history).to_contain_text(f"指标“{RENAMED}”")
    expect(history).to_contain_text(f"删除项目“{RENAMED_PROJECT}”指标“{DELETED}”")
    unexpected = [e for e in errors if expected not in e]
    assert len(errors) - len(unexpected) == 1
    assert not unexpected, "\n".join(unexpected)  # no CSP violation, no script error

    # the audit log: one entry per save, by the editor
    admin = browser.new_page(base_url=site.base)
    sign_in(admin, site, "admin")
    entries = admin.request.get(f"{site.base}/api/v1/audit?limit=1000").json()["items"]
    saves = [e for e in entries if e["action"] == "保存文档" and e["actor"] == "editor"]
    assert len(saves) == 4, [e["detail"] for e in saves]
    assert "目标内容" in saves[0]["detail"] and DELETED in saves[3]["detail"]
    admin.close()
