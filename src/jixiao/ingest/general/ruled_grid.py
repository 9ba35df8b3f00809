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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.source import SourceLine

_RULE_RE: Final = re.compile(r"\+(?:[-=:]+\+){2,}")

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


# a table drawn with box characters (a page saved with w3m, a terminal's table): its rules
# are lines of box glyphs (├──┼──┤), its rows open with a box bar (│)
_BOX_RULE_RE: Final = re.compile(r"[\u2500-\u257f]*[─━═][\u2500-\u257f]*")
_BOX_BARS: Final = "│┃║"
_TO_PIPES: Final = str.maketrans(dict.fromkeys(_BOX_BARS, "|"))


def is_grid_rule(text: str) -> bool:
    return _RULE_RE.fullmatch(text.strip()) is not None or _is_box_rule(text)


def _is_box_rule(text: str) -> bool:
    return _BOX_RULE_RE.fullmatch(text.strip()) is not None


def _piped(line: SourceLine) -> bool:
    return line.text.lstrip()[:1] in ("|", *_BOX_BARS) and len(line.cells) >= 1


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
    text = line.text.strip().translate(_TO_PIPES)
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


def _joined(lines: Sequence[SourceLine], block: list[int]) -> SourceLine:
    rows = [_positions(lines[index]) for index in block]
    width = max(len(row) for row in rows)
    cells = [_join_pieces([row[k] if k < len(row) else "" for row in rows]) for k in range(width)]
    text = "| " + " | ".join(cells) + " |"
    while cells and not cells[-1]:
        cells.pop()
    return replace(lines[block[0]], text=text, cells=tuple(cells))


def join_ruled_rows(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with each ruled grid's rows joined (see the module's docstring), the lines
    a row was joined from left empty so every line keeps its number; None when no grid is
    ruled between its rows."""
    out = list(lines)
    changed = False
    index = 0
    while index < len(lines):
        if not is_grid_rule(lines[index].text):
            index += 1
            continue
        start = index
        blocks, index = _blocks(lines, index)
        wrapped = [block for block in blocks if len(block) > 1]
        if len(blocks) < 2 or not wrapped:
            continue
        # a box-drawn grid is a page's table drawn cell by cell: a rule under every row, so a
        # block whose further lines are only words is one row even beside a block of several
        # rows' figures (年度资金总额 / 其中：财政拨款, left as lines)
        if _is_box_rule(lines[start].text):
            wrapped = [block for block in wrapped if _wrapped_only(lines, block)]
        elif not all(_wrapped_only(lines, block) for block in wrapped):
            continue  # rules between groups of rows: each line a row of its own
        for block in wrapped:
            out[block[0]] = _joined(lines, block)
            for rest in block[1:]:
                out[rest] = replace(lines[rest], text="", cells=())
        changed = True
    return out if changed else None
