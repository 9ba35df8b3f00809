"""Open data of a published document: the canonical JSON and one CSV row per indicator."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from jixiao.app import opendata
from jixiao.domain.model import PerformanceDocument
from jixiao.interchange.json_document import load_document_file

XINGTAI = Path(__file__).parent / "fixtures" / "xingtai-2020.json"


def _xingtai() -> PerformanceDocument:
    return load_document_file(XINGTAI)


def _rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff"), "Excel needs the BOM to read UTF-8"
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_csv_has_one_row_per_indicator_of_the_document() -> None:
    document = _xingtai()
    rows = _rows(opendata.document_csv(document))
    assert len(rows) == sum(1 for _ in document.all_indicators())
    assert list(rows[0]) == list(opendata.CSV_COLUMNS)
    assert {row["部门"] for row in rows} == {document.department.name}
    assert {row["预算年度"] for row in rows} == {"2020"}


def test_csv_rows_carry_the_parsed_target_and_the_category_labels() -> None:
    document = _xingtai()
    rows = _rows(opendata.document_csv(document))
    _scope, indicator = next(iter(document.all_indicators()))
    first = rows[0]
    assert first["三级指标"] == indicator.name
    assert indicator.target is not None
    assert first["指标值"] == indicator.target.text
    assert first["一级指标"] in {"产出指标", "效益指标", "满意度指标", "成本指标", ""}
    quantitative = [r for r in rows if r["指标性质"] in {"≥", ">", "=", "<", "≤"}]
    assert quantitative, "the Xingtai document has quantitative targets"
    assert all(r["指标数值"] for r in quantitative)
    assert any(r["层级"] == "项目" and r["项目预算数(万元)"] for r in rows) or not document.projects


def test_csv_quotes_cells_a_spreadsheet_would_run_as_formulas() -> None:
    document = _xingtai()
    _scope, indicator = next(iter(document.all_indicators()))
    indicator.name = '=HYPERLINK("http://example.invalid","点击")'
    rows = _rows(opendata.document_csv(document))
    assert rows[0]["三级指标"] == "'" + indicator.name


def test_json_is_the_canonical_document_and_reads_back_equal() -> None:
    document = _xingtai()
    text = opendata.document_json(document)
    assert PerformanceDocument.model_validate_json(text) == document


def test_year_bundle_holds_every_document_given() -> None:
    first = _xingtai()
    second = first.model_copy(deep=True)
    second.department.name = "另一个部门"
    payload = json.loads(opendata.year_json(2020, [first, second]))
    assert payload["fiscal_year"] == 2020
    assert payload["count"] == 2
    assert [d["department"]["name"] for d in payload["documents"]] == [
        first.department.name,
        "另一个部门",
    ]
    rows = _rows(opendata.year_csv([first, second]))
    assert {r["部门"] for r in rows} == {first.department.name, "另一个部门"}
