"""A label printed down a merged cell one glyph a line (``绩`` / ``效`` / ``指`` / ``标``).

A Word table converted to a web page and copied keeps each cell on a line of its own; a
label merged down the side of the indicator block, typeset vertically, comes as one glyph a
line. Read one glyph at a time, its last two glyphs make a word the reader knows (``指标``)
and the glyphs before it names of no row, and the header under it no longer stands where its
words start. :func:`join_glyph_lines` joins such a run back into its word where the whole run
is one: a label, a header word, or the block's label (绩效指标).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from jixiao.ingest.cells import label_key
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import LEAD_WORDS

if TYPE_CHECKING:  # the stream calls this module
    from jixiao.ingest.general.stream import Cell

_GLYPH_RE: Final = re.compile(r"[\u4e00-\u9fff]")
_WORD_KINDS: Final = frozenset({Kind.HEADER, Kind.CATEGORY, Kind.SUBCATEGORY})
_MIN_GLYPHS: Final = 2
_MAX_GLYPHS: Final = 8


def join_glyph_lines(cells: list[Cell]) -> list[Cell]:
    """The cells with each run of lone glyphs, one a line, that spells a word joined."""
    per_row: dict[int, int] = {}
    for cell in cells:
        per_row[cell.row] = per_row.get(cell.row, 0) + 1
    out: list[Cell] = []
    index = 0
    while index < len(cells):
        end = index
        while end < len(cells) and _lone_glyph(cells, end, index, per_row):
            end += 1
        word = "".join(cell.text for cell in cells[index:end]) if end - index >= _MIN_GLYPHS else ""
        if word and _is_word(word):
            out.append(replace(cells[index], text=word))
            index = end
            continue
        out.append(cells[index])
        index += 1
    return out


def _lone_glyph(cells: list[Cell], at: int, start: int, per_row: dict[int, int]) -> bool:
    """A glyph alone on its line, on the line right after the run's previous glyph."""
    cell = cells[at]
    # one glyph: most cells are longer, and their length is the cheapest look
    if at - start >= _MAX_GLYPHS or len(cell.text) != 1 or not _GLYPH_RE.fullmatch(cell.text):
        return False
    if per_row[cell.row] != 1:
        return False
    return at == start or cell.row == cells[at - 1].row + 1


def _is_word(text: str) -> bool:
    return label_key(text) in LEAD_WORDS or kind_of(text) in _WORD_KINDS
