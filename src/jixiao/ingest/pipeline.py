"""From a file to the canonical document and its import report.

``parse_file`` reads the file with the reader its content calls for, picks the genre whose
parser recognises it best, and parses it; a document no parser recognises is refused with
the genres jixiao knows and the document's first heading. A truncated document is parsed
as far as it goes: its parser lists each part of the genre the source lacks as a MISSING
item on a top-level field (``budget``, ``projects``); ``refuse_incomplete`` refuses it.
Storing is the application's (:func:`jixiao.app.documents.import_file`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from jixiao.domain.model import PerformanceDocument
from jixiao.errors import JixiaoError
from jixiao.ingest.genres import GenreParser, parsers
from jixiao.ingest.readers import read_source
from jixiao.ingest.readers.text import SOURCE_NOTE_PREFIX
from jixiao.ingest.report import ImportReport, ItemKind, ReportItem
from jixiao.ingest.source import SourceDocument

# A parser must be at least this sure that the document is of its genre.
DETECT_THRESHOLD: Final = 0.4
_MAX_HEADING_SHOWN: Final = 40
_TOP_LEVEL_FIELD_RE: Final = re.compile(r"[a-z_]+")


class GenreError(JixiaoError):
    """The document is of no genre jixiao can read."""


class IncompleteDocumentError(JixiaoError):
    """The source lacks parts of its document (a truncated file, missing pages); ``report``
    says what was read and what is missing."""

    def __init__(self, message: str, report: ImportReport) -> None:
        super().__init__(message)
        self.report = report

    @classmethod
    def of(cls, report: ImportReport) -> IncompleteDocumentError:
        reasons = ";".join(dict.fromkeys(item.reason for item in missing_parts(report)))
        return cls(
            f"{report.source}:文档不完整,未导入({reasons})。确认只导入已读出的部分时请加 --partial",
            report,
        )


def detect_parser(source: SourceDocument) -> GenreParser:
    """The parser of the source's genre; :class:`GenreError` when none recognises it."""
    scored = [(parser.detect(source), index, parser) for index, parser in enumerate(parsers())]
    best = max(scored, default=None, key=lambda entry: (entry[0], -entry[1]))
    if best is not None and best[0] >= DETECT_THRESHOLD:
        return best[2]
    known = "、".join(dict.fromkeys(parser.kind.label for parser in parsers()))
    raise GenreError(
        f"{source.name}:无法识别文档类型(首行为“{_first_heading(source)}”)。"
        f"jixiao 能读取的文档类型:{known or '(无)'}"
    )


def _first_heading(source: SourceDocument) -> str:
    line = next((line.text.strip() for line in source.lines if line.text.strip()), "")
    text = " ".join(line.split())
    return text if len(text) <= _MAX_HEADING_SHOWN else text[:_MAX_HEADING_SHOWN] + "…"


def parse_source(source: SourceDocument) -> tuple[PerformanceDocument, ImportReport]:
    parser = detect_parser(source)
    report = ImportReport(source=source.name, format=source.format.value, genre=parser.kind.value)
    for note in source.notes:
        if not note.message.startswith(SOURCE_NOTE_PREFIX):  # where the text came from
            report.add(ItemKind.UNCERTAIN, note.message, page=note.page, line=note.line)
    document = parser.parse(source, report)
    return document, report


def parse_file(path: Path) -> tuple[PerformanceDocument, ImportReport]:
    """Read and parse a published document (text, PDF, scan, Excel) without storing it."""
    return parse_source(read_source(path))


def missing_parts(report: ImportReport) -> list[ReportItem]:
    """MISSING items on a top-level field: parts of the document the source lacks (a missing
    value inside a part, such as an empty target cell, is not one)."""
    return [
        item
        for item in report.of_kind(ItemKind.MISSING)
        if item.field and _TOP_LEVEL_FIELD_RE.fullmatch(item.field)
    ]


def refuse_incomplete(report: ImportReport) -> None:
    """Raise :class:`IncompleteDocumentError` naming the missing parts, if any."""
    if missing_parts(report):
        raise IncompleteDocumentError.of(report)
