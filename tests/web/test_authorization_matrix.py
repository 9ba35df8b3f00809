"""The authorisation matrix: every operation of the OpenAPI schema × every caller.

Generated from ``app.openapi()``: each path × method is a test, so a new endpoint is in the
matrix the moment it exists, and one that declares no access policy (``x-jixiao-access``,
:func:`jixiao.web.deps.access`) fails. The callers are one user per role for the own
department (邢台市归国华侨联合会, region 1305) and for the other one (沧州市, region 1309),
the administrator, and the anonymous public; every path names the own department (its
documents are drafts, not published). The policy table below says who is allowed:

- an allowed call is not refused (no 401/403/404: the resource exists) and never a 500;
- a denied call is 401, 403 or 404 with a problem document and nothing else: no field of the
  resource, no indicator of the document; a denied write changes nothing in the database;
- a list (``list``) answers everyone, but never names a department the caller cannot read.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from jixiao.web.app import create_app
from jixiao.web.deps import ACCESS_EXTENSION, Access
from web.conftest import (
    ACCOUNTS,
    FIXTURES,
    OTHER_REGION_CODE,
    OWN_DEPARTMENT,
    OWN_REGION,
    OWN_REGION_CODE,
    PASSWORD,
    YEAR,
    Template,
    WebEnv,
    make_env,
    xingtai,
)

CALLERS = ("anonymous", *(account.key for account in ACCOUNTS))
OWN_READERS = frozenset({"editor_own", "approver_own", "reviewer_own", "admin"})
ALLOWED: dict[Access, frozenset[str]] = {
    Access.PUBLIC: frozenset(CALLERS),
    Access.AUTHENTICATED: frozenset(CALLERS) - {"anonymous"},
    Access.ADMIN: frozenset({"admin"}),
    Access.LIST: frozenset(CALLERS),
    Access.READ: OWN_READERS,
    Access.EDIT: frozenset({"editor_own", "approver_own", "admin"}),
    Access.SCOPED: OWN_READERS,
    Access.APPROVE: frozenset({"approver_own", "admin"}),
    Access.REVIEW: frozenset({"reviewer_own", "admin"}),
    Access.REGION: frozenset({"reviewer_own", "admin"}),
}
DENIED_STATUSES = (401, 403, 404)
PROBLEM_FIELDS = {"type", "title", "status", "detail", "instance", "errors"}
UNSAFE = {"post", "put", "patch", "delete"}

PROJECT = "侨务工作经费"
PROJECT_INDICATOR = "举办联谊活动次数"
GOAL_INDICATOR = "职工出勤率"
# Data of the own document that no request names: a denial must not show any of it.
SENTINELS = ("接待海外侨胞人数", "印制侨法宣传资料册数", "64.18")

# --- how to call each operation -----------------------------------------------------------

Request = dict[str, Any]
Caller = str


def _path_value(name: str, path: str) -> str:
    values = {
        "department": OWN_DEPARTMENT,
        "year": str(YEAR),
        "name": OWN_DEPARTMENT if path.startswith("/api/v1/departments/") else PROJECT,
        "number": "1",
        "indicator": PROJECT_INDICATOR if "/projects/" in path else GOAL_INDICATOR,
        "login": "editor-own",
        "code": OWN_REGION_CODE[:4],
    }
    if name not in values:
        pytest.fail(f"路径参数 {name}({path})没有测试取值:请在 _path_value 中补上")
    return values[name]


# Query parameters: required ones, and optional ones that name a scope (so that a caller of
# another region is asked about the own region, not served their own).
QUERY_VALUES = {"as_of": "2020-06-30", "year": str(YEAR), "code": OWN_REGION_CODE[:4]}
SCOPE_QUERY = {"code"}


def _document_body(year: int) -> dict[str, Any]:
    document = xingtai(OWN_DEPARTMENT, OWN_REGION, OWN_REGION_CODE)
    dated = document.model_copy(update={"fiscal_year": year})
    return {"json": {"document": dated.model_dump(mode="json")}}


def _file(path: Path, media_type: str) -> Request:
    return {"files": {"file": (path.name, path.read_bytes(), media_type)}}


ACTUALS = "POST /api/v1/actuals/{department}/{year}"
DOCUMENT = "/api/v1/documents/{department}/{year}"
TARGET = "/indicators/{indicator}/target"
BODIES: dict[str, Callable[[], Request]] = {
    "POST /api/v1/auth/login": lambda: {"json": {"login": "admin", "password": PASSWORD}},
    f"{ACTUALS}/spending": lambda: {
        "json": {"project": PROJECT, "date": "2020-06-30", "amount": "1.2"}
    },
    f"{ACTUALS}/progress": lambda: {
        "json": {
            "ref": {"project": PROJECT, "indicator": PROJECT_INDICATOR},
            "date": "2020-06-30",
            "value": "3",
            "unit": "次",
        }
    },
    f"{ACTUALS}/year-end": lambda: {
        "json": {"ref": {"goal": 1, "indicator": GOAL_INDICATOR}, "value": "97", "unit": "%"}
    },
    f"{ACTUALS}/import": lambda: _file(FIXTURES / "xingtai-2020-actuals.csv", "text/csv"),
    "POST /api/v1/documents": lambda: _document_body(YEAR + 1),
    "POST /api/v1/documents/import": lambda: {
        **_file(
            FIXTURES
            / "department_performance"
            / "hubei-qinglan-2022-department-performance-pipes.txt",
            "text/plain",
        ),
        "params": {"department": OWN_DEPARTMENT},
    },
    f"PUT {DOCUMENT}": lambda: _document_body(YEAR),
    f"PUT {DOCUMENT}/projects/{{name}}{TARGET}": lambda: {"json": {"target": "≥5次"}},
    f"PUT {DOCUMENT}/goals/{{number}}{TARGET}": lambda: {"json": {"target": "≥96%"}},
    f"PATCH {DOCUMENT}/goals/{{number}}": lambda: {"json": {"text": "保障机关正常运转"}},
    f"POST {DOCUMENT}/goals": lambda: {"json": {"text": "完成侨务宣传任务"}},
    f"PATCH {DOCUMENT}/projects/{{name}}": lambda: {"json": {"period": "2020年"}},
    f"POST {DOCUMENT}/projects": lambda: {"json": {"name": "归侨侨眷帮扶经费"}},
    f"PATCH {DOCUMENT}/projects/{{name}}/indicators/{{indicator}}": lambda: {
        "json": {"weight": "5"}
    },
    f"PATCH {DOCUMENT}/goals/{{number}}/indicators/{{indicator}}": lambda: {
        "json": {"name": "职工出勤比率"}
    },
    f"POST {DOCUMENT}/projects/{{name}}/indicators": lambda: {"json": {"name": "新指标"}},
    f"POST {DOCUMENT}/goals/{{number}}/indicators": lambda: {"json": {"name": "新指标"}},
    "POST /api/v1/targets/parse": lambda: {"json": {"text": "≥95%"}},
    f"POST {DOCUMENT}/workflow/submit": lambda: {"json": {"explanations": {}}},
    f"POST {DOCUMENT}/workflow/return": lambda: {
        "json": {"reasons": [{"location": "项目“侨务工作经费”", "reason": "指标值偏低"}]}
    },
    f"POST {DOCUMENT}/workflow/adjustment": lambda: {"json": {"reason": "预算调整"}},
    f"POST {DOCUMENT}/findings/{{number}}/comments": lambda: {"json": {"text": "请补充依据"}},
    f"POST {DOCUMENT}/findings/{{number}}/explanations": lambda: {"json": {"text": "已核实"}},
    "POST /api/v1/users": lambda: {
        "json": {
            "login": "matrix-user",
            "role": "单位填报人",
            "password": "matrix-password",
            "departments": [OWN_DEPARTMENT],
        }
    },
    "PATCH /api/v1/users/{login}": lambda: {"json": {"display_name": "改名"}},
    "POST /api/v1/users/{login}/password": lambda: {"json": {"password": "another-password"}},
    "POST /api/v1/tokens": lambda: {"json": {"name": "matrix"}},
}


def _caller_path_value(env: WebEnv, caller: Caller, name: str) -> str | None:
    """Path values that belong to the caller: their own API token."""
    if name != "token_id":
        return None
    if caller == "anonymous":
        return "1"
    created = env.client(caller).post("/api/v1/tokens", json={"name": "撤销用"})
    assert created.status_code == 201, created.text
    return str(created.json()["token"]["id"])


@contextlib.contextmanager
def fresh_env(template: Template, directory: Path) -> Iterator[WebEnv]:
    yield from make_env(template, directory)


# --- the operations -------------------------------------------------------------------------

SPEC = create_app("sqlite:///:memory:").openapi()
OPERATIONS = [
    pytest.param(method, path, operation, id=f"{method.upper()} {path}")
    for path, methods in SPEC["paths"].items()
    for method, operation in methods.items()
]


def _policy(method: str, path: str, operation: dict[str, Any]) -> Access:
    declared = operation.get(ACCESS_EXTENSION)
    if declared is None:
        pytest.fail(
            f"{method.upper()} {path} 没有声明访问策略:路由须带 openapi_extra=access(Access.…)"
        )
    try:
        return Access(declared)
    except ValueError:
        pytest.fail(f"{method.upper()} {path} 的访问策略 {declared!r} 不在 Access 中")


def _build(
    env: WebEnv, caller: Caller, method: str, path: str, operation: dict[str, Any]
) -> tuple[str, Request]:
    url = path
    params: dict[str, str] = {}
    for parameter in operation.get("parameters", []):
        name, where = parameter["name"], parameter["in"]
        if where == "path":
            value = _caller_path_value(env, caller, name) or _path_value(name, path)
            url = url.replace("{" + name + "}", quote(value, safe=""))
        elif where == "query" and (parameter.get("required") or name in SCOPE_QUERY):
            if name not in QUERY_VALUES:
                pytest.fail(f"查询参数 {name}({method.upper()} {path})没有测试取值")
            params[name] = QUERY_VALUES[name]
    request: Request = {}
    if "requestBody" in operation:
        key = f"{method.upper()} {path}"
        if key not in BODIES:
            pytest.fail(f"{key} 有请求体,但 BODIES 中没有它的合法示例:请补上")
        request = BODIES[key]()
    request["params"] = {**params, **request.get("params", {})}
    return url, request


def _call(
    env: WebEnv, caller: Caller, method: str, path: str, operation: dict[str, Any]
) -> tuple[str, httpx.Response]:
    url, request = _build(env, caller, method, path, operation)
    return url, env.client(caller).request(method.upper(), url, **request)


def _dump(env: WebEnv) -> str:
    """A digest of every row of the database (its logical content, not its pages)."""
    database = re.sub(r"^sqlite:///", "", env.workspace.url)
    with contextlib.closing(sqlite3.connect(database)) as connection:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()


def _assert_denied(caller: Caller, url: str, response: httpx.Response) -> None:
    where = f"{caller} {response.request.method} {url}"
    assert response.status_code in DENIED_STATUSES, (
        f"{where}: {response.status_code} {response.text}"
    )
    assert response.headers["content-type"].startswith("application/problem+json"), where
    body = response.json()
    assert set(body) <= PROBLEM_FIELDS, f"{where}: {sorted(set(body) - PROBLEM_FIELDS)}"
    shown = [s for s in SENTINELS if s in response.text and s not in url]
    assert shown == [], f"{where} shows the document's data: {shown}"


def _assert_allowed(caller: Caller, url: str, response: httpx.Response, policy: Access) -> None:
    where = f"{caller} {response.request.method} {url}"
    assert response.status_code < 500, f"{where}: {response.status_code} {response.text}"
    assert response.status_code not in DENIED_STATUSES, f"{where}: {response.text}"
    if policy is Access.LIST and caller not in OWN_READERS:
        assert OWN_DEPARTMENT not in response.text, f"{where} lists a department it cannot read"


@pytest.mark.parametrize(("method", "path", "operation"), OPERATIONS)
def test_every_operation_allows_exactly_its_policy(
    method: str,
    path: str,
    operation: dict[str, Any],
    shared_web: WebEnv,
    template: Template,
    tmp_path: Path,
) -> None:
    policy = _policy(method, path, operation)
    allowed = ALLOWED[policy]
    unsafe = method in UNSAFE
    before = _dump(shared_web) if unsafe else ""
    for caller in CALLERS:
        if caller in allowed:
            continue
        url, response = _call(shared_web, caller, method, path, operation)
        _assert_denied(caller, url, response)
    if unsafe:
        assert _dump(shared_web) == before, f"a denied {method.upper()} {path} changed data"
    for caller in sorted(allowed):
        if not unsafe:
            url, response = _call(shared_web, caller, method, path, operation)
            _assert_allowed(caller, url, response, policy)
            continue
        # A write that is allowed changes things: each allowed caller gets a fresh server.
        with fresh_env(template, tmp_path / caller) as env:
            url, response = _call(env, caller, method, path, operation)
            _assert_allowed(caller, url, response, policy)


def test_the_matrix_covers_every_operation_of_the_schema() -> None:
    operations = {(m, p) for p, methods in SPEC["paths"].items() for m in methods}
    assert len(OPERATIONS) == len(operations)
    assert ("post", "/api/v1/auth/login") in operations  # the schema is the served one
    assert OTHER_REGION_CODE[:4] != OWN_REGION_CODE[:4]
