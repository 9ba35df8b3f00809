"""A two-column page printed with its layout kept: the text of the right column cut off.

A gazette (政府公报) or a bulletin prints its pages in two columns; a text PDF's layer kept
in place (``pdftotext -layout``) then prints a line of the left column and a line of the
right one on one line, a run of spaces between them at the gutter: a table's row of the
left column ends in a sentence of another notice (``校舍改造单位成本  ≤1800元/平方米  各街道
办事处``), and a wrapped name's end is read with it (``备数量     ─────``).
:func:`cut_right_column` finds the gutter and keeps each line's left part, when the page
shows it: several lines end in a run of prose that starts at one display column (the
gutter, measured with CJK glyphs two wide), table rows of several cells run into it too,
and what stands there is mostly prose, one run a line. A table's own column at that place
is headed by a header word, holds values on most lines, or has columns after it: such a
table, and every source with no gutter, is left as it is.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from jixiao.ingest.cells import label_key
from jixiao.ingest.general.vocabulary import header_role
from jixiao.ingest.source import SourceLine

_GAP_RE: Final = re.compile(r"(?:^|(?<=\S)) {2,}(?=\S)")
_CJK_RE: Final = re.compile(r"[\u3400-\u9fff]")
_PROSE_MIN: Final = 4  # glyphs of prose: a sentence's, not a value's
_MIN_PROSE_LINES: Final = 5
_PROSE_SHARE: Final = 0.6
_BEYOND_SHARE: Final = 0.1  # a right column's line is one run of text, a date's gap aside
_MIN_TABLE_LINES: Final = 2
_TABLE_GAPS: Final = 2  # a table's row: cells apart before the gutter
_SLACK: Final = 2  # the right column's lines start within a few columns of the gutter
_REACH: Final = 6

_WIDE_KINDS: Final = frozenset({"W", "F"})  # east_asian_width: two places


def _width(text: str) -> int:
    # one place a glyph, two for a wide or full-width one (W, F), counted in C
    return len(text) + sum(map(_WIDE_KINDS.__contains__, map(unicodedata.east_asian_width, text)))


def _gaps(text: str) -> list[tuple[int, int, int]]:
    """The line's runs of spaces before text: (start, end, display column text resumes at)."""
    return [(gap.start(), gap.end(), _width(text[: gap.end()])) for gap in _GAP_RE.finditer(text)]


def _plain(line: SourceLine) -> bool:
    return len(line.cells) <= 1 and "\t" not in line.text and "|" not in line.text


def _prose(text: str) -> bool:
    return len(_CJK_RE.findall(text)) >= _PROSE_MIN


def _right_prose(line: SourceLine) -> int | None:
    """The display column a run of prose ends the line at (no gap in it), or None."""
    text = line.text.rstrip()
    if "  " not in text or not _plain(line):
        return None  # most lines have no run of spaces: one look, no pattern
    end = text.rfind("  ") + 2
    if not _prose(text[end:]):
        return None
    return _width(text[:end])


def _gutter(lines: Sequence[SourceLine]) -> int | None:
    """The display column the right column starts at, when the page shows two columns."""
    starts = Counter(column for line in lines if (column := _right_prose(line)) is not None)
    if not starts:
        return None
    column = max(starts, key=lambda place: sum(starts[place + k] for k in range(_SLACK + 1)))
    if sum(starts[column + k] for k in range(_SLACK + 1)) < _MIN_PROSE_LINES:
        return None
    low = min(place for place in starts if column <= place <= column + _SLACK)
    return low if _two_columns(lines, low) else None


def _two_columns(lines: Sequence[SourceLine], gutter: int) -> bool:
    """Whether what stands at the gutter is a column of prose beside table rows: rows of
    several cells run into it, no header word heads it, and most of it is prose (a table's
    own column there holds values)."""
    rows = prose = reached = beyond = 0
    for line in lines:
        if not _plain(line):
            continue
        text = line.text.rstrip()
        cut = _cut(text, gutter)
        if cut is None:
            continue
        right = text[cut:].strip()
        if header_role(label_key(right)) is not None:
            return False  # a table's column, headed as one
        reached += 1
        prose += _prose(right)
        beyond += bool(_gaps(right))  # a table's column of prose has columns after it
        rows += cut > 0 and len(_gaps(text[:cut].strip())) >= _TABLE_GAPS
    if beyond > _BEYOND_SHARE * reached:
        return False
    return rows >= _MIN_TABLE_LINES and prose >= _PROSE_SHARE * reached


def _cut(text: str, gutter: int) -> int | None:
    """Where the line's right column starts (its gap's start), or None when it has none."""
    for start, _end, column in _gaps(text.rstrip()):
        if gutter - _SLACK <= column <= gutter + _REACH:
            return start
    return None


def cut_right_column(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with the right column of a two-column page cut off (see the module's
    docstring); None when the page has one column."""
    gutter = _gutter(lines)
    if gutter is None:
        return None
    out = list(lines)
    for index, line in enumerate(lines):
        if not _plain(line):
            continue
        cut = _cut(line.text, gutter)
        if cut is None:
            continue
        text = line.text[:cut].rstrip()
        out[index] = replace(line, text=text, cells=(text.strip(),) if text.strip() else ())
    return out
