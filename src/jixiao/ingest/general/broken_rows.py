"""A pipe table's row whose cells kept their line breaks, joined back into one row.

A web page's table copied as a pipe table keeps the line breaks inside its long cells, so
one row spans several lines: ``| | 数量指标 | 家庭医生签约`` then
``服务人数 | ≥18万人 | 18.6万人 |``.
The row's first line opens with a bar and stops inside a cell (no closing bar); the lines
that go on with it open inside that cell (no opening bar) and the last one closes the row,
in a table whose whole rows open and close with a bar (the row above the broken one does).
:func:`rejoin_broken_rows` joins such a run back into one line, the broken cell's pieces
run together (the genre's cells are Chinese, with no space at a line break).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from jixiao.ingest.general.kinds import TARGET_KINDS, Kind, kind_of
from jixiao.ingest.source import SourceLine

_BARS: Final = ("|", "｜")
_MAX_GOES_ON: Final = 6  # a long cell's lines; more is no row broken, but text after a table


def _opens(text: str) -> bool:
    return text.lstrip().startswith(_BARS)


def _closes(text: str) -> bool:
    return text.rstrip().endswith(_BARS)


def _broken_row_end(lines: Sequence[SourceLine], start: int, width: int) -> int | None:
    """The index of the line that closes the row opened at ``start``, or None when the
    lines after it are no row's continuation (they open with a bar, or none closes)."""
    first = lines[start].text
    if not _opens(first) or _closes(first) or not lines[start].cells:
        return None
    cells = len(lines[start].cells)
    for index in range(start + 1, min(start + 1 + _MAX_GOES_ON, len(lines))):
        text = lines[index].text
        if not text.strip() or _opens(text):
            return None
        if index == start + 1 and _whole_then_row(lines[start], lines[index], width):
            return None
        cells += len(lines[index].cells) - 1
        if _closes(text):
            # a row broken in its first cell (``| 农贸市场快检样`` / ``品数量 | 5 | …|``) is
            # one where the joined line holds a row's cells: three, or a name and its target
            # where merged labels are printed once (``| 综合应急`` / ``演练次数 | ≥4次 |``)
            held = cells >= _MIN_ROW_CELLS or (cells == 2 and _ends_with_target(lines[index]))
            return index if held else None
    return None


_MIN_ROW_CELLS: Final = 3


def _ends_with_target(line: SourceLine) -> bool:
    filled = [cell.strip() for cell in line.cells if cell.strip()]
    return len(filled) >= 2 and kind_of(filled[-1]) in TARGET_KINDS


def _whole_then_row(first: SourceLine, following: SourceLine, width: int) -> bool:
    """A row as wide as the one above it, with a text in its last cell and no closing bar
    (``｜10｜按计划完成``), before a line that opens with a level's label (``产出指标｜…｜``):
    two rows, not one broken in its cells."""
    opens_with_level = bool(following.cells) and kind_of(following.cells[0]) in (
        Kind.CATEGORY,
        Kind.SUBCATEGORY,
    )
    return len(first.cells) >= width and opens_with_level


def _joined(pieces: Sequence[SourceLine]) -> SourceLine:
    cells = list(pieces[0].cells)
    for piece in pieces[1:]:
        rest = list(piece.cells) or [""]
        cells[-1] = cells[-1].rstrip() + rest[0].strip()
        cells += rest[1:]
    text = "".join(piece.text.strip() for piece in pieces)
    return replace(pieces[0], text=text, cells=tuple(cells))


_WIDTH_ROWS: Final = 12  # the rows above a broken one that say how wide a row is


def _width(out: Sequence[SourceLine]) -> int:
    """The widest whole row among those just above (a merged cell absent, or an empty last
    cell dropped, makes a row narrower than the table)."""
    rows = [line for line in out[-_WIDTH_ROWS:] if _opens(line.text) and _closes(line.text)]
    return max((len(line.cells) for line in rows), default=0)


def rejoin_broken_rows(lines: Sequence[SourceLine]) -> list[SourceLine]:
    """The lines with each pipe row broken inside its cells joined back into one line
    (numbered as its first line), in a table whose rows open and close with a bar: a line
    opening with a bar only because its first cell is empty (`` | | 100``) in a table of
    rows with no bars at their ends is no broken row."""
    out: list[SourceLine] = []
    index = 0
    while index < len(lines):
        # in a table whose rows open and close with a bar: the row above does both
        whole_above = bool(out) and _opens(out[-1].text) and _closes(out[-1].text)
        end = _broken_row_end(lines, index, _width(out)) if whole_above else None
        if end is None:
            out.append(lines[index])
            index += 1
            continue
        out.append(_joined(lines[index : end + 1]))
        index = end + 1
    return out
