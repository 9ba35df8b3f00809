"""Browser tests: Playwright drives Debian's chromium headless (never a downloaded browser).

pytest-playwright's fixtures (``browser``, ``context``, ``page``) take their launch and
context arguments from the two fixtures overridden here.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")

# Root, no network: no sandbox, no GPU, nothing that phones home.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

VIEWPORT = {"width": 1366, "height": 768}

SCREENS = Path(__file__).resolve().parents[2] / "docs" / "screens"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("JIXIAO_REQUIRE_BROWSER"):  # CI: a missing browser is a failure
        raise pytest.UsageError("JIXIAO_REQUIRE_BROWSER is set but /usr/bin/chromium is missing")
    skip = pytest.mark.skip(reason="Debian chromium (/usr/bin/chromium) is not installed")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": CHROMIUM_ARGS,
        "headless": True,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    return {
        **browser_context_args,
        "viewport": VIEWPORT,
        "locale": "zh-CN",
        "timezone_id": "Asia/Shanghai",
        "accept_downloads": True,
    }
