"""Checks shared by the resource routers' tests: a problem document, a denial with no data."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

import httpx

CJK = re.compile(r"[\u4e00-\u9fff]")


def problem(response: httpx.Response, status: int, loc: list[Any] | None = None) -> dict[str, Any]:
    """The response is an RFC 9457 problem of ``status`` with a Chinese detail (and, when
    ``loc`` is given, an error at that field's location); returns its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert CJK.search(body["detail"]), body
    if loc is not None:
        locations = [list(error["loc"]) for error in body.get("errors", [])]
        assert loc in locations, (loc, locations)
        for error in body["errors"]:
            assert CJK.search(error["msg"]), error
    return body


def denied_read(response: httpx.Response) -> None:
    """A denied read: 404, a problem document, and nothing of the data."""
    body = problem(response, 404)
    assert set(body) <= {"type", "title", "status", "detail", "instance", "errors"}


def path(department: str, year: int, *rest: str) -> str:
    """/api/v1/documents/{department}/{year}/… with the names quoted."""
    parts = [quote(department, safe=""), str(year), *(quote(p, safe="") for p in rest)]
    return "/api/v1/documents/" + "/".join(parts)
