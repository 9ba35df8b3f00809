"""A table captured one cell per line or per paragraph, empty cells kept as blank lines.

Word tables copied out of a page (``.doc`` captured paragraph by paragraph) become one cell
per line, each cell of a row after the last, the table's header first. Where the capture
keeps empty cells as blank lines (one blank line per empty cell, or, where every cell is a
paragraph followed by a blank line, two per empty cell), position is the whole truth: with
the header's N words on their own lines, every N cells are a row and a cell's place in it is
its column. :func:`grid_rows` reads such a table by position, and gives up (``None``) where
the layout or the cells do not fit it, for the reader's other ways to take over.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Final

from jixiao.ingest.cells import label_key
from jixiao.ingest.general.align import fits
from jixiao.ingest.general.kinds import TARGET_KINDS, Kind
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.vocabulary import LEAD_WORDS, TABLE_END_RE, Role, header_role

_MIN_COLUMNS: Final = 4
_PARAGRAPH_SHARE: Final = 0.8  # share of cells after a blank line in a paragraph capture
_FIT_SHARE: Final = 0.7  # share of rows whose name and target stand where the header says
_MIN_GRID_ROWS: Final = 2
_TOTAL_WORDS: Final = frozenset({"合计", "总计", "小计"})
_LABEL_ROLES: Final = (Role.CATEGORY, Role.SUBCATEGORY)
_TARGET_OR_BLANK: Final = TARGET_KINDS | {Kind.PLACEHOLDER, Kind.QUALITATIVE, Kind.NAME}


def _leads(cells: Sequence[Cell], start: int) -> bool:
    """Whether the cell before the header's first word is the block's label on a line of its
    own, with no empty cell between (one blank line between paragraphs is none)."""
    cell, first = cells[start - 1], cells[start]
    if label_key(cell.text) not in LEAD_WORDS or first.row == cell.row:
        return False
    if start >= 2 and cells[start - 2].row == cell.row:
        return False  # 本年度 绩效指标: a label of the form's head, not a line of its own
    return _steps(cells[start - 1 : start + _MIN_COLUMNS * 4])[1] == 1


def _header_role(cell: Cell) -> Role | None:
    if label_key(cell.text) in LEAD_WORDS:
        return Role.SERIAL
    return header_role(label_key(cell.text)) if cell.kind is Kind.HEADER else None


def _one_per_line(cells: Sequence[Cell]) -> bool:
    return len({cell.row for cell in cells}) == len(cells)


def _single_cell_lines(cells: list[Cell]) -> list[Cell]:
    """The cells up to the first line of several (the page's text after the table)."""
    for index, cell in enumerate(cells):
        if index + 1 < len(cells) and cells[index + 1].row == cell.row:
            return cells[:index]
    return cells


def _steps(cells: Sequence[Cell]) -> list[int]:
    """How many slots each cell moves on from the one before: one, plus one per empty cell
    the blank lines before it stand for."""
    paragraphs = sum(1 for cell in cells[1:] if cell.gap >= 1) >= _PARAGRAPH_SHARE * (
        len(cells) - 1
    )
    if paragraphs:
        return [max(1, (cell.gap + 1) // 2) for cell in cells]
    return [cell.gap + 1 for cell in cells]


def grid_rows(
    cells: Sequence[Cell], header_start: int, body_start: int, body_end: int
) -> list[tuple[list[Cell], dict[Role, Cell]]] | None:
    """The rows of a one-cell-per-line table read by position: each row's cells and the
    cells by the role of the header word above them; None where the table is not one."""
    if header_start > 0 and _leads(cells, header_start):
        # 绩效指标 before 一级指标: a column of the block's label, unless the label was a
        # cell merged down the block, printed once and absent from the rows below
        led = _grid(cells, header_start - 1, body_start, body_end)
        if led is not None:
            return led
    return _grid(cells, header_start, body_start, body_end)


def _grid(
    cells: Sequence[Cell], header_start: int, body_start: int, body_end: int
) -> list[tuple[list[Cell], dict[Role, Cell]]] | None:
    header = list(cells[header_start:body_start])
    body = _single_cell_lines(list(cells[body_start:body_end]))
    found = [_header_role(cell) for cell in header]
    roles = [role for role in found if role is not None]
    if len(header) < _MIN_COLUMNS or len(roles) < len(found) or not body:
        return None
    if not _one_per_line(header + body):
        return None
    steps = _steps(header + body)
    body_steps = steps[len(header) :]
    if all(step == 1 for step in steps[1 : len(header)]):
        return _by_position(body, body_steps, roles, len(header) - 1, 1)
    # a header with holes: a header printed on two lines, or no header of a grid
    slots = list(itertools.accumulate([0, *steps[1 : len(header)]]))
    for columns in _two_line_headers(slots, found):
        read = _by_position(body, body_steps, columns, slots[-1], 2)
        if read is not None:
            return read
    return None


def _by_position(
    body: Sequence[Cell],
    steps: Sequence[int],
    roles: Sequence[Role],
    last_slot: int,
    header_lines: int,
) -> list[tuple[list[Cell], dict[Role, Cell]]] | None:
    """The body read by position under a header of ``header_lines`` lines whose last word
    stands in slot ``last_slot``; None where the rows do not fit."""
    # by position; else with the rows a merged label left short moved under their name,
    # which must then put every cell where it can stand
    straight = _read(_placed(body, steps, roles, last_slot, header_lines), roles)
    if _fits(straight):
        return straight
    anchored = _placed(body, steps, roles, last_slot, header_lines, anchored=True)
    if not all(
        fits(cell, roles[column], roles) for row in anchored.values() for column, cell in row
    ):
        return None
    moved = _read(anchored, roles)
    return moved if _fits(moved) else None


def _two_line_headers(slots: Sequence[int], found: Sequence[Role | None]) -> list[list[Role]]:
    """The widths a header of words at these slots may have on two lines, each with its
    columns' roles. An upper word over several columns (年度指标值 over 指标值 | 度量单位)
    leaves its other upper cells empty; the lower line names every column of such a span and
    nothing else. A column under a word of its own takes that word's role."""
    readings = []
    for width in range(slots[-1] // 2 + 1, slots[-1] + 1):
        upper = {slot: role for slot, role in zip(slots, found, strict=True) if slot < width}
        lower = {
            slot - width: role for slot, role in zip(slots, found, strict=True) if slot >= width
        }
        if not lower or 0 not in upper:
            continue
        spans = _spans(upper, width)
        if set(lower) != spans:
            continue
        columns = [lower.get(column) or upper.get(column) for column in range(width)]
        roles = [role for role in columns if role is not None]
        if len(roles) == width:
            readings.append(roles)
    return readings


def _spans(upper: dict[int, Role | None], width: int) -> set[int]:
    """The columns under an upper word followed by empty upper cells (the word's span)."""
    spanned: set[int] = set()
    for column in sorted(upper):
        end = column + 1
        while end < width and end not in upper:
            end += 1
        if end - column > 1:
            spanned.update(range(column, end))
    return spanned


def _read(
    rows: dict[int, list[tuple[int, Cell]]], roles: Sequence[Role]
) -> list[tuple[list[Cell], dict[Role, Cell]]]:
    read: list[tuple[list[Cell], dict[Role, Cell]]] = []
    for number in sorted(rows):
        placed = rows[number]
        first = placed[0][1]
        if label_key(first.text) in _TOTAL_WORDS or TABLE_END_RE.fullmatch(label_key(first.text)):
            break
        chosen: dict[Role, Cell] = {}
        for column, cell in placed:
            chosen.setdefault(roles[column], cell)
        read.append(([cell for _, cell in placed], chosen))
    return read


def _placed(
    body: Sequence[Cell],
    steps: Sequence[int],
    roles: Sequence[Role],
    last_slot: int,
    header_lines: int,
    anchored: bool = False,
) -> dict[int, list[tuple[int, Cell]]]:
    """The body's cells by row, each with its column: one slot per cell and per empty cell.

    Anchored: a merged 一级/二级 label is printed once, in its first row: the rows below it
    lack those leading cells and stand shifted left. Their name says where they stand: a row whose
    first cell after its labels falls left of the name's column is moved right to it, its
    labels with it (those it has stand just before the name)."""
    width = len(roles)
    name_column = roles.index(Role.NAME) if Role.NAME in roles else 0
    slot = last_slot
    rows: dict[int, list[tuple[int, Cell]]] = {}
    led = roles[0] is Role.SERIAL
    for cell, step in zip(body, steps, strict=True):
        slot += step
        if led and slot % width and label_key(cell.text) in LEAD_WORDS:
            # the block's label opens every row (绩效指标): the row before was short (a
            # qualitative target's empty unit cell dropped), this one starts a row
            slot += width - slot % width
        number, column = slot // width - header_lines, slot % width
        placed = rows.setdefault(number, [])
        if (
            anchored
            and column < name_column
            and cell.kind in _ROW_NAME_KINDS
            and _labels_only(placed)
        ):
            shift = name_column - column
            placed[:] = [(earlier + shift, label) for earlier, label in placed]
            slot, column = slot + shift, name_column
        placed.append((column, cell))
    return rows


_ROW_NAME_KINDS: Final = frozenset({Kind.NAME, Kind.SENTENCE})
_LABEL_KINDS: Final = frozenset({Kind.CATEGORY, Kind.SUBCATEGORY})


def _labels_only(placed: Sequence[tuple[int, Cell]]) -> bool:
    return all(cell.kind in _LABEL_KINDS for _, cell in placed)


def _fits(rows: list[tuple[list[Cell], dict[Role, Cell]]]) -> bool:
    """Most rows have a name under the name's word and a target (or a blank) under the
    target's: else position is not what the cells say and the grid is wrong."""
    if len(rows) < _MIN_GRID_ROWS:
        return False
    named = [chosen for _, chosen in rows if Role.NAME in chosen]
    good = sum(
        1
        for chosen in named
        if chosen[Role.NAME].kind in (Kind.NAME, Kind.CATEGORY, Kind.SUBCATEGORY)
        and (Role.TARGET not in chosen or chosen[Role.TARGET].kind in _TARGET_OR_BLANK)
        # under 一级 and 二级 stand labels (or nothing): a target there says the rows have
        # shifted (a capture that dropped its empty cells)
        and not any(chosen[role].kind in TARGET_KINDS for role in _LABEL_ROLES if role in chosen)
    )
    return bool(named) and good >= _FIT_SHARE * len(rows)
