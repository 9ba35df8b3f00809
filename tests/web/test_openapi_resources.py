"""The OpenAPI schema documents every operation in Chinese: a summary, tags, and for each
parameter and body a described shape (what the pages and scripts are built from)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from jixiao.web.app import create_app

CJK = re.compile(r"[\u4e00-\u9fff]")
SPEC = create_app("sqlite:///:memory:").openapi()
OPERATIONS = [
    pytest.param(method, path, operation, id=f"{method.upper()} {path}")
    for path, methods in SPEC["paths"].items()
    for method, operation in methods.items()
]


@pytest.mark.parametrize(("method", "path", "operation"), OPERATIONS)
def test_every_operation_has_a_chinese_summary_and_tags(
    method: str, path: str, operation: dict[str, Any]
) -> None:
    assert CJK.search(operation.get("summary", "")), f"{method.upper()} {path}: 无中文 summary"
    assert operation.get("tags"), f"{method.upper()} {path}: 无 tags"
    assert all(CJK.search(tag) for tag in operation["tags"]), operation["tags"]


def test_the_resource_operations_are_all_there() -> None:
    paths = set(SPEC["paths"])
    for expected in (
        "/api/v1/regions",
        "/api/v1/regions/tree",
        "/api/v1/departments/{name}",
        "/api/v1/documents",
        "/api/v1/documents/import",
        "/api/v1/documents/{department}/{year}/export",
        "/api/v1/documents/{department}/{year}/projects/{name}/indicators/{indicator}/target",
        "/api/v1/targets/parse",
        "/api/v1/documents/{department}/{year}/findings/{number}/comments",
        "/api/v1/documents/{department}/{year}/workflow/submit",
        "/api/v1/documents/{department}/{year}/versions/compare",
        "/api/v1/actuals/{department}/{year}/import",
        "/api/v1/documents/{department}/{year}/monitoring",
        "/api/v1/region/evaluation",
        "/api/v1/audit/verify",
    ):
        assert expected in paths, expected
