"""Render the text fixtures as a text PDF, a scanned PDF and an Excel workbook (a dev tool).

The importer must read the same document whether it arrives as text, as a PDF with a text
layer, as a scan or as a spreadsheet. This script turns each text fixture into the other
three forms so the tests can check that the same facts come out of all four:

- ``pdf/NAME.pdf``: the document typeset with the Noto Sans CJK font. Consecutive lines with
  cells (tab- or pipe-separated) become a ruled table; a row shorter than the table spans its
  last cell over the remaining columns, as official forms do. Other lines are prose.
- ``scan/NAME.pdf``: the text PDF rasterised at 150 dpi, turned by a fraction of a degree,
  with a little noise, and wrapped back into an image-only PDF (no text layer).
- ``xlsx/NAME.xlsx``: one sheet per form (a new sheet at each title ending in 表), numbers
  as numbers (percentages with a % format), short rows merged over the remaining columns.

and the special cases of the PDF reader: ``pdf/interleaved-columns.pdf`` (a borderless
two-column table written column by column, the value column in a smaller font, so reading
order must be rebuilt from positions), ``pdf/encrypted.pdf`` (password ``jixiao``) and
``pdf/truncated.pdf`` (the first part of a text PDF's bytes); and for the Excel reader
``xlsx/encrypted.xlsx`` (password ``jixiao``) and ``xlsx/old-format.xls`` (Excel 97-2003).

Usage (from the project root, with the dev extra installed: fpdf2, pypdf, xlwt,
msoffcrypto-tool)::

    .venv/bin/python scripts/make-fixtures.py            # documents/*.txt, documents/corpus/*.txt
    .venv/bin/python scripts/make-fixtures.py a.txt b.txt  # only these

Needs Debian's fonts-noto-cjk and fonts-dejavu-core (for symbols such as ☑ that Noto CJK
lacks). The Noto CJK font is CID-keyed CFF, which fpdf2 embeds with a custom encoding CMap
that pdfminer cannot decode; the script therefore subsets it to the characters used and
converts it to TrueType outlines first, so the PDFs use Identity-H like those exported by
office suites.
"""

from __future__ import annotations

import argparse
import datetime
import random
import re
import sys
import tempfile
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

import numpy as np
import openpyxl
import pypdfium2 as pdfium
import xlwt
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF
from fpdf.enums import WrapMode
from msoffcrypto.format.ooxml import OOXMLFile
from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from PIL import Image, ImageFilter
from pypdf import PdfReader, PdfWriter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
# The tests compare what the readers read with these very rows.
from ingest_support import INTERLEAVED_ROWS, Row, parse_rows  # noqa: E402

DOCUMENTS = ROOT / "tests" / "fixtures" / "documents"
# Pages of the shared corpus, used until (and beside) the genre's own text fixtures.
CORPUS_PAGES = DOCUMENTS / "corpus"
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
NOTO_CJK_SC = 2  # index of "Noto Sans CJK SC" in the collection
SYMBOLS = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # ☑ and the like
SCAN_DPI = 150
MAX_FIXTURE_BYTES = 280 * 1024
ENCRYPTED_PASSWORD = "jixiao"
_FIXED_DATE = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)  # reproducible output

PAGE_MARGIN_MM = 15
TABLE_FONT_PT = 9
PROSE_FONT_PT = 10.5


def blocks(rows: Sequence[Row]) -> Iterable[list[Row]]:
    """Runs of table rows, and single prose rows (blank lines included)."""
    table: list[Row] = []
    for row in rows:
        if row.tabular:
            table.append(row)
            continue
        if table:
            yield table
            table = []
        yield [row]
    if table:
        yield table


# --- the font -----------------------------------------------------------------------------


def truetype_cjk_font(chars: str, out: Path) -> Path:
    """Noto Sans CJK SC subset to ``chars``, with its CFF outlines converted to TrueType."""
    font = TTFont(NOTO_CJK, fontNumber=NOTO_CJK_SC)
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    _cff_to_glyf(font)
    font.save(out)
    return out


def _cff_to_glyf(font: TTFont) -> None:
    # After fontTools' otf2ttf snippet: quadratic outlines, then the tables that depend on them.
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    for name in order:
        glyph = glyf.glyphs[name]
        advance, _ = font["hmtx"].metrics[name]
        font["hmtx"].metrics[name] = (advance, getattr(glyph, "xMin", 0))
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, field, 1 if field == "maxZones" else 0)
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


# --- the text PDF ---------------------------------------------------------------------------


class Document(FPDF):
    def __init__(self, font: Path) -> None:
        super().__init__(format="A4")
        self.set_margins(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM)
        self.set_auto_page_break(True, PAGE_MARGIN_MM)
        self.add_font("cjk", fname=str(font))
        self.add_font("symbols", fname=str(SYMBOLS))
        self.set_fallback_fonts(["symbols"])
        self.set_creation_date(_FIXED_DATE)
        self.add_page()


def write_text_pdf(rows: Sequence[Row], font: Path, out: Path) -> None:
    pdf = Document(font)
    for block in blocks(rows):
        if block[0].tabular:
            _write_table(pdf, block)
        else:
            _write_prose(pdf, block[0].cells[0])
    pdf.output(str(out))


def _write_prose(pdf: FPDF, text: str) -> None:
    pdf.set_font("cjk", size=PROSE_FONT_PT)
    if not text:
        pdf.ln(PROSE_FONT_PT * 0.3)
        return
    pdf.multi_cell(0, PROSE_FONT_PT * 0.55, text, wrapmode=WrapMode.CHAR, new_x="LMARGIN")
    pdf.ln(1)


def _write_table(pdf: FPDF, table: Sequence[Row]) -> None:
    pdf.set_font("cjk", size=TABLE_FONT_PT)
    columns = max(len(row.cells) for row in table)
    widths = _column_widths(pdf, table, columns)
    with pdf.table(
        col_widths=widths,
        first_row_as_headings=False,
        text_align="LEFT",
        wrapmode=WrapMode.CHAR,
        line_height=TABLE_FONT_PT * 0.5,
        padding=1,
    ) as out:
        for row in table:
            line = out.row()
            for index, cell in enumerate(row.cells):
                last = index == len(row.cells) - 1
                line.cell(cell, colspan=columns - index if last else 1)
    pdf.ln(2)


def _column_widths(pdf: FPDF, table: Sequence[Row], columns: int) -> list[float]:
    # Natural width of each column (cells that span are left out), capped so that one long
    # cell wraps instead of squeezing the others; fpdf2 scales the list to the page width.
    natural = [8.0] * columns
    for row in table:
        for index, cell in enumerate(row.cells[:-1]):
            natural[index] = max(natural[index], pdf.get_string_width(cell) + 3)
    last_only = [row.cells[-1] for row in table if len(row.cells) == columns]
    if last_only:
        natural[-1] = max([natural[-1]] + [pdf.get_string_width(c) + 3 for c in last_only])
    return [min(width, 55.0) for width in natural]


def write_interleaved_pdf(font: Path, out: Path) -> None:
    """A borderless label/value table written column by column (the tests' rows)."""
    rows = INTERLEAVED_ROWS
    pdf = Document(font)
    top = 30.0
    pitch = 9.0
    # The values first, bottom to top, then the labels: content order is no guide.
    pdf.set_font("cjk", size=9)
    for index in reversed(range(len(rows))):
        pdf.text(95, top + index * pitch + 0.8, rows[index][1])
    pdf.set_font("cjk", size=12)
    for index, (label, _) in enumerate(rows):
        pdf.text(20, top + index * pitch, label)
    pdf.output(str(out))


# --- the scan -----------------------------------------------------------------------------


def write_scanned_pdf(text_pdf: Path, out: Path, seed: int) -> None:
    """Rasterise each page, turn and soil it a little, and keep only the images."""
    rng = random.Random(seed)
    pages = []
    document = pdfium.PdfDocument(str(text_pdf))
    try:
        for page in document:
            image = page.render(scale=SCAN_DPI / 72).to_pil().convert("L")
            pages.append(_soil(image, rng))
    finally:
        document.close()
    # JPEG quality is lowered for long documents so that each fixture stays small.
    for quality in (40, 32, 25):
        pages[0].save(
            out,
            "PDF",
            save_all=True,
            append_images=pages[1:],
            resolution=SCAN_DPI,
            quality=quality,
        )
        if out.stat().st_size <= MAX_FIXTURE_BYTES:
            break


def _soil(image: Image.Image, rng: random.Random) -> Image.Image:
    # A slight turn, a soft edge and sparse specks, like a page through an office scanner;
    # specks rather than noise on every pixel keep the JPEG small.
    angle = rng.uniform(-0.4, 0.4)
    turned = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    pixels = np.asarray(turned.filter(ImageFilter.GaussianBlur(0.5)), dtype=np.uint8).copy()
    specks = np.random.default_rng(rng.randrange(2**32)).random(pixels.shape) < 0.0004
    pixels[specks] = 90
    return Image.fromarray(pixels)


# --- the workbook ---------------------------------------------------------------------------

_NUMBER = re.compile(r"^(?:0|[1-9]\d{0,11})(?:\.\d+)?%?$")
_FORM_TITLE = re.compile(r"表\)?$")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def write_xlsx(rows: Sequence[Row], out: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "表1"
    width = max((len(row.cells) for row in rows if row.tabular), default=1)
    had_table = False
    label_row = 0  # the sheet row of the last first-column label of the current table
    number = 0
    for row in rows:
        title = row.cells[0] if row.cells else ""
        if not row.tabular and had_table and _FORM_TITLE.search(title):
            sheet = workbook.create_sheet(_sheet_name(title, len(workbook.sheetnames) + 1))
            had_table = False
            number = 0
        had_table = had_table or row.tabular
        number += 1
        _append(sheet, number, row.cells, width)
        label_row = _merge_down(sheet, row, number, label_row)
    workbook.save(out)


def _merge_down(sheet: Worksheet, row: Row, number: int, label_row: int) -> int:
    """Merge a first-column label over the table rows below it that leave that column empty.

    Returns the row of the label that later rows may extend (0 when there is none).
    """
    if not row.tabular or len(row.cells) < 2:
        return 0
    if row.cells[0]:
        return number
    if label_row:
        for merged in list(sheet.merged_cells.ranges):
            if merged.min_row == label_row and merged.min_col == 1 and merged.max_col == 1:
                sheet.unmerge_cells(str(merged))
        sheet.merge_cells(f"A{label_row}:A{number}")
    return label_row


def _sheet_name(title: str, number: int) -> str:
    return _BAD_SHEET_CHARS.sub("", title)[:28] or f"表{number}"


def _append(sheet: Worksheet, row_number: int, cells: Sequence[str], width: int) -> None:
    # A blank line is an extra empty row (forms have them); a short row's last cell is
    # merged over the remaining columns, like a form's header cells.
    for column, text in enumerate(cells, start=1):
        cell = sheet.cell(row=row_number, column=column)
        assert isinstance(cell, Cell)  # rows are written before they are merged
        _set_value(cell, text)
    if cells and len(cells) < width:
        first = get_column_letter(len(cells))
        last = get_column_letter(width)
        sheet.merge_cells(f"{first}{row_number}:{last}{row_number}")


def _set_value(cell: Cell, text: str) -> None:
    if not _NUMBER.match(text):
        cell.value = text or None
        if text.startswith("="):
            cell.data_type = "s"  # a target such as =100% is text, not a formula
        return
    if text.endswith("%"):
        cell.value = float(Decimal(text[:-1]) / 100)
        decimals = len(text[:-1].partition(".")[2])
        cell.number_format = "0." + "0" * decimals + "%" if decimals else "0%"
        return
    cell.value = int(text) if "." not in text else float(text)


# --- encrypted and truncated PDFs ---------------------------------------------------------


def write_encrypted_pdf(source: Path, out: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=ENCRYPTED_PASSWORD, owner_password=None, algorithm="AES-128")
    with out.open("wb") as handle:
        writer.write(handle)


def write_truncated_pdf(source: Path, out: Path) -> None:
    data = source.read_bytes()
    out.write_bytes(data[: len(data) * 2 // 5])


def write_encrypted_xlsx(source: Path, out: Path) -> None:
    with source.open("rb") as plain, out.open("wb") as encrypted:
        OOXMLFile(plain).encrypt(ENCRYPTED_PASSWORD, encrypted)


def write_old_xls(out: Path) -> None:
    """An Excel 97-2003 workbook (the importer refuses it and asks for .xlsx)."""
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("项目绩效目标表")
    for row, cells in enumerate([("项目名称", "侨务工作经费"), ("预算数", "8万元")]):
        for column, text in enumerate(cells):
            sheet.write(row, column, text)
    book.save(str(out))


# --- main ---------------------------------------------------------------------------------


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("texts", nargs="*", type=Path, help="text fixtures (default: all)")
    parser.add_argument("--out", type=Path, default=DOCUMENTS, help="fixture folder")
    args = parser.parse_args(argv)
    texts = args.texts or sorted(DOCUMENTS.glob("*.txt")) + sorted(CORPUS_PAGES.glob("*.txt"))
    if not texts:
        print("没有文本样例可以转换", file=sys.stderr)
        return 1
    sources = {path: path.read_text(encoding="utf-8") for path in texts}
    for folder in ("pdf", "scan", "xlsx"):
        (args.out / folder).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        chars = "".join(sorted(set("".join(sources.values()) + _EXTRA_CHARS)))
        font = truetype_cjk_font(chars, Path(tmp) / "cjk.ttf")
        for seed, (path, text) in enumerate(sources.items()):
            rows = parse_rows(text)
            text_pdf = args.out / "pdf" / f"{path.stem}.pdf"
            write_text_pdf(rows, font, text_pdf)
            write_scanned_pdf(text_pdf, args.out / "scan" / f"{path.stem}.pdf", seed)
            write_xlsx(rows, args.out / "xlsx" / f"{path.stem}.xlsx")
            print(f"{path.name}: pdf, scan, xlsx")
        write_interleaved_pdf(font, args.out / "pdf" / "interleaved-columns.pdf")
        smallest = min((args.out / "pdf" / f"{p.stem}.pdf" for p in texts), key=_size)
        write_encrypted_pdf(smallest, args.out / "pdf" / "encrypted.pdf")
        write_truncated_pdf(smallest, args.out / "pdf" / "truncated.pdf")
        smallest_xlsx = min((args.out / "xlsx" / f"{p.stem}.xlsx" for p in texts), key=_size)
        write_encrypted_xlsx(smallest_xlsx, args.out / "xlsx" / "encrypted.xlsx")
        write_old_xls(args.out / "xlsx" / "old-format.xls")
    for path in sorted(args.out.glob("*/*")):
        if path.suffix in {".pdf", ".xlsx", ".xls"}:
            print(f"{path.relative_to(args.out)}\t{_size(path) // 1024} KB")
    return 0


def _size(path: Path) -> int:
    return path.stat().st_size


# Characters of the interleaved-columns fixture, and ASCII for anything else the fixtures use.
_EXTRA_CHARS = (
    "项目名称预算数举办联谊活动次数接待海外侨胞人侨联网站正常运行率费成本群满意度务工作经万元≥≤%"
    + "".join(chr(code) for code in range(0x20, 0x7F))
)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
