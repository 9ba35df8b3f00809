"""Fixtures of the API tests: a database with the Xingtai document and a second department in
another region, one user per role for the own and the other department (or region), and an
authenticated TestClient per user (cookie session, CSRF header preset).

``own`` is 邢台市归国华侨联合会 (region 邢台市, code 130500); ``other`` is the same document
filed by 沧州市归国华侨联合会 (region 沧州市, code 130900), so every path that names the own
department has a twin naming the other.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher, profiles
from fastapi import FastAPI
from fastapi.testclient import TestClient

from jixiao.app import users
from jixiao.app.users import UserSpec
from jixiao.domain.access import Role, system_actor
from jixiao.domain.model import PerformanceDocument
from jixiao.web.app import create_app
from jixiao.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
XINGTAI_JSON = FIXTURES / "xingtai-2020.json"
YEAR = 2020
OWN_DEPARTMENT = "邢台市归国华侨联合会"
OWN_REGION, OWN_REGION_CODE = "邢台市", "130500"
OTHER_DEPARTMENT = "沧州市归国华侨联合会"
OTHER_REGION, OTHER_REGION_CODE = "沧州市", "130900"
PASSWORD = "correct-horse-battery"
ADMIN = system_actor("pytest")


@dataclass(frozen=True)
class Account:
    """A test user: the role, and whether its scope is the own or the other department."""

    key: str
    login: str
    role: Role
    side: str  # "own", "other", or "all" (administrator)


ACCOUNTS: tuple[Account, ...] = (
    Account("editor_own", "editor-own", Role.EDITOR, "own"),
    Account("editor_other", "editor-other", Role.EDITOR, "other"),
    Account("approver_own", "approver-own", Role.APPROVER, "own"),
    Account("approver_other", "approver-other", Role.APPROVER, "other"),
    Account("reviewer_own", "reviewer-own", Role.REVIEWER, "own"),
    Account("reviewer_other", "reviewer-other", Role.REVIEWER, "other"),
    Account("admin", "admin", Role.ADMIN, "all"),
)


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing() -> Iterator[None]:
    """argon2id with its cheapest parameters: the default costs ~0.5 s a hash on a busy
    machine, and these tests hash and verify dozens of times (the parameters are not what
    they test; test_auth checks that a hash made with other parameters is upgraded)."""
    default = users._hasher
    users._hasher = PasswordHasher.from_parameters(profiles.CHEAPEST)
    yield
    users._hasher = default


def xingtai(department: str, region: str, code: str) -> PerformanceDocument:
    """The Xingtai 2020 document, filed by ``department`` in region ``region`` (``code``)."""
    data = json.loads(XINGTAI_JSON.read_text(encoding="utf-8"))
    data["department"] = {"name": department, "region": {"name": region, "code": code}}
    return PerformanceDocument.model_validate(data)


def _spec(account: Account) -> UserSpec:
    department = OWN_DEPARTMENT if account.side == "own" else OTHER_DEPARTMENT
    code = OWN_REGION_CODE if account.side == "own" else OTHER_REGION_CODE
    scoped_by_department = account.role in (Role.EDITOR, Role.APPROVER)
    return UserSpec(
        login=account.login,
        display_name=account.key,
        role=account.role,
        password=PASSWORD,
        departments=(department,) if scoped_by_department else (),
        regions=(code[:4],) if account.role is Role.REVIEWER else (),
    )


def seed(workspace: Workspace) -> None:
    """The two departments' documents and one user per account."""
    workspace.init()
    workspace.save(xingtai(OWN_DEPARTMENT, OWN_REGION, OWN_REGION_CODE))
    workspace.save(xingtai(OTHER_DEPARTMENT, OTHER_REGION, OTHER_REGION_CODE))
    for account in ACCOUNTS:
        workspace.users.create(ADMIN, _spec(account))


def login(client: TestClient, login_name: str, password: str = PASSWORD) -> str:
    """Sign the client in (cookie) and preset its CSRF header; returns the CSRF token."""
    response = client.post("/api/v1/auth/login", json={"login": login_name, "password": password})
    assert response.status_code == 200, response.text
    token = str(response.json()["csrf_token"])
    client.headers["X-CSRF-Token"] = token
    return token


@dataclass
class WebEnv:
    """A seeded database behind an app, and a signed-in client per account (``anonymous`` too)."""

    workspace: Workspace
    clients: dict[str, TestClient] = field(default_factory=dict)

    def client(self, key: str) -> TestClient:
        return self.clients[key]

    @property
    def app(self) -> Any:
        return self.clients["anonymous"].app


@dataclass(frozen=True)
class Template:
    """A seeded database file with every account signed in: its sessions are rows of the
    file, so a copy of it comes with signed-in clients (a fresh server in milliseconds)."""

    database: Path
    sessions: dict[str, tuple[str, str]]  # account key → (session cookie, CSRF token)


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory, _cheap_password_hashing: None) -> Template:
    database = tmp_path_factory.mktemp("template") / "web.sqlite3"
    url = f"sqlite:///{database}"
    workspace = Workspace(url)
    seed(workspace)
    sessions: dict[str, tuple[str, str]] = {}
    with serving(url) as app, TestClient(app) as client:
        for account in ACCOUNTS:
            client.cookies.clear()
            csrf = login(client, account.login)
            sessions[account.key] = (client.cookies["jixiao_session"], csrf)
    workspace.close()
    return Template(database, sessions)


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database (WAL included), by SQLite's backup API."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    src.close()


# Apps not serving any test now. FastAPI builds a router's routes (their dependencies, body
# and response models) on an app's first request to it: about a second of every new app,
# paid again by each fresh server. A server is an app and its workspace (``app.state``, its
# only state), so a fresh server is an idle app given a new workspace on the fresh copy.
_IDLE_APPS: list[FastAPI] = []


@contextmanager
def serving(url: str) -> Iterator[FastAPI]:
    """An app serving a new Workspace on ``url``: an idle app when there is one, else a new
    one (tests that need two servers at once get two apps); the workspace closed after."""
    app = _IDLE_APPS.pop() if _IDLE_APPS else create_app(url)
    served = Workspace(url)
    app.state.workspace = served
    try:
        yield app
    finally:
        served.close()
        _IDLE_APPS.append(app)


def make_env(template: Template, directory: Path) -> Iterator[WebEnv]:
    """A server on a copy of the template, with a signed-in client per account."""
    directory.mkdir(parents=True, exist_ok=True)
    database = directory / "web.sqlite3"
    copy_database(template.database, database)
    url = f"sqlite:///{database}"
    workspace = Workspace(url)
    with serving(url) as app:
        yield from _signed_in(WebEnv(workspace), app, template)
    workspace.close()


def _signed_in(env: WebEnv, app: FastAPI, template: Template) -> Iterator[WebEnv]:
    with TestClient(app) as anonymous:
        env.clients["anonymous"] = anonymous
        for key, (session_id, csrf) in template.sessions.items():
            client = TestClient(app, headers={"X-CSRF-Token": csrf})
            client.cookies.set("jixiao_session", session_id)
            env.clients[key] = client
        yield env
        for key, client in env.clients.items():
            if key != "anonymous":
                client.close()


@pytest.fixture
def web(template: Template, tmp_path: Path) -> Iterator[WebEnv]:
    """A fresh seeded server per test (for tests that change things)."""
    yield from make_env(template, tmp_path)


@pytest.fixture(scope="module")
def shared_web(template: Template, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    """One seeded server for a module's read-mostly tests."""
    yield from make_env(template, tmp_path_factory.mktemp("web"))
