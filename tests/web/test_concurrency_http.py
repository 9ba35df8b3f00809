"""Concurrent writers over HTTP: 4 uvicorn workers, 20 writers on one document.

A real ``jixiao serve --workers 4`` (subprocess, loopback) on SQLite and on PostgreSQL; 20
async writers at once on the Xingtai document: ten record progress, ten edit one indicator's
target with the version they read (re-reading and retrying after a 409, a few times). Each
write lands or gets 409, none is a 500 (no "database is locked"), and nothing is lost: every
progress record that got 201 is stored, and the successful target edits form one chain of
versions (no two landed on the same version), the last of which is the stored target.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from jixiao.workspace import Workspace
from web.conftest import OWN_DEPARTMENT, PASSWORD, YEAR, seed
from web.live_server import live_server

pytestmark = pytest.mark.slow

WORKERS = 4
WRITERS = 20
RETRIES = 3
PROJECT = "侨务工作经费"
INDICATOR = "举办联谊活动次数"
DOC = f"/api/v1/documents/{quote(OWN_DEPARTMENT)}/{YEAR}"
INDICATOR_URL = f"{DOC}/projects/{quote(PROJECT)}/indicators/{quote(INDICATOR)}"
PROGRESS_URL = f"/api/v1/actuals/{quote(OWN_DEPARTMENT)}/{YEAR}/progress"


def _token(base: str) -> str:
    """An API token of the own department's editor (writers need no CSRF header then)."""
    with httpx.Client(base_url=base, timeout=60) as client:
        signed_in = client.post(
            "/api/v1/auth/login", json={"login": "editor-own", "password": PASSWORD}
        )
        assert signed_in.status_code == 200, signed_in.text
        headers = {"X-CSRF-Token": signed_in.json()["csrf_token"]}
        created = client.post("/api/v1/tokens", json={"name": "并发测试"}, headers=headers)
        assert created.status_code == 201, created.text
        return str(created.json()["secret"])


async def _record(client: httpx.AsyncClient, n: int) -> list[tuple[str, int, Any]]:
    body = {
        "ref": {"project": PROJECT, "indicator": INDICATOR},
        "date": f"2020-06-{n + 1:02d}",
        "value": str(n + 1),
        "unit": "次",
    }
    response = await client.post(PROGRESS_URL, json=body)
    return [("progress", response.status_code, n)]


async def _edit(client: httpx.AsyncClient, n: int) -> list[tuple[str, int, Any]]:
    outcomes: list[tuple[str, int, Any]] = []
    for _ in range(RETRIES):
        read = await client.get(INDICATOR_URL)
        assert read.status_code == 200, read.text
        version = read.json()["version"]
        target = f"≥{n + 10}次"
        response = await client.put(
            INDICATOR_URL + "/target", json={"target": target, "version": version}
        )
        landed = response.json().get("version") if response.status_code == 200 else None
        outcomes.append(("edit", response.status_code, (target, landed)))
        if response.status_code != 409:
            break
    return outcomes


async def _storm(base: str, token: str) -> list[tuple[str, int, Any]]:
    headers = {"Authorization": f"Bearer {token}"}
    limits = httpx.Limits(max_connections=WRITERS)
    async with httpx.AsyncClient(
        base_url=base, headers=headers, timeout=120, limits=limits
    ) as client:
        writers = [_record(client, n) if n % 2 == 0 else _edit(client, n) for n in range(WRITERS)]
        results = await asyncio.gather(*writers)
    return [outcome for outcomes in results for outcome in outcomes]


def test_concurrent_writers_land_or_get_409_and_nothing_is_lost(
    db_url: str, tmp_path: Path
) -> None:
    workspace = Workspace(db_url)
    seed(workspace)
    before = workspace.document(OWN_DEPARTMENT, YEAR)
    with live_server(db_url, WORKERS, tmp_path / "serve.log") as base:
        token = _token(base)
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as client:
            first_version = client.get(INDICATOR_URL).json()["version"]
        # In a thread of its own: a browser test in the same process may have left its event loop
        # running in this one, where asyncio.run refuses to start another.
        with ThreadPoolExecutor(1) as runner:
            outcomes = runner.submit(asyncio.run, _storm(base, token)).result()
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as client:
            final = client.get(INDICATOR_URL).json()
            progress = client.get(PROGRESS_URL.removesuffix("/progress") + "/progress").json()
    log = (tmp_path / "serve.log").read_text()

    statuses = [status for _, status, _ in outcomes]
    assert all(status < 500 for status in statuses), (statuses, log[-3000:])
    assert "database is locked" not in log
    recorded = [n for kind, status, n in outcomes if kind == "progress" and status == 201]
    assert all(s in (201, 409) for k, s, _ in outcomes if k == "progress"), statuses
    assert all(s in (200, 409) for k, s, _ in outcomes if k == "edit"), statuses

    # Every progress record that landed is stored.
    stored_values = {str(record["value"]).rstrip("0").rstrip(".") for record in progress}
    assert {str(n + 1) for n in recorded} <= stored_values
    assert len(progress) == len(recorded)

    # The landed edits form one chain of versions; the last one is what is stored.
    landed = sorted(
        (version, target)
        for kind, status, (target, version) in (o for o in outcomes if o[0] == "edit")
        if kind == "edit" and status == 200
    )
    assert landed, statuses
    versions = [version for version, _ in landed]
    assert len(set(versions)) == len(versions)  # no two edits landed on one version
    assert final["version"] >= versions[-1] > first_version
    assert final["indicator"]["target"]["text"] == landed[-1][1]
    assert before.projects[0].name == PROJECT
