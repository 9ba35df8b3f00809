"""Reading a bureau's indicator library sheet (.xlsx) into library indicators.

The sheet has a header row with at least 指标名称 and 一级指标, and optionally 二级指标,
指标解释, 方向 (正向/反向), 单位, 典型值, 别名 (separated by 、 , ;), 编码 and 适用范围
(部门整体/项目/通用). Every mistake is reported in Chinese with the sheet, row and column.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Final

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from pydantic import ValidationError

from jixiao.domain.framework import Category, category_from_label, subcategory_from_label
from jixiao.domain.library import LibraryIndicator, Scope
from jixiao.domain.target import Direction, TargetSyntaxError, infer_direction, parse_target
from jixiao.domain.units import canonical_unit
from jixiao.errors import JixiaoError

COLUMNS: Final = {
    "编码": "code",
    "指标名称": "name",
    "一级指标": "category",
    "二级指标": "subcategory",
    "指标解释": "definition",
    "方向": "direction",
    "单位": "unit",
    "典型值": "typical",
    "别名": "aliases",
    "适用范围": "scope",
}
REQUIRED: Final = ("指标名称", "一级指标")
_HEADER_ROWS: Final = 10  # the header is among the first rows (a title may come first)
_DIRECTIONS: Final = {"正向": Direction.POSITIVE, "反向": Direction.REVERSE}
_SCOPES: Final = {scope.label: scope for scope in Scope} | {"部门": Scope.DEPARTMENT}
_ALIAS_SPLIT: Final = re.compile(r"[、,,;;/]+")


class LibrarySheetError(JixiaoError):
    """A library sheet that cannot be read; the message names sheet, row and column."""


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


class _Sheet:
    """One worksheet being read, for errors that name it."""

    def __init__(self, path: Path, title: str, header: dict[str, int], header_row: int) -> None:
        self.path, self.title, self.header, self.header_row = path, title, header, header_row

    def fail(self, row: int, column: str, reason: str) -> LibrarySheetError:
        letter = get_column_letter(self.header[column] + 1)
        return LibrarySheetError(
            f"指标库文件“{self.path.name}”工作表“{self.title}”第 {row} 行"
            f"“{column}”列({letter}{row}):{reason}"
        )

    def cell(self, values: Sequence[Any], column: str) -> str:
        index = self.header.get(column)
        return _text(values[index]) if index is not None and index < len(values) else ""

    def entry(self, row: int, values: Sequence[Any], number: int) -> LibraryIndicator:
        name = self.cell(values, "指标名称")
        if not name:
            raise self.fail(row, "指标名称", "为空")
        category = self._category(row, values)
        typical = self._typical(row, values)
        try:
            return LibraryIndicator(
                code=self.cell(values, "编码") or f"B{number:03d}",
                name=name,
                aliases=tuple(a for a in _ALIAS_SPLIT.split(self.cell(values, "别名")) if a),
                category=category,
                subcategory=self._subcategory(row, values, category),
                definition=self.cell(values, "指标解释"),
                direction=self._direction(row, values, typical),
                unit=self._unit(row, values),
                typical=typical,
                scope=self._scope(row, values),
                source=self.path.name,
            )
        except ValidationError as error:
            raise LibrarySheetError(
                f"指标库文件“{self.path.name}”工作表“{self.title}”第 {row} 行:"
                f"{error.errors()[0]['msg']}"
            ) from None

    def _category(self, row: int, values: Sequence[Any]) -> Category:
        label = self.cell(values, "一级指标")
        category = category_from_label(label) if label else None
        if category is None:
            raise self.fail(row, "一级指标", f"“{label}”不是产出、效益、满意度或成本指标")
        return category

    def _subcategory(self, row: int, values: Sequence[Any], category: Category) -> Any:
        label = self.cell(values, "二级指标")
        if not label:
            return None
        subcategory = subcategory_from_label(label, category)
        if subcategory is None or subcategory.category is not category:
            raise self.fail(row, "二级指标", f"“{label}”不是{category.label}的二级指标")
        return subcategory

    def _typical(self, row: int, values: Sequence[Any]) -> str | None:
        text = self.cell(values, "典型值")
        if not text:
            return None
        try:
            parse_target(text)
        except TargetSyntaxError as error:
            raise self.fail(row, "典型值", str(error)) from None
        return text

    def _direction(self, row: int, values: Sequence[Any], typical: str | None) -> Direction:
        text = self.cell(values, "方向")
        if not text:
            return infer_direction(parse_target(typical)) if typical else Direction.POSITIVE
        if text not in _DIRECTIONS:
            raise self.fail(row, "方向", f"“{text}”应为“正向”或“反向”")
        return _DIRECTIONS[text]

    def _unit(self, row: int, values: Sequence[Any]) -> str | None:
        text = self.cell(values, "单位")
        if text and canonical_unit(text) is None:
            raise self.fail(row, "单位", f"“{text}”不是可识别的度量单位")
        return text or None

    def _scope(self, row: int, values: Sequence[Any]) -> Scope:
        text = self.cell(values, "适用范围")
        if not text:
            return Scope.BOTH
        if text not in _SCOPES:
            raise self.fail(row, "适用范围", f"“{text}”应为“部门整体”“项目”或“通用”")
        return _SCOPES[text]


def _find_header(rows: list[tuple[Any, ...]]) -> tuple[int, dict[str, int]] | None:
    for number, values in enumerate(rows[:_HEADER_ROWS], start=1):
        texts = [_text(v).replace(" ", "") for v in values]
        if "指标名称" in texts:
            return number, {t: i for i, t in enumerate(texts) if t in COLUMNS}
    return None


def _open(path: Path) -> Any:
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise LibrarySheetError(f"指标库文件“{path}”不存在") from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError):
        raise LibrarySheetError(f"指标库文件“{path}”不是可读取的 Excel(.xlsx)文件") from None


def _rows(path: Path, sheet: str | None) -> tuple[str, list[tuple[Any, ...]]]:
    workbook = _open(path)
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            names = "、".join(workbook.sheetnames)
            raise LibrarySheetError(f"指标库文件“{path.name}”中没有工作表“{sheet}”(有:{names})")
        worksheet = workbook[sheet] if sheet is not None else workbook.worksheets[0]
        return worksheet.title, [tuple(r) for r in worksheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def read_library_sheet(path: Path, sheet: str | None = None) -> tuple[LibraryIndicator, ...]:
    """The library indicators of a bureau's sheet (the first sheet unless ``sheet``)."""
    title, rows = _rows(path, sheet)
    found = _find_header(rows)
    if found is None:
        raise LibrarySheetError(
            f"指标库文件“{path.name}”工作表“{title}”前 {_HEADER_ROWS} 行中没有“指标名称”表头"
        )
    header_row, header = found
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        raise LibrarySheetError(
            f"指标库文件“{path.name}”工作表“{title}”第 {header_row} 行的表头缺少"
            f"“{'”“'.join(missing)}”列"
        )
    reader = _Sheet(path, title, header, header_row)
    entries = list(_entries(reader, rows[header_row:], header_row))
    _check_unique(reader, entries)
    return tuple(entry for _, entry in entries)


def _entries(
    reader: _Sheet, rows: list[tuple[Any, ...]], header_row: int
) -> Iterator[tuple[int, LibraryIndicator]]:
    number = 0
    for offset, values in enumerate(rows, start=header_row + 1):
        if all(_text(v) == "" for v in values):
            continue
        number += 1
        yield offset, reader.entry(offset, values, number)


def _check_unique(reader: _Sheet, entries: list[tuple[int, LibraryIndicator]]) -> None:
    seen: dict[str, int] = {}
    for row, entry in entries:
        for key, column in ((entry.name, "指标名称"), (entry.code, "编码")):
            previous = seen.get(f"{column}:{key}")
            if previous is not None and column in reader.header:
                raise reader.fail(row, column, f"“{key}”与第 {previous} 行重复")
            seen[f"{column}:{key}"] = row
