"""The canonical JSON document carries a department's stated 财政拨款 sum, and its schema
names the field."""

from __future__ import annotations

from decimal import Decimal

from jixiao.interchange.json_document import document_schema, dump_document, parse_document_json
from review_helpers import clean_declaration


def test_the_stated_fiscal_sum_survives_a_json_round_trip() -> None:
    document = clean_declaration()
    document.budget.income.fiscal_appropriation = Decimal("279.35")
    text = dump_document(document)
    assert '"fiscal_appropriation": "279.35"' in text
    loaded = parse_document_json(text)
    assert loaded.budget.income.fiscal_appropriation == Decimal("279.35")
    assert loaded == document


def test_a_document_without_the_sum_loads_with_none() -> None:
    text = dump_document(clean_declaration()).replace('"fiscal_appropriation": null,', "")
    assert parse_document_json(text).budget.income.fiscal_appropriation is None


def test_the_schema_names_the_field() -> None:
    assert "fiscal_appropriation" in str(document_schema())
