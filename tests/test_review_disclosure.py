"""Budget disclosure rules: the performance section's project count and amount against the
项目支出 table, the table's 合计, and the section's presence; only these rules run on a
disclosure."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.domain.model import PerformanceDocument
from jixiao.domain.review import ReviewProfile, Severity, review
from jixiao.ingest.pipeline import parse_file
from review_helpers import changed, clean_declaration, findings

FIXTURES = Path(__file__).parent / "fixtures" / "budget_disclosure"
CODES = [
    "DISCLOSURE.SECTION_MISSING",
    "DISCLOSURE.PROJECT_COUNT",
    "DISCLOSURE.AMOUNT",
    "DISCLOSURE.TABLE_TOTAL",
]


def _parsed(name: str) -> PerformanceDocument:
    return parse_file(FIXTURES / name)[0]


CLEAN = _parsed("county-agriculture-2024-budget.txt")


def test_a_clean_disclosure_has_no_findings_and_runs_only_the_disclosure_rules() -> None:
    report = review(CLEAN)
    assert report.findings == ()
    assert set(report.rules) == set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_the_disclosure_rules_do_not_run_on_a_declaration(code: str) -> None:
    assert code not in review(clean_declaration()).rules


def test_a_missing_section_is_reported() -> None:
    found = findings(
        _parsed("district-school-2022-budget-no-performance.txt"), "DISCLOSURE.SECTION_MISSING"
    )
    assert len(found) == 1 and found[0].severity is Severity.WARNING
    assert "没有预算绩效管理情况" in found[0].message


def test_a_section_without_the_figures_is_reported() -> None:
    document = changed(CLEAN, "performance_disclosure.amount", None)
    found = findings(document, "DISCLOSURE.SECTION_MISSING")
    assert len(found) == 1 and "涉及金额" in found[0].message


def test_count_amount_and_table_total_that_disagree_are_reported_with_the_numbers() -> None:
    document = _parsed("city-library-2023-final-account.txt")
    count = findings(document, "DISCLOSURE.PROJECT_COUNT")
    assert len(count) == 1 and "项目 4 个" in count[0].message and "列出 3 个" in count[0].message
    money = findings(document, "DISCLOSURE.AMOUNT")
    assert len(money) == 1 and "200 万元" in money[0].message and "185 万元" in money[0].message
    total = findings(document, "DISCLOSURE.TABLE_TOTAL")
    assert len(total) == 1 and total[0].severity is Severity.ERROR
    assert "合计 190 万元" in total[0].message


def test_the_amount_tolerance_is_a_profile_parameter() -> None:
    document = changed(CLEAN, "performance_disclosure.amount", Decimal("181"))
    assert len(findings(document, "DISCLOSURE.AMOUNT")) == 1
    loose = ReviewProfile(params={"DISCLOSURE.AMOUNT": {"tolerance": Decimal("2")}})
    assert findings(document, "DISCLOSURE.AMOUNT", profile=loose) == []
    assert (
        findings(
            changed(CLEAN, "performance_disclosure.amount", Decimal("180.4")), "DISCLOSURE.AMOUNT"
        )
        == []
    )
