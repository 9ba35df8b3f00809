"""Placeholders (``*``, ``/``, ``——``, ``XX``) load as an unfilled target, keeping what was
written; a real target or the standard ``无`` does not."""

from __future__ import annotations

import pytest

from jixiao.domain.model import Indicator, PerformanceDocument
from jixiao.domain.placeholders import placeholder_of
from jixiao.ingest.cells import read_target_cell


@pytest.mark.parametrize("text", ["*", "**", "/", "——", "—", "-", "XX", "xx", "≥XX%", "XX万元"])
def test_a_placeholder_is_an_unfilled_target(text: str) -> None:
    indicator = Indicator.model_validate({"name": "培训人次", "target": text})
    assert indicator.target is None
    assert indicator.target_placeholder == text


@pytest.mark.parametrize("text", ["≥95%", "无", "良好", "X光机检测合格", "100"])
def test_targets_and_standards_are_not_placeholders(text: str) -> None:
    assert placeholder_of(text) is None


def test_a_document_with_placeholders_loads_and_round_trips_as_json() -> None:
    data = {
        "fiscal_year": 2024,
        "department": {"name": "某局"},
        "projects": [{"name": "某项目", "indicators": [{"name": "覆盖率", "target": " / "}]}],
    }
    document = PerformanceDocument.model_validate(data)
    indicator = document.projects[0].indicators[0]
    assert (indicator.target, indicator.target_placeholder) == (None, "/")
    again = PerformanceDocument.model_validate_json(document.model_dump_json())
    assert again == document


def test_assigning_a_placeholder_empties_the_target() -> None:
    indicator = Indicator(name="培训人次", target="≥5次")
    indicator.target = "*"  # type: ignore[assignment]
    assert indicator.target is None


def test_the_importers_target_cell_reads_a_placeholder_with_a_reason() -> None:
    cell = read_target_cell("＊")
    assert cell.target is None and cell.placeholder == "＊"
    assert cell.error is not None and "占位符" in cell.error
