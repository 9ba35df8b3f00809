"""A monitoring round and the self-evaluation in a real browser against ``jixiao serve``:

the editor records June's spending; the approver submits the round 1-6月 from the
monitoring page; the reviewer finds it in the queue (stage column), returns it with a
reason; the approver sees the reason and resubmits; the reviewer approves and publishes.
The editor saves year-end values; the approver submits the self-evaluation; the reviewer
approves it and the administrator publishes it. Screenshots go to docs/screens/.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from browser.jixiao_server import Site, jixiao_serve
from browser.test_e2e_story import Person, shoot

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    with jixiao_serve(tmp_path_factory.mktemp("rounds"), with_document=True) as running:
        yield running


def _stage_page(person: Person, link: str) -> Page:
    person.open_document()
    person.page.get_by_role("link", name=link).click()
    return person.page


def _state(page: Page) -> Any:
    return page.locator("h1 .badge.state")


def test_a_round_and_a_self_evaluation_from_submission_to_publication(
    browser: Browser, browser_context_args: dict[str, Any], site: Site
) -> None:
    editor = Person(browser, browser_context_args, site, "editor")
    page = _stage_page(editor, "运行监控")
    expect(page.get_by_text("尚未录入支出或指标进度")).to_be_visible()
    page.get_by_label("支付日期").fill("2020-06-20")
    page.get_by_label("金额(万元)").fill("3")
    page.get_by_role("button", name="记录支出").click()
    expect(page.get_by_text("已记录支出 3 万元")).to_be_visible()
    expect(page.get_by_text("监控轮次由单位负责人提交")).to_be_visible()

    # the approver submits the round the data reach, chosen with the keyboard
    approver = Person(browser, browser_context_args, site, "approver")
    apage = _stage_page(approver, "运行监控")
    chooser = apage.get_by_label("报送轮次(按已录入的数据)")
    expect(chooser).to_have_value("1-6月")
    chooser.focus()
    apage.keyboard.press("Tab")
    apage.keyboard.press("Enter")
    expect(apage.get_by_text("已提交监控 1-6月")).to_be_visible()
    rounds = apage.get_by_role("table", name="已报送的轮次")
    expect(rounds.get_by_role("row", name="1-6月")).to_contain_text("已提交")

    # the reviewer: the queue's stage column, start, return with a reason
    reviewer = Person(browser, browser_context_args, site, "reviewer")
    rpage = reviewer.page
    rpage.goto(site.base + "/")
    expect(rpage.get_by_role("region", name="待审核")).to_contain_text("监控 1-6月")
    shoot(rpage, "home-reviewer-stages")
    rpage.get_by_role("link", name="审核队列").click()
    expect(rpage.get_by_role("cell", name="监控 1-6月", exact=True)).to_be_visible()
    shoot(rpage, "review-queue-stages")
    rpage.get_by_role("link", name="打开审核").click()
    rpage.get_by_role("button", name="开始审核").click()
    expect(_state(rpage)).to_have_text("审核中")
    reported = rpage.get_by_role("region", name="报送内容")
    expect(reported).to_contain_text("截至 2020-06-30:项目执行 3 万元")
    rpage.get_by_label("其他退回位置").fill("项目“侨务工作经费”")
    rpage.get_by_label("其他退回理由").fill("执行进度偏慢,请说明原因和整改措施")
    shoot(rpage, "review-round")
    rpage.get_by_role("button", name="退回(附以上理由)").click()
    expect(_state(rpage)).to_have_text("退回")

    # the approver sees the reason, resubmits; the reviewer approves and publishes
    apage = _stage_page(approver, "运行监控")
    expect(apage.get_by_role("alert")).to_contain_text("执行进度偏慢,请说明原因和整改措施")
    shoot(apage, "monitoring-round-returned")
    apage.get_by_label("监控 1-6月 报送说明(可选)").fill("工程款待结算,7月支付后执行率可达计划")
    apage.get_by_role("button", name="重新提交监控 1-6月").click()
    expect(rounds.get_by_role("row", name="1-6月")).to_contain_text("已提交")
    rpage.reload()
    rpage.get_by_role("button", name="开始审核").click()
    expect(reported).to_contain_text("工程款待结算,7月支付后执行率可达计划")
    rpage.get_by_role("button", name="批复").click()
    expect(_state(rpage)).to_have_text("已批复")
    rpage.get_by_role("button", name="公开").click()
    expect(_state(rpage)).to_have_text("已公开")
    apage = _stage_page(approver, "运行监控")
    rounds = apage.get_by_role("table", name="已报送的轮次")
    expect(rounds.get_by_role("row", name="1-6月")).to_contain_text("已公开")

    # the self-evaluation: year-end values saved, submitted, approved, published
    page = _stage_page(editor, "年终自评")
    page.get_by_label("“举办联谊活动次数”实际完成值").fill("4次")
    page.get_by_role("button", name="保存年末实际值").click()
    expect(page.get_by_text("已保存 1 项年末实际值")).to_be_visible()
    apage = _stage_page(approver, "年终自评")
    apage.get_by_role("button", name="提交自评").click()
    expect(_state(apage)).to_have_text("已提交")
    apage.locator("summary", has_text="自评 流转记录").click()  # the history opens
    expect(apage.get_by_role("table", name="自评 流转记录")).to_contain_text("自评得分:")
    shoot(apage, "self-evaluation-submitted")

    rpage.goto(site.base + "/review")
    expect(rpage.get_by_role("cell", name="自评", exact=True)).to_be_visible()
    rpage.get_by_role("link", name="打开审核").click()
    rpage.get_by_role("button", name="开始审核").click()
    expect(rpage.get_by_role("heading", name="自评得分")).to_be_visible()
    shoot(rpage, "review-self-evaluation")
    rpage.get_by_role("button", name="批复").click()
    expect(_state(rpage)).to_have_text("已批复")
    admin = Person(browser, browser_context_args, site, "admin")
    admin.page.get_by_role("link", name="我的待办").click()
    admin.page.get_by_role("region", name="已批复待公开").get_by_role("link").click()
    admin.page.get_by_role("button", name="公开").click()
    expect(_state(admin.page)).to_have_text("已公开")
    apage.reload()
    expect(_state(apage)).to_have_text("已公开")

    for person in (editor, approver, reviewer, admin):
        person.close()
