"""Placeholders (``*``, ``/``, ``——``, ``XX``) load as an unfilled target, keeping what was
written; a real target or the standard ``无`` does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.domain.model import Indicator, PerformanceDocument
from jixiao.domain.placeholders import placeholder_of
from jixiao.domain.review import review
from jixiao.ingest.cells import read_target_cell
from jixiao.ingest.pipeline import parse_file
from jixiao.ingest.report import ItemKind

FORMS = Path(__file__).parent / "fixtures" / "documents"


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


def test_a_form_whose_target_cell_is_a_placeholder_imports_with_a_report_item(
    tmp_path: Path,
) -> None:
    text = (FORMS / "zhejiang-donghu-2022-project-selfeval-tabs.txt").read_text(encoding="utf-8")
    assert "\t≥200场\t" in text
    path = tmp_path / "placeholder-selfeval.txt"
    path.write_text(text.replace("\t≥200场\t", "\t*\t"), encoding="utf-8")
    document, report = parse_file(path)
    indicator = next(i for i in document.projects[0].indicators if i.name == "线上文化活动场次")
    assert (indicator.target, indicator.target_placeholder) == (None, "*")
    items = [item for item in report.items if "占位符" in item.reason]
    assert [item.kind for item in items] == [ItemKind.MISSING]
    found = [f for f in review(document).findings if f.code == "INDICATOR.TARGET_MISSING"]
    assert any("写作“*”" in f.message for f in found)
