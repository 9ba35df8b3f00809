"""The key facts of a form fixture (``<name>.expected.json``) checked against a parsed document.

Each form fixture in ``tests/fixtures/documents/`` has a hand-written sidecar stating what the
document says: genre, year, who, the project's fields, the 项目资金 rows and every indicator
with its target (canonical spelling, so that ``≥ 30 公斤`` and ``≥30千克`` compare equal),
actual, weight, score, likelihood and the rest. :func:`mismatches` lists every fact the parsed
document gets wrong; the same sidecars serve the text, PDF and scanned-PDF renderings.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from jixiao.domain.model import FundingExecution, Indicator, PerformanceDocument

DOCUMENTS = Path(__file__).parent / "fixtures" / "documents"


def expected_for(fixture: Path) -> dict[str, Any]:
    """The sidecar of a text fixture (or of a rendering with the same stem)."""
    sidecar = DOCUMENTS / f"{fixture.stem}.expected.json"
    data: dict[str, Any] = json.loads(sidecar.read_text(encoding="utf-8"))
    return data


def form_fixtures() -> list[Path]:
    """The text fixtures that have a sidecar."""
    return sorted(
        path
        for path in DOCUMENTS.glob("*.txt")
        if (DOCUMENTS / f"{path.stem}.expected.json").exists()
    )


def _same(actual: Any, expected: Any) -> bool:
    if isinstance(expected, str) and isinstance(actual, Decimal):
        return actual == Decimal(expected)
    if isinstance(expected, list) and isinstance(actual, list):
        return [str(item) for item in actual] == [str(item) for item in expected]
    if isinstance(actual, bool) or expected is None:
        return actual is expected
    return str(actual) == str(expected) if actual is not None else False


Reader = Callable[[str], Any]  # a field's value by its key in the expected JSON


def _indicator_facts() -> dict[str, Callable[[Indicator], Any]]:
    def result(name: str) -> Callable[[Indicator], Any]:
        return lambda i: getattr(i.result, name) if i.result is not None else None

    return {
        "category": lambda i: i.category.value if i.category else None,
        "subcategory": lambda i: i.subcategory.value if i.subcategory else None,
        "name": lambda i: i.name,
        "target": lambda i: i.target.canonical if i.target else None,
        "adjusted_target": lambda i: i.adjusted_target.canonical if i.adjusted_target else None,
        "weight": lambda i: i.weight,
        "basis": lambda i: i.target_basis.value if i.target_basis else None,
        "remark": lambda i: i.remark,
        "core": lambda i: i.core,
        "actual": result("actual_text"),
        "projected": result("projected_text"),
        "score": result("score"),
        "coefficient": result("score_coefficient"),
        "likelihood": lambda i: (
            i.result.likelihood.value if i.result and i.result.likelihood else None
        ),
        "causes": lambda i: [c.value for c in i.result.deviation_causes] if i.result else None,
        "deviation": result("deviation_explanation"),
        "rectification": result("rectification"),
        "as_of_month": result("as_of_month"),
    }


def _compare(
    where: str, actual: Any, facts: dict[str, Any], read: Callable[[str], Any]
) -> list[str]:
    found = []
    for key, value in facts.items():
        got = read(key)
        if not _same(got, value):
            found.append(f"{where}.{key}: 期望 {value!r},读到 {got!r}")
    return found


def _indicators(document: PerformanceDocument, expected: list[dict[str, Any]]) -> list[str]:
    indicators = [indicator for _where, indicator in document.all_indicators()]
    found = []
    if len(indicators) != len(expected):
        names = [indicator.name for indicator in indicators]
        found.append(f"indicators: 期望 {len(expected)} 项,读到 {len(indicators)} 项 {names}")
    facts = _indicator_facts()
    for index, (indicator, wanted) in enumerate(zip(indicators, expected, strict=False)):
        found += _compare(f"indicators[{index}]", indicator, wanted, _reader(facts, indicator))
    return found


def _reader(facts: dict[str, Callable[[Indicator], Any]], indicator: Indicator) -> Reader:
    return lambda key: facts[key](indicator)


def _funding_reader(row: FundingExecution) -> Reader:
    return lambda key: row.source.value if key == "source" else getattr(row, key)


def _funding(rows: list[FundingExecution], expected: list[dict[str, Any]]) -> list[str]:
    found = []
    if len(rows) != len(expected):
        found.append(f"funding: 期望 {len(expected)} 行,读到 {len(rows)} 行")
    for index, (row, wanted) in enumerate(zip(rows, expected, strict=False)):
        found += _compare(f"funding[{index}]", row, wanted, _funding_reader(row))
    return found


def mismatches(document: PerformanceDocument, expected: dict[str, Any]) -> list[str]:
    """Every fact of ``expected`` the document gets wrong, as readable lines."""
    found = []
    top = {
        "genre": document.kind.value,
        "fiscal_year": document.fiscal_year,
        "title": document.title,
        "department": document.department.name,
        "supervising_department": document.department.supervising_department,
        "overall_goal": document.overall_goal,
    }
    for key, value in top.items():
        if key in expected and not _same(value, expected[key]):
            found.append(f"{key}: 期望 {expected[key]!r},读到 {value!r}")
    if "project" in expected:
        project = document.projects[0]
        found += _compare("project", project, expected["project"], lambda k: getattr(project, k))
        found += _funding(project.funding_execution, expected.get("funding", []))
    if "funding_block" in expected:
        block = document.department_goals[0].funding_block
        amount = block.amount if block else None
        if not _same(amount, expected["funding_block"]):
            found.append(f"funding_block: 期望 {expected['funding_block']},读到 {amount}")
    if "department_evaluation" in expected:
        evaluation = document.department_evaluation
        found += _compare(
            "department_evaluation",
            evaluation,
            expected["department_evaluation"],
            lambda k: getattr(evaluation, k, None),
        )
    found += _indicators(document, expected.get("indicators", []))
    return found
