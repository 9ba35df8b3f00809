"""PDF reader: the text layer where a page has one, OCR where it has not.

A page's text layer is read as pdfplumber words with their positions. Ruling lines (lines
and rectangle edges) found by pdfplumber's table finder make the columns of ruled tables;
the rest of the page is grouped into rows and cells by position (see
:mod:`jixiao.ingest.readers.layout`). A page without usable text (a scan, or text whose font
has no Unicode mapping) is rendered and read by OCR, and the document is then marked
:attr:`~jixiao.ingest.source.SourceFormat.PDF_OCR`.

An encrypted or damaged file is refused with :class:`SourceFileError`; a single page that
fails is reported as a :class:`ReaderNote` and the other pages are still read.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.page import Page
from pdfplumber.pdf import PDF
from pdfplumber.utils.exceptions import PdfminerException

from jixiao import limits
from jixiao.ingest.readers import SourceFileError, bounds
from jixiao.ingest.readers.layout import Box, Grid, Spacing, page_lines, ruled_grids
from jixiao.ingest.source import ReaderNote, SourceDocument, SourceFormat, SourceLine

# Words are split where pdfplumber sees a space; a gap wider than 0.15 of the font size
# inside a cell is a space, one wider than the font size outside a ruled table a new cell.
TEXT_SPACING = Spacing(word=0.15, cell=1.0)
# Characters closer than this fraction of their size belong to the same word.
WORD_X_TOLERANCE_RATIO = 0.2
# A page whose text layer has fewer readable characters than this is read as a scan.
MIN_TEXT_CHARS = 10
# Text without a Unicode mapping comes out as "(cid:123)"; above this share, OCR instead.
MAX_UNMAPPED_SHARE = 0.3
# Scans are rendered for OCR at their own resolution, within these bounds: below 150 dpi
# table text of 9 pt gets too small to read, above 200 dpi OCR only gets slower.
MIN_OCR_DPI = 150
MAX_OCR_DPI = 200
# A page too big for the pixel budget at 150 dpi is rendered coarser, down to this; below
# it text is unreadable and the page is skipped with a note naming the limit.
MIN_BUDGET_DPI = 72


@dataclass(frozen=True)
class _PageRead:
    lines: list[SourceLine]
    notes: list[ReaderNote]
    ocr: bool


def read_pdf(path: Path) -> SourceDocument:
    """Read every page of the PDF at ``path`` into numbered lines."""
    lines: list[SourceLine] = []
    notes: list[ReaderNote] = []
    any_ocr = False
    refused: bounds.ReaderLimitError | None = None
    with _open(path) as pdf:
        pages = _pages(pdf, path)
        for number, page in enumerate(pages, start=1):
            try:
                read = _read_page(page, number)
            except bounds.ReaderLimitError as error:
                refused = refused or error
                notes.append(ReaderNote(f"{error.message},已跳过", page=number))
                continue
            except Exception as error:  # one bad page must not lose the rest
                message = f"第 {number} 页无法读取({_describe(error)}),已跳过"
                notes.append(ReaderNote(message, page=number))
                continue
            finally:
                with contextlib.suppress(Exception):
                    page.close()
            lines.extend(read.lines)
            notes.extend(read.notes)
            any_ocr = any_ocr or read.ocr
            bounds.lines(path, len(lines))
    if not lines and refused is not None and len(notes) == len(pages):
        raise bounds.ReaderLimitError(f"{path}:{refused.message}")
    if not lines and len(notes) == len(pages):
        raise SourceFileError(f"{path}:PDF 文件已损坏,没有一页能读取")
    return SourceDocument(
        name=path.name,
        format=SourceFormat.PDF_OCR if any_ocr else SourceFormat.PDF_TEXT,
        lines=lines,
        notes=notes,
    )


@contextmanager
def _open(path: Path) -> Iterator[PDF]:
    try:
        pdf = pdfplumber.open(path)
    except PdfminerException as error:
        raise _open_error(path, error.args[0] if error.args else error) from error
    except (PDFPasswordIncorrect, PDFEncryptionError) as error:
        raise _open_error(path, error) from error
    except Exception as error:  # pdfminer raises many kinds on bad bytes
        raise SourceFileError(f"{path}:PDF 文件已损坏,无法读取({_describe(error)})") from error
    try:
        yield pdf
    finally:
        # A damaged file may fail to close as well: that must not replace the message of
        # the error that is already leaving (nor fail a read that went well).
        with contextlib.suppress(Exception):
            pdf.close()


def _open_error(path: Path, cause: object) -> SourceFileError:
    if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
        return SourceFileError(f"{path}:PDF 已加密,无法读取;请提供未加密的文件")
    return SourceFileError(f"{path}:PDF 文件已损坏或不完整,无法读取({_describe(cause)})")


def _pages(pdf: PDF, path: Path) -> list[Page]:
    try:
        pages = list(pdf.pages)
    except Exception as error:  # a broken page tree raises from deep in pdfminer
        raise SourceFileError(f"{path}:PDF 文件已损坏,无法读取页面({_describe(error)})") from error
    if not pages:
        raise SourceFileError(f"{path}:PDF 文件没有页面")
    bounds.pages(path, len(pages))
    return pages


def _describe(error: object) -> str:
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _read_page(page: Page, number: int) -> _PageRead:
    if _has_text_layer(page):
        return _PageRead(page_lines(_words(page), _grids(page), TEXT_SPACING, number), [], False)
    # Imported here: only scans need OpenCV and the OCR engine.
    from jixiao.ingest.readers.ocr import confidence_notes, ocr_image

    resolution = _ocr_resolution(page)
    pixels = (page.width / 72) * (page.height / 72)  # square inches
    budget = limits.current().max_page_pixels
    if pixels * resolution**2 > budget:
        resolution = (budget / pixels) ** 0.5  # a big page rendered coarser, within budget
        if resolution < MIN_BUDGET_DPI:
            raise bounds.ReaderLimitError(
                f"第 {number} 页尺寸过大({page.width / 72:.0f}×{page.height / 72:.0f} 英寸),"
                f"按 {MIN_BUDGET_DPI} dpi 渲染超过每页 {budget} 像素的上限"
                "(设置 JIXIAO_MAX_PAGE_PIXELS 可调整)"
            )
    image = page.to_image(resolution=resolution).original
    lines = ocr_image(image, page=number)
    return _PageRead(lines, confidence_notes(lines), True)


def _ocr_resolution(page: Page) -> float:
    """The resolution of the page's largest image (the scan), within the OCR bounds."""
    dpis = [
        image["srcsize"][0] / (image["width"] / 72)
        for image in page.images
        if image.get("srcsize") and image["width"] > 0
    ]
    return min(max(max(dpis, default=MIN_OCR_DPI), MIN_OCR_DPI), MAX_OCR_DPI)


def _has_text_layer(page: Page) -> bool:
    text = [char["text"] for char in page.chars if char["text"].strip()]
    if len(text) < MIN_TEXT_CHARS:
        return False
    unmapped = sum(1 for char in text if char.startswith("(cid:"))
    return unmapped / len(text) <= MAX_UNMAPPED_SHARE


def _words(page: Page) -> list[Box]:
    words = page.extract_words(
        x_tolerance_ratio=WORD_X_TOLERANCE_RATIO,
        keep_blank_chars=False,
        use_text_flow=False,
    )
    return [
        Box(text=word["text"], x0=word["x0"], top=word["top"], x1=word["x1"], bottom=word["bottom"])
        for word in words
    ]


def _grids(page: Page) -> list[Grid]:
    """The page's ruled tables, from its lines and rectangle edges."""
    return ruled_grids(table.cells for table in page.find_tables())
