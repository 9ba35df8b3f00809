"""``jixiao show``'s budget table: every income line, the stated 财政拨款 sum among them."""

from __future__ import annotations

from decimal import Decimal

from rich.console import Console

from jixiao.cli.render import budget_table
from jixiao.domain.model import PerformanceDocument
from review_helpers import clean_declaration


def _shown(document: PerformanceDocument) -> str:
    console = Console(record=True, width=200)
    console.print(budget_table(document))
    return console.export_text()


def test_the_budget_table_shows_a_stated_fiscal_sum_beside_its_parts() -> None:
    document = clean_declaration()
    document.budget.income.fiscal_appropriation = Decimal("281.50")
    shown = _shown(document)
    assert "财政拨款小计" in shown and "281.5" in shown
    assert "一般公共预算" in shown and "人员经费" in shown


def test_the_budget_table_leaves_an_unstated_fiscal_sum_blank() -> None:
    assert "281.5" not in _shown(clean_declaration())
