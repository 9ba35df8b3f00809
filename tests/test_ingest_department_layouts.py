"""The 部门预算绩效文本 parser reads the genre, not one file: four more documents in other layouts,
each as text, text PDF, Excel and scanned PDF (``tests/fixtures/department_performance/``).

The text must give exactly the reading in ``NAME.expected.json`` (checked against the text,
see the folder's README); the text PDF and the workbook the same reading; the scan the same
structure and nearly all the same values (OCR misreads a few symbols: ``≥`` as ``=``, a lost
decimal point), read once per session because OCR is slow.
"""

from __future__ import annotations

import json
import unicodedata
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from jixiao.domain.model import PerformanceDocument
from jixiao.ingest.pipeline import parse_file
from jixiao.ingest.report import ImportReport

FOLDER = Path(__file__).parent / "fixtures" / "department_performance"
NAMES = sorted(path.stem for path in FOLDER.glob("*.txt"))
# Share of indicators a scan must read exactly as the text states: OCR misreads lone operator
# cells of split columns (≥ as = or 》) and drops ≤ before small numbers; those are reported.
MIN_SCAN_AGREEMENT = 0.7


def _value(value: Any) -> Any:
    return None if value is None else getattr(value, "value", str(value))


def _target(indicator: Any) -> str | None:
    return None if indicator.target is None else indicator.target.canonical


def reading(document: PerformanceDocument) -> dict[str, Any]:
    """What the document says, in the shape of ``NAME.expected.json`` (less the report)."""
    income, spending = document.budget.income, document.budget.expenditure
    return {
        "department": document.department.name,
        "fiscal_year": document.fiscal_year,
        "finance_bureau": document.finance_bureau.name if document.finance_bureau else None,
        "title": document.title,
        "income": _amounts({**income.parts(), "total": income.total}),
        "expenditure": _amounts({**spending.parts(), "total": spending.total}),
        "goal_sections": [
            {"title": s.title, "indicators": [[i.name, _target(i)] for i in s.indicators]}
            for s in document.goal_sections
        ],
        "safeguards": [s.title for s in document.safeguards],
        "department_goals": [
            {
                "number": g.number,
                "text": g.text,
                "funding_block": [g.funding_block.name, _value(g.funding_block.amount)]
                if g.funding_block
                else None,
                "indicators": [
                    [_value(i.category), _value(i.subcategory), i.name, _target(i)]
                    for i in g.indicators
                ],
            }
            for g in document.department_goals
        ],
        "projects": [
            {
                "name": p.name,
                "code": p.code,
                "budget": _value(p.budget),
                "fiscal_funds": _value(p.fiscal_funds),
                "other_funds": _value(p.other_funds),
                "attribute": _value(p.attribute),
                "period": p.period,
                "purpose": p.purpose,
                "annual_goal": p.annual_goal,
                "spending_plan": [[c.month, str(c.cumulative_percent)] for c in p.spending_plan],
                "indicators": [
                    [
                        _value(i.category),
                        _value(i.subcategory),
                        i.name,
                        _target(i),
                        i.definition,
                        _value(i.target_basis),
                    ]
                    for i in p.indicators
                ],
            }
            for p in document.projects
        ],
    }


def _amounts(values: dict[str, Decimal | None]) -> dict[str, str]:
    return {name: str(value) for name, value in values.items() if value is not None}


def report_items(report: ImportReport) -> list[list[Any]]:
    return [[item.kind.value, item.field, item.line] for item in report.items]


@cache
def expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FOLDER / f"{name}.expected.json").read_text("utf-8"))
    return data


@cache
def parsed(path: Path) -> tuple[PerformanceDocument, ImportReport]:
    return parse_file(path)


@pytest.mark.parametrize("name", NAMES)
def test_text_gives_the_expected_reading(name: str) -> None:
    document, report = parsed(FOLDER / f"{name}.txt")
    wanted = expected(name)
    got = reading(document)
    for part in got:
        assert got[part] == wanted[part], f"{name}: {part}"
    assert report_items(report) == wanted["report"]
    assert report.genre == "department_performance"


@pytest.mark.parametrize("form", ["pdf", "xlsx"])
@pytest.mark.parametrize("name", NAMES)
def test_text_pdf_and_excel_give_the_same_reading(name: str, form: str) -> None:
    path = FOLDER / form / f"{name}.{'xlsx' if form == 'xlsx' else 'pdf'}"
    document, _ = parsed(path)
    wanted = expected(name)
    got = reading(document)
    for part in got:
        assert got[part] == wanted[part], f"{name} ({form}): {part}"


def _plain(text: str | None) -> str | None:
    """OCR writes the punctuation full-width where the text had it half-width: compare both
    the same way."""
    return None if text is None else unicodedata.normalize("NFKC", text)


def _indicators(data: dict[str, Any]) -> list[tuple[str | None, ...]]:
    rows: list[tuple[str | None, ...]] = []
    for section in data["goal_sections"]:
        rows += [(_plain(name), target) for name, target in section["indicators"]]
    for goal in data["department_goals"]:
        rows += [(_plain(row[2]), row[3]) for row in goal["indicators"]]
    for project in data["projects"]:
        rows += [(_plain(row[2]), row[3]) for row in project["indicators"]]
    return rows


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_scanned_pdf_gives_nearly_the_same_reading(name: str) -> None:
    document, _ = parsed(FOLDER / "scan" / f"{name}.pdf")
    wanted = expected(name)
    got = reading(document)
    for part in ("department", "fiscal_year", "finance_bureau", "title"):
        assert got[part] == wanted[part], f"{name}: {part}"
    assert [s["title"] for s in got["goal_sections"]] == [
        s["title"] for s in wanted["goal_sections"]
    ]
    assert got["safeguards"] == wanted["safeguards"]
    assert [g["number"] for g in got["department_goals"]] == [
        g["number"] for g in wanted["department_goals"]
    ]
    assert [p["name"] for p in got["projects"]] == [p["name"] for p in wanted["projects"]]
    assert [p["spending_plan"] for p in got["projects"]] == [
        p["spending_plan"] for p in wanted["projects"]
    ]
    ours, theirs = _indicators(got), _indicators(wanted)
    assert len(ours) == len(theirs)
    assert [name for name, _ in ours] == [name for name, _ in theirs]
    same = sum(1 for pair in ours if pair in theirs)
    assert same >= MIN_SCAN_AGREEMENT * len(theirs), (same, len(theirs))
