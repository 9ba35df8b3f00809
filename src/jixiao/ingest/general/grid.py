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

from collections.abc import Sequence
from typing import Final

from jixiao.ingest.cells import label_key
from jixiao.ingest.general.align import fits
from jixiao.ingest.general.kinds import TARGET_KINDS, Kind
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.vocabulary import TABLE_END_RE, Role, header_role

_MIN_COLUMNS: Final = 4
_PARAGRAPH_SHARE: Final = 0.8  # share of cells after a blank line in a paragraph capture
_FIT_SHARE: Final = 0.7  # share of rows whose name and target stand where the header says
_MIN_GRID_ROWS: Final = 2
_TOTAL_WORDS: Final = frozenset({"合计", "总计", "小计"})
_LABEL_ROLES: Final = (Role.CATEGORY, Role.SUBCATEGORY)
_TARGET_OR_BLANK: Final = TARGET_KINDS | {Kind.PLACEHOLDER, Kind.QUALITATIVE, Kind.NAME}


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
    header = list(cells[header_start:body_start])
    body = _single_cell_lines(list(cells[body_start:body_end]))
    found = [
        header_role(label_key(cell.text)) if cell.kind is Kind.HEADER else None for cell in header
    ]
    roles = [role for role in found if role is not None]
    if len(header) < _MIN_COLUMNS or len(roles) < len(found) or not body:
        return None
    if not _one_per_line(header + body):
        return None
    steps = _steps(header + body)
    if any(step != 1 for step in steps[1 : len(header)]):
        return None  # a header with holes is no header of a grid
    # by position; else with the rows a merged label left short moved under their name,
    # which must then put every cell where it can stand
    straight = _read(_placed(body, steps[len(header) :], roles), roles)
    if _fits(straight):
        return straight
    anchored = _placed(body, steps[len(header) :], roles, anchored=True)
    if not all(
        fits(cell, roles[column], roles) for row in anchored.values() for column, cell in row
    ):
        return None
    moved = _read(anchored, roles)
    return moved if _fits(moved) else None


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
    body: Sequence[Cell], steps: Sequence[int], roles: Sequence[Role], anchored: bool = False
) -> dict[int, list[tuple[int, Cell]]]:
    """The body's cells by row, each with its column: one slot per cell and per empty cell.

    Anchored: a merged 一级/二级 label is printed once, in its first row: the rows below it
    lack those leading cells and stand shifted left. Their name says where they stand: a row whose
    first cell after its labels falls left of the name's column is moved right to it, its
    labels with it (those it has stand just before the name)."""
    width = len(roles)
    name_column = roles.index(Role.NAME) if Role.NAME in roles else 0
    slot = width - 1
    rows: dict[int, list[tuple[int, Cell]]] = {}
    for cell, step in zip(body, steps, strict=True):
        slot += step
        number, column = slot // width - 1, slot % width
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
