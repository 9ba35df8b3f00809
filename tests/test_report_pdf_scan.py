"""The Xingtai document printed to PDF, scanned (rasterised, image-only) and imported by OCR.

model → the whole 部门预算绩效文本 → `render_pdf` → ``pdftoppm -r 200 -gray`` → an image-only
PDF (as tests/fixtures/*/scan/ are made) → `jixiao.ingest` through RapidOCR. At least 98% of
the indicators must come back exactly: owner, name, 一级/二级, the target's operator, value,
unit and standard, and the definition (full-width and half-width punctuation alike: OCR
reads a printed "," as "，"). They are counted against the same PDF read through its text
layer, which `test_report_pdf_roundtrip.py` holds equal to the model but for the importer's
cross-filling of the one empty target (召开工作会议次数, README §23 of the fixture): what the scan
loses is what OCR loses. Against the model itself the count is one lower, and must be 98% too
(measured 110 of 110 against the text layer, 109 of 110 against the model).

The scan is made at 200 dpi, the resolution office scanners default to (200 to 300 dpi) and
the highest the PDF reader renders a scan at for OCR (``MAX_OCR_DPI``): at 150 dpi the 9 pt
table text of the print is too small for ≥ to be told from 2 (≥5项 reads 25项 or ≥5项
depending on a pixel of margin; docs/benchmarks.md). Slow: OCR of seven pages (see
docs/benchmarks.md for the time).
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image

from jixiao.domain.model import Indicator, PerformanceDocument
from jixiao.ingest.pipeline import parse_file
from jixiao.report.builders.document import document_forms
from jixiao.report.pdf import render_pdf
from jixiao.report.templates import load_template

FIXTURE = Path(__file__).parent / "fixtures" / "xingtai-2020.json"
SCAN_DPI = 200

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed"),
]


def _indicators(document: PerformanceDocument) -> list[tuple[str, Indicator]]:
    return [
        *((f"目标{g.number}", i) for g in document.department_goals for i in g.indicators),
        *((s.title, i) for s in document.goal_sections for i in s.indicators),
        *((p.name, i) for p in document.projects for i in p.indicators),
    ]


def _exact(owner: str, indicator: Indicator) -> tuple[object, ...]:
    target = indicator.target
    said = None if target is None else (target.operator, target.value, target.unit, target.standard)
    definition = unicodedata.normalize("NFKC", indicator.definition or "")
    return (owner, indicator.name, indicator.category, indicator.subcategory, said, definition)


def _scan(pdf: Path, out: Path) -> Path:
    subprocess.run(
        ["pdftoppm", "-r", str(SCAN_DPI), "-gray", "-png", str(pdf), str(out / "page")],
        check=True,
    )
    pages = [Image.open(p).convert("L") for p in sorted(out.glob("page-*.png"))]
    scan = out / "scan.pdf"
    pages[0].save(scan, "PDF", save_all=True, append_images=pages[1:], resolution=SCAN_DPI)
    return scan


def test_ocr_of_the_scanned_print_recovers_98_percent_of_indicators(tmp_path: Path) -> None:
    reference = PerformanceDocument.model_validate_json(FIXTURE.read_text(encoding="utf-8"))
    printed = tmp_path / "xingtai-2020.pdf"
    printed.write_bytes(render_pdf(document_forms(reference, load_template(None))))
    text_layer, _ = parse_file(printed)
    scanned, _ = parse_file(_scan(printed, tmp_path))
    found = {_exact(*pair) for pair in _indicators(scanned)}
    expected = [_exact(*pair) for pair in _indicators(text_layer)]
    missed = [item for item in expected if item not in found]
    assert len(expected) == 110
    assert len(expected) - len(missed) >= 0.98 * len(expected), missed
    from_model = [_exact(*pair) for pair in _indicators(reference)]
    missed_from_model = [item for item in from_model if item not in found]
    assert len(from_model) - len(missed_from_model) >= 0.98 * len(from_model), missed_from_model
