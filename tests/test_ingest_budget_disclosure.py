"""The budget disclosure genre (预算公开/决算公开的绩效情况): what it reads from the performance
section and the 项目支出 table, on fixtures of three layouts, and that it takes no document of
another genre."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.domain.model import DocumentKind
from jixiao.ingest.genres.budget_disclosure import BudgetDisclosureParser
from jixiao.ingest.pipeline import GenreError, parse_file
from jixiao.ingest.readers import read_source
from jixiao.ingest.report import ImportReport, ItemKind

FIXTURES = Path(__file__).parent / "fixtures" / "budget_disclosure"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def test_a_budget_with_its_performance_section_and_project_table() -> None:
    document, report = parse_file(FIXTURES / "county-agriculture-2024-budget.txt")
    assert document.kind is DocumentKind.BUDGET_DISCLOSURE
    assert (document.department.name, document.fiscal_year) == ("某县农业农村局", 2024)
    disclosure = document.performance_disclosure
    assert disclosure is not None
    assert disclosure.section_title == "七、预算绩效管理情况"
    assert (disclosure.project_count, disclosure.amount) == (3, Decimal("180"))
    assert disclosure.table_total == Decimal("180")
    assert [(p.name, p.budget) for p in document.projects] == [
        ("农田水利设施维护", Decimal("100")),
        ("动物防疫经费", Decimal("50.5")),
        ("农技推广培训", Decimal("29.5")),
    ]
    assert disclosure.provenance["amount"].line == 13
    assert report.counts == {"projects": 3, "statement": 1, "section": 1}
    assert report.of_kind(ItemKind.MISSING) == []


def test_a_final_account_in_yuan_is_read_in_wanyuan() -> None:
    document, _ = parse_file(FIXTURES / "city-library-2023-final-account.txt")
    disclosure = document.performance_disclosure
    assert disclosure is not None
    assert (disclosure.project_count, disclosure.amount) == (4, Decimal("200"))
    assert disclosure.table_total == Decimal("190")
    assert sum(p.budget or 0 for p in document.projects) == Decimal("185")


def test_a_disclosure_without_the_section_loads_and_says_so() -> None:
    document, report = parse_file(FIXTURES / "district-school-2022-budget-no-performance.txt")
    assert document.kind is DocumentKind.BUDGET_DISCLOSURE
    disclosure = document.performance_disclosure
    assert disclosure is not None and disclosure.section_title is None
    assert disclosure.project_count is None and len(document.projects) == 2
    reasons = [item.reason for item in report.of_kind(ItemKind.MISSING)]
    assert any("预算绩效管理情况" in reason for reason in reasons)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_the_statement_of_a_published_page_is_read_but_the_page_stays_a_target_form() -> None:
    path = CORPUS / "p11_shizuishan-jikong-2020-project-target-approval.txt"
    assert parse_file(path)[0].kind is DocumentKind.PROJECT_TARGET
    source = read_source(path)
    report = ImportReport(source=path.name, format=source.format.value)
    document = BudgetDisclosureParser().parse(source, report)
    disclosure = document.performance_disclosure
    assert disclosure is not None
    assert (disclosure.project_count, disclosure.amount) == (1, Decimal("300"))


def test_no_other_genre_is_taken_for_a_disclosure() -> None:
    others = [
        p for p in (Path(__file__).parent / "fixtures").rglob("*.txt") if FIXTURES not in p.parents
    ]
    assert others
    for path in others:
        try:
            kind = parse_file(path)[0].kind
        except GenreError:
            continue  # a fixture of no genre (news, a letter) stays refused
        assert kind is not DocumentKind.BUDGET_DISCLOSURE, path
