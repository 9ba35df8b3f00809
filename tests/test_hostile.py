"""The hostile-input suite, a bounded sample (the large run: ``bash scripts/hostile``).

Generated inputs (tests/hostile_inputs.py: the bombs of issue 12, random bytes, damaged
copies of every fixture, hostile JSON and actuals tables) run through the ``jixiao`` command
as a user runs it (tests/hostile_harness.py); none may end in a traceback, run past the time
budget, leave a partial write, or use 1 GB. Hostile JSON values also go straight through the
loader under hypothesis.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.ingest.readers import read_source
from jixiao.interchange.json_document import DocumentFileError, parse_document_json

sys.path.insert(0, str(Path(__file__).parent))

from growth_support import fastest_ratio
from hostile_inputs import TEXT_DOCUMENT, XINGTAI, hostile_scalars


@pytest.mark.slow
def test_a_sample_of_hostile_inputs_ends_in_clean_errors(tmp_path: Path) -> None:
    # The harness runs in a fresh process, as `bash scripts/hostile` runs it: a run's peak
    # memory is a forked child's, which counts what its parent held at the fork, and a test
    # process that read scans with OCR before holds a gigabyte of its own.
    harness = Path(__file__).parent / "hostile_harness.py"
    report_path = tmp_path / "report.json"
    arguments = ["--count", "45", "--seed", "12", "--budget", "60", "--small"]
    subprocess.run(
        [sys.executable, str(harness), *arguments, "--report", str(report_path)],
        capture_output=True,
        timeout=3600,
        check=False,
    )
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["inputs"] >= 45
    failures = [(f["name"], f["status"], f["stderr"][-500:]) for f in report["failures"]]
    assert report["counts"]["traceback"] == 0, failures
    assert report["counts"]["timeout"] == 0, failures
    assert report["counts"]["partial"] == 0, failures
    assert report["peak_mb"] < 1024, (report["peak_input"], report["peak_mb"])
    assert report["counts"]["clean"] > report["counts"]["ok"]


_BASE: dict[str, Any] = json.loads(XINGTAI.read_text(encoding="utf-8"))
_PATHS = [
    ("department", "name"),
    ("budget", "income", "total"),
    ("projects", 0, "name"),
    ("projects", 0, "indicators", 0, "name"),
    ("projects", 0, "indicators", 0, "weight"),
    ("fiscal_year",),
    ("department_goals", 0, "number"),
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(where=st.sampled_from(_PATHS), value=hostile_scalars)
def test_hostile_json_values_validate_or_are_refused_in_chinese(
    where: tuple[Any, ...], value: Any
) -> None:
    document = copy.deepcopy(_BASE)
    target: Any = document
    for part in where[:-1]:
        target = target[part]
    target[where[-1]] = value
    text = json.dumps(document, ensure_ascii=False, allow_nan=True)
    try:
        parse_document_json(text, source="hostile.json")
    except DocumentFileError as error:
        assert error.message.startswith("hostile.json:")
        assert len(error.message) < 4000


MAX_RATIO = 3.0  # linear: about 2 (quadratic would be 4)


def _reading_time(path: Path) -> float:
    """The wall time of reading ``path`` once."""
    started = time.perf_counter()
    read_source(path)
    return time.perf_counter() - started


def _ratio(small: Path, large: Path) -> float:
    """The fastest reading of ``large`` over the fastest of ``small`` (growth_support)."""
    return fastest_ratio(lambda: _reading_time(small), lambda: _reading_time(large), MAX_RATIO)


@pytest.mark.parametrize("size", [400_000])
def test_reading_a_text_grows_linearly(tmp_path: Path, size: int) -> None:
    text = TEXT_DOCUMENT.read_bytes()
    single, double = tmp_path / "single.txt", tmp_path / "double.txt"
    single.write_bytes(text * (size // len(text) + 1))
    double.write_bytes(text * (2 * size // len(text) + 2))
    ratio = _ratio(single, double)
    assert ratio < MAX_RATIO, ratio


def test_reading_a_workbook_grows_linearly(tmp_path: Path) -> None:
    import openpyxl

    def workbook(rows: int) -> Path:
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        for row in range(1, rows + 1):
            sheet.append([f"指标{row}", "≥95%", row, "万元"])
        path = tmp_path / f"rows-{rows}.xlsx"
        book.save(path)
        return path

    ratio = _ratio(workbook(4000), workbook(8000))
    assert ratio < MAX_RATIO, ratio
