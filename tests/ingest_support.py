"""Helpers for the reader tests: the format fixtures, their source rows, text comparison.

The PDF, scan and Excel fixtures are made from text fixtures by ``scripts/make-fixtures.py``,
which splits the text into rows with :func:`parse_rows` below, so that the tests compare
against the very cells the fixtures were typeset from. OCR is slow, so each scanned file is
read once per test session.
"""

from __future__ import annotations

import difflib
import fcntl
import hashlib
import pickle
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from jixiao.ingest.readers import SourceFileError, read_source
from jixiao.ingest.readers.pdf import read_pdf
from jixiao.ingest.source import SourceDocument

DOCUMENTS = Path(__file__).parent / "fixtures" / "documents"
PDF_DIR = DOCUMENTS / "pdf"
SCAN_DIR = DOCUMENTS / "scan"
XLSX_DIR = DOCUMENTS / "xlsx"


# The borderless label/value table of pdf/interleaved-columns.pdf, in reading order.
INTERLEAVED_ROWS = [
    ("项目名称", "侨务工作经费"),
    ("预算数", "8万元"),
    ("举办联谊活动次数", "≥5次"),
    ("接待海外侨胞人数", "≥20人"),
    ("侨联网站正常运行率", "≥95%"),
    ("接待费成本", "≤1.1万元"),
    ("侨群满意度", "≥90%"),
]


def refusal(path: Path) -> str:
    """The message a file is refused with; it must name the file."""
    with pytest.raises(SourceFileError) as raised:
        read_source(path)
    assert str(path) in raised.value.message
    return raised.value.message


def text_fixtures() -> list[Path]:
    """Every text fixture that has been rendered to the other formats."""
    texts = sorted(DOCUMENTS.glob("*.txt")) + sorted((DOCUMENTS / "corpus").glob("*.txt"))
    return [path for path in texts if (PDF_DIR / f"{path.stem}.pdf").exists()]


@dataclass(frozen=True)
class Row:
    """A line of a text fixture: its cells, and whether it was written as a table row."""

    cells: tuple[str, ...]
    tabular: bool


_MARKDOWN_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def parse_rows(text: str) -> list[Row]:
    """Rows of a text fixture: cells split at tabs, else at pipes, else the line is one cell.

    In a Markdown table (a document with ``|---|`` rules) the outer pipes only frame the row
    and the rules are not rows. Trailing empty cells are dropped; a line of empty cells is a
    blank line.
    """
    lines = text.splitlines()
    markdown = any(_MARKDOWN_RULE.match(line) for line in lines)
    rows = []
    for line in lines:
        if markdown and _MARKDOWN_RULE.match(line):
            continue
        if "\t" in line:
            cells = line.split("\t")
        elif "|" in line:
            framed = markdown and line.strip().startswith("|")
            cells = line.strip().strip("|").split("|") if framed else line.split("|")
        else:
            rows.append(Row((line.strip(),), tabular=False))
            continue
        stripped = [cell.strip() for cell in cells]
        while stripped and not stripped[-1]:
            stripped.pop()
        rows.append(Row(tuple(stripped), tabular=True) if stripped else Row(("",), tabular=False))
    return rows


def source_rows(path: Path, *, tables_only: bool = False) -> list[tuple[str, ...]]:
    """The non-blank rows of a text fixture as cells."""
    rows = parse_rows(path.read_text(encoding="utf-8"))
    return [row.cells for row in rows if row.cells != ("",) and (row.tabular or not tables_only)]


def squeeze(text: str) -> str:
    """Text without whitespace, in NFKC form: layout decides where a wrapped cell's spaces
    go, and OCR whether a bracket or colon is full- or half-width (they look alike)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def squeezed(cells: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(squeeze(cell) for cell in cells)


def char_accuracy(read: str, expected: str) -> float:
    """difflib's similarity ratio of the two texts, whitespace removed (1.0 = identical)."""
    return difflib.SequenceMatcher(None, squeeze(read), squeeze(expected), autojunk=False).ratio()


def is_subsequence(expected: list[tuple[str, ...]], actual: list[tuple[str, ...]]) -> bool:
    """Every expected row occurs in ``actual``, in the same order (other rows may come between)."""
    remaining = iter(actual)
    return all(any(row == candidate for candidate in remaining) for row in expected)


# Set by tests/conftest.py in each pytest-xdist worker: a folder of the run the workers share.
RUN_FOLDER: Path | None = None


@cache
def read_scan(path: Path) -> SourceDocument:
    """A scanned fixture read by OCR, once per test run.

    Under pytest-xdist the modules that read a scan (test_ingest_ocr.py, the end-to-end
    tests) may run in different workers: the first to need a scan reads it and leaves the
    reading in the run's shared folder; another worker waits for it there (a lock per scan)
    instead of reading the scan again. A reading is of this run's code, never of an earlier
    run's (the folder is the run's own base temp).
    """
    if RUN_FOLDER is None:
        return read_pdf(path)
    folder = RUN_FOLDER / "scan-readings"
    folder.mkdir(exist_ok=True)
    data = path.read_bytes()
    stored = folder / f"{path.stem}-{hashlib.sha256(data).hexdigest()[:16]}.pickle"
    with (folder / f"{stored.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if stored.exists():
            document: SourceDocument = pickle.loads(stored.read_bytes())
            return document
        document = read_pdf(path)
        partial = stored.with_suffix(".partial")
        partial.write_bytes(pickle.dumps(document))
        partial.replace(stored)
        return document
