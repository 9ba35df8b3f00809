"""End to end in a real browser against ``jixiao serve``: sign in, the role's home, the
document page, the open data download; screenshots of the main pages (docs/screens/)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from browser.conftest import SCREENS
from browser.jixiao_server import PASSWORD, Site, jixiao_serve

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    with jixiao_serve(tmp_path_factory.mktemp("e2e"), with_document=True) as running:
        yield running


def sign_in(page: Page, site: Site, login: str) -> None:
    page.goto(site.base + "/login")
    page.get_by_label("账号").fill(login)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()
    expect(page.get_by_role("heading", name="我的待办")).to_be_visible()


def shoot(page: Page, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"{name}.png"))


def test_editor_signs_in_opens_the_document_and_downloads_its_csv(
    page: Page, site: Site, tmp_path: Path
) -> None:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(site.base + "/login")
    shoot(page, "sign-in")
    sign_in(page, site, "editor")
    expect(page.get_by_role("heading", name="待完成的草稿")).to_be_visible()
    shoot(page, "home-editor")

    page.get_by_role("link", name=f"{site.department} {site.fiscal_year} 年").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(site.department)
    expect(page.get_by_text("年度整体支出目标1").first).to_be_visible()
    shoot(page, "document")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV(每项指标一行)").click()
    saved = tmp_path / "document.csv"
    download_info.value.save_as(saved)
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
    assert rows and {r["部门"] for r in rows} == {site.department}
    assert not errors, errors  # no CSP violation, no script error


def test_keyboard_alone_signs_in(page: Page, site: Site) -> None:
    page.goto(site.base + "/login")
    page.keyboard.press("Tab")  # the skip link comes first
    page.get_by_label("账号").focus()
    page.keyboard.type("reviewer")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="待审核")).to_be_visible()


def test_anonymous_visitor_sees_the_portal_without_signing_in(page: Page, site: Site) -> None:
    page.goto(site.base + "/")
    expect(page.get_by_role("heading", level=1)).to_have_text("公开信息:部门预算绩效目标")
    expect(page.get_by_role("search")).to_be_visible()
