"""Provenance and report items for values read from a form's cells.

Every value the parsers set keeps where it was read (:meth:`Tracer.provenance`); every value
that was repaired, is uncertain, could not be read or is missing becomes a report item naming
its field (a JSON path such as ``projects[0].indicators[3].target``) and its page and line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from jixiao.domain.model import Provenance, Repair
from jixiao.ingest.genres.forms.sheet import Cell
from jixiao.ingest.report import ImportReport, ItemKind
from jixiao.ingest.source import SourceDocument, SourceFormat

# The OCR reader's own threshold for a line worth a look (readers.ocr.LOW_CONFIDENCE): a
# value read from such a line is reported as uncertain, field by field.
LOW_CONFIDENCE: Final = 0.8
_OCR_FORMATS: Final = frozenset({SourceFormat.PDF_OCR, SourceFormat.IMAGE_OCR})
# A value never ends in these; OCR reads a cell's edge or a speck as one of them.
_TRAILING_MARKS: Final = ":：;；,，、 "


class Tracer:
    """Makes provenance records and report items for one source and one report."""

    def __init__(self, source: SourceDocument, report: ImportReport) -> None:
        self.source = source
        self.report = report

    @property
    def is_ocr(self) -> bool:
        return self.source.format in _OCR_FORMATS

    def provenance(
        self, cells: Sequence[Cell], text: str | None = None, repairs: Sequence[Repair] = ()
    ) -> Provenance:
        """Where ``cells`` stand; ``text`` defaults to the cells' text joined by ``|``."""
        filled = [cell for cell in cells if not cell.blank] or list(cells)
        first, last = filled[0].line, filled[-1].line
        same_page = first.page == last.page
        spread = same_page and last.number > first.number
        return Provenance(
            source=self.source.name,
            page=first.page,
            line=first.number,
            line_end=last.number if spread else None,
            text=text if text is not None else " | ".join(cell.text for cell in filled),
            repairs=list(repairs),
        )

    def add(
        self,
        kind: ItemKind,
        reason: str,
        field: str | None,
        cells: Sequence[Cell] = (),
        original: str | None = None,
        value: str | None = None,
        at: Provenance | None = None,
    ) -> None:
        """Report an item at ``cells`` (or at ``at``, where a value was read earlier)."""
        where = cells[0].line if cells else None
        page = where.page if where else (at.page if at else None)
        line = where.number if where else (at.line if at else None)
        self.report.add(
            kind, reason, field=field, page=page, line=line, original=original, value=value
        )

    def check_confidence(self, field: str, cell: Cell) -> None:
        """A value read from a line the OCR was unsure of is reported as uncertain."""
        confidence = cell.line.confidence
        if confidence is not None and confidence < LOW_CONFIDENCE:
            self.add(
                ItemKind.UNCERTAIN,
                f"识别置信度低({confidence:.2f}),请核对",
                field,
                [cell],
                original=cell.text,
            )

    def repaired(
        self, field: str, cell: Cell, value: str, reason: str, original: str | None = None
    ) -> Repair:
        """Report a repair of ``cell`` (or of ``original``, the part of it that was read) into
        ``value`` and return it for the provenance."""
        written = cell.text if original is None else original
        self.add(ItemKind.REPAIRED, reason, field, [cell], original=written, value=value)
        return Repair(original=written, value=value, reason=reason)

    def cleaned(self, field: str, cell: Cell, text: str | None = None) -> tuple[str, list[Repair]]:
        """A text value without the punctuation left at its end (``2023年12月：``), the
        change reported as a repair."""
        written = (cell.text if text is None else text).strip()
        value = written.rstrip(_TRAILING_MARKS)
        if value == written or not value:
            return written, []
        return value, [self.repaired(field, cell, value, "去掉值末尾多余的标点", written)]

    def text_value(
        self, field: str, cells: Sequence[Cell], text: str | None = None
    ) -> tuple[str, Provenance]:
        """A text value read from ``cells`` (cleaned), with its provenance."""
        value, repairs = self.cleaned(field, cells[-1], text)
        return value, self.provenance(cells, repairs=repairs)
