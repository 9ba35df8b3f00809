"""Cells wrapped above and below the line that holds their row's values.

A PDF's text layer prints a row whose cells wrap over several lines with the wrapped parts
interleaved around the line of its values, each part at its column's place::

                  强制免疫病种应免
    数量指标                                 ≥90%        93.6%
                  畜禽免疫密度

The line above and the line below hold no value and no label of their own, only parts of
cells at places where the middle line has none, at the same places as each other; the
middle line holds the row's values but no name. The three lines are one row: each part
above is joined to the part below it at its place (``强制免疫病种应免畜禽免疫密度``).
Places are the cells' printed offsets (:attr:`.stream.Cell.offset`), known in text whose
cells are parted by spaces.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from jixiao.ingest.general.kinds import TARGET_KINDS, Kind
from jixiao.ingest.general.stream import Cell

_SLACK: Final = 2  # places a cell may stand off its column's
_PART_KINDS: Final = frozenset({Kind.NAME, Kind.SENTENCE})
_BELOW_KINDS: Final = _PART_KINDS | TARGET_KINDS


def unwrap_interleaved(body: Sequence[Cell]) -> list[Cell]:
    """The body with each row printed around its values' line made one line."""
    lines = _lines(body)
    if len(lines) < 3 or any(cell.offset < 0 for line in lines for cell in _own(line)):
        return list(body)
    out: list[Cell] = []
    index = 0
    while index < len(lines):
        if index + 2 < len(lines) and (row := _row_around(*lines[index : index + 3])):
            out += row
            index += 3
            continue
        out += lines[index]
        index += 1
    return out


def _lines(body: Sequence[Cell]) -> list[list[Cell]]:
    lines: list[list[Cell]] = []
    for cell in body:
        if lines and lines[-1][0].line == cell.line:
            lines[-1].append(cell)
        else:
            lines.append([cell])
    return lines


def _own(line: list[Cell]) -> list[Cell]:
    """A line's cells less a glyph of a label printed down the table's side (绩 / 效)."""
    return [cell for cell in line if len(cell.text) > 1]


def _row_around(above: list[Cell], middle: list[Cell], below: list[Cell]) -> list[Cell] | None:
    top, centre, bottom = _own(above), _own(middle), _own(below)
    if not (top and centre and bottom) or not (
        above[0].line + 1 == middle[0].line == below[0].line - 1
    ):
        return None
    if any(cell.kind in _PART_KINDS for cell in centre):
        return None  # the middle line names its own row
    if not any(cell.kind in TARGET_KINDS for cell in centre):
        return None
    if any(cell.kind not in _PART_KINDS for cell in top):
        return None
    if any(cell.kind not in _BELOW_KINDS for cell in bottom):
        return None
    if len(top) != len(bottom) or not all(
        _same_place(upper, lower) for upper, lower in zip(top, bottom, strict=True)
    ):
        return None
    if any(_same_place(part, cell) for part in top for cell in centre):
        return None
    joined = [
        replace(upper, text=upper.text + lower.text)
        for upper, lower in zip(top, bottom, strict=True)
    ]
    moved = [replace(cell, line=middle[0].line, row=middle[0].row) for cell in joined]
    return sorted([*centre, *moved], key=lambda cell: cell.offset)


def _same_place(one: Cell, other: Cell) -> bool:
    return abs(one.offset - other.offset) <= _SLACK
