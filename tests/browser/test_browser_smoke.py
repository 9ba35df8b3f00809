"""The browser harness itself: Debian chromium through Playwright, and the CSP it enforces."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page

from browser.servers import PYTHON, free_port, serving

pytestmark = [pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tiny_site() -> Iterator[str]:
    port = free_port()
    with serving([PYTHON, "-m", "browser.tiny_site", str(port)], port, cwd=ROOT / "tests") as base:
        yield base


def test_chromium_renders_chinese_and_runs_only_the_sites_own_script(
    page: Page, tiny_site: str
) -> None:
    violations: list[str] = []
    page.on(
        "console", lambda m: violations.append(m.text) if "Content Security" in m.text else None
    )
    page.goto(tiny_site + "/")
    assert page.locator("h1").inner_text() == "预算绩效管理"
    assert page.locator("body").get_attribute("data-external") == "ran"
    assert page.title() == "冒烟测试", "the inline script must not run"
    page.click("#b")
    assert page.title() == "冒烟测试", "the inline handler must not run"
    assert any("Content Security Policy" in v for v in violations), "chromium reports the block"


def test_pages_cannot_be_framed(page: Page, tiny_site: str) -> None:
    response = page.goto(tiny_site + "/")
    assert response is not None
    headers = response.headers
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY"
    frame = page.frame_locator("#f")
    assert frame.get_by_text("framed").count() == 0, (
        "the framed page is refused, even from its own site"
    )
