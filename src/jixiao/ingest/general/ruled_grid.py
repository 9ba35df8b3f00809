"""A plain-text grid whose rules stand between its rows, each row's lines joined back.

Converters that draw a table in plain text (pandoc's grid tables, psql, prettytable, the
"text with borders" export of office suites) put a rule (``+------+----+``) around the header
and, often, between every row; a long cell then wraps inside its column over several lines
between two rules (``| 平原生态林养护 | ≥12.6万亩 |`` then ``| 面积 | |``). In such a grid the
lines between two rules are one row, and each column's pieces are one cell.
:func:`join_ruled_rows` joins them, when the grid shows it is ruled that way: every block of
several lines between two rules holds only words after its first line (a name's or a reason's
end, a label's ``标``, a date's ``日前``), never a figure, a target or a label of its own.
A grid ruled only between groups of rows (rows with their own targets between two rules) is
left as it is, and so is every other line.

A table drawn with box characters (a text browser's dump, ``┌──┬──┐ │ ├──┼──┤``) is ruled so
too, with one more shape: under merged cells (an 一级 label spanning several rows) the rule
runs only beside them, the merged cells' text going on at its left (``│产出指│数量指├───┼───┤``
after ``│产出指│数量指│培训人次│≥500人次│``). Such a line ends its row as a rule does, its text
the last line of the row above (the labels' wrapped ends); the rule's junctions stand where
the bars would, so every piece keeps its column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Final

from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.source import SourceLine

_RULE_RE: Final = re.compile(r"\+(?:[-=:]+\+){2,}")
# a box-drawn rule line: corners, junctions and lines alone
_BOX_RULE_RE: Final = re.compile(r"[\s\u2500-\u257f]*[\u2500-\u257f]{3,}[\s\u2500-\u257f]*")
# a stretch of rule inside a row's line: the rule beside merged cells
_BOX_RUN_RE: Final = re.compile(r"[├┼┤┝┥┿╞╪╡╠╬╣][─━═┼┬┴╪╬]{2,}")
_BOX_BARS: Final = str.maketrans(dict.fromkeys("│┃║├┤┼┝┥┿┠┨╂╟╢╫╞╡╪╠╣╬", "|"))
_BOX_PIECE_RE: Final = re.compile(r"[\u2500-\u257f]+")

# what a wrapped cell's further lines hold: words (a name's, a reason's or a header's end,
# a label's second half such as 成本 or 标, a unit or a date's 日 cut off its figure); a
# figure or a target opens a row of its own
_WRAPPED_KINDS: Final = frozenset(
    {
        Kind.EMPTY,
        Kind.NAME,
        Kind.SENTENCE,
        Kind.HEADER,
        Kind.UNIT,
        Kind.PLACEHOLDER,
        Kind.CATEGORY,
        Kind.SUBCATEGORY,
    }
)


def is_grid_rule(text: str) -> bool:
    return _RULE_RE.fullmatch(text.strip()) is not None


def _piped(line: SourceLine) -> bool:
    return line.text.lstrip().startswith("|") and len(line.cells) >= 1


def _blocks(lines: Sequence[SourceLine], start: int) -> tuple[list[list[int]], int]:
    """The blocks of row lines between the rules of the grid starting at ``start`` (a rule),
    and the index after the grid."""
    blocks: list[list[int]] = []
    current: list[int] = []
    index = start
    while index < len(lines) and (is_grid_rule(lines[index].text) or _piped(lines[index])):
        if is_grid_rule(lines[index].text):
            if current:
                blocks.append(current)
            current = []
        else:
            current.append(index)
        index += 1
    if current:
        blocks.append(current)
    return blocks, index


def _wrapped_only(lines: Sequence[SourceLine], block: list[int]) -> bool:
    return all(
        kind_of(cell) in _WRAPPED_KINDS for index in block[1:] for cell in lines[index].cells
    )


def _positions(line: SourceLine) -> list[str]:
    """The line's cells in their places: the bars opening and closing the row are no cells."""
    text = line.text.strip()
    parts = [part.strip() for part in text.split("|")]
    if parts and not parts[0]:
        parts.pop(0)
    if parts and not parts[-1] and text.endswith("|"):
        parts.pop()
    return parts


def _join_pieces(pieces: list[str]) -> str:
    text = ""
    for piece in (piece for piece in pieces if piece):
        spaced = text and text[-1].isascii() and text[-1].isalnum() and piece[0].isascii()
        text += (" " if spaced and piece[0].isalnum() else "") + piece
    return text


def _joined(
    lines: Sequence[SourceLine],
    block: list[int],
    positions: Callable[[SourceLine], list[str]] = _positions,
) -> SourceLine:
    rows = [positions(lines[index]) for index in block]
    width = max(len(row) for row in rows)
    cells = [_join_pieces([row[k] if k < len(row) else "" for row in rows]) for k in range(width)]
    text = "| " + " | ".join(cells) + " |"
    while cells and not cells[-1]:
        cells.pop()
    return replace(lines[block[0]], text=text, cells=tuple(cells))


def _box_rule(text: str) -> bool:
    if "─" not in text and "━" not in text and "═" not in text:
        return False  # most lines hold no rule: one look, no pattern
    return _BOX_RULE_RE.fullmatch(text.strip()) is not None and "│" not in text


def _box_row(text: str) -> bool:
    return "│" in text or "┃" in text


def _box_blocks(lines: Sequence[SourceLine], start: int) -> tuple[list[list[int]], int]:
    """The blocks of row lines of the box-drawn table starting at ``start`` (a rule), a line
    with a rule beside merged cells closing its block, and the index after the table."""
    blocks: list[list[int]] = []
    current: list[int] = []
    index = start
    while index < len(lines) and (_box_rule(lines[index].text) or _box_row(lines[index].text)):
        text = lines[index].text
        if not _box_rule(text):
            current.append(index)
        if (_box_rule(text) or _BOX_RUN_RE.search(text)) and current:
            blocks.append(current)
            current = []
        index += 1
    if current:
        blocks.append(current)
    return blocks, index


def _box_positions(line: SourceLine) -> list[str]:
    """A box-drawn line's cells in their places, a stretch of rule an empty cell."""
    parts = [part.strip() for part in line.text.strip().translate(_BOX_BARS).split("|")]
    parts = ["" if _BOX_PIECE_RE.fullmatch(part) else part for part in parts]
    if parts and not parts[0]:
        parts.pop(0)
    while parts and not parts[-1]:
        parts.pop()
    return parts


def _box_wrapped_only(lines: Sequence[SourceLine], block: list[int]) -> bool:
    return all(
        kind_of(cell) in _WRAPPED_KINDS
        for index in block[1:]
        for cell in _box_positions(lines[index])
    )


def join_box_rows(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with each box-drawn table's rows joined (see the module's docstring), the
    lines a row was joined from left empty; None when no box table is ruled between rows."""
    return _join_grid_rows(lines, _BOX_GRID)


def join_ruled_rows(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with each ruled grid's rows joined (see the module's docstring), the lines
    a row was joined from left empty so every line keeps its number; None when no grid is
    ruled between its rows."""
    return _join_grid_rows(lines, _PLAIN_GRID)


@dataclass(frozen=True)
class _Grid:
    """How one kind of grid is drawn: its rule lines, its rows' blocks between them, whether
    a block's further lines are a wrapped row's, and a line's cells by place."""

    is_rule: Callable[[str], bool]
    blocks: Callable[[Sequence[SourceLine], int], tuple[list[list[int]], int]]
    wrapped_only: Callable[[Sequence[SourceLine], list[int]], bool]
    positions: Callable[[SourceLine], list[str]]


_PLAIN_GRID: Final = _Grid(is_grid_rule, _blocks, _wrapped_only, _positions)
_BOX_GRID: Final = _Grid(_box_rule, _box_blocks, _box_wrapped_only, _box_positions)


def _join_grid_rows(lines: Sequence[SourceLine], grid: _Grid) -> list[SourceLine] | None:
    out = list(lines)
    changed = False
    index = 0
    while index < len(lines):
        if not grid.is_rule(lines[index].text):
            index += 1
            continue
        blocks, index = grid.blocks(lines, index)
        wrapped = [block for block in blocks if len(block) > 1]
        if len(blocks) < 2 or not wrapped:
            continue
        if not all(grid.wrapped_only(lines, block) for block in wrapped):
            continue  # rules between groups of rows: each line a row of its own
        for block in wrapped:
            out[block[0]] = _joined(lines, block, grid.positions)
            for rest in block[1:]:
                out[rest] = replace(lines[rest], text="", cells=())
        changed = True
    return out if changed else None
