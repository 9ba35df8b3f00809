"""The indicator table of a form as rows: its header, where it ends, and each row's cells.

Three layouts give the same rows:

* rows on lines (pipes, tabs, Markdown, PDF): a line is a row; its leading 一级/二级 label
  cells are followed by the indicator's name and the value cells;
* one cell per paragraph: rows are rebuilt from the header's column count. A row opens at a
  name (after any label cells) and takes as many cells as the header has columns after the
  name, stopping early where the next row visibly opens (a label, ``指标2``, ``……``);
* records (two-column key/value): ``一级指标 | 产出指标``, ``三级指标 | 培训人次``,
  ``指标值 | ≥500人次`` …, one indicator after another.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Final

from jixiao.ingest.cells import read_number, squash
from jixiao.ingest.general.words import read_likelihood, read_yes_no
from jixiao.ingest.genres.forms.columns import (
    INDICATOR_COLUMNS,
    Column,
    ColumnKind,
    read_header,
    tokenise,
)
from jixiao.ingest.genres.forms.levels import is_level_label
from jixiao.ingest.genres.forms.sections import Section, is_furniture, section_of
from jixiao.ingest.genres.forms.sheet import Cell, Sheet

_LABEL_COLUMNS: Final = frozenset({ColumnKind.CATEGORY, ColumnKind.SUBCATEGORY})
_TEMPLATE_RE: Final = re.compile(r"^指标\s*[0-9一二三四五六七八九十]+\s*[::、.]?\s*")
_ELLIPSIS_RE: Final = re.compile(r"[…\.·]{2,}")
_MAX_NAME_LENGTH: Final = 40
_HEADER_FRAGMENT_LENGTH: Final = 12


@dataclass(frozen=True)
class IndicatorRow:
    """One row: label cells, the name cell (None when the row has none) and the value cells,
    either in table order (``values``) or already placed by a record (``record``)."""

    labels: tuple[Cell, ...]
    name: Cell | None
    values: tuple[Cell, ...]
    record: tuple[tuple[Column, Cell], ...] = ()

    @property
    def cells(self) -> tuple[Cell, ...]:
        placed = tuple(cell for _column, cell in self.record)
        first = (self.name,) if self.name is not None else ()
        return (*self.labels, *first, *self.values, *placed)


@dataclass(frozen=True)
class IndicatorTable:
    columns: tuple[Column, ...]  # the value columns, after the name column
    rows: tuple[IndicatorRow, ...]
    header: tuple[Cell, ...]
    end: int  # order of the first cell after the table
    closed: bool  # ended at a closing row or furniture, not at the end of the text
    incomplete_row: IndicatorRow | None  # the last row, when the text stops inside it


def strip_template_number(text: str) -> str:
    """``指标1工程完工率`` → ``工程完工率``; ``指标2`` → ``""`` (an empty template slot)."""
    return _TEMPLATE_RE.sub("", text.strip())


def is_template_marker(text: str) -> bool:
    compact = squash(text)
    return bool(_ELLIPSIS_RE.fullmatch(compact)) or (
        bool(_TEMPLATE_RE.match(compact)) and not strip_template_number(compact)
    )


def is_name(text: str) -> bool:
    """Whether a cell can be an indicator's name: short words, not a number, a target that
    starts with its comparison, a likelihood, a yes/no or a sentence."""
    compact = squash(text)
    if not compact or len(compact) > _MAX_NAME_LENGTH or re.search(r"[。;]", compact):
        return False
    if read_number(compact) is not None or re.match(r"[≥≤<>=≧≦≪€0-9]", compact):
        return False
    return read_likelihood(compact) is None and read_yes_no(compact) is None


_CLOSING: Final = frozenset(
    {Section.TOTAL_SCORE, Section.RATING, Section.DEVIATION, Section.MEASURES, Section.OPINION}
)


def _ends_table(sheet: Sheet, cell: Cell) -> bool:
    """A closing row (总分, 偏差…) or furniture (signatures) ends the indicator table."""
    return sheet.starts_row(cell) and (section_of(cell.text) in _CLOSING or is_furniture(cell.text))


def _opens_row(cell: Cell) -> bool:
    return (
        is_level_label(cell.text)
        or is_template_marker(cell.text)
        or bool(_TEMPLATE_RE.match(squash(cell.text)))
        or section_of(cell.text) is not None
    )


# --- header ------------------------------------------------------------------------------------


def _is_header_line(line: Sequence[Cell]) -> bool:
    filled = [cell for cell in line if not cell.blank]
    if not filled or any(is_level_label(cell.text) for cell in filled):
        return False
    return bool(tokenise("".join(cell.text for cell in filled), INDICATOR_COLUMNS))


def _header_lines(sheet: Sheet, start: Cell) -> list[list[Cell]]:
    if sheet.one_cell_per_line:
        cells: list[Cell] = []
        for cell in sheet.cells[start.order :]:
            if cell.blank:
                continue
            # a header cell names a column, or is a short piece of one (年度 | 指标值)
            heading = len(squash(cell.text)) <= _HEADER_FRAGMENT_LENGTH or bool(
                tokenise(cell.text, INDICATOR_COLUMNS)
            )
            if cells and (is_level_label(cell.text) or not heading):
                break
            cells.append(cell)
        return [cells]
    lines = sheet.lines_between(start.order, len(sheet.cells))
    first = [cell for cell in lines[0] if cell.order >= start.order]
    header = [first]
    for line in lines[1:]:
        if not _is_header_line(line):
            break
        header.append(line)
    return header


def _is_record_layout(sheet: Sheet, start: Cell) -> bool:
    """``一级指标 | 产出指标`` on a line: a key and its value, not a header row."""
    if sheet.one_cell_per_line:
        return False
    filled = [cell for cell in sheet.line_cells(start) if not cell.blank]
    if len(filled) != 2 or filled[0] is not start:
        return False
    return len(tokenise(start.text, INDICATOR_COLUMNS)) == 1 and not tokenise(
        filled[1].text, INDICATOR_COLUMNS
    )


# --- rows ----------------------------------------------------------------------------------------


def _split_row(cells: Sequence[Cell]) -> IndicatorRow | None:
    """A row on a line: label cells, then the name (if the next cell can be one), then values."""
    filled = [cell for cell in cells if not cell.blank]
    if not filled:
        return None
    labels = [cell for cell in filled[: _label_count(filled)]]
    if len(labels) == len(filled):
        return IndicatorRow(tuple(labels), None, ())
    first = filled[len(labels)]
    rest = tuple(cells[cells.index(first) + 1 :])
    if is_name(first.text) or is_template_marker(first.text):
        return IndicatorRow(tuple(labels), first, rest)
    return IndicatorRow(tuple(labels), None, (first, *rest))


def _label_count(filled: Sequence[Cell]) -> int:
    """How many of a row's leading filled cells are 一级/二级 labels."""
    count = 0
    while count < len(filled) and is_level_label(filled[count].text):
        count += 1
    return count


def _line_rows(sheet: Sheet, start: int) -> Iterator[tuple[IndicatorRow, Cell]]:
    for line in sheet.lines_between(start, len(sheet.cells)):
        first = next((cell for cell in line if not cell.blank), None)
        if first is None:
            continue
        if _ends_table(sheet, first):
            return
        row = _split_row(line)
        if row is not None:
            yield row, first


def _paragraph_rows(sheet: Sheet, start: int, width: int) -> Iterator[tuple[IndicatorRow, Cell]]:
    cells = sheet.cells
    labels: list[Cell] = []
    position = start
    while position < len(cells):
        cell = cells[position]
        position += 1
        if cell.blank:
            continue
        if _ends_table(sheet, cell):
            return
        if is_level_label(cell.text):
            labels.append(cell)
            continue
        values: list[Cell] = []
        while position < len(cells) and len(values) < width:
            following = cells[position]
            if not following.blank and (_opens_row(following) or _ends_table(sheet, following)):
                break
            values.append(following)
            position += 1
        named = is_name(cell.text) or is_template_marker(cell.text)
        name, row_values = (cell, values) if named else (None, [cell, *values])
        yield IndicatorRow(tuple(labels), name, tuple(row_values)), cell
        labels = []


def _record_rows(sheet: Sheet, start: int) -> Iterator[tuple[IndicatorRow, Cell]]:
    labels: list[Cell] = []
    name: Cell | None = None
    placed: list[tuple[Column, Cell]] = []
    first: Cell | None = None
    for line in sheet.lines_between(start, len(sheet.cells)):
        filled = [cell for cell in line if not cell.blank]
        if not filled:
            continue
        columns = tokenise(filled[0].text, INDICATOR_COLUMNS)
        if _ends_table(sheet, filled[0]) or len(columns) != 1:
            break
        column, value = columns[0], filled[1] if len(filled) > 1 else None
        opens = column.kind in _LABEL_COLUMNS or column.kind is ColumnKind.NAME
        if opens and name is not None and first is not None:
            yield IndicatorRow(tuple(labels), name, (), tuple(placed)), first
            labels, name, placed, first = [], None, [], None
        first = first or filled[0]
        if value is None:
            continue
        if column.kind in _LABEL_COLUMNS:
            labels.append(value)
        elif column.kind is ColumnKind.NAME:
            name = value
        else:
            placed.append((column, value))
    if name is not None and first is not None:
        yield IndicatorRow(tuple(labels), name, (), tuple(placed)), first


def _value_columns(columns: Sequence[Column]) -> tuple[Column, ...]:
    names = [i for i, column in enumerate(columns) if column.kind is ColumnKind.NAME]
    after = columns[names[0] + 1 :] if names else columns
    return tuple(column for column in after if column.kind not in _LABEL_COLUMNS)


def read_table(sheet: Sheet, start: Cell) -> IndicatorTable:
    """The indicator table whose header starts at ``start``."""
    if _is_record_layout(sheet, start):
        rows = list(_record_rows(sheet, start.order))
        keys = dict.fromkeys(column for row, _ in rows for column, _cell in row.record)
        return _table(sheet, tuple(keys), [], rows, start.order)
    header = _header_lines(sheet, start)
    columns = _value_columns(read_header(header, INDICATOR_COLUMNS))
    body = header[-1][-1].order + 1
    if sheet.one_cell_per_line:
        found = list(_paragraph_rows(sheet, body, len(columns)))
    else:
        found = list(_line_rows(sheet, body))
    return _table(sheet, columns, [cell for line in header for cell in line], found, body)


def _table(
    sheet: Sheet,
    columns: tuple[Column, ...],
    header: list[Cell],
    found: list[tuple[IndicatorRow, Cell]],
    body: int,
) -> IndicatorTable:
    rows = tuple(row for row, _first in found)
    last = max((cell.order for row in rows for cell in row.cells), default=body - 1)
    end = last + 1
    after = sheet.find(lambda cell: not cell.blank, end)
    closed = after is not None
    incomplete = None
    # Only rows rebuilt from a column count can be seen to stop short.
    if not closed and sheet.one_cell_per_line and rows and len(rows[-1].values) < len(columns):
        incomplete = rows[-1]
    sheet.take(*header)
    return IndicatorTable(columns, rows, tuple(header), end, closed, incomplete)
