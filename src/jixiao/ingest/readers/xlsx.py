"""Excel reader: every non-empty row of every sheet → a line of cells, as the sheet shows them.

Cells are read as text the way a person sees them: numbers exactly (``88.29``, never
``88.29000000000001``; integers without ``.0``; a percentage format as ``95%``), dates as
``YYYY-MM-DD``, formulas by their cached value. A merged range shows its value in its
top-left cell only; the other cells of a vertical merge read as empty (the column is kept),
while the extra columns of a horizontal merge are dropped, so a header spanning several
columns is one cell, as in a text file. Trailing empty cells are dropped.

Only the Office Open XML workbook (``.xlsx``) is read. A password-protected workbook and an
old binary ``.xls`` are both OLE compound files; each is refused with its own message.
"""

from __future__ import annotations

import datetime
import zipfile
from decimal import Context, Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from jixiao.ingest.readers import OLE_MAGIC, SourceFileError, bounds
from jixiao.ingest.source import SourceDocument, SourceFormat, SourceLine

# An encrypted OOXML workbook is an OLE file holding these streams (names in UTF-16).
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
# An .xls holds its sheets in the stream "Workbook" (Excel 97+) or "Book" (Excel 5/95).
_WORKBOOK_STREAM = "Workbook".encode("utf-16-le")
_OLD_WORKBOOK_STREAM = "Book\0".encode("utf-16-le")
# A Word 97-2003 document keeps its text in the stream "WordDocument".
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_EXCEL_DIGITS = Context(prec=15)


def read_xlsx(path: Path) -> SourceDocument:
    """Read every sheet of the workbook at ``path``, in order (``page`` = sheet index, 1-based)."""
    _refuse_ole(path)
    bounds.zip_package(path)
    bounds.workbook_cells(path)  # before openpyxl makes an object of every cell
    workbook = _load(path)
    try:
        lines = [
            line
            for index, sheet in enumerate(workbook.worksheets, start=1)
            for line in _sheet_lines(sheet, index)
        ]
    finally:
        workbook.close()
    return SourceDocument(name=path.name, format=SourceFormat.XLSX, lines=lines)


def _refuse_ole(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            if handle.read(len(OLE_MAGIC)) != OLE_MAGIC:
                return
            data = handle.read()
    except OSError as error:
        raise SourceFileError(f"{path}:无法读取文件({error.strerror})") from error
    if _ENCRYPTION_STREAM in data:
        raise SourceFileError(f"{path}:Excel 工作簿已设置打开密码,无法读取;请提供未加密的文件")
    if _WORKBOOK_STREAM in data or _OLD_WORKBOOK_STREAM in data:
        raise SourceFileError(
            f"{path}:旧版 Excel 97-2003 (.xls) 格式不支持;请在 Excel 或 WPS 中另存为 .xlsx 后再导入"
        )
    if _WORD_STREAM in data:
        raise SourceFileError(
            f"{path}:旧版 Word 97-2003 (.doc) 格式不支持;请在 Word 或 WPS 中另存为 .docx 后再导入"
        )
    raise SourceFileError(f"{path}:旧版 Office 97-2003 文档格式不支持;请另存为 .xlsx、PDF 或文本")


def _load(path: Path) -> Any:
    try:
        # read_only=False: merged ranges are only visible in a fully loaded workbook.
        return openpyxl.load_workbook(path, read_only=False, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise SourceFileError(f"{path}:不是有效的 Excel 工作簿(.xlsx),文件可能已损坏") from error
    except Exception as error:  # openpyxl raises many kinds on malformed XML
        raise SourceFileError(
            f"{path}:Excel 工作簿已损坏,无法读取({type(error).__name__})"
        ) from error


def _sheet_lines(sheet: Worksheet, index: int) -> list[SourceLine]:
    dropped = _horizontally_merged(sheet)
    lines = []
    for number, row in enumerate(sheet.iter_rows(min_row=1), start=1):
        cells = [_text(cell) for cell in row if cell.coordinate not in dropped]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        lines.append(
            SourceLine(
                number=number,
                text="\t".join(cells),
                cells=tuple(cells),
                page=index,
                sheet=sheet.title,
            )
        )
    return lines


def _horizontally_merged(sheet: Worksheet) -> set[str]:
    """Coordinates of the cells right of a merged range's first column: no columns of their own."""
    return {
        cell.coordinate
        for merged in sheet.merged_cells.ranges
        for row in sheet.iter_rows(
            min_row=merged.min_row,
            max_row=merged.max_row,
            min_col=merged.min_col + 1,
            max_col=merged.max_col,
        )
        for cell in row
    }


def _text(cell: Cell | MergedCell) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float | Decimal):
        return _number(value, cell.number_format)
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    return str(value).strip()


def _number(value: float | Decimal, number_format: str) -> str:
    # A float is shown as Excel shows it: to 15 significant digits, which drops the binary
    # noise of typed values and of sums alike (88.29, not 88.29000000000001).
    exact = _EXCEL_DIGITS.plus(Decimal(repr(value))) if isinstance(value, float) else Decimal(value)
    if "%" in number_format:
        return _plain(exact * 100) + "%"
    return _plain(exact)


def _plain(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return "0" if text == "-0" else text
