"""Genre parsers: source lines of one genre of published document → the canonical model.

Each parser is a small class with ``kind``, ``detect(source) -> float`` (how strongly the
source looks like its genre, 0–1) and ``parse(source, report) -> PerformanceDocument``.
:func:`parsers` lists them; detection picks the best score and refuses a document no parser
recognises. The forms have none: the general reader (:mod:`jixiao.ingest.general`) reads them.
"""

from __future__ import annotations

from typing import Protocol

from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.ingest.report import ImportReport
from jixiao.ingest.source import SourceDocument


class GenreParser(Protocol):
    kind: DocumentKind

    def detect(self, source: SourceDocument) -> float: ...

    def parse(self, source: SourceDocument, report: ImportReport) -> PerformanceDocument: ...


def parsers() -> list[GenreParser]:
    """Every genre parser, imported lazily so reading one genre loads only what it needs."""
    found: list[GenreParser] = []
    # One line per genre module (each module exposes PARSERS: list[GenreParser]):
    from jixiao.ingest.genres.department_performance import PARSERS as department_performance

    found += department_performance
    from jixiao.ingest.genres.budget_disclosure import PARSERS as budget_disclosure

    found += budget_disclosure
    return found
