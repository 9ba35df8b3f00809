"""The reader-independent form of a document: numbered lines split into cells.

Every reader (plain text, PDF text layer, OCR of scanned pages, Excel) produces a
:class:`SourceDocument`; every genre parser consumes one. A table row is a line whose
``cells`` are the row's cells in reading order (tab- or pipe-separated text, PDF words
grouped by column gaps, OCR boxes, spreadsheet cells); prose is a line with one cell.
Line and page numbers are the reader's own, so provenance points back into the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class SourceFormat(StrEnum):
    TEXT = "text"  # .txt (UTF-8, GBK/GB18030)
    PDF_TEXT = "pdf_text"  # PDF with a text layer
    PDF_OCR = "pdf_ocr"  # PDF pages without text, read by OCR
    IMAGE_OCR = "image_ocr"  # a scanned page image, read by OCR
    XLSX = "xlsx"  # Excel workbook
    DOCX = "docx"  # Word document


@dataclass(frozen=True)
class SourceLine:
    """One line (or table row) of the source.

    ``number`` is 1-based: the line number in a text file, the row number within a page of
    a PDF or an image, the row number in a sheet. ``page`` is the PDF page or sheet index
    (1-based); None for text. ``sheet`` names an Excel sheet. ``text`` is the line as read
    (cells joined by a tab when the reader only had cells). ``confidence`` is the OCR score
    of the line (0–1), None for readers that do not guess.
    """

    number: int
    text: str
    cells: tuple[str, ...]
    page: int | None = None
    sheet: str | None = None
    confidence: float | None = None

    @property
    def is_blank(self) -> bool:
        return not any(cell.strip() for cell in self.cells)


@dataclass(frozen=True)
class ReaderNote:
    """Something a reader wants the user to know (a page it could not read, low OCR score)."""

    message: str  # Chinese
    page: int | None = None
    line: int | None = None


@dataclass
class SourceDocument:
    """A file as lines. ``name`` is what provenance calls the source (the file's name)."""

    name: str
    format: SourceFormat
    lines: list[SourceLine]
    notes: list[ReaderNote] = field(default_factory=list)
    encoding: str | None = None  # text files: the detected encoding

    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)
