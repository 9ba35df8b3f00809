"""The acceptance story in a real browser against ``jixiao serve`` (issue 14):

an editor signs in, imports the Xingtai document, fixes a finding (a rate target above
100%); the approver submits (the workflow's separation of duties: the last editor may not
submit their own edit); a reviewer
returns it with a reason; the editor fixes and the approver resubmits; the reviewer approves;
an administrator publishes; an anonymous visitor finds it on the portal and downloads its CSV.
Screenshots of the pages on the way go to docs/screens/.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from browser.conftest import SCREENS
from browser.jixiao_server import PASSWORD, XINGTAI_TEXT, Site, jixiao_serve

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    with jixiao_serve(tmp_path_factory.mktemp("story"), with_document=False) as running:
        yield running


def shoot(page: Page, name: str, *, full: bool = False) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=full)


class Person:
    """One user in a browser context of their own (their own cookie)."""

    def __init__(self, browser: Browser, args: dict[str, Any], site: Site, login: str) -> None:
        self.context = browser.new_context(**args)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", lambda m: self._console(m.type, m.text))
        self.site = site
        if login:
            self.sign_in(login)

    def _console(self, kind: str, text: str) -> None:
        # A form that needs attention answers its page with 409/422 on purpose; any other
        # error (a CSP violation, a script error, a missing resource) is a failure.
        deliberate = "status of 409" in text or "status of 422" in text
        if kind == "error" and not deliberate:
            self.errors.append(text)

    def sign_in(self, login: str) -> None:
        page = self.page
        page.goto(self.site.base + "/login")
        page.get_by_label("账号").fill(login)
        page.get_by_label("密码").fill(PASSWORD)
        page.get_by_role("button", name="登录").click()
        expect(page.get_by_role("heading", name="我的待办")).to_be_visible()

    def open_document(self) -> None:
        self.page.goto(f"{self.site.base}/documents/{self.site.department}/{self.site.fiscal_year}")

    def close(self) -> None:
        assert not self.errors, self.errors  # no CSP violation, no script error
        self.context.close()


def test_the_declaration_from_import_to_the_portal(
    browser: Browser, browser_context_args: dict[str, Any], site: Site, tmp_path: Path
) -> None:
    editor = Person(browser, browser_context_args, site, "editor")
    page = editor.page

    # import: upload, see the parsed document beside the report, fix the region, confirm
    page.get_by_role("link", name="导入文档").click()
    page.get_by_label("文件").set_input_files(str(XINGTAI_TEXT))
    page.get_by_role("button", name="读取并预览").click()
    expect(page.get_by_role("heading", name="导入报告")).to_be_visible()
    page.get_by_label("地区名称").fill("邢台市")
    page.get_by_label("行政区划代码").fill("130500")
    shoot(page, "import-preview")
    page.get_by_role("button", name="确认导入为草稿").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(site.department)
    expect(page.locator(".badge.state").first).to_have_text("草稿")

    # the editor: review, the finding at its field, the target read as typed, saved
    page.get_by_role("link", name="编辑绩效目标").click()
    page.get_by_role("button", name="运行审核").click()
    expect(page.get_by_text("审核完成")).to_be_visible()
    target = page.get_by_label("“侨群来电来访咨询问题办结率”的指标值")
    row = page.locator("form.ind-row", has=target)
    expect(row.get_by_text("最高为 100%")).to_be_visible()
    target.fill("≥≥")
    expect(row.locator(".reading .bad")).to_be_visible()
    target.fill("=100%")
    expect(row.locator(".reading")).to_contain_text("定量:等于 100%")
    row.scroll_into_view_if_needed()
    shoot(page, "editor")
    row.get_by_role("button", name="保存").click()
    expect(page.get_by_text("已保存“侨群来电来访咨询问题办结率”的指标值“=100%”")).to_be_visible()

    # the approver submits, explaining the error the review still finds
    approver = Person(browser, browser_context_args, site, "approver")
    approver.open_document()
    approver.page.get_by_role("button", name="提交审核").click()
    expect(approver.page.get_by_role("heading", name="提交前请说明审核发现的错误")).to_be_visible()
    for box in approver.page.get_by_label("对此错误的说明").all():
        box.fill("收支差额为上年结转资金,已核实")
    approver.page.get_by_role("button", name="附说明提交").click()
    expect(approver.page.locator(".badge.state").first).to_have_text("已提交")

    # the reviewer: queue, start, the explanation shown, return with a reason
    reviewer = Person(browser, browser_context_args, site, "reviewer")
    rpage = reviewer.page
    rpage.get_by_role("link", name="审核队列").click()
    rpage.get_by_role("link", name="打开审核").click()
    rpage.get_by_role("button", name="开始审核").click()
    expect(rpage.get_by_text("收支差额为上年结转资金,已核实").first).to_be_visible()
    shoot(rpage, "review")
    rpage.get_by_label("其他退回位置").fill("项目“侨务工作经费”")
    rpage.get_by_label("其他退回理由").fill("请补充指标值确定依据")
    rpage.get_by_role("button", name="退回(附以上理由)").click()
    expect(rpage.locator(".badge.state").first).to_have_text("退回")

    # the editor sees the reason on the home page and the document, fixes; resubmitted
    page.goto(site.base + "/")
    expect(page.get_by_role("heading", name="被退回待修改")).to_be_visible()
    shoot(page, "home-editor-returned")
    editor.open_document()
    expect(page.get_by_text("请补充指标值确定依据").first).to_be_visible()
    page.get_by_role("link", name="编辑绩效目标").click()
    project = page.get_by_role("region", name=re.compile("项目:侨务工作经费"))
    row = project.locator("form.ind-row", has=page.get_by_label("“召开工作会议次数”的指标值"))
    row.get_by_label("“召开工作会议次数”的指标值").fill("≥5次")
    row.get_by_role("button", name="保存").click()
    expect(page.get_by_text("已保存“召开工作会议次数”的指标值“≥5次”")).to_be_visible()
    approver.open_document()
    approver.page.get_by_role("button", name="提交审核").click()
    # one copy of the target changed: the review now finds the copies contradict each other
    expect(approver.page.get_by_text("前后矛盾").first).to_be_visible()
    shoot(approver.page, "submit-explain")
    for box in approver.page.get_by_label("对此错误的说明").all():
        box.fill("项目表为调整后的数,其余两处随后统一")
    approver.page.get_by_role("button", name="附说明提交").click()
    expect(approver.page.locator(".badge.state").first).to_have_text("已提交")

    # the reviewer approves, the administrator publishes
    rpage.goto(site.base + "/review")
    rpage.get_by_role("link", name="打开审核").click()
    rpage.get_by_role("button", name="开始审核").click()
    rpage.get_by_role("button", name="批复").click()
    expect(rpage.locator(".badge.state").first).to_have_text("已批复")
    admin = Person(browser, browser_context_args, site, "admin")
    admin.open_document()
    admin.page.get_by_role("button", name="公开").click()
    expect(admin.page.locator(".badge.state").first).to_have_text("已公开")
    shoot(admin.page, "document")

    # an anonymous visitor finds it on the portal by indicator and downloads its CSV
    visitor = Person(browser, browser_context_args, site, "")
    vpage = visitor.page
    vpage.goto(site.base + "/")
    vpage.get_by_label("指标").fill("会议")
    vpage.get_by_role("button", name="查找").click()
    expect(vpage.get_by_role("cell", name="召开工作会议次数")).to_be_visible()
    shoot(vpage, "portal")
    with vpage.expect_download() as download:
        vpage.get_by_role("link", name="CSV").first.click()
    saved = tmp_path / "portal.csv"
    download.value.save_as(saved)
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
    meeting = [r for r in rows if r["三级指标"] == "召开工作会议次数" and r["层级"] == "项目"]
    assert meeting and meeting[0]["指标值"] == "≥5次"

    # the editor records spending in June and sees a warning on the dashboard
    editor.open_document()
    page.get_by_role("link", name="运行监控").click()
    page.get_by_label("支付日期").fill("2020-06-30")
    page.get_by_label("金额(万元)").fill("0.5")
    page.get_by_label("经济分类").fill("会议费")
    page.get_by_role("button", name="记录支出").click()
    expect(page.get_by_text("已记录支出 0.5 万元")).to_be_visible()
    expect(page.locator("#warn + ul .badge.red, #warn ~ ul .badge.red").first).to_be_visible()
    chart = page.locator('[data-chart="spending"]')
    expect(chart).to_have_attribute("data-drawn", "true")
    expect(chart.locator("svg path").first).to_be_attached()  # ECharts drew its lines
    chart.scroll_into_view_if_needed()
    shoot(page, "monitoring")

    # the year-end self-evaluation: a value typed, the score follows; stored; form downloaded
    editor.open_document()
    page.get_by_role("link", name="年终自评").click()
    total = page.locator("#scores [data-total]").first
    before = total.inner_text()
    field = page.get_by_label("“举办联谊活动次数”实际完成值")
    field.fill("100次")
    expect(total).not_to_have_text(before)
    shoot(page, "self-evaluation")
    page.get_by_role("button", name="保存年末实际值").click()
    expect(page.get_by_text(re.compile(r"已保存 \d+ 项年末实际值"))).to_be_visible()
    with page.expect_download() as form_download:
        page.get_by_role("link", name="Excel").first.click()
    form = tmp_path / "self-evaluation.xlsx"
    form_download.value.save_as(form)
    assert form.read_bytes()[:2] == b"PK", "an xlsx file (a zip)"

    # the bureau's view of the region, down to a project
    rpage.goto(site.base + "/region")
    expect(rpage.get_by_role("heading", name="评价等级分布")).to_be_visible()
    expect(rpage.locator('[data-chart="bar"] svg').first).to_be_attached()
    shoot(rpage, "region")
    rpage.get_by_role("link", name=site.department).first.click()
    expect(rpage.get_by_role("heading", level=1)).to_contain_text(site.department)

    for person in (editor, approver, reviewer, admin, visitor):
        person.close()
