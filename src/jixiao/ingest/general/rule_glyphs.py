"""A scanned ruled table whose vertical rules the OCR read as glyphs between the cells.

A recogniser reading a ruled table prints each vertical rule as whatever stroke it looks
like: ``|`` where it was sure, else ``l`` or ``I`` (letters), ``丨`` (a CJK stroke) and now
and then ``1`` — irregularly, a different glyph on each line
(``l 产出指标 I 数量指标 1 燃煤锅炉 | 35台 l 10 |``). Such a glyph stands alone between
spaces; a letter ``l`` or ``I`` alone is never a word of the genre's Chinese text, so a source
where several lines hold them is such a scan, and each of its rule glyphs is a cell
separator. A lone ``1`` is a separator only where no value can be: between a cell's words and
a number with its unit that has no rule of its own before it (``台数   1 235台``); a ``1``
after a rule or a number (``| 1 |``, ``10 1``), ending a line (``分值 1``) or before a unit
(``1 个``) is a value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from jixiao.ingest.source import SourceLine

# a rule read as a letter: alone between spaces (or a line's ends)
_LETTER_RULE_RE: Final = re.compile(r"(?:(?<=\s)|^)[lI](?=\s|$)")
# a rule read as a stroke (丨) or typed full-width (｜) is a bar wherever it stands
_STROKES: Final = str.maketrans({"丨": "|", "｜": "|"})
# a rule read as ``1``: after a cell's text (no rule, digit or point right before it),
# alone, then a number (its sign or digits) with its unit
_ONE_RULE_RE: Final = re.compile(
    r"(?<=[^\s|lI0-9.,:：])(?P<gap>\s+)1(?=\s+[0-9≥≤≧≦<>=﹦═＝][0-9.]*[^\s0-9.])"
)
# this many lines holding a letter rule make the source a scan of a ruled table
_MIN_LINES: Final = 3


def _has_letter_rule(text: str) -> bool:
    return _LETTER_RULE_RE.search(text) is not None


def _is_ruled_scan(lines: Sequence[SourceLine]) -> bool:
    """Several lines of a table (each with some rule, ``|`` or a glyph) hold a letter rule."""
    found = 0
    for line in lines:
        if "\t" in line.text or not _has_letter_rule(line.text):
            continue
        found += 1
        if found >= _MIN_LINES:
            return True
    return False


def _cells(text: str) -> tuple[str, ...]:
    """The line's cells with each rule glyph read as a bar, as a pipe table's row."""
    text = _ONE_RULE_RE.sub(lambda match: match["gap"] + "|", text.translate(_STROKES))
    text = _LETTER_RULE_RE.sub("|", text)
    cells = [cell.strip() for cell in text.split("|")]
    if text.lstrip().startswith("|") and cells and not cells[0]:
        cells.pop(0)
    while cells and not cells[-1]:
        cells.pop()
    return tuple(cells)


def rule_glyph_cells(lines: Sequence[SourceLine]) -> dict[int, tuple[str, ...]]:
    """The cells of each row of a scanned ruled table whose rules were read as glyphs,
    by line number; empty for any other source."""
    if not _is_ruled_scan(lines):
        return {}
    found = {}
    for line in lines:
        if "|" in line.text.translate(_STROKES) or _has_letter_rule(line.text):
            found[line.number] = _cells(line.text)
    return found


def piped(cells: tuple[str, ...]) -> str:
    """A row's cells written as a pipe table's row."""
    return "| " + " | ".join(cells) + " |"
