"""Helpers of the report tests: a workspace holding the Xingtai document, and the model compared
field by field after a round trip through a rendered file and the importer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jixiao.domain.model import PerformanceDocument
from jixiao.ingest.report import ImportReport, ItemKind
from jixiao.workspace import Workspace

ROOT = Path(__file__).resolve().parent
XINGTAI = ROOT / "fixtures" / "xingtai-2020.json"
XINGTAI_DEPARTMENT = "邢台市归国华侨联合会"
XINGTAI_ACTUALS = ROOT / "fixtures" / "xingtai-2020-actuals.csv"


def xingtai_workspace(folder: Path) -> Workspace:
    workspace = Workspace(f"sqlite:///{folder / 'jixiao.sqlite3'}")
    workspace.init()
    workspace.load_file(XINGTAI)
    return workspace


def _facts(value: Any) -> Any:
    """The model's data without provenance (where it was read is not what it says)."""
    if isinstance(value, dict):
        return {k: _facts(v) for k, v in value.items() if k != "provenance"}
    if isinstance(value, list):
        return [_facts(v) for v in value]
    return value


def differences(expected: Any, actual: Any, path: str = "") -> list[tuple[str, Any, Any]]:
    """(field path, expected, actual) of every leaf that differs, paths as the import report
    writes them (``projects[0].indicators[5].target``)."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        found = []
        for key in sorted(set(expected) | set(actual)):
            where = f"{path}.{key}" if path else key
            found += differences(expected.get(key), actual.get(key), where)
        return found
    if isinstance(expected, list) and isinstance(actual, list):
        found = []
        if len(expected) != len(actual):
            found.append((f"{path}#len", len(expected), len(actual)))
        for n, (a, b) in enumerate(zip(expected, actual, strict=False)):
            found += differences(a, b, f"{path}[{n}]")
        return found
    return [] if expected == actual else [(path, expected, actual)]


def _without_empty_funding_blocks(data: dict[str, Any]) -> dict[str, Any]:
    """A funding block with neither name nor amount (the Xingtai block the OCR lost) has nothing
    a form can print: it is the same as no block."""
    for goal in data.get("department_goals", []):
        block = goal.get("funding_block")
        if block is not None and block.get("name") is None and block.get("amount") is None:
            goal["funding_block"] = None
    return data


def _unprinted(data: dict[str, Any], fields: frozenset[str]) -> dict[str, Any]:
    """The project indicators' fields a template has no column for are not in the form."""
    for project in data.get("projects", []):
        for indicator in project.get("indicators", []):
            for name in fields:
                indicator[name] = None
    return data


def round_trip_differences(
    original: PerformanceDocument,
    read: PerformanceDocument,
    report: ImportReport,
    unprinted: frozenset[str] = frozenset(),
) -> list[tuple[str, Any, Any]]:
    """What the read model says differently from the original, except the values the importer
    reports it cross-filled into cells the original leaves empty (a target missing from the
    project's table taken from the department's): those are checked to be empty originally.
    ``unprinted``: project indicator fields the template prints no column for."""
    expected = _without_empty_funding_blocks(_facts(original.model_dump(mode="json")))
    expected = _unprinted(expected, unprinted)
    actual = _facts(read.model_dump(mode="json"))
    filled = {item.field for item in report.items if item.kind is ItemKind.CROSS_FILLED}
    return [
        (path, a, b)
        for path, a, b in differences(expected, actual)
        if not (path in filled and a is None)
    ]
