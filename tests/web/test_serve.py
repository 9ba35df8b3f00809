"""``jixiao serve --demo``: the demonstration data, and the refusal of a database in use."""

from __future__ import annotations

from pathlib import Path

import pytest
from anyio import to_thread
from fastapi import APIRouter
from fastapi.testclient import TestClient

from cli_support import run_cli
from jixiao.app import demo, portal
from jixiao.app.documents import parse
from jixiao.domain.access import Role
from jixiao.errors import InputError
from jixiao.ingest.pipeline import missing_parts
from jixiao.web.app import create_app
from jixiao.workspace import Workspace
from web.conftest import login


def test_the_shipped_xingtai_text_reads_completely() -> None:
    document, report = parse(demo.data_file("xingtai-2020.txt"))
    assert missing_parts(report) == []
    assert document.department.name == demo.DEPARTMENT
    assert document.fiscal_year == demo.YEAR
    assert len(document.projects) == 1
    assert len(document.projects[0].indicators) == 28


def test_the_demo_fills_a_new_database(tmp_path: Path) -> None:
    workspace = Workspace(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    built = demo.build(workspace)
    stored = workspace.document(demo.DEPARTMENT, demo.YEAR)
    assert stored.department.region is not None and stored.department.region.code == "130500"
    assert workspace.actuals(demo.DEPARTMENT, demo.YEAR).spending  # the year of actuals
    assert built.synthetic_departments == demo.SYNTH.units
    assert len(workspace.documents()) == 1 + demo.SYNTH.units
    assert [a.role for a in built.accounts] == [
        Role.EDITOR,
        Role.APPROVER,
        Role.REVIEWER,
        Role.ADMIN,
    ]
    assert len({a.password for a in built.accounts}) == 4
    client = TestClient(create_app(workspace.url))
    for account in built.accounts:
        login(client, account.login, account.password)
        assert client.get("/api/v1/auth/me").json()["role"] == account.role.value


def test_the_demo_portal_shows_the_synthetic_departments_published(tmp_path: Path) -> None:
    """The synthetic departments' targets and self-evaluations are published (the portal has
    something to show); the Xingtai document stays a draft for the demo's users."""
    workspace = Workspace(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    demo.build(workspace)
    entries = portal.search(workspace, portal.PortalQuery())
    assert len(entries) == demo.SYNTH.units and all(e.results for e in entries)
    assert demo.DEPARTMENT not in {e.department for e in entries}
    results = portal.results(workspace, entries[0].department, demo.YEAR)
    assert results.sheets and all(s.rows for s in results.sheets[:-1])
    page = TestClient(create_app(workspace.url)).get("/portal")
    assert page.status_code == 200 and page.text.count("查看自评结果") == demo.SYNTH.units


def test_the_demo_refuses_a_database_that_holds_documents(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'used.sqlite3'}"
    workspace = Workspace(url)
    workspace.init()
    workspace.load_file(Path(__file__).parent.parent / "fixtures" / "xingtai-2020.json")
    with pytest.raises(InputError, match="演示数据只能装入新的空数据库"):
        demo.build(workspace)
    result = run_cli("serve", "--demo", "--db", url)
    assert result.returncode == 1
    assert "演示数据只能装入新的空数据库" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(workspace.documents()) == 1


def test_a_worker_runs_requests_on_a_bounded_thread_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each worker's threads (and so its database connections) are bounded by
    ``JIXIAO_SERVER_THREADS``, below the engine's pool of 15."""
    monkeypatch.setenv("JIXIAO_SERVER_THREADS", "7")
    app = create_app("sqlite:///:memory:")
    router = APIRouter()

    @router.get("/threads")
    async def threads() -> int:
        return int(to_thread.current_default_thread_limiter().total_tokens)

    app.include_router(router)
    with TestClient(app) as client:
        assert client.get("/threads").json() == 7
