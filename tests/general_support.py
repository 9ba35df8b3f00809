"""Helpers for the general reader's tests: a text as a source of split lines, and the rows
the reader finds in it (each row's cells by column role)."""

from __future__ import annotations

from pathlib import Path

from jixiao.domain.model import PerformanceDocument
from jixiao.domain.target import TargetKind
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.reader import read_document
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.table import find_tables, read_rows
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.readers import read_source
from jixiao.ingest.readers.text import split_cells
from jixiao.ingest.report import ImportReport
from jixiao.ingest.source import SourceDocument, SourceFormat, SourceLine


def text_source(text: str) -> SourceDocument:
    """``text`` as the text reader gives it: one line per line, cut into cells."""
    lines = [
        SourceLine(number=n, text=raw, cells=split_cells(raw))
        for n, raw in enumerate(text.splitlines(), start=1)
    ]
    return SourceDocument(name="t.txt", format=SourceFormat.TEXT, lines=lines)


def table_rows(text: str) -> list[dict[Role, str]]:
    """Every row of every table the general reader finds in ``text``, by column role."""
    source, _ = normalise_source(text_source(text))
    cells = cells_of(source.lines)
    return [
        {role: cell.text for role, cell in row.cells.items()}
        for table in find_tables(cells)
        for row in read_rows(cells, table)
    ]


def read_form(tmp_path: Path, text: str) -> PerformanceDocument:
    """``text`` written to a .txt file, read as ``jixiao parse`` reads it, by the general
    reader alone."""
    return read_form_reported(tmp_path, text)[0]


def read_form_reported(tmp_path: Path, text: str) -> tuple[PerformanceDocument, ImportReport]:
    """As :func:`read_form`, with the import report the reading filled."""
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    source = read_source(path)
    report = ImportReport(source=source.name, format="txt", genre="")
    return read_document(source, report), report


def kinds_and_standards(document: PerformanceDocument) -> dict[str, tuple[TargetKind, str]]:
    """Each indicator's name with its target's kind and its standard (else its text as
    written); every indicator must have a target."""
    read: dict[str, tuple[TargetKind, str]] = {}
    for _, indicator in document.all_indicators():
        target = indicator.target_in_force
        assert target is not None, indicator.name
        read[indicator.name] = (target.kind, target.standard or target.text)
    return read
