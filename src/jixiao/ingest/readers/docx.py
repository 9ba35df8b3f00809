"""Word reader (``.docx``): paragraphs and tables in document order, as lines of cells.

Many departments publish their forms in Word. A paragraph is a line of one cell; a table row
is a line of its cells. Word repeats a horizontally merged cell in every column it spans
(python-docx returns the same cell), so a repeat is dropped and a header spanning several
columns is one cell, as in a text file; a vertically merged cell reads in its first row only.
Line numbers count the paragraphs and table rows from the start of the document.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jixiao import limits
from jixiao.ingest.readers import SourceFileError, bounds
from jixiao.ingest.source import SourceDocument, SourceFormat, SourceLine

_WORD_PART = "word/document.xml"


def is_docx(path: Path) -> bool:
    """Whether the Office Open XML package at ``path`` is a Word document."""
    try:
        with zipfile.ZipFile(path) as package:
            return _WORD_PART in package.namelist()
    except Exception:  # damaged (zlib, unknown version …): not Word; the next reader says why
        return False


def read_docx(path: Path) -> SourceDocument:
    import docx  # python-docx: loaded only for Word files
    from docx.opc.exceptions import PackageNotFoundError

    bounds.zip_package(path)
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise SourceFileError(f"{path}:不是有效的 Word 文档(.docx),文件可能已损坏") from error
    except Exception as error:  # malformed XML surfaces as many kinds
        raise SourceFileError(f"{path}:Word 文档已损坏,无法读取({type(error).__name__})") from error
    lines = []
    cells_read = 0
    cap = limits.current()
    for number, cells in enumerate(_blocks(document), start=1):
        cells_read += len(cells)
        if number > cap.max_lines:
            bounds.lines(path, number)
        if cells_read > cap.max_cells:
            raise bounds.ReaderLimitError(
                f"{path}:表格单元格超过上限 {cap.max_cells} 个"
                "(设置 JIXIAO_MAX_CELLS 可调整),不像一份预算绩效文档"
            )
        if any(cell for cell in cells):
            lines.append(SourceLine(number=number, text="\t".join(cells), cells=cells))
    return SourceDocument(name=path.name, format=SourceFormat.DOCX, lines=lines)


def _blocks(document: Any) -> Iterator[tuple[str, ...]]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            yield (block.text.strip(),)
        elif isinstance(block, Table):
            yield from _rows(block)


def _rows(table: Any) -> Iterator[tuple[str, ...]]:
    above: list[Any] = []
    for row in table.rows:
        cells: list[str] = []
        seen: list[Any] = []
        for column, cell in enumerate(row.cells):
            element = cell._tc  # the same element for every column a merged cell spans
            if seen and seen[-1] is element:
                continue
            seen.append(element)
            vertical = column < len(above) and above[column] is element
            cells.append("" if vertical else " ".join(cell.text.split()))
        above = [cell._tc for cell in row.cells]
        while cells and not cells[-1]:
            cells.pop()
        yield tuple(cells)
