"""Bounds on the work of reading one file, checked before the work (:mod:`jixiao.limits`).

Each check raises a :class:`~jixiao.errors.LimitError` (also a
:class:`~jixiao.ingest.readers.SourceFileError`, so callers that handle unreadable files
handle these) whose message names the file, what was measured, the limit and the setting
that raises it.

* :func:`file_size` — the file on disk (``JIXIAO_MAX_FILE_MB``);
* :func:`zip_package` — the declared uncompressed sizes of an ``.xlsx``/``.docx``
  (``JIXIAO_MAX_UNZIPPED_MB``): :mod:`zipfile` never inflates a member past its declared
  size, so the sum bounds the memory and time of reading the package;
* :func:`workbook_cells` — the used range of every sheet (the cells present, not the
  ``<dimension>`` a file declares) and its merged ranges, streamed from the sheet XML
  before openpyxl builds a cell object for each (``JIXIAO_MAX_CELLS``, ``_ROWS``,
  ``_COLUMNS``);
* :func:`pages`, :func:`page_pixels`, :func:`lines` — PDF pages, pixels of a page rendered
  for OCR or of an image, lines of text.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import IO, Final
from xml.etree.ElementTree import iterparse

from jixiao import limits
from jixiao.errors import LimitError
from jixiao.ingest.readers import SourceFileError

_MB: Final = 1024 * 1024
_REFERENCE: Final = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")


class ReaderLimitError(LimitError, SourceFileError):
    """A file beyond a reading limit: refused before the work."""


def _refuse(path: Path, what: str, limit: str, setting: str) -> ReaderLimitError:
    return ReaderLimitError(
        f"{path}:{what},超过上限 {limit}(设置 {setting} 可调整),不像一份预算绩效文档"
    )


def file_size(path: Path, size: int) -> None:
    bound = limits.current().max_file_mb
    if size > bound * _MB:
        raise _refuse(path, f"文件过大({size / _MB:.1f} MB)", f"{bound:g} MB", "JIXIAO_MAX_FILE_MB")


def zip_package(path: Path) -> None:
    """Refuse a package whose members would inflate beyond the limit (a zip bomb)."""
    bound = limits.current().max_unzipped_mb
    try:
        with zipfile.ZipFile(path) as package:
            members = package.infolist()
    except Exception:
        return  # not a readable zip: the reader says so in its own words
    if len(members) > 10_000:
        raise _refuse(path, f"压缩包内有 {len(members)} 个文件", "10000 个", "—")
    total = sum(member.file_size for member in members)
    if total > bound * _MB:
        raise _refuse(
            path,
            f"解压后大小 {total / _MB:.0f} MB",
            f"{bound:g} MB",
            "JIXIAO_MAX_UNZIPPED_MB",
        )


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _cell(reference: str) -> tuple[int, int] | None:
    """(row, column) of ``B12``; None if it is not a cell reference."""
    match = _REFERENCE.fullmatch(reference.replace("$", ""))
    if match is None:
        return None
    return int(match[2]), _column_number(match[1])


def workbook_cells(path: Path) -> None:
    """Refuse a workbook whose sheets' used ranges or merged ranges exceed the limits."""
    bounds = limits.current()
    try:
        package = zipfile.ZipFile(path)
    except Exception:
        return
    with package:
        sheets = [
            name
            for name in package.namelist()
            if name.startswith("xl/worksheets/") and name.endswith(".xml")
        ]
        total = 0
        for name in sheets:
            try:
                with package.open(name) as stream:
                    rows, columns, cells = _used_range(stream, path, name)
            except Exception:  # damaged (zlib, unsupported method, bad XML …): openpyxl says so
                continue
            sheet = name.rsplit("/", 1)[-1].removesuffix(".xml")
            if rows > bounds.max_rows:
                raise _refuse(
                    path,
                    f"工作表 {sheet} 的已用区域有 {rows} 行",
                    f"{bounds.max_rows} 行",
                    "JIXIAO_MAX_ROWS",
                )
            if columns > bounds.max_columns:
                raise _refuse(
                    path,
                    f"工作表 {sheet} 的已用区域有 {columns} 列",
                    f"{bounds.max_columns} 列",
                    "JIXIAO_MAX_COLUMNS",
                )
            total += max(cells, rows * columns)
            if total > bounds.max_cells:
                raise _refuse(
                    path,
                    f"工作表的已用区域共约 {total} 个单元格",
                    f"{bounds.max_cells} 个",
                    "JIXIAO_MAX_CELLS",
                )


def _used_range(stream: IO[bytes], path: Path, name: str) -> tuple[int, int, int]:
    """(rows, columns, cells) of the sheet: the extent of its cells and merged ranges."""
    rows = columns = cells = 0
    for _event, element in iterparse(stream, events=("end",)):
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "c":
            cells += 1
            where = _cell(element.get("r", ""))
            if where is not None:
                rows, columns = max(rows, where[0]), max(columns, where[1])
        elif tag == "row":
            number = element.get("r")
            if number is not None and number.isdigit():
                rows = max(rows, int(number)) if len(element) else rows
            element.clear()
        elif tag == "mergeCell":
            first, _, last = element.get("ref", "").partition(":")
            corner = _cell(last or first)
            if corner is not None:
                rows, columns = max(rows, corner[0]), max(columns, corner[1])
    return rows, columns, cells


def pages(path: Path, count: int) -> None:
    bound = limits.current().max_pages
    if count > bound:
        raise _refuse(path, f"PDF 有 {count} 页", f"{bound} 页", "JIXIAO_MAX_PAGES")


def image_pixels(path: Path, width: int, height: int) -> None:
    bound = limits.current().max_page_pixels
    if width * height > bound:
        raise _refuse(
            path,
            f"图片有 {width}×{height} 像素",
            f"{bound} 像素",
            "JIXIAO_MAX_PAGE_PIXELS",
        )


def lines(path: Path, count: int) -> None:
    bound = limits.current().max_lines
    if count > bound:
        raise _refuse(path, f"有 {count} 行", f"{bound} 行", "JIXIAO_MAX_LINES")
